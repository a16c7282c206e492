"""The HTML report for a reviewer (issue 9), measured in headless Chromium.

Ten drafts: the four in examples/ and six more written here (three that pass, three that need
action, among them emoji, CJK characters, Markdown markup and a long line). The page is laid out
at 1280x600 (one "screen"); the test measures it with Playwright driving Debian's chromium:
drafts in order of verdict, the whole page at most 1.5 screen heights (900 px) per draft that needs
action (a long draft may take more than its share, none more than 2.5 screens), every Akkoord draft
one line. A full-page
screenshot is left in tests/artifacts/html_review.png (git-ignored) to look at.
"""
from __future__ import annotations

import shutil

import pytest

from conftest import ROOT, invoke

ARTIFACTS = ROOT / "tests" / "artifacts"
SCREEN = {"width": 1280, "height": 600}
PACKS: list[str] = []  # the default pack (domus), as a contractor runs it
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
EXTRA = {
    "ok-kozijnen.md": "---\nchannel: facebook\ncapacity: personal\n---\n# Klaar!\n\nVandaag de laatste "
                      "**kozijnen** geschilderd in de wijk. Mooi werk van het team 👷‍♀️🎉\n",
    "ok-open-dag.md": "---\nchannel: linkedin\n---\nZaterdag is onze open dag: kom langs tussen 10 en 16 uur.\n",
    "ok-tips.md": "Drie tips voor de herfst:\n\n1. Ramen dicht bij storm\n2. Goten schoonmaken\n3. Verwarming "
                  "laten nakijken\n",
    "review-domus.md": "---\nchannel: instagram\ncapacity: personal\n---\n## Nieuw project\n\nWe werken voor "
                       "*Woningstichting Domus* aan de Zuidlaan. 今日は東京 " + "Een lange regel over het werk. " * 20
                       + "\n\n<script>alert(1)</script>\n",
    "block-telefoon.md": "---\nchannel: facebook\n---\nBel Anouk van den Berg gerust op 06-12345678 😂 "
                         "als de steiger in de weg staat.\n",
    "block-medicatie.md": "---\nchannel: whatsapp\ncapacity: official\n---\nDe medicatie van mevrouw Jansen is "
                          "aangepast; haar behandelplan staat in de bijlage.\n",
}


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    return found


@pytest.fixture(scope="module")
def page_file(tmp_path_factory):
    folder = tmp_path_factory.mktemp("review")
    for draft in sorted((ROOT / "examples").glob("*.md")):
        if draft.name != "README.md":
            shutil.copy(draft, folder / draft.name)
    for name, text in EXTRA.items():
        (folder / name).write_text(text, encoding="utf-8")
    names = sorted(p.name for p in folder.glob("*.md"))
    assert len(names) == 10
    invoke(["check", *PACKS, "--format", "html", "--output", "rapport.html", *names], exit_code=1, cwd=folder)
    return folder / "rapport.html"


def test_static_page_order_labels_and_no_raw_html(page_file):
    page = page_file.read_text(encoding="utf-8")
    labels = [page.find(f'class="verdict verdict-{v}"') for v in ("block", "review")] + [page.find('class="ok"')]
    assert -1 not in labels and labels == sorted(labels)
    assert "<script" not in page.lower() and "&lt;script&gt;alert(1)" in page
    assert "Kanaal: Facebook" in page and "Kanaal: other" not in page and "Kanaal: facebook" not in page
    for english in (">review<", ">block<", ">info<"):
        assert english not in page


