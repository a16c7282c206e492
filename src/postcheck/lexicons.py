"""Lexicon files -> entries. One entry per line, '#' starts a comment, blank lines ignored.

Lexicons hold confidential data (client names): nothing here ever prints or
logs an entry; errors name the file and line only.
"""
from __future__ import annotations

from functools import lru_cache

from .errors import UserError

STANDARD_SLOT_KINDS = {"clients": "names", "staff": "names", "properties": "places",
                       "confidential": "terms", "pages": "terms", "organisation": "names"}

# The organisation's own public names: --redact leaves their hits visible.
PUBLIC_SLOTS = frozenset({"organisation", "pages"})
# Terms slots whose entries are secret by definition, even when written in the pack.
SECRET_TERM_SLOTS = frozenset({"confidential"})


def is_private_slot(name: str, kind: str, from_files: bool) -> bool:
    """Whether --redact hides this slot's hits: people, places, secret terms, and anything read from files.

    A pack's own vocabulary stays visible: terms written in the pack itself (e.g. a list of
    housing words), a rule's own terms (`rule:` slots) and the PUBLIC_SLOTS.
    """
    if name in PUBLIC_SLOTS or name.startswith("rule:"):
        return False
    return kind in ("names", "places") or name in SECRET_TERM_SLOTS or from_files


@lru_cache(maxsize=256)
def read_lexicon(path: str) -> tuple[str, ...]:
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise UserError(f"cannot read lexicon: {exc.strerror}", path) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise UserError(f"lexicon is not valid UTF-8 (byte {exc.start})", path, line,
                        hint="save the lexicon as UTF-8") from None
    entries = []
    for raw in text.splitlines():
        entry = raw.split("#", 1)[0].strip()
        if entry:
            entries.append(" ".join(entry.split()))
    return tuple(dict.fromkeys(entries))
