"""Train the stacked judge (`postcheck/nlp/judge/stack.py`): rules and judge weighed together, on unseen drafts.

The stack must learn how far the rules and the judge can be trusted on drafts nobody tuned them on, so it is
trained only where both were honest: the held-out halves of `devset/fresh_rules.json`, each with the rules'
verdicts and acting findings of the commit at which the half was new, and the judge's probabilities from a judge
trained without that half (and without its tune sibling, written in the same round). The judge of each fold is
fitted as `train_judge.py` fits it (verdict columns only); a fold is most of the run time (about 45 s each).

    python benchmarks/train_stack.py                   # writes src/postcheck/nlp/data/judge_stack.json
    python benchmarks/train_stack.py --figures-only    # the leave-one-half-out figures, writes nothing
    python benchmarks/train_stack.py --cache /tmp/stack.pkl   # keeps the folds' probabilities between runs

It prints, per organisation and in all, the leave-one-half-out figures (accuracy / block recall / false alarms)
of the rules alone, of rules + judge as the packs used them before the stack (`train_judge.decide`), and of the
stack, each with the rules of when the half was new: the stack of each row was trained without that half.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from pathlib import Path

import numpy as np
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_judge as T  # noqa: E402

from postcheck.drafts.read import parse_draft  # noqa: E402
from postcheck.kinds.judge import stack_lowerable  # noqa: E402
from postcheck.nlp.judge.features import features  # noqa: E402
from postcheck.nlp.judge.model import Judge, VERDICTS  # noqa: E402
from postcheck.nlp.judge.stack import DATA, Stack, reads, stack_features  # noqa: E402

C = 0.3          # leave-one-half-out over holdout23-48 (forty-fifth round): 0.1 / 0.3 / 1 / 3 gave 0.908 / 0.910 /
MAX_CHARS = 2000  # 0.907 / 0.904 accuracy unconstrained; the judge kind's own max_chars and min_words
MIN_WORDS = 20


def load_prose(halves: tuple[str, ...]) -> list[T.Example]:
    """The dev set's drafts as judge examples, without running the rules (only the judge's features are needed)."""
    out: list[T.Example] = []
    for half in halves:
        for org in T.ORGS:
            folder = T.DEVSET / half / org
            entries = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8")) or []
            config = folder / "postcheck.yaml"
            engine = T.rules_engine(str(config) if config.is_file() else None, folder, org)
            for e in entries:
                path = folder / e["file"]
                p = engine.prepare(parse_draft(str(path), path.read_bytes()), e.get("channel"), e.get("capacity"))
                text = p.norm.text
                cats = tuple(c for c in (e.get("categories") or ()) if c in T.CATEGORIES)
                out.append(T.Example(half, org, e["file"], VERDICTS.index(str(e["verdict"])), cats,
                                     features(text, org, p.channel, p.capacity, p.fm.data or {}),
                                     0, len(text.split()), len(text.strip())))
        print(f"read {half}", file=sys.stderr, flush=True)
    return out


def folds(cache: Path | None) -> list[tuple[T.Example, np.ndarray]]:
    """Each draft of a fresh half with the judge probabilities of a judge trained without its half."""
    if cache and cache.is_file():
        return pickle.loads(cache.read_bytes())
    fresh = T.fresh_rules()
    examples = load_prose(T.SPENT) + T.load_pack_examples() + T.load_corpus()
    out = []
    for half in fresh:
        left_out = (half, "tune" + half[len("holdout"):])
        judge = Judge(T.fit([ex for ex in examples if ex.half not in left_out], verdict_only=True))
        out += [(ex, judge.verdict_probabilities(ex.x)) for ex in examples if ex.half == half]
        print(f"fold {half}", file=sys.stderr, flush=True)
    if cache:
        cache.write_bytes(pickle.dumps(out))
    return out


def fresh_digest(halves: list[str]) -> str:
    """A digest of the fresh verdicts of `halves` in `devset/fresh_rules.json` (a half added later changes nothing)."""
    fresh = json.loads((T.DEVSET / "fresh_rules.json").read_text(encoding="utf-8"))
    return hashlib.sha256(json.dumps({h: fresh[h] for h in sorted(halves)}, sort_keys=True).encode()).hexdigest()


def features_of(ex: T.Example, p: np.ndarray, said: list) -> dict[str, float]:
    verdict, asking, acting = said
    return stack_features(ex.org, verdict, asking, [(cat, rank, det) for _rule, cat, rank, det in acting],
                          ex.chars > MAX_CHARS, ex.words < MIN_WORDS, p)


def decide(ex: T.Example, q: np.ndarray, said: list) -> int:
    """The verdict the judge kind gives with `stack: true` (kinds/judge.py): the stack's likeliest verdict where the
    judge read the draft (a short draft, and a long one the rules found nothing in, keep the rules' verdict), but
    never lower where an acting finding is one the stack may not lower."""
    rules = VERDICTS.index(said[0])
    if not reads(said[0], ex.chars > MAX_CHARS, ex.words < MIN_WORDS):
        return rules
    target = int(np.argmax(q))
    if target < rules and not all(stack_lowerable(cat, det, rule, T._keep(ex.org)) for rule, cat, _r, det in said[2]):
        return rules
    return target


def fit(rows: list[dict[str, float]], y: np.ndarray):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    vec = DictVectorizer()
    model = LogisticRegression(C=C, max_iter=5000).fit(vec.fit_transform(rows), y)
    return vec, model


def _fig(pairs: list[tuple[int, int]]) -> str:
    return T._fig(pairs) if pairs else "-"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DATA)
    ap.add_argument("--cache", type=Path, help="keep the folds' judge probabilities in this file between runs")
    ap.add_argument("--figures-only", action="store_true", help="print the figures, write nothing")
    args = ap.parse_args(argv)
    fresh = T.fresh_rules()
    data = folds(args.cache)
    said = [fresh[ex.half][f"{ex.org}/{ex.file}"] for ex, _p in data]
    rows = [features_of(ex, p, s) for (ex, p), s in zip(data, said, strict=True)]
    y = np.array([ex.verdict for ex, _p in data])
    halves = np.array([ex.half for ex, _p in data])
    q = np.zeros((len(y), 3))
    for half in dict.fromkeys(halves):
        test = halves == half
        vec, model = fit([r for r, t in zip(rows, test, strict=True) if not t], y[~test])
        q[test] = model.predict_proba(vec.transform([r for r, t in zip(rows, test, strict=True) if t]))
    old = argparse.Namespace(block=0.8, review=0.9, lower=0.8, min_words=MIN_WORDS, max_chars=MAX_CHARS,
                             lower_max_chars=0)
    table = {"rules": [], "rules + judge": [], "stack": []}
    per_org: dict[str, dict[str, list]] = {}
    for i, ((ex, p), s) in enumerate(zip(data, said, strict=True)):
        fresh_ex = T._fresh(ex, s)
        got = {"rules": fresh_ex.rules, "rules + judge": T.decide(fresh_ex, p, old), "stack": decide(ex, q[i], s)}
        for name, v in got.items():
            table[name].append((ex.verdict, v))
            per_org.setdefault(ex.org, {}).setdefault(name, []).append((ex.verdict, v))
    print(f"leave-one-half-out over {len(set(halves))} fresh halves, {len(y)} drafts "
          "(accuracy / block recall / false alarms)\n")
    print("| | rules | rules + judge | stack |\n| --- | --- | --- | --- |")
    for org, t in [*per_org.items(), ("all", table)]:
        print(f"| {org} | {_fig(t['rules'])} | {_fig(t['rules + judge'])} | {_fig(t['stack'])} |")
    if args.figures_only:
        return 0
    import sklearn
    vec, model = fit(rows, y)
    names = vec.get_feature_names_out()
    weights = {str(n): [round(float(w), 6) for w in model.coef_[:, j]] for j, n in enumerate(names)}
    trained = sorted(set(halves.tolist()))
    meta = {"halves": trained, "drafts": len(y), "C": C, "max_chars": MAX_CHARS,
            "min_words": MIN_WORDS, "fresh_rules_sha256": fresh_digest(trained), "judge_halves": list(T.SPENT),
            "sklearn": sklearn.__version__, "verdicts": list(VERDICTS)}
    out = {"meta": meta, "bias": [round(float(b), 6) for b in model.intercept_], "weights": weights}
    Stack(out)   # the runtime reads it
    tmp = args.out.with_suffix(".tmp")
    tmp.write_text(json.dumps(out, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(args.out)
    print(f"\nwrote {args.out} ({len(weights)} features, {len(y)} drafts of {len(set(halves))} halves)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
