"""RunReport -> one self-contained HTML page for a reviewer (Dutch UI).

Drafts come in order of verdict (Niet publiceren, Eerst overleggen, Akkoord); an
*Akkoord* draft is one line (a collapsed `<details>`). Per draft that needs
action: the verdict in large type, the advice as numbered steps, whom to
contact, the draft as a reader sees it (Markdown rendered by markdown-it-py with
raw HTML off, every finding highlighted in place and numbered), the raw source
one click away (also highlighted), and the numbered findings with what to do and
the policy sentence they come from. Overlapping findings share one highlight
that lists all their numbers.

Highlights on rendered Markdown: private-use marker characters are put into the
(already redacted) source at the start and end of every highlight, the text is
rendered, and the markers are turned into `<mark>` elements afterwards, only in
text between tags (a highlight crossing an element is closed before the tag and
reopened after it, so the markup stays well nested). A marker that lands inside
a tag or URL is dropped: that highlight is then only in the raw source view.

Self-contained on purpose: inline CSS, no scripts, no fonts or images from
elsewhere, so the file can be mailed or archived and opens the same offline.
Every piece of draft text goes through `html.escape`: a draft is data, never
markup. With --redact, matched personal text is shown as [afgeschermd].
"""
from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass

from markdown_it import MarkdownIt

from .. import __version__
from ..drafts.frontmatter import parse_front_matter
from ..errors import UserError
from ..model import CHANNEL_LABELS, SEVERITY_LABELS, Contact, FileReport, Finding, RunReport, Verdict
from .redact import Redactor

MASK = "[afgeschermd]"
SEVERITY_LABEL = SEVERITY_LABELS
CAPACITY_LABEL = {"personal": "op persoonlijke titel", "official": "namens de organisatie"}
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
# Private-use characters (never in a report's own text) marking highlights in the source before rendering:
# OPEN, the group's index as PUA digits, SEP ... CLOSE. Any of them left in a draft is removed first.
OPEN, SEP, CLOSE, DIGIT0 = "\ue000", "\ue001", "\ue002", 0xE010
_PUA = re.compile("[\ue000-\ue002\ue010-\ue019]")
_MARKER = re.compile("\ue000([\ue010-\ue019]+)\ue001|\ue002")
_PCT_MARKER = re.compile("%EE%80%(?:8[0-2]|9[0-9])", re.IGNORECASE)
_TAG = re.compile(r"(<[^>]*>)")

