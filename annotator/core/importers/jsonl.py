"""JSON Lines: the native format, doccano and Prodigy.

The kind is told per record by its keys, so a file may mix them. Foreign spans go
to one layer (--layer). Offsets are checked against the text as written in the file,
then carried through the storage normalisation (line endings, NFC).
"""

from __future__ import annotations

from collections.abc import Container
from pathlib import Path
from typing import Any

from annotator.core.document_fields import DocLabelValue, canonical_value, field_value_problem
from annotator.core.errors import ImportFileError, SpanError, shorten
from annotator.core.events import argument_problem, attribute_problem
from annotator.core.importers.safe_json import (
    JsonProblem,
    external_id,
    parse_json,
    storable_problem,
)
from annotator.core.importers.txt import title_of
from annotator.core.schema import Schema
from annotator.core.spans import check_span, normalize_with_offsets
from annotator.core.textio import is_normalized, text_digest
from annotator.core.types import Argument, DocumentRecord, Event, LayerRecord, Origin, Span, Status

_STATUSES = {s.value for s in Status}
_ORIGINS = frozenset(o.value for o in Origin)


class RecordError(Exception):
    """One record of a native JSONL file is malformed; the reader names its line. The
    Label Studio importer raises it for the native events it carries, too."""


def read_jsonl(
    path: Path, text: str, schema: Schema, layer: str, kind: str = "jsonl"
) -> list[DocumentRecord]:
    """Every record of the file; ``kind`` "jsonl" tells each record's kind by its keys,
    "native", "doccano" or "prodigy" reads every record as that."""
    records = [rec for lineno, line in enumerate(text.split("\n"), 1)
               if (rec := line_record(path, lineno, line, schema, kind, layer)) is not None]
    if not records:
        raise ImportFileError(str(path), "no records")
    return records


def line_record(path: Path, lineno: int, line: str, schema: Schema, kind: str,
                layer: str) -> DocumentRecord | None:
    """The record on one line of a JSON lines file (None for a blank line), or
    ImportFileError naming the file and the line. The streamed import reads a file line by
    line through this, so both say the same about every line."""
    if not line.strip():
        return None
    try:
        obj = parse_json(line)
        if not isinstance(obj, dict):
            raise RecordError("a record must be a JSON object")
        problem = "\\u" in line and storable_problem(obj, "the record", None)
        if problem:
            raise RecordError(problem)
        return _record(obj, path, lineno, schema, kind, layer)
    except (RecordError, SpanError, JsonProblem) as exc:
        raise ImportFileError(str(path), str(exc), lineno) from None


def _kind_of(obj: dict[str, Any], kind: str) -> str:
    if kind not in ("auto", "jsonl"):
        return kind
    if "layer" in obj or "text_sha256" in obj or "schema" in obj:
        return "native"
    if "label" in obj or "entities" in obj:
        return "doccano"
    if "spans" in obj:
        return "prodigy"
    return "native"


def _int(v: Any, what: str) -> int:
    if not isinstance(v, int) or isinstance(v, bool):
        raise RecordError(f"{what} must be an integer, got {shorten(v)}")
    if not -2**63 <= v < 2**63:
        raise RecordError(f"{what} {shorten(v)} is out of range")
    return v


def _record(obj: dict[str, Any], path: Path, lineno: int, schema: Schema, kind: str,
            layer: str) -> DocumentRecord:
    raw = obj.get("text")
    if not isinstance(raw, str) or not raw.strip():
        raise RecordError("'text' is missing or empty")
    if "\x00" in raw:
        raise RecordError("'text' contains NUL characters (U+0000)")
    kind = _kind_of(obj, kind)
    given = obj.get("meta")
    meta: dict[str, Any] = given if isinstance(given, dict) else {}
    problem = storable_problem(meta, "'meta'")
    if problem:
        raise RecordError(problem)
    ext = external_id(obj.get("id", meta.get("id")), f"{path.stem}-{lineno}")
    if kind == "native":
        layers = _native_layer(obj, raw, schema)
        if "text_sha256" in obj:
            digest = text_digest(raw)
            if obj["text_sha256"] != digest:
                raise RecordError("'text_sha256' does not match the text")
    else:
        spans = _foreign_spans(obj, raw, kind, schema)
        layers = [LayerRecord(layer, Status.NEW.value, spans, [])] if spans else []
    text, layers = normalize_record(raw, layers)
    title, source = meta.get("title"), meta.get("source")
    title = title if isinstance(title, str) else title_of(text)
    source = source if isinstance(source, str) else path.as_posix()
    extra = {k: v for k, v in meta.items() if k not in ("title", "source", "id")}
    return DocumentRecord(ext, text, title, source, extra, layers, lineno)


