"""The engine: packs + lexicons -> one spaCy pipeline, run over many drafts.

Built once per pack set (`Engine.build`), then `Engine.check(drafts)` runs
`nlp.pipe` over the normalised drafts and applies the rules. Only the
detectors the active rules need are added to the pipeline.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass, replace
from types import SimpleNamespace
from typing import Iterable, Iterator

from .drafts.fmschema import RULE_ID as FM_RULE, FrontMatterProblem, check_front_matter
from .drafts.frontmatter import FrontMatter, parse_front_matter
from .drafts.markup import prose_view
from .drafts.read import Draft
from .errors import UserError
from .evaluate import Context, check_rules
from .kinds import KINDS
from .kinds.base import Preparation
from .lexicons import STANDARD_SLOT_KINDS, is_private_slot, read_lexicon
from .model import CAPACITIES, CHANNEL_ALIASES, CHANNELS, CheckedDraft, Finding, Severity
from .nlp.components.spans import ERROR_KEY, UNGATED_KEY
from .nlp.pipeline import PipelineSpec, build_nlp
from .packs.model import Pack, Rule, SlotDef
from .text.normalise import NormText, normalise
from .text.offsets import LineIndex
from .suppress import apply_suppressions
from .config import DEFAULT_CAPACITY, DEFAULT_CHANNEL, Settings


PIECE_CHARS = 20_000      # longer texts are checked in pieces, with the time budget checked between them


def text_pieces(text: str, size: int) -> Iterator[tuple[int, int]]:
    """(start, end) pieces of at most `size` chars covering `text`, cut at a paragraph, line, sentence or word end."""
    start, n = 0, len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            floor = start + size // 2
            for sep, keep in (("\n\n", 2), ("\n", 1), (". ", 2), (" ", 1)):
                cut = text.rfind(sep, floor, end)
                if cut >= 0:
                    end = cut + keep
                    break
        yield start, end
        start = end


class _PieceHits:
    """What `Context` reads of a Doc (`_.hits`, `user_data`), merged over the pieces of a long draft."""

    def __init__(self) -> None:
        self._ = SimpleNamespace(hits={})
        self.user_data: dict = {}

    def add(self, doc, offset: int) -> None:
        for key, hits in (doc._.hits or {}).items():
            shifted = [replace(h, start=h.start + offset, end=h.end + offset) for h in hits] if offset else list(hits)
            self._.hits.setdefault(key, []).extend(shifted)
        for key, value in doc.user_data.items():
            if key == ERROR_KEY:
                self.user_data.setdefault(key, value)


@dataclass(frozen=True)
class Prepared:
    draft: Draft
    fm: FrontMatter
    norm: NormText
    channel: str
    capacity: str
    fm_problems: tuple[FrontMatterProblem, ...] = ()


def _digits(phone: str) -> str:
    d = "".join(ch for ch in phone if ch.isdigit())
    if d.startswith("0031"):
        d = "0" + d[4:]
    elif d.startswith("31") and phone.strip().startswith("+"):
        d = "0" + d[2:]
    return d


class Engine:
    def __init__(self, packs: list[Pack], settings: Settings, extra_lexicons: dict[str, tuple[str, ...]] | None = None):
        self.packs = packs
        self.settings = settings
        disabled = set(settings.disable)
        self.timings: dict[str, float] = {}   # build steps, for the benchmarks
        self.rules: list[Rule] = [r for p in packs for r in p.rules
                                  if r.id not in disabled and r.local_id not in disabled]
        self.preparations: list[Preparation] = [KINDS[r.kind].prepare(r) for r in self.rules]
        self.slots = self._slots(extra_lexicons or {})
        self.entries = {name: self._entries(slot) for name, slot in self.slots.items()}
        self.private_slots = frozenset(name for name, slot in self.slots.items()
                                       if is_private_slot(name, slot.kind, bool(slot.files)))
        # cue sets whose reported or quoted hits still count in conditions (`counts_in`: a consent reported)
        self.counts_in = {name: frozenset(slot.counts_in) for name, slot in self.slots.items() if slot.counts_in}
        # cue sets that another set's hit cancels in conditions (`cancelled_by`: a consent the writer doubts)
        self.cancelled_by = {name: slot.cancelled_by for name, slot in self.slots.items() if slot.cancelled_by}
        self.nlp = build_nlp(self._spec())
        # detectors whose gate may skip a doc that a rule condition then reads: run there when asked
        self.run_gated = {name: c.run_if_gated for name, c in self.nlp.pipeline if hasattr(c, "run_if_gated")}

    # -- building --------------------------------------------------------------------
    def _slots(self, extra: dict[str, tuple[str, ...]]) -> dict[str, SlotDef]:
        slots: dict[str, SlotDef] = {}
        for p in self.packs:
            for name, slot in p.slots.items():
                prior = slots.get(name)
                slots[name] = slot if prior is None else replace(
                    prior, files=prior.files + slot.files, entries=prior.entries + slot.entries,
                    fuzzy=prior.fuzzy and slot.fuzzy, compounds=prior.compounds or slot.compounds,
                    inflect=prior.inflect and slot.inflect,
                    counts_in=tuple(dict.fromkeys(prior.counts_in + slot.counts_in)),
                    cancelled_by=tuple(dict.fromkeys(prior.cancelled_by + slot.cancelled_by)))
        for name, files in self.settings.lexicons.items():
            prior = slots.get(name) or SlotDef(name, STANDARD_SLOT_KINDS.get(name, "terms"))
            slots[name] = replace(prior, files=prior.files + tuple(files))
        for name, entries in extra.items():
            prior = slots.get(name) or SlotDef(name, STANDARD_SLOT_KINDS.get(name, "terms"))
            slots[name] = replace(prior, entries=prior.entries + tuple(entries))
        for prep in self.preparations:
            for slot in prep.slots:
                slots[slot.name] = slot
        return slots

    @staticmethod
    def _entries(slot: SlotDef) -> tuple[str, ...]:
        entries = list(slot.entries)
        for f in slot.files:
            entries.extend(read_lexicon(f))
        return tuple(dict.fromkeys(entries))

    def _needs(self) -> set[str]:
        needs: set[str] = set()
        for rule in self.rules:
            needs |= KINDS[rule.kind].needs(rule.options)
            for cond in (*rule.when.parts(), *rule.unless.parts()):
                for m in cond.mentions:
                    needs.add(m.split(".")[0] if "." in m else "cues" if self._is_cue_set(m) else "lexicon")
                if cond.cues or cond.no_cues:
                    needs.add("cues")
        return needs

    def _spec(self) -> PipelineSpec:
        needs = self._needs()
        lexicon = None
        if "lexicon" in needs:
            from .nlp.lexicon import LexiconIndex, SlotSpec
            specs = [SlotSpec(name, slot.kind, self.entries[name], slot.fuzzy, slot.compounds, slot.inflect)
                     for name, slot in sorted(self.slots.items()) if self.entries[name] and slot.kind != "cues"]
            started = time.perf_counter()
            lexicon = LexiconIndex.build(specs)
            self.timings["lexicon_index_s"] = time.perf_counter() - started
        allow = None
        own_domains: tuple[str, ...] = ()
        if "personal_data" in needs:
            from .nlp.personal_data import Allow
            # the packs' own published numbers and addresses (allow: and contacts:) and the config's allow:
            own = self.settings.allow
            contacts = [c for p in self.packs for c in p.contacts]
            phones = frozenset(_digits(x) for x in (*(x for p in self.packs for x in p.allow_phones),
                                                    *(c.phone for c in contacts if c.phone), *own.get("phones", ())))
            emails = frozenset(x.lower() for x in (*(x for p in self.packs for x in p.allow_emails),
                                                   *(c.email for c in contacts if c.email), *own.get("emails", ())))
            # "@domain": the contacts step allows the domain's role addresses, not a person's own address
            own_domains = tuple(sorted(e for e in emails if e.startswith("@")))
            allow = Allow(phones=phones, emails=frozenset(e for e in emails if not e.startswith("@")))
        # the config's allow.names and the packs' own contact persons ("Susanne van der Poel")
        forms = "|".join(re.escape(t).replace(r"\.", r"\.?") for t in _TITLES)   # "mevr." also as "mevr"
        titles = re.compile(rf"^(?:(?:{forms})\s+)+", re.I)
        contact_names = (titles.sub("", c.name).strip() for p in self.packs for c in p.contacts if c.name)
        allow_names = tuple(dict.fromkeys((*self.settings.allow.get("names", ()), *(n for n in contact_names if n))))
        exclude = tuple(dict.fromkeys((*(x for p in self.packs for x in p.organisation), *allow_names,
                                       *(t for n in allow_names for t in _titled(n)))))
        patterns = tuple(p for prep in self.preparations for p in prep.patterns)
        regexes = tuple(r for prep in self.preparations for r in prep.regexes)
        cues = None
        if "cues" in needs:  # every cue set of the packs (rules combine them; [set] references need them all)
            from .nlp.cues import CueDetector
            started = time.perf_counter()
            anchors = {a for prep in self.preparations for a in prep.cue_anchors}
            companions = {c for prep in self.preparations for c in prep.cue_companions}
            # sets that rule conditions read (when/unless) are matched everywhere, like anchors
            read = {m for r in self.rules for cond in (*r.when.parts(), *r.unless.parts())
                    for m in (*cond.mentions, *cond.cues, *cond.no_cues) if self._is_cue_set(m)}
            anchors |= read | {c for m in read for c in self.cancelled_by.get(m, ())}
            sets = {n: self.entries[n] for n, slot in sorted(self.slots.items()) if slot.kind == "cues"}
            cues = CueDetector.build(sets, anchors=anchors, companions=companions)
            self.timings["cue_index_s"] = time.perf_counter() - started
        return PipelineSpec(frozenset(needs), lexicon, allow, exclude, patterns, regexes,
                            names_gate=self._gate("names"), cues=cues, allow_names=allow_names,
                            allow_addresses=(*(a for p in self.packs for a in p.allow_addresses),
                                             *self.settings.allow.get("addresses", ())),
                            allow_domains=own_domains if "personal_data" in needs else ())

    def _is_cue_set(self, name: str) -> bool:
        slot = self.slots.get(name)
        return slot is not None and slot.kind == "cues"

    def _gate(self, detector: str) -> frozenset[str] | None:
        """Lexicon slots whose mention a detector's rules all require; None when some rule needs it always.

        A rule `when: {mentions: [organisation]}` cannot fire on a draft that does
        not mention the organisation, so its detector need not run there.
        """
        slots: set[str] = set()
        for rule in self.rules:
            # a condition that reads this detector's labels ("names.person") runs it itself where the gate skipped
            # it (`Context.mentions`), and only on the drafts where its rule gets that far
            if detector not in KINDS[rule.kind].needs(rule.options):
                continue
            mentions = rule.when.mentions
            if not mentions or any("." in m or self._is_cue_set(m) for m in mentions):
                return None
            slots.update(mentions)
        return frozenset(slots)

    def warm(self) -> None:
        """Do every lazy load now, so forked workers inherit it instead of repeating it."""
        for _name, component in self.nlp.pipeline:
            if hasattr(component, "warm"):
                component.warm()
        from .drafts.read import parse_draft
        list(self.check([parse_draft("warm.md", "Warm-up: Jan de Vries, 06-12345678.".encode(), "markdown")]))

    # -- running ---------------------------------------------------------------------
    def prepare(self, draft: Draft, channel: str | None = None, capacity: str | None = None) -> Prepared:
        """Front matter, prose view and normalised text of a draft, with its channel and capacity.

        `channel`/`capacity` given here beat the command line, which beats the front
        matter, which beats the config file.
        """
        fm = parse_front_matter(draft.source, draft.path)
        fm_problems: list[FrontMatterProblem] = []
        if fm.data:
            data, fm_problems = check_front_matter(fm.data)
            fm = replace(fm, data=data)   # a value that does not fit the schema counts as absent
        prose = prose_view(draft, fm)
        norm = normalise(prose, entities=draft.fmt in ("html", "markdown"))
        s = self.settings
        channel = (channel or s.cli_channel or _fm_choice(fm, "channel", CHANNELS, draft.path) or s.channel
                   or DEFAULT_CHANNEL)
        capacity = (capacity or s.cli_capacity or _fm_choice(fm, "capacity", CAPACITIES, draft.path) or s.capacity
                    or DEFAULT_CAPACITY)
        return Prepared(draft, fm, norm, channel, capacity, tuple(fm_problems))

    def check(self, drafts: Iterable[Draft], channel: str | None = None, capacity: str | None = None,
              batch_size: int = 32) -> Iterator[CheckedDraft]:
        """Checked drafts in the order of `drafts`; `channel`/`capacity` override the settings for this call
        only. Short drafts go through `nlp.pipe` in batches, long ones in pieces."""
        batch: list[Prepared] = []
        for d in drafts:
            started = time.perf_counter()
            p = self.prepare(d, channel, capacity)
            if len(p.norm.text) <= PIECE_CHARS:
                batch.append(p)
                if len(batch) >= batch_size:
                    yield from self._run_batch(batch, batch_size)
                    batch = []
                continue
            yield from self._run_batch(batch, batch_size)
            batch = []
            yield self.report(p, self._run_pieces(p, started))
        yield from self._run_batch(batch, batch_size)

    def _run_batch(self, batch: list[Prepared], batch_size: int) -> Iterator[CheckedDraft]:
        if batch:
            for doc, p in self.nlp.pipe(((p.norm.text, p) for p in batch), as_tuples=True, batch_size=batch_size):
                yield self.report(p, doc)

    def _run_pieces(self, p: Prepared, started: float) -> _PieceHits:
        """A long draft (beyond spaCy's max_length, or just long) in pieces cut at paragraph or sentence ends.

        Each piece's hits are shifted back by the piece's offset, so every finding
        keeps `source[start:end] == text`. Between pieces the draft's time budget
        (`Settings.draft_timeout` seconds, per MB for drafts over 1 MB) is
        checked: a pathological draft becomes an error that names the line
        where the check stopped, never a hang.
        """
        budget = self.settings.draft_timeout * max(1.0, len(p.draft.source) / 1_000_000)
        merged = _PieceHits()
        text = p.norm.text
        for start, end in text_pieces(text, PIECE_CHARS):
            if budget and time.perf_counter() - started > budget:
                pos = p.norm.map.to_source(start)
                line = LineIndex(p.draft.source).line_col(pos)[0]
                raise UserError(f"checking this draft took longer than {budget:g} s; stopped at line {line}",
                                p.draft.path, line, None, "split the draft, or raise --timeout / draft_timeout")
            doc = self.nlp.make_doc(text[start:end])
            doc.user_data[UNGATED_KEY] = True  # a gate on lexicon hits would only see this piece
            for _name, component in self.nlp.pipeline:
                doc = component(doc)
            merged.add(doc, start)
        return merged

    def report(self, p: Prepared, doc) -> CheckedDraft:
        failed = doc.user_data.get(ERROR_KEY)
        if failed:
            raise UserError(failed, p.draft.path, hint="simplify the pattern in the pack, or disable the rule")
        ctx = Context(p.draft, p.fm, p.norm, doc, p.channel, p.capacity, self.entries.get, self.private_slots,
                      counts_in=self.counts_in, cancelled_by=self.cancelled_by, run_gated=self.run_gated)
        findings = check_rules(self.rules, ctx)
        if "postcheck" in p.draft.source.lower():  # cheap test before parsing suppression comments
            findings = apply_suppressions(findings, p.draft.source, ignore=self.settings.ignore_suppressions,
                                          pack_names=[pk.name for pk in self.packs])
        findings.extend(_front_matter_findings(p))
        findings.sort(key=lambda f: (f.start, f.end, -f.severity.rank, f.rule))
        return CheckedDraft(path=p.draft.path, channel=p.channel, capacity=p.capacity, findings=tuple(findings),
                            source=p.draft.source, packs=tuple(pk.name for pk in self.packs), marked=ctx.marked())


def _front_matter_findings(p: Prepared) -> list[Finding]:
    """The schema problems of a draft's front matter as `review` findings at their keys."""
    out: list[Finding] = []
    lines = LineIndex(p.draft.source) if p.fm_problems else None
    for problem in p.fm_problems:
        assert lines is not None
        mark = p.fm.marks.get(problem.key)
        start = lines.offset(*mark) if mark else p.fm.start
        end = min(start + len(problem.key), len(p.draft.source)) if mark else start
        line, col = lines.line_col(start)
        category = "approval" if problem.key == "approval" else "other"
        out.append(Finding(rule=FM_RULE, pack="postcheck", category=category,
                           severity=Severity.REVIEW, message=problem.message, text=p.draft.source[start:end],
                           start=start, end=end, line=line, column=col, suggestion=problem.suggestion,
                           how="schema", detector="front-matter"))
    return out


def _fm_choice(fm: FrontMatter, key: str, choices: tuple[str, ...], path: str) -> str | None:
    value = (fm.data or {}).get(key)
    if value is None:
        return None
    if isinstance(value, str) and key == "channel":
        value = CHANNEL_ALIASES.get(value.strip().lower(), value)
    if not isinstance(value, str) or value.strip().lower() not in choices:
        line, col = fm.marks.get(key, (None, None))
        raise UserError(f"front matter: {key} must be one of {', '.join(choices)}, not '{str(value)[:30]}'",
                        path, line, col, f"fix the '{key}:' line or remove it")
    return value.strip().lower()


_TITLES = ("mevrouw", "meneer", "mevr.", "mw.", "dhr.", "de heer")


def _titled(name: str) -> tuple[str, ...]:
    """An allowed person's surname after a title, as people address them ("vraag naar mevrouw Van der Poel" for
    Susanne van der Poel): the same person, so never a name to report. Only for a name of a first name and a
    surname (a one-word name has no surname to stand alone)."""
    parts = name.split()
    return tuple(f"{t} {' '.join(parts[1:])}" for t in _TITLES) if len(parts) >= 2 else ()
