"""spaCy/Prodigy: JSONL with `text`, `tokens` and `spans`, plus a `.spacy` DocBin.

The tokens cover the whole text the way spaCy does (a plain space after a token is
its `ws` flag; NBSP, line breaks and other gaps are tokens of their own), so the
JSONL tokens and the DocBin's tokens have the same ids and the Doc's text is the
stored text: character offsets stay exact. Prodigy's `token_end` is inclusive.

Both files are written as the documents stream past: a JSONL line is assembled from
templates (the bytes of `json.dumps`, as the native export does), and the DocBin goes
through core/exporters/docbin.py, which never holds more than one document's arrays
and writes what spaCy would of the Doc (blank Arabic pipeline, `Doc(words=, spaces=)`)
without building it.
"""

from __future__ import annotations

import importlib.util
import json
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from itertools import chain, repeat
from json.encoder import encode_basestring
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.exporters import (
    write_binary_atomic,
    write_folder_atomic,
    write_lines_atomic,
)
from annotator.core.exporters.options import TokenOptions
from annotator.core.exporters.parallel import Workers, ordered_map
from annotator.core.exporters.report import ExportReport
from annotator.core.exporters.textcat import spacy_cats
from annotator.core.exporters.tokenized import CODEC, Placed, Tokenized, tokenized
from annotator.core.formats import token_options
from annotator.core.schema import Schema
from annotator.core.tokens import Cover
from annotator.core.tokens import cover as spacy_tokens
from annotator.core.types import DocumentRecord

if TYPE_CHECKING:
    from annotator.core.exporters.docbin import (
        DocEncoder,
        DocSpan,
        EncodedDoc,
        StreamedDocBin,
    )

# One token object of the JSONL, as json.dumps writes it: text, start, end, id, ws. A
# line's tokens are one %-format of this template repeated: one call, not one per token.
_TOKEN = '{"text": %s, "start": %d, "end": %d, "id": %d, "ws": %s}'
_JSON_BOOL = ("false", "true")
_dumps = json.JSONEncoder(ensure_ascii=False).encode


def spacy_available() -> bool:
    return importlib.util.find_spec("spacy") is not None


def write_spacy(records: Iterable[DocumentRecord], target: str | Path, schema: Schema,
                options: TokenOptions, workers: Workers | None = None) -> ExportReport:
    """Write the JSONL and, when spaCy is importable and target is a file, the DocBin.

    By default a proclitic is split off where a span starts after it (TokenOptions
    .clitics), so "إيران" in "لإيران" is a token span in both files. A span still off
    token boundaries is reported and written to the JSONL with its exact character
    offsets but no token_start/token_end; a Doc cannot hold it, so it is not in the
    DocBin. Nothing is moved. `workers`: see core/exporters/parallel.py (each worker
    makes the JSONL line and the DocBin's bytes of its documents).
    """
    options = token_options(options, "spacy")
    report = ExportReport()
    to_file = str(target) != "-"
    with ExitStack() as stack:
        docbin: StreamedDocBin | None = None
        if to_file and spacy_available():
            from annotator.core.exporters.docbin import StreamedDocBin

            encoder = _encoder()
            _encoders.append(encoder)
            stack.callback(_encoders.pop)
            docbin = StreamedDocBin(Path(target).resolve().parent, encoder.version,
                                    encoder.attrs)
            stack.callback(docbin.close)

        def lines() -> Iterator[bytes]:
            for line, encoded, part in ordered_map(
                    _document, records, (options, schema, docbin is not None), workers,
                    setup=_worker_setup if docbin is not None else None, codec=CODEC):
                report.add(part)
                if docbin is not None and encoded is not None:
                    docbin.add(encoded)
                yield line

        write_lines_atomic(lines(), target)
        if not to_file:
            return report
        report.files.append(Path(target))
        if docbin is not None:
            binary = Path(target).with_suffix(".spacy")
            files = docbin.files()
            if len(files) == 1:
                write_binary_atomic(binary, files[0][1])
            else:
                write_folder_atomic(binary, [(name or "", write) for name, write in files])
            report.files.append(binary)
    return report


# The current export's DocBin encoder (in this process), or the worker's.
_encoders: list[DocEncoder] = []


def _encoder() -> DocEncoder:
    from annotator.core.exporters.docbin import DocEncoder

    return DocEncoder()


