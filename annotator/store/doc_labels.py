"""Document labels: one value per document, layer and field (m009, the schema's
[[document_fields]]).

Every write checks the value against the schema (core.document_fields), is logged
(`set_doc_label`, before and after) and moves a new document to in progress, like a
first span. A cleared field keeps its row with a NULL value, so merge can tell a
newer clearing from an older value ("newer wins", as for spans).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from annotator.core.document_fields import (
    DocLabels,
    DocLabelValue,
    canonical_value,
    field_value_problem,
    from_json,
    json_value,
)
from annotator.core.errors import UserError
from annotator.core.layers import annotator_layers
from annotator.core.types import GOLD
from annotator.store.changelog import ChangeLog
from annotator.store.context import StoreContext
from annotator.store.db import write_transaction
from annotator.store.project import ProjectInfo
from annotator.store.statuses import StatusStore
from annotator.store.values import to_json


@dataclass(frozen=True)
class DocLabelVotes:
    """One document's document labels in review: each annotator's values and gold's,
    with who last set each gold value."""

    annotators: list[str]
    values: dict[str, DocLabels]  # annotator -> field -> value
    gold: DocLabels
    decided_by: dict[str, str]  # field -> who set gold's value


def _stored(value: DocLabelValue | None) -> str | None:
    return None if value is None else to_json(json_value(value))


def _read(text: str | None) -> DocLabelValue | None:
    return None if text is None else from_json(json.loads(text))


def doc_labels_batch(ctx: StoreContext, first: int, last: int, layer: str | None = None
                     ) -> dict[tuple[int, str], DocLabels]:
    """(document, layer) -> set values in schema order, for documents first..last
    (exports read these beside their spans); `layer` None or "all": every layer."""
    one = layer not in (None, "all")
    # "+layer": the rows are found by the primary key's document range; on the layer's
    # index SQLite would read every value of the layer once per batch (decision 0006).
    rows = ctx.db.execute(
        "SELECT document_id, layer, field, value FROM document_labels WHERE "
        "document_id BETWEEN ? AND ? AND value IS NOT NULL"
        + (" AND +layer = ?" if one else ""),
        [first, last, layer] if one else [first, last]).fetchall()
    if not rows:
        return {}
    order = {f.name: i for i, f in enumerate(ctx.schema().document_fields)}
    rows.sort(key=lambda r: (r[0], r[1], order.get(r[2], len(order)), r[2]))
    out: dict[tuple[int, str], DocLabels] = defaultdict(dict)
    for doc, name, fld, text in rows:
        value = _read(text)
        if value is not None:
            out[doc, name][fld] = value
    return dict(out)


def put_doc_labels(ctx: StoreContext, document_id: int, layer: str, values: DocLabels,
                   at: str) -> None:
    """Write imported values as they are (the importer checked them; the import of the
    document is logged, not each value), inside the caller's transaction."""
    ctx.db.conn.executemany(PUT_DOC_LABEL,
                            imported_label_rows(ctx, document_id, layer, values, at))


# The statement of put_doc_labels, for rows of imported_label_rows (a batched import).
PUT_DOC_LABEL = ("INSERT OR REPLACE INTO document_labels (document_id, layer, field, value, "
                 "updated_at, updated_by) VALUES (?,?,?,?,?,?)")


def imported_label_rows(ctx: StoreContext, document_id: int, layer: str, values: DocLabels,
                        at: str) -> list[tuple[int, str, str, str | None, str, str]]:
    """The rows put_doc_labels writes."""
    return [(document_id, layer, name, _stored(v), at, ctx.user) for name, v in values.items()]


