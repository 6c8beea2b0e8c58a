"""Schema of the project file. Add a new migration for every change; never edit one."""

from __future__ import annotations

import sqlite3
from functools import cache

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


_TEAMWORK = [
    # A span's and an event's identity across project files (merge): random, kept when a
    # file is copied, never reused. NULL only until the AFTER INSERT trigger fills it.
    "ALTER TABLE spans ADD COLUMN uid TEXT",
    "ALTER TABLE events ADD COLUMN uid TEXT",
    "UPDATE spans SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL",
    "UPDATE events SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL",
    "CREATE UNIQUE INDEX spans_uid ON spans (uid)",
    "CREATE UNIQUE INDEX events_uid ON events (uid)",
    """CREATE TRIGGER spans_uid_default AFTER INSERT ON spans WHEN NEW.uid IS NULL
       BEGIN UPDATE spans SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END""",
    """CREATE TRIGGER events_uid_default AFTER INSERT ON events WHEN NEW.uid IS NULL
       BEGIN UPDATE events SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END""",
    # Which documents each annotator is given (annotator assign).
    """CREATE TABLE assignments (
        document_id INTEGER NOT NULL REFERENCES documents(id),
        annotator TEXT NOT NULL REFERENCES annotators(name),
        assigned_at TEXT NOT NULL,
        PRIMARY KEY (document_id, annotator)
    )""",
    "CREATE INDEX assignments_annotator ON assignments (annotator)",
    # Where a gold span or event came from: which annotators agreed, who decided, how.
    """CREATE TABLE gold_provenance (
        entity TEXT NOT NULL CHECK (entity IN ('span', 'event')),
        entity_id INTEGER NOT NULL,
        agreed_by TEXT NOT NULL DEFAULT '[]',
        decided_by TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        how TEXT NOT NULL,
        PRIMARY KEY (entity, entity_id)
    )""",
]


@migrations()
def m002_teamwork(db: Database) -> None:
    for statement in _TEAMWORK:
        db.execute(statement)


_REVIEW = [
    # A reviewer's decision on a candidate (adjudication.Candidate.key_text) of a
    # document: accepted into gold (kept even when the gold copy is edited later) or
    # rejected (not in gold). Review mode steps over decided candidates.
    """CREATE TABLE review_decisions (
        document_id INTEGER NOT NULL REFERENCES documents(id),
        entity TEXT NOT NULL CHECK (entity IN ('span', 'event')),
        key TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
        decided_by TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        PRIMARY KEY (document_id, entity, key)
    )""",
]


@migrations()
def m003_review(db: Database) -> None:
    for statement in _REVIEW:
        db.execute(statement)


_CHANGE_GROUPS = [
    # The user action a change-log row belongs to: the id of the first row written in the
    # same outermost write transaction (store/changelog.py). NULL for rows written before.
    "ALTER TABLE changes ADD COLUMN action_group INTEGER",
    "CREATE INDEX changes_group ON changes (action_group)",
]


@migrations()
def m004_change_groups(db: Database) -> None:
    for statement in _CHANGE_GROUPS:
        db.execute(statement)


_SEARCH = [
    # The document list's filter (store/search.py): each document's title and external id
    # through the matching view (core.arabic.normalize_for_search), matched with instr()
    # in SQL. NULL until the store has normalized them (a trigger cannot call Python);
    # until then the filter reads those documents' titles itself.
    """CREATE TABLE search_titles (
        document_id INTEGER PRIMARY KEY,
        title TEXT,
        external_id TEXT
    )""",
    "CREATE INDEX search_titles_pending ON search_titles (document_id) WHERE title IS NULL",
    # Find in project: every text's matching view as trigrams, for candidate documents
    # only (the hits are found in the stored text). No copy of the text: its content
    # table is `documents` (so a SELECT reads the stored text), while the index holds
    # what store/search.py inserts, the view; never 'rebuild' it from the content. No
    # positions (detail=none): about a fifth of the texts' size.
    """CREATE VIRTUAL TABLE search_text USING fts5(
        text, tokenize = 'trigram case_sensitive 1', content = 'documents',
        content_rowid = 'id', detail = 'none', columnsize = 0
    )""",
    # Texts not yet in search_text; the search reads them itself until the store has
    # indexed them (the window does it in the background).
    "CREATE TABLE search_pending (document_id INTEGER PRIMARY KEY)",
    """CREATE TRIGGER documents_search AFTER INSERT ON documents BEGIN
        INSERT OR IGNORE INTO search_titles (document_id) VALUES (NEW.id);
        INSERT OR IGNORE INTO search_pending (document_id) VALUES (NEW.id);
    END""",
    """CREATE TRIGGER documents_search_delete AFTER DELETE ON documents BEGIN
        DELETE FROM search_titles WHERE document_id = OLD.id;
        DELETE FROM search_pending WHERE document_id = OLD.id;
    END""",
    "INSERT INTO search_titles (document_id) SELECT id FROM documents",
    "INSERT INTO search_pending (document_id) SELECT id FROM documents",
    # Which layers hold something (Repository.layers) from three index seeks per layer,
    # not a scan of every span.
    "CREATE INDEX spans_layer ON spans (layer)",
    "CREATE INDEX events_layer ON events (layer)",
    "CREATE INDEX document_status_layer ON document_status (layer)",
]


