"""Reading drafts, front matter and the prose view, on the shared samples and the real blog corpus."""
from __future__ import annotations

import glob
import io
import os
import sys

import pytest

from postcheck.drafts.frontmatter import parse_front_matter
from postcheck.drafts.markup import prose_view
from postcheck.drafts.read import Draft, format_for, load_draft, parse_draft
from postcheck.errors import UserError

from conftest import SHARED

SAMPLES = SHARED / "samples"
CORPUS = sorted(glob.glob(str(SHARED / "corpus" / "blog" / "**" / "*.md"), recursive=True))
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared (samples, corpus) is not next to this checkout")


def view_of(source: str, fmt: str = "markdown") -> str:
    draft = Draft("x", source, fmt)
    return prose_view(draft, parse_front_matter(source, "x"))


# -- read ------------------------------------------------------------------------------

def test_format_for():
    assert format_for("a.TXT") == "text"
    assert format_for("a/b.markdown") == "markdown"
    assert format_for("x.htm") == "html"
    assert format_for("x.docx") is None


def test_missing_file(tmp_path):
    with pytest.raises(UserError, match="not found") as err:
        load_draft(str(tmp_path / "nope.md"))
    assert err.value.path.endswith("nope.md")


def test_directory(tmp_path):
    (tmp_path / "d.md").mkdir()
    with pytest.raises(UserError, match="directory"):
        load_draft(str(tmp_path / "d.md"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read anything")
def test_permission_denied(tmp_path):
    f = tmp_path / "p.md"
    f.write_text("hoi")
    f.chmod(0)
    with pytest.raises(UserError, match="permission"):
        load_draft(str(f))


def test_unsupported_extension(tmp_path):
    f = tmp_path / "a.docx"
    f.write_text("hoi")
    with pytest.raises(UserError, match="unsupported") as err:
        load_draft(str(f))
    assert ".md" in err.value.hint


@pytest.mark.parametrize("data", [b"PK\x03\x04\x00\x00abc", bytes(range(1, 32)) * 20])
def test_binary(data):
    with pytest.raises(UserError, match="binary"):
        parse_draft("x.txt", data)


def test_invalid_utf8_gives_byte_offset_and_line():
    data = "regel één\ntweede r".encode() + b"\xe9gel"
    with pytest.raises(UserError) as err:
        parse_draft("x.md", data)
    e = err.value
    assert f"byte offset {len(data) - 4}" in e.message
    assert e.line == 2 and e.col == 9
    assert "UTF-8" in e.hint
    assert "\n" not in str(e)


def test_bom_removed_line_ends_kept(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(b"\xef\xbb\xbfa\r\nb\n")
    before = f.read_bytes()
    d = load_draft(str(f))
    assert d == Draft(str(f), "a\r\nb\n", "text")
    assert f.read_bytes() == before


def test_stdin_sniffing(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"  \n<!DOCTYPE html><p>x</p>")))
    assert load_draft("-").fmt == "html"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"# Kop\n<p>x</p>")))
    d = load_draft("-")
    assert (d.path, d.fmt) == ("-", "markdown")


@needs_shared
def test_sample_bom_crlf():
    d = load_draft(f"{SAMPLES}/bom_crlf_frontmatter.txt")
    assert d.source.startswith("---\n") and "\r\n" in d.source


# -- front matter ----------------------------------------------------------------------

def test_yaml_front_matter_marks_and_dates():
    src = "---\ntitle: Nieuwe kozijnen\nchannel: blog\napproval:\n  date: 2026-11-02\ndate: 2026-11-02\n---\nTekst"
    fm = parse_front_matter(src, "x.md")
    assert fm.data["date"] == "2026-11-02"
    assert fm.data["approval"] == {"date": "2026-11-02"}
    assert fm.marks["channel"] == (3, 1)
    assert (fm.start, fm.end) == (0, src.index("Tekst"))
    assert [src[a:b] for a, b in fm.prose] == ["Nieuwe kozijnen"]


