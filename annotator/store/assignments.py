"""Which documents each annotator is given (`annotator assign`, Team → Assign documents)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from annotator.core.assignment import check_users, plan_assignment
from annotator.core.errors import UserError
from annotator.store.changelog import ChangeLog
from annotator.store.context import StoreContext
from annotator.store.db import write_transaction
from annotator.store.documents import DocumentStore
from annotator.store.project import ProjectInfo


@dataclass(frozen=True, eq=False)
class AssignmentStore:
    """Which annotator is given which document."""

    ctx: StoreContext
    log: ChangeLog
    project: ProjectInfo
    documents: DocumentStore

    def assign(self, users: list[str], per_document: int,
               seed: int | None = None) -> dict[str, int]:
        """Top every document up to `per_document` annotators; new assignments per user.

        Existing assignments are kept (see core.assignment). All-or-nothing: a bad
        request raises UserError before anything is written.
        """
        names = check_users(users, per_document)
        reviewers = sorted(n for n in self.project.reviewers() if n in names)
        if reviewers:
            raise UserError(f"{', '.join(reviewers)}: a reviewer, not an annotator")
        doc_ids = self.documents.ids()
        if not doc_ids:
            raise UserError("the project has no documents to assign")
        db = self.ctx.db
        with write_transaction(db):
            existing: dict[int, set[str]] = defaultdict(set)
            for doc_id, name in db.execute("SELECT document_id, annotator FROM assignments"):
                existing[doc_id].add(name)
            plan = plan_assignment(doc_ids, names, per_document, seed, existing)
            for name in names:
                self.project.ensure_layer(name)
            t = self.ctx.clock()
            db.conn.executemany(
                "INSERT INTO assignments (document_id, annotator, assigned_at) VALUES (?,?,?)",
                [(doc_id, name, t) for doc_id, name in plan],
            )
            for doc_id, name in plan:
                self.log.log("assign", doc_id, name, "assignment", doc_id, None,
                             {"annotator": name})
        counts = dict.fromkeys(names, 0)
        for _, name in plan:
            counts[name] += 1
        return counts

    def unassign_all(self) -> int:
        """Forget every assignment (logged, so the change log can tell who had what)."""
        with write_transaction(self.ctx.db):
            rows = self.ctx.db.execute(
                "SELECT document_id, annotator FROM assignments ORDER BY document_id, annotator"
            ).fetchall()
            self.ctx.db.execute("DELETE FROM assignments")
            for doc_id, name in rows:
                self.log.log("unassign", doc_id, name, "assignment", doc_id,
                             {"annotator": name}, None)
        return len(rows)

    def assigned_document_ids(self, annotator: str) -> list[int]:
        return [r[0] for r in self.ctx.db.execute(
            "SELECT document_id FROM assignments WHERE annotator = ? ORDER BY document_id",
            [annotator])]

    def assignees(self, document_id: int) -> list[str]:
        return [r[0] for r in self.ctx.db.execute(
            "SELECT annotator FROM assignments WHERE document_id = ? ORDER BY annotator",
            [document_id])]

    def assignment_counts(self) -> dict[str, int]:
        """Documents assigned to each annotator who has any, by name."""
        return {r[0]: r[1] for r in self.ctx.db.execute(
            "SELECT annotator, count(*) FROM assignments GROUP BY annotator ORDER BY annotator")}
