"""Telling JSON records from plain text by content, when the file name does not say.

A doccano export saved as `gold.doccano`, or JSON lines saved as `.txt`, must not be
imported as one document whose text is the raw JSON: that is wrong data that looks
like success.
"""

from __future__ import annotations

from annotator.core.importers.safe_json import JsonProblem, parse_json

_NAMES = {"jsonl": "JSON lines (native, doccano or Prodigy records)",
          "label-studio": "a Label Studio export (a JSON array of tasks)"}


def kind_by_content(text: str) -> str | None:
    """'jsonl' or 'label-studio' when the text is clearly JSON records, else None."""
    body = text.lstrip("\ufeff \t\r\n")
    if body[:1] == "{":
        line = body.split("\n", 1)[0]
        try:
            first = parse_json(line)
        except JsonProblem:  # broken or too deep: the JSONL reader says where
            return "jsonl" if line.startswith('{"') else None
        return "jsonl" if isinstance(first, dict) and isinstance(first.get("text"), str) else None
    if body[:1] == "[" and '"data"' in body:
        try:
            tasks = parse_json(body)
        except JsonProblem:
            return None
        if isinstance(tasks, list) and tasks and isinstance(tasks[0], dict) \
                and isinstance(tasks[0].get("data"), dict):
            return "label-studio"
    return None


def not_plain_text(kind: str) -> str:
    """The error for a .txt file holding JSON records: what it is and what to pass."""
    return (f"looks like {_NAMES[kind]}, not plain text: pass --format {kind} to import "
            "its records, or --format txt to import the file as one text")
