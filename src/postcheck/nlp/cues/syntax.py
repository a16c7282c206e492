"""The cue-line language that pack authors write, one cue per line in a cue file.

A cue line is a phrase of words separated by spaces, with a few signs:

- `word`: the word in any inflected form (lemma table + Dutch plural/diminutive
  rules), any case, with or without diacritics: `dreigen` also matches "dreigde".
- `=word`: exactly this form (still any case): `=zal`.
- `a|b`: one of the alternatives at this position: `maak|sla`.
- `(a b|c)`: one of whole phrases at this place, of any length: `=op (social media|internet)`;
  `(...)?` optional. Inside parentheses `|` separates phrases, not words; groups do not nest. A line with
  groups stands for one line per choice (`expand_groups`), at most MAX_CHOICES.
- `word?`: optional (also `a|b?`): `pas jij? maar op`.
- `[set]`: any cue of another cue set at this position: `ik weet waar [persoon] woont`.
- `...`: a gap of at most 8 words, in the same sentence: `als ... zie ... het merken`.
- `a <> b`: the positions on either side in either order (Dutch V2 inversion):
  `ik|we <> weet [persoon] te vinden` also matches "dan weet ik je te vinden".
  The swapped order counts only after another word of the same sentence ("dan",
  "straks", a fronted clause "als ..., weet ik ..."), so a question that opens
  with the verb ("Weet ik ...?") is not read as one (used as `[set]`, a line
  stands for both orders). One `<>` per line.
- `=?`: the question mark itself, at the end of a question: `gestart =?` ("Nieuwe pagina gestart?").
- `*end` / `begin*`: a line of one such word: any word that ends (begins) so,
  e.g. compounds: `*verslag` matches "MT-verslag".
- `*end` / `**end` as one position of a phrase (also as an alternative, `=groep|**groep`): a word ending so, in
  any inflected form of the ending (`**` a compound only): `=besloten **groep` matches "besloten wandelgroepen".
  Each part of the phrase needs one required position without such a word (the part is found by it), and a
  line with one cannot be used as `[set]`.

Multi-word phrases also match written as one word or hashtag ("#nietopenbaar"
for `niet openbaar`). `parse_line` turns a line into a `CueLine`; it raises
`CueSyntaxError` with a message and a column for the pack validator.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

GAP = "..."
SWAP = "<>"
QUESTION = "=?"     # a question mark as a word of the cue (the only punctuation a cue can name)
MAX_GAP = 8
MAX_CHOICES = 64    # lines one line with `(a b|c)` groups may stand for
_NAME = re.compile(r"^\[([a-z0-9_]+)\]$")
# an emoji is a cue word too ("🙄" after a reply is a sign of sarcasm); spaCy makes it a token of its own
_EMOJI = re.compile("^=?[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?$")
_WORD = re.compile(r"^=?[\w'’.\-@&+/€$%]+$", re.UNICODE)   # € and % for amounts (bedrag.txt)
_WILD = re.compile(r"^(\*{1,2}[\w\-]{3,}|[\w\-]{3,}\*)$", re.UNICODE)   # "**beleid": compounds only
_ENDING = re.compile(r"^\*{1,2}[^\W\d_][\w\-]{2,}$", re.UNICODE)   # a position "**groep" inside a phrase


class CueSyntaxError(ValueError):
    def __init__(self, message: str, column: int = 1) -> None:
        super().__init__(message)
        self.column = column


@dataclass(frozen=True)
class Alt:
    """One alternative at a position: a word (inflected unless exact) or a reference to a cue set."""

    text: str = ""
    exact: bool = False
    ref: str = ""
    ending: str = ""      # "**groep" / "*groep": any word (a compound with "**") ending in a form of "groep"


@dataclass(frozen=True)
class Slot:
    alts: tuple[Alt, ...]
    optional: bool = False


@dataclass(frozen=True)
class CueLine:
    segments: tuple[tuple[Slot, ...], ...] = ()   # separated by gaps
    wildcard: str = ""                            # "*verslag" or "verslag*" (then no segments)
    swap: tuple[int, int] | None = None           # `a <> b`: (segment, index of a) in that segment

    def refs(self) -> set[str]:
        return {a.ref for seg in self.segments for s in seg for a in s.alts if a.ref}

    def endings(self) -> set[str]:
        """The ending positions of the line ("**groep"), for the index's per-document ending scan."""
        return {a.ending for seg in self.segments for s in seg for a in s.alts if a.ending}

    def swapped(self) -> tuple[tuple[Slot, ...], ...] | None:
        """The segments with the two positions around `<>` in the other order (None without `<>`)."""
        if self.swap is None:
            return None
        si, k = self.swap
        seg = list(self.segments[si])
        seg[k], seg[k + 1] = seg[k + 1], seg[k]
        return self.segments[:si] + (tuple(seg),) + self.segments[si + 1:]


