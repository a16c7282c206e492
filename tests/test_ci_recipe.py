"""Acceptance: the GitHub Actions recipe in docs/ci.md, run step by step on a fresh clone.

The `run:` steps of the recipe block are taken from the document as written and run with bash in
a fresh `git clone` of a temporary blog repository, with `${{ secrets.* }}` and `${{ runner.temp }}`
filled in as GitHub would. The install step is the one step not run: the postcheck under test (this
virtualenv) is put first on PATH instead (installing from the network is not possible here).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("git") is None or shutil.which("bash") is None,
                                reason="needs git and bash")

MARK = "<!-- recipe: fresh-clone"
CLIENT = "Anouk van den Berg"


def _recipe_steps() -> list[dict]:
    doc = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    after = doc[doc.index(MARK):]
    block = re.search(r"```yaml\n(.*?)```", after, re.S)
    assert block, "the recipe block after the marker is missing"
    workflow = yaml.safe_load(block.group(1))
    (job,) = workflow["jobs"].values()
    return job["steps"]


def _fill(value: str, secrets: dict[str, str], temp: Path) -> str:
    value = re.sub(r"\$\{\{\s*secrets\.(\w+)\s*\}\}", lambda m: secrets.get(m.group(1), ""), value)
    value = re.sub(r"\$\{\{\s*runner\.temp\s*\}\}", str(temp), value)
    assert "${{" not in value, value
    return value


def _git(args, cwd, env):
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


def _run_recipe(tmp_path: Path, posts: dict[str, str], secrets: dict[str, str]) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "POSTCHECK_"))}
    env.update(GIT_AUTHOR_NAME="T", GIT_AUTHOR_EMAIL="t@example.invalid", GIT_COMMITTER_NAME="T",
               GIT_COMMITTER_EMAIL="t@example.invalid", GIT_CONFIG_NOSYSTEM="1", NO_COLOR="1")
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    origin = tmp_path / "origin"
    (origin / "posts").mkdir(parents=True)
    (origin / ".postcheck.yaml").write_text('packs: [domus]\nexclude: ["README.md"]\n', encoding="utf-8")
    (origin / ".gitignore").write_text("private/\n", encoding="utf-8")
    (origin / "README.md").write_text(f"# Blog\n\nGeen post: {CLIENT}.\n", encoding="utf-8")
    for name, text in posts.items():
        (origin / "posts" / name).write_text(text, encoding="utf-8")
    _git(["init", "-q", "-b", "main"], origin, env)
    _git(["add", "-A"], origin, env)
    _git(["commit", "-q", "-m", "posts"], origin, env)
    clone = tmp_path / "clone"
    _git(["clone", "-q", str(origin), str(clone)], tmp_path, env)
    temp = tmp_path / "runner-temp"
    temp.mkdir()
    env["RUNNER_TEMP"] = str(temp)
    proc = None
    for step in _recipe_steps():
        if "run" not in step or "pip install" in step["run"]:
            continue
        step_env = dict(env, **{k: _fill(str(v), secrets, temp) for k, v in (step.get("env") or {}).items()})
        proc = subprocess.run(["bash", "-e", "-c", _fill(step["run"], secrets, temp)], cwd=clone, env=step_env,
                              capture_output=True, text=True, timeout=600)
        if proc.returncode:
            return proc
    assert proc is not None
    return proc


def test_recipe_runs_green_on_a_fresh_clone_with_the_lexicon_from_a_secret(tmp_path):
    proc = _run_recipe(tmp_path, {"zomer.md": "# Zomer\n\nVandaag een mooie dag in het park.\n"},
                       {"POSTCHECK_CLIENTS": f"# huurders\n{CLIENT}\n"})
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_recipe_uses_the_secret_lexicon_on_a_post_naming_a_client(tmp_path):
    proc = _run_recipe(tmp_path, {"bezoek.md": f"# Bezoek\n\nVandaag bij {CLIENT}.\n"},
                       {"POSTCHECK_CLIENTS": f"# huurders\n{CLIENT}\n"})
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "domus.client-name" in proc.stdout and "posts/bezoek.md" in proc.stdout
    assert "README" not in proc.stdout


def test_recipe_without_the_secret_still_runs(tmp_path):
    proc = _run_recipe(tmp_path, {"bezoek.md": f"# Bezoek\n\nVandaag bij {CLIENT}.\n"}, {})
    assert proc.returncode == 0, proc.stdout + proc.stderr   # no list: the name is not known to be a client
