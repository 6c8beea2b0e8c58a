"""Which documents each annotator is given: the part of the repository for `assign`.

A mixin of Repository (which supplies db, the change log and ensure_layer).
"""

from __future__ import annotations

from collections import defaultdict

from annotator.core.assignment import check_users, plan_assignment
from annotator.core.errors import UserError
from annotator.store.db import write_transaction
from annotator.store.encoding import now


class AssignmentStore:
    def assign(self, users: list[str], per_document: int,
               seed: int | None = None) -> dict[str, int]:
        """Top every document up to `per_document` annotators; new assignments per user.

        Existing assignments are kept (see core.assignment). All-or-nothing: a bad
        request raises UserError before anything is written.
        """
        names = check_users(users, per_document)
        reviewers = sorted(n for (n,) in self.db.execute(
            "SELECT name FROM annotators WHERE role = 'reviewer'") if n in names)
        if reviewers:
            raise UserError(f"{', '.join(reviewers)}: a reviewer, not an annotator")
        doc_ids = self.document_ids()
        if not doc_ids:
            raise UserError("the project has no documents to assign")
        with write_transaction(self.db):
            existing: dict[int, set[str]] = defaultdict(set)
            for doc_id, name in self.db.execute("SELECT document_id, annotator FROM assignments"):
                existing[doc_id].add(name)
            plan = plan_assignment(doc_ids, names, per_document, seed, existing)
            for name in names:
                self.ensure_layer(name)
            t = now()
            self.db.conn.executemany(
                "INSERT INTO assignments (document_id, annotator, assigned_at) VALUES (?,?,?)",
                [(doc_id, name, t) for doc_id, name in plan],
            )
            for doc_id, name in plan:
                self._log("assign", doc_id, name, "assignment", doc_id, None,
                          {"annotator": name})
        counts = dict.fromkeys(names, 0)
        for _, name in plan:
            counts[name] += 1
        return counts

    def unassign_all(self) -> int:
        """Forget every assignment (logged, so the change log can tell who had what)."""
        with write_transaction(self.db):
            rows = self.db.execute(
                "SELECT document_id, annotator FROM assignments ORDER BY document_id, annotator"
            ).fetchall()
            self.db.execute("DELETE FROM assignments")
            for doc_id, name in rows:
                self._log("unassign", doc_id, name, "assignment", doc_id,
                          {"annotator": name}, None)
        return len(rows)

    def assigned_document_ids(self, annotator: str) -> list[int]:
        return [r[0] for r in self.db.execute(
            "SELECT document_id FROM assignments WHERE annotator = ? ORDER BY document_id",
            [annotator])]

    def assignees(self, document_id: int) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT annotator FROM assignments WHERE document_id = ? ORDER BY annotator",
            [document_id])]

    def assignment_counts(self) -> dict[str, int]:
        """Documents assigned to each annotator who has any, by name."""
        return {r[0]: r[1] for r in self.db.execute(
            "SELECT annotator, count(*) FROM assignments GROUP BY annotator ORDER BY annotator")}
