"""fold(): same length, and the fast numpy path agrees with the reference translate."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from postcheck.text.fold import _TABLE, fold

ALPHABET = st.sampled_from(list("aAzZéÉëçÇıİßøØæ’‘–—\u00a0\t\n\r 09#@") + ["а", "О", "ε", "Ӏ", "😀", "中", "\u200b"])


@settings(max_examples=200, deadline=None)
@given(st.lists(ALPHABET, min_size=0, max_size=1500).map("".join))
def test_fast_path_matches_reference(text):
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == text.translate(_TABLE)


def test_examples():
    long_text = "Anouk’s ÉLODIE Аnouk Yılmaz\r\n" * 40
    assert fold(long_text) == "anouk's elodie anouk yilmaz  " * 40
    assert fold("Çağ") == "cag"