def _span(raw_text: str, start: Any, end: Any, label: Any, expected: Any, schema: Schema,
          span_id: int | None, origin: str) -> Span:
    s, e = _int(start, "span start"), _int(end, "span end")
    if not isinstance(label, str) or schema.label(label) is None:
        raise RecordError(f"unknown label {shorten(label)}")
    if expected is not None and not isinstance(expected, str):
        raise RecordError("span 'text' must be a string")
    text = check_span(raw_text, s, e, expected)
    return Span(s, e, label, text, span_id, origin=origin)


def _foreign_spans(obj: dict[str, Any], raw: str, kind: str, schema: Schema) -> list[Span]:
    out: list[Span] = []
    if kind == "doccano":
        items = obj.get("label", obj.get("entities", []))
        if not isinstance(items, list):
            raise RecordError("'label' must be a list")
        for it in items:
            if isinstance(it, list) and len(it) == 3:
                out.append(_span(raw, it[0], it[1], it[2], None, schema, None, Origin.IMPORTED))
            elif isinstance(it, dict):
                out.append(_span(raw, it.get("start_offset"), it.get("end_offset"),
                                 it.get("label"), None, schema, None, Origin.IMPORTED))
            else:
                raise RecordError(f"cannot read span {shorten(it)}")
    else:
        items = obj.get("spans", [])
        if not isinstance(items, list):
            raise RecordError("'spans' must be a list")
        for it in items:
            if not isinstance(it, dict):
                raise RecordError("each span must be an object")
            out.append(_span(raw, it.get("start"), it.get("end"), it.get("label"),
                             it.get("text"), schema, None, Origin.IMPORTED))
    return out


def _native_layer(obj: dict[str, Any], raw: str, schema: Schema) -> list[LayerRecord]:
    layer = obj.get("layer")
    spans_raw = obj.get("spans") or []
    events_raw = obj.get("events") or []
    labels_raw = obj.get("doc_labels") or {}
    if layer is None:
        if spans_raw or events_raw or labels_raw:
            raise RecordError("a record with spans, events or doc_labels needs a 'layer'")
        return []
    if not isinstance(layer, str) or not layer.strip():
        raise RecordError("'layer' must be a non-empty string")
    status = obj.get("status") or Status.NEW.value
    if not isinstance(status, str) or status not in _STATUSES:
        raise RecordError(f"unknown status {shorten(status)}")
    if not isinstance(spans_raw, list) or not isinstance(events_raw, list):
        raise RecordError("'spans' and 'events' must be lists")
    spans: list[Span] = []
    ids: dict[int, Span] = {}
    known = schema.label_names()
    size = len(raw)
    for it in spans_raw:
        sp = _usual_span(it, raw, size, known, ids) or _native_span(it, raw, schema, ids)
        spans.append(sp)
        if sp.id is not None:
            ids[sp.id] = sp
    events = [native_event(ev, ids, schema) for ev in events_raw]
    return [LayerRecord(layer, status, spans, events, _doc_labels(labels_raw, schema))]


def _doc_labels(raw: Any, schema: Schema) -> dict[str, DocLabelValue]:
    """`"doc_labels"`: field -> value, each checked against the schema's fields."""
    if not isinstance(raw, dict):
        raise RecordError("'doc_labels' must be an object")
    out: dict[str, DocLabelValue] = {}
    for name, value in raw.items():
        fld = schema.document_field(name)
        problem = field_value_problem(fld, value, name)
        if problem:
            raise RecordError(problem)
        assert fld is not None
        stored = canonical_value(fld, value)
        if stored is not None:
            out[name] = stored
    return out


