"""Saving an edited label schema: renames carried to the spans, removed labels decided.

The schema editor (Edit → Label schema) saves a new version of the project's schema.
A renamed label is renamed on every span and event that has it; a removed label that
spans still use goes only once the user has chosen what happens to those spans
(deleted, recoverably, or relabelled). Whatever else the new schema could not represent
(a role or an attribute value still in use, a document field value) refuses the save,
as switching schemas does. The user action around it is in store/actions.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from annotator.core.changes import Change
from annotator.core.errors import UserError
from annotator.core.schema import Schema
from annotator.store.changelog import ChangeLog
from annotator.store.context import StoreContext
from annotator.store.project import ProjectInfo


@dataclass(frozen=True)
class SchemaEdit:
    """One save of the schema editor, and what undoing it needs.

    renames: old label name -> new name. removals: a removed label still in use ->
    the label its spans get, or None to delete them (with the events they trigger and
    the roles they fill). Filled in by the save: `removed` (what was deleted, as a
    delete's Change) and `relabelled` ((span id, its old label) of relabelled spans).
    """

    old: Schema
    new: Schema
    renames: dict[str, str] = field(default_factory=dict)
    removals: dict[str, str | None] = field(default_factory=dict)
    removed: Change = field(default_factory=Change)
    relabelled: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True, eq=False)
class SchemaEditStore:
    """Label renames and the schema switch that the schema editor's save is made of."""

    ctx: StoreContext
    log: ChangeLog
    project: ProjectInfo

    def label_usage(self) -> dict[str, int]:
        """Label name -> spans of every layer that carry it."""
        return dict(self.ctx.db.execute(
            "SELECT label, count(*) FROM spans GROUP BY label").fetchall())

    def spans_labelled(self, label: str) -> list[int]:
        """Ids of the spans of every layer labelled `label`, triggers last."""
        return [r[0] for r in self.ctx.db.execute(
            "SELECT s.id FROM spans s WHERE s.label = ? ORDER BY EXISTS (SELECT 1 FROM events "
            "e WHERE e.trigger_span_id = s.id), s.id", [label])]

    def forget_schema(self) -> None:
        """After a rolled-back save: the schema is again the one in the file."""
        self.ctx.forget_schema()

    def store_labels(self, new: Schema) -> None:
        """Write the new schema's labels beside the old ones (spans can then be renamed
        to a new name); `drop_other_labels` finishes the switch."""
        self.project.store_schema(new)

    def rename_label(self, old: str, new: str) -> int:
        """Rename a label (or event type) on every span and event; logged per span.
        Returns the number of spans renamed. Inside the caller's transaction."""
        if old == new:
            return 0
        db, t = self.ctx.db, self.ctx.clock()
        if db.execute("SELECT 1 FROM labels WHERE name = ?", [new]).fetchone() is None:
            raise UserError(f"cannot rename {old} to {new}: the new schema has no {new}")
        clash = db.execute(
            "SELECT a.document_id, a.layer, a.start, a.end FROM spans a JOIN spans b ON "
            "a.document_id = b.document_id AND a.layer = b.layer AND a.start = b.start "
            "AND a.end = b.end WHERE a.label = ? AND b.label = ? LIMIT 1", [old, new]
        ).fetchone()
        if clash is not None:
            raise UserError(f"cannot rename {old} to {new}: layer {clash[1]} has both on "
                            f"[{clash[2]}, {clash[3]}) of document {clash[0]}")
        rows = db.execute("SELECT id, document_id, layer FROM spans WHERE label = ?",
                          [old]).fetchall()
        db.execute("UPDATE spans SET label = ?, updated_at = ? WHERE label = ?", [new, t, old])
        db.execute("UPDATE events SET type = ?, updated_at = ? WHERE type = ?", [new, t, old])
        for span_id, document_id, layer in rows:
            self.log.log("relabel_span", document_id, layer, "span", span_id,
                         {"label": old}, {"label": new})
        self.log.log("rename_label", None, None, "label", None, {"name": old},
                     {"name": new, "spans": len(rows)})
        return len(rows)

    def drop_other_labels(self, new: Schema) -> None:
        """Finish the switch: refuse what the new schema cannot represent, then drop
        the labels it lacks (no span refers to them any more)."""
        blockers = self.project.schema_blockers(new)
        if blockers:
            raise UserError("the schema cannot be saved, existing annotations would be "
                            "orphaned:\n  " + "\n  ".join(blockers))
        names = sorted(new.label_names())
        marks = ",".join("?" * len(names))
        self.ctx.db.execute(f"DELETE FROM labels WHERE name NOT IN ({marks})", names)
        self.ctx.schema_stored(new)
