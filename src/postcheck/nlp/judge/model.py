"""The trained judge: verdict and category probabilities of a draft, and the sentence that weighs most.

Weights come from `benchmarks/train_judge.py` (`nlp/data/judge.npz`: the used hash buckets, one weight
column per verdict and per category, biases, and a JSON record of what it was trained on). Scoring is a
sparse dot product in NumPy; nothing is downloaded or trained at checking time.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from .features import MASK

VERDICTS = ("ok", "review", "block")
# the contract's categories a finding of the judge can carry (not the personal-name ones: a name is found by
# the detectors, and a category the model guesses must come with its sentence)
CATEGORIES = ("personal-data", "confidential", "property", "approval", "disclaimer", "image-consent", "tone",
              "copyright", "channel", "news", "length", "policy-status", "record", "other", "client-name",
              "person-name")
DATA = Path(__file__).resolve().parent.parent / "data" / "judge.npz"


class Judge:
    """A trained model: `arrays` as written by the training script (buckets, weights, bias[, meta])."""

    def __init__(self, arrays: Any) -> None:
        self.buckets = np.asarray(arrays["buckets"], dtype=np.int64)     # sorted (np.unique at training)
        # bucket -> weight row (-1: a feature the model never saw); 2**BITS entries, one lookup per feature
        self.row_of = np.full(MASK + 1, -1, dtype=np.int32)
        self.row_of[self.buckets] = np.arange(len(self.buckets), dtype=np.int32)
        self.weights = np.asarray(arrays["weights"])   # float16 as stored; the rows a draft uses become float32
        # the float32 rows, each converted when a draft first uses it (np.empty: untouched pages cost no memory);
        # converting a draft's rows every time was most of its scoring
        self._rows32 = np.empty(self.weights.shape, dtype=np.float32)
        self._converted = np.zeros(len(self.weights), dtype=bool)
        self.bias = np.asarray(arrays["bias"], dtype=np.float64)
        meta = arrays["meta"] if "meta" in arrays else None
        self.meta: dict = json.loads(str(meta)) if meta is not None else {}

    def _rows(self, x: dict[int, float]) -> tuple[np.ndarray, np.ndarray]:
        """The weight rows of the features the model knows, and their values."""
        if not x:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        keys = np.fromiter(x.keys(), dtype=np.int64, count=len(x))
        vals = np.fromiter(x.values(), dtype=np.float64, count=len(x))
        return self._known(keys, vals)

    def _known(self, keys: np.ndarray, vals: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        if not len(keys):
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        rows = self.row_of[keys]
        known = rows >= 0
        return rows[known], vals[known]

    def scores(self, x: dict[int, float]) -> np.ndarray:
        """Raw linear scores (verdict columns, then category columns) of a feature vector."""
        return self.scores_of(*self._rows(x), known=True)

    def scores_of(self, keys: np.ndarray, vals: np.ndarray, known: bool = False) -> np.ndarray:
        """Raw linear scores of features given as buckets and values (`known`: already weight rows)."""
        rows, vals = (keys, vals) if known else self._known(keys, vals)
        return self.bias + (vals.astype(np.float32) @ self.rows32(rows)).astype(np.float64)

    def rows32(self, rows: np.ndarray) -> np.ndarray:
        """`weights[rows]` as float32: the same values as `weights[rows].astype(np.float32)`."""
        new = rows[~self._converted[rows]]
        if len(new):
            self._rows32[new] = self.weights[new].astype(np.float32)
            self._converted[new] = True
        return self._rows32.take(rows, axis=0)

    @staticmethod
    def verdicts_from(s: np.ndarray) -> np.ndarray:
        v = s[:len(VERDICTS)]
        e = np.exp(v - v.max())
        return e / e.sum()

    @staticmethod
    def categories_from(s: np.ndarray) -> dict[str, float]:
        return {c: float(1.0 / (1.0 + np.exp(-v))) for c, v in zip(CATEGORIES, s[len(VERDICTS):], strict=True)}

    def verdict_probabilities(self, x: dict[int, float]) -> np.ndarray:
        return self.verdicts_from(self.scores(x))

    def category_probabilities(self, x: dict[int, float]) -> dict[str, float]:
        return self.categories_from(self.scores(x))

    def weight_of(self, x: dict[int, float], column: int) -> float:
        """How much these features push one column (no bias): to compare sentences of a draft."""
        rows, vals = self._rows(x)
        return float(vals @ self.weights[rows, column].astype(np.float32).astype(np.float64))


@lru_cache(maxsize=2)
def load(path: str = str(DATA)) -> Judge:
    with np.load(path, allow_pickle=False) as arrays:
        return Judge({k: arrays[k] for k in arrays.files})


class Judgement:
    """The judge's view of one draft for one organisation: probabilities and category at once, the sentence
    that weighs most for a verdict only when a finding needs it."""

    def __init__(self, judge: Judge, text: str, org: str, x: tuple[np.ndarray, np.ndarray],
                 sentences: Callable[[], Sequence[tuple[int, int]]]) -> None:
        s = judge.scores_of(*x)
        p = judge.verdicts_from(s)
        self.verdicts = (float(p[0]), float(p[1]), float(p[2]))      # probabilities of ok, review, block
        self.categories = judge.categories_from(s)                  # category -> probability
        self.category = max(CATEGORIES, key=lambda c: self.categories[c])   # the likeliest category
        self._judge, self._text, self._org, self._sentences = judge, text, org, sentences

    def heaviest_for(self, category: str) -> tuple[int, int]:
        """(start, end) of the sentence whose features push `category` most."""
        return self.heaviest(len(VERDICTS) + CATEGORIES.index(category))

    def heaviest(self, column: int) -> tuple[int, int]:
        """(start, end) of the sentence whose features push verdict `column` most."""
        from .features import text_features, writer_words

        best, span = float("-inf"), (0, 0)
        for s, e in self._sentences():
            ws = writer_words(self._text[s:e])
            if ws:
                weight = self._judge.weight_of(text_features(ws, self._org), column)
                if weight > best:
                    best, span = weight, (s, e)
        return _trimmed(self._text, *span)


def judge_draft(text: str, org: str, channel: str, capacity: str, front_matter: dict,
                sentences: Callable[[], Sequence[tuple[int, int]]]) -> Judgement:
    """The judge's view of a draft (`sentences()`: spans in `text`, asked only for a finding's place)."""
    from .features import feature_arrays

    return Judgement(load(), text, org, feature_arrays(text, org, channel, capacity, front_matter), sentences)


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
