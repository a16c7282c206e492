"""Start-up work done lazily or in whole-array steps gives the same results as the plain way."""
from __future__ import annotations

import re

import numpy as np
import pytest

from postcheck.nlp import secrets
from postcheck.nlp.lazyre import LazyPatterns
from postcheck.nlp.lexicon import hashing
from postcheck.text.fold import fold_char


def test_the_scan_tables_are_those_of_a_per_code_point_loop():
    limit = hashing._SCAN_LIMIT
    table = np.arange(0x110000, dtype=np.uint32)
    upper = np.zeros(limit + 1, dtype=bool)
    digit = np.zeros(limit + 1, dtype=bool)
    for cp in range(limit):
        c = chr(cp)
        ch = fold_char(c)
        table[cp] = ord(ch) if ch.isalnum() else 32
        upper[cp] = c.isupper()
        digit[cp] = ch.isalnum() and not ch.isalpha()
    table[0x3000] = 32
    for want, got in zip((table, upper, digit), hashing._tables(), strict=True):
        assert got.dtype == want.dtype and np.array_equal(got, want)


def test_a_draft_without_credential_cue_words_compiles_no_credential_pattern():
    secrets._regex.cache_clear()
    assert secrets.find_credentials("Vandaag schilderen we de kozijnen aan de Dorpsstraat, tot morgen!") == []
    assert secrets._regex.cache_info().currsize == 0


def test_each_credential_pattern_is_compiled_when_its_cue_word_occurs():
    secrets._regex.cache_clear()
    hits = secrets.find_credentials("Het wachtwoord is Zomer2026! en de deurcode is 4471.")
    assert {h.how for h in hits} == {"password", "code"}
    assert secrets._regex.cache_info().currsize == 2      # "pw" and "code"; no "pair", no "token"


def test_identify_patterns_are_compiled_when_first_read_and_are_the_plain_ones():
    from postcheck.nlp.identify import _regexes, named

    rx = _regexes()
    assert rx["initial"].pattern == r"[A-Z](?<=[a-zà-ÿ][ \t][A-Z])\.(?![\w.])(?![ \t]+[A-Z][a-z])"
    assert rx["initial"] is rx["initial"]
    assert isinstance(named._regexes()["suffixes"], tuple)
    with pytest.raises(KeyError):
        rx["no-such-pattern"]


def test_lazy_patterns_make_each_value_once():
    made = []
    lazy = LazyPatterns({"a": lambda: made.append("a") or re.compile("a"), "b": lambda: re.compile("b")})
    assert lazy["a"].match("a") and lazy["a"] is lazy["a"] and made == ["a"]
    assert "b" not in lazy.keys()


def _class_members(pattern: re.Pattern) -> set[int]:
    return {cp for cp in range(0x110000) if pattern.fullmatch(chr(cp))}


def test_the_guide_start_classes_are_the_letters_and_every_non_ascii_character():
    """`guide._starts` writes each class as the ASCII characters it leaves out: the same set as the letters (either
    case) plus `\\x80-\\U0010ffff`, which `re` compiles slowly."""
    from postcheck.nlp.cues import guide

    words = ["je", "jij", "jou", "jouw", "jullie", "u", "uw", "m'n", "m’n"]
    for chars in ([w[0] for w in words], [w[1] for w in words if len(w) > 1]):
        letters = {c for x in chars for c in (x.lower(), x.upper())}
        old = re.compile("[" + re.escape("".join(sorted(letters))) + "\\x80-\\U0010ffff]")
        pattern = guide._starts([c + "x" for c in chars]).pattern
        new = re.compile(pattern[:pattern.index("]") + 1])
        assert _class_members(new) == _class_members(old)


def test_the_normaliser_candidate_class_is_the_changing_latin1_characters_and_all_above():
    from postcheck.text import normalise as n

    low = "".join(sorted(c for c in (n._NFKC_SET | n._INVISIBLE_SET) if ord(c) < 0x100))
    old = re.compile("[" + low + "\u0100-\U0010ffff]")
    new = re.compile(n._CANDIDATES.pattern[:-1])   # without the "+"
    assert _class_members(new) == _class_members(old)
