"""Reading what changed on the team server since a member's last pull.

A pull reads in one REPEATABLE READ, READ ONLY transaction (one snapshot): the rows whose
`txid` is at least the member's cursor, page by page of documents in id order. The next
cursor is the snapshot's xmin: every transaction with a smaller id had finished when the
snapshot was taken, so a row written by any later commit carries a txid at least that
large, and the next pull sees it. Rows of transactions still running are read again
next time; applying a row twice changes nothing. No lock is taken: pushes go on.

Row security decides what a member reads. A document newly given to an annotator
(an assignment newer than the cursor) or one the project does not have yet is read whole,
whatever the age of its rows: they were not visible, or not wanted, before.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import psycopg

from annotator.core.sync import (
    AssignmentRow,
    DecisionRow,
    DocLabelRow,
    DocumentRow,
    EventRow,
    SpanRow,
    StatusRow,
)
from annotator.store.server.connection import refusals
from annotator.store.server.push import (
    _DECISION,
    _DOC_LABEL,
    _EVENT,
    _SPAN,
    decision_row,
    doc_label_row,
    event_row,
    span_row,
)


@dataclass
class Page:
    """One page of documents and what changed in them."""

    last_id: int  # the page's last server document id (the resume point)
    documents: list[DocumentRow] = field(default_factory=list)  # ones the project lacks
    assignments: list[AssignmentRow] = field(default_factory=list)
    spans: list[SpanRow] = field(default_factory=list)
    events: list[EventRow] = field(default_factory=list)
    statuses: list[StatusRow] = field(default_factory=list)
    decisions: list[DecisionRow] = field(default_factory=list)  # a reviewer's or admin's
    doc_labels: list[DocLabelRow] = field(default_factory=list)


_TABLES = ("assignments", "spans", "events", "statuses", "decisions", "doc_labels")
# Written by a push exactly as sent.
_OWN_VERSIONS = ("spans", "events", "decisions", "doc_labels")


class PullReader:
    """One pull's snapshot. Use as a context manager; `xmin` is the next cursor."""

    def __init__(self, conn: psycopg.Connection[Any], cursor: str, user: str,
                 own: list[str] | None = None, own_statuses: list[str] | None = None
                 ) -> None:
        self.conn = conn
        self.cursor = cursor
        self.user = user
        # The transactions of this sync's own push: the spans, events, decisions and
        # document labels they wrote are this project's versions, so they are not read
        # back; nor are the statuses of the transactions in `own_statuses` (written
        # exactly as sent).
        self.own = own or []
        self.own_statuses = own_statuses or []
        self.xmin = cursor
        self._tx: Any = None

    def __enter__(self) -> PullReader:
        self._tx = self.conn.transaction()
        self._tx.__enter__()
        with refusals("reading the team project"):
            self.conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            row = self.conn.execute(
                "SELECT pg_snapshot_xmin(pg_current_snapshot())::text").fetchone()
        assert row is not None
        self.xmin = row[0]
        return self

    def __exit__(self, *exc: object) -> None:
        self._tx.__exit__(*exc)

    def members(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT name, role FROM annotator.members").fetchall())

    def schema_toml(self) -> str:
        row = self.conn.execute(
            "SELECT value FROM annotator.project WHERE key = 'schema_toml'").fetchone()
        return row[0] if row else ""

    def gazetteers(self) -> list[tuple[str, list[tuple[str, str]] | None]]:
        """The team's name lists written after the cursor: (list, its (name, label)
        entries), None for a removed one."""
        with refusals("reading the team project"):
            return [(source, None if deleted else [(n, lb) for n, lb in json.loads(entries)])
                    for source, entries, deleted in self.conn.execute(
                        "SELECT source, entries, deleted FROM annotator.gazetteers "
                        "WHERE txid >= %s::xid8 ORDER BY source", [self.cursor])]

    def touched(self, after: int) -> list[int]:
        """Server ids of the documents with anything newer than the cursor, after `after`."""
        parts = ["SELECT id FROM annotator.documents WHERE txid >= %(c)s::xid8 AND id > %(a)s"]
        parts += [f"SELECT document_id FROM annotator.{t} WHERE txid >= %(c)s::xid8 "
                  "AND document_id > %(a)s"
                  + (" AND txid <> ALL(%(own)s::xid8[])" if t in _OWN_VERSIONS else
                     " AND txid <> ALL(%(own_statuses)s::xid8[])" if t == "statuses" else "")
                  for t in _TABLES]
        with refusals("reading the team project"):
            return [r[0] for r in self.conn.execute(
                " UNION ".join(parts) + " ORDER BY 1",
                {"c": self.cursor, "a": after, "own": self.own,
                 "own_statuses": self.own_statuses})]

    def page(self, ids: list[int], have: Callable[[list[str]], set[str]]) -> Page:
        """The page's documents (texts only of those `have` says the project lacks), their
        assignments, and their spans, events and statuses newer than the cursor."""
        with refusals("reading the team project"):
            return self._page(ids, have)

    def _page(self, ids: list[int], have: Callable[[list[str]], set[str]]) -> Page:
        conn = self.conn
        page = Page(last_id=max(ids))
        shas = dict(conn.execute("SELECT id, text_sha256 FROM annotator.documents "
                                 "WHERE id = ANY(%s)", [ids]).fetchall())
        present = have(list(shas.values()))
        lacking = [i for i, sha in shas.items() if sha not in present]
        if lacking:
            page.documents = [DocumentRow(*r) for r in conn.execute(
                "SELECT text_sha256, external_id, title, text, source, meta, created_at "
                "FROM annotator.documents WHERE id = ANY(%s) ORDER BY id", [lacking])]
        mine = [r[0] for r in conn.execute(
            "SELECT document_id FROM annotator.assignments WHERE document_id = ANY(%s) AND "
            "annotator = %s AND txid >= %s::xid8", [ids, self.user, self.cursor])]
        whole = list({*lacking, *mine})
        args = {"ids": list(shas), "whole": whole, "c": self.cursor, "own": self.own,
                "own_statuses": self.own_statuses}
        # What changed after the cursor, without what this sync's push wrote as sent
        # (spans, events, decisions; statuses not merged with the server's); all of a
        # document read whole.
        theirs = "document_id = ANY(%(ids)s) AND ((txid >= %(c)s::xid8 AND " \
                 "txid <> ALL(%(own)s::xid8[])) OR document_id = ANY(%(whole)s))"
        page.assignments = [AssignmentRow(shas[d], a, at) for d, a, at in conn.execute(
            "SELECT document_id, annotator, assigned_at FROM annotator.assignments "
            "WHERE document_id = ANY(%(ids)s) ORDER BY document_id, annotator", args)]
        page.spans = [span_row(r, shas[r[1]]) for r in conn.execute(
            f"SELECT {_SPAN} FROM annotator.spans WHERE {theirs} ORDER BY document_id, uid",
            args)]
        page.events = [event_row(r, shas[r[1]]) for r in conn.execute(
            f"SELECT {_EVENT} FROM annotator.events WHERE {theirs} ORDER BY document_id, uid",
            args)]
        # The spans the events name, also when unchanged: the project may lack them.
        have_uids = {s.uid for s in page.spans}
        wanted = sorted({u for e in page.events for u in (e.trigger, *(a[1] for a in
                         e.arguments))} - have_uids)
        if wanted:
            page.spans += [span_row(r, shas.get(r[1], "")) for r in conn.execute(
                f"SELECT {_SPAN} FROM annotator.spans WHERE uid = ANY(%s)", [wanted])
                if r[1] in shas]
        page.statuses = [StatusRow(shas[d], layer, st, sec, at) for d, layer, st, sec, at in
                         conn.execute(
            "SELECT document_id, layer, status, seconds, updated_at FROM annotator.statuses "
            f"WHERE {theirs.replace('%(own)s', '%(own_statuses)s')} "
            "ORDER BY document_id, layer", args)]
        page.decisions = [decision_row(r, shas[r[0]]) for r in conn.execute(
            f"SELECT {_DECISION} FROM annotator.decisions WHERE {theirs} "
            "ORDER BY document_id, entity, key", args)]
        page.doc_labels = [doc_label_row(r, shas[r[0]]) for r in conn.execute(
            f"SELECT {_DOC_LABEL} FROM annotator.doc_labels WHERE {theirs} "
            "ORDER BY document_id, layer, field", args)]
        return page
