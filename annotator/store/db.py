"""Opening a project file: pragmas that make edits durable and concurrent access wait.

Nothing is written to a file before it is known to be a project this version can use.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from annotator import __version__
from annotator.core.errors import UserError
from annotator.paths import user_data_dir
from annotator.store.migrations import refusal

BUSY_TIMEOUT_SECONDS = 60.0
# SQLite's page cache: 64 MiB instead of the default 2 MiB, which made a bulk import
# worse than linear (the indexes' pages were evicted and read back for every batch).
# Measured in decision 0006; the bench's baselines use the same (BULK_PRAGMAS).
CACHE_KIB = 65536
BULK_PRAGMAS = ("journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = ON",
                f"cache_size = -{CACHE_KIB}")


class ProjectFileError(UserError):
    """The project file itself cannot be used (newer version, read-only, no such folder).

    Not a problem of one input file: a batch (import, merge) stops at once on it.
    """

    def __init__(self, path: str | Path, reason: str) -> None:
        self.reason = reason
        super().__init__(f"{path}: {reason}")


def refuse_folder(p: Path) -> None:
    """`--db` naming a folder: say so, rather than "no such project file" or SQLite's
    "unable to open database file"."""
    if p.is_dir():
        raise ProjectFileError(p, "is a folder, not a project file")


def connect(path: str | Path) -> Database:
    """Open (creating if needed) a project database with WAL, foreign keys and a busy timeout.

    Refused, before anything is written: a file in a folder that does not exist (a typo
    must not create an empty project somewhere; only the user data folder is created), a
    file or folder this process cannot write (reading commands use `connect_read_only`),
    a file made by a newer version of annotator.

    isolation_level=None stops Python's sqlite3 from opening transactions behind our
    back; writes go through `write_transaction`, which takes the write lock up front
    (BEGIN IMMEDIATE) so a second process waits for it instead of failing later.
    """
    p = Path(path)
    refuse_folder(p)
    if not p.parent.is_dir():
        if p.parent != user_data_dir():
            raise ProjectFileError(p, f"no such folder: {p.parent}")
        p.parent.mkdir(parents=True, exist_ok=True)
    if not can_write(p):
        raise ProjectFileError(p, "the project is read-only here (no permission to write the "
                                  "file or its folder)")
    conn: sqlite3.Connection | None = None
    try:
        conn = _sqlite(str(p))
        _refuse_foreign(conn, p)
        conn.execute("PRAGMA journal_mode = WAL")  # the first write: after the check above
        # NORMAL in WAL mode survives a killed process; only power loss can drop
        # the last commits, which is the usual desktop trade-off (docs/decisions).
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        raise ProjectFileError(p, f"cannot open as a project database ({exc})") from None
    return Database(conn)


def connect_read_only(path: str | Path) -> Database:
    """Open an existing project that this process cannot write, for reading only.

    SQLite's `mode=ro` still needs the WAL index (`-shm`) beside the file: it works in a
    writable folder, or while a writer has the project open. In a read-only folder where
    the project was closed cleanly (no `-wal` file: every commit is in the file) the file
    is opened `immutable=1`, without locks or change detection. A read-only folder whose
    `-wal` still holds commits cannot be read without missing them: refused. The costs
    are in docs/decisions/0002.
    """
    p = Path(path)
    refuse_folder(p)
    uri = p.resolve().as_uri()
    conn: sqlite3.Connection | None = None
    try:
        try:
            conn = _sqlite(f"{uri}?mode=ro", uri=True)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError as exc:
            if conn is not None:
                conn.close()
            if not exc.sqlite_errorname.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN")):
                raise
            wal = p.with_name(p.name + "-wal")
            if wal.exists() and wal.stat().st_size > 0:
                raise ProjectFileError(
                    p, f"cannot be read in this read-only folder: {wal.name} holds changes "
                    "not yet in the file (open it once where it can be written)") from None
            conn = _sqlite(f"{uri}?immutable=1", uri=True)
        _refuse_foreign(conn, p)
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        raise ProjectFileError(p, f"cannot open as a project database ({exc})") from None
    return Database(conn)


def can_write(path: Path) -> bool:
    """Whether this process may write the file (if it exists) and create files beside it.

    Both are needed: SQLite keeps the WAL (`-wal`, `-shm`) in the file's folder.
    """
    kw = {"effective_ids": True} if os.access in os.supports_effective_ids else {}
    folder = path.parent
    if not os.access(folder, os.W_OK | os.X_OK, **kw):
        return False
    return not path.exists() or os.access(path, os.W_OK, **kw)


def _sqlite(target: str, uri: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(target, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None,
                           check_same_thread=False, uri=uri)
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    return conn


def _refuse_foreign(conn: sqlite3.Connection, path: Path) -> None:
    """One line and nothing written when a newer version of annotator (or another program)
    made the file."""
    reason = refusal(conn, __version__)
    if reason is not None:
        conn.close()
        raise ProjectFileError(path, reason)


class ActionGroup:
    """The change-log group of one outermost `write_transaction`: the id of its first
    `changes` row, None until that row is written (see store/changelog.py)."""

    __slots__ = ("id",)

    def __init__(self) -> None:
        self.id: int | None = None


# The group of each connection that is inside a write_transaction. An entry lives exactly
# as long as the outermost write_transaction on that connection.
_groups: dict[sqlite3.Connection, ActionGroup] = {}


def action_group(db: Database) -> ActionGroup | None:
    """The group the change-log rows written now belong to; None outside any
    write_transaction (a row written there is a group of its own)."""
    return _groups.get(db.conn)


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """All-or-nothing block; nests as a savepoint.

    The outermost one on a connection is one user action: every change-log row written
    inside it, nested blocks included, gets the same `action_group`.
    """
    conn = db.conn
    outermost = conn not in _groups
    if outermost:
        _groups[conn] = ActionGroup()
    try:
        with _transaction(conn):
            yield db
    finally:
        if outermost:
            del _groups[conn]


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    if conn.in_transaction:
        conn.execute("SAVEPOINT nested")
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK TO nested")
            conn.execute("RELEASE nested")
            raise
        conn.execute("RELEASE nested")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
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
