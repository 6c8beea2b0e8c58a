"""One embedded PostgreSQL for the whole test run (pgserver: a real PostgreSQL 16 in a
temporary folder, trust authentication on a Unix socket), and a fresh database per test
with its team project created by `annotator server init`.

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

import pgserver  # noqa: E402  (the test extras bring it)
import psycopg  # noqa: E402
import pytest

from tests.clock import StepClock

_numbers = itertools.count(1)


@dataclass
class Postgres:
    """The session's server: a URI per database and user; restart as after a crash."""

    server: object
    folder: Path

    def uri(self, database: str = "postgres", user: str = "postgres") -> str:
        base: str = self.server.get_uri(database)  # type: ignore[attr-defined]
        return base.replace("postgres:@", f"{user}@", 1)

    def restart(self) -> None:
        """Stop the server at once (no clean shutdown, as a crash) and start it again."""
        from pgserver._commands import pg_ctl

        pg_ctl(["-w", "-m", "immediate", "restart"], pgdata=self.server.pgdata,  # type: ignore[attr-defined]
               user=self.server.system_user)  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    # Not under pytest's temporary folder: as root, PostgreSQL runs as the user pgserver,
    # which must reach the folder, and every pytest session that starts (another checkout's
    # too) makes /tmp/pytest-of-root private again.
    base = Path(tempfile.mkdtemp(prefix="annotator-postgres-"))
    base.chmod(0o755)
    folder = base / "data"
    server = pgserver.get_server(folder, cleanup_mode="delete")
    yield Postgres(server, folder)
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
        return psycopg.connect(self.url(user), autocommit=True)

    def add(self, name: str, role: str) -> None:
        from annotator.store.server import admin

        with self.connect() as conn:
            admin.add_user(conn, name, role)


@pytest.fixture
def team(postgres: Postgres) -> Team:
    from annotator.core.schema import load_schema
    from annotator.store.server import admin

    database = f"team_{next(_numbers)}"
    with psycopg.connect(postgres.uri(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {database}")
    with psycopg.connect(postgres.uri(database), autocommit=True) as conn:
        admin.init(conn, load_schema(None))
    return Team(postgres, database)


@pytest.fixture
def clock() -> StepClock:
    """One clock for every project a test opens: each edit is newer than the last."""
    return StepClock()


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The read caches of --server commands go to the test's folder, not ~/.cache."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    monkeypatch.delenv("ANNOTATOR_SERVER", raising=False)
    return folder