def _usual_span(it: Any, raw: str, size: int, known: Container[str],
                ids: dict[int, Span]) -> Span | None:
    """A native span that passes every check of `_native_span`, in one expression (most
    of an import's reading time is spent on spans); None for anything else, which
    `_native_span` then reads or refuses in its words."""
    if type(it) is not dict:
        return None
    start, end, label = it.get("start"), it.get("end"), it.get("label")
    sid, expected = it.get("id"), it.get("text")
    if not (type(start) is int and type(end) is int and 0 <= start < end <= size
            and type(label) is str and label in known
            and (sid is None or type(sid) is int and -2**63 <= sid < 2**63 and sid not in ids)):
        return None
    actual = raw[start:end]
    if expected is not None and expected != actual:
        return None
    origin = it.get("origin", Origin.MANUAL)
    if type(origin) is not str or origin not in _ORIGINS:
        origin = Origin.MANUAL
    return Span(start, end, label, actual, sid, origin=origin,
                origin_detail=_origin_detail(it, origin))


def _native_span(it: Any, raw: str, schema: Schema, ids: dict[int, Span]) -> Span:
    if not isinstance(it, dict):
        raise RecordError("each span must be an object")
    sid = it.get("id")
    if sid is not None:
        sid = _int(sid, "span id")
        if sid in ids:
            raise RecordError(f"span id {sid} is used twice")
    origin = it.get("origin", Origin.MANUAL)
    if not isinstance(origin, str) or origin not in _ORIGINS:
        origin = Origin.MANUAL
    sp = _span(raw, it.get("start"), it.get("end"), it.get("label"), it.get("text"),
               schema, sid, origin)
    sp.origin_detail = _origin_detail(it, origin)
    return sp


def _origin_detail(it: dict[str, Any], origin: str) -> str:
    """How a suggested span was made ("origin_detail"); "" for any other origin."""
    detail = it.get("origin_detail", "")
    return detail if isinstance(detail, str) and origin == Origin.SUGGESTION else ""


def native_event(ev: Any, ids: dict[int, Span], schema: Schema) -> Event:
    """An event of a native record; ``ids`` maps the record's span ids to its spans.
    RecordError when it is malformed (shared with the Label Studio importer)."""
    if not isinstance(ev, dict):
        raise RecordError("each event must be an object")
    etype = schema.event_type(ev["type"]) if isinstance(ev.get("type"), str) else None
    if etype is None:
        raise RecordError(f"unknown event type {shorten(ev.get('type'))}")
    trigger = ev.get("trigger")
    if not isinstance(trigger, int) or isinstance(trigger, bool) or trigger not in ids:
        raise RecordError(
            f"event {etype.name}: trigger {trigger!r} is not a span id of this record"
        )
    if ids[trigger].label != etype.name:
        raise RecordError(f"event {etype.name}: its trigger span is labelled {ids[trigger].label}")
    args: list[Argument] = []
    raw_args = ev.get("arguments") or []
    if not isinstance(raw_args, list):
        raise RecordError(f"event {etype.name}: 'arguments' must be a list")
    for a in raw_args:
        role = a.get("role") if isinstance(a, dict) else None
        if not isinstance(role, str) or etype.role(role) is None:
            raise RecordError(f"event {etype.name}: unknown role in {shorten(a)}")
        arg_span = a.get("span")
        if not isinstance(arg_span, int) or isinstance(arg_span, bool) or arg_span not in ids:
            raise RecordError(f"event {etype.name}, role {role}: span {arg_span!r} "
                               "is not a span id of this record")
        problem = argument_problem(etype, role, arg_span, ids[arg_span].label, trigger, args)
        if problem:
            raise RecordError(problem)
        args.append(Argument(role, arg_span))
    attrs = ev.get("attributes") or {}
    if not isinstance(attrs, dict):
        raise RecordError(f"event {etype.name}: 'attributes' must be an object")
    problem = attribute_problem(schema, etype.name, attrs)
    if problem:
        raise RecordError(problem)
    return Event(etype.name, trigger, tuple(args), attrs)


def normalize_record(raw: str, layers: list[LayerRecord]) -> tuple[str, list[LayerRecord]]:
    """Carry spans through line-ending and NFC normalisation of the text."""
    if is_normalized(raw):
        return raw, layers
    bounds = [b for lr in layers for s in lr.spans for b in (s.start, s.end)]
    text, where = normalize_with_offsets(raw, bounds)
    out = []
    for lr in layers:
        spans = []
        for s in lr.spans:
            a, b = where[s.start], where[s.end]
            if a >= b:
                raise SpanError(f"span [{s.start}, {s.end}) is empty after normalization")
            spans.append(Span(a, b, s.label, text[a:b], s.id, origin=s.origin,
                              origin_detail=s.origin_detail))
        out.append(LayerRecord(lr.layer, lr.status, spans, lr.events, lr.doc_labels))
    return text, out
