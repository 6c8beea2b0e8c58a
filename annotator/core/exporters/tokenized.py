"""One document's tokens and its spans placed on them: what conll, hf and spacy share.

Placing a span is where the token formats can lose information, so every loss is
counted or reported here, once, in the same words for every format
(docs/decisions/0010-token-exports.md).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from annotator.core.exporters.options import TokenOptions
from annotator.core.exporters.report import ExportReport
from annotator.core.lanes import nesting_levels
from annotator.core.spans import check_span, sorted_spans
from annotator.core.tokens import Aligner, Range, Tokens, sentences, tokenize_table
from annotator.core.types import DocumentRecord, LayerRecord, Span


class Placed(NamedTuple):
    """A span on tokens [first, last); ``exact`` when its offsets are token boundaries.
    (A tuple: made for every exported span, and a frozen dataclass costs more to make.)"""

    span: Span
    first: int
    last: int
    exact: bool
    level: int  # 0 = outermost; see lanes.nesting_levels


@dataclass(slots=True)
class Tokenized:
    record: DocumentRecord
    table: Tokens
    placed: list[Placed]

    @property
    def tokens(self) -> list[Range]:
        return self.table.ranges

    @property
    def texts(self) -> list[str]:
        """Each token's text."""
        return self.table.texts

    def sentences(self) -> list[Range]:
        return sentences(self.record.text, self.table, [(p.first, p.last) for p in self.placed])

    def columns(self, scheme: str, outermost: bool,
                ids: Mapping[str, str] | None = None) -> list[list[str]]:
        """Tag columns, outermost level first (one column if ``outermost`` or no spans).
        Given ``ids`` (the hf export's tag ids), each tag is written as ``ids[tag]``."""
        depth = 1 if outermost else max((p.level + 1 for p in self.placed), default=1)
        outside = "O" if ids is None else ids["O"]
        cols = [[outside] * len(self.tokens) for _ in range(depth)]
        for p in self.placed:
            if p.level < depth:
                _tag(cols[p.level], p.first, p.last, p.span.label, scheme, ids)
        return cols


def _tag(col: list[str], first: int, last: int, label: str, scheme: str,
         ids: Mapping[str, str] | None) -> None:
    bilou = scheme == "bilou"
    tags = [f"{p}-{label}" for p in (("B", "I", "L", "U") if bilou else ("B", "I"))]
    if ids is not None:
        tags = [ids[tag] for tag in tags]
    if bilou and last - first == 1:
        col[first] = tags[3]
        return
    col[first] = tags[0]
    col[first + 1:last] = [tags[1]] * (last - first - 1)
    if bilou:
        col[last - 1] = tags[2]


def tokenized(record: DocumentRecord, options: TokenOptions, report: ExportReport, *,
              widen: bool, known: Collection[str] | None = None) -> Tokenized:
    """Tokenize a record and place its spans, adding every loss to ``report``.

    Spans whose label is not in ``options.entity_labels`` are left out on purpose
    (event triggers, by the caller's choice) and not reported; a label outside
    ``known`` (the hf label list) is reported. A span off token boundaries is widened
    to whole tokens and counted when ``widen``, else kept exact and reported.
    """
    text = record.text
    wanted = options.entity_labels
    spans: list[Span] = []
    for layer in record.layers:
        for s in sorted_spans(layer.spans):
            check_span(text, s.start, s.end, s.text)
            if wanted is not None and s.label not in wanted:
                continue
            if known is not None and s.label not in known:
                report.problems.append(f"{_where(record, s)}: label {s.label} is not in the "
                                       "label list; left out")
                continue
            spans.append(s)
    starts = [s.start for s in spans] if options.clitics == "split" else []
    table = tokenize_table(text, starts)
    tokens = table.ranges
    kept: list[tuple[Span, int, int, bool]] = []
    aligner = Aligner(table)
    for s in spans:
        at = aligner.align(s.start, s.end)
        if at is None:
            report.problems.append(f"{_where(record, s)}: covers no token; left out")
            continue
        if not at.exact:
            shown = text[tokens[at.first][0]:tokens[at.last - 1][1]]
            if widen:
                report.widened += 1
                report.problems.append(f"{_where(record, s)}: not on token boundaries; "
                                       f"widened to {shown!r}")
            else:
                report.problems.append(f"{_where(record, s)}: not on token boundaries (tokens "
                                       f"{shown!r}); in the JSONL with character offsets only, "
                                       "not in the .spacy DocBin")
        kept.append((s, at.first, at.last, at.exact))
    lv = nesting_levels([(first, last) for _, first, last, _ in kept])
    placed = [Placed(s, first, last, exact, level)
              for (s, first, last, exact), level in zip(kept, lv, strict=True)]
    report.records += 1
    return Tokenized(record, table, placed)


def _where(record: DocumentRecord, span: Span) -> str:
    return f"{record.external_id}: {span.label} span [{span.start}, {span.end}) {span.text!r}"


def pack(record: DocumentRecord) -> tuple[Any, ...]:
    """What the token formats read of a record, as plain tuples, for a worker process
    (core/exporters/parallel.py): the texts, each span's offsets, label and text, and
    what the spaCy line writes. Pickled several times faster than the Span objects."""
    return (record.external_id, record.text, record.title, record.source, record.meta,
            [(layer.layer, layer.status, [(s.start, s.end, s.label, s.text)
                                          for s in layer.spans], layer.doc_labels)
             for layer in record.layers])


def unpack(packed: tuple[Any, ...]) -> DocumentRecord:
    """The record `pack` was given, as far as the token formats read it."""
    external_id, text, title, source, meta, layers = packed
    return DocumentRecord(external_id, text, title, source, meta, [
        LayerRecord(name, status, [Span(*s) for s in spans], [], doc_labels)
        for name, status, spans, doc_labels in layers])


CODEC = (pack, unpack)
