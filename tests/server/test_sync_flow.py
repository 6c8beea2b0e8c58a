"""A team's day through the command line: an admin imports and assigns on the server,
annotators sync their own projects, a reviewer sees every layer."""

from __future__ import annotations

from pathlib import Path

from annotator.store.repository import Repository
from tests.conftest import SEED_FILES


def test_import_assign_sync_and_a_second_sync_changes_nothing(team, cli, tmp_path, clock):
    for name, role in (("lead", "admin"), ("amina", "annotator"), ("badr", "annotator"),
                       ("rania", "reviewer")):
        team.add(name, role)
    r = cli("import", *SEED_FILES, "--server", team.url("lead"))
    assert r.returncode == 0, r.stderr
    assert "imported 5 document(s)" in r.stdout
    r = cli("assign", "--users", "amina,badr", "--per-document", "1", "--seed", "1",
            "--server", team.url("lead"))
    assert r.returncode == 0, r.stderr

    amina_db = tmp_path / "amina.db"
    r = cli("sync", "--server", team.url("amina"), "--db", amina_db)
    assert r.returncode == 0, r.stderr
    repo = Repository.open(amina_db, user="amina", clock=clock)
    mine = repo.assigned_document_ids("amina")
    assert repo.document_count() == len(mine) > 0
    doc = mine[0]
    text = repo.document_text(doc)
    start = text.index("إيران") if "إيران" in text else 0
    span = repo.add_span(doc, "amina", start, start + 5, "GPE")
    repo.set_status(doc, "amina", "done")
    repo.close()

    r = cli("sync", "--db", amina_db)  # the server remembered, without a password
    assert r.returncode == 0, r.stderr
    assert "sent 2 change(s)" in r.stdout, r.stdout
    again = cli("sync", "--db", amina_db)
    assert "sent 0 change(s); received 0 document(s), 0 span(s)" in again.stdout, again.stdout

    with team.connect() as conn:
        rows = conn.execute("SELECT layer, start, \"end\", label, text FROM annotator.spans"
                            ).fetchall()
    assert rows == [("amina", span.start, span.end, "GPE", span.text)]

    rania_db = tmp_path / "rania.db"
    r = cli("sync", "--server", team.url("rania"), "--db", rania_db)
    assert r.returncode == 0, r.stderr
    review = Repository.open(rania_db, user="rania")
    assert review.document_count() == 5
    assert [(s.start, s.label) for s in review.spans(
        review.document_id_by_sha(_sha(amina_db, doc)), "amina")] == [(span.start, "GPE")]
    review.close()


def _sha(db: Path, doc: int) -> str:
    repo = Repository.open(db)
    try:
        return repo.document(doc).text_sha256
    finally:
        repo.close()
