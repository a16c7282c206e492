"""Hashed bag-of-words features of one draft, the same at training and at checking time.

A draft becomes a sparse vector: its words and word pairs (folded: lower case, no diacritics; digits
as a shape, so "1234#" and "8821#" are one feature), their three- to five-letter pieces, the same words
tied to the organisation (each organisation's policy weighs words differently), the channel, the capacity
and the front-matter keys it fills in (an approval, an image without consent, a reply). A quoted passage counts
as one word (`writer_words`): what the writer reports is not what the writer says. Features are hashed
(CRC-32) into 2**BITS buckets; each group is L2-normalised so that long blog posts and one-line replies
weigh alike.
"""
from __future__ import annotations

import re
import zlib
from collections import Counter
from functools import lru_cache
from typing import Any

import numpy as np

from ...text.fold import fold, folded_stop_words
from ..cues.scope import NEW_STATEMENT, WIDE_NEG_BEFORE, Bounds

BITS = 18
MASK = (1 << BITS) - 1
_CACHE_MAX = 200_000
_WORD = re.compile(r"[#@]?[^\W_]+(?:['’-][^\W_]+)*")
_DIGIT = re.compile(r"\d")


def words(text: str) -> list[str]:
    """The folded words of a text, digits as '0' (a shape)."""
    return _WORD.findall(_DIGIT.sub("0", fold(text)))


# function words ("hij", "heeft", "zijn") say nothing on their own: only inside word pairs, where they carry
# context ("niet doorsturen", "hij weet"); alone they let a short post's grammar decide (spaCy's Dutch list)
STOP_WORDS = folded_stop_words()
QUOTE = "«q»"   # one word for a whole quoted passage
NEGATED = "«neg»"   # one word for what "nooit"/"nimmer" negates
QUOTED_WORDS = 3
_WIDE_NEGATOR = re.compile(r"\b(?:nooit|nimmer)\b", re.IGNORECASE)
_WORDS_AHEAD = re.compile(r"\S+")


def _negated(text: str, bounds: Bounds) -> list[tuple[int, int]]:
    """What a clause-wide negator negates, as in `cues.scope`: the rest of its clause after "nooit" or "nimmer",
    at most WIDE_NEG_BEFORE words, up to a coordinator that starts a new statement ("ik heb nooit geklaagd,
    maar nu ..."; "ik zou nooit zeggen dat die man moet oppassen")."""
    out = []
    for m in _WIDE_NEGATOR.finditer(text):
        end = next((c for c in bounds.clause_marks if c >= m.end()), len(text))
        new = NEW_STATEMENT.search(text, m.end(), end)
        end = new.start() if new else end
        ahead = list(_WORDS_AHEAD.finditer(text, m.end(), end))
        if len(ahead) > WIDE_NEG_BEFORE:
            end = ahead[WIDE_NEG_BEFORE - 1].end()
        if ahead:
            out.append((m.end(), end))
    return out


def writer_words(text: str) -> list[str]:
    """The words the writer says: `words(text)` with each quoted passage of three words or more (quotation marks,
    a Markdown `>` line; `cues.scope.Bounds.quoted`) as one QUOTE word and what "nooit" negates as one NEGATED
    word. A threat or a secret someone else said, quoted to report or warn about it, or one the writer says they
    would never say, is not the writer's own; that something was quoted or negated is kept. A quoted word or two
    (a title, scare quotes: de "gezellige" buurman) stays as written."""
    bounds = Bounds(text)
    spans = [(s, e, QUOTE) for s, e in bounds.quoted if len(words(text[s:e])) >= QUOTED_WORDS]
    if _WIDE_NEGATOR.search(text):
        spans = sorted(spans + [(s, e, NEGATED) for s, e in _negated(text, bounds)])
    out: list[str] = []
    pos = 0
    for s, e, token in spans:
        if s < pos:          # inside a passage already replaced
            continue
        out += words(text[pos:s])
        out.append(token)
        pos = e
    return out + words(text[pos:])


