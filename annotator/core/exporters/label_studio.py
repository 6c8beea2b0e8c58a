"""Label Studio JSON: an array of tasks, each with `data.text` and one annotation.

Label Studio's text editor runs in the browser and counts offsets in UTF-16 code
units (HumanSignal/label-studio issue 1347): a character outside the Basic Multilingual
Plane (an emoji) counts twice. Offsets are converted (annotator.core.offsets) here on
export and back in annotator.core.importers.label_studio. The result entries use
from_name "label" and to_name "text", which is what the project's labeling config must name (see
docs/decisions/0011-export-formats-and-splits.md).

Each task has an integer `id` (1, 2, ... in file order: label-studio-converter needs one;
the files of a split go on numbering, so train and dev imported together do not clash);
our document id stays in `data.id`. Events are Label Studio relations from the trigger
region to each argument's region, the role as the relation's label; an event's
attributes are per-region results on its trigger region ("choices", or "number" for a
count), from_name the attribute's name.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from annotator.core.exporters import write_lines_atomic
from annotator.core.exporters.options import TokenOptions
from annotator.core.exporters.report import ExportReport
from annotator.core.offsets import Utf16Map
from annotator.core.schema import Schema
from annotator.core.spans import check_span, sorted_spans
from annotator.core.types import DocumentRecord, Event, LayerRecord, Span

FROM_NAME = "label"
TO_NAME = "text"


def task_dict(doc: DocumentRecord, task_id: int = 1, event_labels: frozenset[str] = frozenset(),
              problems: list[str] | None = None) -> dict[str, Any]:
    """One record (exactly one layer) as a Label Studio task with one annotation.

    A span whose label is in ``event_labels`` but that triggers no event is named in
    ``problems``: Label Studio has no event apart from its trigger region, so our importer
    reads every such region as an event.
    """
    (layer,) = doc.layers
    units = Utf16Map(doc.text)
    result = []
    region: dict[int | None, str] = {}
    triggers = {ev.trigger for ev in layer.events}
    for n, s in enumerate(sorted_spans(layer.spans), 1):
        check_span(doc.text, s.start, s.end, s.text)
        region[s.id] = f"s{n}"
        result.append(_region(f"s{n}", s, units))
        if s.label in event_labels and s.id not in triggers and problems is not None:
            problems.append(f"{doc.external_id}: {s.label} span [{s.start}, {s.end}) "
                            f"{s.text!r}: triggers no event; Label Studio reads it as one")
    result.extend(_event_results(layer, region, units))
    data = {"text": doc.text, "id": doc.external_id, "title": doc.title, "source": doc.source}
    return {"id": task_id, "data": data, "annotations": [{"result": result}],
            "meta": {"layer": layer.layer, **{k: doc.meta[k] for k in sorted(doc.meta)}}}


def _region(rid: str, s: Span, units: Utf16Map) -> dict[str, Any]:
    return {"id": rid, "from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels",
            "value": {"start": units.to_utf16(s.start), "end": units.to_utf16(s.end),
                      "text": s.text, "labels": [s.label]}}


def _event_results(layer: LayerRecord, region: dict[int | None, str],
                   units: Utf16Map) -> list[dict[str, Any]]:
    """Relations and per-region attributes of the layer's events.

    The first event of a trigger span uses the span's region; a further event on the same
    span gets a region of its own (same offsets and label, id "e1", "e2", ...), so each
    event keeps its own arguments and attributes. Events are written in the order the
    importer reads them back (trigger regions in result order), so a file exported again
    after import is the same file.
    """
    spans = {s.id: s for s in layer.spans}
    position = {sid: int(rid[1:]) for sid, rid in region.items()}
    ordered = sorted(layer.events, key=lambda ev: position[ev.trigger])  # stable
    primary: dict[int, Event] = {}
    extra: list[Event] = []
    for ev in ordered:
        if ev.trigger in primary:
            extra.append(ev)
        else:
            primary[ev.trigger] = ev
    out: list[dict[str, Any]] = []
    for k, ev in enumerate([*primary.values(), *extra]):
        trigger = spans[ev.trigger]
        rid = region[ev.trigger]
        if k >= len(primary):
            rid = f"e{k - len(primary) + 1}"
            out.append(_region(rid, trigger, units))
        for arg in ev.arguments:
            out.append({"type": "relation", "from_id": rid, "to_id": region[arg.span],
                        "direction": "right", "labels": [arg.role]})
        where = {"start": units.to_utf16(trigger.start), "end": units.to_utf16(trigger.end),
                 "text": trigger.text}
        for name in sorted(ev.attributes):
            value = ev.attributes[name]
            content: dict[str, Any]
            if isinstance(value, int) and not isinstance(value, bool):
                kind, content = "number", {"number": value}
            else:
                kind, content = "choices", {"choices": [value]}
            out.append({"id": rid, "from_name": name, "to_name": TO_NAME, "type": kind,
                        "value": where | content})
    return out


def write_label_studio(records: Iterable[DocumentRecord], target: str | Path, schema: Schema,
                       options: TokenOptions, first_id: int = 1) -> ExportReport:
    """Write the JSON array one task per line (a valid array, and diff-friendly); the
    tasks are numbered from `first_id`."""
    report = ExportReport()
    events = frozenset(et.name for et in schema.event_types)

    def lines() -> Iterator[str]:
        yield "["
        previous: str | None = None
        for doc in records:
            task = task_dict(doc, first_id + report.records, events, report.problems)
            report.records += 1
            report.spans += len(doc.layers[0].spans)
            if previous is not None:
                yield previous + ","
            previous = json.dumps(task, ensure_ascii=False)
        if previous is not None:
            yield previous
        yield "]"

    write_lines_atomic(lines(), target)
    if str(target) != "-":
        report.files.append(Path(target))
    return report
