"""`candidates.AnchorTables` finds the matches of a cue index's parts in whole-array steps: the same matches as
trying every part of every open line at every token (`match._match_part`), on the shipped packs' cue sets."""
from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

from postcheck.nlp.cues.candidates import AnchorTables, pair_keys
from postcheck.nlp.cues.index import DocTokens, _LazyLines
from postcheck.nlp.cues.match import _match_part
from postcheck.nlp.cues.particles import particle_set

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "posts.jsonl"


@pytest.fixture(scope="module")
def engine():
    from postcheck.api import build_engine
    from postcheck.config import Settings

    return build_engine(Settings(packs=("domus", "sterkhuis", "hartekamp", "heemstede")))


def _brute_force(index, toks: DocTokens, lines: np.ndarray, extra) -> dict[int, list[tuple[int, int, int]]]:
    """Every part of every open line tried at every token, in the order `_match_anchors` leaves them."""
    got: dict[int, list[tuple[int, int, int, int]]] = {}
    parts = index.parts.opened(lines.tolist()) if isinstance(index.parts, _LazyLines) else index.parts
    skip = particle_set() if index.particles else None   # particles between a cue's words (round 42)
    for lid in lines.tolist():
        for pi, part in enumerate(parts[lid]):
            for a in range(toks.n):
                span = _match_part(part, toks.seq, a, extra, skip)
                if span is not None:
                    got.setdefault(lid, []).append((a, pi, *span))
    return {lid: [(pi, s, e) for _a, pi, s, e in sorted(got[lid])]
            for lid in sorted(got, key=lambda line: (min(g[0] for g in got[line]), line))}


def _texts() -> list[str]:
    rng = random.Random(26)
    texts = []
    if CORPUS.is_file():
        posts = [json.loads(line)["text"] for line in CORPUS.open(encoding="utf-8") if line.strip()]
        texts += [p[:1500] for p in rng.sample(posts, 40)]
    words = ("ik weet niet of je dat mag zeggen maar het blijft onder ons vertrouwelijk de directeur heeft "
             "als je het merkt zeg het dan niet door want dat is geheim en intern nog niet bekend bewoner "
             "cliënt wachtwoord foto zonder toestemming niet doorvertellen hoor ! , . ? we weten waar je woont "
             "besloten wandelgroep fb-groepje screenshot uit onze gesloten oudergroepen doorgestuurd "
             "echt gewoon wel eigenlijk toch").split()
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 60))) for _ in range(150)]
    return texts


def test_anchor_candidates_find_what_trying_every_token_finds(engine):
    detector = engine.nlp.get_pipe("cues").detector
    checked = 0
    for text in _texts():
        toks = DocTokens(engine.nlp.make_doc(text))
        if not toks.n:
            continue
        for index in (detector.anchors, detector.companions, detector.scope):
            lines, extra = index._open(toks)
            found: dict = {}
            if len(lines):
                index._match_anchors(toks, lines, found, extra)
            want = _brute_force(index, toks, lines, extra)
            assert found == want, text
            assert list(found) == list(want), text
            checked += len(want)
    assert checked > 100


def test_quick_checks_reject_only_by_their_word_sets():
    # line 0: part 0 of one word; part 1 needs "b" next; line 1: part 0 needs "p" before, no check after
    tables = AnchorTables([[(10, 0, 0), (20, 1, 0)], [(30, 0, 1)]],
                          [[True, (frozenset({40}), None)], [(None, frozenset({50}))]])
    lower = np.array([10, 20, 40, 7, 8, 30, 20, 99], dtype=np.uint64)
    order = np.argsort(lower, kind="stable")
    one, call = tables.candidates(lower, order, lower[order], np.array([0, 1]))
    assert sorted(zip(*one, strict=True)) == [(0, 0, 0)]
    # "20" at 1 is followed by 40: tried; "20" at 6 by 99: not; "30" at 5 points to start 4, after 7 (not 50)
    assert sorted(zip(*call, strict=True)) == [(0, 1, 1)]
    lower[3] = 50   # now start 4 stands after "50"
    order = np.argsort(lower, kind="stable")
    _one, call = tables.candidates(lower, order, lower[order], np.array([1]))
    assert sorted(zip(*call, strict=True)) == [(1, 0, 4)]
    assert pair_keys(np.array([1]), np.array([5], dtype=np.uint64)).dtype == np.uint64
