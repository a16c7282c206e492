"""Normalise the prose view into the text the spaCy Doc is built from.

Each step finds only the places that need a change with one compiled regex
and records length changes in an `OffsetMap`, so offsets found in the
normalised text go back to the exact characters of the original file:

1. HTML entities decoded (`entities=True`), one `html.unescape` per entity;
2. per character: NFKC where it changes something, zero-width and invisible
   characters removed, base + combining marks composed, Unicode spaces and
   whitespace runs collapsed (" ", "\\n", or "\\n\\n" for a paragraph break);
3. Cyrillic/Greek look-alikes folded to Latin inside words that mix scripts (1:1);
4. hashtags and mentions split at camel-case boundaries (`#AnoukVanDenBerg`
   -> `#Anouk Van Den Berg`); the inserted spaces map to no source character.

Steps 2-4 run in this order because folding needs the invisible characters
gone ("А\\u200bnouk") and splitting needs the folded letters ("DenВerg").
No step loops in Python over every character: only over regex matches.
"""
from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from postcheck.text.fold import HOMOGLYPHS
from postcheck.text.offsets import OffsetMap

Edit = tuple[int, int, str]  # (source start, source end, replacement)

INVISIBLE = "\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u034f\u202a-\u202e\u2066-\u2069"
_INV = f"[{INVISIBLE}]"
_COMBINING = "\u0300-\u034e\u0350-\u036f"  # U+034F (CGJ) is invisible
# Ranges scanned for characters that NFKC changes (ligatures, full-width forms,
# math letters, ĳ, …). Whitespace, invisibles and results containing a space are left out.
_NFKC_RANGES = [(0xA0, 0x3000), (0xFB00, 0xFB50), (0xFE10, 0xFE70), (0xFF00, 0xFFF0),
                (0x1D400, 0x1D800), (0x1F100, 0x1F200)]


def _class_chars(cls: str) -> frozenset[str]:
    """The characters of a regex class body made of single characters and `a-b` ranges."""
    out: set[str] = set()
    i = 0
    while i < len(cls):
        if i + 2 < len(cls) and cls[i + 1] == "-":
            out.update(map(chr, range(ord(cls[i]), ord(cls[i + 2]) + 1)))
            i += 3
        else:
            out.add(cls[i])
            i += 1
    return frozenset(out)


_INVISIBLE_SET = _class_chars(INVISIBLE)


def _nfkc_chars() -> list[str]:
    out = []
    normalize = unicodedata.normalize
    for lo, hi in _NFKC_RANGES:
        for cp in range(lo, hi):
            ch = chr(cp)
            if ch.isspace() or 0x300 <= cp < 0x370 or ch in _INVISIBLE_SET:
                continue
            norm = normalize("NFKC", ch)
            if norm != ch and norm and not any(c.isspace() for c in norm):
                out.append(ch)
    return out


_NFKC_SET = frozenset(_nfkc_chars())
# Cheap scan first: runs of characters outside ASCII/Latin-1 (plus the few
# Latin-1 ones that change); the precise pattern only runs inside those runs.
# Written as the Latin-1 characters it leaves out: the same set as
# "[<those few>\u0100-\U0010ffff]", but a class that reaches past U+FFFF costs
# `re` a 64k-entry table to compile (~2 ms at every start).
_CANDIDATE_LOW = frozenset(c for c in (_NFKC_SET | _INVISIBLE_SET) if ord(c) < 0x100)
_CANDIDATES = re.compile(
    "[^" + "".join(f"\\x{i:02x}" for i in range(0x100) if chr(i) not in _CANDIDATE_LOW) + "]+"
)
_RARE = re.compile(rf"{_INV}+|[{_COMBINING}]+|[{''.join(sorted(_NFKC_SET))}]")
# A whitespace run that is not already " ", "\n" or "\n\n" (\r\n is not "\n").
# Starting with a bare \s lets `re` scan fast; the lookarounds pick the runs.
_WS = re.compile(r"\s(?:(?<=[^ \n])|(?<= )(?=\s)|(?<=\n)(?=[^\S\n]|\n\s))\s*")
_OTHER_SPACE = re.compile(r"[^\S \n]")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")