def _worker_setup() -> None:
    """A worker process's encoder, for as long as it lives."""
    _encoders.append(_encoder())


def _document(record: DocumentRecord, context: tuple[TokenOptions, Schema, bool],
              ) -> tuple[bytes, EncodedDoc | None, ExportReport]:
    """One document's JSONL line (encoded), its DocBin bytes when asked for, and its
    part of the report (run in a worker process for a large export)."""
    options, schema, with_docbin = context
    part = ExportReport()
    doc = tokenized(record, options, part, widen=False)
    cover = spacy_tokens(record.text, doc.table, doc.texts)
    part.spans += len(doc.placed)
    cats = _cats(doc, schema)
    named = _named(record, options)
    encoded = None
    if with_docbin:
        encoded = _encoders[-1].encode(cover.texts, cover.spaces, _doc_spans(doc, cover), cats,
                                       {"id": record.external_id, **named})
    return _task_line(doc, cover, cats, named).encode("utf-8"), encoded, part


def _named(record: DocumentRecord, options: TokenOptions) -> dict[str, str]:
    """{"layer": its layer} when several layers are exported, else {}."""
    if not options.layer_named:
        return {}
    (layer,) = record.layers
    return {"layer": str(layer.layer)}


def _task_line(doc: Tokenized, cover: Cover, cats: dict[str, float],
               named: dict[str, str] | None = None) -> str:
    """`json.dumps(task, ensure_ascii=False)` of the document's task, from templates:
    {"text", "meta": {"id", "title", "source", ...}, "tokens": [{"text", "start", "end",
    "id", "ws"}], "spans": [{"start", "end", "label", "text"[, "token_start",
    "token_end"]}][, "cats": {label: score}]} (a property test holds it to json.dumps).
    ``cats``: `_cats` of the document ("cats" is left out when empty); ``named``: the
    layer, in meta after "source", when several layers are exported."""
    record = doc.record
    text = record.text
    starts = cover.starts
    spans = []
    for p in doc.placed:
        s = p.span
        tail = ""
        if p.exact:
            first, last = _cover_ids(doc, starts, p)
            tail = f', "token_start": {first}, "token_end": {last}'
        spans.append(f'{{"start": {s.start}, "end": {s.end}, '
                     f'"label": {encode_basestring(s.label)}, '
                     f'"text": {encode_basestring(s.text)}{tail}}}')
    meta: dict[str, Any] = {"id": record.external_id, "title": record.title,
                            "source": record.source, **(named or {})}
    meta.update({k: v for k, v in record.meta.items() if k not in meta})
    n = len(starts)
    tokens = ", ".join(repeat(_TOKEN, n)) % tuple(chain.from_iterable(zip(
        map(encode_basestring, cover.texts), starts, cover.ends, range(n),
        map(_JSON_BOOL.__getitem__, cover.spaces), strict=True)))
    return (f'{{"text": {encode_basestring(text)}, "meta": {_dumps(meta)}, '
            f'"tokens": [{tokens}], "spans": [{", ".join(spans)}]'
            + (f', "cats": {_dumps(cats)}}}' if cats else "}"))


def _cats(doc: Tokenized, schema: Schema) -> dict[str, float]:
    """spaCy's cats from the document labels; {} without any, so that exports without
    document labels stay as they were."""
    (layer,) = doc.record.layers
    return spacy_cats(schema, layer.doc_labels) if layer.doc_labels else {}


def _doc_spans(doc: Tokenized, cover: Cover) -> list[DocSpan]:
    """The Doc's spans: doc.spans["sc"] (spancat) takes every span on token boundaries,
    nested or crossing; doc.ents (ner) must not overlap, so it takes the outermost
    level only (lanes.nesting_levels)."""
    from annotator.core.exporters.docbin import DocSpan

    out = []
    for p in doc.placed:
        if p.exact:
            first, last = _cover_ids(doc, cover.starts, p)
            s = p.span
            out.append(DocSpan(first, last + 1, s.start, s.end, s.label, p.level == 0))
    return out


def _cover_ids(doc: Tokenized, starts: list[int], p: Placed) -> tuple[int, int]:
    """The ids of the whole-text tokens where a span on token boundaries starts and ends
    (inclusive, as Prodigy's token_end)."""
    return (bisect_left(starts, doc.tokens[p.first][0]),
            bisect_left(starts, doc.tokens[p.last - 1][0]))
