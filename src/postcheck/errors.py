"""Errors the user can fix, and the process exit codes.

A `UserError` always says where (file, line, column when known), what is wrong
and how to fix it. `cli.py` turns it into one line on stderr and exit 2. Any
other exception is a bug in postcheck and should surface in the tests.
"""
from __future__ import annotations

EXIT_OK = 0
EXIT_FAIL = 1
EXIT_ERROR = 2


class UserError(Exception):
    """A problem in the user's input: a draft, a config file, a pack, an option."""

    def __init__(
        self,
        message: str,
        path: str | None = None,
        line: int | None = None,
        col: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.col = col
        self.hint = hint

    def __reduce__(self):  # keep path/line/col when raised in a --jobs worker
        return (UserError, (self.message, self.path, self.line, self.col, self.hint))

    def location(self) -> str:
        parts = [p for p in (self.path, self.line, self.col) if p is not None]
        return ":".join(str(p) for p in parts)

    def __str__(self) -> str:
        where = self.location()
        text = self.message.rstrip(".") + "."
        if self.hint:
            hint = self.hint.rstrip(".")
            end = "" if hint.endswith(("?", "!", ")")) else "."
            text += " " + hint[:1].upper() + hint[1:] + end
        return f"{where}: {text}" if where else text


class UserErrors(UserError):
    """Several problems found at once (pack validation lists them all); the first is the cause."""

    def __init__(self, problems: list[UserError]) -> None:
        first = problems[0]
        super().__init__(first.message, first.path, first.line, first.col, first.hint)
        self.problems = problems