CSS = """
:root { --block: #b3261e; --block-bg: #fde7e5; --review: #8a5300; --review-bg: #fff1cc;
        --ok: #1e6b34; --ok-bg: #e3f4e6; --info: #22577a; --info-bg: #e4eef6; --muted: #5f6368; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1f1f1f;
       background: #f6f6f4; margin: 0; padding: 24px; }
main { max-width: 1000px; margin: 0 auto; }
h1 { font-size: 1.4rem; margin: 0 0 4px; }
h2 { font-size: 1.1rem; margin: 0; word-break: break-all; }
h3 { font-size: .9rem; margin: 12px 0 4px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.summary { color: var(--muted); margin: 0 0 8px; }
.toc { margin: 0 0 16px; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 4px 18px; }
section.file { background: #fff; border-radius: 10px; box-shadow: 0 1px 3px rgba(0,0,0,.12);
               padding: 0 24px 16px; margin: 0 0 20px; overflow: hidden; }
.verdict { margin: 0 -24px 8px; padding: 10px 24px; border-bottom: 4px solid; }
.verdict .label { display: block; font-size: 2rem; font-weight: 800; line-height: 1.1; }
.verdict .meta { color: #333; }
.verdict-block { background: var(--block-bg); color: var(--block); border-color: var(--block); }
.verdict-review { background: var(--review-bg); color: var(--review); border-color: var(--review); }
.verdict-ok { background: var(--ok-bg); color: var(--ok); border-color: var(--ok); }
.advice { font-size: 1.05rem; border-left: 4px solid #999; padding: 2px 12px 2px 32px; margin: 0; }
.advice li { white-space: pre-line; }
.prose { background: #fbfbfa; border: 1px solid #ddd; border-radius: 6px; padding: 4px 14px; overflow-wrap: anywhere; }
.prose h1, .prose h2, .prose h3 { font-size: 1.05rem; text-transform: none; letter-spacing: 0; color: inherit; margin: 10px 0 4px; }
.prose p, .prose ul, .prose ol { margin: 6px 0; }
.prose img { display: none; }
details.raw > summary, details.ok > summary { cursor: pointer; color: var(--muted); }
details.raw { margin: 8px 0 0; }
details.ok { background: #fff; border-radius: 8px; box-shadow: 0 1px 3px rgba(0,0,0,.12); margin: 0 0 8px;
             padding: 6px 14px; }
details.ok > summary { color: inherit; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
details.ok > summary .okl { color: var(--ok); font-weight: 800; margin-right: 10px; }
details.ok > summary .meta { color: var(--muted); margin-left: 10px; }
details.ok[open] > section.file { box-shadow: none; padding: 0; margin: 10px 0 0; }
pre.draft.fm { font-size: 14px; line-height: 1.4; margin: 0 0 6px; padding: 6px 14px; }
details.policy { display: inline; margin-left: 8px; }
details.policy > summary { display: inline; color: var(--muted); font-size: .85rem; cursor: pointer; }
details.policy > summary::before { content: "▸ "; }
details.policy[open] > summary::before { content: "▾ "; }
section.file { font-size: 15px; line-height: 1.4; }
ol.findings > li { line-height: 1.35; }
.todo { display: grid; grid-template-columns: 3fr 2fr; gap: 0 24px; }
@media (max-width: 700px) { .todo { grid-template-columns: 1fr; } }
.verdict h2 { display: inline; margin-right: 12px; }
.suggestion { white-space: pre-line; }
pre.draft { white-space: pre-wrap; overflow-wrap: anywhere; font: 16px/1.75 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
            background: #fbfbfa; border: 1px solid #ddd; border-radius: 6px; padding: 14px; margin: 0; }
mark { border-radius: 3px; padding: 0 1px; color: inherit; }
mark.sev-block { background: #f8c4bf; box-shadow: inset 0 -2px var(--block); }
mark.sev-review { background: #ffe08a; box-shadow: inset 0 -2px var(--review); }
mark.sev-info { background: #cfe2f1; box-shadow: inset 0 -2px var(--info); }
mark.sev-suppressed { background: #e8e8e8; box-shadow: inset 0 -2px #999; }
sup { font: bold 11px/1 system-ui, sans-serif; margin-left: 1px; }
sup a { color: inherit; text-decoration: none; }
ol.findings { padding-left: 0; list-style: none; margin: 0; }
ol.findings > li { border: 1px solid #e2e2e2; border-left: 6px solid #999; border-radius: 6px; padding: 6px 12px;
                   margin: 0 0 6px; }
li.sev-block { border-left-color: var(--block) !important; }
li.sev-review { border-left-color: var(--review) !important; }
li.sev-info { border-left-color: var(--info) !important; }
li.suppressed { opacity: .75; }
.num { display: inline-block; min-width: 1.6em; font-weight: 700; }
.badge { display: inline-block; font-size: .8rem; font-weight: 700; border-radius: 4px; padding: 1px 7px; }
.badge.sev-block { background: var(--block-bg); color: var(--block); }
.badge.sev-review { background: var(--review-bg); color: var(--review); }
.badge.sev-info { background: var(--info-bg); color: var(--info); }
.badge.suppressed { background: #eee; color: #444; }
.where, .rule { color: var(--muted); font-size: .85rem; }
.finding p { margin: 2px 0 0; }
.found { font-family: ui-monospace, Menlo, Consolas, monospace; background: #f3f3f3; padding: 0 4px; }
blockquote.policy { margin: 4px 0 0; padding: 2px 10px; font-size: .9rem; border-left: 3px solid #bbb; background: #fafafa;
                    font-style: italic; }
ul.contacts { padding-left: 20px; margin: 0; }
footer { color: var(--muted); font-size: .8rem; text-align: center; }
@media print { body { background: #fff; padding: 0; } section.file { box-shadow: none; break-inside: avoid-page; } }
"""  # noqa: E501 (CSS is emitted as written)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


@dataclass(frozen=True)
class Numbered:
    num: int
    f: Finding


@dataclass
class Group:
    start: int
    end: int
    members: list[Numbered]


