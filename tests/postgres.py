"""One embedded PostgreSQL for the whole test run (pgserver: a real PostgreSQL 16 in a
temporary folder, trust authentication on a Unix socket), and a fresh database per test
with its team project created by `annotator server init`. A plugin of the test run
(tests/conftest.py names it), so the server tests and the window's team tests share one
server; it starts only when a test asks for it.

Roles belong to the whole cluster, so tests may reuse member names; what a member may do
in one database is decided by that database's members table (store/server/migrations.py).
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

_numbers = itertools.count(1)


@dataclass
class Postgres:
    """The session's server: a URI per database and user; restart as after a crash."""

    server: Any
    folder: Path

    def uri(self, database: str = "postgres", user: str = "postgres") -> str:
        base: str = self.server.get_uri(database)
        return base.replace("postgres:@", f"{user}@", 1)

    def _ctl(self, *args: str) -> None:
        from pgserver._commands import pg_ctl

        pg_ctl(["-w", *args], pgdata=self.server.pgdata, user=self.server.system_user)

    def restart(self) -> None:
        """Stop the server at once (no clean shutdown, as a crash) and start it again."""
        self._ctl("-m", "immediate", "restart")

    def stop(self) -> None:
        """Stop at once: the data is thrown away, so no shutdown checkpoint is written."""
        self._ctl("-m", "immediate", "stop")


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    import pgserver  # the test extras bring it
    import psycopg

    # Not under pytest's temporary folder: as root, PostgreSQL runs as the user pgserver,
    # which must reach the folder, and every pytest session that starts (another checkout's
    # too) makes /tmp/pytest-of-root private again.
    base = Path(tempfile.mkdtemp(prefix="annotator-postgres-"))
    base.chmod(0o755)
    folder = base / "data"
    server = pgserver.get_server(folder, cleanup_mode="delete")
    # Each test creates a database; without fsync that is several times faster. A crash
    # of PostgreSQL (the restart above) loses nothing it acknowledged: the WAL is still
    # written at every commit, only not forced to the disk (which only an OS crash needs).
    with psycopg.connect(server.get_uri(), autocommit=True) as conn:
        conn.execute("ALTER SYSTEM SET fsync = off")
        conn.execute("ALTER SYSTEM SET full_page_writes = off")
        conn.execute("SELECT pg_reload_conf()")
    pg = Postgres(server, folder)
    yield pg
    try:
        pg.stop()
        server.cleanup_mode = None  # stopped: pgserver's own (slower) stop is not needed
    except Exception:  # noqa: BLE001  (not running: pgserver's cleanup makes sure)
        pass
    server.cleanup()
    shutil.rmtree(base, ignore_errors=True)


@dataclass
class Team:
    """A test's team project: its own database, initialised by the superuser."""

    postgres: Postgres
    database: str

    def url(self, user: str = "postgres") -> str:
        return self.postgres.uri(self.database, user)

    def connect(self, user: str = "postgres"):  # -> psycopg.Connection
        import psycopg

        return psycopg.connect(self.url(user), autocommit=True)

    def add(self, name: str, role: str) -> None:
        from annotator.store.server import admin

        with self.connect() as conn:
            admin.add_user(conn, name, role)


@pytest.fixture
def team(postgres: Postgres) -> Team:
    import psycopg

    from annotator.core.schema import load_schema
    from annotator.store.server import admin

    database = f"team_{next(_numbers)}"
    with psycopg.connect(postgres.uri(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {database}")
    with psycopg.connect(postgres.uri(database), autocommit=True) as conn:
        admin.init(conn, load_schema(None))
    return Team(postgres, database)


GUARDED_PASSWORD = "s3cret-Pass"


@pytest.fixture
def guarded(team: Team) -> Team:
    """Member `guarded` (annotator) whose password the server checks: one login's line
    in pg_hba.conf asks for scram-sha-256 (the others stay trusted)."""
    hba = team.postgres.folder / "pg_hba.conf"
    line = "local all guarded scram-sha-256\n"
    text = hba.read_text()
    if line not in text:
        hba.write_text(line + text)
    with team.connect() as conn:
        conn.execute("SELECT pg_reload_conf()")
        conn.execute("DROP ROLE IF EXISTS guarded")
        conn.execute(f"CREATE ROLE guarded LOGIN PASSWORD '{GUARDED_PASSWORD}'")
    team.add("guarded", "annotator")
    return team
