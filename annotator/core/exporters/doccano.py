"""doccano sequence-labelling JSONL: `{"id", "text", "label": [[start, end, "LABEL"]], ...}`.

doccano counts offsets in code points (its server is Python), like we do, so offsets
carry over unchanged. The layer name is a top-level "annotation_layer" key: doccano keeps
unknown keys as metadata, and a top-level "layer" would make our importer read the line
as native JSONL.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from annotator.core.exporters import write_lines_atomic
from annotator.core.exporters.options import TokenOptions
from annotator.core.exporters.report import ExportReport
from annotator.core.schema import Schema
from annotator.core.spans import check_span, sorted_spans
from annotator.core.types import DocumentRecord


def doccano_dict(doc: DocumentRecord) -> dict[str, Any]:
    """One record (exactly one layer) as a doccano line."""
    (layer,) = doc.layers
    labels = []
    for s in sorted_spans(layer.spans):
        check_span(doc.text, s.start, s.end, s.text)
        labels.append([s.start, s.end, s.label])
    meta = {"title": doc.title, "source": doc.source}
    meta.update({k: doc.meta[k] for k in sorted(doc.meta) if k not in meta})
    return {"id": doc.external_id, "text": doc.text, "label": labels, "meta": meta,
            "annotation_layer": layer.layer}


def write_doccano(records: Iterable[DocumentRecord], target: str | Path, schema: Schema,
                  options: TokenOptions) -> ExportReport:
    report = ExportReport()

    def lines() -> Iterator[str]:
        for doc in records:
            rec = doccano_dict(doc)
            report.records += 1
            report.spans += len(rec["label"])
            yield json.dumps(rec, ensure_ascii=False)

    write_lines_atomic(lines(), target)
    if str(target) != "-":
        report.files.append(Path(target))
    return report
