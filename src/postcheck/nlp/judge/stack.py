"""The stacked judge: one verdict from what the rules found and what the judge reads, weighed together.

The rules are right on the drafts they were written against and much less often on drafts nobody has seen;
the judge (`model.py`) reads words the rules have no cue for. Alone, each misses what the other sees: a rule
that fires on a name in a post that is fine, a long blog whose one problem no rule describes. The stack is a
small multinomial logistic regression over the rules' verdict, how many rules ask review or block, the
categories, severities and detector kinds of their acting findings (not the rule ids, which change from round
to round), the organisation, whether the draft is long or short, and the judge's log probabilities of ok,
review and block. It is trained by `benchmarks/train_stack.py` on the held-out halves of the dev set with the
rules' verdicts of when each half was new (`benchmarks/devset/fresh_rules.json`) and judge probabilities from
judges that never saw that half: it learns how far the rules and the judge can be trusted on unseen drafts,
not on the drafts the rules were tuned on. Weights: `nlp/data/judge_stack.json` (feature name -> one weight per
verdict, and a bias per verdict); scoring is a dictionary lookup and a softmax.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Sequence

from .model import VERDICTS

DATA = Path(__file__).resolve().parent.parent / "data" / "judge_stack.json"
_FLOOR = 1e-6


def stack_features(org: str, verdict: str, asking: int, acting: Iterable[tuple[str, int, str]], long: bool,
                   short: bool, p: Sequence[float] | None) -> dict[str, float]:
    """The stack's features of one draft: the rules' `verdict` (ok, review, block) and the number of rules
    `asking` review or block, their acting findings as (category, severity rank, detector), whether the prose is
    `long` or `short` (the limits the training recorded) and the judge's probabilities `p` of ok, review and
    block (None where it did not read the draft). A short draft gives the judge too few words, and a long one
    the rules found nothing in is not read (the judge learned long posts as posts that may go out, and reading
    every long post costs a pass): for those only the rules' side counts."""
    f: dict[str, float] = {f"rules={verdict}": 1.0, f"org={org}": 1.0, f"{org} rules={verdict}": 1.0,
                           f"asking={min(asking, 3)}": 1.0}
    for category, rank, detector in acting:
        f[f"cat={category}:{rank}"] = 1.0
        f[f"{org} cat={category}:{rank}"] = 1.0
        f[f"det={detector.split(':')[0]}:{rank}"] = 1.0
    if long:
        f["long"] = 1.0
    if short:
        f["short"] = 1.0
    if p is not None and reads(verdict, long, short):
        for name, value in zip(VERDICTS, p, strict=True):
            lp = math.log(max(float(value), _FLOOR))
            if long:
                f[f"lp_{name}_long"] = lp
            else:
                f[f"lp_{name}"] = lp
                f[f"{org} lp_{name}"] = lp
                f[f"{verdict} lp_{name}"] = lp
    return f


def reads(verdict: str, long: bool, short: bool) -> bool:
    """Whether the stack uses the judge's probabilities for such a draft (see `stack_features`)."""
    return not short and not (long and verdict == "ok")


class Stack:
    """Trained stack weights: `weights` feature -> [ok, review, block], `bias` [ok, review, block], `meta`."""

    def __init__(self, data: dict) -> None:
        self.weights: dict[str, list[float]] = data["weights"]
        self.bias: list[float] = data["bias"]
        self.meta: dict = data.get("meta", {})
        self.max_chars: int = int(self.meta.get("max_chars", 2000))
        self.min_words: int = int(self.meta.get("min_words", 20))

    def probabilities(self, features: dict[str, float]) -> tuple[float, float, float]:
        scores = list(self.bias)
        for name, value in features.items():
            w = self.weights.get(name)
            if w is not None:
                for i in range(3):
                    scores[i] += value * w[i]
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return exp[0] / total, exp[1] / total, exp[2] / total


@lru_cache(maxsize=1)
def load(path: str = str(DATA)) -> Stack:
    return Stack(json.loads(Path(path).read_text(encoding="utf-8")))


def stacked(org: str, acting: Sequence[tuple[str, str, int, str]], text: str,
            judge_p: Callable[[], Sequence[float]]) -> tuple[int, tuple[float, float, float]]:
    """The stack's likeliest verdict (0 ok, 1 review, 2 block) and its probabilities for a draft of prose `text`
    whose other rules acted with `acting` findings (rule, category, severity rank, detector); `judge_p` gives the
    judge's probabilities, asked only where the stack reads them. Where it does not (a short draft, a long one the
    rules found nothing in) the verdict stays the rules': their side alone is a prior over many drafts, not a
    reading of this one ("Tim H. is na de val nog altijd niet thuis"), and the probabilities are all 0."""
    stack = load()
    worst = max((rank for _rule, _category, rank, _detector in acting), default=0)
    long, short = len(text.strip()) > stack.max_chars, len(text.split()) < stack.min_words
    if not reads(VERDICTS[worst], long, short):
        return worst, (0.0, 0.0, 0.0)
    features = stack_features(org, VERDICTS[worst], len({rule for rule, _c, _r, _d in acting}),
                              [(category, rank, detector) for _rule, category, rank, detector in acting], long, short,
                              judge_p())
    q = stack.probabilities(features)
    return max(range(3), key=q.__getitem__), q
