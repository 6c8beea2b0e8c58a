"""spaCy/Prodigy: JSONL with `text`, `tokens` and `spans`, plus a `.spacy` DocBin.

The tokens cover the whole text the way spaCy does (a plain space after a token is
its `ws` flag; NBSP, line breaks and other gaps are tokens of their own), so the
JSONL tokens and the DocBin's tokens have the same ids and the Doc's text is the
stored text: character offsets stay exact. Prodigy's `token_end` is inclusive.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from annotator.core.exporters import write_bytes_atomic, write_lines_atomic
from annotator.core.exporters.options import TokenOptions
from annotator.core.exporters.report import ExportReport
from annotator.core.exporters.textcat import spacy_cats
from annotator.core.exporters.tokenized import Tokenized, tokenized
from annotator.core.formats import token_options
from annotator.core.schema import Schema
from annotator.core.tokens import gap_tokens
from annotator.core.types import DocumentRecord


def spacy_available() -> bool:
    return importlib.util.find_spec("spacy") is not None


def write_spacy(records: Iterable[DocumentRecord], target: str | Path, schema: Schema,
                options: TokenOptions) -> ExportReport:
    """Write the JSONL and, when spaCy is importable and target is a file, the DocBin.

    By default a proclitic is split off where a span starts after it (TokenOptions
    .clitics), so "إيران" in "لإيران" is a token span in both files. A span still off
    token boundaries is reported and written to the JSONL with its exact character
    offsets but no token_start/token_end; a Doc cannot hold it, so it is not in the
    DocBin. Nothing is moved.
    """
    options = token_options(options, "spacy")
    report = ExportReport()
    docs: list[tuple[Tokenized, list[tuple[int, int, bool]]]] = []

    def lines() -> Iterator[str]:
        for record in records:
            doc = tokenized(record, options, report, widen=False)
            cover = gap_tokens(record.text, doc.tokens)
            docs.append((doc, cover))
            report.spans += len(doc.placed)
            yield json.dumps(_task(doc, cover, schema), ensure_ascii=False)

    write_lines_atomic(lines(), target)
    if str(target) == "-":
        return report
    report.files.append(Path(target))
    if spacy_available():
        binary = Path(target).with_suffix(".spacy")
        write_bytes_atomic(_docbin(docs, schema), binary)
        report.files.append(binary)
    return report


def _task(doc: Tokenized, cover: list[tuple[int, int, bool]],
          schema: Schema) -> dict[str, Any]:
    record = doc.record
    text = record.text
    index = {start: i for i, (start, _, _) in enumerate(cover)}
    spans = []
    for p in doc.placed:
        span: dict[str, Any] = {"start": p.span.start, "end": p.span.end,
                                "label": p.span.label, "text": p.span.text}
        if p.exact:
            span["token_start"] = index[doc.tokens[p.first][0]]
            span["token_end"] = index[doc.tokens[p.last - 1][0]]
        spans.append(span)
    meta = {"id": record.external_id, "title": record.title, "source": record.source}
    meta.update({k: v for k, v in record.meta.items() if k not in meta})
    task = {
        "text": text,
        "meta": meta,
        "tokens": [{"text": text[a:b], "start": a, "end": b, "id": i, "ws": ws}
                   for i, (a, b, ws) in enumerate(cover)],
        "spans": spans,
    }
    cats = _cats(doc, schema)
    if cats:  # only with document labels: exports without them stay as they were
        task["cats"] = cats
    return task


def _cats(doc: Tokenized, schema: Schema) -> dict[str, float]:
    (layer,) = doc.record.layers
    return spacy_cats(schema, layer.doc_labels) if layer.doc_labels else {}


def _docbin(docs: list[tuple[Tokenized, list[tuple[int, int, bool]]]],
            schema: Schema) -> bytes:
    """Docs of a blank Arabic pipeline on our tokens.

    doc.spans["sc"] (spancat) takes every span, nested or crossing; doc.ents (ner)
    must not overlap, so it takes the outermost level only (lanes.nesting_levels).
    """
    import spacy
    from spacy.tokens import Doc, DocBin

    nlp = spacy.blank("ar")
    out = DocBin(store_user_data=True)
    for doc, cover in docs:
        text = doc.record.text
        sdoc = Doc(nlp.vocab, words=[text[a:b] for a, b, _ in cover],
                   spaces=[ws for _, _, ws in cover])
        exact = [p for p in doc.placed if p.exact]
        sdoc.spans["sc"] = [sdoc.char_span(p.span.start, p.span.end, p.span.label)
                            for p in exact]
        sdoc.ents = [sdoc.char_span(p.span.start, p.span.end, p.span.label)
                     for p in exact if p.level == 0]
        sdoc.cats = _cats(doc, schema)
        sdoc.user_data["id"] = doc.record.external_id
        out.add(sdoc)
    data: bytes = out.to_bytes()
    return data
