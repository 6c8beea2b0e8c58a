"""Label Studio JSON: an array of tasks, each with `data.text` and one annotation.

Label Studio's text editor runs in the browser and counts offsets in UTF-16 code
units (HumanSignal/label-studio issue 1347): a character outside the Basic Multilingual
Plane (an emoji) counts twice. Offsets are converted here on export and back in
annotator.core.importers.label_studio. The result entries use from_name "label" and
to_name "text", which is what the project's labeling config must name (see
docs/decisions/0011-export-formats-and-splits.md).
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from itertools import accumulate
from pathlib import Path

from annotator.core.exporters import write_lines_atomic
from annotator.core.exporters.report import ExportReport
from annotator.core.spans import check_span, sorted_spans
from annotator.core.types import DocumentRecord

FROM_NAME = "label"
TO_NAME = "text"


def utf16_offsets(text: str) -> list[int] | None:
    """UTF-16 offset of every code point offset 0..len(text), or None when they are equal."""
    if text.isascii() or all(ord(c) < 0x10000 for c in text):
        return None
    return [0, *accumulate(2 if ord(c) >= 0x10000 else 1 for c in text)]


def to_utf16(table: list[int] | None, offset: int) -> int:
    return offset if table is None else table[offset]


def from_utf16(table: list[int] | None, offset: int) -> int | None:
    """The code point offset at a UTF-16 offset; None inside a surrogate pair or past the end."""
    if table is None:
        return offset
    i = bisect_left(table, offset)
    return i if i < len(table) and table[i] == offset else None


def task_dict(doc: DocumentRecord) -> dict:
    """One record (exactly one layer) as a Label Studio task with one annotation."""
    (layer,) = doc.layers
    table = utf16_offsets(doc.text)
    result = []
    for n, s in enumerate(sorted_spans(layer.spans), 1):
        check_span(doc.text, s.start, s.end, s.text)
        result.append({
            "id": f"s{n}", "from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels",
            "value": {"start": to_utf16(table, s.start), "end": to_utf16(table, s.end),
                      "text": s.text, "labels": [s.label]},
        })
    data = {"text": doc.text, "id": doc.external_id, "title": doc.title, "source": doc.source}
    return {"data": data, "annotations": [{"result": result}],
            "meta": {"layer": layer.layer, **{k: doc.meta[k] for k in sorted(doc.meta)}}}


def write_label_studio(records: Iterable[DocumentRecord], target: str | Path) -> ExportReport:
    """Write the JSON array one task per line (a valid array, and diff-friendly)."""
    report = ExportReport()

    def lines() -> Iterator[str]:
        yield "["
        previous: str | None = None
        for doc in records:
            task = task_dict(doc)
            report.records += 1
            report.spans += len(task["annotations"][0]["result"])
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
