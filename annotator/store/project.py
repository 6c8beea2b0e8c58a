"""The project itself: its stored values and settings, its label schema, its layers.

A layer is a row of `annotators` (name, role annotator or reviewer); `layers()` are the
ones that hold something.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlite_utils import Database

from annotator.core.errors import UserError
from annotator.core.schema import Attribute, Role, Schema
from annotator.core.schema_blockers import schema_blockers
from annotator.store.changelog import ChangeLog
from annotator.store.context import StoreContext
from annotator.store.db import write_transaction
from annotator.store.values import to_json


@dataclass(frozen=True, eq=False)
class ProjectInfo:
    """The project's stored values, settings, label schema and layers."""

    ctx: StoreContext
    log: ChangeLog

    # ------------------------------------------------------------------ values
    def value(self, key: str) -> str | None:
        row = self.ctx.db.execute("SELECT value FROM project WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_value(self, key: str, value: str) -> None:
        self.ctx.db.execute(
            "INSERT INTO project (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )

    def setting(self, key: str) -> str | None:
        """Per-project preferences (the last annotator's name); window state is QSettings'."""
        return self.value(f"setting:{key}")

    def set_setting(self, key: str, value: str) -> None:
        with write_transaction(self.ctx.db):
            self.set_value(f"setting:{key}", value)

    # ------------------------------------------------------------------ schema
    def has_schema(self) -> bool:
        return self.value("schema_toml") is not None

    def store_schema(self, schema: Schema) -> None:
        """Write the schema's labels and source into the project (inside a transaction)."""
        for lb in schema.all_labels:
            et = schema.event_type(lb.name)
            roles = [
                {"name": r.name, "labels": list(r.labels), "multiple": r.multiple,
                 **_display_names(r)}
                for r in (et.roles if et else ())
            ]
            attrs = [
                {"name": a.name, "values": list(a.values), "default": a.default, "type": a.type,
                 **_display_names(a)}
                for a in (et.attributes if et else ())
            ]
            self.ctx.db.execute(
                "INSERT INTO labels (name, category, name_ar, name_en, color, hotkey, "
                "description, ord, roles, attributes) VALUES (?,?,?,?,?,?,?,?,?,?) "
                "ON CONFLICT (name) DO UPDATE SET category = excluded.category, "
                "name_ar = excluded.name_ar, name_en = excluded.name_en, "
                "color = excluded.color, hotkey = excluded.hotkey, "
                "description = excluded.description, ord = excluded.ord, "
                "roles = excluded.roles, attributes = excluded.attributes",
                [lb.name, lb.category, lb.ar, lb.en, lb.color, lb.hotkey, lb.description,
                 lb.order, to_json(roles), to_json(attrs)],
            )
        self.set_value("schema_toml", schema.source)
        self.set_value("schema_name", schema.name)
        self.set_value("schema_version", str(schema.version))
        self.log.log("set_schema", None, None, "schema", None, None,
                     {"name": schema.name, "version": schema.version})
        self.ctx.schema_stored(schema)

    def schema_blockers(self, new: Schema) -> list[str]:
        """What in the project the new schema could not represent (empty: safe to switch)."""
        db = self.ctx.db
        return schema_blockers(
            new,
            db.execute("SELECT label, count(*) FROM spans GROUP BY label ORDER BY label"),
            db.execute("SELECT e.type, a.role, count(*) FROM event_arguments a JOIN events e "
                       "ON e.id = a.event_id GROUP BY e.type, a.role ORDER BY e.type, a.role"),
            ((etype, json.loads(attrs)) for etype, attrs in
             db.execute("SELECT DISTINCT type, attributes FROM events")),
            ((name, json.loads(value), n) for name, value, n in db.execute(
                "SELECT field, value, count(*) FROM document_labels WHERE value IS NOT NULL "
                "GROUP BY field, value ORDER BY field, value")))

    def switch_schema(self, new: Schema) -> None:
        """Replace the project's schema, refusing if existing annotations would be orphaned."""
        blockers = self.schema_blockers(new)
        if blockers:
            raise UserError("cannot switch schema, existing annotations would be orphaned:\n  "
                            + "\n  ".join(blockers))
        with write_transaction(self.ctx.db):
            marks = ",".join("?" * len(new.label_names()))
            self.ctx.db.execute(f"DELETE FROM labels WHERE name NOT IN ({marks})",
                                sorted(new.label_names()))
            self.store_schema(new)

    # ------------------------------------------------------------------ layers
    def ensure_layer(self, name: str, role: str = "annotator") -> None:
        if not name or not name.strip():
            raise UserError("a layer (annotator) name cannot be empty")
        self.ctx.db.execute(
            "INSERT OR IGNORE INTO annotators (name, role, created_at) VALUES (?, ?, ?)",
            [name, role, self.ctx.clock()],
        )

    def layers(self) -> list[str]:
        """Layers that hold annotations or statuses, in name order.

        Every layer is a row of `annotators` (a foreign key), and each table has an index
        on its layer (m006): a few index seeks per layer, not a scan of every span.
        """
        rows = self.ctx.db.execute(
            "SELECT name FROM annotators a WHERE "
            "EXISTS (SELECT 1 FROM spans WHERE layer = a.name) "
            "OR EXISTS (SELECT 1 FROM document_status WHERE layer = a.name) "
            "OR EXISTS (SELECT 1 FROM events WHERE layer = a.name) ORDER BY name"
        ).fetchall()
        return [r[0] for r in rows]

    def reviewers(self) -> list[str]:
        return reviewers(self.ctx.db)

    def layer_exists(self, layer: str) -> bool:
        """Whether any document has spans, events or a status in `layer`."""
        return bool(self.ctx.db.execute(
            "SELECT EXISTS (SELECT 1 FROM spans WHERE layer = ?) "
            "OR EXISTS (SELECT 1 FROM document_status WHERE layer = ?) "
            "OR EXISTS (SELECT 1 FROM events WHERE layer = ?)", [layer] * 3,
        ).fetchone()[0])

    def document_has_layer(self, document_id: int, layer: str) -> bool:
        """Whether the document has spans, a status or events in `layer`."""
        return any(
            self.ctx.db.execute(
                f"SELECT 1 FROM {table} WHERE document_id = ? AND layer = ? LIMIT 1",
                [document_id, layer]).fetchone()
            for table in ("spans", "document_status", "events")
        )


def reviewers(db: Database) -> list[str]:
    """Layers of reviewers (role `reviewer`): gold, once a decision made it, and reviewers
    merged from other files."""
    return [r[0] for r in db.execute(
        "SELECT name FROM annotators WHERE role = 'reviewer' ORDER BY name")]


def _display_names(item: Role | Attribute) -> dict[str, str]:
    """A role's or attribute's display names for the labels table, only when given (the
    schema's source, stored beside, holds them all, values' names too)."""
    return {key: text for key in ("ar", "en") if (text := getattr(item, key))}
