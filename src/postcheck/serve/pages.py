"""Server-rendered pages: Jinja2 templates (autoescaped) shipped in `templates/`.

Self-contained on purpose, like the HTML report: inline CSS, one inline script (with a
per-response nonce, allowed by the Content-Security-Policy) that only counts characters
and reads a chosen file into the text area; the page works the same without it.
"""
from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader, select_autoescape

from .. import __version__
from ..report.html import CSS as REPORT_CSS

PAGE_CSS = """
header.top { display: flex; justify-content: space-between; align-items: baseline; flex-wrap: wrap; gap: 8px; }
header.top h1 a { color: inherit; text-decoration: none; }
.org { color: var(--muted); margin: 0; }
form.draft-form, form { background: #fff; border-radius: 10px; box-shadow: 0 1px 3px rgba(0,0,0,.12);
       padding: 16px 24px; margin: 0 0 24px; }
label { display: block; font-weight: 600; margin: 12px 0 4px; }
label.big { font-size: 1.2rem; margin-top: 0; }
label.check { font-weight: 400; }
.hint { color: var(--muted); margin: 0 0 6px; font-size: .9rem; }
textarea, input[type=text], input[type=date], select { width: 100%; font: inherit; padding: 8px;
       border: 1px solid #bbb; border-radius: 6px; background: #fff; }
textarea.code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 14px; }
fieldset { border: 1px solid #ddd; border-radius: 8px; margin: 16px 0 0; padding: 4px 16px 12px; }
legend { font-weight: 700; padding: 0 6px; }
.buttons { margin-top: 16px; display: flex; gap: 12px; flex-wrap: wrap; }
button { font: inherit; font-weight: 700; padding: 10px 18px; border-radius: 8px; border: 0; cursor: pointer;
       background: #1f4e79; color: #fff; }
button.secondary { background: #e4eef6; color: #1f4e79; }
.error, .unfixable { background: var(--block-bg); color: var(--block); padding: 10px 14px; border-radius: 8px; }
.saved { color: var(--ok); font-weight: 700; }
.side-by-side { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
@media (max-width: 900px) { .side-by-side { grid-template-columns: 1fr; } }
.side-by-side section.file { padding: 0 16px 16px; }
.side-by-side .verdict { margin: 0 -16px 16px; }
li.fail { color: var(--block); }
"""


@lru_cache(maxsize=1)
def environment() -> Environment:
    return Environment(loader=PackageLoader("postcheck.serve", "templates"),
                       autoescape=select_autoescape(default=True, default_for_string=True))


def render(template: str, **values) -> str:
    values.setdefault("version", __version__)
    return environment().get_template(template).render(report_css=REPORT_CSS, page_css=PAGE_CSS, **values)
