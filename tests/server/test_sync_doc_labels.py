"""Document labels (issue 16) and how a suggested span was made (issue 14) travel through
the team server as spans do: by identity, the newer version wins everywhere, a clearing
travels, a lost local value is a conflict, a second sync changes nothing."""

from __future__ import annotations

import json

import pytest

from annotator.core.types import Origin
from annotator.store.repository import Repository
from tests.server.test_sync_rules import project, run  # noqa: F401  (the fixture)


def server_labels(team) -> list[tuple]:
    with team.connect() as conn:
        return conn.execute("SELECT layer, field, value FROM annotator.doc_labels "
                            "ORDER BY layer, field").fetchall()


@pytest.fixture
def amina_two_machines(project, tmp_path, clock):  # noqa: F811
    team = project
    one = Repository.open(tmp_path / "one.db", user="amina", clock=clock)
    two = Repository.open(tmp_path / "two.db", user="amina", clock=clock)
    run(team, one, "amina")
    run(team, two, "amina")
    doc = one.assigned_document_ids("amina")[0]
    doc_two = two.document_id_by_sha(one.document(doc).text_sha256)
    yield team, one, two, doc, doc_two
    one.close()
    two.close()


def test_document_labels_reach_the_other_machine_and_the_reviewer(amina_two_machines,
                                                                  tmp_path, clock):
    team, one, two, doc, doc_two = amina_two_machines
    one.actions.set_doc_labels(doc, "amina", {"relevance": "relevant",
                                              "countries": ["syria", "iraq"],
                                              "note": "خبر عاجل"})
    result = run(team, one, "amina")
    assert result.sent >= 3 and result.waiting == 0
    assert [(layer, name, json.loads(v)) for layer, name, v in server_labels(team)] == [
        ("amina", "countries", ["iraq", "syria"]), ("amina", "note", "خبر عاجل"),
        ("amina", "relevance", "relevant")]
    got = run(team, two, "amina")
    assert got.received.doc_labels == 3 and "3 document label(s)" in got.line()
    assert two.doc_labels(doc_two, "amina") == one.doc_labels(doc, "amina") == {
        "relevance": "relevant", "countries": ("iraq", "syria"), "note": "خبر عاجل"}
    again = run(team, two, "amina")  # idempotent: nothing sent back, nothing received
    assert (again.sent, again.received.doc_labels) == (0, 0)
    assert run(team, one, "amina").received.doc_labels == 0  # its own, not read back

    rania = Repository.open(tmp_path / "rania.db", user="rania", clock=clock)
    run(team, rania, "rania")
    doc_r = rania.document_id_by_sha(one.document(doc).text_sha256)
    assert rania.doc_labels(doc_r, "amina")["relevance"] == "relevant"
    rania.actions.set_doc_labels(doc_r, "gold", {"relevance": "partly"})
    run(team, rania, "rania")
    lead = Repository.open(tmp_path / "lead.db", user="lead", clock=clock)
    run(team, lead, "lead")
    assert lead.doc_labels(lead.document_id_by_sha(one.document(doc).text_sha256),
                           "gold") == {"relevance": "partly"}
    run(team, one, "amina")
    assert one.doc_labels(doc, "gold") == {}  # gold is not an annotator's to read
    rania.close()
    lead.close()


def test_a_clearing_travels_and_the_newer_value_wins_with_a_conflict(amina_two_machines):
    team, one, two, doc, doc_two = amina_two_machines
    one.actions.set_doc_labels(doc, "amina", {"relevance": "relevant", "note": "x"})
    run(team, one, "amina")
    run(team, two, "amina")
    one.actions.set_doc_labels(doc, "amina", {"note": None})  # cleared on one
    run(team, one, "amina")
    assert run(team, two, "amina").received.doc_labels == 1
    assert two.doc_labels(doc_two, "amina") == {"relevance": "relevant"}

    one.actions.set_doc_labels(doc, "amina", {"relevance": "partly"})  # older
    two.actions.set_doc_labels(doc_two, "amina", {"relevance": "not_relevant"})  # newer
    assert run(team, two, "amina").conflicts == []
    result = run(team, one, "amina")
    assert len(result.conflicts) == 1
    assert "document label relevance" in result.conflicts[0]
    assert "lost to the newer" in result.conflicts[0]
    assert one.doc_labels(doc, "amina") == {"relevance": "not_relevant"}
    assert [c["action"] for c in one.changes(action="sync_conflict")] == ["sync_conflict"]
    assert [json.loads(v) for layer, name, v in server_labels(team) if name == "relevance"
            ] == ["not_relevant"]
    assert run(team, two, "amina").received.doc_labels == 0
    assert run(team, one, "amina").conflicts == []  # reported once


