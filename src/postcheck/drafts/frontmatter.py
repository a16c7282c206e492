"""Front matter: YAML between `---` lines (Jekyll, Eleventy, Docusaurus) or TOML between `+++` lines (Hugo).

Values keep the type the user wrote where YAML would guess: dates stay strings
(`date: 2026-11-02` is "2026-11-02"). Errors point at the line and column in
the file, not in the block. A first `---` line without a closing one is not
front matter (a Markdown rule, or just text), so that is not an error.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from postcheck.errors import UserError
from postcheck.yamlio import compose_yaml, to_python
from postcheck.text.offsets import LINE_BREAK, LINE_BREAK_CHARS, LineIndex

PROSE_KEYS = frozenset({"title", "description", "summary", "subtitle", "excerpt", "lead"})

# delimiter lines end at any line break YAML knows (text.offsets.LINE_BREAK); `^` would only see \n
_AT_LINE_START = "(?<![^%s])" % LINE_BREAK_CHARS
_YAML_OPEN = re.compile(r"---[ \t]*" + LINE_BREAK)
_YAML_CLOSE = re.compile(_AT_LINE_START + r"(?:---|\.\.\.)[ \t]*(?:" + LINE_BREAK + r"|\Z)")
_TOML_OPEN = re.compile(r"\+\+\+[ \t]*" + LINE_BREAK)
_TOML_CLOSE = re.compile(_AT_LINE_START + r"\+\+\+[ \t]*(?:" + LINE_BREAK + r"|\Z)")
_KEY_TAB = re.compile(r"^([ ]*(?:- )?[^\s:#'\"\[{][^:\r\n]*:)([ \t]*\t[ \t]*)", re.MULTILINE)
# a plain value that starts with YAML's reserved '@' or '`' ("page: @wilgenhoek", "- @domus"): people write
# handles like that; PyYAML refuses them, so the block is read again with such values quoted
_RESERVED_VALUE = re.compile(
    r"^([ ]*(?:- )?(?:([^\s:#'\"\[{@`][^:\r\n]*):[ \t]+)?)([@`][^\r\n]*?)[ \t]*$", re.MULTILINE)
_TOML_ERROR_AT = re.compile(r"\(at line (\d+), column (\d+)\)")
_TOML_TABLE = re.compile(r"^[ \t]*\[", re.MULTILINE)
_TOML_KEY = re.compile(r"^[ \t]*([A-Za-z0-9_-]+|\"[^\"\r\n]*\")[ \t]*=", re.MULTILINE)
_TOML_PROSE = re.compile(
    r"^[ \t]*(%s)[ \t]*=[ \t]*(?:\"((?:[^\"\\\r\n]|\\.)*)\"|'([^'\r\n]*)')[ \t]*(?:#[^\r\n]*)?\r?$"
    % "|".join(sorted(PROSE_KEYS)), re.MULTILINE)


@dataclass(frozen=True)
class FrontMatter:
    data: dict = field(default_factory=dict)   # parsed mapping ({} when none)
    start: int = 0                              # char span of the block including the delimiter lines
    end: int = 0
    marks: dict[str, tuple[int, int]] = field(default_factory=dict)  # top-level key -> (line, col), 1-based
    prose: tuple[tuple[int, int], ...] = ()     # char spans of prose values (title, description, ...)


def parse_front_matter(source: str, path: str) -> FrontMatter:
    """Find and parse the front matter at the very start of `source`."""
    for opener, closer, parse in ((_YAML_OPEN, _YAML_CLOSE, _parse_yaml), (_TOML_OPEN, _TOML_CLOSE, _parse_toml)):
        head = opener.match(source)
        if not head:
            continue
        close = closer.search(source, head.end())
        if not close:
            return FrontMatter()  # no closing line: not front matter
        return parse(source, path, head.end(), close.start(), close.end())
    return FrontMatter()


def _parse_yaml(source: str, path: str, body: int, body_end: int, end: int) -> FrontMatter:
    text = source[body:body_end]
    offset = LineIndex(source[:body]).line_col(body)[0] - 1  # file lines before the block's first line
    try:
        node = _compose(text, path, offset)
    except UserError:
        # NOTE: Jekyll (Psych, YAML 1.2) accepts a tab after "key:", PyYAML does not;
        # see opennederland-www/_posts/2024-10-14-FOSDEM-2025.md. Retry with spaces (same length),
        # and with '@handle' values quoted (prose values excluded: their spans must stay where they are).
        lenient = _KEY_TAB.sub(lambda m: m[1] + " " * len(m[2]), text)
        lenient = _RESERVED_VALUE.sub(_quote_reserved, lenient)
        if lenient == text:
            raise
        try:
            node = _compose(lenient, path, offset)
        except UserError:
            _compose(text, path, offset)  # report the error of the text as written
            raise
    # the shared loader: alias and depth limits, dates kept as written, duplicate keys: the last wins
    data = to_python(node, path, offset, strict=False, timestamps=False)
    if data is None or node is None:
        return FrontMatter({}, 0, end)
    if not isinstance(data, dict):
        raise UserError("front matter must be a mapping of keys to values", path=path,
                        line=node.start_mark.line + offset + 1, col=node.start_mark.column + 1,
                        hint="write it as 'key: value' lines")
    marks: dict[str, tuple[int, int]] = {}
    prose: list[tuple[int, int]] = []
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            continue
        key = key_node.value
        marks.setdefault(key, (key_node.start_mark.line + offset + 1, key_node.start_mark.column + 1))
        if key in PROSE_KEYS and isinstance(value_node, yaml.ScalarNode):
            span = _scalar_span(value_node)
            if span:
                prose.append((body + span[0], body + span[1]))
    return FrontMatter(dict(data), 0, end, marks, tuple(sorted(prose)))


def _quote_reserved(m: re.Match) -> str:
    if m[2] and m[2].strip() in PROSE_KEYS:
        return m[0]
    return m[1] + "'" + m[3].replace("'", "''") + "'"


def _compose(text: str, path: str, offset: int) -> yaml.Node | None:
    return compose_yaml(text, path, offset, "invalid YAML front matter",
                        "check the indentation and put values with ':', '#' or a leading '@' in quotes")


def _scalar_span(node: yaml.ScalarNode) -> tuple[int, int] | None:
    """Span (in the YAML text) of a single-line plain or quoted scalar's characters."""
    start, end = node.start_mark, node.end_mark
    if start.line != end.line or end.index <= start.index:
        return None
    if node.style in ("'", '"'):
        return (start.index + 1, end.index - 1) if end.index - start.index > 2 else None
    if not node.style:  # plain: None from PyYAML's Python composer, '' from libyaml's
        return start.index, end.index
    return None  # block scalars (| and >) span lines


