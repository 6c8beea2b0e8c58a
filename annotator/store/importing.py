"""Importing records: one file's documents, layers, spans and events, all-or-nothing.

A text already in the project (same SHA-256) is never duplicated: its record only adds
the layers the project does not have yet for it (decision 0004).
"""

from __future__ import annotations

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
from annotator.store.doc_labels import put_doc_labels
from annotator.store.documents import DocumentStore
from annotator.store.project import ProjectInfo
from annotator.store.statuses import StatusStore
from annotator.store.values import new_uid, to_json


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
        """
        out = ImportOutcome()
        t = self.ctx.clock()
        with write_transaction(self.ctx.db):
            for n, rec in enumerate(records, 1):
                digest = text_digest(rec.text)
                doc_id = self.documents.id_by_sha(digest)
                created = doc_id is None
                if doc_id is None:
                    meta = {k: v for k, v in rec.meta.items() if k not in ("title", "source")}
                    doc_id = self.ctx.db.execute(
                        "INSERT INTO documents (external_id, title, text, text_sha256, source, "
                        "meta, created_at) VALUES (?,?,?,?,?,?,?)",
                        [rec.external_id, rec.title, rec.text, digest, rec.source,
                         to_json(meta), t],
                    ).lastrowid
                    assert doc_id is not None
                    self.log.log("import_document", doc_id, None, "document", doc_id, None,
                                 {"external_id": rec.external_id, "source": rec.source})
                added_layers = 0
                for layer in rec.layers:
                    if layer.layer is None:
                        continue
                    if not created and self.project.document_has_layer(doc_id, layer.layer):
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

    def _insert_layer(self, doc_id: int, rec: LayerRecord, text: str, origin: str, t: str) -> None:
        layer = rec.layer
        assert layer is not None
        self.project.ensure_layer(layer)
        known = self.ctx.schema().label_names()
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
                                  new_uid(), sp.origin_detail])
        conn = self.ctx.db.conn
        insert_span = (
            "INSERT INTO spans (document_id, layer, start, end, label, text, origin, "
            "created_at, updated_at, uid, origin_detail) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
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
            self.statuses.put(doc_id, layer, rec.status)
        if rec.doc_labels:
            put_doc_labels(self.ctx, doc_id, layer, rec.doc_labels, t)
