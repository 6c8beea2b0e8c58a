"""Sync as the store sees it: idempotent, resumable, conflicts and deletions as merge
treats them, gold with its provenance. Projects share one stepping clock, so "newer" is
the order the test makes edits in."""

from __future__ import annotations

import pytest

from annotator.core.errors import UserError
from annotator.operations import sync as sync_module
from annotator.operations.sync import sync
from annotator.store import sync_state
from annotator.store.repository import Repository
from annotator.store.server.connection import TeamServer
from tests.conftest import SEED_FILES


@pytest.fixture
def project(team, cli):
    """lead (admin) imported the seeds and gave every document to amina and badr."""
    for name, role in (("lead", "admin"), ("amina", "annotator"), ("badr", "annotator"),
                       ("rania", "reviewer")):
        team.add(name, role)
    assert cli("import", *SEED_FILES, "--server", team.url("lead")).returncode == 0
    assert cli("assign", "--users", "amina,badr", "--per-document", "2",
               "--server", team.url("lead")).returncode == 0
    return team


def run(team, repo: Repository, user: str, **kw):
    server = TeamServer.connect(team.url(user))
    try:
        return sync(repo, server, **kw)
    finally:
        server.close()


def server_spans(team) -> list[tuple]:
    with team.connect() as conn:
        return conn.execute("SELECT uid, layer, start, \"end\", label, deleted FROM "
                            "annotator.spans ORDER BY uid").fetchall()


def local_spans(repo: Repository, layer: str) -> list[tuple]:
    return sorted((repo.uid_of("span", s.id), s.start, s.end, s.label)
                  for d in repo.document_ids() for s in repo.spans(d, layer))


def test_a_pull_cut_short_goes_on_where_it_stopped(project, tmp_path, clock, monkeypatch):
    team = project
    monkeypatch.setattr(sync_module, "PULL_PAGE", 1)
    repo = Repository.open(tmp_path / "rania.db", user="rania", clock=clock)
    pages = []

    def stop_after_two(done: int, total: int) -> None:
        pages.append(done)
        if len(pages) == 2:
            raise KeyboardInterrupt  # as a kill between two pages

    with pytest.raises(KeyboardInterrupt):
        run(team, repo, "rania", progress=stop_after_two)
    assert repo.document_count() == 2
    state = sync_state.load(repo.db)
    assert state is not None and state.pull_partial_after is not None
    result = run(team, repo, "rania")
    assert result.received.documents == 3  # only the rest
    assert repo.document_count() == 5
    assert sync_state.load(repo.db).pull_partial_after is None
    again = run(team, repo, "rania")
    assert (again.sent, again.received.documents, again.received.spans) == (0, 0, 0)


def test_a_push_whose_local_record_was_lost_is_sent_again_and_changes_nothing(
        project, tmp_path, clock, monkeypatch):
    team = project
    repo = Repository.open(tmp_path / "amina.db", user="amina", clock=clock)
    run(team, repo, "amina")
    doc = repo.assigned_document_ids("amina")[0]
    repo.add_span(doc, "amina", 0, 3, "PER")
    real = sync_state.pushed_up_to

    def killed(*args: object) -> None:
        raise KeyboardInterrupt  # killed after the server committed, before the local record

    monkeypatch.setattr(sync_state, "pushed_up_to", killed)
    with pytest.raises(KeyboardInterrupt):
        run(team, repo, "amina")
    stored = server_spans(team)
    assert len(stored) == 1
    monkeypatch.setattr(sync_state, "pushed_up_to", real)
    result = run(team, repo, "amina")
    assert (result.sent, result.sent_unchanged) == (0, 2)  # the span and its status
    assert server_spans(team) == stored
    assert result.waiting == 0