def _parse_toml(source: str, path: str, body: int, body_end: int, end: int) -> FrontMatter:
    import tomllib   # here, not at the top: most drafts have no TOML front matter (start-up)

    text = source[body:body_end]
    first_line = LineIndex(source[:body]).line_col(body)[0]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        at = _TOML_ERROR_AT.search(str(exc))
        line, col = (int(at.group(1)) + first_line - 1, int(at.group(2))) if at else (first_line, 1)
        message = _TOML_ERROR_AT.sub("", str(exc)).strip()
        raise UserError(f"invalid TOML front matter: {message}", path=path, line=line, col=col,
                        hint="write it as key = \"value\" lines") from None
    tables = _TOML_TABLE.search(text)
    top = tables.start() if tables else len(text)  # keys after the first [table] are not top level
    marks: dict[str, tuple[int, int]] = {}
    lines = LineIndex(text)
    for m in _TOML_KEY.finditer(text, 0, top):
        key = m.group(1).strip('"')
        line, col = lines.line_col(m.start(1))
        marks.setdefault(key, (line + first_line - 1, col))
    prose = tuple((body + m.start(g), body + m.end(g))
                  for m in _TOML_PROSE.finditer(text, 0, top)
                  for g in (2, 3) if m.group(g))
    return FrontMatter(data, 0, end, marks, prose)