def test_a_suggested_spans_origin_and_how_it_was_made_survive_a_round_trip(
        amina_two_machines):
    team, one, two, doc, doc_two = amina_two_machines
    accepted = one.add_span(doc, "amina", 0, 3, "PER", origin=Origin.SUGGESTION,
                            origin_detail="model:2")
    one.add_span(doc, "amina", 4, 7, "ORG", origin=Origin.SUGGESTION,
                 origin_detail="gazetteer")
    one.add_span(doc, "amina", 8, 10, "GPE")
    run(team, one, "amina")
    with team.connect() as conn:
        assert conn.execute("SELECT start, origin, origin_detail FROM annotator.spans "
                            "ORDER BY start").fetchall() == [
            (0, "suggestion", "model:2"), (4, "suggestion", "gazetteer"), (8, "manual", "")]
    run(team, two, "amina")

    def made(repo, d):
        return [(s.start, s.label, s.origin, s.origin_detail) for s in repo.spans(d, "amina")]

    assert made(two, doc_two) == made(one, doc) == [
        (0, "PER", "suggestion", "model:2"), (4, "ORG", "suggestion", "gazetteer"),
        (8, "GPE", "manual", "")]
    one.relabel_span(accepted.id, "ORG")  # an accepted suggestion relabelled keeps its origin
    run(team, one, "amina")
    run(team, two, "amina")
    assert made(two, doc_two)[0] == (0, "ORG", "suggestion", "model:2")
    one.delete_span(accepted.id)
    run(team, one, "amina")
    run(team, two, "amina")
    (gone,) = two.deleted_spans()
    two.restore_span(gone)  # restored under its identity, with how it was made
    run(team, two, "amina")
    run(team, one, "amina")
    assert made(one, doc)[0] == (0, "ORG", "suggestion", "model:2")


def test_an_admin_imports_document_labels_onto_the_server(team, cli, tmp_path, clock):
    team.add("lead", "admin")
    team.add("amina", "annotator")
    record = {"id": "n1", "text": "وصل الوفد إلى بغداد", "layer": "amina", "status": "done",
              "spans": [{"start": 14, "end": 19, "label": "GPE"}],
              "doc_labels": {"relevance": "relevant", "countries": ["iraq"]}}
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    r = cli("import", str(path), "--server", team.url("lead"))
    assert r.returncode == 0, r.stderr
    assert [(layer, name, json.loads(v)) for layer, name, v in server_labels(team)] == [
        ("amina", "countries", ["iraq"]), ("amina", "relevance", "relevant")]
    assert cli("assign", "--users", "amina", "--per-document", "1",
               "--server", team.url("lead")).returncode == 0
    amina = Repository.open(tmp_path / "amina.db", user="amina", clock=clock)
    run(team, amina, "amina")
    (doc,) = amina.document_ids()
    assert amina.doc_labels(doc, "amina") == {"relevance": "relevant", "countries": ("iraq",)}
    amina.close()


def test_a_team_project_of_the_previous_version_is_upgraded_by_server_init(
        postgres, cli, tmp_path, clock, monkeypatch):
    """A server made before document labels (s001-s003) with spans on it: refused until its
    admin runs `server init`, which adds s004; the old spans keep their content."""
    import psycopg

    from annotator.core.schema import load_schema
    from annotator.core.textio import text_digest
    from annotator.store.server import admin
    from annotator.store.server.migrations import MIGRATIONS

    with psycopg.connect(postgres.uri(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE before_labels")
    url = postgres.uri("before_labels")
    with monkeypatch.context() as m, psycopg.connect(url, autocommit=True) as conn:
        m.setattr(admin, "MIGRATIONS", MIGRATIONS[:3])
        admin.init(conn, load_schema(None))
        admin.add_user(conn, "amina", "annotator")
        conn.execute("INSERT INTO annotator.documents (text_sha256, external_id, title, "
                     "text, created_at) VALUES (%s, 'n1', 't', 'نص', '2025')",
                     [text_digest("نص")])
        conn.execute("INSERT INTO annotator.assignments SELECT id, 'amina', '2025' FROM "
                     "annotator.documents")
        conn.execute("INSERT INTO annotator.spans (uid, document_id, layer, start, \"end\", "
                     "label, text, origin, created_at, updated_at) SELECT 'old', id, "
                     "'amina', 0, 2, 'PER', 'نص', 'manual', '2025', '2025' FROM "
                     "annotator.documents")
    member = postgres.uri("before_labels", "amina")
    r = cli("sync", "--server", member, "--db", tmp_path / "amina.db")
    assert r.returncode != 0 and r.stderr.strip().splitlines() == [
        "error: the team server needs upgrading to this version of annotator: its admin "
        "runs annotator server init --server URL"]
    r = cli("server", "init", "--server", url)
    assert r.returncode == 0, r.stderr
    with psycopg.connect(url, autocommit=True) as conn:
        assert [r[0] for r in conn.execute(  # s004 and every later one
            "SELECT name FROM annotator.server_migrations ORDER BY name")] == \
            [name for name, _ in MIGRATIONS]
        assert conn.execute("SELECT uid, label, origin, origin_detail FROM annotator.spans"
                            ).fetchall() == [("old", "PER", "manual", "")]
    r = cli("sync", "--server", member, "--db", tmp_path / "amina.db")
    assert r.returncode == 0, r.stderr
    amina = Repository.open(tmp_path / "amina.db", user="amina", clock=clock)
    (doc,) = amina.document_ids()
    assert [(s.label, s.text) for s in amina.spans(doc, "amina")] == [("PER", "نص")]
    amina.close()
