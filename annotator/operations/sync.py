"""Synchronising a project with its team server: `annotator sync` and the window's
background sync (call `sync` from a worker thread with its own `Repository`; no Qt here).

A sync pushes this member's edits since the last push (store/sync_outbox.py), batch by
batch, each batch one server transaction, then the pushed change id advances locally; then
it pulls what changed on the server since its cursor (store/server/pull.py), page by page,
each page one local transaction that also records the resume point. Killed anywhere, the
next sync sends or reads again what was not recorded as done, and applying twice changes
nothing. docs/decisions/0014.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from annotator.core.errors import UserError
from annotator.core.progress import Progress
from annotator.core.schema import parse_schema
from annotator.core.sync import conflict_line
from annotator.core.types import GOLD
from annotator.store import sync_state
from annotator.store.db import write_transaction
from annotator.store.merge import schema_difference
from annotator.store.repository import Repository
from annotator.store.server.connection import TeamServer, refusals
from annotator.store.server.pull import PullReader
from annotator.store.server.push import push_rows
from annotator.store.sync_apply import Applied, PullApplier, PulledRows
from annotator.store.sync_outbox import collect, mark_sent, waiting
from annotator.store.sync_rows import present
from annotator.store.sync_state import SyncState

PUSH_BATCH = 2000  # change-log rows per server transaction
PULL_PAGE = 200  # documents per local transaction


@dataclass
class SyncResult:
    """What one sync did; `status` is what the window's indicator shows."""

    server: str
    user: str
    role: str
    sent: int = 0  # rows the server stored
    sent_unchanged: int = 0  # rows it already had
    not_sent: int = 0  # edits on documents the server does not give this member
    received: Applied = field(default_factory=Applied)
    conflicts: list[str] = field(default_factory=list)
    waiting: int = 0  # edits made while it ran, for the next sync

    @property
    def status(self) -> str:
        return "conflict" if self.conflicts else "synced"

    def line(self) -> str:
        r = self.received
        text = (f"synced with the team server as {self.user} ({self.role}): sent "
                f"{self.sent} change(s); received {r.documents} document(s), {r.spans} "
                f"span(s), {r.events} event(s), {r.deleted} deletion(s), {r.statuses} "
                f"status(es), {r.assignments} assignment(s)")
        if r.decisions:
            text += f", {r.decisions} review decision(s)"
        if r.doc_labels:
            text += f", {r.doc_labels} document label(s)"
        if r.gazetteers:
            text += f", {r.gazetteers} name list(s)"
        if self.not_sent:
            text += (f"; {self.not_sent} edit(s) on documents the server does not give you "
                     "were kept here")
        if self.conflicts:
            text += f"; {len(self.conflicts)} conflict(s)"
        return text

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["status"] = self.status
        return d


def writable_layers(server: TeamServer) -> set[str]:
    """The layers this member sends: their own; a reviewer or admin also gold."""
    return layers_of(server.user, server.role)


def layers_of(user: str, role: str) -> set[str]:
    """The layers a member of this role sends (also without a connection: the window's
    "N edits waiting" counts them from the project's sync state)."""
    return {user} if role == "annotator" else {user, GOLD}


def edits_waiting(repo: Repository) -> int:
    """Edits made here that the server does not have yet (0 before the first sync)."""
    state = sync_state.load(repo.db)
    if state is None:
        return 0
    return waiting(repo.db, state.pushed_change_id, layers_of(state.user, state.role))


def sync(repo: Repository, server: TeamServer, progress: Progress | None = None, *,
         push: bool = True, conflict: Callable[[str], None] | None = None) -> SyncResult:
    """Push then pull; raises UserError (ServerError, NotPermitted) in one line, with what
    was committed before kept. `push=False` only pulls (a read cache)."""
    with refusals():
        return _sync(repo, server, progress, push, conflict)


def _sync(repo: Repository, server: TeamServer, progress: Progress | None, push: bool,
          conflict: Callable[[str], None] | None) -> SyncResult:
    state = _state(repo, server)
    result = SyncResult(server.url, server.user, server.role)
    _adopt_schema(repo, server)
    own: list[str] = []  # the server transactions of this push
    own_statuses: list[str] = []  # those of them that wrote every status as sent
    if push:
        _push(repo, server, state, result, own, own_statuses)
    _pull(repo, server, state, result, progress, own, own_statuses)
    result.waiting = waiting(repo.db, sync_state.pushed_change_id(repo.db),
                             writable_layers(server)) if push else 0
    with write_transaction(repo.db):
        state = sync_state.load(repo.db) or state
        state.last_ok = repo.ctx.clock()
        state.last_error = None
        state.last_result = json.dumps({k: v for k, v in result.as_dict().items()
                                        if k != "conflicts"}, ensure_ascii=False)
        sync_state.save(repo.db, state)
    for line in result.conflicts:
        if conflict:
            conflict(line)
    return result


def _state(repo: Repository, server: TeamServer) -> SyncState:
    """The project's sync state, created on the first sync; refused for another project."""
    state = sync_state.load(repo.db)
    problem = state_problem(state, server)
    if problem:
        raise UserError(problem)
    if state is None:
        state = SyncState(server.url, server.project_id, server.user, server.role)
    elif state.role != server.role:
        # What row security lets us read changed: read everything again.
        state.role = server.role
        state.pull_cursor, state.pull_partial_cursor, state.pull_partial_after = "0", None, None
    state.server = server.url
    sync_state.save(repo.db, state)
    return state


