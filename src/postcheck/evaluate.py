"""Rules x Doc -> findings with original offsets.

`Context` is what a rule kind sees of one draft: the Doc and its detector
hits, the front matter, the channel and capacity. `Context.finding` is the
single place where offsets in the normalised text are converted back to the
original file, so every Finding satisfies `source[start:end] == text`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping, Sequence

from .drafts.frontmatter import FrontMatter
from .drafts.read import Draft
from .kinds import KINDS
from .kinds.detect import DETECTORS
from .model import Finding, Severity
from .nlp.hits import Hit
from .packs.model import Condition, Rule
from .text.fold import fold
from .text.normalise import NormText
from .text.offsets import LineIndex


_STATEMENT_END = re.compile(r"[:;.!?\n]")


def _squeezed(value: Any) -> str:
    return "".join(ch for ch in fold(str(value)) if ch.isalnum())


def _names_one_of(have: Any, wanted: tuple) -> bool:
    """A front-matter value names one of `wanted` (case, diacritics, spaces and signs ignored: the list
    entry "gemeente heemstede" matches "Gemeente Heemstede" and "@gemeenteHeemstede")."""
    if have in (None, "", [], {}) or isinstance(have, (dict, list)):
        return False
    squeezed = _squeezed(have)
    return any(_squeezed(w) and _squeezed(w) in squeezed for w in wanted)


def _front_matter_value(data: dict, key: str) -> Any:
    """The front-matter value at `key`; a dotted key reads into mappings ("approval.ref": the ref of the approval)."""
    if key in data or "." not in key:
        return data.get(key)
    value: Any = data
    for part in key.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


class _SafeDict(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass
class Context:
    draft: Draft
    fm: FrontMatter
    norm: NormText
    doc: Any                      # spacy.tokens.Doc
    channel: str
    capacity: str
    slot_entries_fn: Callable[[str], tuple[str, ...] | None] | None = None
    private_slots: frozenset[str] = frozenset()   # lexicon slots whose hits --redact hides
    counts_in: Mapping[str, frozenset[str]] = field(default_factory=dict)   # cue set -> scopes that still count
    cancelled_by: Mapping[str, tuple[str, ...]] = field(default_factory=dict)   # cue set -> sets that cancel it
    # gated detector -> a function that runs it on a doc its gate skipped (True if it did): a condition reading its
    # labels ("names.person") asks for it only on the drafts where the rule got that far
    run_gated: Mapping[str, Callable[[Any], bool]] = field(default_factory=dict)
    _lines: LineIndex | None = field(init=False, default=None)
    prior: tuple[Finding, ...] = ()   # the other rules' findings, for kinds that run after them
    lifted: tuple[Rule, ...] = ()      # rules whose `unless` held (a consent, an approval), for those kinds too

    def __post_init__(self) -> None:
        self._squashed: str | None = None
        self._sentences: Any = None
        # read once: each `doc._.hits` access goes through spaCy's extension machinery (~18 us)
        self._hits: dict[str, list[Hit]] = self.doc._.hits or {}
        self._mentions: dict[str, list[Hit]] = {}   # a draft's hits are fixed: each name is looked up once
        self._judged: dict[str, Any] = {}
        self._cue_labels: frozenset[str] | None = None

    @property
    def lines(self) -> LineIndex:
        """Line starts of the source: made when a finding needs its line and column (most drafts have none)."""
        if self._lines is None:
            self._lines = LineIndex(self.draft.source)
        return self._lines

    def cue_labels(self) -> frozenset[str]:
        """The cue sets with a hit in this draft, in any scope; computed once."""
        if self._cue_labels is None:
            self._cue_labels = frozenset(h.label for h in self.hits("cues"))
        return self._cue_labels

    @property
    def front_matter(self) -> dict:
        return self.fm.data or {}

    @property
    def squashed(self) -> str:
        """The prose folded (case, diacritics) with whitespace runs as single spaces; computed once."""
        if self._squashed is None:
            self._squashed = " ".join(fold(self.norm.text).split())
        return self._squashed

    def lifted_block(self) -> bool:
        """A block rule that the pack lifted for this draft (its `unless` held: a consent stated, an approval
        recorded) would have found something: the pack decided explicitly on what it would have blocked."""
        return any(rule.severity is Severity.BLOCK and next(iter(KINDS[rule.kind].check(rule, self)), None)
                   for rule in self.lifted)

    def sentences(self) -> Any:
        """The text's sentences (`nlp.identify.details.Sentences`: spans, quotes, "never write this"
        sentences), built once per draft for the kinds that need them."""
        if self._sentences is None:
            from .nlp.identify.details import Sentences
            self._sentences = Sentences(self.norm.text)
        return self._sentences

    def judgement(self, org: str) -> Any:
        """The trained judge's view of this draft for `org` (`nlp.judge.model.Judgement`), computed once."""
        if org not in self._judged:
            from .nlp.judge.model import judge_draft
            def spans() -> list[tuple[int, int]]:   # asked only for a finding's place
                sentences = self.sentences()
                return [sentences.span(i) for i in range(len(sentences.ends) + 1)]
            self._judged[org] = judge_draft(self.norm.text, org, self.channel, self.capacity, self.front_matter, spans)
        return self._judged[org]

    def stacked(self, org: str, acting: Sequence[Finding]) -> tuple[int, tuple[float, float, float]]:
        """The stacked judge's verdict rank and probabilities for this draft given the other rules' `acting`
        findings (`nlp.judge.stack.stacked`); the judge's view is asked only where the stack reads it."""
        from .nlp.judge.stack import stacked
        return stacked(org, [(f.rule, f.category, f.severity.rank, f.detector or "") for f in acting], self.norm.text,
                       lambda: self.judgement(org).verdicts)

    def may_state(self, category: str) -> bool:
        """Whether the prose could hold a fact of this category at all (`nlp.judge.facts`: a word that may be a
        name, a digit or an '@'); always for a category that is no such fact."""
        from .nlp.judge.facts import may_state
        return may_state(category, self.norm.text)

    def hits(self, detector: str) -> list[Hit]:
        return self._hits.get(detector, [])

    def slot_entries(self, slot: str) -> tuple[str, ...]:
        return (self.slot_entries_fn(slot) or ()) if self.slot_entries_fn else ()

    def mentions(self, name: str) -> list[Hit]:
        """Hits for a condition name: a lexicon slot, a cue set, or 'detector.label'.

        A cue set counts only where its cue is said by the writer: negated, quoted
        and reported cues do not ("ik schrijf dit niet op persoonlijke titel"), unless the set's
        `counts_in` lists the scope (a consent reported: "je zei dat ik je naam mocht noemen"); a set that
        its `cancelled_by` sets cancel (a consent the writer doubts in the same draft) does not count at all.
        """
        known = self._mentions.get(name)
        if known is not None:
            return known
        found = self._said(name)
        # "mag ik haar naam noemen? of ze het goed vindt weet ik niet": no consent stated. A cancelling set is read
        # as written (its own cancelled_by, which a pack validates away but packs stacked on each other could
        # add, does not apply), so no chain of cancellations can loop.
        if found and any(self._said(c) for c in self.cancelled_by.get(name, ())):
            found = []
        self._mentions[name] = found
        return found

    def _said(self, name: str) -> list[Hit]:
        """`mentions` before any `cancelled_by` applies."""
        detector, _, label = name.partition(".")
        if label and detector in DETECTORS:
            self._ungate(detector)
            return [h for h in self.hits(detector) if h.label == label and h.strength == "strong"]
        found = [h for h in self.hits("lexicon") if h.label == name and h.strength == "strong"]
        cue_hits: list[Any] = self.hits("cues")   # nlp.cues.CueHit: a Hit with its scopes
        counted = {"question", "denied"} | self.counts_in.get(name, frozenset())
        return found or [h for h in cue_hits if h.label == name and not h.scopes() - counted]

    def _ungate(self, detector: str) -> None:
        """Run a detector that the pipeline's gate skipped on this doc (the function does nothing where it ran)."""
        run = self.run_gated.get(detector)
        if run is not None and run(self.doc):
            self._hits = self.doc._.hits or {}

    def _outside_statement(self, found: list[Hit]) -> list[Hit]:
        """The organisation named in the writer's own personal statement ("mijn mening, niet die van Sterk Huis",
        "niet namens Domus") is not a mention of it: the statement names it only to stand apart from it."""
        statements = [h for h in self.hits("cues") if h.label == "persoonlijke_titel"
                      and not h.scopes() - {"question", "denied"}]  # type: ignore[attr-defined]
        if not statements:
            return found
        text = self.norm.text
        # the name inside the statement or right after it ("niet namens [Domus]", "niet per definitie hetzelfde als
        # die van [Sterk Huis]"); "Op persoonlijke titel: wat hier over Domus ..." speaks of it after the colon
        return [h for h in found if not any(s.start <= h.start and h.start - s.end <= 30
                                            and not _STATEMENT_END.search(text, s.end, h.start) for s in statements)]

    def first_mention(self, names: Iterable[str]) -> Hit | None:
        found = [h for n in names for h in self.mentions(n)]
        return min(found, key=lambda h: h.start) if found else None

    def holds(self, cond: Condition) -> bool:
        if cond.any_of:
            return any(self.holds(alt) for alt in cond.any_of)
        if cond.channel and self.channel not in cond.channel:
            return False
        if cond.capacity and self.capacity not in cond.capacity:
            return False
        for key, want in cond.front_matter:
            have = _front_matter_value(self.front_matter, key)
            if want is True and have in (None, "", [], {}):
                return False
            if want is False and have not in (None, "", [], {}):
                return False
            if key == "images" and isinstance(want, str):
                if not _images_show(have, want):   # {images: people}: an image that shows people
                    return False
            elif isinstance(want, tuple):
                if not _names_one_of(have, want):
                    return False
            elif not isinstance(want, bool) and str(have) != str(want):
                return False
        if cond.mentions and self.first_mention(cond.mentions) is None:
            return False
        if cond.mentions and cond.outside_statement and \
                not any(self._outside_statement(self.mentions(n)) for n in cond.mentions):
            return False
        if any(self.mentions(name) for name in cond.no_cues):
            return False
        return all(self.mentions(name) for name in cond.cues)

    def marked(self) -> tuple[tuple[int, int], ...]:
        """Original offsets of every personal hit, reported or not: names, personal data, private lexicon slots.

        Not the pack's own words (patterns, regexes, public slots; see `lexicons.is_private_slot`).
        """
        hits = [*self.hits("personal_data"), *self.hits("names"),
                *(h for h in self.hits("lexicon") if h.label in self.private_slots)]
        return tuple(sorted({self.norm.map.span_to_source(h.start, h.end) for h in hits}))

    # -- building findings: the one place that converts offsets back -------------
    def finding(self, rule: Rule, start: int, end: int, *, how: str = "", detector: str = "",
                fmt: dict | None = None) -> Finding:
        s, e = self.norm.map.span_to_source(start, end)
        return self._make(rule, s, e, how, detector, fmt)

    def finding_at_start(self, rule: Rule, *, how: str = "") -> Finding:
        text = self.norm.text
        first = len(text) - len(text.lstrip())
        if text.strip():
            s, _ = self.norm.map.span_to_source(first, min(first + 1, len(text)))
        else:
            s = self.fm.end
        return self._make(rule, s, s, how, "document", None)

    def finding_at_key(self, rule: Rule, key: str) -> Finding:
        line, col = self.fm.marks[key]
        start = self.lines.offset(line, col)
        return self._make(rule, start, start + len(key), rule.options.check if hasattr(rule.options, "check") else "",
                          "front-matter", None)

    def _make(self, rule: Rule, s: int, e: int, how: str, detector: str, fmt: dict | None) -> Finding:
        source = self.draft.source
        text = source[s:e]
        line, col = self.lines.line_col(s)
        message, suggestion = rule.message, rule.suggestion
        if "{" in message or "{" in suggestion:
            values = _SafeDict(text=" ".join(text.split()), channel=self.channel, capacity=self.capacity, **(fmt or {}))
            message, suggestion = message.format_map(values), suggestion.format_map(values)
        return Finding(
            rule=rule.id, pack=rule.pack, category=rule.category, severity=rule.severity,
            message=message, text=text, start=s, end=e, line=line, column=col,
            suggestion=suggestion, source=rule.source, escalation=rule.escalation,
            contact=rule.contact, how=how, detector=detector,
            redact=rule.category in ("client-name", "person-name", "personal-data", "property"),
            also=rule.also_categories,
        )