def _groups(items: list[Numbered]) -> list[Group]:
    """Overlapping (or nested) ranges merged into one group; empty ranges join the group they touch."""
    groups: list[Group] = []
    for it in sorted(items, key=lambda n: (n.f.start, -n.f.end, n.num)):
        last = groups[-1] if groups else None
        inside = last and (it.f.start < last.end or (it.f.start == it.f.end and it.f.start <= last.end))
        if last and inside:
            last.end = max(last.end, it.f.end)
            last.members.append(it)
        else:
            groups.append(Group(it.f.start, it.f.end, [it]))
    return groups


def _sev_class(members: list[Numbered]) -> str:
    acting = [m.f for m in members if not m.f.suppressed]
    if not acting:
        return "sev-suppressed"
    return "sev-" + max(acting, key=lambda f: f.severity.rank).severity.value


def _marks(g: Group, r: Redactor) -> tuple[list[int], str, str]:
    nums = sorted(m.num for m in g.members)
    title = " | ".join(f"{m.num}. {r.text(m.f.message)}" for m in g.members)
    return nums, f'class="{_sev_class(g.members)}" title="{_e(title)}"', ",".join(
        f'<a href="#n{n}">{n}</a>' for n in nums)


def _group_html(g: Group, r: Redactor, prefix: str = "f") -> str:
    nums, attrs, refs = _marks(g, r)
    hidden = r.enabled and any(m.f.redact for m in g.members) and r.source(g.start, g.end).strip()
    body = MASK if hidden else _e(r.source(g.start, g.end, MASK))
    anchors = "".join(f'<span id="{prefix}{n}"></span>' for n in nums[1:])
    if g.start == g.end:
        return f'{anchors}<sup id="{prefix}{nums[0]}" {attrs}>{refs}</sup>'
    return f'<mark id="{prefix}{nums[0]}" {attrs}>{anchors}{body}</mark><sup>{refs}</sup>'


def _draft_html(fr: FileReport, numbered: list[Numbered], r: Redactor, prefix: str = "f",
                lo: int = 0, hi: int | None = None, cls: str = "draft") -> str:
    """The source from `lo` to `hi` as written, with the highlights of the groups that start inside it."""
    hi = len(fr.source) if hi is None else hi
    parts, pos = [], lo
    for g in _groups(numbered):
        if not lo <= g.start < hi and not (g.start == g.end == hi):
            continue
        parts.append(_e(r.source(pos, g.start, MASK)))
        parts.append(_group_html(g, r, prefix))
        pos = g.end
    parts.append(_e(r.source(pos, max(pos, hi), MASK)))
    return f'<pre class="{cls}">{"".join(parts)}</pre>'


def _front_matter_end(fr: FileReport) -> int:
    try:
        return parse_front_matter(fr.source, fr.path).end
    except UserError:
        return 0


_MD = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})


def _prose_html(fr: FileReport, numbered: list[Numbered], r: Redactor, body: int) -> str:
    """The draft after its front matter as a reader sees it: Markdown rendered, raw HTML shown as text."""
    groups = [g for g in _groups(numbered) if g.start >= body]
    parts, pos = [], body
    for i, g in enumerate(groups):
        hidden = r.enabled and any(m.f.redact for m in g.members) and r.source(g.start, g.end).strip()
        inner = MASK if hidden else r.source(g.start, g.end, MASK)
        index = "".join(chr(DIGIT0 + int(d)) for d in str(i))
        parts += [_PUA.sub("", r.source(pos, g.start, MASK)), OPEN, index, SEP, _PUA.sub("", inner), CLOSE]
        pos = g.end
    parts.append(_PUA.sub("", r.source(pos, len(fr.source), MASK)))
    rendered = _PCT_MARKER.sub("", _MD.render("".join(parts)))
    out: list[str] = []
    current: int | None = None
    started: set[int] = set()
    for piece in _TAG.split(rendered):
        if piece.startswith("<"):
            out.append(_PUA.sub("", piece))
            continue
        pos = 0
        for m in _MARKER.finditer(piece):
            _emit(out, piece[pos:m.start()], current, groups, started, r)
            if m.group(1):
                current = int("".join(str(ord(c) - DIGIT0) for c in m.group(1)))
            elif current is not None:
                g = groups[current]
                nums, attrs, refs = _marks(g, r)
                lead = "" if current in started else "".join(f'<span id="f{n}"></span>' for n in nums)
                out.append(f"{lead}<sup>{refs}</sup>")
                started.add(current)
                current = None
            pos = m.end()
        _emit(out, piece[pos:], current, groups, started, r)
    return '<div class="prose">' + "".join(out) + "</div>"


