"""Dutch inflection for lexicon terms: plural, diminutive and lemma forms.

`forms(term)` returns lower-case surface forms that should match the term:
rule-based plurals and diminutives plus every form whose lemma in spaCy's Dutch
lookup table (spacy-lookups-data, `nl_lemma_lookup`) is the term's lemma.
Multi-word terms inflect their last word.

`vocabulary()` is the set of known Dutch words (lemma table keys and values
plus spaCy's Dutch stop words), folded; the lexicon uses it to keep common
words out of fuzzy matching and bare-name matching.

The lemma table is read from the installed spacy-lookups-data package (never
downloaded). `spacy.lookups.load_lookups` only keeps hashes of the surface
forms, so the reverse index (lemma -> forms) is built from the package's data
file directly, once per process.
"""
from __future__ import annotations

import gzip
import json
import os
from functools import lru_cache

from postcheck.nlp.hashedwords import HashedWords
from postcheck.text.fold import fold

_VOWELS = set("aeiouy")


@lru_cache(maxsize=1)
def lemma_table() -> dict[str, str]:
    """surface form -> lemma (lower case), from spacy-lookups-data; {} when unavailable."""
    try:
        import spacy_lookups_data
    except ImportError:  # pragma: no cover - it is a declared dependency
        return {}
    path = str(spacy_lookups_data.nl["lemma_lookup"])
    for candidate in (path, path + ".gz"):
        if os.path.exists(candidate):
            opener = gzip.open if candidate.endswith(".gz") else open
            with opener(candidate, "rt", encoding="utf-8") as fh:
                data = json.load(fh)
            return {k.lower(): v.lower() for k, v in data.items()}
    return {}  # pragma: no cover


@lru_cache(maxsize=1)
def reverse_lemmas() -> dict[str, tuple[str, ...]]:
    """lemma -> every surface form with that lemma (the lemma itself included)."""
    rev: dict[str, list[str]] = {}
    for form, lemma in lemma_table().items():
        rev.setdefault(lemma, []).append(form)
    return {lemma: tuple(sorted(set(fs) | {lemma})) for lemma, fs in rev.items()}


_VOCAB: HashedWords | None = None


def _lookups_version() -> str:
    try:
        from importlib.metadata import version

        return version("spacy-lookups-data")
    except Exception:  # noqa: BLE001
        return "?"


def vocabulary(cache_dir: "os.PathLike[str] | None" = None) -> HashedWords:
    """Known Dutch words, folded (lower case, no diacritics), with 3+ characters.

    Built once from the lemma table, spaCy's Dutch stop words and the words the table lacks
    (`data/more_dutch_words.txt`: "erin", "simpelweg"), and kept in
    the on-disk cache (it takes ~1-2 s to build, a few ms to load).
    """
    global _VOCAB
    if _VOCAB is not None:
        return _VOCAB
    from pathlib import Path

    from postcheck import cache

    directory = Path(cache_dir) if cache_dir is not None else cache.cache_dir()
    from .wordlists import words
    # the hand-kept words are part of the key: an edit to more_dutch_words.txt must not load a stale vocabulary
    key = cache.make_key("vocabulary-3", _lookups_version(), words("more_dutch_words"))
    vocab = cache.load(key, directory)
    if not isinstance(vocab, HashedWords):
        vocab = HashedWords(vocabulary_words())
        cache.store(key, vocab, directory)
    _VOCAB = vocab
    return vocab


@lru_cache(maxsize=1)
def vocabulary_words() -> frozenset[str]:
    """The words of `vocabulary()` themselves, for the few builders that walk them (not cached on disk:
    only an index build on a cache miss needs them)."""
    from spacy.lang.nl.stop_words import STOP_WORDS

    from .wordlists import word_set

    table = lemma_table()
    words = set(table) | set(table.values()) | set(STOP_WORDS) | word_set("more_dutch_words")
    return frozenset(fold(w) for w in words if len(w) >= 3)


def lemma(word: str) -> str:
    w = word.lower()
    return lemma_table().get(w, w)


def _is_vowel(ch: str) -> bool:
    return ch in _VOWELS


def _stem_for_suffix(w: str) -> list[str]:
    """Stems for -en plurals: consonant doubling after a short vowel, vowel
    un-doubling after a long one, f->v and s->z voicing."""
    stems = [w]
    if len(w) >= 3 and not _is_vowel(w[-1]) and _is_vowel(w[-2]) and not _is_vowel(w[-3]):
        if w[-1] not in "wjh":
            stems.append(w + w[-1])          # overleg -> overlegg(en), bal -> ball(en)
    if len(w) >= 3 and not _is_vowel(w[-1]) and _is_vowel(w[-2]) and w[-2] == w[-3]:
        stems.append(w[:-2] + w[-1])         # boom -> bom(en), straat -> strat(en)
    voiced = {"f": "v", "s": "z"}
    if w[-1:] in voiced:
        v = voiced[w[-1]]
        stems.append(w[:-1] + v)             # huis -> huiz(en), brief -> briev(en)
        if len(w) >= 3 and w[-2] == w[-3] and _is_vowel(w[-2]):
            stems.append(w[:-2] + v)         # graaf -> grav(en), baas -> baz(en)
    return stems


def _plurals(w: str) -> set[str]:
    out = {w + "s", w + "'s"}
    if w.endswith("e"):
        out.add(w + "n")
    else:
        out.update(stem + "en" for stem in _stem_for_suffix(w))
    if w.endswith("heid"):
        out.add(w[:-4] + "heden")
    if w.endswith("um"):
        out.add(w[:-2] + "a")                # museum -> musea
    return out


def _diminutives(w: str) -> set[str]:
    out = {w + "je", w + "tje"}
    if w.endswith("m"):
        out.add(w + "pje")                   # boom -> boompje
    if w.endswith("ng"):
        out.add(w[:-1] + "kje")              # koning -> koninkje
    if len(w) >= 2 and not _is_vowel(w[-1]) and _is_vowel(w[-2]) and (len(w) < 3 or not _is_vowel(w[-3])):
        out.add(w + w[-1] + "etje")          # bal -> balletje
    if w.endswith("ng") or w[-1:] in "lmnr":
        out.add(w + "etje")                  # ring -> ringetje
    if w[-1:] in "aiouy":
        out.add(w + w[-1] + "tje")           # auto -> autootje
    return out | {d + "s" for d in out}


@lru_cache(maxsize=4096)
def _word_forms(word: str) -> frozenset[str]:
    w = word.lower()
    if not w or not any(ch.isalpha() for ch in w):
        return frozenset({w})
    base = lemma(w)
    out = {w, base}
    rev = reverse_lemmas()
    out.update(rev.get(base, ()))
    out.update(rev.get(w, ()))
    for stem in {w, base}:
        if len(stem) >= 3 and stem.isalpha():
            out |= _plurals(stem)
            out |= _diminutives(stem)
    return frozenset(out)


def forms(term: str) -> set[str]:
    """Lower-case surface forms of `term` (the term itself included)."""
    words = term.split()
    if not words:
        return set()
    head = " ".join(words[:-1]).lower()
    prefix = head + " " if head else ""
    return {prefix + f for f in _word_forms(words[-1])}
