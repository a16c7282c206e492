"""Adapter for /work/shared/tools/peers.py: postcheck's detectors as one benchmark detector.

    python /work/shared/tools/peers.py --data BENCH.jsonl \\
        --detector "pc=py:benchmarks/detector_adapter.py:make_detector()" --no-speed

Names -> "person-name", every personal-data label -> "personal-data" (peers.py maps
those to the benchmark labels). Weak hits are reported too: packs decide on them.
"""
from __future__ import annotations

from postcheck.nlp.names import NameDetector
from postcheck.nlp.personal_data import find_personal_data


class _Detector:
    def __init__(self) -> None:
        self.names = NameDetector.load()

    def __call__(self, text: str) -> list[tuple[int, int, str]]:
        spans = [(h.start, h.end, "person-name") for h in self.names.find(text)]
        spans += [(h.start, h.end, "personal-data") for h in find_personal_data(text)]
        return spans

    def detect_many(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        return [self(t) for t in texts]


def make_detector() -> _Detector:
    return _Detector()
