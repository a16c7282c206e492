"""Helpers shared by the components: store hits on the Doc (`doc._.hits`), the shared cue-word pass."""
from __future__ import annotations

from spacy.tokens import Doc

from ..hits import Hit


def text_of(doc: Doc) -> str:
    """The Doc's text without rebuilding it from the tokens (see pipeline.TextKeepingTokenizer)."""
    text = doc.user_data.get("postcheck_text")
    return text if text is not None else doc.text


def cue_words(doc: Doc):
    """The detectors' cue words in the Doc's text (`nlp.cuewords.scan`), found once per Doc and kept on it."""
    from ..cuewords import scanner
    kept = doc.user_data.get(CUEWORDS_KEY)
    current = scanner()
    if kept is None or kept[0] is not current:   # (made by a scanner that has changed since: scan again)
        kept = doc.user_data[CUEWORDS_KEY] = (current, list(current.find(text_of(doc))))
    return kept[1]


CUEWORDS_KEY = "postcheck_cuewords"
ERROR_KEY = "postcheck_error"
UNGATED_KEY = "postcheck_ungated"  # a piece of a long draft: run every detector (no gate on this piece's hits)
# a gated detector that skipped this doc: the rules may still run it on it later (`Context`, a condition reading it)
GATED_KEY = "postcheck_gated"


def fail(doc: Doc, message: str) -> None:
    """Record that a detector could not finish this doc (a time limit); the engine reports it for the draft."""
    doc.user_data.setdefault(ERROR_KEY, message)


def store(doc: Doc, key: str, hits: list[Hit]) -> None:
    """Keep exact character hits in doc._.hits[key], the one channel detectors write (docs/ARCHITECTURE.md)."""
    table = doc._.hits
    if table is None:
        table = {}
        doc._.hits = table
    table[key] = hits