def test_the_newer_edit_wins_and_the_lost_one_is_a_conflict(project, tmp_path, clock):
    """amina works on two machines: the later relabel wins on the server and on both."""
    team = project
    one = Repository.open(tmp_path / "one.db", user="amina", clock=clock)
    two = Repository.open(tmp_path / "two.db", user="amina", clock=clock)
    run(team, one, "amina")
    doc = one.assigned_document_ids("amina")[0]
    span = one.add_span(doc, "amina", 0, 3, "PER")
    run(team, one, "amina")
    run(team, two, "amina")
    doc_two = two.document_id_by_sha(one.document(doc).text_sha256)
    (theirs,) = two.spans(doc_two, "amina")
    one.relabel_span(span.id, "ORG")  # older
    two.relabel_span(theirs.id, "GPE")  # newer
    assert run(team, two, "amina").conflicts == []
    result = run(team, one, "amina")
    assert len(result.conflicts) == 1 and "lost to the newer" in result.conflicts[0]
    assert [s.label for s in one.spans(doc, "amina")] == ["GPE"]
    assert [c["action"] for c in one.changes(action="sync_conflict")] == ["sync_conflict"]
    with project.connect() as conn:
        assert conn.execute("SELECT count(*) FROM annotator.conflicts").fetchone() == (1,)
    assert [r[4] for r in server_spans(team)] == ["GPE"]
    assert run(team, two, "amina").received.spans == 0


def test_a_deletion_travels_and_can_be_restored(project, tmp_path, clock):
    team = project
    one = Repository.open(tmp_path / "one.db", user="amina", clock=clock)
    two = Repository.open(tmp_path / "two.db", user="amina", clock=clock)
    run(team, one, "amina")
    doc = one.assigned_document_ids("amina")[0]
    span = one.add_span(doc, "amina", 0, 3, "PER")
    run(team, one, "amina")
    run(team, two, "amina")
    assert local_spans(two, "amina") == local_spans(one, "amina")
    one.delete_span(span.id)
    run(team, one, "amina")
    assert [r[5] for r in server_spans(team)] == [True]  # a tombstone
    result = run(team, two, "amina")
    assert result.received.deleted == 1
    assert local_spans(two, "amina") == []
    (gone,) = two.deleted_spans()
    two.restore_span(gone)  # under its old identity: the restore travels back
    run(team, two, "amina")
    run(team, one, "amina")
    assert local_spans(one, "amina") == local_spans(two, "amina") != []
    assert [r[5] for r in server_spans(team)] == [False]


def test_an_annotator_gets_only_their_documents_and_layer(project, tmp_path, clock):
    team = project
    badr = Repository.open(tmp_path / "badr.db", user="badr", clock=clock)
    run(team, badr, "badr")
    badr.add_span(badr.assigned_document_ids("badr")[0], "badr", 0, 3, "PER")
    run(team, badr, "badr")
    team.add("chadi", "annotator")
    chadi = Repository.open(tmp_path / "chadi.db", user="chadi", clock=clock)
    run(team, chadi, "chadi")
    assert chadi.document_count() == 0  # nothing assigned yet
    amina = Repository.open(tmp_path / "amina.db", user="amina", clock=clock)
    run(team, amina, "amina")
    assert amina.layers() == []  # badr's layer is not hers to see
    assert set(amina.assigned_document_ids("amina")) == set(amina.document_ids())


def test_a_reviewer_pushes_gold_with_its_provenance(project, tmp_path, clock):
    team = project
    rania = Repository.open(tmp_path / "rania.db", user="rania", clock=clock)
    run(team, rania, "rania")
    doc = rania.document_ids()[0]
    rania.add_manual_gold_span(doc, 0, 3, "PER")
    result = run(team, rania, "rania")
    assert result.sent >= 1
    with team.connect() as conn:
        ((layer, provenance),) = conn.execute(
            "SELECT layer, provenance FROM annotator.spans").fetchall()
    assert layer == "gold" and '"decided_by": "rania"' in provenance
    lead = Repository.open(tmp_path / "lead.db", user="lead", clock=clock)
    run(team, lead, "lead")
    sha = rania.document(doc).text_sha256
    (gold,) = lead.spans(lead.document_id_by_sha(sha), "gold")
    assert lead.provenance("span", gold.id).decided_by == "rania"
    amina = Repository.open(tmp_path / "amina.db", user="amina", clock=clock)
    run(team, amina, "amina")
    assert "gold" not in amina.layers()


