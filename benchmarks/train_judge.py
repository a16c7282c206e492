"""Train the judge: a statistical second opinion on a draft's verdict and category, from the dev set.

The rule packs recognise what their cue sets and detectors describe; drafts written by people who never saw
the packs keep finding other words for the same situations. The judge is a linear model (logistic regression
over hashed words, word pairs, organisation-words, channel, capacity and front-matter keys; see
`postcheck/nlp/judge/features.py`) trained on the labelled drafts of the SPENT halves of
`benchmarks/devset/` (never a held-out half that is still to be scored). The `judge` rule kind of the packs
uses it only to raise a draft the rules left lower (see docs/packs.md, kind `judge`).

    pip install -e '.[train]'                         # scikit-learn, only for training
    python benchmarks/train_judge.py                  # writes src/postcheck/nlp/data/judge.npz
    python benchmarks/train_judge.py --loho           # leave-one-half-out figures of rules + judge, no writing
    python benchmarks/train_judge.py --loho --sweep-block 0.8 0.9 1.01   # ... at several block thresholds
    python benchmarks/train_judge.py --loho --fresh   # ... on the held-out halves with the rules of when they were new

Training is deterministic (lbfgs, fixed data order); the file records the halves, a digest of their
drafts and labels, and the library versions, and `tests/test_judge.py` checks the digest against the
dev set, so a label change that is not followed by retraining fails CI.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

from postcheck.api import build_engine  # noqa: E402
from postcheck.config import settings_for  # noqa: E402
from postcheck.drafts.read import parse_draft  # noqa: E402
from postcheck.nlp.judge.features import MASK, features  # noqa: E402
from postcheck.nlp.judge.model import CATEGORIES, VERDICTS  # noqa: E402
from postcheck.packtest import strip_marks  # noqa: E402
from postcheck.verdict import verdict_of  # noqa: E402

DEVSET = HERE / "devset"
OUT = ROOT / "src" / "postcheck" / "nlp" / "data" / "judge.npz"
ORGS = ("domus", "sterkhuis", "hartekamp", "heemstede")
# the halves whose labels may teach: every half scored and spent (benchmarks/devset/README.md)
SPENT = ("tune", "holdout", "holdout2", "holdout3", "holdout4", "tune5", "holdout5", "tune6", "holdout6", "holdout7",
         "tune8", "holdout8", "tune9", "holdout9", "tune10", "holdout10", "tune11", "tune12", "holdout11",
         "holdout12", "holdout13", "holdout14", "tune13", "holdout15", "tune14", "holdout16", "tune15",
         "holdout17", "tune16", "holdout18", "tune17", "holdout19", "tune18", "holdout20", "tune19", "holdout21",
         "tune20", "tune21", "tune22", "holdout22", "tune23", "holdout23", "tune24", "holdout24",
         "tune25", "holdout25", "tune26", "holdout26", "tune27", "holdout27", "tune28", "holdout28", "holdout29",
         "tune30", "holdout30", "tune31", "holdout31", "tune32", "holdout32", "tune33", "holdout33", "tune34",
         "holdout34", "tune35", "holdout35", "tune36", "holdout36", "tune37", "holdout37", "tune38", "holdout38", "tune39", "holdout39",
         "tune40", "holdout40", "tune41", "holdout41", "tune42", "holdout42", "tune43", "holdout43", "tune44", "holdout44",
         "tune45", "holdout45", "tune46", "holdout46",
         "tune47", "holdout47", "tune48", "holdout48", "tune49", "holdout49",
         "tune50", "holdout50", "tune51", "holdout51")
# the halves written last, by writers nobody had tuned against when they were scored: the figure that counts
FRESH = ("holdout7", "tune8", "holdout8", "tune9", "holdout9", "tune10", "holdout10", "tune11", "tune12",
         "holdout11", "holdout12", "holdout13", "holdout14", "tune13", "holdout15", "tune14", "holdout16", "tune15",
         "holdout17", "tune16", "holdout18", "tune17", "holdout19", "tune18", "holdout20", "tune19", "holdout21",
         "tune20", "tune21", "tune22", "holdout22", "tune23", "holdout23", "tune24", "holdout24", "tune25",
         "holdout25", "tune26", "holdout26", "tune27", "holdout27", "tune28", "holdout28", "holdout29", "tune30",
         "holdout30", "tune31", "holdout31", "tune32", "holdout32", "tune33", "holdout33", "tune34",
         "holdout34", "tune35", "holdout35", "tune36", "holdout36", "tune37", "holdout37", "tune38", "holdout38", "tune39", "holdout39",
         "tune40", "holdout40", "tune41", "holdout41", "tune42", "holdout42", "tune43", "holdout43", "tune44", "holdout44",
         "tune45", "holdout45", "tune46", "holdout46",
         "tune47", "holdout47", "tune48", "holdout48", "tune49", "holdout49",
         "tune50", "holdout50", "tune51", "holdout51")
# regularisation: leave-one-half-out on holdout5-8+tune8 (tenth round) gave accuracy 0.850 / 0.858 / 0.864 / 0.861
# / 0.860 at C 4 / 8 / 16 / 32 / 64
C = 16.0


@dataclass
class Example:
    half: str
    org: str
    file: str
    verdict: int
    categories: tuple[str, ...]
    x: dict[int, float]
    rules: int = 0          # the verdict the rules alone give (index into VERDICTS)
    words: int = 0          # words and characters of prose, for the judge's min_words and max_chars
    chars: int = 0
    asking: int = 0         # how many rules ask review or block (the kind lowers only where one does)
    lowerable: bool = True  # no acting finding is a fact (length, number, name) or of a rule the judge `keep`s


def digest(halves: tuple[str, ...]) -> str:
    """SHA-256 over the labels and drafts of these halves (file names, contents, in a fixed order)."""
    h = hashlib.sha256()
    for half in halves:
        for org in ORGS:
            folder = DEVSET / half / org
            if not folder.is_dir():
                continue
            for path in sorted(folder.iterdir()):
                if path.is_file():
                    h.update(f"{half}/{org}/{path.name}\0".encode())
                    h.update(path.read_bytes())
    return h.hexdigest()


def rules_engine(config: str | None, folder: Path, org: str):
    """The org pack without its judge: what the rules alone say (the judge must not teach itself)."""
    settings = settings_for(config, folder, packs=(org,))
    return build_engine(replace(settings, disable=(*settings.disable, f"{org}.judge")))


def load(halves: tuple[str, ...]) -> list[Example]:
    out: list[Example] = []
    for half in halves:
        for org in ORGS:
            folder = DEVSET / half / org
            entries = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8")) or []
            config = folder / "postcheck.yaml"
            engine = rules_engine(str(config) if config.is_file() else None, folder, org)
            for e in entries:
                path = folder / e["file"]
                draft = parse_draft(str(path), path.read_bytes())
                p = engine.prepare(draft, e.get("channel"), e.get("capacity"))
                (checked,) = engine.check([draft], e.get("channel"), e.get("capacity"))
                found = [f for f in checked.findings if not f.rule.endswith(".judge")]
                rules = verdict_of(found)
                asking = len({f.rule for f in found if not f.suppressed and f.severity.rank >= 1})
                lowerable = _lowerable(org, [(f.rule.split(".", 1)[1], f.category, f.detector) for f in found
                                             if not f.suppressed and f.severity.rank >= 1])
                cats = tuple(c for c in (e.get("categories") or ()) if c in CATEGORIES)
                out.append(Example(half, org, e["file"], VERDICTS.index(str(e["verdict"])), cats,
                                   features(p.norm.text, org, p.channel, p.capacity, p.fm.data or {}),
                                   VERDICTS.index(rules.value), len(p.norm.text.split()),
                                   len(p.norm.text.strip()), asking, lowerable))
        print(f"read {half}", file=sys.stderr, flush=True)
    return out


def _lowerable(org: str, acting: list[tuple[str, str, str]]) -> bool:
    """No acting finding is one the kind never lowers (`kinds.judge.never_lowered`)."""
    from postcheck.kinds.judge import never_lowered
    return not any(never_lowered(cat, det, rule, _keep(org)) for rule, cat, det in acting)


def _keep(org: str) -> frozenset[str]:
    if org not in _KEEP:
        engine = rules_engine(None, ROOT, org)
        _KEEP[org] = frozenset(k for p in engine.packs for r in p.rules if r.kind == "judge"
                               for k in (getattr(r.options, "keep", None) or ()))
    return _KEEP[org]


_KEEP: dict[str, frozenset[str]] = {}


def load_pack_examples() -> list[Example]:
    """The org packs' own whole-draft examples (`examples:` with their verdicts) as training drafts too: the
    hard negatives the packs were written to pass ("Ons pleegkind heeft zwemdiploma A gehaald") teach the
    judge what is fine. Categories are those of the rules each example expects."""
    out: list[Example] = []
    for org in ORGS:
        engine = rules_engine(None, ROOT, org)
        categories = {r.id: r.category for p in engine.packs for r in p.rules}
        severity = {r.id: r.severity.rank for p in engine.packs for r in p.rules}
        for i, case in enumerate(p for pk in engine.packs if pk.name == org for p in pk.examples):
            if case.why:            # a known miss: its label is what the pack cannot do yet, not a verdict
                continue
            if any(r.endswith(".judge") for r in case.expect):
                continue            # shows what the judge does (and tests it): never taught to it
            expect = list(case.expect)
            verdict = case.verdict or VERDICTS[max((severity.get(r, 1) for r in expect), default=0)]
            draft = parse_draft(f"{org}-example-{i}.md", strip_marks(case.text)[0].encode("utf-8"), "markdown")
            p = engine.prepare(draft, case.channel, case.capacity)
            cats = tuple(sorted({categories[r] for r in expect if categories.get(r) in CATEGORIES}))
            out.append(Example("pack", org, f"example#{i}", VERDICTS.index(verdict), cats,
                               features(p.norm.text, org, p.channel, p.capacity, p.fm.data or {})))
    return out


CORPUS = ROOT.parent / "shared" / "corpus" / "blog"


def corpus_half(path: Path) -> int:
    """0: a corpus post the judge may learn from; 1: one kept out, on which its false alarms are measured."""
    return hashlib.sha256(path.relative_to(CORPUS).as_posix().encode()).digest()[0] & 1


def load_corpus() -> list[Example]:
    """Half of the real published blog posts (`../shared/corpus/blog`, by a hash of the path) as drafts that
    may go out, for every organisation, where the rules alone find nothing: the dev set holds few long blog
    posts, and without these the judge read a long post's everyday words as a leak. The other half is never
    trained on; benchmarks/README.md reports the judge's false alarms on it and on the whole corpus."""
    if not CORPUS.is_dir():
        raise SystemExit(f"{CORPUS}: the blog corpus is not here (../shared next to the checkout)")
    paths = sorted(p for p in CORPUS.rglob("*.md") if corpus_half(p) == 0)
    out: list[Example] = []
    for org in ORGS:
        engine = rules_engine(None, ROOT, org)
        drafts = [parse_draft(str(p), p.read_bytes()) for p in paths]
        for draft, checked in zip(drafts, engine.check(drafts), strict=True):
            if verdict_of([f for f in checked.findings if not f.rule.endswith(".judge")]).value != "ok":
                continue
            p = engine.prepare(draft)
            out.append(Example("corpus", org, draft.path, 0, (),
                               features(p.norm.text, org, p.channel, p.capacity, p.fm.data or {})))
    return out


