"""Where a project stands with its team server (m007 `sync_state`): which server, how far
the change sequence was read, how far the change log was pushed, how the last sync went.

Never a password: `server` is the connection string without it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from sqlite_utils import Database

from annotator.store.db import write_transaction

_COLUMNS = ("server", "project_id", "user", "role", "pull_cursor", "pull_partial_cursor",
            "pull_partial_after", "pushed_change_id", "last_ok", "last_error", "last_result")


@dataclass
class SyncState:
    server: str
    project_id: str
    user: str
    role: str
    pull_cursor: str = "0"
    pull_partial_cursor: str | None = None
    pull_partial_after: int | None = None
    pushed_change_id: int = 0
    last_ok: str | None = None
    last_error: str | None = None
    last_result: str = "{}"

    def result(self) -> dict[str, Any]:
        value: dict[str, Any] = json.loads(self.last_result or "{}")
        return value


def load(db: Database) -> SyncState | None:
    """The project's sync state; None if it never synced."""
    row = db.execute(f"SELECT {', '.join(_COLUMNS)} FROM sync_state WHERE id = 1").fetchone()
    return SyncState(*row) if row else None


def save(db: Database, state: SyncState) -> None:
    """Write the whole state (inside the caller's transaction if there is one)."""
    values = asdict(state)
    with write_transaction(db):
        db.execute(
            f"INSERT INTO sync_state (id, {', '.join(_COLUMNS)}) VALUES "
            f"(1, {', '.join('?' * len(_COLUMNS))}) ON CONFLICT (id) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS),
            [values[c] for c in _COLUMNS])


def pushed_up_to(db: Database, change_id: int) -> None:
    """The server committed everything up to this change: never goes back (two syncs of
    one project may overlap)."""
    db.execute("UPDATE sync_state SET pushed_change_id = max(pushed_change_id, ?) "
               "WHERE id = 1", [change_id])


def pushed_change_id(db: Database) -> int:
    row = db.execute("SELECT pushed_change_id FROM sync_state WHERE id = 1").fetchone()
    return int(row[0]) if row else 0


def record_failure(db: Database, at: str, message: str) -> None:
    """Remember why the last sync failed (shown by the window's status)."""
    with write_transaction(db):
        db.execute("UPDATE sync_state SET last_error = ? || ' ' || ? WHERE id = 1",
                   [at, message])


def resume_at(db: Database, cursor: str, after: int) -> None:
    """A pull got this far (inside the transaction that applied the page)."""
    db.execute("UPDATE sync_state SET pull_partial_cursor = ?, pull_partial_after = ? "
               "WHERE id = 1", [cursor, after])


def pulled_up_to(db: Database, cursor: str) -> None:
    """A pull finished: the next one reads from `cursor`."""
    with write_transaction(db):
        db.execute("UPDATE sync_state SET pull_cursor = ?, pull_partial_cursor = NULL, "
                   "pull_partial_after = NULL WHERE id = 1", [cursor])