# id(rule) -> (rule, its kind's module, runs after the others, `when` is empty, `unless` is empty, the kind's
# `may_fire` or None); the rule is kept with its entry, so an id is not reused while the entry lasts (a rule is
# frozen: the facts cannot change)
_RULE_INFO: dict[int, tuple[Rule, Any, bool, bool, bool, Any]] = {}


def _rule_info(rule: Rule) -> tuple[Rule, Any, bool, bool, bool, Any]:
    """What `check_rules` asks of a rule at every draft, worked out once (an empty condition always holds)."""
    known = _RULE_INFO.get(id(rule))
    if known is None or known[0] is not rule:
        if len(_RULE_INFO) >= 10_000:
            _RULE_INFO.clear()
        kind = KINDS[rule.kind]
        known = _RULE_INFO[id(rule)] = (rule, kind, getattr(kind, "AFTER_OTHERS", False), rule.when.is_empty(),
                                        rule.unless.is_empty(), getattr(kind, "may_fire", None))
    return known


def check_rules(rules: Iterable[Rule], ctx: Context) -> list[Finding]:
    """Every rule's findings; kinds that judge the draft as a whole (`AFTER_OTHERS`, the trained judge) run
    last, see the other findings as `ctx.prior` and may `revise` them (the judge turns review findings it is
    confident about into info; every finding stays in the report)."""
    findings: list[Finding] = []
    later: list[Rule] = []
    lifted: list[Rule] = []
    for rule in rules:
        _rule, kind, after_others, any_time, never_lifted, may_fire = _rule_info(rule)
        # a kind's cheap test first: a rule that cannot find anything here needs no conditions read (a lifted rule
        # that finds nothing changes nothing either)
        if may_fire is not None and not may_fire(rule, ctx):
            continue
        if not any_time and not ctx.holds(rule.when):
            continue
        if not never_lifted and ctx.holds(rule.unless):
            lifted.append(rule)
            continue
        if after_others:
            later.append(rule)
            continue
        findings.extend(kind.check(rule, ctx))
    if later:
        ctx.prior, ctx.lifted = tuple(findings), tuple(lifted)
        for rule in later:
            kind = KINDS[rule.kind]
            findings.extend(kind.check(rule, ctx))
            revise = getattr(kind, "revise", None)   # may turn the other findings' severity down, never drop one
            if revise is not None:
                findings = revise(rule, ctx, findings)
    return dedupe(findings)