def state_problem(state: SyncState | None, server: TeamServer) -> str | None:
    """Why a project with this sync state cannot sync with this server, or None: a
    project syncs with one team project, as one member."""
    if state is not None and state.project_id != server.project_id:
        return (f"this project syncs with another team project ({state.server}); "
                "sync a new project with this server instead")
    if state is not None and state.user != server.user:
        return (f"this project syncs as {state.user}, not {server.user}: connect as "
                f"{state.user}, or sync a new project")
    return None


def _adopt_schema(repo: Repository, server: TeamServer) -> None:
    """Use the team project's label schema; refused when local annotations need another."""
    from annotator.store.server.admin import schema_toml

    text = schema_toml(server.conn)
    if text == repo.schema().source:
        return
    theirs = parse_schema(text, "the team server's schema")
    if schema_difference(repo.schema(), theirs) is None:
        repo.parts.project.switch_schema(theirs)
        return
    blockers = repo.schema_blockers(theirs)
    if blockers:
        raise UserError("the team server's label schema cannot hold this project's "
                        f"annotations: {blockers[0]}")
    repo.switch_schema(theirs)


def _push(repo: Repository, server: TeamServer, state: SyncState, result: SyncResult,
          own: list[str], own_statuses: list[str]) -> None:
    from annotator.store.server.admin import members

    layers = writable_layers(server)
    after = sync_state.pushed_change_id(repo.db)
    while True:
        box = collect(repo.db, after, layers, PUSH_BATCH)
        conflicts = []
        if not box.empty():
            with server.transaction() as conn:
                outcome = push_rows(conn, box.spans, box.events, box.statuses, box.decisions,
                                    box.doc_labels)
            result.sent += outcome.stored
            result.sent_unchanged += outcome.unchanged
            result.not_sent += outcome.not_on_server
            conflicts = outcome.conflicts
            if outcome.txid:
                own.append(outcome.txid)
                if outcome.statuses_as_sent:
                    own_statuses.append(outcome.txid)
        if box.last_change_id == after and box.empty():
            return
        with write_transaction(repo.db):
            mark_sent(repo.db, box)
            sync_state.pushed_up_to(repo.db, box.last_change_id)
            if conflicts:
                # The server kept other versions: take them (they may be older than the
                # cursor, so no pull would bring them) and log what was lost.
                applier = PullApplier(repo.ctx, members(server.conn))
                applier.lost_on_server([(c.entity, c.kept, c.rejected) for c in conflicts])
                result.conflicts += [conflict_line(_title(repo, c.kept.document), c.rejected,
                                                   c.kept) for c in conflicts]
        if box.last_change_id == after:
            return
        after = box.last_change_id


def _title(repo: Repository, sha: str) -> str:
    """The title of the document with this text, as the member knows it."""
    doc = repo.document_id_by_sha(sha)
    return sha[:12] if doc is None else repo.document(doc, with_text=False).title


def _pull(repo: Repository, server: TeamServer, state: SyncState, result: SyncResult,
          progress: Progress | None, own: list[str], own_statuses: list[str]) -> None:
    current = sync_state.load(repo.db) or state
    cursor = current.pull_cursor
    after = current.pull_partial_after or 0
    partial = current.pull_partial_cursor
    with PullReader(server.conn, cursor, server.user, own, own_statuses) as reader:
        applier = PullApplier(repo.ctx, reader.members())
        touched = reader.touched(after)
        start = min(partial, reader.xmin, key=int) if partial else reader.xmin
        for n in range(0, len(touched), PULL_PAGE):
            ids = touched[n:n + PULL_PAGE]
            page = reader.page(ids, lambda shas: present(repo.db, shas))
            rows = PulledRows(page.documents, page.assignments, page.spans, page.events,
                              page.statuses, page.decisions, page.doc_labels)

            def resume(db: Any, last: int = page.last_id) -> None:
                sync_state.resume_at(db, start, last)

            result.received.add(applier.apply(rows, resume))
            if progress:
                progress(min(n + PULL_PAGE, len(touched)), len(touched))
        result.received.gazetteers += _take_gazetteers(repo, reader.gazetteers())
    result.conflicts += result.received.conflicts
    result.received.conflicts = []
    sync_state.pulled_up_to(repo.db, start)


def _take_gazetteers(repo: Repository,
                     lists: list[tuple[str, list[tuple[str, str]] | None]]) -> int:
    """The team's name lists into the project, each replacing a list of its name (a
    pull cut short takes them again: the same content, so the same lists)."""
    from annotator.core.suggest.gazetteer import GazetteerEntry

    store = repo.parts.gazetteers
    for source, entries in lists:
        if entries is None:
            store.remove(source)
        else:
            store.import_entries(source, [GazetteerEntry(n, lb) for n, lb in entries])
    return len(lists)


def record_failure(repo: Repository, message: str) -> None:
    """Remember a failed sync's reason in the project (no-op before the first sync)."""
    sync_state.record_failure(repo.db, repo.ctx.clock(), message)
