"""--output and --baseline never destroy what is at the target path (postcheck often runs as root in CI)."""
from __future__ import annotations

import json
import os
import stat

import pytest

from conftest import ROOT, invoke
from postcheck import outfile
from postcheck.errors import UserError

MINI = ROOT / "tests" / "packs" / "mini.yaml"
BLOCK = "Vandaag bij Anouk van den Berg de keuken vernieuwd.\n"


@pytest.fixture
def draft(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text(BLOCK, encoding="utf-8")
    return path


def _no_temp_files(folder):
    return not [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_fifo_target_is_refused_without_opening_it(tmp_path, draft):
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    result = invoke(["--pack", MINI, "--format", "json", "--output", fifo, draft], exit_code=2)
    assert "FIFO" in result.stderr and str(fifo) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert _no_temp_files(tmp_path)


def test_symlink_target_is_refused_and_its_target_kept(tmp_path, draft):
    victim = tmp_path / "important.conf"
    victim.write_text("keep me\n")
    link = tmp_path / "out.json"
    link.symlink_to(victim)
    result = invoke(["--pack", MINI, "--format", "json", "--output", link, draft], exit_code=2)
    assert "symbolic link" in result.stderr
    assert link.is_symlink() and victim.read_text() == "keep me\n"


def test_directory_target_is_refused(tmp_path, draft):
    folder = tmp_path / "reports"
    folder.mkdir()
    result = invoke(["--pack", MINI, "--output", folder, draft], exit_code=2)
    assert "directory" in result.stderr
    assert folder.is_dir() and not list(folder.iterdir())


def test_output_over_an_input_draft_is_refused(tmp_path, draft):
    result = invoke(["--pack", MINI, "--output", draft, draft], exit_code=2)
    assert "drafts being checked" in result.stderr
    assert draft.read_text(encoding="utf-8") == BLOCK


def test_output_over_an_input_found_in_a_folder_is_refused(tmp_path, draft):
    result = invoke(["--pack", MINI, "--output", draft, tmp_path], exit_code=2)
    assert "drafts being checked" in result.stderr
    assert draft.read_text(encoding="utf-8") == BLOCK


@pytest.mark.parametrize("update", [True, False])
def test_baseline_over_an_input_draft_is_refused(tmp_path, draft, update):
    md = tmp_path / "post.md"
    md.write_text(BLOCK, encoding="utf-8")
    args = ["--pack", MINI, "--baseline", md, md, draft] + (["--update-baseline"] if update else [])
    result = invoke(args, exit_code=2)
    if update:
        assert "drafts being checked" in result.stderr
    assert md.read_text(encoding="utf-8") == BLOCK


def test_regular_file_is_replaced_atomically_keeping_its_mode(tmp_path, draft):
    out = tmp_path / "report.json"
    out.write_text("old\n")
    os.chmod(out, 0o640)
    invoke(["--pack", MINI, "--format", "json", "--output", out, draft], exit_code=1)
    assert json.loads(out.read_text())["verdict"] == "block"
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o640
    assert _no_temp_files(tmp_path)


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can turn /dev/null into a regular file")
def test_dev_null_stays_a_character_device_as_root(draft):
    invoke(["--pack", MINI, "--format", "json", "--output", "/dev/null", draft], exit_code=1)
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


def test_character_device_is_written_as_a_stream(tmp_path, monkeypatch):
    # /dev/null is the one character device every system has; the write goes through os.open, not a rename
    calls = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda p, *a, **k: calls.append(p) or real_open(p, *a, **k))
    outfile.write_text("/dev/null", "report\n")
    assert calls == ["/dev/null"] and stat.S_ISCHR(os.lstat("/dev/null").st_mode)


def test_failed_write_leaves_no_temp_file_and_keeps_the_old_report(tmp_path, monkeypatch):
    out = tmp_path / "report.json"
    out.write_text("old\n")

    def full(*_a, **_k):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(UserError, match="No space left"):
        outfile.write_text(str(out), "new\n")
    assert out.read_text() == "old\n"
    assert _no_temp_files(tmp_path)


def test_failed_write_of_a_new_file_leaves_nothing(tmp_path, monkeypatch):
    def full(*_a, **_k):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(UserError):
        outfile.write_text(str(tmp_path / "new.json"), "new\n")
    assert list(tmp_path.iterdir()) == []


def test_init_force_does_not_write_through_a_symlink(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n")
    site = tmp_path / "site"
    site.mkdir()
    (site / ".postcheck.yaml").symlink_to(victim)
    result = invoke(["init", "--force"], exit_code=2, cwd=site)
    assert "symbolic link" in result.stderr and victim.read_text() == "keep me\n"


def test_dev_stdout_into_a_pipe_is_written_not_refused(draft):
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-c", "from postcheck.cli import main; main()", "--pack", str(MINI),
                           "--format", "json", "--output", "/dev/stdout", str(draft)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["verdict"] == "block"
