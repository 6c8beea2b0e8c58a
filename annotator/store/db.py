"""Opening a project file: pragmas that make edits durable and concurrent access wait."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from annotator.core.errors import UserError

BUSY_TIMEOUT_SECONDS = 60.0


def connect(path: str | Path) -> Database:
    """Open (creating if needed) a project database with WAL, foreign keys and a busy timeout.

    isolation_level=None stops Python's sqlite3 from opening transactions behind our
    back; writes go through `write_transaction`, which takes the write lock up front
    (BEGIN IMMEDIATE) so a second process waits for it instead of failing later.
    """
    p = Path(path)
    if p.parent and not p.parent.exists():
        p.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(
            str(p), timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=False
        )
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
        conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL in WAL mode survives a killed process; only power loss can drop
        # the last commits, which is the usual desktop trade-off (docs/decisions).
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        raise UserError(f"{p}: cannot open as a project database ({exc})") from None
    return Database(conn)


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """All-or-nothing block; nests as a savepoint."""
    conn = db.conn
    if conn.in_transaction:
        conn.execute("SAVEPOINT nested")
        try:
            yield db
        except BaseException:
            conn.execute("ROLLBACK TO nested")
            conn.execute("RELEASE nested")
            raise
        conn.execute("RELEASE nested")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextmanager
def read_snapshot(db: Database) -> Iterator[Database]:
    """Reads that all see one state of the project.

    A deferred transaction takes its WAL snapshot at the first read and keeps it, so the
    queries of one export batch (events, then the spans they refer to) agree even while
    another process writes. Keep it short: writes on this connection would join it.
    Inside a transaction this is a no-op.
    """
    conn = db.conn
    if conn.in_transaction:
        yield db
        return
    conn.execute("BEGIN")
    try:
        yield db
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")
