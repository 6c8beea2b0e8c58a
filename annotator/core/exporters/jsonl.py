"""Native JSONL: one line per document and layer, lossless, byte-stable on round trip.

Span and event ids are local to the record (1, 2, ... in text order), not database
ids, so exporting, importing into an empty project and exporting again gives the
same bytes (docs/decisions/0003-native-jsonl-ids.md).

A line is assembled from fixed templates, with json's own string encoder for every
string, instead of building a dict per span for json.dumps: the same bytes as
json.dumps(record, ensure_ascii=False) (a property test holds it to that) at about
half the cost, which is most of what an export spends besides reading the project
(docs/decisions/0006-performance.md).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

from annotator.core.document_fields import json_value
from annotator.core.exporters import write_lines_atomic
from annotator.core.exporters.options import TokenOptions
from annotator.core.exporters.report import ExportReport
from annotator.core.schema import Schema
from annotator.core.spans import check_span, sorted_spans
from annotator.core.textio import text_digest
from annotator.core.types import DocumentRecord, LayerRecord, Origin, Span

_dumps = json.JSONEncoder(ensure_ascii=False).encode


def _string(value: str | None) -> str:
    return "null" if value is None else encode_basestring(value)


def _document_lines(doc: DocumentRecord, schema_json: str) -> Iterator[str]:
    """The record lines of one document: one per layer, or one with layer null."""
    head = (f'{{"id": {encode_basestring(doc.external_id)}, '
            f'"text": {encode_basestring(doc.text)}, '
            f'"text_sha256": "{doc.text_sha256 or text_digest(doc.text)}", '
            f'"meta": {_dumps(_meta(doc))}, ')
    for layer in doc.layers or [LayerRecord(None)]:
        spans, events = _layer_body(doc.text, layer)
        status = layer.status if layer.layer is not None else None
        # Omitted when empty, so a project without document labels exports as before.
        labels = (f'"doc_labels": {_dumps(_doc_labels(layer))}, ' if layer.doc_labels
                  else "")
        yield (f'{head}"layer": {_string(layer.layer)}, "status": {_string(status)}, '
               f'"spans": [{spans}], "events": {events}, {labels}"schema": {schema_json}}}')


def _doc_labels(layer: LayerRecord) -> dict[str, Any]:
    """Document labels as JSON holds them (a multiple choice as a list)."""
    return {name: json_value(value) for name, value in layer.doc_labels.items()}


def _meta(doc: DocumentRecord) -> dict[str, Any]:
    meta = {"title": doc.title, "source": doc.source}
    meta.update({k: doc.meta[k] for k in sorted(doc.meta) if k not in meta})
    return meta


def _layer_body(text: str, layer: LayerRecord) -> tuple[str, str]:
    """The spans (joined, without brackets) and the events of a layer, as JSON."""
    ordered = sorted_spans(layer.spans)
    size = len(text)
    # The usual check in one pass; check_span explains a failure. `type(...) is int`
    # also keeps a bool offset from being written as True.
    for s in [s for s in ordered if type(s.start) is not int or type(s.end) is not int
              or not 0 <= s.start < s.end <= size or text[s.start:s.end] != s.text]:
        check_span(text, s.start, s.end, s.text)
    spans = ", ".join([f'{{"id": {n}, "start": {s.start}, "end": {s.end}, '
                       f'"label": {encode_basestring(s.label)}, '
                       f'"text": {encode_basestring(s.text)}'
                       f'{_origin(s) if s.origin == SUGGESTION else ""}}}'
                       for n, s in enumerate(ordered, 1)])
    if not layer.events:
        return spans, "[]"
    local = {s.id: n for n, s in enumerate(ordered, 1)}
    events = []
    by_trigger = sorted(layer.events, key=lambda e: (local[e.trigger], e.type, e.id or 0))
    for n, ev in enumerate(by_trigger, 1):
        args = sorted(({"role": a.role, "span": local[a.span]} for a in ev.arguments),
                      key=lambda a: (a["role"], a["span"]))
        events.append({"id": n, "type": ev.type, "trigger": local[ev.trigger],
                       "arguments": args,
                       "attributes": {k: ev.attributes[k] for k in sorted(ev.attributes)}})
    return spans, _dumps(events)


SUGGESTION = Origin.SUGGESTION.value


def _origin(span: Span) -> str:
    """How a span made from a suggestion was made (manual and imported spans carry no
    origin, so exports of projects without suggestions keep their bytes)."""
    detail = f', "origin_detail": {encode_basestring(span.origin_detail)}' \
        if span.origin_detail else ""
    return f', "origin": "{SUGGESTION}"{detail}'


# Characters that json.dumps(ensure_ascii=False) leaves raw but that many line readers
# (str.splitlines, editors, JavaScript before ES2019) treat as line breaks. They can only
# occur inside JSON strings, so escaping them keeps one record per line and is lossless.
_LINE_BREAKS = {"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _escape_line_breaks(line: str) -> str:
    for ch, escaped in _LINE_BREAKS.items():
        if ch in line:
            line = line.replace(ch, escaped)
    return line


def write_jsonl(docs: Iterable[DocumentRecord], target: str | Path, schema: Schema,
                options: TokenOptions) -> ExportReport:
    """Write native JSONL (one line per document, all its layers in it) atomically."""
    ref = {"name": schema.name, "version": schema.version}
    n = write_lines_atomic(jsonl_lines(docs, ref), target)
    return ExportReport(records=n, files=[Path(target)] if str(target) != "-" else [])


def jsonl_lines(docs: Iterable[DocumentRecord], schema: dict[str, Any]) -> Iterator[str]:
    schema_json = _dumps(schema)
    for doc in docs:
        for line in _document_lines(doc, schema_json):
            yield _escape_line_breaks(line)
