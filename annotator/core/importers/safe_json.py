"""JSON from input files, parsed so that whatever it holds can be stored and exported again.

`json.loads` accepts what is not JSON (NaN, Infinity, 1e999 read as inf) and fails on
what is JSON but too big for Python (nesting deeper than the recursion limit, integers
over 4,300 digits) with RecursionError or ValueError instead of JSONDecodeError. Every
importer parses through `parse_json`, so each of these becomes one JsonProblem that the
reader reports as the file's one-line error. `storable_problem` then checks a parsed
value the store will keep (meta, ids, titles): no unpaired surrogate (SQLite cannot
encode it) and no nesting so deep that writing it back out as JSON would fail.
"""

from __future__ import annotations

import json
import math
import sys
from typing import Any

from annotator.core.errors import cut, shorten

# Deeper than this, a stored value (meta) could not be written back out as JSON by every
# exporter (json.dumps recurses); no real metadata comes near it.
MAX_DEPTH = 100
_SURROGATE = "contains an unpaired surrogate escape (\\ud800-\\udfff)"


class JsonProblem(ValueError):
    """Input that is not JSON we can store; `line` is 1-based within the parsed text."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


class _NotFinite(Exception):
    """Raised by the parse hooks below; json passes it through unchanged."""


def _refuse_constant(name: str) -> float:
    raise _NotFinite(f"{name} is not a JSON number; write null or a string")


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise _NotFinite(f"the number {cut(text)} is too large")
    return value


# Python's decoder messages as phrases that read inside ours: "invalid JSON (unterminated
# string starting at column 20)", not "(Unterminated string starting at, column 20)". The
# window translates these phrases (ui/i18n/core_templates.py); one not listed here is
# worded by the same rule (lower case, its trailing "at" given to the column).
_DECODER_PHRASES = {
    "Expecting value": "expecting value",
    "Extra data": "extra data",
    "Expecting property name enclosed in double quotes":
        "expecting property name enclosed in double quotes",
    "Expecting ',' delimiter": "expecting ',' delimiter",
    "Expecting ':' delimiter": "expecting ':' delimiter",
    "Unterminated string starting at": "unterminated string starting",
    "Invalid control character at": "invalid control character",
}


def decoder_problem(exc: json.JSONDecodeError) -> str:
    """`exc` as our one line: "invalid JSON (PHRASE at column N)"."""
    phrase = _DECODER_PHRASES.get(exc.msg)
    if phrase is None:
        phrase = exc.msg[:1].lower() + exc.msg[1:].removesuffix(" at")
    return f"invalid JSON ({phrase} at column {exc.colno})"


# One decoder for all calls: json.loads with hooks would build a new one every time.
_DECODER = json.JSONDecoder(parse_constant=_refuse_constant, parse_float=_finite_float)


def parse_json(text: str) -> Any:
    """`json.loads`, raising only JsonProblem for anything that is not storable JSON."""
    try:
        return _DECODER.decode(text)
    except json.JSONDecodeError as exc:
        raise JsonProblem(decoder_problem(exc), exc.lineno) from None
    except _NotFinite as exc:
        raise JsonProblem(f"invalid JSON ({exc})") from None
    except RecursionError:
        raise JsonProblem("invalid JSON (nested too deeply to read)") from None
    except ValueError as exc:
        # The only other ValueError json.loads raises: int() refusing a huge literal.
        if "integer string conversion" in str(exc):
            limit = sys.get_int_max_str_digits() or 4300
            raise JsonProblem(f"invalid JSON (a number has more than {limit:,} digits)") from None
        raise JsonProblem(f"invalid JSON ({exc})") from None


def storable_problem(value: Any, what: str, max_depth: int | None = MAX_DEPTH) -> str | None:
    """Why `value` (parsed JSON) cannot be stored and exported again, or None.

    Walks the value without recursion, so it is safe on any depth the parser allowed.
    `max_depth` None checks only the strings (for a whole record, whose unknown keys
    are not stored).
    """
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(value, ())]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            if not _encodable(item):
                return f"{_place(what, where)} {_SURROGATE}"
        elif isinstance(item, dict | list):
            if max_depth is not None and len(where) >= max_depth:
                return f"{what} is nested more than {max_depth} levels deep"
            if isinstance(item, dict):
                for k, v in item.items():
                    if not _encodable(k):
                        return f"a key in {_place(what, where)} {_SURROGATE}"
                    stack.append((v, (*where, k)))
            else:
                stack.extend((v, (*where, i)) for i, v in enumerate(item))
    return None


def _place(what: str, where: tuple[str | int, ...]) -> str:
    """`'meta'` and ("a", 0) give `'meta.a[0]'`; the record itself is `what` as given."""
    if not where:
        return what
    path = what.strip("'") if what.startswith("'") else ""
    for key in where:
        path += f"[{key}]" if isinstance(key, int) else (f".{key}" if path else key)
    return f"'{path}'"


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def external_id(value: Any, fallback: str) -> str:
    """A record's id as stored: a string or integer from the file, else `fallback`."""
    if value is None or value == "":
        return fallback
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise JsonProblem(f"'id' must be a string or an integer, got {shorten(value)}")
    return str(value)