_LOOKALIKES = {ord(k): v for k, v in HOMOGLYPHS.items() if 0x370 <= ord(k) < 0x530}
_CYR_GREEK = re.compile("[\u0370-\u03ff\u0400-\u052f]")
_MIXED_WORD = re.compile(r"(?<!\w)\w*?[\u0370-\u03ff\u0400-\u052f]\w*")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")

_TAG = re.compile(r"[#@](?<![\w#@&/][#@])\w+")
_CAMEL = re.compile(r"[a-zß-öø-ÿ](?=[A-ZÀ-ÖØ-Þ])")


@dataclass(frozen=True)
class NormText:
    text: str          # what the spaCy Doc is built from
    map: OffsetMap     # offsets in `text` -> offsets in the prose view / original source


def normalise(prose: str, *, entities: bool = False) -> NormText:
    """Normalise `prose` (same indices as the source) and map every change back."""
    text, offsets = prose, OffsetMap.identity(len(prose))
    steps: list[Callable[[str], Iterator[Edit]]] = [
        _char_edits, _space_edits, _lookalike_edits, _tag_edits]
    if entities:
        steps.insert(0, _entity_edits)
    for step in steps:
        edits = list(step(text))
        if edits:
            text, step_map = _apply(text, edits)
            offsets = step_map.compose(offsets)
    return NormText(text, offsets)


def _apply(text: str, edits: list[Edit]) -> tuple[str, OffsetMap]:
    parts: list[str] = []
    last = 0
    for start, end, repl in edits:
        parts.append(text[last:start])
        parts.append(repl)
        last = end
    parts.append(text[last:])
    return "".join(parts), OffsetMap.from_edits(len(text), ((s, e, len(r)) for s, e, r in edits))


def _entity_edits(text: str) -> Iterator[Edit]:
    for m in _ENTITY.finditer(text):
        raw = m.group()
        out = html.unescape(raw)
        if out == raw:
            continue
        # "&ampfoo" -> "&foo": only the entity part is replaced
        keep = 0
        while keep < len(out) - 1 and raw[-1 - keep] == out[-1 - keep]:
            keep += 1
        yield m.start(), m.end() - keep, out[: len(out) - keep]


def _char_edits(text: str) -> Iterator[Edit]:
    """Zero-width and invisible characters removed, NFKC per character, combining marks composed."""
    last_end = 0
    for run in _CANDIDATES.finditer(text):
        for m in _RARE.finditer(text, run.start(), run.end()):
            start, end = m.start(), m.end()
            first = text[start]
            if first in _INVISIBLE_SET:
                repl = ""
            elif first in _NFKC_SET:
                repl = unicodedata.normalize("NFKC", first)
            else:  # combining marks: compose with the base letter when it is untouched
                if start == 0 or start - 1 < last_end:
                    continue
                start -= 1
                seq = text[start:end]
                repl = unicodedata.normalize("NFKC", seq)
                if repl == seq:
                    continue
            last_end = end
            yield start, end, repl


def _space_edits(text: str) -> Iterator[Edit]:
    """Whitespace runs -> " ", "\\n" or "\\n\\n" (two or more line breaks; \\r\\n is one)."""
    # `_WS` matches the whitespace runs other than " ", "\n" and "\n\n": each holds a whitespace character
    # other than those two, or two of them side by side other than "\n\n" (so "  ", " \n", "\n " or "\n\n\n").
    # Half the drafts hold none: four substring tests and one class scan answer that faster than `_WS`, which
    # stops at every space.
    if not ("  " in text or " \n" in text or "\n " in text or "\n\n\n" in text or _OTHER_SPACE.search(text)):
        return
    for m in _WS.finditer(text):
        run = m.group()
        breaks = run.count("\n") + run.count("\r") - run.count("\r\n")
        yield m.start(), m.end(), "\n\n" if breaks >= 2 else "\n" if breaks else " "


def _lookalike_edits(text: str) -> Iterator[Edit]:
    if not _CYR_GREEK.search(text):
        return
    for m in _MIXED_WORD.finditer(text):
        word = m.group()
        if _LATIN.search(word):
            folded = word.translate(_LOOKALIKES)
            if folded != word:
                yield m.start(), m.end(), folded


def _tag_edits(text: str) -> Iterator[Edit]:
    for m in _TAG.finditer(text):
        for b in _CAMEL.finditer(text, m.start(), m.end()):
            pos = b.end()
            yield pos, pos, " "
