"""Patterns compiled on first use: a detector's named patterns, of which one draft often needs few.

`re.compile` of a long pattern costs milliseconds, and a cold start compiled every pattern of every
detector although a plain draft reaches few of them. `LazyPatterns({name: factory})` is a dict
that compiles (calls the factory) the first time a name is read, and keeps the result.
"""
from __future__ import annotations

from typing import Any, Callable


class LazyPatterns(dict[str, Any]):
    """name -> compiled pattern (or any value its factory makes), made on first read."""

    def __init__(self, factories: dict[str, Callable[[], Any]]) -> None:
        super().__init__()
        self._factories = factories

    def __missing__(self, name: str) -> Any:
        pattern = self[name] = self._factories[name]()   # an unknown name: KeyError, as for a dict
        return pattern
