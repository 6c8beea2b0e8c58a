"""Hugging Face token classification: JSONL rows of `tokens` and integer `ner_tags`.

One row per sentence (the CoNLL sentences), as in conll2003 on the Hub, so a row fits
a model's input. The tag ids come from the schema's label list, not from the data,
so train, dev and test splits written separately share one `labels.json`.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

from annotator.core.errors import UserError
from annotator.core.exporters import write_lines_atomic
from annotator.core.exporters.options import TokenOptions
from annotator.core.exporters.parallel import Workers, ordered_map
from annotator.core.exporters.report import ExportReport
from annotator.core.exporters.tokenized import CODEC, tokenized
from annotator.core.formats import token_options
from annotator.core.schema import Schema
from annotator.core.types import DocumentRecord

LABELS_FILE = "labels.json"


def tag_names(labels: list[str], scheme: str) -> list[str]:
    """Tag names in id order: "O", then each label's B, I (and L, U for BILOU)."""
    prefixes = ("B", "I", "L", "U") if scheme == "bilou" else ("B", "I")
    return ["O", *(f"{p}-{label}" for label in labels for p in prefixes)]


def write_hf(records: Iterable[DocumentRecord], target: str | Path, schema: Schema,
             options: TokenOptions, workers: Workers | None = None) -> ExportReport:
    """Write ``target`` (JSONL) and ``labels.json`` beside it; the tag ids come from the
    schema's labels, not the data, so splits share them.

    With ``options.nested == "columns"`` every row also has ``nested_ner_tags``: one
    list of ids per inner nesting level present in the sentence ([] when none), as
    ``ner_tags`` holds only the outermost spans. `workers`: core/exporters/parallel.py.
    """
    if str(target) == "-":
        raise UserError("the hf export writes labels.json beside its file; give a file name")
    options = token_options(options, "hf")
    labels = [lb.name for lb in schema.all_labels]
    if options.entity_labels is not None:
        labels = [label for label in labels if label in options.entity_labels]
    names = tag_names(labels, options.scheme)
    report = ExportReport()
    write_lines_atomic(_rows(records, options, labels, names, report, workers), target)
    ids = {name: i for i, name in enumerate(names)}
    mapping: dict[str, Any] = {"scheme": options.scheme, "names": names,
                               "id2label": {str(i): n for i, n in enumerate(names)},
                               "label2id": ids}
    labels_path = Path(target).parent / LABELS_FILE
    write_lines_atomic([json.dumps(mapping, ensure_ascii=False, indent=1)], labels_path)
    report.files.extend([Path(target), labels_path])
    return report


def _rows(records: Iterable[DocumentRecord], options: TokenOptions, labels: list[str],
          names: list[str], report: ExportReport, workers: Workers | None) -> Iterator[bytes]:
    for rows, part in ordered_map(_document_rows, records, (options, labels, names),
                                   workers, codec=CODEC):
        report.add(part)
        if rows:
            yield rows


def _document_rows(record: DocumentRecord, context: tuple[TokenOptions, list[str], list[str]],
                   ) -> tuple[bytes, ExportReport]:
    """One document's rows, joined by line breaks and encoded (b"" when it has no
    sentence), and its part of the report (run in a worker process).

    A row is `json.dumps(row, ensure_ascii=False)` of {"id", "document"[, "layer"],
    "tokens", "ner_tags"[, "nested_ner_tags"]}, made from a template with each token's JSON string
    made once per document (a test holds it to json.dumps): json.dumps took a third of
    this export's time.
    """
    options, labels, names = context
    part = ExportReport()
    ids = {name: str(i) for i, name in enumerate(names)}
    nested = options.nested != "outermost"
    doc = tokenized(record, options, part, widen=True, known=set(labels))
    cols = doc.columns(options.scheme, outermost=not nested, ids=ids)
    part.spans += len(doc.placed) if nested else sum(p.level == 0 for p in doc.placed)
    words = list(map(encode_basestring, doc.texts))
    prefix = record.external_id
    head = f'"document": {encode_basestring(record.external_id)}, '
    if options.layer_named:  # several layers: ids and rows say whose
        (layer,) = record.layers
        prefix = f"{prefix}-{layer.layer}"
        head += f'"layer": {encode_basestring(str(layer.layer))}, '
    head += '"tokens": ['
    sentences = doc.sentences()
    # A sentence's nested_ner_tags run to the deepest level of its spans (a span is never
    # cut by a sentence break), not to the document's deepest column.
    deepest = [0] * len(sentences)
    if len(cols) > 1:
        firsts = [first for first, _ in sentences]
        for p in doc.placed:
            n = bisect_right(firsts, p.first) - 1
            deepest[n] = max(deepest[n], p.level)
    rows = []
    for n, (first, last) in enumerate(sentences):
        row = (f'{{"id": {encode_basestring(f"{prefix}-{n}")}, {head}'
               f'{", ".join(words[first:last])}], "ner_tags": [{", ".join(cols[0][first:last])}]')
        if nested:
            row += ', "nested_ner_tags": [' + ", ".join(
                "[" + ", ".join(col[first:last]) + "]" for col in cols[1:deepest[n] + 1]) + "]"
        rows.append(row + "}")
    return "\n".join(rows).encode("utf-8"), part
