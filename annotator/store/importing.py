"""Importing records: one file's documents, layers, spans and events, all-or-nothing.

A text already in the project (same SHA-256) is never duplicated: its record only adds
the layers the project does not have yet for it (decision 0004).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from annotator.core.errors import SpanError, UserError
from annotator.core.progress import Progress
from annotator.core.textio import text_digest
from annotator.core.types import DocumentRecord, LayerRecord, Origin
from annotator.store.changelog import ChangeLog
from annotator.store.context import StoreContext
from annotator.store.db import write_transaction
from annotator.store.doc_labels import PUT_DOC_LABEL, imported_label_rows
from annotator.store.documents import DocumentStore
from annotator.store.project import ProjectInfo
from annotator.store.statuses import StatusStore
from annotator.store.values import to_json, uid_sequence


@dataclass
class ImportOutcome:
    """What one batch did: documents added, layers added to existing ones, skipped."""

    added: int = 0
    merged: int = 0
    skipped: int = 0
    spans: int = 0
    events: int = 0
    skipped_titles: list[str] = field(default_factory=list)


@dataclass(frozen=True, eq=False)
class ImportStore:
    """Stores imported records, one file per transaction."""

    ctx: StoreContext
    log: ChangeLog
    project: ProjectInfo
    documents: DocumentStore
    statuses: StatusStore

    def import_records(
        self, records: Iterable[DocumentRecord], origin: str = Origin.IMPORTED,
        progress: Progress | None = None, total: int = 0,
    ) -> ImportOutcome:
        """Store one file's records all-or-nothing.

        A text already in the project (same SHA-256) is not duplicated: its record is
        skipped, except for layers the project does not have yet for it, which are added.
        Records are written 500 at a time (one statement per table), as they come: the
        records need not fit in memory, only the rows of one batch.
        """
        out = ImportOutcome()
        with write_transaction(self.ctx.db):
            batch = _Batch(self, origin, self.ctx.clock())
            for n, rec in enumerate(records, 1):
                batch.records.append(rec)
                if len(batch.records) >= _BATCH:
                    batch.store(out)
                if progress and (n % 200 == 0):
                    progress(n, total)
            batch.store(out)
        return out


_BATCH = 500  # records per batch of statements
_INSERT_SPAN = ("INSERT INTO spans (document_id, layer, start, end, label, text, origin, "
                "created_at, updated_at, uid, origin_detail) VALUES (?,?,?,?,?,?,?,?,?,?,?)")


class _Batch:
    """The rows of up to _BATCH records, written together.

    Everything is decided record by record in file order, as one record at a time would
    decide it (the same ids, the same clock readings in the same order); only the writing
    is grouped. A layer with events is written at once, row by row, since its events need
    the ids of its spans.
    """

    def __init__(self, store: ImportStore, origin: str, t: str) -> None:
        self.owner = store
        self.ctx = store.ctx
        self.origin = origin
        self.t = t
        self.known = store.ctx.schema().label_names()
        self.uids = uid_sequence()
        self.layers: set[str] = set()  # ensured in this import
        self.records: list[DocumentRecord] = []
        self.next_id = 0
        self.first_new: int | None = None  # documents from this id on are this file's
        self.documents: list[list[Any]] = []
        self.logged: list[tuple[str, int | None, str | None, int | None, Any, Any]] = []
        # Layers added to documents the project had: one `import_layer` row each, so
        # that a sync sends their spans, events and document labels (store/sync_outbox).
        self.layers_logged: list[tuple[str, int | None, str | None, int | None, Any, Any]] = []
        self.spans: list[list[Any]] = []
        self.statuses: list[tuple[int, str, str, str]] = []
        self.labels: list[tuple[int, str, str, str | None, str, str]] = []

    def store(self, out: ImportOutcome) -> None:
        """Decide and write the pending records."""
        records, self.records = self.records, []
        if not records:
            return
        conn = self.ctx.db.conn
        digests = [text_digest(rec.text) for rec in records]
        known = dict(conn.execute(
            "SELECT text_sha256, id FROM documents WHERE text_sha256 IN "
            "(SELECT value FROM json_each(?))", [json.dumps(digests)]).fetchall())
        had = self._layers_of(known.values())
        self.next_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM documents").fetchone()[0]
        if self.first_new is None:
            self.first_new = self.next_id
        first_new = self.first_new
        for rec, digest in zip(records, digests, strict=True):
            doc_id = known.get(digest)
            created = doc_id is None
            if doc_id is None:
                doc_id = known[digest] = self._document(rec, digest)
            existed = doc_id < first_new  # before this file (not made by an earlier record)
            added_layers = 0
            for layer in rec.layers:
                name = layer.layer
                if name is None or not created and (doc_id, name) in had:
                    continue
                if self._layer(doc_id, layer, rec.text):
                    had.add((doc_id, name))
                    if existed:
                        self.layers_logged.append((self.ctx.clock(), doc_id, name, None, None,
                                                   {"spans": len(layer.spans)}))
                added_layers += 1
                out.spans += len(layer.spans)
                out.events += len(layer.events)
            if created:
                out.added += 1
            elif added_layers:
                out.merged += existed  # a layer for a document of this file adds none
            else:
                out.skipped += 1
                out.skipped_titles.append(rec.title)
        self._write()

    def _layers_of(self, documents: Iterable[int]) -> set[tuple[int, str]]:
        """(document, layer) of the documents' spans, statuses and events: the layers an
        import must not add to them again (ProjectInfo.document_has_layer, for many)."""
        ids = json.dumps(list(documents))
        if ids == "[]":
            return set()
        conn = self.ctx.db.conn
        return {(d, layer) for table in ("spans", "document_status", "events")
                for d, layer in conn.execute(
                    f"SELECT DISTINCT document_id, layer FROM {table} WHERE document_id IN "
                    "(SELECT value FROM json_each(?))", [ids])}

    def _document(self, rec: DocumentRecord, digest: str) -> int:
        doc_id: int = self.next_id
        self.next_id += 1
        meta = {k: v for k, v in rec.meta.items() if k not in ("title", "source")}
        self.documents.append([doc_id, rec.external_id, rec.title, rec.text, digest,
                               rec.source, to_json(meta), self.t])
        self.logged.append((self.ctx.clock(), doc_id, None, doc_id, None,
                            {"external_id": rec.external_id, "source": rec.source}))
        return doc_id

    def _layer(self, doc_id: int, rec: LayerRecord, text: str) -> bool:
        """Add a layer's rows; whether it wrote any (spans, events or a status)."""
        layer = rec.layer
        assert layer is not None
        if layer not in self.layers:
            self.owner.project.ensure_layer(layer)
            self.layers.add(layer)
        rows: dict[tuple[int, int, str], list[Any]] = {}
        aliases: dict[int, tuple[int, int, str]] = {}
        origin, t = self.origin, self.t
        for sp in rec.spans:
            if sp.label not in self.known:
                raise UserError(f"unknown label '{sp.label}'")
            if sp.start >= sp.end or text[sp.start:sp.end] != sp.text:
                raise SpanError(f"span [{sp.start}, {sp.end}) does not match the document text")
            key = (sp.start, sp.end, sp.label)
            if sp.id is not None:
                aliases[sp.id] = key
            if key not in rows:
                rows[key] = [doc_id, layer, sp.start, sp.end, sp.label, sp.text,
                             sp.origin if sp.origin != Origin.MANUAL else origin, t, t,
                             next(self.uids), sp.origin_detail]
        if rec.events:
            self._write()  # the document first; the events need their spans' ids
            self._events(doc_id, rec, rows, aliases)
        else:
            self.spans.extend(rows.values())
        if rec.status is not None:
            self.statuses.append((doc_id, layer, rec.status, self.ctx.clock()))
        if rec.doc_labels:
            self.labels.extend(imported_label_rows(self.ctx, doc_id, layer, rec.doc_labels, t))
        return bool(rows or rec.events or rec.status is not None)

    def _events(self, doc_id: int, rec: LayerRecord, rows: dict[tuple[int, int, str], list[Any]],
                aliases: dict[int, tuple[int, int, str]]) -> None:
        conn = self.ctx.db.conn
        t = self.t
        key_to_db = {key: conn.execute(_INSERT_SPAN, row).lastrowid for key, row in rows.items()}
        for ev in rec.events:
            ev_id = conn.execute(
                "INSERT INTO events (document_id, layer, type, trigger_span_id, attributes, "
                "created_at, updated_at, uid) VALUES (?,?,?,?,?,?,?,?)",
                [doc_id, rec.layer, ev.type, key_to_db[aliases[ev.trigger]],
                 to_json(ev.attributes), t, t, next(self.uids)],
            ).lastrowid
            conn.executemany(
                "INSERT OR IGNORE INTO event_arguments (event_id, role, span_id) "
                "VALUES (?,?,?)",
                [(ev_id, a.role, key_to_db[aliases[a.span]]) for a in ev.arguments])

    def _write(self) -> None:
        """Write the pending rows, documents first."""
        conn = self.ctx.db.conn
        if self.documents:
            conn.executemany(
                "INSERT INTO documents (id, external_id, title, text, text_sha256, source, "
                "meta, created_at) VALUES (?,?,?,?,?,?,?,?)", self.documents)
            self.owner.log.log_many("import_document", "document", self.logged)
        if self.spans:
            conn.executemany(_INSERT_SPAN, self.spans)
        if self.statuses:
            conn.executemany(
                "INSERT INTO document_status (document_id, layer, status, updated_at) "
                "VALUES (?,?,?,?) ON CONFLICT (document_id, layer) DO UPDATE SET "
                "status = excluded.status, updated_at = excluded.updated_at", self.statuses)
        if self.labels:
            conn.executemany(PUT_DOC_LABEL, self.labels)
        if self.layers_logged:
            self.owner.log.log_many("import_layer", "layer", self.layers_logged)
        self.documents, self.logged, self.spans, self.statuses = [], [], [], []
        self.labels, self.layers_logged = [], []
