"""spaCy/Prodigy JSONL (our `spacy` export): `text`, `tokens` and `spans` per line.

The text is carried, so spans re-import at their exact character offsets through the
Prodigy reader. What this adds is the check of the token layer: every token must be
its own slice of the text, and a span's token_start/token_end (inclusive, Prodigy's
convention) must point at the tokens its offsets start and end on. A file whose
tokens disagree with its spans was edited by hand or written by a broken tool, and
training on it would teach the wrong boundaries.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeGuard

from annotator.core.errors import ImportFileError
from annotator.core.importers.jsonl import read_jsonl
from annotator.core.importers.safe_json import JsonProblem, parse_json
from annotator.core.schema import Schema
from annotator.core.types import DocumentRecord


def read_spacy_jsonl(path: Path, text: str, schema: Schema,
                     layer: str) -> list[DocumentRecord]:
    for lineno, line in enumerate(text.split("\n"), 1):
        problem = token_line_problem(line)
        if problem:
            raise ImportFileError(str(path), problem, lineno)
    return read_jsonl(path, text, schema, layer, kind="prodigy")


def token_line_problem(line: str) -> str | None:
    """What is wrong with the tokens of one line, if anything. A line that is not a JSON
    object has no token problem: the JSONL reader says what is wrong with it."""
    if not line.strip():
        return None
    try:
        obj = parse_json(line)
    except JsonProblem:
        return None  # read_jsonl reports it with its position
    return _token_problem(obj) if isinstance(obj, dict) else None


def _token_problem(obj: dict[str, Any]) -> str | None:
    text = obj.get("text")
    tokens = obj.get("tokens", [])
    if not isinstance(text, str):
        return None  # read_jsonl says what is missing
    if not isinstance(tokens, list):
        return "'tokens' must be a list"
    bounds: list[tuple[int, int]] = []
    for i, tok in enumerate(tokens):
        if not isinstance(tok, dict):
            return f"token {i} must be an object"
        a, b = tok.get("start"), tok.get("end")
        if not _is_int(a) or not _is_int(b) or not 0 <= a <= b <= len(text):
            return f"token {i} has offsets {a!r}, {b!r} outside the text"
        if "text" in tok and text[a:b] != tok["text"]:
            return f"token {i} text {tok['text']!r} does not match the text ({text[a:b]!r})"
        bounds.append((a, b))
    spans = obj.get("spans", [])
    for span in spans if isinstance(spans, list) else []:
        if not isinstance(span, dict) or "token_start" not in span and "token_end" not in span:
            continue
        first, last = span.get("token_start"), span.get("token_end")
        if not (_is_int(first) and _is_int(last) and 0 <= first <= last < len(bounds)):
            return (f"span {_shown(span)}: token_start/token_end {first!r}, {last!r} "
                    "are not token ids")
        if (bounds[first][0], bounds[last][1]) != (span.get("start"), span.get("end")):
            return (f"span {_shown(span)}: tokens {first}..{last} cover "
                    f"[{bounds[first][0]}, {bounds[last][1]}), not its offsets")
    return None


def _is_int(v: Any) -> TypeGuard[int]:
    return isinstance(v, int) and not isinstance(v, bool)


def _shown(span: dict[str, Any]) -> str:
    return f"[{span.get('start')!r}, {span.get('end')!r}) {span.get('label')!r}"
