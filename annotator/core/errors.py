"""Errors a user can cause: the CLI prints them as one line, never a traceback."""

from __future__ import annotations

import json
from typing import Any


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


def shorten(value: Any, limit: int = 60) -> str:
    """`value` as JSON for an error message, cut to about `limit` characters.

    Values from input files can be huge or hold unpaired surrogates: the line stays short
    and printable whatever the file holds.
    """
    try:
        shown = json.dumps(value, ensure_ascii=False)
        try:
            shown.encode("utf-8")
        except UnicodeEncodeError:
            shown = json.dumps(value)
    except (ValueError, RecursionError):
        shown = type(value).__name__
    return cut(shown, limit)


def cut(text: str, limit: int = 60) -> str:
    """`text` for an error message: at most `limit` characters and how long it was."""
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text):,} characters)"
