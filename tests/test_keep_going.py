"""Keep going, never skip silently: a bad input is reported for its path, every other draft is still checked."""
from __future__ import annotations

import json
import os
import signal
import stat

import pytest

from conftest import ROOT, invoke
from postcheck import api
from postcheck.config import Settings
from postcheck.errors import UserError

MINI = ROOT / "tests" / "packs" / "mini.yaml"
BLOCK = "Vandaag bij Anouk van den Berg de keuken vernieuwd.\n"
CLEAN = "Vandaag de kozijnen geschilderd.\n"


@pytest.fixture(autouse=True)
def no_hang():
    """A test that would block (a FIFO opened, a lost worker waited for) fails instead of hanging."""
    def boom(*_):
        raise TimeoutError("hung")
    old = signal.signal(signal.SIGALRM, boom)
    signal.alarm(240)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


@pytest.fixture
def posts(tmp_path):
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "a.md").write_text(BLOCK, encoding="utf-8")
    (folder / "b.md").write_text(CLEAN, encoding="utf-8")
    return folder


def _json(result):
    return {os.path.basename(f["path"]): f["verdict"] for f in json.loads(result.stdout)["files"]}


def test_missing_path_reported_others_checked(posts):
    result = invoke(["--pack", MINI, "--format", "json", "posts/a.md", "nope.md", "posts/b.md"], exit_code=2,
                    cwd=posts.parent)
    assert _json(result) == {"a.md": "block", "b.md": "ok"}
    assert result.stderr.strip() == "postcheck: error: nope.md: file not found. Check the path."


def test_text_output_also_keeps_going(posts):
    result = invoke(["--pack", MINI, "posts/a.md", "nope.md"], exit_code=2, cwd=posts.parent)
    assert "Niet publiceren" in result.stdout and "nope.md: file not found" in result.stderr


def test_glob_without_matches_is_an_error_for_that_pattern(posts):
    result = invoke(["--pack", MINI, "--format", "json", "posts/*.md", "drafts/*.md"], exit_code=2, cwd=posts.parent)
    assert _json(result) == {"a.md": "block", "b.md": "ok"}
    assert "no files match 'drafts/*.md'" in result.stderr


def test_bad_front_matter_in_one_draft(posts):
    (posts / "c.md").write_text("---\nchannel: [open\n---\nTekst\n", encoding="utf-8")
    result = invoke(["--pack", MINI, "--format", "json", posts], exit_code=2)
    assert _json(result) == {"a.md": "block", "b.md": "ok"}
    assert "c.md:2:" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_fifo_in_a_folder_is_skipped_with_a_notice_never_opened(posts):
    os.mkfifo(posts / "x.md")
    result = invoke(["--pack", MINI, "--format", "json", posts], exit_code=1)
    assert _json(result) == {"a.md": "block", "b.md": "ok"}
    assert "x.md: skipped, a FIFO" in result.stderr and result.stderr.startswith("postcheck: warning:")


def test_fifo_given_by_name_is_refused_unopened(posts):
    os.mkfifo(posts / "x.md")
    result = invoke(["--pack", MINI, "--format", "json", posts / "x.md", posts / "a.md"], exit_code=2)
    assert _json(result) == {"a.md": "block"}
    assert "x.md: not a draft file: a FIFO" in result.stderr


def test_fifo_swapped_in_after_the_walk_is_not_read(posts):
    os.mkfifo(posts / "late.md")
    problems = []
    drafts = list(api.read_drafts([str(posts / "late.md"), str(posts / "a.md")], problems))
    assert [os.path.basename(d.path) for d in drafts] == ["a.md"]
    assert "not a regular file" in problems[0].message


def test_symlink_loops(posts):
    (posts / "loop.md").symlink_to(posts / "loop.md")
    (posts / "up").symlink_to(posts.parent)          # a folder loop: posts/up/posts/up/...
    result = invoke(["--pack", MINI, "--format", "json", posts], exit_code=2)
    assert _json(result) == {"a.md": "block", "b.md": "ok"}
    assert "loop.md: cannot read (Too many levels of symbolic links)" in result.stderr


def test_recursive_glob_does_not_follow_a_folder_loop(posts):
    (posts / "sub").mkdir()
    (posts / "sub" / "c.md").write_text(CLEAN, encoding="utf-8")
    (posts / "sub" / "up").symlink_to(posts)
    result = invoke(["--pack", MINI, "--format", "json", "posts/**/*.md"], exit_code=1, cwd=posts.parent)
    paths = [f["path"] for f in json.loads(result.stdout)["files"]]
    assert paths == ["posts/a.md", "posts/b.md", "posts/sub/c.md"]


def test_unreadable_folder_reported_others_checked(posts, monkeypatch):
    (posts / "secret").mkdir()
    (posts / "secret" / "c.md").write_text(CLEAN, encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("secret"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)
    monkeypatch.setattr(os, "scandir", scandir)
    result = invoke(["--pack", MINI, "--format", "json", posts], exit_code=2)
    assert _json(result) == {"a.md": "block", "b.md": "ok"}
    assert "secret: cannot read folder (Permission denied)" in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_reported_others_checked(posts):
    os.chmod(posts / "b.md", 0)
    result = invoke(["--pack", MINI, "--format", "json", posts], exit_code=2)
    assert _json(result) == {"a.md": "block"}
    assert "b.md: permission denied" in result.stderr


def test_file_vanished_mid_run(posts):
    settings = Settings(packs=(str(MINI),))
    files = [str(posts / "a.md"), str(posts / "gone.md"), str(posts / "b.md")]
    problems: list[UserError] = []
    report = api.check_paths(files, settings, files=files, problems=problems)
    assert [os.path.basename(f.path) for f in report.files] == ["a.md", "b.md"]
    assert [(os.path.basename(p.path), p.message) for p in problems] == [("gone.md", "file not found")]
    with pytest.raises(UserError, match="file not found"):   # without a problems list: the first one raises
        api.check_paths(files, settings, files=files)


def test_killed_worker_is_reported_not_waited_for(posts, monkeypatch):
    for i in range(6):
        (posts / f"n{i}.md").write_text(CLEAN, encoding="utf-8")
    (posts / "kill.md").write_text(CLEAN, encoding="utf-8")
    real = api.load_draft

    def load_draft(path, *a, **k):
        if path.endswith("kill.md"):
            os.kill(os.getpid(), signal.SIGKILL)   # only ever runs in a forked worker
        return real(path, *a, **k)
    monkeypatch.setattr(api, "load_draft", load_draft)
    result = invoke(["--pack", MINI, "--format", "json", "--jobs", "2", posts], exit_code=2)
    verdicts = _json(result)
    assert "kill.md" not in verdicts and len(verdicts) == 8 and verdicts["a.md"] == "block"
    assert "kill.md: not checked: the worker process stopped" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_special_file_kinds():
    from postcheck.walk import file_problem

    assert "character device" in file_problem("/dev/null").message
    assert file_problem(__file__) is None
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
