"""Config you can trust: ownership and folder checks, discovery boundaries, lexicon paths."""
from __future__ import annotations

import os

import pytest

from conftest import ROOT, invoke

MINI = ROOT / "tests" / "packs" / "mini.yaml"
DRAFT = "Vandaag bij Anouk van den Berg de keuken vernieuwd.\n"
NOBODY = 65534


def _foreign(path, monkeypatch):
    """Make `path` look owned by another user: chown as root, else pretend to be another uid."""
    if os.geteuid() == 0:
        os.chown(path, NOBODY, NOBODY)
    else:
        monkeypatch.setattr(os, "getuid", lambda: os.stat(path).st_uid + 12345)


@pytest.fixture
def site(tmp_path, monkeypatch):
    """A blog folder (with .git, so discovery stops here) holding a config and a draft."""
    monkeypatch.delenv("POSTCHECK_SAFE_DIRECTORIES", raising=False)
    root = tmp_path / "site"
    (root / ".git").mkdir(parents=True)
    os.chmod(root, 0o755)
    (root / "posts").mkdir()
    (root / "posts" / "a.txt").write_text(DRAFT, encoding="utf-8")
    (root / ".postcheck.yaml").write_text(f"packs: [{MINI}]\nchannel: facebook\n", encoding="utf-8")
    return root


def test_own_config_is_used(site):
    invoke(["--format", "json", "posts/a.txt"], exit_code=1, cwd=site)


def test_config_owned_by_another_user_is_refused(site, monkeypatch):
    _foreign(site / ".postcheck.yaml", monkeypatch)
    result = invoke(["posts/a.txt"], exit_code=2, cwd=site / "posts")
    err = result.stderr.strip()
    assert len(err.splitlines()) == 1
    assert ".postcheck.yaml" in err and "owned by another user" in err
    assert "POSTCHECK_SAFE_DIRECTORIES" in err and "--config" in err


def test_foreign_config_escape_hatches(site, monkeypatch):
    _foreign(site / ".postcheck.yaml", monkeypatch)
    invoke(["--config", site / ".postcheck.yaml", "posts/a.txt"], exit_code=1, cwd=site)
    monkeypatch.setenv("POSTCHECK_SAFE_DIRECTORIES", str(site))
    invoke(["posts/a.txt"], exit_code=1, cwd=site)


def test_config_in_a_world_writable_folder_without_sticky_bit_is_refused(site):
    os.chmod(site, 0o777)
    result = invoke(["posts/a.txt"], exit_code=2, cwd=site)
    assert "every user can write to" in result.stderr
    os.chmod(site, 0o1777)   # sticky: others cannot replace our file
    invoke(["posts/a.txt"], exit_code=1, cwd=site)


def test_world_writable_config_is_refused(site):
    os.chmod(site / ".postcheck.yaml", 0o666)
    result = invoke(["posts/a.txt"], exit_code=2, cwd=site)
    assert "every user can change" in result.stderr and "chmod o-w" in result.stderr


def test_pack_file_owned_by_another_user_is_refused(site, monkeypatch):
    pack = site / "ours.yaml"
    pack.write_text(MINI.read_text(encoding="utf-8"), encoding="utf-8")
    (site / ".postcheck.yaml").write_text("packs: [ours.yaml]\n", encoding="utf-8")
    invoke(["posts/a.txt"], exit_code=1, cwd=site)
    _foreign(pack, monkeypatch)
    result = invoke(["posts/a.txt"], exit_code=2, cwd=site)
    assert "ours.yaml" in result.stderr and "pack file owned by another user" in result.stderr


def test_discovery_stops_at_the_repository_root(tmp_path, site):
    # a config above the repository (here a broken one) is never read
    (tmp_path / ".postcheck.yaml").write_text("chanel: x\n", encoding="utf-8")
    (site / ".postcheck.yaml").unlink()
    report = invoke(["--format", "json", "--fail-on", "never", "a.txt"], cwd=site / "posts")
    assert '"verdict"' in report.stdout


def test_discovery_stops_at_the_home_folder(tmp_path, monkeypatch):
    home = tmp_path / "home" / "me"
    (home / "drafts").mkdir(parents=True)
    (home / "drafts" / "a.txt").write_text("Tekst.\n", encoding="utf-8")
    (tmp_path / "home" / ".postcheck.yaml").write_text("chanel: x\n", encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    invoke(["--fail-on", "never", "a.txt"], cwd=home / "drafts")
    (home / ".postcheck.yaml").write_text("chanel: x\n", encoding="utf-8")   # in the home folder itself: read
    invoke(["a.txt"], exit_code=2, cwd=home / "drafts")


@pytest.mark.parametrize("ref", ["../../../etc/hostname", "/etc/hostname", "link/clients.txt"])
def test_lexicon_outside_the_config_folder_is_refused(site, tmp_path, ref):
    (tmp_path / "clients.txt").write_text("Anouk van den Berg\n", encoding="utf-8")
    (site / "link").symlink_to(tmp_path)
    (site / ".postcheck.yaml").write_text(f"packs: [{MINI}]\nlexicons:\n  clients: [{ref}]\n", encoding="utf-8")
    result = invoke(["posts/a.txt"], exit_code=2, cwd=site)
    assert f".postcheck.yaml:3:13: lexicons.clients: '{ref}' points outside the config's folder" in result.stderr
    assert "allow_outside_lexicons" in result.stderr


def test_lexicon_outside_allowed_explicitly(site, tmp_path):
    (tmp_path / "clients.txt").write_text("Jan Modaal\n", encoding="utf-8")
    (site / "posts" / "b.txt").write_text("Vandaag bij Jan Modaal geweest.\n", encoding="utf-8")
    (site / ".postcheck.yaml").write_text(
        f"packs: [{MINI}]\nallow_outside_lexicons: true\nlexicons:\n  clients: [{tmp_path / 'clients.txt'}]\n",
        encoding="utf-8")
    result = invoke(["--format", "json", "posts/b.txt"], exit_code=1, cwd=site)
    assert "client-name" in result.stdout
