"""The change log: every edit, who, before, after, when, and which user action it was part of.

The `changes` table is append-only (triggers refuse UPDATE and DELETE). Every row written
inside one outermost `write_transaction` carries the same `action_group` (m004): the id
of the first row of that transaction. So an action that wraps all it does in one
transaction (a delete with the arguments it removes, a merge of one file) is one group,
and undo, which takes back an action, agrees with the log. Rows written before m004 have
no group (NULL).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from annotator.core.types import Event, Span
from annotator.store.context import StoreContext
from annotator.store.db import action_group
from annotator.store.values import to_json

_COLUMNS = "at, user, action, document_id, layer, entity, entity_id, before, after"
# The first row of a group: its id is chosen in the same statement (we hold the write
# lock), so the row can name itself as its group without an UPDATE of an append-only log.
_FIRST = (f"INSERT INTO changes (id, {_COLUMNS}, action_group) "
          "SELECT n, ?, ?, ?, ?, ?, ?, ?, ?, ?, n "
          "FROM (SELECT coalesce(max(id), 0) + 1 AS n FROM changes)")
_NEXT = f"INSERT INTO changes ({_COLUMNS}, action_group) VALUES (?,?,?,?,?,?,?,?,?,?)"


def span_state(span: Span) -> dict[str, Any]:
    """A span as the log records it (a delete's `before` also has its uid)."""
    state = {"start": span.start, "end": span.end, "label": span.label, "text": span.text,
             "origin": span.origin}
    if span.origin_detail:
        state["origin_detail"] = span.origin_detail
    return state


def event_state(ev: Event) -> dict[str, Any]:
    """An event as the log records it (a delete's `before` also has its uid)."""
    return {"type": ev.type, "trigger": ev.trigger, "attributes": ev.attributes,
            "arguments": [{"role": a.role, "span": a.span} for a in ev.arguments]}


@dataclass(frozen=True, eq=False)
class ChangeLog:
    """Appends to and reads the `changes` table."""

    ctx: StoreContext

    def log(self, action: str, document_id: int | None, layer: str | None, entity: str,
            entity_id: int | None, before: Any, after: Any) -> None:
        """Record one edit; `before`/`after` are JSON-able states (None: absent)."""
        values = [self.ctx.clock(), self.ctx.user, action, document_id, layer, entity,
                  entity_id, None if before is None else to_json(before),
                  None if after is None else to_json(after)]
        conn = self.ctx.db.conn
        group = action_group(self.ctx.db)
        if group is not None and group.id is not None:
            conn.execute(_NEXT, [*values, group.id])
            return
        row_id = conn.execute(_FIRST, values).lastrowid
        if group is not None:
            group.id = row_id

    def changes(self, document_id: int | None = None, action: str | None = None,
                group: int | None = None) -> list[dict[str, Any]]:
        """Rows of the log in order, `before`/`after` parsed; filtered by document,
        action or action group."""
        sql = "SELECT * FROM changes WHERE 1=1"
        args: list[Any] = []
        for column, value in (("document_id", document_id), ("action", action),
                              ("action_group", group)):
            if value is not None:
                sql += f" AND {column} = ?"
                args.append(value)
        cur = self.ctx.db.execute(sql + " ORDER BY id", args)
        cols = [c[0] for c in cur.description]
        out = []
        for row in cur.fetchall():
            d = dict(zip(cols, row, strict=True))
            for k in ("before", "after"):
                d[k] = json.loads(d[k]) if d[k] else None
            out.append(d)
        return out

    def deleted_uid(self, entity: str, entity_id: int) -> str | None:
        """The identity a deleted span or event had, from its latest delete in the log."""
        row = self.ctx.db.execute(
            "SELECT json_extract(before, '$.uid') FROM changes WHERE entity = ? AND "
            "entity_id = ? AND action = ? ORDER BY id DESC LIMIT 1",
            [entity, entity_id, f"delete_{entity}"],
        ).fetchone()
        return row[0] if row else None

    def deleted_spans(self, document_id: int | None = None) -> list[Span]:
        """Spans whose latest change is a delete, most recently deleted first: what the
        change log can bring back."""
        latest: dict[int, dict[str, Any]] = {}
        for ch in self.changes(document_id):
            if ch["entity"] == "span" and ch["entity_id"] is not None:
                latest[ch["entity_id"]] = ch
        out = []
        for span_id, ch in sorted(latest.items(), key=lambda kv: -kv[1]["id"]):
            if ch["action"] != "delete_span":
                continue
            if self.ctx.db.execute("SELECT 1 FROM spans WHERE id = ?", [span_id]).fetchone():
                continue
            b = ch["before"]
            out.append(Span(b["start"], b["end"], b["label"], b["text"], span_id,
                            ch["layer"], ch["document_id"], b.get("origin", "manual"),
                            b.get("origin_detail", "")))
        return out
