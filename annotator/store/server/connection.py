"""Connecting to a team server: credentials the PostgreSQL way, one-line errors, versions.

The URL is anything libpq takes (`postgresql://user@host/db?sslmode=require` or
`host=... dbname=...` or `service=team`); libpq itself finds the password in the URL,
`PGPASSWORD`, `~/.pgpass` or the service file. When the server asks for a password and
none was found, `prompt` (the command line passes one on a terminal) is asked once. The
password is never stored: `public_url` is the URL without it, which is what a project
remembers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import errors
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from annotator import __version__
from annotator.core.errors import UserError
from annotator.store.server.migrations import known

Prompt = Callable[[str], str]
CONNECT_TIMEOUT_SECONDS = 10


class ServerError(UserError):
    """The team server cannot be used for this (unreachable, refused, not permitted)."""


class NotPermitted(ServerError):
    """PostgreSQL refused a read or write to this member's role (grants or row security)."""


def public_url(url: str) -> str:
    """The connection string without any password (what may be shown and remembered)."""
    try:
        params = conninfo_to_dict(url)
    except psycopg.ProgrammingError as exc:
        raise ServerError(f"not a PostgreSQL connection URL: {_first_line(exc)}") from None
    params.pop("password", None)
    return make_conninfo(**{k: str(v) for k, v in params.items()})


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    if text.startswith("connection is bad: "):
        text = text[len("connection is bad: "):]
    return " ".join(text.splitlines()[0].split()) if text else type(exc).__name__


def _needs_password(message: str) -> bool:
    return "no password supplied" in message


def open_connection(url: str, prompt: Prompt | None = None) -> psycopg.Connection[Any]:
    """A connection (autocommit: every transaction is an explicit block), or ServerError."""
    shown = public_url(url)
    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_SECONDS,
                               application_name=f"annotator {__version__}")
    except psycopg.OperationalError as exc:
        message = str(exc)
        if _needs_password(message) and prompt is not None:
            user = conninfo_to_dict(url).get("user") or "you"
            password = prompt(f"password for {user} on the team server: ")
            try:
                return psycopg.connect(url, password=password, autocommit=True,
                                       connect_timeout=CONNECT_TIMEOUT_SECONDS,
                                       application_name=f"annotator {__version__}")
            except psycopg.OperationalError as again:
                raise ServerError(_connect_failure(shown, str(again))) from None
        raise ServerError(_connect_failure(shown, message)) from None


def _connect_failure(shown: str, message: str) -> str:
    if "password authentication failed" in message:
        return f"wrong password for the team server ({shown})"
    if _needs_password(message):
        return (f"the team server ({shown}) asks for a password: give it in the URL, "
                "PGPASSWORD, ~/.pgpass or a service file")
    if re.search(r'role "[^"]*" does not exist', message):
        return f"no such user on the team server ({shown}): ask its admin to add you"
    database = re.search(r'database "([^"]*)" does not exist', message)
    if database:
        return (f"the team server has no database {database[1]} ({shown}): check the "
                "database name in the URL")
    return f"cannot reach the team server ({shown}): {_first_line(Exception(message))}"


@dataclass
class TeamServer:
    """An open connection to a team project, with who we are on it."""

    conn: psycopg.Connection[Any]
    url: str  # without password
    user: str
    role: str  # annotator, reviewer or admin ('' for the owner before init)
    project_id: str

    @classmethod
    def connect(cls, url: str, prompt: Prompt | None = None) -> TeamServer:
        """Connect and check the server: initialised, of a version this annotator knows,
        and that we are a member."""
        conn = open_connection(url, prompt)
        try:
            return cls.on(conn, url)
        except BaseException:
            conn.close()
            raise

    @classmethod
    def on(cls, conn: psycopg.Connection[Any], url: str) -> TeamServer:
        """The team server behind an open connection, checked as ``connect`` says. The
        connection can drop even here (the server restarting): that is a ServerError
        like any lost connection, never a traceback."""
        with refusals("asking the team server who we are"):
            row = conn.execute("SELECT current_user").fetchone()
        assert row is not None
        not_member = ServerError(f"{row[0]} is not a member of this team project: ask "
                                 f"its admin to run annotator server add-user {row[0]}")
        try:
            problem = version_problem(conn)
            user, role, project_id = _whoami(conn) if not problem else ("", None, "")
        except NotPermitted:
            raise not_member from None
        if problem:
            raise ServerError(problem)
        if role is None:
            raise not_member
        return cls(conn, public_url(url), user, role, project_id)

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[psycopg.Connection[Any]]:
        """One server transaction; a refusal by PostgreSQL becomes NotPermitted."""
        with refusals(), self.conn.transaction():
            yield self.conn


@contextmanager
def refusals(what: str = "") -> Iterator[None]:
    """PostgreSQL errors as one line: permission (grants, row security) as NotPermitted,
    a lost connection as ServerError."""
    try:
        yield
    except errors.InsufficientPrivilege as exc:
        raise NotPermitted(f"permission denied{': ' + what if what else ''} "
                           f"({_first_line(exc)})") from None
    except psycopg.OperationalError as exc:
        raise ServerError(f"the team server connection failed: {_first_line(exc)}") from None
    except psycopg.Error as exc:
        raise ServerError(f"the team server refused it: {_first_line(exc)}") from None


def applied(conn: psycopg.Connection[Any]) -> list[str] | None:
    """The server's applied migrations; None when it has no team project."""
    with refusals("reading the team server's version"):
        row = conn.execute("SELECT to_regclass('annotator.server_migrations') IS NOT NULL"
                           ).fetchone()
        if not row or not row[0]:
            return None
        return [r[0] for r in conn.execute(
            "SELECT name FROM annotator.server_migrations ORDER BY name")]


def version_problem(conn: psycopg.Connection[Any]) -> str | None:
    """Why this annotator cannot use the server as it is, or None."""
    names = applied(conn)
    if names is None:
        return "no team project on this server: run annotator server init --server URL"
    ours = known()
    newer = [n for n in names if n not in ours]
    if newer:
        return (f"the team server was made by a newer version of annotator: upgrade "
                f"annotator (migration {newer[0]} is unknown to annotator {__version__})")
    if len(names) < len(ours):
        return ("the team server needs upgrading to this version of annotator: its admin "
                "runs annotator server init --server URL")
    return None


def _whoami(conn: psycopg.Connection[Any]) -> tuple[str, str | None, str]:
    with refusals("reading the team project"):
        row = conn.execute(
            "SELECT current_user, annotator.role_of(current_user::text), "
            "(SELECT value FROM annotator.project WHERE key = 'project_id')").fetchone()
    assert row is not None
    return row[0], row[1], row[2] or ""
