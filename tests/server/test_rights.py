"""Who may do what is enforced by PostgreSQL itself (grants and row-level security), not
by annotator: each role connects with plain psycopg and every forbidden read returns
nothing, every forbidden write fails."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors

from tests.conftest import SEED_FILES

SPAN = ("INSERT INTO annotator.spans (uid, document_id, layer, start, \"end\", label, text, "
        "origin, created_at, updated_at) VALUES (%s, %s, %s, 0, 1, 'PER', %s, 'manual', "
        "'2025-01-01', '2025-01-01')")
STATUS = ("INSERT INTO annotator.statuses (document_id, layer, status, updated_at) "
          "VALUES (%s, %s, 'done', '2025-01-01')")
DECISION = ("INSERT INTO annotator.decisions (document_id, entity, key, decision, decided_by, "
            "updated_at) VALUES (%s, 'span', '[0, 1, \"PER\"]', 'accepted', 'x', '2025')")
DOCUMENT = ("INSERT INTO annotator.documents (text_sha256, external_id, title, text, "
            "created_at) VALUES ('x', 'x', 'x', 'x', 'x')")


@pytest.fixture
def project(team, cli):
    """Two documents: the first assigned to amina, the second to badr, each with a span in
    the annotator's layer; rania reviews; lead is the admin."""
    for name, role in (("lead", "admin"), ("amina", "annotator"), ("badr", "annotator"),
                       ("rania", "reviewer")):
        team.add(name, role)
    assert cli("import", *SEED_FILES[:2], "--server", team.url("lead")).returncode == 0
    with team.connect("lead") as conn:
        docs = [r[0] for r in conn.execute("SELECT id FROM annotator.documents ORDER BY id")]
        texts = [r[0] for r in conn.execute("SELECT text FROM annotator.documents ORDER BY id")]
        for doc, name in zip(docs, ("amina", "badr"), strict=True):
            conn.execute("INSERT INTO annotator.assignments VALUES (%s, %s, '2025-01-01')",
                         [doc, name])
        conn.execute(SPAN, [f"a-{docs[0]}", docs[0], "amina", texts[0][0]])
        conn.execute(SPAN, [f"b-{docs[1]}", docs[1], "badr", texts[1][0]])
    return team, docs, texts


def refused(conn: psycopg.Connection, statement: str, args: list | None = None) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        conn.execute(statement, args or [])


def test_an_annotator_reads_only_their_documents_and_writes_only_their_layer(project):
    team, (mine, theirs), texts = project
    with team.connect("amina") as conn:
        assert [r[0] for r in conn.execute("SELECT id FROM annotator.documents")] == [mine]
        assert [r[0] for r in conn.execute("SELECT layer FROM annotator.spans")] == ["amina"]
        assert conn.execute("SELECT count(*) FROM annotator.assignments WHERE "
                            "annotator = 'badr'").fetchone() == (0,)
        conn.execute(SPAN, ["a-new", mine, "amina", texts[0][0]])  # allowed
        conn.execute(STATUS, [mine, "amina"])  # allowed
        refused(conn, SPAN, ["x1", mine, "badr", texts[0][0]])  # another's layer
        refused(conn, SPAN, ["x2", mine, "gold", texts[0][0]])  # gold
        refused(conn, SPAN, ["x3", theirs, "amina", texts[1][0]])  # not assigned
        refused(conn, STATUS, [mine, "badr"])
        refused(conn, STATUS, [theirs, "amina"])
        assert conn.execute("UPDATE annotator.spans SET label = 'ORG' WHERE layer = 'badr'"
                            ).rowcount == 0
        refused(conn, "UPDATE annotator.spans SET layer = 'badr' WHERE layer = 'amina'")
        refused(conn, DOCUMENT)  # only an admin imports
        refused(conn, "INSERT INTO annotator.assignments VALUES (%s, 'amina', 'x')", [theirs])
        refused(conn, "UPDATE annotator.project SET value = 'x' WHERE key = 'schema_toml'")
        refused(conn, "INSERT INTO annotator.members VALUES ('amina2', 'admin')")
        refused(conn, "DELETE FROM annotator.spans")
        refused(conn, "INSERT INTO annotator.conflicts (layer, entity, uid, kept, rejected, by)"
                      " VALUES ('badr', 'span', 'u', '', '', 'badr')")
        refused(conn, DECISION, [mine])  # review decisions are the reviewer's


def test_a_reviewer_reads_every_layer_and_writes_only_gold(project):
    team, (mine, theirs), texts = project
    with team.connect("rania") as conn:
        assert conn.execute("SELECT count(*) FROM annotator.documents").fetchone() == (2,)
        assert sorted(r[0] for r in conn.execute("SELECT layer FROM annotator.spans")) == [
            "amina", "badr"]
        conn.execute(SPAN, ["g-1", mine, "gold", texts[0][0]])  # allowed
        conn.execute(STATUS, [theirs, "gold"])  # allowed
        conn.execute(DECISION, [mine])  # allowed
        assert conn.execute("SELECT count(*) FROM annotator.decisions").fetchone() == (1,)
        refused(conn, SPAN, ["r-1", mine, "amina", texts[0][0]])
        assert conn.execute("UPDATE annotator.spans SET label = 'ORG' WHERE layer = 'amina'"
                            ).rowcount == 0
        refused(conn, DOCUMENT)
        refused(conn, "INSERT INTO annotator.assignments VALUES (%s, 'badr', 'x')", [mine])
        refused(conn, "UPDATE annotator.project SET value = 'x' WHERE key = 'schema_toml'")
        refused(conn, "DELETE FROM annotator.spans")


