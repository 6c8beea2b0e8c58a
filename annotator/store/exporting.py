"""Exporting records: documents in import order with the chosen layer(s), read in batches.

What the exporters in core/exporters write comes from here; export speed lives in
`_batch_layers` (decision 0006).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import Any

from annotator.core.document_fields import DocLabels
from annotator.core.progress import Progress
from annotator.core.types import (
    GOLD,
    Argument,
    DocumentRecord,
    Event,
    LayerRecord,
    Origin,
    Span,
    Status,
)
from annotator.store.context import StoreContext
from annotator.store.db import read_snapshot
from annotator.store.doc_labels import doc_labels_batch
from annotator.store.documents import DocumentStore
from annotator.store.project import ProjectInfo

_first = itemgetter(0)
_first_two = itemgetter(0, 1)


@dataclass(frozen=True, eq=False)
class ExportStore:
    """Reads records for the exporters."""

    ctx: StoreContext
    project: ProjectInfo
    documents: DocumentStore

    def export_records(
        self, layer: str | None = None, progress: Progress | None = None,
        batch_size: int = 500,
    ) -> Iterator[DocumentRecord]:
        """Documents in import order with the chosen layer(s).

        layer None: gold when it exists, else all. "all": every layer of each document,
        and a document without layers once with layer None. Reads `batch_size` documents
        at a time with one query per table, not several queries per document. Each batch
        is read in one snapshot, so its events and spans agree even while others write;
        no transaction stays open while the caller handles the records.
        """
        layer = self.chosen_layer(layer)
        total = self.documents.count()
        n = 0
        after = 0
        while True:
            with read_snapshot(self.ctx.db):
                docs = self.ctx.db.conn.execute(
                    "SELECT id, external_id, title, source, meta, text, text_sha256 "
                    "FROM documents WHERE id > ? ORDER BY id LIMIT ?", [after, batch_size],
                ).fetchall()
                if not docs:
                    return
                first, after = docs[0][0], docs[-1][0]
                spans, statuses, events = self._batch_layers(first, after, layer)
                doc_labels = self._batch_doc_labels(first, after, layer)
            have: dict[int, set[str]] = defaultdict(set)
            for doc_id, name in (*spans, *statuses, *events, *doc_labels):
                have[doc_id].add(name)
            for doc_id, external_id, title, source, meta, text, digest in docs:
                n += 1
                names = sorted(have.get(doc_id, ()))
                if names:
                    layers = [LayerRecord(x, statuses.get((doc_id, x), Status.NEW),
                                          spans.get((doc_id, x), []),
                                          events.get((doc_id, x), []),
                                          doc_labels.get((doc_id, x), {})) for x in names]
                elif layer == "all":
                    layers = [LayerRecord(None)]
                else:
                    continue
                yield DocumentRecord(external_id, text, title, source,
                                     {} if meta == "{}" else json.loads(meta), layers,
                                     text_sha256=digest)
                if progress and n % 100 == 0:
                    progress(n, total)

    def chosen_layer(self, layer: str | None) -> str:
        """What an export of `layer` reads: None means gold when it exists, else all."""
        if layer is None:
            return GOLD if self.project.layer_exists(GOLD) else "all"
        return layer

    def span_ranges(self, layer: str | None = None, labels: frozenset[str] | None = None,
                    ) -> Iterator[list[tuple[int, int]]]:
        """The (start, end) of each document's spans in each layer `export_records` would
        give, without texts: what a writer needs to know before its first line (the CoNLL
        nesting depth). Only spans labelled one of `labels` (None: all); layers without
        such spans are left out. One query over the index the spans are grouped by
        (spans_identity: "+layer" keeps SQLite from the layer's own index, which
        sorted the whole layer in a temporary B-tree first; 2.4x slower at 100,000
        documents).
        """
        layer = self.chosen_layer(layer)
        where = ["+layer = ?"] if layer != "all" else []
        args: list[Any] = [layer] if layer != "all" else []
        if labels is not None:
            where.append("label IN (SELECT value FROM json_each(?))")
            args.append(json.dumps(sorted(labels)))
        rows = self.ctx.db.conn.execute(
            "SELECT document_id, layer, start, end FROM spans "
            + (f"WHERE {' AND '.join(where)} " if where else "")
            + "ORDER BY document_id, layer", args)
        for _, group in groupby(rows, _first_two):
            yield [(start, end) for _, _, start, end in group]

    def _batch_doc_labels(self, first: int, last: int,
                          layer: str) -> dict[tuple[int, str], DocLabels]:
        """Document labels of documents first..last, by (document, layer)."""
        return doc_labels_batch(self.ctx, first, last, layer)

    def _batch_layers(
        self, first: int, last: int, layer: str,
    ) -> tuple[dict[tuple[int, str], list[Span]], dict[tuple[int, str], str],
               dict[tuple[int, str], list[Event]]]:
        """Spans (not in text order), statuses and events of documents first..last."""
        one = layer != "all"
        # "+layer": the rows are found by the document range of each table's (document_id,
        # layer, ...) index. On a layer's own index SQLite visits every row of the layer
        # for each batch: the corpus becomes quadratic (decision 0006).
        where = "document_id BETWEEN ? AND ?" + (" AND +layer = ?" if one else "")
        args: list[Any] = [first, last, layer] if one else [first, last]
        statuses = {(d, name): st for d, name, st in self.ctx.db.execute(
            f"SELECT document_id, layer, status FROM document_status WHERE {where}", args)}
        events: dict[tuple[int, str], list[Event]] = defaultdict(list)
        rows = self.ctx.db.execute(
            "SELECT id, document_id, layer, type, trigger_span_id, attributes FROM events "
            f"WHERE {where} ORDER BY id", args,
        ).fetchall()
        if rows:
            arguments: dict[int, list[Argument]] = defaultdict(list)
            for ev_id, role, span_id in self.ctx.db.execute(
                "SELECT a.event_id, a.role, a.span_id FROM event_arguments a JOIN events e "
                "ON e.id = a.event_id WHERE e.document_id BETWEEN ? AND ?"
                + (" AND +e.layer = ?" if one else "") + " ORDER BY a.id", args,
            ):
                arguments[ev_id].append(Argument(role, span_id))
            for ev_id, doc_id, name, typ, trigger, attrs in rows:
                events[(doc_id, name)].append(Event(typ, trigger, tuple(arguments[ev_id]),
                                                    json.loads(attrs), ev_id, name, doc_id))
        # Export speed lives here: one comprehension per (document, layer); span ids only
        # when events refer to them; no origin (no format writes it); ordered only as far
        # as grouping needs (the index's order; every exporter sorts into text order and
        # checks offsets). Each column or sort SQLite skips saves ~5% of an export.
        spans: dict[tuple[int, str], list[Span]] = {}
        ids = "id" if rows else "NULL"
        if one:
            for doc_id, group in groupby(self.ctx.db.conn.execute(
                f"SELECT document_id, {ids}, start, end, label, text FROM spans "
                f"WHERE {where} ORDER BY document_id", args,
            ), _first):
                spans[doc_id, layer] = [Span(start, end, label, text, sid, layer, doc_id)
                                        for _, sid, start, end, label, text in group]
        else:
            for (doc_id, name), group in groupby(self.ctx.db.conn.execute(
                f"SELECT document_id, layer, {ids}, start, end, label, text FROM spans "
                f"WHERE {where} ORDER BY document_id, layer", args,
            ), _first_two):
                spans[doc_id, name] = [Span(start, end, label, text, sid, name, doc_id)
                                       for _, _, sid, start, end, label, text in group]
        self._mark_suggested(spans, where, args)
        return spans, statuses, events

    def _mark_suggested(self, spans: dict[tuple[int, str], list[Span]], where: str,
                        args: list[Any]) -> None:
        """Give the spans made from suggestions their origin (native JSONL writes it).

        A second query over the partial index of suggested spans (m008), so a batch
        without any costs one index probe and the main query above stays as it was."""
        rows = self.ctx.db.execute(
            f"SELECT document_id, layer, start, end, label, origin_detail FROM spans "
            f"INDEXED BY spans_suggested WHERE {where} AND origin = 'suggestion'", args,
        ).fetchall()
        if not rows:
            return
        made: dict[tuple[int, str], dict[tuple[int, int, str], str]] = defaultdict(dict)
        for d, name, start, end, label, detail in rows:
            made[d, name][start, end, label] = detail
        for key, details in made.items():
            spans[key] = [
                s if (s.start, s.end, s.label) not in details else
                Span(s.start, s.end, s.label, s.text, s.id, s.layer, s.document_id,
                     Origin.SUGGESTION, details[s.start, s.end, s.label])
                for s in spans.get(key, [])]