@migrations()
def m006_search(db: Database) -> None:
    for statement in _SEARCH:
        db.execute(statement)
    index_titles(db)


def index_titles(db: Database) -> int:
    """Put the queued titles into the matching view (inside the caller's transaction);
    how many. Here, not in store/search.py, because m006 fills them too."""
    rows = db.execute(
        "SELECT d.id, d.title, d.external_id FROM search_titles s "
        "JOIN documents d ON d.id = s.document_id WHERE s.title IS NULL").fetchall()
    if not rows:
        return 0
    # Imported here: pyarabic takes ~0.1 s to import, which most commands never need.
    from annotator.core.arabic import normalize_for_search as view

    db.conn.executemany(
        "UPDATE search_titles SET title = ?, external_id = ? WHERE document_id = ?",
        [(view(title), view(ext), doc) for doc, title, ext in rows])
    return len(rows)


_SYNC = [
    # A project that syncs with a team server (docs/decisions/0014): one row. server: the
    # connection string without a password; project_id: the server project's identity;
    # pull_cursor: the change sequence read up to (a PostgreSQL xid8, as text); a pull
    # cut short keeps its resume point in pull_partial_*; pushed_change_id: the change
    # log read up to by the last push the server committed.
    """CREATE TABLE sync_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        server TEXT NOT NULL,
        project_id TEXT NOT NULL,
        user TEXT NOT NULL,
        role TEXT NOT NULL,
        pull_cursor TEXT NOT NULL DEFAULT '0',
        pull_partial_cursor TEXT,
        pull_partial_after INTEGER,
        pushed_change_id INTEGER NOT NULL DEFAULT 0,
        last_ok TEXT,
        last_error TEXT,
        last_result TEXT NOT NULL DEFAULT '{}'
    )""",
    # The status and time the server holds for a document and layer, as last pushed or
    # pulled: a status that differs from it is sent (time spent is not in the change log).
    """CREATE TABLE sync_sent_status (
        document_id INTEGER NOT NULL REFERENCES documents(id),
        layer TEXT NOT NULL,
        status TEXT NOT NULL,
        seconds REAL NOT NULL,
        PRIMARY KEY (document_id, layer)
    )""",
    # Finding a deleted span or event by its identity (a pull meeting a local deletion).
    """CREATE INDEX changes_deleted_uid ON changes (json_extract(before, '$.uid'))
       WHERE action IN ('delete_span', 'delete_event')""",
]


@migrations()
def m007_sync(db: Database) -> None:
    for statement in _SYNC:
        db.execute(statement)


_SUGGESTIONS = [
    # How a span with origin 'suggestion' was made: 'label-all', 'gazetteer' or
    # 'model:N' (core/suggest/offers.py). A column of its own: the CHECK on origin
    # already allows 'suggestion', and SQLite cannot change a CHECK in place.
    "ALTER TABLE spans ADD COLUMN origin_detail TEXT NOT NULL DEFAULT ''",
    # Where accepted suggestions are, for agreement without them and merge.
    "CREATE INDEX spans_suggested ON spans (document_id) WHERE origin = 'suggestion'",
    # The project's suggestion models; id is the model version. Only the newest keeps
    # its bytes (CrfModel.to_bytes); older rows keep what they saw and their scores.
    """CREATE TABLE suggestion_models (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        model BLOB,
        trained_on TEXT NOT NULL,
        documents INTEGER NOT NULL,
        tokens INTEGER NOT NULL,
        spans INTEGER NOT NULL,
        info TEXT NOT NULL,
        held_out TEXT,
        trained_at TEXT NOT NULL,
        trained_by TEXT NOT NULL
    )""",
    # Names with labels: lists the user imported (source: the file name) and, under the
    # source '' , the names learned from the done and gold layers (a cache: rebuilt
    # when those layers changed, see store/gazetteers.py).
    # AUTOINCREMENT: ids are never reused, so a list imported again changes the
    # gazetteers' version (store/gazetteers.py) and the suggestions are made again.
    """CREATE TABLE gazetteer_entries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        key TEXT NOT NULL,
        name TEXT NOT NULL,
        label TEXT NOT NULL,
        source TEXT NOT NULL,
        added_at TEXT NOT NULL,
        UNIQUE (source, key)
    )""",
    # Suggestions computed for a document (not per layer: each layer filters them with
    # its spans and rejections). version says what made them (model and gazetteers), so
    # stale ones are computed again.
    """CREATE TABLE suggestions (
        document_id INTEGER NOT NULL REFERENCES documents(id),
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        label TEXT NOT NULL,
        text TEXT NOT NULL,
        sources TEXT NOT NULL,
        confidence REAL,
        model_version INTEGER,
        PRIMARY KEY (document_id, start, end, label)
    )""",
    """CREATE TABLE suggestion_documents (
        document_id INTEGER PRIMARY KEY REFERENCES documents(id),
        version TEXT NOT NULL,
        model_version INTEGER,
        uncertainty REAL,
        computed_at TEXT NOT NULL
    )""",
    # A suggestion an annotator rejected in a document: never offered to that layer there
    # again (start, end, label as suggested).
    """CREATE TABLE suggestion_rejections (
        document_id INTEGER NOT NULL REFERENCES documents(id),
        layer TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        label TEXT NOT NULL,
        rejected_at TEXT NOT NULL,
        rejected_by TEXT NOT NULL,
        PRIMARY KEY (document_id, layer, start, end, label)
    )""",
]