@dataclass(frozen=True, eq=False)
class DocLabelStore:
    """Reads and writes the `document_labels` table."""

    ctx: StoreContext
    log: ChangeLog
    project: ProjectInfo
    statuses: StatusStore

    # ------------------------------------------------------------------- reads
    def doc_labels(self, document_id: int, layer: str) -> DocLabels:
        """The set (not cleared) values of a document in a layer, in schema order."""
        rows = dict(self.ctx.db.execute(
            "SELECT field, value FROM document_labels WHERE document_id = ? AND layer = ? "
            "AND value IS NOT NULL", [document_id, layer]).fetchall())
        order = [f.name for f in self.ctx.schema().document_fields]
        names = [n for n in order if n in rows] + sorted(set(rows) - set(order))
        out: DocLabels = {}
        for name in names:
            value = _read(rows[name])
            if value is not None:
                out[name] = value
        return out

    def batch(self, first: int, last: int, layer: str | None = None
              ) -> dict[tuple[int, str], DocLabels]:
        return doc_labels_batch(self.ctx, first, last, layer)

    def usage(self) -> dict[tuple[str, str], int]:
        """(field, value name) -> documents x layers that use it (a text field: its
        name and ""), for the schema editor and switching schemas."""
        counts: dict[tuple[str, str], int] = defaultdict(int)
        schema = self.ctx.schema()
        for fld, text in self.ctx.db.execute(
                "SELECT field, value FROM document_labels WHERE value IS NOT NULL"):
            value = _read(text)
            schema_field = schema.document_field(fld)
            if isinstance(value, tuple):
                for v in value:
                    counts[fld, v] += 1
            elif schema_field is not None and schema_field.type == "text":
                counts[fld, ""] += 1
            elif value is not None:
                counts[fld, value] += 1
        return dict(counts)

    def votes(self, document_id: int) -> DocLabelVotes:
        """Every annotator's document labels and gold's, for review."""
        layers = [r[0] for r in self.ctx.db.execute(
            "SELECT DISTINCT layer FROM document_labels WHERE document_id = ? "
            "AND value IS NOT NULL ORDER BY layer", [document_id])]
        names = annotator_layers(layers, self.project.reviewers())
        decided = dict(self.ctx.db.execute(
            "SELECT field, updated_by FROM document_labels WHERE document_id = ? "
            "AND layer = ? AND value IS NOT NULL", [document_id, GOLD]).fetchall())
        return DocLabelVotes(names, {n: self.doc_labels(document_id, n) for n in names},
                             self.doc_labels(document_id, GOLD), decided)

    # ------------------------------------------------------------------ writes
    def check(self, name: str, value: Any) -> DocLabelValue | None:
        """The value as stored, or UserError saying why the field cannot take it."""
        fld = self.ctx.schema().document_field(name)
        problem = field_value_problem(fld, value, name)
        if problem:
            raise UserError(problem)
        assert fld is not None
        return canonical_value(fld, value)

    def set_doc_label(self, document_id: int, layer: str, name: str,
                      value: Any) -> DocLabelValue | None:
        """Set (or with None clear) one field; returns the value as stored. Logged; a
        value equal to the stored one writes nothing."""
        stored = self.check(name, value)
        with write_transaction(self.ctx.db):
            self.project.ensure_layer(layer)
            row = self.ctx.db.execute(
                "SELECT value FROM document_labels WHERE document_id = ? AND layer = ? "
                "AND field = ?", [document_id, layer, name]).fetchone()
            before = _read(row[0]) if row else None
            if row is not None and before == stored:
                return stored
            if row is None and stored is None:
                return None
            self.ctx.db.execute(
                "INSERT INTO document_labels (document_id, layer, field, value, updated_at, "
                "updated_by) VALUES (?,?,?,?,?,?) ON CONFLICT (document_id, layer, field) "
                "DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
                "updated_by = excluded.updated_by",
                [document_id, layer, name, _stored(stored), self.ctx.clock(), self.ctx.user])
            self.log.log("set_doc_label", document_id, layer, "doc_label", document_id,
                         {"field": name, "value": json_value(before)},
                         {"field": name, "value": json_value(stored)})
            if stored is not None:
                self.statuses.touch(document_id, layer)
        return stored
