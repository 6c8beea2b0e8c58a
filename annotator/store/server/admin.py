"""Setting up a team project and what only its admin does: members, schema, documents,
assignments; and the progress everyone may see (within what their role reads).

`init` and `add_user` run as the server's owner (the PostgreSQL role that ran `annotator
server init`, which needs CREATEROLE): creating login roles is PostgreSQL's business.
The other writes are refused by PostgreSQL to anyone but an admin member.
"""

from __future__ import annotations

import json
import secrets
import uuid
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql

from annotator.core.errors import UserError
from annotator.core.schema import Schema
from annotator.core.schema_blockers import schema_blockers
from annotator.core.sync import ROLES, AssignmentRow, DocumentRow, name_problem
from annotator.store.server.connection import ServerError, applied, refusals
from annotator.store.server.migrations import BOOTSTRAP, GROUPS, MIGRATIONS

_LOCK = 4_711_015  # advisory lock: one init at a time


@dataclass
class InitOutcome:
    applied: list[str]
    project_id: str
    created: bool = False  # made now (with the schema given); else it was there


def init(conn: psycopg.Connection[Any], schema: Schema) -> InitOutcome:
    """Create (or upgrade) the team project; the connecting role becomes an admin member.

    Refused, before anything is written, when a newer annotator made the server. A project
    already up to date is only read (an admin member, who may not create schemas, is
    told so rather than refused).
    """
    existing = applied(conn)
    done = existing or []
    unknown = [n for n in done if n not in dict(MIGRATIONS)]
    if unknown:
        raise ServerError(f"the team server was made by a newer version of annotator: "
                          f"upgrade annotator (migration {unknown[0]} is unknown here)")
    missing = [name for name, _ in MIGRATIONS if name not in done]
    if existing is not None and not missing:
        with refusals("reading the team project"):
            row = conn.execute("SELECT value FROM annotator.project "
                               "WHERE key = 'project_id'").fetchone()
        if row is not None:
            return InitOutcome([], row[0])
    if existing is None:
        needs = ("creating the team project needs a role that may create roles and schemas "
                 "(CREATEROLE, the database's owner)")
    else:
        needs = (f"upgrading the team project ({', '.join(missing) or 'its set-up'} to "
                 "apply) needs its owner, the role that first ran annotator server init")
    with refusals(needs), conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [_LOCK])
        for statement in BOOTSTRAP:
            conn.execute(statement)
        done = [r[0] for r in conn.execute("SELECT name FROM annotator.server_migrations")]
        new = []
        for name, statements in MIGRATIONS:
            if name in done:
                continue
            for statement in statements:
                conn.execute(statement)
            conn.execute("INSERT INTO annotator.server_migrations (name) VALUES (%s)", [name])
            new.append(name)
        row = conn.execute("SELECT value FROM annotator.project WHERE key = 'project_id'"
                           ).fetchone()
        project_id = row[0] if row else str(uuid.uuid4())
        if row is None:
            conn.execute("INSERT INTO annotator.project (key, value) VALUES ('project_id', %s)",
                         [project_id])
            _put_schema(conn, schema)
            me = conn.execute("SELECT current_user").fetchone()
            assert me is not None
            conn.execute("INSERT INTO annotator.members (name, role) VALUES (%s, 'admin') "
                         "ON CONFLICT (name) DO NOTHING", [me[0]])
    return InitOutcome(new, project_id, created=row is None)


def add_user(conn: psycopg.Connection[Any], name: str, role: str) -> str | None:
    """Make `name` a member with `role`: a new PostgreSQL login with a random password
    (returned, to be shown once), or an existing role granted (None returned)."""
    problem = name_problem(name)
    if problem:
        raise UserError(problem)
    if role not in ROLES:
        raise UserError(f"unknown role '{role}' (annotator, reviewer or admin)")
    password = None
    with refusals("adding users needs the server's owner (a role with CREATEROLE)"), \
            conn.transaction():
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [name]).fetchone()
        if not exists:
            password = secrets.token_urlsafe(15)
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(name), sql.Literal(password)))
        conn.execute(sql.SQL("GRANT {} TO {}").format(
            sql.Identifier(GROUPS[role]), sql.Identifier(name)))
        conn.execute(
            "INSERT INTO annotator.members (name, role) VALUES (%s, %s) "
            "ON CONFLICT (name) DO UPDATE SET role = excluded.role", [name, role])
    return password


def members(conn: psycopg.Connection[Any]) -> dict[str, str]:
    """name -> role of every member (every member may read this)."""
    with refusals("reading the members"):
        return dict(conn.execute("SELECT name, role FROM annotator.members ORDER BY name"
                                 ).fetchall())


def schema_toml(conn: psycopg.Connection[Any]) -> str:
    with refusals("reading the label schema"):
        row = conn.execute("SELECT value FROM annotator.project WHERE key = 'schema_toml'"
                           ).fetchone()
    return row[0] if row else ""