def test_measured_in_chromium(page_file):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "html_review.png"
    shot.unlink(missing_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=_chromium(), args=FLAGS)
        try:
            tab = browser.new_page(viewport=SCREEN)
            tab.goto(page_file.as_uri())
            verdicts = tab.eval_on_selector_all(
                "main > section.file, main > details.ok",
                "els => els.map(e => e.matches('details') ? 'ok' : e.querySelector('.verdict').className)")
            heights = tab.eval_on_selector_all(
                "main > section.file", "els => els.map(e => e.getBoundingClientRect().height)")
            rows = tab.eval_on_selector_all("main > details.ok", "els => els.map(e => e.getBoundingClientRect().height)")
            line = tab.evaluate("parseFloat(getComputedStyle(document.body).lineHeight)")
            total = tab.evaluate("document.documentElement.scrollHeight")
            prose = tab.eval_on_selector_all(".prose", "els => els.map(e => e.innerText).join('\\n')")
            strong = tab.eval_on_selector_all(".prose strong, .prose em, .prose h2", "els => els.length")
            raw_closed = tab.eval_on_selector_all("details.raw", "els => els.every(e => !e.open)")
            marks = tab.eval_on_selector_all(".prose mark", "els => els.map(e => e.innerText)")
            tab.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    assert shot.stat().st_size > 10_000
    order = ["block" if "block" in v else "review" if "review" in v else "ok" for v in verdicts]
    assert order == sorted(order, key=["block", "review", "ok"].index) and len(order) == 10
    action = len(heights)
    assert action >= 4 and len(rows) >= 3 and action + len(rows) == 10
    assert total <= 1.5 * SCREEN["height"] * action, (total, heights, rows)
    assert max(heights) <= 2.5 * SCREEN["height"], heights  # no single draft runs away either
    for h in rows:  # one line of text plus the row's padding
        assert h <= 2 * line + 2, (rows, line)
    # prose is rendered: no Markdown syntax left, markup became elements; the raw source is one click away
    assert "**" not in prose and "## " not in prose and strong >= 2 and raw_closed
    assert "Woningstichting Domus" in marks and "06-12345678" in marks


# --- highlights on rendered Markdown (unit tests of report/html.py's marker mechanism) ---

def _prose(source: str, *texts: str, redact: bool = False, path: str = "post.md") -> str:
    import re

    from postcheck.report import html as html_report
    from test_formats import _finding, _report

    page = html_report.render(_report(path, source, [_finding(source, t, f"t.r{i}") for i, t in enumerate(texts)]),
                              redact=redact)
    if '<div class="prose">' not in page:
        return ""
    prose = page.split('<div class="prose">')[1].split("</div>")[0]
    assert not re.search("[\ue000-\ue002\ue010-\ue019]", prose)  # no marker (nor the draft's own) survives
    return prose


def _well_nested(fragment: str) -> bool:
    import re

    stack: list[str] = []
    for closing, name in re.findall(r"<(/?)([a-z0-9]+)[^>]*>", fragment):
        if name in ("br", "hr", "img"):
            continue
        if not closing:
            stack.append(name)
        elif not stack or stack.pop() != name:
            return False
    return not stack


def test_a_highlight_across_markup_and_paragraphs_stays_well_nested():
    source = "# Kop\n\nBij **Anouk van** den Berg thuis.\n\nTweede alinea hier.\n"
    prose = _prose(source, "Anouk van** den", "thuis.\n\nTweede")
    assert _well_nested(prose), prose
    import re

    assert "<strong>" in prose and "**" not in re.sub("<[^>]*>", "", prose) and "<h1>Kop</h1>" in prose
    assert '<mark id="f1" class="sev-review"' in prose and "Anouk van</mark>" in prose
    assert "> den</mark>" in prose  # reopened after </strong>, no second id
    assert prose.count('id="f2"') == 1 and "Tweede</mark><sup>" in prose


def test_a_highlight_inside_a_link_target_is_dropped_not_broken():
    source = "Kijk op [onze site](https://example.org/anouk) of bel ons.\n"
    prose = _prose(source, "anouk", "bel")
    assert _well_nested(prose)
    assert 'href="https://example.org/anouk"' in prose  # the URL is left intact
    assert "bel</mark>" in prose


def test_raw_html_and_private_use_characters_in_the_draft_are_text():
    source = "Hallo <b onclick=x>daar</b> \ue000\ue011\ue001 <img src=x> einde\n"
    prose = _prose(source, "daar")
    assert "&lt;b onclick=x&gt;" in prose and "<img" not in prose and "<b " not in prose
    assert _well_nested(prose)


def test_redacted_names_never_reach_the_rendered_prose():
    from postcheck.report import html as html_report
    from test_formats import _finding, _report

    source = ("Groeten van **Anouk van den Berg** uit [de wijk](https://x.example/ \"Anouk van den Berg\") "
              "en [Anouk van den Berg](https://x.example/).\n")
    f = _finding(source, "Anouk van den Berg", "t.name", redact=True)
    page = html_report.render(_report("post.md", source, [f]), redact=True)
    assert "Anouk" not in page and "[afgeschermd]" in page
    assert 'title="[afgeschermd]"' in page  # a link title is draft text too


def test_text_drafts_are_shown_as_written_not_as_markdown():
    assert _prose("1. niet *een* lijst\n", "lijst", path="post.txt") == ""
