"""Spans: adding, moving, relabelling and deleting them, and what refers to them.

Every write checks the span's text against the document (offsets are sacred) and refuses
an exact duplicate. A span that triggers an event or fills a role keeps its label unless
the events allow the new one (core.events.relabel_problem, decision 0005); deleting a
span takes the arguments it fills with it, logged, and is refused for a trigger.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.core.errors import SpanError, UserError
from annotator.core.events import relabel_problem
from annotator.core.types import Origin, Span
from annotator.store.changelog import ChangeLog, span_state
from annotator.store.context import StoreContext
from annotator.store.db import write_transaction
from annotator.store.documents import DocumentStore
from annotator.store.project import ProjectInfo
from annotator.store.statuses import StatusStore
from annotator.store.values import new_uid


@dataclass(frozen=True, eq=False)
class SpanStore:
    """Spans of every layer, and which events and arguments use a span."""

    ctx: StoreContext
    log: ChangeLog
    project: ProjectInfo
    documents: DocumentStore
    statuses: StatusStore

    # ------------------------------------------------------------------- reads
    def spans(self, document_id: int, layer: str) -> list[Span]:
        rows = self.ctx.db.execute(
            "SELECT id, start, end, label, text, origin, origin_detail FROM spans "
            "WHERE document_id = ? AND layer = ? ORDER BY start, end DESC, label, id",
            [document_id, layer],
        ).fetchall()
        return [Span(r[1], r[2], r[3], r[4], r[0], layer, document_id, r[5], r[6])
                for r in rows]

    def overlapping(self, document_id: int, layer: str, start: int,
                    end: int) -> list[tuple[int, int, str]]:
        """(start, end, label) of the layer's spans that overlap [start, end): what an
        edit there must not duplicate, without reading the whole document's spans."""
        return [(r[0], r[1], r[2]) for r in self.ctx.db.execute(
            "SELECT start, end, label FROM spans WHERE document_id = ? AND layer = ? "
            "AND start < ? AND end > ?", [document_id, layer, end, start])]

    def rows(self, document_id: int, layer: str,
             before: int | None = None) -> list[tuple[int, int, int, str, str]]:
        """(id, start, end, label, origin) of the layer's spans in text order (those
        that start before `before`, if given): what the window's span index is built
        from, without a Span object per span."""
        rows: list[tuple[int, int, int, str, str]] = self.ctx.db.execute(
            "SELECT id, start, end, label, origin FROM spans "
            "WHERE document_id = ? AND layer = ? AND start < ?",
            [document_id, layer, (1 << 62) if before is None else before],
        ).fetchall()
        # Sorted here: the rows come nearly in order (by start, then end), which Python's
        # sort finishes in a pass; SQLite's ORDER BY took twice as long on 50,000.
        rows.sort(key=lambda r: (r[1], -r[2], r[3], r[0]))
        return rows

    def span(self, span_id: int) -> Span:
        r = self.ctx.db.execute(
            "SELECT id, start, end, label, text, origin, layer, document_id, origin_detail "
            "FROM spans WHERE id = ?", [span_id],
        ).fetchone()
        if r is None:
            raise UserError(f"no span with id {span_id}")
        return Span(r[1], r[2], r[3], r[4], r[0], r[6], r[7], r[5], r[8])

    def find(self, document_id: int, layer: str, start: int, end: int,
             label: str) -> int | None:
        """The id of the span with exactly these offsets and label in the layer."""
        row = self.ctx.db.execute(
            "SELECT id FROM spans WHERE document_id = ? AND layer = ? AND start = ? "
            "AND end = ? AND label = ?", [document_id, layer, start, end, label],
        ).fetchone()
        return row[0] if row else None

    def texts(self, label: str | None = None) -> set[str]:
        sql = "SELECT DISTINCT text FROM spans" + (" WHERE label = ?" if label else "")
        return {r[0] for r in self.ctx.db.execute(sql, [label] if label else [])}

    def uid_of(self, entity: str, entity_id: int) -> str | None:
        """The identity of a span or event across project files."""
        table = {"span": "spans", "event": "events"}[entity]
        row = self.ctx.db.execute(
            f"SELECT uid FROM {table} WHERE id = ?", [entity_id]).fetchone()
        return row[0] if row else None

    def arguments_filled_by(self, span_id: int) -> list[tuple[int, str]]:
        """(event id, role) of every argument the span fills."""
        return [(r[0], r[1]) for r in self.ctx.db.execute(
            "SELECT event_id, role FROM event_arguments WHERE span_id = ? ORDER BY id",
            [span_id])]

    def events_triggered_by(self, span_id: int) -> list[int]:
        return [r[0] for r in self.ctx.db.execute(
            "SELECT id FROM events WHERE trigger_span_id = ? ORDER BY id", [span_id])]

    # ------------------------------------------------------------------ checks
    def check_label(self, label: str) -> None:
        if self.ctx.schema().label(label) is None:
            raise UserError(f"unknown label '{label}'")

    def check_not_duplicate(self, document_id: int, layer: str, start: int, end: int,
                            label: str, exclude: int | None = None) -> None:
        row = self.ctx.db.execute(
            "SELECT id FROM spans WHERE document_id = ? AND layer = ? AND start = ? "
            "AND end = ? AND label = ? AND id IS NOT ?",
            [document_id, layer, start, end, label, exclude],
        ).fetchone()
        if row:
            raise SpanError(f"the same span ({label} [{start}, {end})) is already in layer {layer}")

    # ------------------------------------------------------------------ writes
    def add_span(
        self, document_id: int, layer: str, start: int, end: int, label: str,
        origin: str = Origin.MANUAL, span_id: int | None = None, uid: str | None = None,
        origin_detail: str = "",
    ) -> Span:
        """Store a new span; `span_id` re-creates a deleted span under its old id and
        identity (undo, restore). `origin_detail` says how a suggested span was made."""
        self.check_label(label)
        text = self.documents.span_text(document_id, start, end)
        if uid is None and span_id is not None:
            uid = self.log.deleted_uid("span", span_id)
        with write_transaction(self.ctx.db):
            self.project.ensure_layer(layer)
            self.check_not_duplicate(document_id, layer, start, end, label)
            t = self.ctx.clock()
            cur = self.ctx.db.execute(
                "INSERT INTO spans (id, document_id, layer, start, end, label, text, origin, "
                "created_at, updated_at, uid, origin_detail) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [span_id, document_id, layer, start, end, label, text, str(origin), t, t,
                 uid or new_uid(), origin_detail],
            )
            span = Span(start, end, label, text, cur.lastrowid, layer, document_id, str(origin),
                        origin_detail)
            self.log.log("add_span", document_id, layer, "span", span.id, None,
                         span_state(span))
            self.statuses.touch(document_id, layer)
        return span

    def restore_span(self, span: Span) -> Span:
        """Put a deleted span back under its old id and identity."""
        if span.document_id is None or span.layer is None:
            raise UserError("a span to restore needs its document and layer")
        return self.add_span(span.document_id, span.layer, span.start, span.end, span.label,
                             span.origin, span_id=span.id, origin_detail=span.origin_detail)

    def delete_span(self, span_id: int) -> Span:
        """Delete a span and the arguments it fills; its full state stays in the change
        log (restore_span). Refused for the trigger of an event."""
        span = self.span(span_id)
        db = self.ctx.db
        with write_transaction(db):
            if self.events_triggered_by(span_id):
                raise UserError("the span is the trigger of an event: delete the event first")
            for event_id, role in self.arguments_filled_by(span_id):
                self.log.log("remove_argument", span.document_id, span.layer, "event",
                             event_id, {"role": role, "span": span_id}, None)
            before = span_state(span) | {"uid": self.uid_of("span", span_id)}
            db.execute("DELETE FROM event_arguments WHERE span_id = ?", [span_id])
            db.execute("DELETE FROM spans WHERE id = ?", [span_id])
            self.log.log("delete_span", span.document_id, span.layer, "span", span_id,
                         before, None)
        return span

    def relabel_span(self, span_id: int, label: str) -> Span:
        """Give a span another label; refused for a trigger, to an event type, and when a
        role the span fills would not accept the label (decision 0005)."""
        self.check_label(label)
        span = self.span(span_id)
        fills = [(event_type, role) for event_type, role in self.ctx.db.execute(
            "SELECT e.type, a.role FROM event_arguments a JOIN events e ON e.id = a.event_id "
            "WHERE a.span_id = ? ORDER BY a.id", [span_id])]
        problem = relabel_problem(self.ctx.schema(), span.text, label,
                                  bool(self.events_triggered_by(span_id)), fills)
        if problem:
            raise UserError(problem)
        document_id, layer = _placed(span)
        with write_transaction(self.ctx.db):
            self.check_not_duplicate(document_id, layer, span.start, span.end, label,
                                     exclude=span_id)
            self.ctx.db.execute("UPDATE spans SET label = ?, updated_at = ? WHERE id = ?",
                                [label, self.ctx.clock(), span_id])
            self.log.log("relabel_span", document_id, layer, "span", span_id,
                         {"label": span.label}, {"label": label})
        return self.span(span_id)

    def move_span(self, span_id: int, start: int, end: int) -> Span:
        """Change a span's boundaries (trim a proclitic, edit a boundary)."""
        span = self.span(span_id)
        document_id, layer = _placed(span)
        text = self.documents.span_text(document_id, start, end)
        with write_transaction(self.ctx.db):
            self.check_not_duplicate(document_id, layer, start, end, span.label,
                                     exclude=span_id)
            self.ctx.db.execute(
                "UPDATE spans SET start = ?, end = ?, text = ?, updated_at = ? WHERE id = ?",
                [start, end, text, self.ctx.clock(), span_id],
            )
            self.log.log("move_span", document_id, layer, "span", span_id,
                         {"start": span.start, "end": span.end, "text": span.text},
                         {"start": start, "end": end, "text": text})
        return self.span(span_id)


def _placed(span: Span) -> tuple[int, str]:
    """The document and layer of a span read from the store (always set there)."""
    assert span.document_id is not None and span.layer is not None
    return span.document_id, span.layer