def _put_schema(conn: psycopg.Connection[Any], schema: Schema) -> None:
    for key, value in (("schema_toml", schema.source), ("schema_name", schema.name),
                       ("schema_version", str(schema.version))):
        conn.execute("INSERT INTO annotator.project (key, value) VALUES (%s, %s) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])


def set_schema(conn: psycopg.Connection[Any], schema: Schema) -> None:
    """Switch the team project's label schema (admin), refused while an annotation on the
    server would be left without its label, role, attribute value or field. Members'
    projects take it at their next sync (operations/sync.py _adopt_schema)."""
    with refusals("an admin changes the schema"), conn.transaction():
        blockers = _schema_blockers(conn, schema)
        if blockers:
            raise UserError("cannot switch schema, existing annotations would be "
                            "orphaned:\n  " + "\n  ".join(blockers))
        _put_schema(conn, schema)


def _schema_blockers(conn: psycopg.Connection[Any], new: Schema) -> list[str]:
    """core.schema_blockers over the team project's live annotations (every layer: an
    admin reads them all)."""
    return schema_blockers(
        new,
        conn.execute("SELECT label, count(*) FROM annotator.spans WHERE NOT deleted "
                     "GROUP BY label ORDER BY label").fetchall(),
        conn.execute("SELECT e.type, a.value ->> 0, count(*) FROM annotator.events e, "
                     "jsonb_array_elements(e.arguments::jsonb) a WHERE NOT e.deleted "
                     "GROUP BY 1, 2 ORDER BY 1, 2").fetchall(),
        [(etype, json.loads(attrs)) for etype, attrs in conn.execute(
            "SELECT DISTINCT type, attributes FROM annotator.events WHERE NOT deleted")],
        [(name, json.loads(value), n) for name, value, n in conn.execute(
            "SELECT field, value, count(*) FROM annotator.doc_labels WHERE value IS NOT "
            "NULL GROUP BY field, value ORDER BY field, value")])


def put_gazetteer(conn: psycopg.Connection[Any], source: str,
                  entries: list[tuple[str, str]], at: str) -> None:
    """The team's name list `source` is now `entries` ((name, label), file order);
    members' projects take it at their next sync. Admin only (PostgreSQL refuses
    anyone else)."""
    with refusals("an admin imports the team's name lists"), conn.transaction():
        conn.execute(
            "INSERT INTO annotator.gazetteers (source, entries, deleted, updated_at) "
            "VALUES (%s, %s, false, %s) ON CONFLICT (source) DO UPDATE SET "
            "entries = excluded.entries, deleted = false, updated_at = excluded.updated_at",
            [source, json.dumps(entries, ensure_ascii=False), at])


def remove_gazetteer(conn: psycopg.Connection[Any], source: str, at: str) -> bool:
    """Remove the team's list `source` (kept as deleted, so members remove it too);
    whether there was one."""
    with refusals("an admin removes the team's name lists"), conn.transaction():
        return conn.execute(
            "UPDATE annotator.gazetteers SET deleted = true, entries = '[]', "
            "updated_at = %s WHERE source = %s AND NOT deleted", [at, source]).rowcount > 0


def gazetteers(conn: psycopg.Connection[Any]) -> list[tuple[str, int]]:
    """(list, names) of the team's name lists."""
    with refusals("reading the team's name lists"):
        return [(source, len(json.loads(entries))) for source, entries in conn.execute(
            "SELECT source, entries FROM annotator.gazetteers WHERE NOT deleted "
            "ORDER BY source")]


def put_documents(conn: psycopg.Connection[Any], docs: list[DocumentRow]) -> dict[str, int]:
    """Store documents not yet on the server (by text SHA-256); sha -> server id of each.
    Runs in the caller's transaction. Admin only (PostgreSQL refuses anyone else)."""
    if docs:
        conn.cursor().executemany(
            "INSERT INTO annotator.documents (text_sha256, external_id, title, text, source, "
            "meta, created_at) VALUES (%s, %s, %s, %s, %s, %s, %s) "
            "ON CONFLICT (text_sha256) DO NOTHING",
            [(d.sha, d.external_id, d.title, d.text, d.source, d.meta, d.created_at)
             for d in docs])
    return document_ids(conn, [d.sha for d in docs])


def document_ids(conn: psycopg.Connection[Any], shas: list[str]) -> dict[str, int]:
    """sha -> server id of the documents this member can see."""
    if not shas:
        return {}
    return {sha: doc_id for doc_id, sha in conn.execute(
        "SELECT id, text_sha256 FROM annotator.documents WHERE text_sha256 = ANY(%s)",
        [list(set(shas))])}


def put_assignments(conn: psycopg.Connection[Any], rows: list[AssignmentRow]) -> int:
    """Add assignments (admin only), in the caller's transaction; how many were new."""
    ids = document_ids(conn, [r.document for r in rows])
    missing = sorted({r.document for r in rows} - ids.keys())
    if missing:
        raise ServerError(f"{len(missing)} document(s) to assign are not on the team server")
    new = 0
    for r in rows:
        cur = conn.execute(
            "INSERT INTO annotator.assignments (document_id, annotator, assigned_at) "
            "VALUES (%s, %s, %s) ON CONFLICT DO NOTHING",
            [ids[r.document], r.annotator, r.assigned_at])
        new += cur.rowcount
    return new


@dataclass(frozen=True)
class MemberProgress:
    """One annotator's documents: assigned, in progress, done (skipped counts as done)."""

    name: str
    assigned: int
    in_progress: int
    done: int


def progress(conn: psycopg.Connection[Any]) -> list[MemberProgress]:
    """Per annotator: documents assigned, in progress and done. An admin or reviewer sees
    every annotator; an annotator sees their own (row security decides)."""
    with refusals("reading progress"):
        rows = conn.execute(
            "SELECT a.annotator, count(*), "
            "count(*) FILTER (WHERE s.status = 'in_progress'), "
            "count(*) FILTER (WHERE s.status IN ('done', 'skipped')) "
            "FROM annotator.assignments a LEFT JOIN annotator.statuses s "
            "ON s.document_id = a.document_id AND s.layer = a.annotator "
            "GROUP BY a.annotator ORDER BY a.annotator").fetchall()
    return [MemberProgress(*r) for r in rows]
