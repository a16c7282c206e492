"""The HTML report in a real browser: headless Chromium parses it as intended and renders it.

`--dump-dom` gives the DOM after parsing: the verdict and the highlights are
elements, and the draft's `<script>` is text, not an element. `--screenshot`
leaves tests/artifacts/html_report.png (git-ignored) to look at.
Needs the Debian package `chromium` (.ci/run installs it).
"""
from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, invoke

MINI = ROOT / "tests" / "packs" / "mini.yaml"
ARTIFACTS = ROOT / "tests" / "artifacts"
DRAFT = """---
channel: facebook
---
# Nieuws uit de wijk

Vandaag bij Anouk van den Berg de keuken vernieuwd. <script>document.title = "gehackt"</script>
<img src=x onerror="document.body.remove()">

Bel gerust (06) 12345678. Testhuis is een prima club & ik haat regen.
"""


def _chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    if os.access("/usr/bin/chromium", os.X_OK):
        return "/usr/bin/chromium"
    pytest.skip("chromium is not installed (Debian: apt-get install chromium; .ci/run does this)")


def _browse(page: Path, profile: Path, *args: str) -> subprocess.CompletedProcess:
    cmd = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
           f"--user-data-dir={profile}", *args, page.as_uri()]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc


@pytest.fixture(scope="module")
def report_page(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("html")
    (folder / "bericht.md").write_text(DRAFT, encoding="utf-8")
    invoke(["check", "--pack", MINI, "--format", "html", "--output", "rapport.html", "bericht.md"],
           exit_code=1, cwd=folder)
    return folder / "rapport.html"


def test_dom_after_parsing_has_the_verdict_and_marks_and_no_script(report_page, tmp_path):
    dom = _browse(report_page, tmp_path / "profile", "--dump-dom").stdout
    assert "Niet publiceren" in dom
    marks = re.findall(r'<mark id="f\d+" class="sev-(?:block|review|info)"', dom)
    assert len(marks) >= 4
    assert "Anouk van den Berg</mark>" in dom
    assert "<script" not in dom.lower()  # the draft's script is not an element
    assert "&lt;script&gt;document.title" in dom  # ... it is text
    assert "<img" not in dom.lower() and "&lt;img src=x" in dom
    assert "<title>postcheck: Niet publiceren</title>" in dom  # nothing ran


def test_screenshot_renders(report_page, tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "html_report.png"
    shot.unlink(missing_ok=True)
    _browse(report_page, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1200,1600",
            "--hide-scrollbars")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1200, 1600)
    assert len(data) > 30_000  # a blank page compresses to a few kB