def _emit(out: list[str], run: str, current: int | None, groups: list[Group], started: set[int], r: Redactor) -> None:
    """A run of rendered text; inside a highlight it is wrapped in its own <mark> (the first one has the ids)."""
    if current is None or not run.strip():
        out.append(run)
        return
    nums, attrs, _ = _marks(groups[current], r)
    if current in started:
        out.append(f"<mark {attrs}>{run}</mark>")
        return
    started.add(current)
    anchors = "".join(f'<span id="f{n}"></span>' for n in nums[1:])
    out.append(f'<mark id="f{nums[0]}" {attrs}>{anchors}{run}</mark>')


def _finding_html(report: RunReport, n: Numbered, r: Redactor, seen: dict[str, int] | None = None) -> str:
    """One finding, compact: number, label, message and what was found on one line; the fix once per text.

    `seen` maps a suggestion already shown in this draft to its finding's number: a repeat says
    "zie 2" instead of the whole text again. The policy sentence is one click away.
    """
    f = n.f
    sev = f.severity.value
    badge = ('<span class="badge suppressed">Onderdrukt</span>' if f.suppressed
             else f'<span class="badge sev-{sev}">{SEVERITY_LABEL[sev]}</span>')
    found = ""
    if f.text.strip():
        shown = MASK if r.hides(f) else (r.source(f.start, f.end, MASK) if r.enabled else f.text)
        found = f' · gevonden: <span class="found">{_e(shown)}</span>'
    rule = report.rules.get(f.rule)
    policy = getattr(rule, "source", "") or f.source
    quote = (f' <details class="policy"><summary>Beleid</summary><blockquote class="policy">'
             f'“{_e(policy)}”</blockquote></details>') if policy else ""
    rows = [f'<span class="num">{n.num}.</span> {badge} '
            f'<a class="where" href="#f{n.num}">regel {f.line}, kolom {f.column}</a> '
            f'<span class="rule">{_e(f.rule)}</span>{quote}',
            f'<p class="msg">{_e(r.text(f.message))}{found}</p>']
    if f.suggestion:
        text = r.text(f.suggestion)
        earlier = seen.get(text) if seen is not None else None
        if earlier is not None:
            see = f'zie <a href="#n{earlier}">{earlier}</a>.'
            rows.append(f'<p class="suggestion"><strong>Wat te doen:</strong> {see}</p>')
        else:
            rows.append(f'<p class="suggestion"><strong>Wat te doen:</strong> {_e(text)}</p>')
            if seen is not None:
                seen[text] = n.num
    if f.suppressed:
        rows.append(f'<p><strong>Onderdrukt:</strong> {_e(r.text(f.suppressed))}</p>')
    classes = f"finding sev-{sev}" + (" suppressed" if f.suppressed else "")
    return f'<li id="n{n.num}" class="{classes}">' + "\n".join(rows) + "</li>"


def _contact_html(c: Contact) -> str:
    bits = [f"<strong>{_e(c.role)}</strong>"]
    if c.name and c.name != c.role:
        bits.append(_e(c.name))
    if c.phone:
        bits.append(f'<a href="tel:{_e("".join(ch for ch in c.phone if ch.isdigit() or ch == "+"))}">{_e(c.phone)}</a>')
    if c.email:
        bits.append(f'<a href="mailto:{_e(c.email)}">{_e(c.email)}</a>')
    if c.how:
        bits.append(_e(c.how))
    return "<li>" + ", ".join(bits) + "</li>"


def _where(fr: FileReport) -> str:
    channel = CHANNEL_LABELS.get(fr.channel, fr.channel)
    return f"Kanaal: {_e(channel)} · {_e(CAPACITY_LABEL.get(fr.capacity, fr.capacity))}"