def matrix(examples: list[Example]):
    from scipy.sparse import csr_matrix
    rows, cols, vals = [], [], []
    for i, ex in enumerate(examples):
        for b, v in ex.x.items():
            rows.append(i)
            cols.append(b)
            vals.append(v)
    return csr_matrix((vals, (rows, cols)), shape=(len(examples), MASK + 1), dtype=np.float64)


def fit(examples: list[Example], verdict_only: bool = False) -> dict[str, np.ndarray]:
    """Verdict model (multinomial) and one binary model per category, as one weight matrix over used buckets
    (`verdict_only`: the category models are left untrained, all-zero, for studies of the verdict alone)."""
    from sklearn.linear_model import LogisticRegression
    X = matrix(examples)
    used = np.unique(X.nonzero()[1])
    Xu = X[:, used]
    y = np.array([ex.verdict for ex in examples])
    verdict = LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(Xu, y)
    W = [verdict.coef_.T]
    b = [verdict.intercept_]
    for cat in CATEGORIES:
        yc = np.array([cat in ex.categories for ex in examples])
        if verdict_only or yc.sum() < 3:
            W.append(np.zeros((len(used), 1)))
            b.append(np.array([-30.0]))
            continue
        m = LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(Xu, yc)
        W.append(m.coef_.T)
        b.append(m.intercept_)
    return {"buckets": used.astype(np.int32), "weights": np.hstack(W).astype(np.float16),
            "bias": np.concatenate(b).astype(np.float32)}


