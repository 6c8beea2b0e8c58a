"""Credentials the PostgreSQL way, against a server that really checks passwords (one
login's line in pg_hba.conf asks for scram-sha-256): the URL, PGPASSWORD, a pgpass file,
a service file, a prompt; and the password is never written into the project file."""

from __future__ import annotations

import pytest

from annotator.core.errors import UserError
from annotator.store.server.connection import TeamServer, public_url
from tests.postgres import GUARDED_PASSWORD

PASSWORD = GUARDED_PASSWORD


def connect(url: str, **kw) -> TeamServer:
    server = TeamServer.connect(url, **kw)
    server.close()
    return server


def test_the_password_from_the_url_environment_pgpass_service_or_prompt(
        guarded, tmp_path, monkeypatch):
    url = guarded.url("guarded")
    with pytest.raises(UserError, match="asks for a password: give it in the URL, "
                                        "PGPASSWORD, ~/.pgpass or a service file"):
        connect(url)
    with pytest.raises(UserError, match="wrong password for the team server"):
        connect(url.replace("guarded@", "guarded:wrong@"))
    assert connect(url.replace("guarded@", f"guarded:{PASSWORD}@")).user == "guarded"
    assert connect(url, prompt=lambda _: PASSWORD).user == "guarded"
    with pytest.raises(UserError, match="wrong password"):
        connect(url, prompt=lambda _: "nope")
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    assert connect(url).user == "guarded"
    monkeypatch.delenv("PGPASSWORD")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:{guarded.database}:guarded:{PASSWORD}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    assert connect(url).user == "guarded"
    monkeypatch.delenv("PGPASSFILE")
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[team]\nhost={guarded.postgres.folder}\ndbname={guarded.database}\n"
                        f"user=guarded\npassword={PASSWORD}\n")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    assert connect("service=team").user == "guarded"


def test_the_password_is_never_written_into_the_project(guarded, cli, tmp_path):
    db = tmp_path / "p.db"
    url = guarded.url("guarded").replace("guarded@", f"guarded:{PASSWORD}@")
    r = cli("sync", "--server", url + "&sslmode=disable", "--db", db)
    assert r.returncode == 0, r.stderr
    data = b"".join(p.read_bytes() for p in tmp_path.glob("p.db*"))
    assert PASSWORD.encode() not in data
    assert b"sslmode=disable" in data  # the rest of the URL is remembered
    r = cli("sync", "--db", db, env={"PGPASSWORD": PASSWORD})
    assert r.returncode == 0, r.stderr


def test_a_shown_url_has_no_password():
    assert public_url("postgresql://amina:pw@db.example/team?sslmode=require") == (
        "user=amina dbname=team host=db.example sslmode=require")
    assert "pw" not in public_url("host=h dbname=d user=u password=pw")
    assert public_url("service=team") == "service=team"


def test_a_connection_dropped_while_connecting_is_one_clear_error(team):
    """The server restarting between the login and the first question (seen once in a
    load test as a psycopg traceback) is a ServerError, as any lost connection."""
    import psycopg

    from annotator.store.server.connection import ServerError

    team.add("amina", "annotator")
    url = team.url("amina")
    conn = psycopg.connect(url, autocommit=True)
    pid = conn.info.backend_pid
    with team.connect() as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])
    try:
        with pytest.raises(ServerError, match="the team server connection failed"):
            TeamServer.on(conn, url)
    finally:
        conn.close()
    assert TeamServer.on(psycopg.connect(url, autocommit=True), url).user == "amina"
