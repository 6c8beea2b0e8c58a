"""Bulk transfer: importing records all-or-nothing, exporting them, statistics.

A mixin of Repository (which supplies db, schema(), the change log and span reads).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import groupby
from operator import itemgetter
from typing import Any

from annotator.core.errors import SpanError, UserError
from annotator.core.textio import text_digest
from annotator.core.types import (
    Argument,
    DocumentRecord,
    Event,
    LayerRecord,
    Origin,
    Span,
    Status,
)
from annotator.store.db import read_snapshot, write_transaction
from annotator.store.encoding import new_uid, now, to_json

Progress = Callable[[int, int], None]
_first = itemgetter(0)
_first_two = itemgetter(0, 1)


@dataclass
class ImportOutcome:
    """What one batch did: documents added, layers added to existing ones, skipped."""

    added: int = 0
    merged: int = 0
    skipped: int = 0
    spans: int = 0
    events: int = 0
    skipped_titles: list[str] = field(default_factory=list)


class TransferStore:
    def import_records(
        self, records: Iterable[DocumentRecord], origin: str = Origin.IMPORTED,
        progress: Progress | None = None, total: int = 0,
    ) -> ImportOutcome:
        """Store one file's records all-or-nothing.

        A text already in the project (same SHA-256) is not duplicated: its record is
        skipped, except for layers the project does not have yet for it, which are added.
        """
        out = ImportOutcome()
        t = now()
        with write_transaction(self.db):
            for n, rec in enumerate(records, 1):
                digest = text_digest(rec.text)
                doc_id = self.document_id_by_sha(digest)
                created = doc_id is None
                if created:
                    meta = {k: v for k, v in rec.meta.items() if k not in ("title", "source")}
                    doc_id = self.db.execute(
                        "INSERT INTO documents (external_id, title, text, text_sha256, source, "
                        "meta, created_at) VALUES (?,?,?,?,?,?,?)",
                        [rec.external_id, rec.title, rec.text, digest, rec.source,
                         to_json(meta), t],
                    ).lastrowid
                    assert doc_id is not None
                    self._log("import_document", doc_id, None, "document", doc_id, None,
                              {"external_id": rec.external_id, "source": rec.source})
                added_layers = 0
                for layer in rec.layers:
                    if layer.layer is None:
                        continue
                    if not created and self._has_layer(doc_id, layer.layer):
                        continue
                    self._insert_layer(doc_id, layer, rec.text, origin, t)
                    added_layers += 1
                    out.spans += len(layer.spans)
                    out.events += len(layer.events)
                if created:
                    out.added += 1
                elif added_layers:
                    out.merged += 1
                else:
                    out.skipped += 1
                    out.skipped_titles.append(rec.title)
                if progress and (n % 200 == 0):
                    progress(n, total)
        return out

    def _has_layer(self, document_id: int, layer: str) -> bool:
        return any(
            self.db.execute(f"SELECT 1 FROM {table} WHERE document_id = ? AND layer = ? LIMIT 1",
                            [document_id, layer]).fetchone()
            for table in ("spans", "document_status", "events")
        )

    def _insert_layer(self, doc_id: int, rec: LayerRecord, text: str, origin: str, t: str) -> None:
        layer = rec.layer
        assert layer is not None
        self.ensure_layer(layer)
        known = self.schema().label_names()
        rows: dict[tuple[int, int, str], list[Any]] = {}
        aliases: dict[int, tuple[int, int, str]] = {}
        for sp in rec.spans:
            if sp.label not in known:
                raise UserError(f"unknown label '{sp.label}'")
            if sp.start >= sp.end or text[sp.start:sp.end] != sp.text:
                raise SpanError(f"span [{sp.start}, {sp.end}) does not match the document text")
            key = (sp.start, sp.end, sp.label)
            if sp.id is not None:
                aliases[sp.id] = key
            rows.setdefault(key, [doc_id, layer, sp.start, sp.end, sp.label, sp.text,
                                  sp.origin if sp.origin != Origin.MANUAL else origin, t, t,
                                  new_uid()])
        conn = self.db.conn
        insert_span = (
            "INSERT INTO spans (document_id, layer, start, end, label, text, origin, "
            "created_at, updated_at, uid) VALUES (?,?,?,?,?,?,?,?,?,?)"
        )
        if not rec.events:
            conn.executemany(insert_span, rows.values())
        else:
            key_to_db = {key: conn.execute(insert_span, row).lastrowid for key, row in rows.items()}
            for ev in rec.events:
                ev_id = conn.execute(
                    "INSERT INTO events (document_id, layer, type, trigger_span_id, attributes, "
                    "created_at, updated_at, uid) VALUES (?,?,?,?,?,?,?,?)",
                    [doc_id, layer, ev.type, key_to_db[aliases[ev.trigger]],
                     to_json(ev.attributes), t, t, new_uid()],
                ).lastrowid
                conn.executemany(
                    "INSERT OR IGNORE INTO event_arguments (event_id, role, span_id) "
                    "VALUES (?,?,?)",
                    [(ev_id, a.role, key_to_db[aliases[a.span]]) for a in ev.arguments])
        if rec.status is not None:
            self._upsert_status(doc_id, layer, rec.status)

    # ------------------------------------------------------------------- export
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
        if layer is None:
            layer = "gold" if self._layer_exists("gold") else "all"
        total = self.document_count()
        n = 0
        after = 0
        while True:
            with read_snapshot(self.db):
                docs = self.db.conn.execute(
                    "SELECT id, external_id, title, source, meta, text, text_sha256 "
                    "FROM documents WHERE id > ? ORDER BY id LIMIT ?", [after, batch_size],
                ).fetchall()
                if not docs:
                    return
                first, after = docs[0][0], docs[-1][0]
                spans, statuses, events = self._batch_layers(first, after, layer)
            have: dict[int, set[str]] = defaultdict(set)
            for doc_id, name in (*spans, *statuses, *events):
                have[doc_id].add(name)
            for doc_id, external_id, title, source, meta, text, digest in docs:
                n += 1
                names = sorted(have.get(doc_id, ()))
                if names:
                    layers = [LayerRecord(x, statuses.get((doc_id, x), Status.NEW),
                                          spans.get((doc_id, x), []),
                                          events.get((doc_id, x), [])) for x in names]
                elif layer == "all":
                    layers = [LayerRecord(None)]
                else:
                    continue
                yield DocumentRecord(external_id, text, title, source,
                                     {} if meta == "{}" else json.loads(meta), layers,
                                     text_sha256=digest)
                if progress and n % 100 == 0:
                    progress(n, total)

    def _layer_exists(self, layer: str) -> bool:
        return bool(self.db.execute(
            "SELECT EXISTS (SELECT 1 FROM spans WHERE layer = ?) "
            "OR EXISTS (SELECT 1 FROM document_status WHERE layer = ?) "
            "OR EXISTS (SELECT 1 FROM events WHERE layer = ?)", [layer] * 3,
        ).fetchone()[0])

    def _batch_layers(
        self, first: int, last: int, layer: str,
    ) -> tuple[dict[tuple[int, str], list[Span]], dict[tuple[int, str], str],
               dict[tuple[int, str], list[Event]]]:
        """Spans (not in text order), statuses and events of documents first..last."""
        one = layer != "all"
        where = "document_id BETWEEN ? AND ?" + (" AND layer = ?" if one else "")
        args: list[Any] = [first, last, layer] if one else [first, last]
        statuses = {(d, name): st for d, name, st in self.db.execute(
            f"SELECT document_id, layer, status FROM document_status WHERE {where}", args)}
        events: dict[tuple[int, str], list[Event]] = defaultdict(list)
        rows = self.db.execute(
            "SELECT id, document_id, layer, type, trigger_span_id, attributes FROM events "
            f"WHERE {where} ORDER BY id", args,
        ).fetchall()
        if rows:
            arguments: dict[int, list[Argument]] = defaultdict(list)
            for ev_id, role, span_id in self.db.execute(
                "SELECT a.event_id, a.role, a.span_id FROM event_arguments a JOIN events e "
                "ON e.id = a.event_id WHERE e.document_id BETWEEN ? AND ?"
                + (" AND e.layer = ?" if one else "") + " ORDER BY a.id", args,
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
            for doc_id, group in groupby(self.db.conn.execute(
                f"SELECT document_id, {ids}, start, end, label, text FROM spans "
                f"WHERE {where} ORDER BY document_id", args,
            ), _first):
                spans[doc_id, layer] = [Span(start, end, label, text, sid, layer, doc_id)
                                        for _, sid, start, end, label, text in group]
        else:
            for (doc_id, name), group in groupby(self.db.conn.execute(
                f"SELECT document_id, layer, {ids}, start, end, label, text FROM spans "
                f"WHERE {where} ORDER BY document_id, layer", args,
            ), _first_two):
                spans[doc_id, name] = [Span(start, end, label, text, sid, name, doc_id)
                                       for _, _, sid, start, end, label, text in group]
        return spans, statuses, events

    # -------------------------------------------------------------------- stats
    def stats(self) -> dict[str, Any]:
        spans: dict[str, dict[str, int]] = defaultdict(dict)
        for layer, label, n in self.db.execute(
            "SELECT layer, label, count(*) FROM spans GROUP BY layer, label ORDER BY layer, label"
        ):
            spans[layer][label] = n
        status: dict[str, dict[str, int]] = defaultdict(dict)
        for layer, st, n in self.db.execute(
            "SELECT layer, status, count(*) FROM document_status GROUP BY layer, status "
            "ORDER BY layer, status"
        ):
            status[layer][st] = n
        events: dict[str, dict[str, int]] = defaultdict(dict)
        for layer, typ, n in self.db.execute(
            "SELECT layer, type, count(*) FROM events GROUP BY layer, type ORDER BY layer, type"
        ):
            events[layer][typ] = n
        return {
            "documents": self.document_count(),
            "spans": dict(spans),
            "events": dict(events),
            "status": dict(status),
            "schema": {"name": self.schema().name, "version": self.schema().version},
        }
