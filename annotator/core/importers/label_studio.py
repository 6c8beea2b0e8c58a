"""Label Studio JSON export: an array of tasks with `data.text` and annotations.

Offsets in Label Studio are UTF-16 code units (annotator.core.offsets)
and are converted to code points here. Each region of type "labels" becomes one span per
label; a region labelled with an event type, its relations and per-region attributes
become an event (annotator.core.importers.label_studio_events); other results are left out.
The first annotation of a task goes to the import layer, the next ones to LAYER-2,
LAYER-3, ...; a task without annotations takes its predictions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotator.core.errors import ImportFileError, SpanError, shorten
from annotator.core.importers.jsonl import normalize_record
from annotator.core.importers.label_studio_events import RelationError, read_events
from annotator.core.importers.safe_json import (
    JsonProblem,
    external_id,
    parse_json,
    storable_problem,
)
from annotator.core.importers.txt import title_of
from annotator.core.offsets import Utf16Map
from annotator.core.schema import Schema
from annotator.core.spans import check_span
from annotator.core.types import DocumentRecord, LayerRecord, Origin, Span, Status


class _TaskError(Exception):
    pass


def read_label_studio(path: Path, text: str, schema: Schema, layer: str) -> list[DocumentRecord]:
    try:
        tasks = parse_json(text)
    except JsonProblem as exc:
        raise ImportFileError(str(path), str(exc), exc.line) from None
    if not isinstance(tasks, list):
        raise ImportFileError(str(path), "a Label Studio export is a JSON array of tasks")
    records = []
    for n, task in enumerate(tasks, 1):
        try:
            problem = "\\u" in text and storable_problem(task, "the task", None)
            if problem:
                raise _TaskError(problem)
            records.append(_task(task, n, path, schema, layer))
        except (_TaskError, SpanError, RelationError, JsonProblem) as exc:
            raise ImportFileError(str(path), f"task {n}: {exc}") from None
    if not records:
        raise ImportFileError(str(path), "no tasks")
    return records


def _task(task: Any, n: int, path: Path, schema: Schema, layer: str) -> DocumentRecord:
    if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
        raise _TaskError("a task must be an object with a 'data' object")
    data = task["data"]
    raw = data.get("text")
    if not isinstance(raw, str) or not raw.strip():
        raise _TaskError("'data.text' is missing or empty")
    if "\x00" in raw:
        raise _TaskError("'data.text' contains NUL characters (U+0000)")
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError:
        raise _TaskError("'data.text' contains an unpaired surrogate escape") from None
    for key in ("annotations", "predictions"):
        if task.get(key) is not None and not isinstance(task[key], list):
            raise _TaskError(f"'{key}' must be a list, got {shorten(task[key])}")
    annotations = [a for a in task.get("annotations") or [] if isinstance(a, dict)
                   and not a.get("was_cancelled")] or task.get("predictions") or []
    units = Utf16Map(raw)
    layers = []
    for k, annotation in enumerate(annotations, 1):
        regions: dict[str, list[tuple[int, int, str]]] = {}
        spans = _spans(annotation, raw, units, schema, regions)
        spans, events = read_events(annotation["result"], regions, spans, schema)
        if spans:
            name = layer if k == 1 else f"{layer}-{k}"
            layers.append(LayerRecord(name, Status.NEW.value, spans, events))
    text, layers = normalize_record(raw, layers)
    ext = external_id(data.get("id", task.get("id")), f"{path.stem}-{n}")
    given = task.get("meta")
    meta: dict[str, Any] = given if isinstance(given, dict) else {}
    problem = storable_problem(meta, "'meta'")
    if problem:
        raise _TaskError(problem)
    title = data.get("title")
    source = data.get("source")
    return DocumentRecord(
        external_id=ext,
        text=text,
        title=title if isinstance(title, str) else title_of(text),
        source=source if isinstance(source, str) else path.as_posix(),
        meta={k: v for k, v in meta.items() if k != "layer"},
        layers=layers,
    )


def _spans(annotation: Any, raw: str, units: Utf16Map, schema: Schema,
           regions: dict[str, list[tuple[int, int, str]]]) -> list[Span]:
    """The spans of the "labels" regions; ``regions`` gets each region id's span keys."""
    result = annotation.get("result") if isinstance(annotation, dict) else None
    if not isinstance(result, list):
        raise _TaskError("each annotation needs a 'result' list")
    spans: dict[tuple[int, int, str], Span] = {}
    for item in result:
        if not isinstance(item, dict) or item.get("type") != "labels":
            continue
        value = item.get("value")
        if not isinstance(value, dict):
            raise _TaskError("a 'labels' result needs a 'value' object")
        start, end = value.get("start"), value.get("end")
        if (not isinstance(start, int) or isinstance(start, bool)
                or not isinstance(end, int) or isinstance(end, bool)):
            raise _TaskError(f"offsets must be integers, got {shorten(start)}, {shorten(end)}")
        if max(abs(start), abs(end)) >= 2**63:
            raise _TaskError(f"offsets [{shorten(start)}, {shorten(end)}) are out of range")
        a, b = units.exact_from_utf16(start), units.exact_from_utf16(end)
        if a is None or b is None:
            raise _TaskError(f"UTF-16 offsets [{start}, {end}) fall inside a character "
                             "or past the end of the text")
        expected = value.get("text")
        text = check_span(raw, a, b, expected if isinstance(expected, str) else None)
        labels = value.get("labels")
        if not isinstance(labels, list) or not labels:
            raise _TaskError(f"region [{start}, {end}) has no labels")
        for label in labels:
            if not isinstance(label, str) or schema.label(label) is None:
                raise _TaskError(f"unknown label {shorten(label)}")
            spans[(a, b, label)] = Span(a, b, label, text, origin=Origin.IMPORTED)
            if isinstance(item.get("id"), str | int):
                regions.setdefault(str(item["id"]), []).append((a, b, label))
    return list(spans.values())