_SPANLIKE = frozenset({"client-name", "person-name", "personal-data", "property"})
# detectors whose finding points at a whole sentence, not at the span it names: never hides another finding
_POINTERS = frozenset({"judge"})
# a listed client named inside a wider person finding ("mevrouw Brinkman van de Boslaan", a name with a street) is
# still the client: the generic finding does not hide the specific one (thirtieth round)
_NOT_HIDDEN_BY = frozenset({("client-name", "person-name")})


def dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per rule and span; a span finding inside a more severe one of another category is dropped.

    E.g. a generic person-name inside a client-name, or a postcode inside an address. A finding that points at a
    whole sentence (the judge's) hides nothing and is hidden by nothing.
    A sweep over findings sorted by start keeps this O(n * overlap) instead of O(n^2).
    """
    seen: set[tuple[str, int, int]] = set()
    unique = []
    for f in sorted(findings, key=lambda f: (f.start, -f.end, -f.severity.rank, f.rule)):
        key = (f.rule, f.start, f.end)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    out = []
    active: list[Finding] = []   # span findings that may still cover later ones
    for f in unique:
        if f.category not in _SPANLIKE or f.detector in _POINTERS:
            out.append(f)
            continue
        active = [g for g in active if g.end >= f.end]
        covered = any(g.start <= f.start and g.severity.rank >= f.severity.rank and g.category != f.category
                      and g.end > g.start and (f.category, g.category) not in _NOT_HIDDEN_BY for g in active)
        if not covered:
            out.append(f)
        active.append(f)
    return out


def _images_show(images: Any, subject: str) -> bool:
    """An entry of the front matter's `images:` lists `subject` under `shows` ("clients consented": and records
    `consent: true`, the people shown agreed to the image)."""
    if not isinstance(images, list):
        return False
    subject, _, consented = subject.partition(" ")
    for image in images:
        shows = image.get("shows") if isinstance(image, dict) else None
        if (subject == shows or (isinstance(shows, list) and subject in shows)) \
                and (consented != "consented" or image.get("consent") is True):
            return True
    return False
