"""Cue lines -> the token sequences they stand for (the build half of the cue index).

Every cue line is expanded into the token sequences it stands for (inflected
forms from the Dutch lemma table and plural/diminutive rules, folded forms
without diacritics, `a|b` alternatives, `[set]` references, joined forms for
hashtags), tokenised exactly as spaCy tokenises a draft.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping, Sequence

import regex

from ...errors import UserError
from ...text.fold import fold
from .spelling import standard, table
from .syntax import CueLine, CueSyntaxError, parse_entry

MAX_FORMS_PER_LINE = 20000
CACHE_VERSION = "cues-4"
# an ending position ("**groep") stands in a part as one pseudo-token, which no spaCy token is (a NUL first);
# the index gives a document's words that end so this token as a second form (`index.CueIndex._endings`)
ENDING_MARK = "\x00"


Seqs = tuple[tuple[str, ...], ...]          # the token sequences one position of a cue stands for
Part = tuple[tuple[bool, Seqs], ...]        # positions of one part: (optional, sequences)


@dataclass(frozen=True)
class Compiled:
    """The picklable result of expanding all cue lines (strings only; hashes are made on load)."""

    sets: tuple[str, ...]                               # set names; a line's set is an index here
    lines: tuple[tuple[int, tuple[Part, ...]], ...]     # line id -> (set index, its parts between gaps)
    wildcards: tuple[tuple[str, int], ...]              # (regex source, line id)
    inverted: tuple[int, ...] = ()                      # line ids in the swapped order of `a <> b`
    endings: tuple[str, ...] = ()                       # the ending positions of phrases ("**groep")


@lru_cache(maxsize=1)
def _tokenizer():
    import spacy

    return spacy.blank("nl").tokenizer


@lru_cache(maxsize=65536)
def _tokens(form: str) -> tuple[str, ...]:
    """The lower-case tokens of a cue word's form, each in its standard spelling ("m'n" -> "mijn": `spelling.py`)."""
    return tuple(standard(t.lower_) for t in _tokenizer()(form))


def cache_version() -> tuple:
    """What the compiled cues depend on besides the cue lines and the lemma tables."""
    return (CACHE_VERSION, _split_particles(), tuple(sorted(table().items())))


@lru_cache(maxsize=1)
def _split_particles() -> tuple[str, ...]:
    from ..wordlists import words

    return tuple(sorted(words("split_particles"), key=len, reverse=True))


def _split(token: str) -> tuple[str, str] | None:
    """A separable compound written apart: "bekendgemaakt" -> ("bekend", "gemaakt") (`data/split_particles.txt`)."""
    for particle in _split_particles():
        rest = token[len(particle):]
        if token.startswith(particle) and len(rest) >= 4 and rest.isalpha():
            return particle, rest
    return None


def _word_forms(word: str, exact: bool) -> set[tuple[str, ...]]:
    from ..inflect import forms

    surface = {word} if exact else forms(word) | {word}
    out = set()
    for form in surface:
        for variant in {form, fold(form)}:
            toks = _tokens(variant)
            if toks:
                out.add(toks)
                apart = _split(toks[0]) if len(toks) == 1 else None
                if apart:
                    out.add(apart)
    return out


class _Expander:
    def __init__(self, parsed: Mapping[str, list[tuple[int, CueLine]]]) -> None:
        self.parsed = parsed
        self.memo: dict[str, set[tuple[str, ...]]] = {}
        self.stack: list[str] = []

    def set_phrases(self, name: str) -> set[tuple[str, ...]]:
        """Token sequences of every one-part line of a set (what `[name]` stands for; `a <> b` in both orders)."""
        if name in self.memo:
            return self.memo[name]
        if name in self.stack:
            raise UserError(f"cue set '{name}' refers to itself through [{name}]",
                            hint="remove the circular [set] reference")
        self.stack.append(name)
        out: set[tuple[str, ...]] = set()
        for n, line in self.parsed.get(name, ()):
            if line.endings():
                self.stack.pop()
                raise UserError(f"cue set '{name}', cue {n}: a cue with an ending ('{min(line.endings())}') "
                                f"cannot be used as [{name}]",
                                hint="write the words out in the set used as [set], or use the ending in the "
                                     "line that refers to it")
            if len(line.segments) == 1 and not line.wildcard:
                for segments in (line.segments, line.swapped()):
                    if segments is not None:
                        out |= self.product(self.part(segments[0], name), name)
        self.stack.pop()
        self.memo[name] = out
        return out

    def part(self, slots, where: str) -> Part:
        out = []
        for slot in slots:
            seqs: set[tuple[str, ...]] = set()
            for alt in slot.alts:
                if alt.ref:
                    if alt.ref not in self.parsed:
                        raise UserError(f"cue set '{where}': unknown cue set [{alt.ref}]",
                                        hint="define it under 'lexicons:' with 'kind: cues'")
                    seqs |= self.set_phrases(alt.ref)
                elif alt.ending:
                    seqs.add((ENDING_MARK + alt.ending,))
                else:
                    seqs |= _word_forms(alt.text, alt.exact)
            out.append((slot.optional, tuple(sorted(seqs, key=lambda q: (-len(q), q)))))
        return tuple(out)

    @staticmethod
    def product(part: Part, where: str) -> set[tuple[str, ...]]:
        """Every token sequence of a part (only for [set] references, which are short)."""
        total = 1
        for optional, seqs in part:
            total *= len(seqs) + optional
        if total > MAX_FORMS_PER_LINE:
            raise UserError(f"cue set '{where}': a cue used as [{where}] stands for more than "
                            f"{MAX_FORMS_PER_LINE} phrases",
                            hint="keep sets used as [set] to short phrases")
        options = [list(seqs) + ([()] if optional else []) for optional, seqs in part]
        return {tuple(itertools.chain.from_iterable(c)) for c in itertools.product(*options)} - {()}