def _file_html(report: RunReport, fr: FileReport, index: int, first: int, redact: bool) -> str:
    numbered = [Numbered(first + i, f) for i, f in enumerate(fr.findings)]
    r = Redactor(fr, redact)
    v = fr.verdict.value
    out = [f'<section class="file" id="bestand-{index}">',
           f'<div class="verdict verdict-{v}"><span class="label">{_e(fr.verdict.label)}</span>'
           f'<h2>{_e(fr.path if fr.path != "-" else "(standaardinvoer)")}</h2>'
           f'<span class="meta">{_where(fr)}</span></div>', '<div class="todo"><div>', '<h3>Advies</h3>']
    steps = list(fr.advice_steps)
    if steps and fr.contacts and fr.verdict != Verdict.OK:
        steps.pop()  # the contact step (verdict.py puts it last): shown below with links instead
    if steps:
        out.append('<ol class="advice">' + "".join(f"<li>{_e(r.text(s))}</li>" for s in steps) + "</ol>")
    elif not fr.advice_steps:
        out.append(f'<p class="advice">{_e(r.text(fr.advice))}</p>')
    out.append('</div><div>')
    if fr.contacts:
        out += ['<h3>Contact</h3>', '<ul class="contacts">', *(_contact_html(c) for c in fr.contacts), '</ul>']
    out.append('</div></div>')
    out.append('<h3>Tekst</h3>')
    if fr.path.lower().endswith(MARKDOWN_SUFFIXES) and fr.source:
        body = _front_matter_end(fr)
        if any(f.start < body for f in fr.findings):  # findings in the lines on top: those lines as written
            out.append(_draft_html(fr, numbered, r, "f", 0, body, "draft fm"))
        out += [_prose_html(fr, numbered, r, body),
                '<details class="raw"><summary>Brontekst (zoals geschreven)</summary>',
                _draft_html(fr, numbered, r, "r"), '</details>']
    else:
        out.append(_draft_html(fr, numbered, r))
    acting = sum(1 for f in fr.findings if not f.suppressed)
    hidden = f", {len(fr.findings) - acting} onderdrukt" if acting < len(fr.findings) else ""
    out.append(f'<h3>Meldingen ({acting}{hidden})</h3>')
    if numbered:
        seen: dict[str, int] = {}
        out += ['<ol class="findings">', *(_finding_html(report, n, r, seen) for n in numbered), '</ol>']
    else:
        out.append('<p>Geen meldingen.</p>')
    out.append('</section>')
    return "\n".join(out)


def _ok_row(report: RunReport, fr: FileReport, index: int, first: int, redact: bool) -> str:
    """An Akkoord draft as one line; the full section one click away."""
    path = _e(fr.path if fr.path != "-" else "(standaardinvoer)")
    return (f'<details class="ok" id="rij-{index}"><summary><span class="okl">{_e(fr.verdict.label)}</span>'
            f'{path}<span class="meta">{_where(fr)}</span></summary>\n'
            f'{_file_html(report, fr, index, first, redact)}\n</details>')


def _summary(report: RunReport) -> str:
    counts = Counter(fr.verdict for fr in report.files)
    parts = [f"{counts.get(v, 0)} {v.label.lower()}" for v in (Verdict.BLOCK, Verdict.REVIEW, Verdict.OK)]
    n = len(report.files)
    return f"{n} {'bestand' if n == 1 else 'bestanden'} gecontroleerd: " + ", ".join(parts) + "."


def render(report: RunReport, redact: bool = False) -> str:
    """The page: drafts ordered by verdict (block, review, ok; stable), Akkoord drafts one line each."""
    ordered = sorted(report.files, key=lambda fr: -fr.verdict.rank)
    sections, first = [], 1
    for i, fr in enumerate(ordered, 1):
        make = _ok_row if fr.verdict == Verdict.OK else _file_html
        sections.append(make(report, fr, i, first, redact))
        first += len(fr.findings)
    toc = ""
    action = [(i, fr) for i, fr in enumerate(ordered, 1) if fr.verdict != Verdict.OK]
    if len(action) > 1:
        toc = '<ol class="toc">' + "".join(
            f'<li><a href="#bestand-{i}">{_e(fr.path)}</a>: {_e(fr.verdict.label)}</li>' for i, fr in action) + "</ol>"
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>postcheck: {_e(report.verdict.label)}</title>", f"<style>{CSS}</style>", "</head>",
        "<body>", "<main>", "<h1>Controle voor publicatie</h1>", f'<p class="summary">{_summary(report)}</p>',
        toc, *sections,
        f"<footer>Gemaakt door postcheck {_e(__version__)}. "
        "Twijfel je? Neem contact op voordat je publiceert.</footer>",
        "</main>", "</body>", "</html>", ""])


def file_section(report: RunReport, fr: FileReport, index: int = 1, first: int = 1) -> str:
    """One draft's section (verdict, advice, contacts, highlighted text, findings), for `postcheck serve`.

    `first` numbers the findings, so two sections on one page keep distinct anchors.
    """
    return _file_html(report, fr, index, first, False)
