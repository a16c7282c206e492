"""The prose view: the draft with everything that is not prose masked by spaces.

Masking never changes length and keeps every `\\r` and `\\n`, so an offset in
the prose view is the same offset in the file, with the same line number.
Masked: front matter (except prose values such as `title`), code, HTML tags
and comments, `<script>`/`<style>` elements, URLs, link targets, template
tags and shortcodes, and Markdown markers. Kept: link text, image alt text,
e-mail addresses, text between tags. An image's "!" becomes a camera (📷, one
character): the rules read an embedded image as a photo.

Each construct is one compiled regex applied in order over the whole text
(no per-character Python). Code goes first, so a `<!--` or `{{` inside code
cannot swallow the prose after it.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from postcheck.drafts.frontmatter import FrontMatter
from postcheck.drafts.read import Draft

_M, _S, _I = re.MULTILINE, re.DOTALL, re.IGNORECASE
_LINE_TEXT = re.compile(r"[^\r\n\x85\u2028\u2029]+")  # every line break kept (text.offsets.LINE_BREAK)


def _blank(text: str) -> str:
    """Spaces of the same length, line breaks kept."""
    if "\n" not in text and "\r" not in text and "\x85" not in text and "\u2028" not in text and "\u2029" not in text:
        return " " * len(text)
    return _LINE_TEXT.sub(lambda m: " " * (m.end() - m.start()), text)


def _blank_match(m: re.Match[str]) -> str:
    return _blank(m.group())


_FENCE = re.compile(  # line by line up to the closing fence, or to the end (CommonMark)
    r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*(?:\n|\Z)(?:(?:[^\n]*\n)*?[ \t]{0,3}\1[`~]*[ \t\r]*(?:\n|\Z)|.*\Z)",
    _M | _S)
_INLINE_CODE = re.compile(r"`(?<!``)(`*)(?!`)[^\n]*?(?<!`)`\1(?!`)")


class _Closed:
    """An `open .*? close` pattern that only searches up to the end of the last closer.

    A lazy `.*?` from an opener without a closer scans to the end of the text,
    and `re` retries that from every later opener: quadratic for 10k `<!--`.
    No match can end after the last closer, so the part after it is left
    alone; before it every scan stops at a closer and that text is consumed.
    """

    def __init__(self, pattern: str, closer: str, flags: int = 0) -> None:
        self.pattern = re.compile(pattern, flags)
        self.closer = re.compile(closer, flags)

    def sub(self, repl, text: str) -> str:
        last = None
        for match in self.closer.finditer(text):
            last = match
        if last is None:
            return text
        return self.pattern.sub(repl, text[: last.end()]) + text[last.end():]


_TEMPLATE_BLOCKS = [  # Liquid/Nunjucks blocks whose content is code or a comment
    _Closed(r"\{%%-?\s*%s\b.*?\{%%-?\s*end%s\s*-?%%\}" % (name, name), r"\{%%-?\s*end%s\s*-?%%\}" % name, _S)
    for name in ("highlight", "raw", "comment")]
_TEMPLATE = re.compile(r"\{%.{0,2000}?%\}|\{\{.{0,2000}?\}\}|\{#.{0,2000}?#\}", _S)
_COMMENT = _Closed(r"<!--.*?-->", r"-->", _S)
_SCRIPTS = [_Closed(r"<%s\b[^>]*>.*?</%s\s*>" % (name, name), r"</%s\s*>" % name, _S | _I)
            for name in ("script", "style")]
_TAG = re.compile(
    r"<(?:[A-Za-z][A-Za-z0-9:._-]*(?:\s(?:\"[^\"]*\"|'[^']*'|\{[^{}]*\}|[^<>\"'{}])*)?/?"
    r"|/[A-Za-z][A-Za-z0-9:._-]*\s*|![A-Za-z][^<>]*|\?[^<>]*\?"
    r"|(?:https?|ftp)://[^\s<>]*)>")
# possessive (`*+`, `++`): after `](` a long masked run of spaces (an unclosed code fence) made
# `\s*`, `\s+` and `\s*` backtrack against each other: 13k characters took 6 s. Each part starts
# with a character the part before it cannot match, so possessive finds the same links.
_LINK_TARGET = (r"\]\(\s*+(?:<[^<>\n]*+>|(?:[^()\s]|\([^()\s]*+\))*+)"
                r"(?:\s++(?:\"[^\"\n]*+\"|'[^'\n]*+'|\([^()\n]*+\)))?\s*+\)")
_LINK = re.compile(
    r"(\[)((?:[^\[\]]++|\[[^\[\]]*+\])*+)(" + _LINK_TARGET + r"|\]\[[^\[\]\n]*\])")


class _Links:
    """Links and images (`[text](target)`, `![alt](src)`, `[text][ref]`), found from their "[".

    A pattern that starts with one literal character is scanned for fast; "![" or "[" was not
    (13 -> 5 ms a pass over posts.jsonl). An image's "!" right before the "[" is replaced here (by 📷):
    the same matches as before, since the rest of the pattern after "![" and after "[" is the same.
    """

    def sub(self, repl: Callable[[re.Match[str]], str], text: str) -> str:
        parts: list[str] = []
        last = 0
        for m in _LINK.finditer(text):
            start = m.start()
            bang = start > last and text[start - 1] == "!"
            # an image's "!" reads as a camera: "![ik en mijn pleegbroertje](zee.jpg)" is a photo of a foster child
            # to the rules (cue set `fotowoord`), as "📷 ik en mijn pleegbroertje" written out would be
            parts.append(text[last:start - 1] + "\U0001F4F7" if bang else text[last:start])
            parts.append(repl(m))
            last = m.end()
        if not parts:
            return text
        parts.append(text[last:])
        return "".join(parts)


_LINKS = _Links()
_REF_DEF = re.compile(r"\[(?<![^\n]\[)(?!\^)[^\[\]\n]+\]:[ \t]*\S[^\r\n]*")  # at a line start
_URL = re.compile(  # the lookbehinds sit after the first letter so `re` can scan for "h"/"w" fast
    r"(?:h(?<![\w@.]h)ttps?://|w(?<![\w@.]w)ww\.)[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]}*_]")
_LINE_MARKERS = re.compile(  # headings, admonitions, quotes at a line start; each starts with a literal
    r"#(?<![^\n]#)#{0,5}(?=[ \t\r\n]|\Z)|:(?<![^\n]:)::+[\w-]*|>(?<![^\n]>)(?:[ \t]?>)*")
_UNDERSCORE = re.compile(r"__*")   # `_+`, written so that `re` scans for a literal "_" (10 -> 1 ms)


def _mask_underscore(m: re.Match[str]) -> str:
    # "_" inside a word (snake_case) is not an emphasis marker
    text, start, end = m.string, m.start(), m.end()
    if 0 < start and end < len(text) and text[start - 1].isalnum() and text[end].isalnum():
        return m.group()
    return " " * (end - start)


def _mask_link(m: re.Match[str]) -> str:
    # keep the link text (it may hold an image: mask that one's target too)
    inner = _LINKS.sub(_mask_link, m.group(2)) if "](" in m.group(2) or "][" in m.group(2) else m.group(2)
    return _blank(m.group(1)) + inner + _blank(m.group(3))


# (pattern, replacement, strings of which one must occur for the pattern to match)
Step = tuple[re.Pattern[str] | _Closed | _Links, Callable[[re.Match[str]], str], tuple[str, ...]]
_MARKDOWN: list[Step] = [
    (_FENCE, _blank_match, ("```", "~~~")), (_INLINE_CODE, _blank_match, ("`",)),
    *[(b, _blank_match, ("{%",)) for b in _TEMPLATE_BLOCKS], (_TEMPLATE, _blank_match, ("{",)),
    (_COMMENT, _blank_match, ("<!--",)), *[(s, _blank_match, ("</",)) for s in _SCRIPTS], (_TAG, _blank_match, ("<",)),
    (_LINKS, _mask_link, ("]",)), (_REF_DEF, _blank_match, ("]:",)), (_URL, _blank_match, ("http", "www.")),
    (_LINE_MARKERS, _blank_match, ("",)), (_UNDERSCORE, _mask_underscore, ("_",)),
]
_HTML: list[Step] = [(_COMMENT, _blank_match, ("<!--",)), *[(s, _blank_match, ("</",)) for s in _SCRIPTS],
                     (_TAG, _blank_match, ("<",)), (_URL, _blank_match, ("http", "www."))]
# NOTE: in .txt drafts only postcheck's own suppression comments are markup (see tests/test_suppress.py)
_POSTCHECK_COMMENT = _Closed(r"<!--\s*postcheck\s*:.*?-->", r"-->", re.S | re.I)
_TEXT: list[Step] = [(_POSTCHECK_COMMENT, _blank_match, ("<!--",)), (_URL, _blank_match, ("http", "www."))]
_STEPS = {"markdown": _MARKDOWN, "html": _HTML, "text": _TEXT}


def prose_view(draft: Draft, fm: FrontMatter) -> str:
    """`draft.source` with every non-prose character replaced by a space (`\\r`, `\\n` kept)."""
    view = _mask_front_matter(draft.source, fm)
    for pattern, replace, needed in _STEPS[draft.fmt]:
        if any(s in view for s in needed):
            view = pattern.sub(replace, view)
    if draft.fmt == "markdown":
        view = view.replace("*", " ")  # emphasis and list markers
    assert len(view) == len(draft.source)
    return view


def _mask_front_matter(source: str, fm: FrontMatter) -> str:
    if fm.end <= fm.start:
        return source
    parts, last = [source[: fm.start]], fm.start
    for start, end in fm.prose:
        parts.append(_blank(source[last:start]))
        parts.append(source[start:end])
        last = end
    parts.append(_blank(source[last: fm.end]))
    parts.append(source[fm.end:])
    return "".join(parts)
