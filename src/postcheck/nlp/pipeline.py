"""The one place where the spaCy pipeline is assembled, in order.

`build_nlp(spec)` returns `spacy.blank("nl")` plus only the components the
active rules need (a pack set without name rules does not pay for name
detection). Lexicon entries, allowed contacts and rule patterns are handed
to the components after `add_pipe` with a method, never through the config,
so printing or saving the config can never leak a client name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import spacy
from spacy.tokens import Doc

from .components import wrappers  # noqa: F401  (registers the factories)

if not Doc.has_extension("hits"):
    Doc.set_extension("hits", default=None)


@dataclass(frozen=True)
class PipelineSpec:
    detectors: frozenset[str]   # lexicon, personal_data, names, secrets, identify, patterns, regexes, cues
    lexicon: object = None                     # nlp.lexicon.LexiconIndex
    allow: object = None                       # personal_data.Allow
    exclude_names: tuple[str, ...] = ()        # organisation words the name detector must not flag
    patterns: tuple[tuple[str, list], ...] = ()  # (label, token patterns)
    regexes: tuple[tuple[str, object, int], ...] = ()  # (label, compiled regex, group)
    names_gate: frozenset[str] | None = None   # run names only on docs with lexicon hits in these slots
    cues: object = None                        # nlp.cues.CueDetector
    allow_names: tuple[str, ...] = ()          # the organisation's own people (config allow.names): never reported
    allow_addresses: tuple[str, ...] = ()      # the organisation's own addresses (config allow.addresses)
    allow_domains: tuple[str, ...] = ()        # "@domain" allows: role addresses of the domain are never reported


ORDER = ("lexicon", "personal_data", "names", "secrets", "identify", "patterns", "regexes", "cues")


MAX_CHUNK = 64  # longest run of non-space characters the tokeniser is given
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_CHUNK + 1))
_LONG_RUN_START = re.compile(r"(?<!\S)\S{%d}" % (MAX_CHUNK + 1))


def break_long_runs(text: str) -> str:
    """`text` with every MAX_CHUNK-th character of a long non-space run replaced by a space (same length).

    spaCy's tokeniser strips prefixes and suffixes from a whitespace-separated
    chunk one at a time, each step searching the rest of the chunk: quadratic
    in the chunk's length (10k `_` took 16 s, 20k 52 s). Chunks of at most
    MAX_CHUNK characters keep it linear. No word, name, number or address is
    that long; URLs and markup are masked before this.
    """
    # the check tries only at run starts (the lookbehind fails at once inside a run): faster than
    # `max(map(len, text.split()))`, which builds every word (measured on posts.jsonl: 29 vs 45 ms a pass)
    if len(text) <= MAX_CHUNK or _LONG_RUN_START.search(text) is None:
        return text
    chars = None
    for m in _LONG_RUN.finditer(text):
        if chars is None:
            chars = list(text)
        for pos in range(m.start() + MAX_CHUNK, m.end(), MAX_CHUNK + 1):
            chars[pos] = " "
    return "".join(chars) if chars is not None else text


class TextKeepingTokenizer:
    """Wraps the tokenizer to keep the input string on the Doc, and to make its cache work.

    `Doc.text` rebuilds the string from every token on each access; the
    detectors scan the whole text, so they read this copy instead (see
    `components.spans.text_of`). Measured: ~40% of a pass went to `Doc.text`.
    The tokeniser itself sees `break_long_runs(text)`: same length, so every
    offset is the same in both.

    The cache: spaCy remembers the tokens of each whitespace-separated chunk,
    but stops storing chunks for the rest of a text once one chunk in it was a
    special case (spaCy issue #1250: a flag per text, not per chunk). Nearly
    every Dutch draft has one ("m'n", "bijv.", "'s"), so most chunks were split
    by the prefix, suffix and infix regexes again on every occurrence (~80% of
    the tokeniser's time on posts.jsonl). Each chunk not seen before is
    therefore first tokenised on its own, where only a chunk that is itself
    special is left out of the cache. The tokens are the same: a chunk's
    tokens never depend on the text around it.
    """

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer
        self._seen: set[str] = set()   # chunks tokenised on their own (bounded by the cache's size)

    def __call__(self, text: str) -> Doc:
        tokenizer = self.tokenizer
        if len(self._seen) >= tokenizer.max_cache_size:   # spaCy's cache is full: it stores nothing more
            doc = tokenizer(break_long_runs(text))
        else:
            chunks = text.split()
            broken = text
            # the chunks answer break_long_runs' question too (no chunk longer than MAX_CHUNK: nothing to break)
            if len(text) > MAX_CHUNK and max(map(len, chunks), default=0) > MAX_CHUNK:
                broken = break_long_runs(text)
                chunks = broken.split()
            self._prime(chunks)
            doc = tokenizer(broken)
        doc.user_data["postcheck_text"] = text
        return doc

    def _prime(self, chunks: list[str]) -> None:
        """Tokenise the chunks not seen before one by one, so spaCy caches them."""
        if self._seen.issuperset(chunks):   # the common case in a run: no set of the chunks to build
            return
        new = set(chunks)
        new -= self._seen
        if new:
            tokenizer = self.tokenizer
            for chunk in sorted(new):   # sorted: the vocabulary grows in the same order in every run
                tokenizer(chunk)
            self._seen |= new

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)


# chunks (whitespace-separated strings) whose tokens the tokeniser remembers. spaCy's default of 10k
# fills within ~50k words of Dutch; after that every chunk first seen later is split by the prefix,
# suffix and infix regexes on each occurrence. 100k covers the 42k distinct chunks of
# posts.jsonl; an entry is a few dozen bytes next to the lexeme the vocabulary keeps for it anyway.
TOKEN_CACHE = 100_000


def build_nlp(spec: PipelineSpec):
    nlp = spacy.blank("nl")
    tokenizer: Any = nlp.tokenizer   # spacy.tokenizer.Tokenizer (typed as a callable)
    tokenizer.max_cache_size = max(tokenizer.max_cache_size, TOKEN_CACHE)
    nlp.tokenizer = TextKeepingTokenizer(tokenizer)
    for name in ORDER:
        if name not in spec.detectors:
            continue
        component: Any = nlp.add_pipe(f"postcheck_{name}", name=name)  # our own component classes
        if name == "lexicon":
            component.set_index(spec.lexicon)
        elif name == "personal_data":
            component.set_allow(spec.allow, spec.allow_addresses, spec.allow_domains)
        elif name == "names":
            component.set_exclude(spec.exclude_names)
            component.set_gate(spec.names_gate)
        elif name == "identify":
            component.set_allow(spec.allow_names)
        elif name == "patterns":
            component.add_patterns(spec.patterns)
        elif name == "regexes":
            component.add_regexes(spec.regexes)
        elif name == "cues":
            component.set_detector(spec.cues)
    return nlp
