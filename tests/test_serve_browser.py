"""`postcheck serve` in a real browser: Debian's headless Chromium driven by Playwright.

A contractor pastes a draft naming a tenant from the organisation's private lexicon,
gets *Niet publiceren* with the name highlighted, applies the fixes, and the re-check
gives what the policy implies. The comms officer's playground shows a located error
and then the examples' results. Screenshots: tests/artifacts/serve_*.png (git-ignored).
Needs the Debian package `chromium` (.ci/run installs it); no browser is downloaded.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT

ARTIFACTS = ROOT / "tests" / "artifacts"
TENANT = "Anouk van den Berg"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(args: list[str], cwd: Path) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-c", "from postcheck.cli import main; main()", "serve",
                             "--port", str(port), *args], cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(400):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1)
            return proc, base
        except (urllib.error.URLError, ConnectionError):
            if proc.poll() is not None:
                raise RuntimeError("postcheck serve stopped")
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("postcheck serve did not start")


@pytest.fixture()
def browser():
    from playwright.sync_api import sync_playwright

    path = _chromium()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=FLAGS)
        try:
            yield b
        finally:
            b.close()


def test_contractor_pastes_fixes_and_rechecks(tmp_path, browser):
    (tmp_path / "huurders.txt").write_text(f"{TENANT}\n", encoding="utf-8")
    (tmp_path / ".postcheck.yaml").write_text("packs: [domus]\nlexicons:\n  clients: [huurders.txt]\n",
                                              encoding="utf-8")
    proc, base = _start([], tmp_path)
    try:
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.goto(base + "/")
        page.fill("#text", f"Vandaag de badkamer van {TENANT} helemaal vernieuwd! Wat een klus 💪\n"
                           "Bel me op 06-12345678 als je ook zoiets wilt.")
        page.select_option("#channel", "facebook")
        page.click("#check")
        page.wait_for_selector(".verdict .label")
        assert page.inner_text(".verdict .label") == "Niet publiceren"
        marks = page.locator("pre.draft mark").all_inner_texts()
        assert TENANT in marks
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "serve_check.png"), full_page=True)

        page.click("#fix")
        page.wait_for_selector("#use-fixed")
        after = page.locator(".side-by-side > div").nth(1)
        assert TENANT not in after.locator("pre.draft").inner_text()
        page.screenshot(path=str(ARTIFACTS / "serve_fix.png"), full_page=True)
        page.click("#use-fixed")
        page.wait_for_selector(".verdict .label")
        verdict = page.inner_text(".verdict .label")
        assert verdict in ("Akkoord", "Eerst overleggen")
        assert TENANT not in page.input_value("#text")
        assert verdict == "Akkoord"   # name and private number gone; nothing else in this post needs approval
        page.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert (ARTIFACTS / "serve_check.png").stat().st_size > 10_000


def test_playground_shows_errors_with_lines_then_examples(tmp_path, browser):
    pack = tmp_path / "mijnpack.yaml"
    pack.write_text("name: mijnpack\nextends: [basis]\nrules:\n  - id: geheim-project\n    kind: terms\n"
                    "    terms: [project ooievaar]\n    category: confidential\n    severity: block\n"
                    "    message: \"Intern project: {text}\"\n    examples:\n      flag: [\"Bezig met [[project ooievaar]]\"]\n"
                    "      pass: [\"Bezig met een project\"]\n", encoding="utf-8")
    proc, base = _start(["--playground", str(pack)], tmp_path)
    try:
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.goto(base + "/playground")
        assert " goed, 0 fout" in page.text_content("h3")
        text = page.input_value("textarea[name=pack]")
        page.fill("textarea[name=pack]", text.replace("severity: block", "severity: blok"))
        page.click("#save")
        page.wait_for_selector("ol.problems")
        problem = page.inner_text("ol.problems")
        assert "mijnpack.yaml:8:" in problem and "severity" in problem
        assert "severity: blok" in pack.read_text(encoding="utf-8")          # saved as written ...
        assert (tmp_path / "mijnpack.yaml.bak").read_text(encoding="utf-8") == text   # ... the old one kept
        page.fill("textarea[name=pack]", text)
        page.click("#save")
        page.wait_for_selector("ol.outcomes")
        assert " goed, 0 fout" in page.text_content("h3")
        page.screenshot(path=str(ARTIFACTS / "serve_playground.png"), full_page=True)
        page.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert not os.path.exists(str(pack) + ".tmp")


def test_works_without_javascript_with_an_uploaded_file(tmp_path, browser):
    (tmp_path / ".postcheck.yaml").write_text("packs: [domus]\n", encoding="utf-8")
    draft = tmp_path / "bericht.md"
    draft.write_text("# Opgeleverd\n\nBel de bewoner gerust: 06-12345678.\n", encoding="utf-8")
    proc, base = _start([], tmp_path)
    try:
        context = browser.new_context(java_script_enabled=False)
        page = context.new_page()
        page.goto(base + "/")
        page.set_input_files("#file", str(draft))
        page.click("#check")
        page.wait_for_selector(".verdict .label")
        assert page.inner_text(".verdict .label") == "Niet publiceren"
        assert "06-12345678" in page.locator("pre.draft mark").all_inner_texts()
        context.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