def test_quoted_prose_span_inside_quotes():
    src = "---\ntitle: 'Over Anouk'\ndescription: \"Een dag\"  # c\nsummary: |\n  blok\n---\n"
    fm = parse_front_matter(src, "x.md")
    assert [src[a:b] for a, b in fm.prose] == ["Over Anouk", "Een dag"]


def test_crlf_front_matter():
    src = "---\r\nchannel: facebook\r\ntitle: Hoi\r\n---\r\nTekst\r\n"
    fm = parse_front_matter(src, "x.md")
    assert fm.data == {"channel": "facebook", "title": "Hoi"}
    assert src[fm.end:] == "Tekst\r\n"
    assert fm.marks["title"] == (3, 1)
    assert [src[a:b] for a, b in fm.prose] == ["Hoi"]


def test_toml_front_matter():
    src = '+++\r\ntitle = "Over entropie"\r\ndate = 2019-01-02\r\n[params]\r\ntitle = "x"\r\n+++\r\nTekst'
    fm = parse_front_matter(src, "x.md")
    assert fm.data["title"] == "Over entropie"
    assert fm.marks == {"title": (2, 1), "date": (3, 1)}
    assert [src[a:b] for a, b in fm.prose] == ["Over entropie"]
    assert src[fm.end:] == "Tekst"


# an unclosed bracket or quote is reported where it was opened (the shared loader, as for packs)
@pytest.mark.parametrize("src, line", [
    ("---\nchannel: facebook\ntitle: [open\n---\n", 3),
    ("\n".join(["---", "a: 1", "b: 2", "  c: 3", "---"]), 4),
    ("---\r\na: 1\r\nb: 'x\r\n\r\n---\r\n", 3),
    ('+++\ntitle = "x"\ndate = \n+++\n', 3),
])
def test_invalid_front_matter_line_in_file(src, line):
    with pytest.raises(UserError) as err:
        parse_front_matter(src, "d.md")
    assert err.value.path == "d.md"
    assert err.value.line == line
    assert err.value.hint


def test_front_matter_not_a_mapping():
    with pytest.raises(UserError, match="mapping") as err:
        parse_front_matter("---\n- a\n- b\n---\n", "d.md")
    assert err.value.line == 2


@pytest.mark.parametrize("src", ["---\nGeen einde\n", "Tekst\n---\na: 1\n---\n", "--- \nx"])
def test_no_front_matter(src):
    assert parse_front_matter(src, "d.md").end == 0


def test_tab_after_key_accepted():
    fm = parse_front_matter("---\t\nlayout:\tredirect\ntitle:\t\"Hoi\"\n---\n", "d.md")
    assert fm.data == {"layout": "redirect", "title": "Hoi"}


def test_handle_values_starting_with_at_accepted():
    """'@' may not start a plain YAML value, but people write handles so: read as the text written."""
    fm = parse_front_matter("---\nchannel: instagram\npage: @wilgenhoek.hk\ntags:\n  - @domus\n  - `x'y\n---\n", "d.md")
    assert fm.data == {"channel": "instagram", "page": "@wilgenhoek.hk", "tags": ["@domus", "`x'y"]}
    assert fm.marks["page"] == (3, 1)
    with pytest.raises(UserError, match="invalid YAML") as err:   # a prose value keeps its span: still an error
        parse_front_matter("---\ntitle: @domus nieuws\n---\n", "d.md")
    assert err.value.line == 2 and "@" in err.value.hint


@needs_shared
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.replace(os.sep, "/").split("/blog/", 1)[1])
def test_corpus_file(path):
    d = load_draft(path)
    fm = parse_front_matter(d.source, path)
    assert fm.end > 0
    view = prose_view(d, fm)
    assert len(view) == len(d.source)
    assert view.count("\n") == d.source.count("\n")


