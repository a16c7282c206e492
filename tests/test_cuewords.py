"""The shared cue-word pass (nlp/cuewords.py): one scan serves every detector, each sees only its tags."""
from __future__ import annotations

import pytest

from postcheck.nlp import cuewords
from postcheck.nlp.cuewords import CueScanner
from postcheck.nlp.identify import PersonFinder, _regexes
from postcheck.nlp.secrets import find_credentials


def test_whole_words_prefixes_and_raw_tags():
    sc = CueScanner([("w", ["kamer"]), ("p", ["ghp_"]), ("r", ["de heer"])], prefix_tags=("p",), raw_tags=("r",))
    text = "De kamer, slaapkamer, kamers, ghp_abc, xghp_ en bende heer"
    found = [(text[s:e], sorted(t)) for s, e, t in sc.find(text)]
    assert ("kamer", ["w"]) in found
    assert found.count(("kamer", ["w"])) == 1          # not inside "slaapkamer" or "kamers"
    assert ("ghp_", ["p"]) in found                   # a prefix may run on ...
    assert found.count(("ghp_", ["p"])) == 1          # ... but must start a word
    assert ("de heer", ["r"]) in found                # raw: reported anywhere, the caller's regex decides


def test_scan_matches_each_detector_alone():
    text = "Mevrouw jansen (82) van de Lanckhorstlaan. Het wachtwoord is Zomer2026! en pleegzoon Milan."
    shared = cuewords.scan(text)
    assert {t for _s, _e, tags in shared for t in tags} >= {"title", "pw", "client"}
    assert find_credentials(text, shared) == find_credentials(text)
    pf = PersonFinder()
    assert pf.find(text, shared) == pf.find(text)
    assert [h.label for h in pf.find(text)] == ["described-person", "client-role-name"]


def test_a_tag_belongs_to_one_detector():
    cuewords.register("zz-test", lambda: [("pw", ["iets"])])
    try:
        with pytest.raises(ValueError, match="pw"):
            cuewords.scan("iets")
    finally:
        del cuewords._GROUPS["zz-test"]
        cuewords._shared.cache_clear()


@pytest.mark.parametrize("text", [
    "mevrouw jansen (82) en meneer pieters (80), dhr. de vries uit de Kerklaan",
    "xmevrouw jansen (82) -meneer bakker (79) /Mevr. Smit (88)",
    "mevrouw meneer jansen (82)", "de heer de heer van den berg (90)", "MW. Lee, 85, uit de Dorpsstraat",
])
def test_titles_tried_at_cue_starts_miss_no_match(text):
    # the described-person search tries its regexes only at the title cues' starts: every match starts at one
    starts = {s for s, _e, tags in cuewords.scan(text) if "title" in tags}
    for name in ("titled", "titled-first"):
        found = [m.start() for m in _regexes()[name].finditer(text)]
        assert set(found) <= starts, (name, found, sorted(starts))
    assert [m.start() for m in _regexes()["titled"].finditer(text)]


def test_first_scan_in_a_fresh_process_knows_every_detector():
    import subprocess
    import sys
    code = ("from postcheck.nlp import cuewords; "
            "print(' '.join(sorted({t for _s, _e, tags in cuewords.scan('pleegzoon Milan, wachtwoord: x, mevrouw') "
            "for t in tags})))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert {"client", "pw", "title"} <= set(out.split())