def test_an_admin_imports_assigns_and_changes_the_schema(project):
    team, (mine, theirs), texts = project
    with team.connect("lead") as conn:
        conn.execute(DOCUMENT)
        conn.execute("INSERT INTO annotator.assignments VALUES (%s, 'badr', 'x')", [mine])
        assert conn.execute("UPDATE annotator.project SET value = value WHERE key = "
                            "'schema_toml'").rowcount == 1


def test_rights_come_from_this_project_not_from_another_on_the_same_server(project, postgres):
    """Group roles are cluster-wide: an admin of another team project is still only an
    annotator here."""
    from annotator.core.schema import load_schema
    from annotator.store.server import admin

    team, (mine, theirs), texts = project
    with psycopg.connect(postgres.uri(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE other_team")
    with psycopg.connect(postgres.uri("other_team"), autocommit=True) as conn:
        admin.init(conn, load_schema(None))
        admin.add_user(conn, "amina", "admin")
    with team.connect("amina") as conn:
        refused(conn, DOCUMENT)
        refused(conn, SPAN, ["x4", theirs, "amina", texts[1][0]])
        assert [r[0] for r in conn.execute("SELECT id FROM annotator.documents")] == [mine]


def test_a_login_that_is_no_member_reads_nothing(project):
    team, _, _ = project
    with team.connect() as conn:
        conn.execute("DROP ROLE IF EXISTS stranger")
        conn.execute("CREATE ROLE stranger LOGIN")
    with team.connect("stranger") as conn:
        refused(conn, "SELECT * FROM annotator.documents")
        refused(conn, "SELECT * FROM annotator.spans")


def test_the_command_line_says_who_may_import(project, cli):
    team, _, _ = project
    r = cli("import", *SEED_FILES[2:], "--server", team.url("amina"))
    assert r.returncode != 0
    assert r.stderr.strip().splitlines() == [
        "error: permission denied: an annotator cannot import documents (only an admin of "
        "the team project can)"]
    r = cli("assign", "--users", "amina", "--server", team.url("rania"))
    assert r.returncode != 0
    assert r.stderr.strip().splitlines() == [
        "error: permission denied: a reviewer cannot assign documents (only an admin of the "
        "team project can)"]


def removes_nothing(conn: psycopg.Connection, statement: str) -> None:
    """Refused by the grants, or (a login that is an admin of another team project on the
    same server holds the admin group's grants) by this project's row security."""
    try:
        assert conn.execute(statement).rowcount == 0
    except errors.InsufficientPrivilege:
        pass


DOC_LABEL = ("INSERT INTO annotator.doc_labels (document_id, layer, field, value, updated_by, "
             "updated_at) VALUES (%s, %s, 'relevance', '\"relevant\"', 'x', '2025-01-01')")


def test_document_labels_an_annotator_writes_their_own_a_reviewer_gold(project):
    """Document labels (issue 16) have the rights of spans: an annotator reads and writes
    only their own layer of their documents, a reviewer reads all and writes gold."""
    team, (mine, theirs), _ = project
    with team.connect("lead") as conn:
        conn.execute(DOC_LABEL, [theirs, "badr"])
    with team.connect("amina") as conn:
        conn.execute(DOC_LABEL, [mine, "amina"])  # allowed
        conn.execute("UPDATE annotator.doc_labels SET value = '\"partly\"' WHERE layer = "
                     "'amina'")  # allowed
        assert [r[0] for r in conn.execute("SELECT layer FROM annotator.doc_labels")] == [
            "amina"]  # badr's are not hers to read
        refused(conn, DOC_LABEL, [mine, "badr"])  # another's layer
        refused(conn, DOC_LABEL, [mine, "gold"])  # gold
        refused(conn, DOC_LABEL, [theirs, "amina"])  # not assigned to her
        assert conn.execute("UPDATE annotator.doc_labels SET value = NULL WHERE layer = "
                            "'badr'").rowcount == 0
        refused(conn, "UPDATE annotator.doc_labels SET layer = 'badr' WHERE layer = 'amina'")
        removes_nothing(conn, "DELETE FROM annotator.doc_labels")
    with team.connect("rania") as conn:
        assert sorted(r[0] for r in conn.execute("SELECT layer FROM annotator.doc_labels")
                      ) == ["amina", "badr"]
        conn.execute(DOC_LABEL, [mine, "gold"])  # allowed
        refused(conn, DOC_LABEL, [theirs, "badr"])  # an annotator's layer
        assert conn.execute("UPDATE annotator.doc_labels SET value = NULL WHERE layer = "
                            "'amina'").rowcount == 0
        removes_nothing(conn, "DELETE FROM annotator.doc_labels")
    with team.connect("lead") as conn:
        assert conn.execute("SELECT count(*) FROM annotator.doc_labels").fetchone() == (3,)
