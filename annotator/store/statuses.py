"""Per document and layer: its status (new, in progress, done, skipped) and time spent."""

from __future__ import annotations

from dataclasses import dataclass

from annotator.core.errors import UserError
from annotator.core.types import Status
from annotator.store.changelog import ChangeLog
from annotator.store.context import StoreContext
from annotator.store.db import write_transaction
from annotator.store.project import ProjectInfo


@dataclass(frozen=True, eq=False)
class StatusStore:
    """Statuses and time spent, per document and layer."""

    ctx: StoreContext
    log: ChangeLog
    project: ProjectInfo

    def status(self, document_id: int, layer: str) -> str:
        row = self.ctx.db.execute(
            "SELECT status FROM document_status WHERE document_id = ? AND layer = ?",
            [document_id, layer],
        ).fetchone()
        return row[0] if row else Status.NEW

    def set_status(self, document_id: int, layer: str, status: str) -> None:
        if status not in {s.value for s in Status}:
            raise UserError(f"unknown status '{status}'")
        with write_transaction(self.ctx.db):
            self.project.ensure_layer(layer)
            before = self.status(document_id, layer)
            self.put(document_id, layer, status)
            self.log.log("set_status", document_id, layer, "status", document_id,
                         {"status": before}, {"status": status})

    def put(self, document_id: int, layer: str, status: str) -> None:
        """Write a status without logging it (imports, and the automatic moves below)."""
        self.ctx.db.execute(
            "INSERT INTO document_status (document_id, layer, status, updated_at) "
            "VALUES (?,?,?,?) ON CONFLICT (document_id, layer) DO UPDATE SET "
            "status = excluded.status, updated_at = excluded.updated_at",
            [document_id, layer, status, self.ctx.clock()],
        )

    def touch(self, document_id: int, layer: str) -> None:
        """A first edit moves a new document to in progress."""
        if self.status(document_id, layer) == Status.NEW:
            self.put(document_id, layer, Status.IN_PROGRESS)

    def add_time(self, document_id: int, layer: str, seconds: float) -> None:
        with write_transaction(self.ctx.db):
            self.project.ensure_layer(layer)
            self.ctx.db.execute(
                "INSERT INTO document_status (document_id, layer, status, seconds, updated_at) "
                "VALUES (?, ?, 'new', ?, ?) ON CONFLICT (document_id, layer) DO UPDATE SET "
                "seconds = seconds + excluded.seconds",
                [document_id, layer, seconds, self.ctx.clock()],
            )

    def seconds_spent(self, document_id: int, layer: str) -> float:
        row = self.ctx.db.execute(
            "SELECT seconds FROM document_status WHERE document_id = ? AND layer = ?",
            [document_id, layer],
        ).fetchone()
        return float(row[0]) if row else 0.0
