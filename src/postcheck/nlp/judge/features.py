"""Hashed bag-of-words features of one draft, the same at training and at checking time.

A draft becomes a sparse vector: its words and word pairs (folded: lower case, no diacritics; digits
as a shape, so "1234#" and "8821#" are one feature), their three- to five-letter pieces, the same words
tied to the organisation (each organisation's policy weighs words differently), the channel, the capacity
and the front-matter keys it fills in (an approval, an image without consent, a reply). Features are hashed
(CRC-32) into 2**BITS buckets; each group is L2-normalised so that long blog posts and one-line replies
weigh alike.
"""
from __future__ import annotations

import math
import re
import zlib
from typing import Any, Iterable

from ...text.fold import fold

BITS = 18
MASK = (1 << BITS) - 1
_WORD = re.compile(r"[#@]?[^\W_]+(?:['’-][^\W_]+)*")
_DIGIT = re.compile(r"\d")


def words(text: str) -> list[str]:
    """The folded words of a text, digits as '0' (a shape)."""
    return [_DIGIT.sub("0", w) for w in _WORD.findall(fold(text))]


def _bucket(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & MASK


def _group(out: dict[int, float], names: Iterable[str]) -> None:
    counts: dict[int, float] = {}
    for name in names:
        b = _bucket(name)
        counts[b] = counts.get(b, 0.0) + 1.0
    norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    for b, v in counts.items():
        out[b] = out.get(b, 0.0) + v / norm


def text_features(ws: list[str], org: str) -> dict[int, float]:
    """Word, word-pair and organisation-word features of a run of words (a whole draft or one sentence)."""
    out: dict[int, float] = {}
    if ws:
        _group(out, ("w " + w for w in ws))
        _group(out, ("b " + a + " " + b for a, b in zip(ws, ws[1:], strict=False)))
        _group(out, (org + " " + w for w in ws))
        _group(out, _char_grams(ws))
    return out


def _char_grams(ws: list[str]):
    """Three- to five-letter pieces of each word, with its edges marked: a typo, an inflection or a compound
    ("wachtwoordje", "wachtwrd") shares most of them with the word it varies on."""
    for w in ws:
        if w[0] in "#@":
            w = w[1:]
        padded = f" {w} "
        for n in (3, 4, 5):
            for i in range(len(padded) - n + 1):
                yield "c " + padded[i:i + n]


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


def features(text: str, org: str, channel: str, capacity: str, front_matter: dict[str, Any]) -> dict[int, float]:
    """Bucket -> value for one draft (its prose, organisation, channel, capacity and front matter)."""
    out = text_features(words(text), org)
    meta = [f"channel {channel}", f"capacity {capacity}", f"{org} channel {channel}", f"{org} capacity {capacity}",
            *_front_matter_names(front_matter or {})]
    _group(out, meta)
    return out
