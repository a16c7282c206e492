"""YAML from drafts, packs and configs is hostile input: alias bombs and deep nesting end fast with a located error."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

import pytest

from conftest import ROOT, invoke
from postcheck.errors import UserError
from postcheck.yamlio import load_yaml

MINI = ROOT / "tests" / "packs" / "mini.yaml"


def _bomb(levels: int = 9, width: int = 9) -> str:
    """'Billion laughs': each level repeats the previous one `width` times (9**9 strings when expanded)."""
    lines = ["lol: &l0 [" + ", ".join(['"lol"'] * width) + "]"]
    for i in range(1, levels + 1):
        lines.append(f"lol{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


# Peak RSS in kB of the running process. NOTE: Linux carries ru_maxrss over fork and exec
# (a child of a big pytest process starts with the parent's peak), so prefer VmHWM, which
# belongs to the process's own memory map; resource.getrusage where /proc is missing.
PEAK_RSS = textwrap.dedent("""
    def peak_rss_kb():
        try:
            with open("/proc/self/status") as fh:
                return int(next(l for l in fh if l.startswith("VmHWM:")).split()[1])
        except OSError:
            import resource
            return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
""")


def _run_measured(args, cwd) -> tuple[int, str, float, float]:
    """Run the CLI in a fresh process; return exit code, stderr, seconds and that process's peak RSS in MB."""
    code = PEAK_RSS + textwrap.dedent("""
        import sys
        from postcheck.cli import main
        try:
            main(sys.argv[1:])
        except SystemExit as exc:
            rc = exc.code
        print(f"RSS {peak_rss_kb()}", file=sys.stderr)
        sys.exit(rc)
    """)
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", code, *map(str, args)], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "POSTCHECK_NO_CACHE": "1"})
    seconds = time.monotonic() - start
    lines = proc.stderr.strip().splitlines()
    rss_mb = int(lines[-1].split()[1]) / 1024
    return proc.returncode, "\n".join(lines[:-1]), seconds, rss_mb


def test_alias_bomb_in_a_pack(tmp_path):
    pack = tmp_path / "bom.yaml"
    pack.write_text("name: bom\n" + _bomb(), encoding="utf-8")
    rc, err, seconds, rss = _run_measured(["packs", "validate", pack], tmp_path)
    assert rc == 2 and err.count("\n") == 0, err
    assert "bom.yaml:2:" in err and "alias" in err
    assert seconds < 30 and rss < 200, (seconds, rss)


def test_alias_bomb_in_a_config(tmp_path):
    (tmp_path / ".postcheck.yaml").write_text("packs: [domus]\n" + _bomb(), encoding="utf-8")
    (tmp_path / "d.txt").write_text("Tekst.\n", encoding="utf-8")
    rc, err, seconds, rss = _run_measured(["d.txt"], tmp_path)
    assert rc == 2 and err.count("\n") == 0, err
    assert ".postcheck.yaml:" in err and "alias" in err
    assert seconds < 30 and rss < 200, (seconds, rss)


def test_alias_bomb_in_front_matter_measured(tmp_path):
    draft = tmp_path / "bom.md"
    draft.write_text("---\nchannel: blog\n" + _bomb() + "---\nTekst.\n", encoding="utf-8")
    code = PEAK_RSS + textwrap.dedent(f"""
        import sys
        from postcheck.drafts.frontmatter import parse_front_matter
        from postcheck.drafts.read import load_draft
        from postcheck.errors import UserError
        d = load_draft({str(draft)!r})
        try:
            parse_front_matter(d.source, d.path)
        except UserError as exc:
            print(exc)
        print(peak_rss_kb())
    """)
    start = time.monotonic()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120).stdout
    message, rss_kb = out.strip().splitlines()
    assert time.monotonic() - start < 30 and int(rss_kb) / 1024 < 200
    assert message.startswith(f"{draft}:3:") and "alias" in message


def test_alias_bomb_in_front_matter_through_the_cli(tmp_path):
    draft = tmp_path / "bom.md"
    draft.write_text("---\nchannel: blog\n" + _bomb() + "---\nTekst.\n", encoding="utf-8")
    start = time.monotonic()
    result = invoke(["--pack", MINI, draft], exit_code=2)
    assert time.monotonic() - start < 60
    assert f"{draft}:3:" in result.stderr and "alias" in result.stderr


def test_a_few_aliases_are_fine():
    data = load_yaml("base: &b {channel: blog, capacity: personal}\nother: *b\nlist: [*b, *b]\n", "x.yaml")
    assert data["other"] == data["list"][1] == {"channel": "blog", "capacity": "personal"}


@pytest.mark.parametrize("text", ["a: " + "[" * 200 + "]" * 200, "".join(" " * i + "k:\n" for i in range(200))])
def test_deep_nesting_is_a_located_error(text):
    with pytest.raises(UserError, match="nested|nesting") as err:
        load_yaml(text, "x.yaml")
    assert err.value.path == "x.yaml" and err.value.line


def test_front_matter_duplicate_keys_last_wins_and_dates_stay_text():
    from postcheck.drafts.frontmatter import parse_front_matter

    fm = parse_front_matter("---\ntitle: a\ntitle: b\ndate: 2026-11-02\n---\nx", "d.md")
    assert fm.data == {"title": "b", "date": "2026-11-02"}