def _crc(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & MASK


# the caches below are shared by the drafts of a run (a blog's words repeat across posts), each bounded
@lru_cache(maxsize=_CACHE_MAX)
def _pieces(w: str) -> np.ndarray:
    """Three- to five-letter pieces of a word, with its edges marked: a typo, an inflection or a compound
    ("wachtwoordje", "wachtwrd") shares most of them with the word it varies on."""
    padded = f" {w[1:] if w[0] in '#@' else w} "
    return np.array([_crc("c " + padded[i:i + n]) for n in (3, 4, 5) for i in range(len(padded) - n + 1)],
                    dtype=np.int64)


def _merged(groups: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    """The groups' (bucket, value) pairs summed per bucket: sorted unique buckets and their values."""
    if not groups:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    keys, inverse = np.unique(np.concatenate([k for k, _ in groups]), return_inverse=True)
    return keys, np.bincount(inverse, weights=np.concatenate([v for _, v in groups]), minlength=len(keys))


_STOP = 1 << 40                  # marks a function word's id in the token cache
_IDS: dict[str, int] = {}        # folded word -> CRC-32 (| _STOP for a function word), shared by a run's drafts
_MIX = np.uint64(0x9E3779B97F4A7C15)
_PAIR = np.uint64(0xBF58476D1CE4E5B9)
_SALT = {"w": np.uint64(0x5851F42D), "b": np.uint64(0x4C957F2D)}


def _token_ids(ws: list[str]) -> np.ndarray:
    """Each word's CRC-32, one dictionary lookup per word of a run (the cache is cleared when it grows past
    _CACHE_MAX words); function words carry the _STOP bit."""
    get = _IDS.get
    out = []
    for w in ws:
        i = get(w)
        if i is None:
            if len(_IDS) >= _CACHE_MAX:
                _IDS.clear()
            i = _IDS[w] = zlib.crc32(w.encode("utf-8")) | (_STOP if w in STOP_WORDS else 0)
        out.append(i)
    return np.array(out, dtype=np.uint64)


def _buckets(ids: np.ndarray, salt: np.uint64) -> np.ndarray:
    """Hash 32-bit ids with a salt (the feature group or the organisation) into buckets, vectorised."""
    with np.errstate(over="ignore"):
        return (((ids + salt) * _MIX) >> np.uint64(40)).astype(np.int64) & MASK


def _text_groups(ws: list[str], org: str) -> list[tuple[np.ndarray, np.ndarray]]:
    """The four text groups as (buckets, counts), not yet summed per bucket nor normalised: word pairs (function
    words included), words, the same words tied to the organisation, and word pieces (function words left out)."""
    if not ws:
        return []
    raw = _token_ids(ws)
    ids = raw & np.uint64(0xFFFFFFFF)
    groups = []
    if len(ids) > 1:
        with np.errstate(over="ignore"):
            pairs = (ids[:-1] * _PAIR) ^ ids[1:]
        groups.append((_buckets(pairs, _SALT["b"]), np.ones(len(pairs))))
    kept = ids[raw < np.uint64(_STOP)]
    if len(kept):
        ones = np.ones(len(kept))
        groups += [(_buckets(kept, _SALT["w"]), ones), (_buckets(kept, np.uint64(zlib.crc32(org.encode()))), ones)]
        once = Counter(w for w in ws if w not in STOP_WORDS)
        pieces = [_pieces(w) for w in once]
        groups.append((np.concatenate(pieces), np.repeat(np.fromiter(once.values(), dtype=np.float64,
                                                                     count=len(once)), [len(p) for p in pieces])))
    return groups


def _combined(groups: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    """Raw groups -> sorted unique buckets and values: each group's counts summed per bucket (hash collisions
    add up) and divided by the group's L2 norm, then the groups added together. One sort for all groups
    (keys tagged with their group), one for the sum; counts are whole numbers, so every norm is exact."""
    if not groups:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    lengths = [len(b) for b, _ in groups]
    tags = np.repeat(np.arange(len(groups), dtype=np.int64), lengths) << BITS
    tagged = tags | np.concatenate([b for b, _ in groups])
    keys, inverse = np.unique(tagged, return_inverse=True)
    summed = np.bincount(inverse, weights=np.concatenate([c for _, c in groups]), minlength=len(keys))
    group = keys >> BITS
    norms = np.sqrt(np.bincount(group, weights=summed * summed, minlength=len(groups)))
    norms[norms == 0] = 1.0
    return _merged([(keys & MASK, summed / norms[group])])


def text_features(ws: list[str], org: str) -> dict[int, float]:
    """Word, word-pair, letter-piece and organisation-word features of a run of words (a whole draft or one
    sentence); each group L2-normalised on its own. Each distinct word and pair is hashed once per call, a
    word's pieces once per run."""
    keys, values = _combined(_text_groups(ws, org))
    return dict(zip(keys.tolist(), values.tolist(), strict=True))


def _front_matter_names(data: dict[str, Any]) -> list[str]:
    names = []
    for key, value in data.items():
        if value in (None, "", [], {}):
            continue
        names.append("fm " + str(key))
        if key == "images" and isinstance(value, list):
            for image in value:
                if isinstance(image, dict):
                    shows = image.get("shows")
                    for s in shows if isinstance(shows, list) else [shows]:
                        names.append(f"fm image {s}")
                    names.append(f"fm image consent {image.get('consent')}")
        elif key in ("page", "author") and isinstance(value, str):
            names.extend(f"fm {key} {w}" for w in words(value))
    return names


def feature_arrays(text: str, org: str, channel: str, capacity: str,
                   front_matter: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """One draft's features (its prose, organisation, channel, capacity and front matter) as sorted buckets and
    their values: what the judge scores at checking time."""
    meta = [f"channel {channel}", f"capacity {capacity}", f"{org} channel {channel}", f"{org} capacity {capacity}",
            *_front_matter_names(front_matter or {})]
    once = Counter(meta)
    meta_group = (np.fromiter((_crc(n) for n in once), dtype=np.int64, count=len(once)),
                  np.fromiter(once.values(), dtype=np.float64, count=len(once)))
    return _combined([*_text_groups(writer_words(text), org), meta_group])


def features(text: str, org: str, channel: str, capacity: str, front_matter: dict[str, Any]) -> dict[int, float]:
    """The same features as bucket -> value (for training and tests)."""
    keys, values = feature_arrays(text, org, channel, capacity, front_matter)
    return dict(zip(keys.tolist(), values.tolist(), strict=True))
