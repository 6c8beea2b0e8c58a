"""Assignments in the project file: stored, logged, topped up, all-or-nothing."""

from __future__ import annotations

import pytest

from annotator.core.errors import UserError
from annotator.core.types import DocumentRecord
from annotator.store.repository import Repository


@pytest.fixture
def docs(repo: Repository) -> list[int]:
    repo.import_records([DocumentRecord(f"n{i}", f"خبر رقم {i}", f"عنوان {i}")
                         for i in range(10)])
    return repo.document_ids()


def snapshot(repo: Repository) -> tuple[list, list, list]:
    return (repo.db.execute("SELECT * FROM assignments ORDER BY 1, 2").fetchall(),
            repo.db.execute("SELECT name, role FROM annotators ORDER BY 1").fetchall(),
            repo.db.execute("SELECT count(*) FROM changes").fetchall())


def test_assign_stores_balanced_assignments_and_logs_them(repo: Repository,
                                                          docs: list[int]) -> None:
    new = repo.assign(["ali", "huda", "omar"], 2, seed=4)
    assert sum(new.values()) == 20 and set(new) == {"ali", "huda", "omar"}
    assert sorted(new.values()) == [6, 7, 7]
    assert repo.assignment_counts() == new
    for doc in docs:
        assert len(repo.assignees(doc)) == 2
    mine = repo.assigned_document_ids("huda")
    assert mine == sorted(mine) and len(mine) == new["huda"]
    assert all("huda" in repo.assignees(d) for d in mine)
    roles = dict(repo.db.execute("SELECT name, role FROM annotators").fetchall())
    assert roles == {"ali": "annotator", "huda": "annotator", "omar": "annotator"}
    log = repo.changes(action="assign")
    assert len(log) == 20
    assert {(c["document_id"], c["after"]["annotator"]) for c in log} == {
        (d, u) for u in new for d in repo.assigned_document_ids(u)}
    assert all(c["user"] == "tester" for c in log)


def test_assign_again_tops_up_and_keeps_what_exists(repo: Repository, docs: list[int]) -> None:
    repo.assign(["ali", "huda"], 1, seed=1)
    before = {d: repo.assignees(d) for d in docs}
    new = repo.assign(["ali", "huda", "omar"], 2, seed=1)
    assert sum(new.values()) == 10  # one more per document
    for d in docs:
        assert set(before[d]) < set(repo.assignees(d)) and len(repo.assignees(d)) == 2
    # Counting both runs, the loads are even: 20 over 3 users.
    assert sorted(repo.assignment_counts().values()) == [6, 7, 7]
    assert repo.assign(["ali", "huda", "omar"], 2, seed=9) == {"ali": 0, "huda": 0, "omar": 0}


def test_same_seed_same_assignment_in_another_project(tmp_path, docs: list[int],
                                                      repo: Repository) -> None:
    other = Repository.open(tmp_path / "other.db")
    try:
        other.import_records([DocumentRecord(f"n{i}", f"خبر رقم {i}", f"عنوان {i}")
                              for i in range(10)])
        repo.assign(["a", "b", "c"], 2, seed=42)
        other.assign(["a", "b", "c"], 2, seed=42)
        assert ({d: repo.assignees(d) for d in docs}
                == {d: other.assignees(d) for d in other.document_ids()})
    finally:
        other.close()


@pytest.mark.parametrize(("users", "n", "message"), [
    (["ali", "huda"], 3, "needs at least 3 users"),
    (["ali", ""], 1, "cannot be empty"),
    (["ali", "gold"], 1, "adjudicated"),
    (["ali", "rev"], 1, "rev: a reviewer"),
])
def test_bad_request_leaves_the_project_unchanged(repo: Repository, docs: list[int],
                                                  users: list[str], n: int,
                                                  message: str) -> None:
    repo.ensure_layer("rev", "reviewer")
    repo.assign(["ali", "huda"], 1, seed=0)
    before = snapshot(repo)
    with pytest.raises(UserError, match=message):
        repo.assign(users, n, seed=0)
    assert snapshot(repo) == before


def test_an_empty_project_has_nothing_to_assign(repo: Repository) -> None:
    with pytest.raises(UserError, match="no documents"):
        repo.assign(["ali", "huda"], 1)
    assert snapshot(repo)[:2] == ([], [])


def test_unassign_all_forgets_assignments_but_the_log_keeps_them(repo: Repository,
                                                                 docs: list[int]) -> None:
    repo.assign(["ali", "huda"], 1, seed=0)
    assert repo.unassign_all() == 10
    assert repo.assignment_counts() == {} and repo.assigned_document_ids("ali") == []
    assert len(repo.changes(action="unassign")) == 10
