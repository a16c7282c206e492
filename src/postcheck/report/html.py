"""RunReport -> one self-contained HTML page for communications officers (Dutch UI).

Per draft: the verdict in large type, the advice, the draft text with every
finding highlighted in place and numbered, the numbered findings with what to
do and the policy sentence they come from, and whom to contact. Overlapping
findings share one highlight that lists all their numbers.

Self-contained on purpose: inline CSS, no scripts, no fonts or images from
elsewhere, so the file can be mailed or archived and opens the same offline.
Every piece of draft text goes through `html.escape`: a draft is data, never
markup. With --redact, matched personal text is shown as [afgeschermd].
"""
from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass

from .. import __version__
from ..model import Contact, FileReport, Finding, RunReport, Verdict
from .redact import Redactor

MASK = "[afgeschermd]"
SEVERITY_LABEL = {"block": "Niet publiceren", "review": "Eerst overleggen", "info": "Ter informatie"}
CAPACITY_LABEL = {"personal": "op persoonlijke titel", "official": "namens de organisatie"}

CSS = """
:root { --block: #b3261e; --block-bg: #fde7e5; --review: #8a5300; --review-bg: #fff1cc;
        --ok: #1e6b34; --ok-bg: #e3f4e6; --info: #22577a; --info-bg: #e4eef6; --muted: #5f6368; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1f1f1f;
       background: #f6f6f4; margin: 0; padding: 24px; }
main { max-width: 1000px; margin: 0 auto; }
h1 { font-size: 1.4rem; margin: 0 0 4px; }
h2 { font-size: 1.1rem; margin: 0; word-break: break-all; }
h3 { font-size: 1rem; margin: 20px 0 8px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.summary { color: var(--muted); margin: 0 0 20px; }
.toc { margin: 0 0 24px; padding-left: 20px; }
section.file { background: #fff; border-radius: 10px; box-shadow: 0 1px 3px rgba(0,0,0,.12);
               padding: 0 24px 20px; margin: 0 0 28px; overflow: hidden; }
.verdict { margin: 0 -24px 16px; padding: 18px 24px; border-bottom: 4px solid; }
.verdict .label { display: block; font-size: 2.4rem; font-weight: 800; line-height: 1.1; }
.verdict .meta { color: #333; margin-top: 6px; }
.verdict-block { background: var(--block-bg); color: var(--block); border-color: var(--block); }
.verdict-review { background: var(--review-bg); color: var(--review); border-color: var(--review); }
.verdict-ok { background: var(--ok-bg); color: var(--ok); border-color: var(--ok); }
.advice { font-size: 1.05rem; border-left: 4px solid #999; padding: 4px 12px; margin: 0; }
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
ol.findings > li { border: 1px solid #e2e2e2; border-left: 6px solid #999; border-radius: 6px; padding: 10px 14px;
                   margin: 0 0 10px; }
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
.finding p { margin: 6px 0 0; }
.found { font-family: ui-monospace, Menlo, Consolas, monospace; background: #f3f3f3; padding: 0 4px; }
blockquote.policy { margin: 8px 0 0; padding: 6px 12px; border-left: 3px solid #bbb; background: #fafafa;
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


def _group_html(g: Group, r: Redactor) -> str:
    nums = sorted(m.num for m in g.members)
    title = " | ".join(f"{m.num}. {r.text(m.f.message)}" for m in g.members)
    hidden = r.enabled and any(m.f.redact for m in g.members) and r.source(g.start, g.end).strip()
    body = MASK if hidden else _e(r.source(g.start, g.end, MASK))
    anchors = "".join(f'<span id="f{n}"></span>' for n in nums[1:])
    refs = ",".join(f'<a href="#n{n}">{n}</a>' for n in nums)
    cls = _sev_class(g.members)
    if g.start == g.end:
        return f'{anchors}<sup id="f{nums[0]}" class="{cls}" title="{_e(title)}">{refs}</sup>'
    return (f'<mark id="f{nums[0]}" class="{cls}" title="{_e(title)}">{anchors}{body}</mark>'
            f'<sup>{refs}</sup>')


def _draft_html(fr: FileReport, numbered: list[Numbered], r: Redactor) -> str:
    parts, pos = [], 0
    for g in _groups(numbered):
        parts.append(_e(r.source(pos, g.start, MASK)))
        parts.append(_group_html(g, r))
        pos = g.end
    parts.append(_e(r.source(pos, len(fr.source), MASK)))
    return f'<pre class="draft">{"".join(parts)}</pre>'


def _finding_html(report: RunReport, n: Numbered, r: Redactor) -> str:
    f = n.f
    sev = f.severity.value
    badge = ('<span class="badge suppressed">Onderdrukt</span>' if f.suppressed
             else f'<span class="badge sev-{sev}">{SEVERITY_LABEL[sev]}</span>')
    rows = [f'<span class="num">{n.num}.</span> {badge} '
            f'<a class="where" href="#f{n.num}">regel {f.line}, kolom {f.column}</a> '
            f'<span class="rule">{_e(f.rule)}</span>',
            f'<p class="msg">{_e(r.text(f.message))}</p>']
    if f.text.strip():
        shown = MASK if r.hides(f) else (r.source(f.start, f.end, MASK) if r.enabled else f.text)
        rows.append(f'<p>Gevonden: <span class="found">{_e(shown)}</span></p>')
    if f.suggestion:
        rows.append(f'<p class="suggestion"><strong>Wat te doen:</strong> {_e(r.text(f.suggestion))}</p>')
    rule = report.rules.get(f.rule)
    policy = getattr(rule, "source", "") or f.source
    if policy:
        rows.append(f'<blockquote class="policy"><strong>Beleid:</strong> “{_e(policy)}”</blockquote>')
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


def _file_html(report: RunReport, fr: FileReport, index: int, first: int, redact: bool) -> str:
    numbered = [Numbered(first + i, f) for i, f in enumerate(fr.findings)]
    r = Redactor(fr, redact)
    v = fr.verdict.value
    capacity = CAPACITY_LABEL.get(fr.capacity, fr.capacity)
    out = [f'<section class="file" id="bestand-{index}">',
           f'<div class="verdict verdict-{v}"><span class="label">{_e(fr.verdict.label)}</span>'
           f'<h2>{_e(fr.path if fr.path != "-" else "(standaardinvoer)")}</h2>'
           f'<div class="meta">Kanaal: {_e(fr.channel)} · {_e(capacity)}</div></div>',
           '<h3>Advies</h3>', f'<p class="advice">{_e(r.text(fr.advice))}</p>']
    if fr.contacts:
        out += ['<h3>Contact</h3>', '<ul class="contacts">', *(_contact_html(c) for c in fr.contacts), '</ul>']
    out += ['<h3>Tekst</h3>', _draft_html(fr, numbered, r)]
    acting = sum(1 for f in fr.findings if not f.suppressed)
    hidden = f", {len(fr.findings) - acting} onderdrukt" if acting < len(fr.findings) else ""
    out.append(f'<h3>Meldingen ({acting}{hidden})</h3>')
    if numbered:
        out += ['<ol class="findings">', *(_finding_html(report, n, r) for n in numbered), '</ol>']
    else:
        out.append('<p>Geen meldingen.</p>')
    out.append('</section>')
    return "\n".join(out)


def _summary(report: RunReport) -> str:
    counts = Counter(fr.verdict for fr in report.files)
    parts = [f"{counts.get(v, 0)} {v.label.lower()}" for v in (Verdict.BLOCK, Verdict.REVIEW, Verdict.OK)]
    n = len(report.files)
    return f"{n} {'bestand' if n == 1 else 'bestanden'} gecontroleerd: " + ", ".join(parts) + "."


def render(report: RunReport, redact: bool = False) -> str:
    sections, first = [], 1
    for i, fr in enumerate(report.files, 1):
        sections.append(_file_html(report, fr, i, first, redact))
        first += len(fr.findings)
    toc = ""
    if len(report.files) > 1:
        toc = '<ol class="toc">' + "".join(
            f'<li><a href="#bestand-{i}">{_e(fr.path)}</a>: {_e(fr.verdict.label)}</li>'
            for i, fr in enumerate(report.files, 1)) + "</ol>"
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>postcheck: {_e(report.verdict.label)}</title>", f"<style>{CSS}</style>", "</head>",
        "<body>", "<main>", "<h1>Controle voor publicatie</h1>", f'<p class="summary">{_summary(report)}</p>',
        toc, *sections,
        f"<footer>Gemaakt door postcheck {_e(__version__)}. "
        "Twijfel je? Neem contact op voordat je publiceert.</footer>",
        "</main>", "</body>", "</html>", ""])
