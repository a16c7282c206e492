"""Word lists for the name and personal-data detectors, read from the `deduce` package.

The lists (Dutch first names, surnames, interfixes, titles, initials, street names,
place names, common and stop words, medical terms) are data files shipped by the
`deduce` package (https://github.com/vmenger/deduce, by Vincent Menger et al.), which
is licensed **LGPL-3.0-or-later**. We read them from the installed package in
site-packages at run time; they are never copied into this repository.

Every list is `items.txt` minus the `exceptions.txt` next to it (deduce's own
convention for words that are on a list but are mostly ordinary words).

Loading all lists from the text files takes longer than the start-up budget, so the
parsed lists are kept in postcheck's private on-disk cache (`postcheck.cache`: one
place for directory, permissions, atomic writes and key checks), keyed by the deduce
version and the data files' mtimes and sizes. An unwritable or corrupt cache is
ignored: we then parse the text files.
"""
from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from postcheck import cache
from postcheck.nlp.hashedwords import HashedWords

_FORMAT = 3  # bump when the structure of the cached dict changes

# list name -> (folder under deduce/data/lookup/src, how to normalise the entries)
_LISTS: dict[str, tuple[tuple[str, ...], str]] = {
    "first_names": (("names/lst_first_name",), "keep"),
    "surnames": (("names/lst_surname",), "keep"),
    "interfix_surnames": (("names/lst_interfix_surname",), "keep"),
    "interfixes": (("names/lst_interfix",), "lower"),
    "prefixes": (("names/lst_prefix",), "lower"),
    "initials": (("names/lst_initial",), "keep"),
    "streets": (("locations/lst_street",), "lower"),
    "placenames": (("locations/lst_placename/lst_municipality", "locations/lst_placename/lst_province",
                    "locations/lst_placename/lst_region", "locations/lst_placename/lst_residence"),
                   "lower"),
    "common_words": (("whitelist/lst_common_word",), "lower"),
    "stop_words": (("whitelist/lst_stop_word",), "lower"),
    "medical_terms": (("whitelist/lst_medical_term", "whitelist/lst_eponymous_disease",
                       "whitelist/lst_eponymous_disease/lst_eponymous_single"), "lower"),
}


# lists only asked about single words and big enough that a frozenset costs at every start
_HASHED = frozenset({"streets"})


class NameDataError(RuntimeError):
    """The deduce package or its data files cannot be found."""


@lru_cache(maxsize=1)
def data_dir() -> Path:
    """`deduce/data/lookup/src` inside the installed deduce package (not imported)."""
    spec = importlib.util.find_spec("deduce")
    if spec is None or not spec.submodule_search_locations:
        raise NameDataError("the 'deduce' package is not installed; postcheck needs its word lists")
    base = Path(next(iter(spec.submodule_search_locations))) / "data" / "lookup" / "src"
    if not base.is_dir():
        raise NameDataError(f"deduce data folder not found: {base}")
    return base


def _files() -> list[Path]:
    base = data_dir()
    out = []
    for folders, _ in _LISTS.values():
        for folder in folders:
            for name in ("items.txt", "exceptions.txt"):
                p = base / folder / name
                if p.exists():
                    out.append(p)
    return out


def _deduce_version(base: Path) -> str:
    # The dist-info folder name carries the version; cheaper than importlib.metadata.
    site = base.parents[3]
    for entry in os.scandir(site):
        if entry.name.startswith("deduce-") and entry.name.endswith(".dist-info"):
            return entry.name[len("deduce-"):-len(".dist-info")]
    return "unknown"


def _cache_key() -> str:
    base = data_dir()
    files = []
    for p in _files():
        st = p.stat()
        files.append((str(p.relative_to(base)), st.st_mtime_ns, st.st_size))
    return cache.make_key("namedata", _FORMAT, str(base), _deduce_version(base), files)


def _read_lines(p: Path) -> list[str]:
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    return [s.strip() for s in text.split("\n") if s.strip()]


def _parse() -> dict[str, Any]:
    base = data_dir()
    out: dict[str, Any] = {}
    for name, (folders, norm) in _LISTS.items():
        items: set[str] = set()
        excl: set[str] = set()
        for folder in folders:
            items.update(_read_lines(base / folder / "items.txt"))
            excl.update(_read_lines(base / folder / "exceptions.txt"))
        kept = items - excl
        if norm == "lower":
            kept = {s.lower() for s in kept}
        out[name] = HashedWords(kept) if name in _HASHED else frozenset(kept)
    return out


@lru_cache(maxsize=1)
def _all() -> dict[str, Any]:
    try:
        key = _cache_key()
    except OSError:
        return _parse()
    data = cache.load(key)
    if isinstance(data, dict) and set(data) == set(_LISTS):
        return data
    data = _parse()
    cache.store(key, data)   # False (no caching) on a read-only home, a full disk, ...
    return data


@lru_cache(maxsize=None)
def first_names() -> frozenset[str]:
    """Dutch first names as written ("Anouk", "Jan-Willem" parts are separate entries)."""
    return _all()["first_names"]


@lru_cache(maxsize=None)
def surnames() -> frozenset[str]:
    """Surnames without interfix, as written ("Jansen")."""
    return _all()["surnames"]


@lru_cache(maxsize=None)
def interfix_surnames() -> frozenset[str]:
    """Surnames that follow an interfix ("Berg" of "van den Berg"), as written."""
    return _all()["interfix_surnames"]


@lru_cache(maxsize=None)
def interfixes() -> frozenset[str]:
    """Lower-case interfixes: "van", "van der", "'t", "v.d.", ..."""
    return _all()["interfixes"]


@lru_cache(maxsize=None)
def prefixes() -> frozenset[str]:
    """Lower-case titles and forms of address: "dr.", "mevrouw", "dhr", ..."""
    return _all()["prefixes"]


@lru_cache(maxsize=None)
def initials() -> frozenset[str]:
    """Initials as written, without the dot: "A", "Th", "Chr", ..."""
    return _all()["initials"]


@lru_cache(maxsize=None)
def street_names() -> HashedWords:
    """Lower-case Dutch street names ("kerkstraat", "oude gracht")."""
    return _all()["streets"]


@lru_cache(maxsize=None)
def place_names() -> frozenset[str]:
    """Lower-case municipality, residence, province and region names."""
    return _all()["placenames"]


@lru_cache(maxsize=None)
def common_words() -> frozenset[str]:
    """Lower-case common Dutch words that are also names (deduce's whitelist)."""
    return _all()["common_words"]


@lru_cache(maxsize=None)
def stop_words() -> frozenset[str]:
    """Lower-case Dutch stop words (deduce's list)."""
    return _all()["stop_words"]


@lru_cache(maxsize=None)
def medical_terms() -> frozenset[str]:
    """Lower-case medical terms and eponymous diseases (never a person on their own)."""
    return _all()["medical_terms"]