def decide(ex: Example, p: np.ndarray, args) -> int:
    """The verdict of rules + judge as kinds/judge.py gives it (block, review, lower, min_words, max_chars,
    lower_max_chars: the judge raises drafts up to max_chars, lowers drafts of any length up to lower_max_chars)."""
    if ex.words < args.min_words:
        return ex.rules
    if ex.chars <= args.max_chars:
        if ex.rules < 2 and p[2] >= args.block:
            return 2
        if ex.rules == 0 and p[1] + p[2] >= args.review:
            return 1
    if ex.rules == 1 and ex.asking == 1 and ex.lowerable and args.lower and p[0] >= args.lower \
            and (not args.lower_max_chars or ex.chars <= args.lower_max_chars):
        return 0
    return ex.rules


def fresh_rules() -> dict[str, dict[str, list]]:
    """{half: {org/file: [verdict, asking]}}: the rules alone when each half was fresh (`fresh_rules.py`)."""
    path = DEVSET / "fresh_rules.json"
    if not path.is_file():
        raise SystemExit(f"{path} is missing: run python benchmarks/fresh_rules.py first")
    return {h: v["verdicts"] for h, v in json.loads(path.read_text(encoding="utf-8")).items()}


def _fresh(ex: Example, said: list) -> Example:
    """The example with the rules' verdict of when its half was fresh ([verdict, asking, [[rule, category, rank,
    detector]]])."""
    verdict, asking, acting = said
    return replace(ex, rules=VERDICTS.index(verdict), asking=asking,
                   lowerable=_lowerable(ex.org, [(rule, cat, det) for rule, cat, _, det in acting]))


