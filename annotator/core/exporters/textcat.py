"""Text classification: JSONL rows of `text` and `label` from the document labels.

One row per document and layer that has document labels. `label` is the value of the
schema's first single-choice document field (or, without one, the list of values of its
first multiple-choice field); every document field is also a column of its own, named
after the field (a value name, a list of names, or text; null when not set). The rows
load with `datasets.load_dataset("json", data_files=...)`; `labels.json` beside the
file lists each field's value names in schema order (the class ids).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from annotator.core.document_fields import MULTIPLE, SINGLE, DocumentField, json_value
from annotator.core.errors import UserError
from annotator.core.exporters import write_lines_atomic
from annotator.core.exporters.options import TokenOptions
from annotator.core.exporters.report import ExportReport
from annotator.core.schema import Schema
from annotator.core.types import DocumentRecord

LABELS_FILE = "labels.json"


def label_field(schema: Schema) -> DocumentField:
    """The field whose values are the `label` column, or UserError if there is none."""
    for kind in (SINGLE, MULTIPLE):
        fld = next((f for f in schema.document_fields if f.type == kind), None)
        if fld is not None:
            return fld
    raise UserError("the label schema has no single- or multiple-choice document field: "
                    "nothing to export as text classification")


def write_textcat(records: Iterable[DocumentRecord], target: str | Path, schema: Schema,
                  options: TokenOptions) -> ExportReport:
    """Write the rows to `target` and `labels.json` beside it."""
    if str(target) == "-":
        raise UserError("the textcat export writes labels.json beside its file; "
                        "give a file name")
    main = label_field(schema)
    report = ExportReport()
    write_lines_atomic(_rows(records, schema, main, report), target)
    mapping = {"label": main.name, "names": list(main.value_names),
               "fields": {f.name: {"type": f.type, "names": list(f.value_names)}
                          for f in schema.document_fields}}
    labels_path = Path(target).parent / LABELS_FILE
    write_lines_atomic([json.dumps(mapping, ensure_ascii=False, indent=1)], labels_path)
    report.files.extend([Path(target), labels_path])
    return report


def _rows(records: Iterable[DocumentRecord], schema: Schema, main: DocumentField,
          report: ExportReport) -> Iterator[str]:
    for record in records:
        (layer,) = record.layers
        labels = layer.doc_labels
        if not labels:
            continue  # nobody classified this document in this layer
        value = labels.get(main.name)
        if value is None:
            report.problems.append(f"document {record.external_id}, layer {layer.layer}: "
                                   f"no {main.name}, written with label null")
        row: dict[str, Any] = {"id": record.external_id, "layer": layer.layer,
                               "text": record.text, "label": json_value(value)}
        for fld in schema.document_fields:
            row[fld.name] = json_value(labels.get(fld.name))
        report.records += 1
        yield json.dumps(row, ensure_ascii=False)


def spacy_cats(schema: Schema, labels: dict[str, Any]) -> dict[str, float]:
    """spaCy `Doc.cats` of a layer's document labels: "field:value" -> 1.0 for the
    chosen values, 0.0 for the others of each choice field that has a value."""
    cats: dict[str, float] = {}
    for fld in schema.document_fields:
        value = labels.get(fld.name)
        if fld.type == "text" or value is None:
            continue
        chosen = set(value) if isinstance(value, tuple) else {value}
        cats.update({f"{fld.name}:{v}": 1.0 if v in chosen else 0.0 for v in fld.value_names})
    return cats
