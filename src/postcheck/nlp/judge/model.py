"""The trained judge: verdict and category probabilities of a draft, and the sentence that weighs most.

Weights come from `benchmarks/train_judge.py` (`nlp/data/judge.npz`: the used hash buckets, one weight
column per verdict and per category, biases, and a JSON record of what it was trained on). Scoring is a
sparse dot product in NumPy; nothing is downloaded or trained at checking time.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

import numpy as np

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
        self.weights = np.asarray(arrays["weights"], dtype=np.float32)
        self.bias = np.asarray(arrays["bias"], dtype=np.float64)
        meta = arrays["meta"] if "meta" in arrays else None
        self.meta: dict = json.loads(str(meta)) if meta is not None else {}

    def _rows(self, x: dict[int, float]) -> tuple[np.ndarray, np.ndarray]:
        """The weight rows of the features the model knows, and their values."""
        if not x:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        keys = np.fromiter(x.keys(), dtype=np.int64, count=len(x))
        vals = np.fromiter(x.values(), dtype=np.float64, count=len(x))
        pos = np.minimum(np.searchsorted(self.buckets, keys), len(self.buckets) - 1)
        known = self.buckets[pos] == keys
        return pos[known], vals[known]

    def scores(self, x: dict[int, float]) -> np.ndarray:
        """Raw linear scores (verdict columns, then category columns) of a feature vector."""
        rows, vals = self._rows(x)
        return self.bias + vals @ self.weights[rows].astype(np.float64)

    def verdict_probabilities(self, x: dict[int, float]) -> np.ndarray:
        s = self.scores(x)[:len(VERDICTS)]
        e = np.exp(s - s.max())
        return e / e.sum()

    def category_probabilities(self, x: dict[int, float]) -> dict[str, float]:
        s = self.scores(x)[len(VERDICTS):]
        return {c: float(1.0 / (1.0 + np.exp(-v))) for c, v in zip(CATEGORIES, s, strict=True)}

    def weight_of(self, x: dict[int, float], column: int) -> float:
        """How much these features push one column (no bias): to compare sentences of a draft."""
        rows, vals = self._rows(x)
        return float(vals @ self.weights[rows, column].astype(np.float64))


@lru_cache(maxsize=2)
def load(path: str = str(DATA)) -> Judge:
    with np.load(path, allow_pickle=False) as arrays:
        return Judge({k: arrays[k] for k in arrays.files})


@dataclass(frozen=True)
class Judgement:
    """The judge's view of one draft for one organisation."""

    verdicts: tuple[float, float, float]      # probabilities of ok, review, block
    category: str                             # the likeliest category
    heaviest: tuple[tuple[int, int], ...]     # per verdict column: the (start, end) of the sentence weighing most


def judge_draft(text: str, org: str, channel: str, capacity: str, front_matter: dict,
                sentences: Sequence[tuple[int, int]]) -> Judgement:
    """Probabilities, category and heaviest sentences of a draft (`sentences`: spans in `text`)."""
    from .features import features, text_features, words

    judge = load()
    x = features(text, org, channel, capacity, front_matter)
    p = judge.verdict_probabilities(x)
    cats = judge.category_probabilities(x)
    per_sentence = []
    for s, e in sentences:
        ws = words(text[s:e])
        if ws:
            per_sentence.append(((s, e), text_features(ws, org)))
    heaviest = []
    for column in range(len(VERDICTS)):
        best = max(per_sentence, key=lambda item: judge.weight_of(item[1], column), default=((0, 0), {}))
        heaviest.append(_trimmed(text, *best[0]))
    return Judgement((float(p[0]), float(p[1]), float(p[2])), max(CATEGORIES, key=lambda c: cats[c]),
                     tuple(heaviest))


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