def expand_groups(line: str) -> list[str]:
    """A line with `(a b|c d)` groups as the lines it stands for, one per choice, in order: `=op (social
    media|internet)` -> `=op social media`, `=op internet`; `(...)?` adds the choice without the group. A line
    without groups is returned as it is. Raises CueSyntaxError (column of the faulty parenthesis) for a group
    that is not closed, nested or empty, or for more than MAX_CHOICES lines."""
    if "(" not in line and ")" not in line:
        return [line]
    choices = [""]
    pos = 0
    while pos < len(line):
        open_at, close_at = line.find("(", pos), line.find(")", pos)
        if open_at < 0:
            if close_at >= 0:
                raise CueSyntaxError("')' without '(' before it", close_at + 1)
            choices = [c + line[pos:] for c in choices]
            break
        if 0 <= close_at < open_at:
            raise CueSyntaxError("')' without '(' before it", close_at + 1)
        if close_at < 0:
            raise CueSyntaxError("'(' is not closed by ')'", open_at + 1)
        inner = line[open_at + 1:close_at]
        if "(" in inner:
            raise CueSyntaxError("groups '(...)' do not nest", open_at + 1)
        phrases = [" ".join(p.split()) for p in inner.split("|")]
        if not all(phrases):
            raise CueSyntaxError("each choice of a group '(a b|c)' needs a word", open_at + 1)
        end = close_at + 1
        if line[end:end + 1] == "?":
            phrases.append("")
            end += 1
        if line[end:end + 1] not in ("", " ") or (open_at and line[open_at - 1] != " "):
            raise CueSyntaxError("a group '(a b|c)' stands apart, with a space on each side", open_at + 1)
        choices = [c + line[pos:open_at] + p for c in choices for p in phrases]
        if len(choices) > MAX_CHOICES:
            raise CueSyntaxError(f"the groups of this line stand for more than {MAX_CHOICES} lines; "
                                 "split it in several lines", open_at + 1)
        pos = end
    return [" ".join(c.split()) for c in choices]


def parse_entry(entry: str) -> list[CueLine]:
    """One line of a cue file as the cue lines it stands for (several with `(a b|c)` groups). An error inside
    a group's choice names the column of the group."""
    lines = expand_groups(entry)
    if len(lines) == 1 and lines[0] == entry:
        return [parse_line(entry)]
    first = min((i for i in (entry.find("("), entry.find(")")) if i >= 0), default=0) + 1
    out = []
    for line in lines:
        try:
            out.append(parse_line(line))
        except CueSyntaxError as exc:
            shown = line if len(line) <= 60 else line[:57] + "..."
            raise CueSyntaxError(f"{exc} (in the choice '{shown}')", first) from None
    return out


def parse_line(line: str) -> CueLine:
    text = " ".join(line.split())
    if not text:
        raise CueSyntaxError("empty cue")
    if _WILD.match(text):
        return CueLine(wildcard=text.lower())
    segments: list[tuple[Slot, ...]] = []
    current: list[Slot] = []
    swap: tuple[int, int] | None = None
    pending_swap = 0          # column of a `<>` still waiting for the word after it
    col = 1
    for token in text.split(" "):
        if token == GAP:
            if not current or pending_swap:
                raise CueSyntaxError("'...' must stand between words", col)
            segments.append(tuple(current))
            current = []
        elif token == SWAP:
            if not current or pending_swap:
                raise CueSyntaxError("'<>' must stand between two words", col)
            if swap is not None:
                raise CueSyntaxError("only one '<>' per cue", col)
            swap = (len(segments), len(current) - 1)
            pending_swap = col
        else:
            current.append(_slot(token, col))
            pending_swap = 0
        col += len(token) + 1
    if pending_swap:
        raise CueSyntaxError("'<>' must stand between two words", pending_swap)
    if not current:
        raise CueSyntaxError("'...' must stand between words", col - 4)
    segments.append(tuple(current))
    for seg in segments:
        if all(s.optional for s in seg):
            raise CueSyntaxError("each part of a cue needs at least one word that is not optional ('?')")
        if all(s.optional or any(a.ending for a in s.alts) for s in seg):
            raise CueSyntaxError("each part of a cue needs one word that is not optional and not an ending "
                                 "('**groep'): the part is found by that word")
    return CueLine(tuple(segments), swap=swap)


def _slot(token: str, col: int) -> Slot:
    if token == QUESTION:     # the question mark itself: "gestart =?" is a question, not a statement
        return Slot((Alt(text="?", exact=True),), False)
    optional = token.endswith("?") and len(token) > 1
    body = token[:-1] if optional else token
    alts = []
    for part in body.split("|"):
        m = _NAME.match(part)
        if _ENDING.match(part):
            alts.append(Alt(ending=part.lower()))
        elif "*" in part:
            raise CueSyntaxError("inside a phrase only an ending ('*groep', '**groep') may hold '*'; "
                                 "a wildcard 'begin*' must be the only word on its line", col)
        elif m:
            alts.append(Alt(ref=m.group(1)))
        elif part and (_WORD.match(part) or _EMOJI.match(part)) and part != "=":
            alts.append(Alt(text=part.lstrip("=").lower(), exact=part.startswith("=")))
        else:
            shown = part[:20] if part else "(empty)"
            raise CueSyntaxError(f"'{shown}' is not a word, '=word', '[set]' or 'a|b'", col)
    return Slot(tuple(alts), optional)