def loho(examples: list[Example], args) -> None:
    from postcheck.nlp.judge.model import Judge
    scored: dict[str, list[tuple[Example, np.ndarray]]] = {}
    fresh = fresh_rules() if args.fresh else {}
    for half in fresh or SPENT:
        # with --fresh: the half's own tune sibling is left out too (the same round's writers share themes), and
        # the rules' verdicts are those of the commit at which the half was scored once, before anyone read it
        out = (half, "tune" + half[len("holdout"):]) if fresh else (half,)
        train = [ex for ex in examples if ex.half not in out]
        test = [ex for ex in examples if ex.half == half]
        if fresh:
            test = [_fresh(ex, fresh[half][f"{ex.org}/{ex.file}"]) for ex in test]
        if not test:
            continue
        judge = Judge(fit(train, verdict_only=True))
        scored[half] = [(ex, judge.verdict_probabilities(ex.x)) for ex in test]
        print(f"held out {half}", file=sys.stderr, flush=True)
    for block, review in [(b, r) for b in args.sweep_block or [args.block] for r in args.sweep_review or [args.review]]:
        print(f"\njudge block threshold {block} (review {review}, lower {args.lower})\n")
        print("| half | drafts | rules: accuracy / block recall / false alarms | rules + judge | raised to block: "
              "right / wrong |")
        print("| --- | ---: | --- | --- | ---: |")
        settings = argparse.Namespace(**{**vars(args), "block": block, "review": review})
        pairs = {half: [(ex.verdict, ex.rules, decide(ex, p, settings)) for ex, p in ts] for half, ts in scored.items()}
        groups = {**pairs, **({} if fresh else {"fresh (" + "+".join(FRESH) + ")": [t for h in FRESH
                                                                                    for t in pairs.get(h, [])]}),
                  "all": [t for v in pairs.values() for t in v]}
        for name, ts in groups.items():
            raised = [a for a, r, j in ts if j == 2 and r < 2]
            print(f"| {name} | {len(ts)} | {_fig([(a, r) for a, r, _ in ts])} | {_fig([(a, j) for a, _, j in ts])} | "
                  f"{sum(a == 2 for a in raised)} / {sum(a != 2 for a in raised)} |")