def test_a_project_syncs_with_one_server_and_one_member(project, tmp_path, clock):
    team = project
    repo = Repository.open(tmp_path / "amina.db", user="amina", clock=clock)
    run(team, repo, "amina")
    with pytest.raises(UserError, match="this project syncs as amina, not badr"):
        run(team, repo, "badr")


def test_a_reviewers_decisions_reach_their_other_machine_and_an_undo_travels(
        project, tmp_path, clock):
    team = project
    amina = Repository.open(tmp_path / "amina.db", user="amina", clock=clock)
    badr = Repository.open(tmp_path / "badr.db", user="badr", clock=clock)
    run(team, amina, "amina")
    run(team, badr, "badr")
    doc_a = amina.assigned_document_ids("amina")[0]
    sha = amina.document(doc_a).text_sha256
    doc_b = badr.document_id_by_sha(sha)
    amina.add_span(doc_a, "amina", 0, 3, "PER")
    badr.add_span(doc_b, "badr", 0, 3, "ORG")
    amina.set_status(doc_a, "amina", "done")
    badr.set_status(doc_b, "badr", "done")
    run(team, amina, "amina")
    run(team, badr, "badr")

    one = Repository.open(tmp_path / "one.db", user="rania", clock=clock)
    two = Repository.open(tmp_path / "two.db", user="rania", clock=clock)
    run(team, one, "rania")
    doc = one.document_id_by_sha(sha)
    per = next(c for c in one.review(doc).candidates if c.label == "PER")
    write = one.accept_candidate(doc, per)  # and the ORG version rejected
    assert run(team, one, "rania").sent >= 3  # two decisions and the gold span
    result = run(team, two, "rania")
    assert result.received.decisions == 2
    doc_two = two.document_id_by_sha(sha)
    assert two.decisions(doc_two) == one.decisions(doc) == {
        ("span", '[0, 3, "ORG"]'): "rejected", ("span", '[0, 3, "PER"]'): "accepted"}
    assert [s.label for s in two.spans(doc_two, "gold")] == ["PER"]
    assert all(c.decision for c in two.review(doc_two).candidates)  # nothing left open there

    one.undo_gold_write(write)  # withdrawn on one machine: withdrawn on the other
    run(team, one, "rania")
    assert run(team, two, "rania").received.decisions == 2
    assert two.decisions(doc_two) == {} and two.spans(doc_two, "gold") == []
    assert run(team, two, "rania").received.decisions == 0
    with team.connect("amina") as conn:  # decisions are the review's: annotators see none
        assert conn.execute("SELECT count(*) FROM annotator.decisions").fetchone() == (0,)
    with team.connect() as conn:
        assert conn.execute("SELECT count(*) FROM annotator.decisions WHERE decision IS NULL"
                            ).fetchone() == (2,)


def test_a_status_the_server_merged_comes_back_in_the_same_sync(project, tmp_path, clock):
    """The server keeps the newer status and the longer time: a push that lost part of
    its status to the server's must bring the merged one back (not skip it as its own)."""
    team = project
    one = Repository.open(tmp_path / "one.db", user="amina", clock=clock)
    two = Repository.open(tmp_path / "two.db", user="amina", clock=clock)
    run(team, one, "amina")
    run(team, two, "amina")
    doc = one.assigned_document_ids("amina")[0]
    doc_two = two.document_id_by_sha(one.document(doc).text_sha256)
    two.add_time(doc_two, "amina", 100.0)
    run(team, two, "amina")
    one.set_status(doc, "amina", "done")  # newer, but only 10 s here
    one.add_time(doc, "amina", 10.0)
    run(team, one, "amina")
    assert (one.status(doc, "amina"), one.seconds_spent(doc, "amina")) == ("done", 100.0)
    assert run(team, one, "amina").waiting == 0
    run(team, two, "amina")
    assert (two.status(doc_two, "amina"), two.seconds_spent(doc_two, "amina")) == (
        "done", 100.0)
