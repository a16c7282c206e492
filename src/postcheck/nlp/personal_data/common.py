"""What every personal-data detector shares: the allow-list and the glue check."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Allow:
    phones: frozenset[str] = frozenset()   # digits only, national form, e.g. "0475337323"
    emails: frozenset[str] = frozenset()   # lower-case addresses, or "@domain" for a whole domain


# a number glued to one of these is part of a URL, an id, a path, a decimal or another number
_GLUE = frozenset("_/#@=?&%+.,\\-")


def _glued(text: str, s: int) -> bool:
    if s == 0:
        return False
    c = text[s - 1]
    return c.isalnum() or c in _GLUE
