"""Native JSONL: one line per document and layer, lossless, byte-stable on round trip.

Span and event ids are local to the record (1, 2, ... in text order), not database
ids, so exporting, importing into an empty project and exporting again gives the
same bytes (docs/decisions/0003-native-jsonl-ids.md).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import Any

from annotator.core.spans import check_span, sorted_spans
from annotator.core.types import DocumentRecord, LayerRecord


def record_dicts(doc: DocumentRecord, schema: dict[str, Any]) -> Iterator[dict[str, Any]]:
    digest = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    meta = {"title": doc.title, "source": doc.source}
    meta.update({k: doc.meta[k] for k in sorted(doc.meta) if k not in meta})
    for layer in doc.layers or [LayerRecord(None)]:
        spans, events = _layer_body(doc.text, layer)
        yield {
            "id": doc.external_id,
            "text": doc.text,
            "text_sha256": digest,
            "meta": meta,
            "layer": layer.layer,
            "status": layer.status if layer.layer is not None else None,
            "spans": spans,
            "events": events,
            "schema": schema,
        }


def _layer_body(text: str, layer: LayerRecord) -> tuple[list[dict], list[dict]]:
    local: dict[int | None, int] = {}
    spans = []
    size = len(text)
    for n, s in enumerate(sorted_spans(layer.spans), 1):
        start, end, span_text = s.start, s.end, s.text
        # The usual check, inline for the common case; check_span explains a failure.
        if (type(start) is not int or type(end) is not int
                or not 0 <= start < end <= size or text[start:end] != span_text):
            check_span(text, start, end, span_text)
        local[s.id] = n
        spans.append({"id": n, "start": start, "end": end, "label": s.label, "text": span_text})
    events = []
    ordered = sorted(layer.events, key=lambda e: (local[e.trigger], e.type, e.id or 0))
    for n, ev in enumerate(ordered, 1):
        args = sorted(({"role": a.role, "span": local[a.span]} for a in ev.arguments),
                      key=lambda a: (a["role"], a["span"]))
        events.append({"id": n, "type": ev.type, "trigger": local[ev.trigger],
                       "arguments": args,
                       "attributes": {k: ev.attributes[k] for k in sorted(ev.attributes)}})
    return spans, events


# Characters that json.dumps(ensure_ascii=False) leaves raw but that many line readers
# (str.splitlines, editors, JavaScript before ES2019) treat as line breaks. They can only
# occur inside JSON strings, so escaping them keeps one record per line and is lossless.
_LINE_BREAKS = {"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _escape_line_breaks(line: str) -> str:
    for ch, escaped in _LINE_BREAKS.items():
        if ch in line:
            line = line.replace(ch, escaped)
    return line


def jsonl_lines(docs: Iterable[DocumentRecord], schema: dict[str, Any]) -> Iterator[str]:
    for doc in docs:
        for rec in record_dicts(doc, schema):
            yield _escape_line_breaks(json.dumps(rec, ensure_ascii=False))
