"""Fuzz postcheck with hostile drafts and mutated packs; count what must never happen.

    .venv/bin/python benchmarks/fuzz.py                       # 10,000 drafts, 1,000 packs, seed 1
    .venv/bin/python benchmarks/fuzz.py --drafts 500 --packs 50 --seed 7

Drafts: random text, markup, front matter written with every line-break kind
(LF, CRLF, CR, NEL, LS, PS), as .md, .html and .txt files, checked through
`api.check_paths` with the built-in packs. Packs: a rule of a built-in pack,
mutated (keys replaced by hostile values: format specs, catastrophic regexes,
extension attributes, wrong types), in a pack that extends the built-in one.

Counted (each must be 0, except the totals):
* internal errors: any exception other than UserError;
* over budget without a finding: a draft that took longer than the budget
  without a located error;
* offsets: a finding whose `text != source[start:end]`, or whose line and
  column do not match its offset;
* bytes changed: a draft file whose bytes differ after the check;
* disagreements: a pack that `packs validate` accepts but `check` refuses or
  crashes on, or one it refuses that `check` accepts.

tests/test_fuzz.py runs the same generators through hypothesis (bounded, fixed seed).
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from postcheck.errors import UserError  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
BREAKS = ["\n", "\r\n", "\r", "\x85", "\u2028", "\u2029"]
FRAGMENTS = [
    "Jan de Vries", "Pieter Jansen", "06-12345678", "+31 6 1234 5678", "j.devries@example.nl", "1234 AB",
    "Dorpsstraat 12", "NL91ABNA0417164300", "Domus", "Sterk Huis", "cliënt", "pleegkind", "geheim", "ik haat",
    "[", "]", "](", "![", "[x](y)", "<", ">", "<b>", "</b>", "<!--", "-->", "<script>", "</script>", "&#", "&amp;",
    "&#x1F600;", "`", "```", "~~~", "*", "**", "_", "__", "#", "##", "> ", "- ", "1. ", "{{", "}}", "{%", "%}",
    "{% raw %}", "{% endraw %}", "http://", "https://x.nl/a_b", "www.", "#HashTag", "@naam", "😀", "👩‍👩‍👧",
    "\u200b", "\u00ad", "e\u0301", "ﬁ", "Ａ", "А", "\ufeff", "\t", " ", "  ", "---", "+++", "...", "postcheck: allow",
    "<!-- postcheck: allow basis.x reden -->", "\x0b", "\x0c", "\x1b", "\ufffd", "\U0010ffff", "\u202e",
]
FM_KEYS = [("channel", ["facebook", "x", "linkedin", "onbekend", "[1, 2]"]), ("capacity", ["personal", "official", "{}"]),
           ("title", ["Jan de Vries", "'quoted'", '"dubbel"', "a: b"]),
           ("images", ["[uitje.jpg]", "\n  - file: a.jpg\n    shows: [clients]"]),
           ("approval", ["{by: communicatie}", "true"]), ("date", ["2026-11-02"])]
HOSTILE = [
    "{count:%}", "{text:>300000000}", "{text}", "{text:>20}", "{_:x}", "{0}", "{}", "{{", "}}", "{text!r}",
    "(a+)+$", "(aa|a)+$", "((a|aa))+$", "(?>a+)+$", "a++", "[", "\\", "", " ", "😀", "x" * 3000, "(?i)geheim",
    None, 0, -1, 10 ** 20, 1.5, True, [], {}, ["a", None], [""], ["geheim", "(a|aa)+$"],
    [[{"LOWER": {"REGEX": "(a|aa)+$"}}]], [[{"_": {"x": True}}]], [[{"TEXT": {"REGEX": "^ge"}}]],
    [[{"LOWER": {"IN": ["a"]}}]], [[{"LEMMA": "x"}]], [[{"LOWER": {"FUZZY": "geheim"}}]], [[]], [[{"OP": "+"}]],
    {"capacity": ["personal"]}, {"mentions": ["nonexistent"]}, {"x": 280}, {"channel": ["x"], "capacity": []},
    "block", "review", "info", "regex", "pattern", "require", "terms", "detect", "metadata", "length",
]
KEYS = ["message", "suggestion", "escalation", "pattern", "patterns", "terms", "phrases", "severity", "category",
        "kind", "when", "unless", "limits", "group", "ignore_case", "check", "shows", "slot", "labels", "fuzzy",
        "contact", "source"]


# -- drafts -------------------------------------------------------------------------------

def random_draft(rng: random.Random) -> tuple[str, str]:
    """(suffix, text) of a hostile draft."""
    brk = rng.choice(BREAKS)
    parts: list[str] = []
    if rng.random() < 0.4:
        keys = rng.sample(FM_KEYS, rng.randint(0, len(FM_KEYS)))
        parts += ["---", brk] + [x for k, vals in keys for x in (f"{k}: {rng.choice(vals)}".replace("\n", brk), brk)]
        parts += [rng.choice(["---", "...", "--- ", "+++"]), brk]
    for _ in range(rng.randint(0, 60)):
        r = rng.random()
        if r < 0.6:
            parts.append(rng.choice(FRAGMENTS))
        elif r < 0.75:
            parts.append(rng.choice(BREAKS))
        elif r < 0.85:
            parts.append(rng.choice(FRAGMENTS) * rng.randint(2, 400))
        else:
            parts.append("".join(chr(rng.randint(1, 0x2FFFF)) for _ in range(rng.randint(1, 8))))
        parts.append(rng.choice(["", " ", " ", brk]))
    text = "".join(parts)
    text = "".join(ch for ch in text if not 0xD800 <= ord(ch) <= 0xDFFF)
    return rng.choice([".md", ".html", ".txt"]), text


def check_findings(report) -> list[str]:
    """Offset and line/column problems of a RunReport (empty when all findings point at their text)."""
    from postcheck.text.offsets import LineIndex

    problems = []
    for fr in report.files:
        lines = LineIndex(fr.source)
        for f in fr.findings:
            if fr.source[f.start:f.end] != f.text:
                problems.append(f"{fr.path}: {f.rule} text != source[{f.start}:{f.end}]")
            elif lines.line_col(f.start) != (f.line, f.column):
                problems.append(f"{fr.path}: {f.rule} line/col {f.line}:{f.column} != {lines.line_col(f.start)}")
    return problems


# -- packs --------------------------------------------------------------------------------

def builtin_rules() -> list[tuple[str, dict]]:
    out = []
    for path in sorted((ROOT / "rules").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        out += [(data["name"], rule) for rule in data.get("rules") or []]
    return out


def mutate(rule: dict, rng: random.Random, n: int) -> dict:
    rule = dict(rule)
    rule.pop("examples", None)  # the pack's own examples belong to `packs test`, not to this
    rule["id"] = "fuzz-rule"
    for _ in range(n):
        key = rng.choice(KEYS + list(rule))
        if key == "id":
            continue
        if rng.random() < 0.15:
            rule.pop(key, None)
        else:
            rule[key] = rng.choice(HOSTILE)
    return rule


def pack_text(parent: str, rule: dict) -> str:
    return yaml.safe_dump({"name": "fuzz", "version": "1", "extends": [parent], "rules": [rule]},
                          allow_unicode=True, sort_keys=False)


class SharedBlank:
    """Stands in for `spacy.blank` while fuzzing packs: one Dutch pipeline, its components removed each time.

    `spacy.blank("nl")` takes ~1 s (the tokeniser's special cases); fuzzing
    1,000 packs with a fresh one each would measure spaCy, not postcheck.
    """

    def __init__(self) -> None:
        import spacy

        self.spacy = spacy
        self.nlp = None

    def blank(self, lang: str):
        from postcheck.nlp.pipeline import TextKeepingTokenizer

        if self.nlp is None:
            self.nlp = self.spacy.blank(lang)
        for name in list(self.nlp.pipe_names):
            self.nlp.remove_pipe(name)
        if isinstance(self.nlp.tokenizer, TextKeepingTokenizer):
            self.nlp.tokenizer = self.nlp.tokenizer.tokenizer
        return self.nlp


def pack_agreement(path: Path, drafts: list) -> tuple[str, list[str]]:
    """('ok' | 'refused', problems): validate, then check with the pack; both must agree."""
    from postcheck.api import build_engine, check_drafts
    from postcheck.config import Settings
    from postcheck.model import RunReport
    from postcheck.packs import load as pack_load
    from postcheck.report import render_machine

    pack_load._CACHE.clear()
    pack, problems = pack_load.validate_pack_file(path)
    try:
        engine = build_engine(Settings(packs=(str(path),)))
    except UserError:
        return "refused", ([] if problems else [f"validate accepts but check refuses {path.name}"])
    if problems:
        return "refused", [f"validate refuses ({problems[0]}) but check accepts"]
    out = []
    reports = []
    for draft in drafts:
        try:
            reports.extend(check_drafts(engine, [draft]).files)
        except UserError as exc:
            if exc.path != draft.path:
                out.append(f"check refused the validated pack: {exc}")
    run = RunReport(tuple(reports), "review", {r.id: r for r in engine.rules})
    for fmt in ("json", "sarif", "github", "html"):
        render_machine(fmt, run)
    return "ok", out + check_findings(run)


# -- the run ------------------------------------------------------------------------------

def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--drafts", type=int, default=10_000)
    ap.add_argument("--packs", type=int, default=1_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--budget", type=float, default=10.0, help="per-draft time budget (s)")
    args = ap.parse_args()
    from postcheck.api import build_engine, check_paths
    from postcheck.config import Settings
    from postcheck.drafts.read import parse_draft
    from postcheck.nlp import pipeline

    rng = random.Random(args.seed)
    counts = {"drafts": 0, "internal errors": 0, "located errors": 0, "over budget without an error": 0,
              "offset problems": 0, "bytes changed": 0, "packs": 0, "packs ok": 0, "packs refused": 0,
              "validate/check disagreements": 0}
    started = time.perf_counter()
    engines = {name: build_engine(Settings(packs=(name,), draft_timeout=args.budget))
               for name in ("domus", "sterkhuis", "hartekamp", "heemstede")}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.drafts):
            suffix, text = random_draft(rng)
            path = Path(tmp) / f"d{i}{suffix}"
            data = text.encode("utf-8")
            path.write_bytes(data)
            engine = engines[rng.choice(list(engines))]
            t0 = time.perf_counter()
            try:
                report = check_paths([str(path)], engine.settings, engine, files=[str(path)])
                counts["offset problems"] += len(check_findings(report))
                if time.perf_counter() - t0 > args.budget:
                    counts["over budget without an error"] += 1
                    print(f"over budget: draft {i} ({suffix}, {len(text)} chars) took "
                          f"{time.perf_counter() - t0:.1f} s", file=sys.stderr)
            except UserError:
                counts["located errors"] += 1
            except Exception as exc:  # noqa: BLE001 - counting them is the point
                counts["internal errors"] += 1
                print(f"internal error on draft {i}: {type(exc).__name__}: {exc}"[:300], file=sys.stderr)
            if path.read_bytes() != data:
                counts["bytes changed"] += 1
            counts["drafts"] += 1
            if i % 1000 == 999:
                print(f"  {i + 1} drafts, {time.perf_counter() - started:.0f} s", flush=True)
        shim = SharedBlank()
        real = pipeline.spacy
        pipeline.spacy = shim
        try:
            rules = builtin_rules()
            sample = [parse_draft(f"p{j}{s}", t.encode("utf-8")) for j, (s, t) in
                      enumerate(random_draft(rng) for _ in range(3))]
            sample.append(parse_draft("p-geheim.txt", ("geheim aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa! " * 3).encode()))
            for i in range(args.packs):
                parent, rule = rng.choice(rules)
                path = Path(tmp) / f"pack{i}.yaml"
                path.write_text(pack_text(parent, mutate(rule, rng, rng.randint(0, 3))), encoding="utf-8")
                try:
                    verdict, problems = pack_agreement(path, sample)
                except Exception as exc:  # noqa: BLE001
                    counts["internal errors"] += 1
                    print(f"internal error on pack {i}: {type(exc).__name__}: {exc}"[:300], file=sys.stderr)
                    continue
                counts["packs"] += 1
                counts[f"packs {verdict}"] += 1
                if problems:
                    counts["validate/check disagreements"] += 1
                    print(f"pack {i}: {problems[0]}"[:300], file=sys.stderr)
                if i % 200 == 199:
                    print(f"  {i + 1} packs, {time.perf_counter() - started:.0f} s", flush=True)
        finally:
            pipeline.spacy = real
    for key, value in counts.items():
        print(f"{key:<32} {value}")
    print(f"{'time':<32} {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
