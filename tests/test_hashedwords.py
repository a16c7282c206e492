"""HashedWords: a big word set kept as sorted 64-bit hashes (nlp/hashedwords.py)."""
from __future__ import annotations

import pickle

from postcheck.nlp.hashedwords import HashedWords


def test_members_and_non_members():
    words = HashedWords(["kerkstraat", "oude gracht", "hoofdweg", "kerkstraat"])
    assert len(words) == 3
    for w in ("kerkstraat", "oude gracht", "hoofdweg"):
        assert w in words
        assert w in words   # answered from the memo the second time
    for w in ("kerkstraa", "Kerkstraat", "oude  gracht", "", "straat"):
        assert w not in words
    assert 3 not in words and None not in words


def test_an_empty_set_has_no_members():
    empty = HashedWords([])
    assert len(empty) == 0 and "a" not in empty


def test_pickles_without_its_memo_and_compares_by_content():
    words = HashedWords(["één", "twee", "drie"])
    assert "één" in words
    again = pickle.loads(pickle.dumps(words))
    assert again == words and again._memo == {}
    assert "één" in again and "vier" not in again
    assert again != HashedWords(["één", "twee"])