def parse_sets(sets: Mapping[str, Sequence[str]]) -> dict[str, list[tuple[int, CueLine]]]:
    parsed: dict[str, list[tuple[int, CueLine]]] = {}
    for name, entries in sets.items():
        rows = []
        for n, entry in enumerate(entries, 1):
            try:
                rows += [(n, line) for line in parse_entry(entry)]
            except CueSyntaxError as exc:
                raise UserError(f"cue set '{name}', cue {n}: {exc}", hint="see docs/packs.md, 'Cues'") from None
        parsed[name] = rows
    return parsed


def compile_sets(sets: Mapping[str, Sequence[str]]) -> Compiled:
    parsed = parse_sets(sets)
    expander = _Expander(parsed)
    names = tuple(sorted(parsed))
    lines: list[tuple[int, tuple[Part, ...]]] = []
    wildcards: list[tuple[str, int]] = []
    inverted: list[int] = []
    endings: set[str] = set()
    for si, name in enumerate(names):
        for _n, line in parsed[name]:
            endings |= line.endings()
            if line.wildcard:
                wildcards.append((_wildcard_regex(line.wildcard), len(lines)))
                lines.append((si, ((),)))
                continue
            lines.append((si, tuple(expander.part(seg, name) for seg in line.segments)))
            swapped = line.swapped()
            if swapped is not None:
                inverted.append(len(lines))
                lines.append((si, tuple(expander.part(seg, name) for seg in swapped)))
            joined = _joined(line)
            if joined:
                lines.append((si, (((False, joined),),)))
    return Compiled(names, tuple(lines), tuple(wildcards), tuple(inverted), tuple(sorted(endings)))


def _joined(line: CueLine) -> Seqs:
    """'niet openbaar' also as '#nietopenbaar' and 'niet-openbaar' (one token each), as written."""
    if len(line.segments) != 1 or not 2 <= len(line.segments[0]) <= 4:
        return ()
    words = []
    for slot in line.segments[0]:
        texts = [a.text for a in slot.alts if a.text and a.text.isalpha()]
        if len(texts) != len(slot.alts):
            return ()
        words.append(texts + ([""] if slot.optional else []))
    out = set()
    for combo in itertools.islice(itertools.product(*words), 256):
        present = [w for w in combo if w]
        if len(present) >= 2:
            out.update({("".join(present),), (fold("".join(present)),), ("-".join(present),)})
    return tuple(sorted(out))


def ending_forms(ending: str) -> list[str]:
    """The forms of an ending position's word ("**groep": groep, groepen, groepje, ...), lower case."""
    from ..inflect import forms

    stem = ending.lstrip("*")
    return sorted({f.lower() for f in forms(stem) | {stem} if f.isalpha() or "-" in f}, key=len, reverse=True)


def _wildcard_regex(wild: str) -> str:
    if wild.startswith("*"):
        # "**beleid": a compound only ("parkeerbeleid", "WMO-beleid"), not the word on its own
        compound = wild.startswith("**")
        alts = [regex.escape(f) for f in ending_forms(wild)]
        return (r"(?<=[\w-])" if compound else "") + r"(?:" + "|".join(alts) + r")(?![\w-])"
    return r"(?<![\w-])" + regex.escape(wild[:-1]) + r"[\w-]*"