def _fig(pairs: list[tuple[int, int]]) -> str:
    n = len(pairs)
    acc = sum(a == b for a, b in pairs) / n
    blocks = [b for a, b in pairs if a == 2]
    oks = [b for a, b in pairs if a == 0]
    br = sum(b == 2 for b in blocks) / len(blocks) if blocks else float("nan")
    fa = sum(b != 0 for b in oks) / len(oks) if oks else float("nan")
    return f"{acc:.3f} / {br:.3f} / {fa:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--halves", nargs="+", default=list(SPENT), choices=SPENT)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--loho", action="store_true", help="print leave-one-half-out figures; write nothing")
    ap.add_argument("--fresh", action="store_true",
                    help="with --loho: the halves of devset/fresh_rules.json, each with the rules' verdicts of when it "
                         "was fresh (fresh_rules.py), its tune sibling left out of training too")
    ap.add_argument("--block", type=float, default=0.8, help="judge probability of block that raises to block")
    ap.add_argument("--sweep-block", type=float, nargs="+", metavar="P",
                    help="with --loho: the figures at each of these block thresholds (1.01: the judge never blocks)")
    ap.add_argument("--sweep-review", type=float, nargs="+", metavar="P",
                    help="with --loho: the figures at each of these review thresholds (1.01: the judge never raises ok)")
    ap.add_argument("--review", type=float, default=0.9, help="judge probability of review-or-block that raises ok")
    ap.add_argument("--lower", type=float, default=0.8, help="judge probability of ok that lowers a review (0: never)")
    ap.add_argument("--min-words", type=int, default=20, help="shorter drafts are left to the rules")
    ap.add_argument("--max-chars", type=int, default=2000, help="longer drafts are not raised")
    ap.add_argument("--lower-max-chars", type=int, default=0, help="longer drafts are not lowered (0: any length)")
    args = ap.parse_args(argv)
    halves = tuple(args.halves)
    if not CORPUS.is_dir():   # say it before the minutes of reading the dev set, not after them
        raise SystemExit(f"{CORPUS}: the blog corpus is not here (../shared next to the checkout)")
    examples = load(halves) + load_pack_examples() + load_corpus()
    if args.loho:
        loho(examples, args)
        return 0
    import sklearn
    arrays = fit(examples)
    meta = {"halves": list(halves), "digest": digest(halves), "drafts": len(examples),
            "pack_examples": sum(ex.half == "pack" for ex in examples),
            "corpus_posts": sum(ex.half == "corpus" for ex in examples),
            "corpus_split": "sha256(path under corpus/blog)[0] & 1 == 0 trained on, 1 kept out", "C": C,
            "sklearn": sklearn.__version__, "numpy": np.__version__, "verdicts": list(VERDICTS),
            "categories": list(CATEGORIES)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(".tmp.npz")   # uncompressed: read in a few ms at start (the wheel compresses it)
    np.savez(tmp, meta=np.array(json.dumps(meta)), **arrays)
    tmp.replace(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB, {len(arrays['buckets'])} buckets, "
          f"{len(examples)} drafts of {', '.join(halves)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
