"""Acceptance: the real `pre-commit` tool installs our hook and blocks a commit of a bad draft.

pre-commit builds a virtualenv for the hook and pip-installs postcheck and its
dependencies into it (from the package index), so this is slow the first time.
PRE_COMMIT_HOME is one temporary folder for the whole module, so the hook's
environment is built once. Deselect with `-m "not slow"`.
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "tests" / "packs" / "mini.yaml"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(importlib.util.find_spec("pre_commit") is None,
                       reason="pre-commit is not installed (pip install -e '.[test]')"),
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
]


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.update(PRE_COMMIT_HOME=str(home), GIT_AUTHOR_NAME="Test", GIT_AUTHOR_EMAIL="test@example.invalid",
               GIT_COMMITTER_NAME="Test", GIT_COMMITTER_EMAIL="test@example.invalid",
               GIT_CONFIG_NOSYSTEM="1", NO_COLOR="1")
    # the git hook pre-commit installs runs `python -m pre_commit` with this interpreter
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return env


def _run(args, cwd: Path, env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=1800)
    if check and proc.returncode:
        raise AssertionError(f"{args} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> dict[str, str]:
    return _env(tmp_path_factory.mktemp("pre-commit-home"))


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory, env) -> tuple[Path, str]:
    """A clone of this repository with the working tree committed (pre-commit wants a rev)."""
    if not (ROOT / ".git").exists():
        pytest.skip("this checkout is not a git repository")
    dest = tmp_path_factory.mktemp("hook-repo") / "postcheck"
    _run(["git", "clone", "-q", "--no-local", ROOT, dest], ROOT, env)
    listed = _run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], ROOT, env).stdout
    for name in filter(None, listed.split("\0")):
        src, dst = ROOT / name, dest / name
        if src.is_file() and not src.is_symlink():
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dst)
    _run(["git", "add", "-A"], dest, env)
    _run(["git", "commit", "-q", "--no-verify", "--allow-empty", "-m", "working tree under test"], dest, env)
    sha = _run(["git", "rev-parse", "HEAD"], dest, env).stdout.strip()
    return dest, sha


@pytest.fixture()
def site(tmp_path, hook_repo, env) -> Path:
    """A repository of drafts that uses the hook with the built-in default pack and a private clients list.

    The hook installs postcheck as a normal (non-editable) package, so this also checks that the
    built-in packs and word lists ship inside it.
    """
    repo, sha = hook_repo
    site = tmp_path / "site"
    (site / "private").mkdir(parents=True)
    (site / "private" / "clients.txt").write_text("# huurders (nooit publiceren)\nAnouk van den Berg\n", encoding="utf-8")
    (site / ".gitignore").write_text("private/\n", encoding="utf-8")
    (site / ".postcheck.yaml").write_text("packs: [domus]\nlexicons:\n  clients: [private/clients.txt]\n",
                                          encoding="utf-8")
    (site / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repo}\n    rev: {sha}\n    hooks:\n      - id: postcheck\n", encoding="utf-8")
    _run(["git", "init", "-q", "-b", "main"], site, env)
    _run([sys.executable, "-m", "pre_commit", "install"], site, env)
    _run(["git", "add", "-A"], site, env)
    _run(["git", "commit", "-q", "-m", "setup"], site, env)  # builds the hook environment once
    return site


def test_commit_of_a_draft_naming_a_client_fails_and_a_clean_post_commits(site, env):
    drafts = site / "drafts"
    drafts.mkdir()
    (drafts / "bezoek.md").write_text("# Op bezoek\n\nVandaag bij Anouk van den Berg.\n", encoding="utf-8")
    _run(["git", "add", "drafts/bezoek.md"], site, env)
    proc = _run(["git", "commit", "-m", "bezoek"], site, env, check=False)
    output = proc.stdout + proc.stderr
    assert proc.returncode != 0, output
    assert "postcheck" in output and "Failed" in output, output
    assert "Niet publiceren" in output and "domus.client-name" in output, output
    assert "drafts/bezoek.md" in output, output
    assert _run(["git", "rev-list", "--count", "HEAD"], site, env).stdout.strip() == "1"

    _run(["git", "rm", "-q", "--cached", "drafts/bezoek.md"], site, env)
    (drafts / "bezoek.md").unlink()
    # long enough for the trained judge to weigh it: the wheel must carry nlp/judge and its weights
    (drafts / "zomer.md").write_text(
        "# Zomer\n\nVandaag een mooie dag in het park. We hebben met het hele team de nieuwe speeltuin "
        "geschilderd, koffie gedronken en daarna nog een potje gevoetbald. Volgende week gaan we verder "
        "met de bankjes en de schuur achter het grasveld.\n", encoding="utf-8")
    (drafts / "notitie.txt").write_text("Morgen weer een mooie dag.\n", encoding="utf-8")
    (site / "lijst.yaml").write_text("niet: een concept\n", encoding="utf-8")  # not a draft: not passed
    _run(["git", "add", "-A"], site, env)
    proc = _run(["git", "commit", "-m", "zomer"], site, env, check=False)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    assert "Passed" in output, output
    assert _run(["git", "rev-list", "--count", "HEAD"], site, env).stdout.strip() == "2"


def test_blog_repository_hook_checks_posts_only(tmp_path, hook_repo, env):
    """A blog with README.md, CHANGELOG.md and a notes folder excluded in .postcheck.yaml: only posts count."""
    repo, sha = hook_repo
    blog = tmp_path / "blog"
    (blog / "posts").mkdir(parents=True)
    (blog / "notes").mkdir()
    bad = "Vandaag bij Anouk van den Berg, bel haar op 06-12345678.\n"
    for name in ("README.md", "CHANGELOG.md", "notes/intern.md", "notes/lijst.txt"):
        (blog / name).write_text(f"# {name}\n\n{bad}", encoding="utf-8")
    (blog / "posts" / "zomer.md").write_text("# Zomer\n\nVandaag een mooie dag in het park.\n", encoding="utf-8")
    (blog / "clients.txt").write_text("Anouk van den Berg\n", encoding="utf-8")
    (blog / ".postcheck.yaml").write_text('packs: [domus]\nlexicons:\n  clients: [clients.txt]\nexclude: ["notes/**"]\n',
                                          encoding="utf-8")
    (blog / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repo}\n    rev: {sha}\n    hooks:\n      - id: postcheck\n", encoding="utf-8")
    _run(["git", "init", "-q", "-b", "main"], blog, env)
    _run([sys.executable, "-m", "pre_commit", "install"], blog, env)
    _run(["git", "add", "-A"], blog, env)
    proc = _run(["git", "commit", "-m", "blog"], blog, env, check=False)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output            # README, CHANGELOG and notes/ are not posts
    assert "Passed" in output, output

    (blog / "posts" / "bezoek.md").write_text(f"# Bezoek\n\n{bad}", encoding="utf-8")
    (blog / "notes" / "intern.md").write_text(f"# Nog eens\n\n{bad}", encoding="utf-8")
    _run(["git", "add", "-A"], blog, env)
    proc = _run(["git", "commit", "-m", "bezoek"], blog, env, check=False)
    output = proc.stdout + proc.stderr
    assert proc.returncode != 0, output
    assert "posts/bezoek.md" in output and "domus.client-name" in output, output
    assert "notes/intern.md" not in output and "README" not in output, output
