"""spaCy factories for postcheck's detectors.

Each component only matches and stores labelled hits (see `spans.store`); it
never reads files and never decides severity. Data (lexicon index, allowed
contacts, rule patterns) is added after `nlp.add_pipe` with a method.
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from spacy.language import Language
from spacy.util import minibatch
from spacy.matcher import Matcher
from spacy.tokens import Doc

from ..hits import Hit
from .spans import GATED_KEY, UNGATED_KEY, cue_words, fail, store, text_of


class BatchedComponent:
    """`pipe()` runs the component over a whole batch before handing any doc on.

    spaCy's default streams each doc through every component in turn, so each
    detector starts every doc with cold CPU caches (its index arrays evicted by
    the tokeniser and the other detectors). Processing a batch at a time keeps
    each stage's data warm; measured on 348 blog posts with a 250k-entry lexicon.
    """

    def __call__(self, doc: Doc) -> Doc:
        raise NotImplementedError

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            yield from [self(doc) for doc in batch]


class LexiconComponent(BatchedComponent):
    def __init__(self) -> None:
        self.index = None

    def set_index(self, index) -> None:
        self.index = index

    def __call__(self, doc: Doc) -> Doc:
        store(doc, "lexicon", self.index.find(text_of(doc)) if self.index is not None else [])
        return doc


class PersonalDataComponent(BatchedComponent):
    def __init__(self) -> None:
        from postcheck.nlp.personal_data import Allow
        self.allow = Allow()

    def set_allow(self, allow, addresses=(), domains=()) -> None:
        from ..contacts import own_address_keys
        if allow is not None:
            self.allow = allow
        self.own_addresses = own_address_keys(addresses)
        self.own_domains = frozenset(d.lower() for d in domains)

    def __call__(self, doc: Doc) -> Doc:
        from postcheck.nlp.contacts import classify
        from postcheck.nlp.personal_data import find_personal_data
        text = text_of(doc)
        store(doc, "personal_data", classify(text, find_personal_data(text, self.allow),
                                             getattr(self, "own_addresses", frozenset()),
                                             getattr(self, "own_domains", frozenset())))
        return doc


class NamesComponent(BatchedComponent):
    def __init__(self) -> None:
        self.detector: Any = None   # NameDetector, loaded on first use (or by warm())
        self.exclude: tuple[str, ...] = ()

    def set_exclude(self, words) -> None:
        self.exclude = tuple(words)
        self.detector = None

    def warm(self) -> None:
        """Load the name lists now (before forking --jobs workers, so they share them)."""
        if self.detector is None:
            from postcheck.nlp.names import NameDetector
            self.detector = NameDetector.load(exclude=self.exclude)

    def set_gate(self, slots) -> None:
        """Only look for names in docs where the lexicon found one of `slots` (None: always)."""
        self.gate = slots

    def __call__(self, doc: Doc) -> Doc:
        gate = None if doc.user_data.get(UNGATED_KEY) else getattr(self, "gate", None)
        if gate is not None and not any(h.label in gate for h in (doc._.hits or {}).get("lexicon", ())):
            store(doc, "names", [])
            doc.user_data.setdefault(GATED_KEY, set()).add("names")
            return doc
        return self.run(doc)

    def run_if_gated(self, doc: Doc) -> bool:
        """Look for names in a doc the gate skipped (a rule condition reads them after all); False where it ran."""
        gated = doc.user_data.get(GATED_KEY)
        if not gated or "names" not in gated:
            return False
        gated.discard("names")
        self.run(doc)
        return True

    def run(self, doc: Doc) -> Doc:
        if self.detector is None:
            from postcheck.nlp.names import NameDetector
            self.detector = NameDetector.load(exclude=self.exclude)
        from ..identify.public import keep_private, mark_work
        text = text_of(doc)
        store(doc, "names", mark_work(text, keep_private(text, self.detector.find(text))))
        return doc


class SecretsComponent(BatchedComponent):
    """Credentials: passwords, pincodes, door and key-safe codes, API keys (`nlp/secrets`)."""

    def __call__(self, doc: Doc) -> Doc:
        from ..secrets import find_credentials
        store(doc, "secrets", find_credentials(text_of(doc), cue_words(doc)))
        return doc


class IdentifyComponent(BatchedComponent):
    """People identified without a capitalised full name (`nlp/identify`)."""

    def __init__(self) -> None:
        self.finder: Any = None   # identify.PersonFinder, built on first use
        self.allow_names: tuple[str, ...] = ()

    def set_allow(self, names) -> None:
        self.allow_names = tuple(names or ())
        self.finder = None

    def __call__(self, doc: Doc) -> Doc:
        if self.finder is None:
            from ..identify import PersonFinder
            self.finder = PersonFinder(self.allow_names)
        store(doc, "identify", self.finder.find(text_of(doc), cue_words(doc)))
        return doc


class PatternsComponent(BatchedComponent):
    def __init__(self, vocab) -> None:
        self.matcher = Matcher(vocab)

    def add_patterns(self, patterns) -> None:
        for label, pats in patterns:
            self.matcher.add(label, pats)

    def __call__(self, doc: Doc) -> Doc:
        hits = []
        vocab = doc.vocab
        try:
            matches = self.matcher(doc)
        except TimeoutError:  # a REGEX in a pattern (kinds.pattern.regex_extension) ran out of time
            fail(doc, "a REGEX in a pattern rule took too long on this draft")
            matches = []
        for match_id, start, end in matches:
            span = doc[start:end]
            hits.append(Hit(span.start_char, span.end_char, vocab.strings[match_id], how="pattern"))
        store(doc, "patterns", hits)
        return doc


class RegexesComponent(BatchedComponent):
    TIMEOUT_S = 0.5

    def __init__(self) -> None:
        self.regexes: list = []

    def add_regexes(self, regexes) -> None:
        self.regexes.extend(regexes)

    def __call__(self, doc: Doc) -> Doc:
        hits = []
        text = text_of(doc)
        for label, compiled, group in self.regexes:
            try:
                for m in compiled.finditer(text, timeout=self.TIMEOUT_S):
                    s, e = m.span(group)
                    if s >= 0 and e > s:
                        hits.append(Hit(s, e, label, how="regex"))
            except TimeoutError:
                fail(doc, f"rule '{label[5:]}': its regular expression took longer than "
                          f"{self.TIMEOUT_S}s on this draft")
        store(doc, "regexes", hits)
        return doc


class CuesComponent(BatchedComponent):
    """Cue phrases of the packs' cue sets, with their sentence and scope flags (see nlp/cues)."""

    def __init__(self) -> None:
        self.detector = None

    def set_detector(self, detector) -> None:
        self.detector = detector

    def __call__(self, doc: Doc) -> Doc:
        store(doc, "cues", self.detector.find(doc, text_of(doc)) if self.detector is not None else [])
        return doc


@Language.factory("postcheck_lexicon", assigns=["doc._.hits"])
def make_lexicon(nlp, name):
    return LexiconComponent()


@Language.factory("postcheck_personal_data", assigns=["doc._.hits"])
def make_personal_data(nlp, name):
    return PersonalDataComponent()


@Language.factory("postcheck_names", assigns=["doc._.hits"])
def make_names(nlp, name):
    return NamesComponent()


@Language.factory("postcheck_secrets", assigns=["doc._.hits"])
def make_secrets(nlp, name):
    return SecretsComponent()


@Language.factory("postcheck_identify", assigns=["doc._.hits"])
def make_identify(nlp, name):
    return IdentifyComponent()


@Language.factory("postcheck_patterns", assigns=["doc._.hits"])
def make_patterns(nlp, name):
    return PatternsComponent(nlp.vocab)


@Language.factory("postcheck_regexes", assigns=["doc._.hits"])
def make_regexes(nlp, name):
    return RegexesComponent()


@Language.factory("postcheck_cues", assigns=["doc._.hits"])
def make_cues(nlp, name):
    return CuesComponent()
