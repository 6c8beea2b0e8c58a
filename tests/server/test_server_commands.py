"""The local commands on a team server: the same data gives the same bytes, every failure
is one line, and the password is never written into a project."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SEED_FILES

GOLD = Path(__file__).resolve().parents[1] / "data" / "training" / "gold.jsonl"


@pytest.fixture
def lead(team):
    team.add("lead", "admin")
    return team


def test_exports_of_a_server_and_of_a_local_project_are_byte_identical(lead, cli, tmp_path):
    labelled = tmp_path / "labelled.jsonl"  # document labels, suggested spans (issues 14, 16)
    labelled.write_text(json.dumps(
        {"id": "n1", "text": "وصل الوفد إلى بغداد", "layer": "amina", "status": "done",
         "spans": [{"start": 14, "end": 19, "label": "GPE", "origin": "suggestion",
                    "origin_detail": "gazetteer"}],
         "doc_labels": {"relevance": "relevant", "countries": ["iraq"], "note": "عاجل"}},
        ensure_ascii=False) + "\n", encoding="utf-8")
    files = [*SEED_FILES, GOLD, labelled]
    local = tmp_path / "local.db"
    assert cli("import", *files, "--db", local).returncode == 0
    r = cli("import", *files, "--server", lead.url("lead"))
    assert r.returncode == 0 and "imported 8 document(s)" in r.stdout, r.stdout + r.stderr
    for fmt, layer in (("jsonl", "all"), ("jsonl", "gold"), ("doccano", "gold"),
                       ("csv", "all")):
        mine = cli("export", "--format", fmt, "--layer", layer, "--db", local)
        theirs = cli("export", "--format", fmt, "--layer", layer, "--server",
                     lead.url("lead"))
        assert mine.returncode == theirs.returncode == 0, theirs.stderr
        assert mine.stdout_bytes == theirs.stdout_bytes and mine.stdout_bytes, (fmt, layer)
    native = cli("export", "--format", "jsonl", "--layer", "all", "--server",
                 lead.url("lead")).stdout
    assert '"origin_detail": "gazetteer"' in native and '"note": "عاجل"' in native
    mine = cli("stats", "--json", "--db", local)
    theirs = cli("stats", "--json", "--server", lead.url("lead"))
    assert mine.stdout == theirs.stdout
    again = cli("import", *files, "--server", lead.url("lead"))
    assert "imported 0 document(s)" in again.stdout and "skipped 8" in again.stdout


def test_the_environment_names_the_server_unless_db_is_given(lead, cli, tmp_path):
    env = {"ANNOTATOR_SERVER": lead.url("lead")}
    assert cli("import", SEED_FILES[0], env=env).returncode == 0
    assert '"documents": 1' in cli("stats", "--json", env=env).stdout
    local = tmp_path / "p.db"
    assert cli("import", *SEED_FILES[:2], "--db", local, env=env).returncode == 0
    assert '"documents": 2' in cli("stats", "--json", "--db", local, env=env).stdout


def one_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert result.returncode != 0 and len(lines) == 1, result.stderr
    return lines[0]


def test_each_failure_is_one_line(lead, cli, tmp_path, postgres):
    gone = postgres.uri("team_nowhere", "lead").replace(
        str(postgres.folder), str(tmp_path / "nothing"))
    assert one_line(cli("sync", "--server", gone, "--db", tmp_path / "a.db")).startswith(
        "error: cannot reach the team server (")
    assert not (tmp_path / "a.db").exists()  # a first sync that failed made no project
    assert one_line(cli("stats", "--server", lead.url("nobody"))).startswith(
        "error: no such user on the team server")
    with lead.connect() as conn:
        conn.execute("DROP ROLE IF EXISTS outsider")
        conn.execute("CREATE ROLE outsider LOGIN")
    assert one_line(cli("stats", "--server", lead.url("outsider"))) == (
        "error: outsider is not a member of this team project: ask its admin to run "
        "annotator server add-user outsider")
    assert "no team project on this server" in one_line(
        cli("stats", "--server", postgres.uri("postgres")))
    with lead.connect() as conn:
        conn.execute("INSERT INTO annotator.server_migrations (name) VALUES ('s999_future')")
    line = one_line(cli("sync", "--server", lead.url("lead"), "--db", tmp_path / "b.db"))
    assert line.startswith("error: the team server was made by a newer version of annotator")
    assert one_line(cli("server", "init", "--server", lead.url())).startswith(
        "error: the team server was made by a newer version of annotator")
    assert one_line(cli("stats", "--server", "postgresql://x:1:2:3")).startswith("error: ")
    assert one_line(cli("sync", "--db", tmp_path / "c.db")) == (
        "error: no team server: give --server URL or set ANNOTATOR_SERVER")


def test_server_init_and_add_user_on_the_command_line(postgres, cli):
    import psycopg

    with psycopg.connect(postgres.uri(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE cli_team")
    url = postgres.uri("cli_team")
    r = cli("server", "init", "--server", url)
    from annotator.store.server.migrations import known

    assert r.returncode == 0
    assert f"team project ready ({', '.join(known())} applied)" in r.stdout
    assert "already up to date" in cli("server", "init", "--server", url).stdout
    with psycopg.connect(postgres.uri(), autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS zaid")
    r = cli("server", "add-user", "zaid", "--role", "annotator", "--server", url)
    assert r.returncode == 0 and "password (shown once" in r.stdout
    r = cli("server", "add-user", "zaid", "--role", "reviewer", "--server", url)
    assert r.stdout.strip() == "zaid (an existing login) is now a member: reviewer"
    assert one_line(cli("server", "add-user", "sync", "--role", "annotator", "--server",
                        url)) == "error: 'sync' is a reserved name (a layer or the sync itself)"
    r = cli("server", "progress", "--server", postgres.uri("cli_team", "zaid"))
    assert r.returncode == 0 and "no documents are assigned yet" in r.stdout


def test_progress_per_annotator(lead, cli, tmp_path):
    for name in ("amina", "badr"):
        lead.add(name, "annotator")
    assert cli("import", *SEED_FILES, "--server", lead.url("lead")).returncode == 0
    assert cli("assign", "--users", "amina,badr", "--per-document", "1", "--seed", "3",
               "--server", lead.url("lead")).returncode == 0
    db = tmp_path / "amina.db"
    assert cli("sync", "--server", lead.url("amina"), "--db", db).returncode == 0
    from annotator.store.repository import Repository

    repo = Repository.open(db, user="amina")
    docs = repo.assigned_document_ids("amina")
    repo.set_status(docs[0], "amina", "done")
    repo.close()
    assert cli("sync", "--db", db).returncode == 0
    from annotator.store.server.admin import progress

    with lead.connect("lead") as conn:
        rows = {r.name: r for r in progress(conn)}
    assert rows["amina"].assigned == len(docs) and rows["amina"].done == 1
    assert rows["amina"].assigned + rows["badr"].assigned == 5
    with lead.connect("amina") as conn:  # an annotator sees their own
        assert [r.name for r in progress(conn)] == ["amina"]
    out = cli("server", "progress", "--server", lead.url("lead")).stdout
    assert out.splitlines()[0].split() == ["annotator", "assigned", "in", "progress", "done"]