@needs_shared
def test_corpus_is_found():
    assert CORPUS, f"no blog posts under {SHARED / 'corpus' / 'blog'}"


# -- prose view ------------------------------------------------------------------------

@needs_shared
@pytest.mark.parametrize("name", sorted(os.listdir(SAMPLES)) if SAMPLES.is_dir() else [])
def test_samples_keep_length_and_lines(name):
    d = load_draft(f"{SAMPLES}/{name}")
    view = prose_view(d, parse_front_matter(d.source, d.path))
    assert len(view) == len(d.source)
    assert [i for i, c in enumerate(view) if c in "\r\n"] == [i for i, c in enumerate(d.source) if c in "\r\n"]


@needs_shared
def test_sample_markdown():
    d = load_draft(f"{SAMPLES}/markdown_code.md")
    view = prose_view(d, parse_front_matter(d.source, d.path))
    assert "Jan Jansen" not in view                      # code block and URL
    assert "voorbeeldbouw.nl/" not in view
    assert "Zie ook  onze site " in view                 # link text, brackets masked
    assert "info@voorbeeldbouw.nl" in view               # e-mail is prose
    assert "Nieuwe kozijnen aan de Kerkstraat" in view
    assert "channel" not in view and "blog" not in view.split("Nieuwe")[0]
    i = d.source.index("title: ") + 7
    assert view[i:i + 15] == "Nieuwe kozijnen"           # title stays visible


@needs_shared
def test_sample_html():
    d = load_draft(f"{SAMPLES}/page.html")
    view = prose_view(d, parse_front_matter(d.source, d.path))
    assert "Piet" not in view and "color" not in view and "<" not in view and "tel:" not in view
    assert "open dag in het gemeentehuis van Heemstede." in view
    assert "023 548 58 58" in view


@needs_shared
def test_sample_front_matter_masked_body_kept():
    d = load_draft(f"{SAMPLES}/bom_crlf_frontmatter.txt")
    view = prose_view(d, parse_front_matter(d.source, d.path))
    assert "facebook" not in view
    assert view.endswith("Bel gerust: 06-12345678.\r\n")


@pytest.mark.parametrize("src, gone, kept", [
    ("a `Jan` b", "Jan", "a"),
    ("~~~\nJan\n~~~\nna", "Jan", "na"),
    ("```js\nJan\n", "Jan", "js" * 0),                   # unclosed fence runs to the end
    ("x <!-- Jan --> y", "Jan", "y"),
    ("{% vimeo 'Jan' %} en {{ page.Jan }} en {{< fig Jan >}}", "Jan", " en "),
    ("{%- comment -%}Jan{%- endcomment -%} ok", "Jan", "ok"),
    ("![foto van Jan](jan.jpg)", "jan.jpg", "foto van Jan"),
    ("[![Jan](a.png)](https://x.nl/p)", "a.png", "Jan"),
    ("[tekst][ref]\n\n[ref]: https://jan.nl", "jan.nl", "tekst"),
    ("zie www.jan.nl.", "jan", "zie"),
    (":::tip Let op\nJan\n:::", "tip", "Let op"),
    ("# Kop\n**vet** en _schuin_ en snake_case", "*", "snake_case"),
    ("<Link to=\"/jan\">Naar Jan</Link>", "/jan", "Naar Jan"),
])
def test_markdown_masking(src, gone, kept):
    view = view_of(src)
    assert len(view) == len(src)
    assert gone not in view
    assert kept in view


def test_inline_code_does_not_open_comment():
    src = "Schrijf `<!--` voor commentaar. Jan komt ook.\n\n--> klaar"
    assert "Jan komt ook." in view_of(src)


def test_plain_text_masks_only_urls_and_front_matter():
    src = "---\nchannel: x\n---\n`code` <b>Jan</b> https://jan.nl/x."
    view = view_of(src, "text")
    assert view.endswith("`code` <b>Jan</b> " + " " * len("https://jan.nl/x") + ".")
    assert "channel" not in view
