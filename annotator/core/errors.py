"""Errors a user can cause: the CLI prints them as one line, never a traceback."""

from __future__ import annotations


class UserError(Exception):
    """A problem with the user's input or request, reported as one clear line."""


class SchemaError(UserError):
    """The label schema file is invalid."""


class ImportFileError(UserError):
    """One input file cannot be imported; the file is skipped as a whole."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


class SpanError(UserError):
    """A span whose offsets or text do not fit its document."""