@migrations()
def m008_suggestions(db: Database) -> None:
    for statement in _SUGGESTIONS:
        db.execute(statement)


_DOCUMENT_LABELS = [
    # Document-level labels (the schema's [[document_fields]]): one value per document,
    # layer and field, as JSON (a value name, a list of names, or text). NULL is a field
    # cleared: the row stays, so merge can tell a newer clearing from an older value.
    """CREATE TABLE document_labels (
        document_id INTEGER NOT NULL REFERENCES documents(id),
        layer TEXT NOT NULL REFERENCES annotators(name),
        field TEXT NOT NULL,
        value TEXT,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        PRIMARY KEY (document_id, layer, field)
    )""",
    "CREATE INDEX document_labels_layer ON document_labels (layer, field)",
]


@migrations()
def m009_document_labels(db: Database) -> None:
    for statement in _DOCUMENT_LABELS:
        db.execute(statement)


def apply(db: Database) -> None:
    migrations.apply(db)


@cache
def _this_version() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """This version's migration names, and every table (and view) with its columns.

    Built by migrating an empty in-memory project, so what a project of this version holds
    is never written twice (once as migrations, once by hand) and cannot drift.
    """
    db = Database(memory=True)
    try:
        names = frozenset(m.name for m in migrations.pending(db))
        migrations.apply(db)
        return names, _tables(db.conn)
    finally:
        db.close()


def _tables(conn: sqlite3.Connection) -> dict[str, frozenset[str]]:
    """Tables and views of a file with their column names; SQLite's own tables left out."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
        "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")]
    return {name: frozenset(r[0] for r in conn.execute(
        "SELECT name FROM pragma_table_info(?)", [name])) for name in names}


def refusal(conn: sqlite3.Connection, version: str) -> str | None:
    """Why this version must not touch the file, or None (a project of it, or an older one).

    Only reads: run it before anything is written to a file, pending migrations and
    pragmas included. `version` is this program's, named in the message.
    """
    found = _tables(conn)
    if found and "project" not in found:
        return "not an annotator project file"
    unknown = _unknown_here(found, conn)
    if unknown is not None:
        return (f"made by a newer version of annotator: upgrade annotator to open it "
                f"({unknown} is unknown to annotator {version})")
    return None


def _unknown_here(found: dict[str, frozenset[str]], conn: sqlite3.Connection) -> str | None:
    """What in the file this version does not know (a newer version made it), or None.

    Unknown are: an applied migration this version does not have, a table or view its
    migrations do not create, a column they do not create. A file that is merely older
    (fewer migrations, tables and columns) is known: it gets upgraded.
    """
    known, expected = _this_version()
    if migrations.migrations_table in found:
        for migration_set, name in conn.execute(
            f"SELECT migration_set, name FROM {migrations.migrations_table} ORDER BY rowid"
        ):
            if migration_set != migrations.name or name not in known:
                return f"migration {name}"
    for table, columns in found.items():
        if table == migrations.migrations_table:
            continue  # sqlite-utils' own bookkeeping; its migrations are checked above
        if table not in expected:
            return f"table {table}"
        extra = sorted(columns - expected[table])
        if extra:
            return f"column {table}.{extra[0]}"
    return None
