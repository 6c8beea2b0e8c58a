"""Telling a format by content, when the file name does not say (the registry's checks).

A doccano export saved as `gold.doccano`, or JSON lines saved as `.txt`, must not be
imported as one document whose text is the raw JSON: that is wrong data that looks
like success. The import-format entries of annotator.core.formats name these checks.
"""

from __future__ import annotations

from annotator.core.importers.safe_json import JsonProblem, parse_json


def _body(text: str) -> str:
    return text.lstrip("\ufeff \t\r\n")


def looks_like_json_records(text: str) -> bool:
    """Clearly JSON lines: the first line is an object with a "text" string (or broken
    JSON that starts like one: the JSONL reader then says where)."""
    body = _body(text)
    if body[:1] != "{":
        return False
    line = body.split("\n", 1)[0]
    try:
        first = parse_json(line)
    except JsonProblem:  # broken or too deep: the JSONL reader says where
        return line.startswith('{"')
    return isinstance(first, dict) and isinstance(first.get("text"), str)


def looks_like_label_studio_tasks(text: str) -> bool:
    """Clearly a Label Studio export: a JSON array whose first task has a "data" object."""
    body = _body(text)
    if body[:1] != "[" or '"data"' not in body:
        return False
    try:
        tasks = parse_json(body)
    except JsonProblem:
        return False
    return bool(isinstance(tasks, list) and tasks and isinstance(tasks[0], dict)
                and isinstance(tasks[0].get("data"), dict))


def starts_like_json_array(text: str) -> bool:
    """A .json file holding a JSON array (native and doccano files are one object a line)."""
    return _body(text).startswith("[")


def not_plain_text(name: str, title: str) -> str:
    """The error for a .txt file holding records of the format ``name`` (its registry
    ``title`` says what that is): what it is and what to pass."""
    return (f"looks like {title}, not plain text: pass --format {name} to import "
            "its records, or --format txt to import the file as one text")
