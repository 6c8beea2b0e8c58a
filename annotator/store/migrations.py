"""Schema of the project file. Add a new migration for every change; never edit one."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("annotator")

_INITIAL = [
    """CREATE TABLE project (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE labels (
        name TEXT PRIMARY KEY,
        category TEXT NOT NULL CHECK (category IN ('actor', 'location', 'other', 'event')),
        name_ar TEXT NOT NULL,
        name_en TEXT NOT NULL,
        color TEXT NOT NULL,
        hotkey TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        ord INTEGER NOT NULL,
        roles TEXT NOT NULL DEFAULT '[]',
        attributes TEXT NOT NULL DEFAULT '[]'
    )""",
    """CREATE TABLE annotators (
        name TEXT PRIMARY KEY,
        role TEXT NOT NULL DEFAULT 'annotator' CHECK (role IN ('annotator', 'reviewer')),
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        external_id TEXT NOT NULL,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        text_sha256 TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL DEFAULT '',
        meta TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL
    )""",
    # AUTOINCREMENT: a deleted span's id is never reused, so the change log and undo can
    # bring it back under the same id.
    """CREATE TABLE spans (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        layer TEXT NOT NULL REFERENCES annotators(name),
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        label TEXT NOT NULL REFERENCES labels(name),
        text TEXT NOT NULL,
        origin TEXT NOT NULL DEFAULT 'manual'
            CHECK (origin IN ('manual', 'suggestion', 'imported')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (start >= 0 AND end > start AND length(text) = end - start)
    )""",
    "CREATE UNIQUE INDEX spans_identity ON spans (document_id, layer, start, end, label)",
    """CREATE TABLE events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        layer TEXT NOT NULL REFERENCES annotators(name),
        type TEXT NOT NULL REFERENCES labels(name),
        trigger_span_id INTEGER NOT NULL REFERENCES spans(id),
        attributes TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX events_document ON events (document_id, layer)",
    "CREATE INDEX events_trigger ON events (trigger_span_id)",
    """CREATE TABLE event_arguments (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        span_id INTEGER NOT NULL REFERENCES spans(id),
        UNIQUE (event_id, role, span_id)
    )""",
    "CREATE INDEX event_arguments_span ON event_arguments (span_id)",
    """CREATE TABLE document_status (
        document_id INTEGER NOT NULL REFERENCES documents(id),
        layer TEXT NOT NULL REFERENCES annotators(name),
        status TEXT NOT NULL CHECK (status IN ('new', 'in_progress', 'done', 'skipped')),
        seconds REAL NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (document_id, layer)
    )""",
    """CREATE TABLE changes (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        action TEXT NOT NULL,
        document_id INTEGER,
        layer TEXT,
        entity TEXT NOT NULL,
        entity_id INTEGER,
        before TEXT,
        after TEXT
    )""",
    "CREATE INDEX changes_entity ON changes (entity, entity_id)",
    "CREATE INDEX changes_document ON changes (document_id, layer)",
    """CREATE TRIGGER changes_no_update BEFORE UPDATE ON changes
       BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END""",
    """CREATE TRIGGER changes_no_delete BEFORE DELETE ON changes
       BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END""",
]


@migrations()
def m001_initial(db: Database) -> None:
    for statement in _INITIAL:
        db.execute(statement)


def apply(db: Database) -> None:
    migrations.apply(db)
