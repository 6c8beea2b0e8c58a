"""The change log groups each user action's rows, and every time in the file is the clock's.

One action is one outermost write transaction, so the log and undo agree on what one
action was: a delete with the argument it took away is one group, two actions are two.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.core.errors import UserError
from annotator.core.types import GOLD, Argument, DocumentRecord
from annotator.store.db import write_transaction
from annotator.store.repository import Repository
from tests.clock import StepClock

TEXT = "قصفت المقاومة قاعدة حرير في أربيل يوم الأحد"
# قصفت 0-4, المقاومة 5-13, قاعدة 14-19, أربيل 28-33.


@pytest.fixture
def project(db_path: Path, clock: StepClock) -> Repository:
    repo = Repository.open(db_path, user="ali", clock=clock)
    repo.import_records([DocumentRecord("news-1", TEXT, "عنوان", "test")])
    return repo


def groups(repo: Repository, since: int) -> list[list[str]]:
    """The actions of the rows logged after row `since`, one list per group, in order."""
    out: dict[int, list[str]] = {}
    for row in repo.changes():
        if row["id"] > since:
            out.setdefault(row["action_group"], []).append(row["action"])
    return list(out.values())


def last_id(repo: Repository) -> int:
    return max(row["id"] for row in repo.changes())


def test_deleting_a_span_that_fills_a_role_is_one_group(project: Repository) -> None:
    doc = project.document_ids()[0]
    actor = project.add_span(doc, "ali", 5, 13, "ARMED_GROUP")
    trigger = project.add_span(doc, "ali", 0, 4, "ATTACK")
    assert actor.id is not None and trigger.id is not None
    project.add_event(trigger.id, "ATTACK", None, (Argument("Attacker", actor.id),))
    since = last_id(project)
    project.delete_span(actor.id)
    assert groups(project, since) == [["remove_argument", "delete_span"]]
    (first, second) = project.changes()[-2:]
    assert first["action_group"] == second["action_group"] == first["id"]


def test_two_actions_are_two_groups(project: Repository) -> None:
    doc = project.document_ids()[0]
    since = last_id(project)
    span = project.add_span(doc, "ali", 28, 33, "GPE")
    assert span.id is not None
    project.relabel_span(span.id, "LOC")
    assert groups(project, since) == [["add_span"], ["relabel_span"]]


def test_an_action_made_of_several_writes_is_one_group(project: Repository) -> None:
    """What a store action does: one outer transaction around several repository writes
    (they nest as savepoints) logs one group, the event with its arguments included."""
    doc = project.document_ids()[0]
    since = last_id(project)
    with write_transaction(project.db):
        trigger = project.add_span(doc, "ali", 0, 4, "ATTACK")
        actor = project.add_span(doc, "ali", 5, 13, "ARMED_GROUP")
        assert trigger.id is not None and actor.id is not None
        project.add_event(trigger.id, "ATTACK", None, (Argument("Attacker", actor.id),))
    assert groups(project, since) == [["add_span", "add_span", "add_event", "add_argument"]]


def test_a_refused_action_logs_nothing_and_the_next_is_its_own_group(
        project: Repository) -> None:
    doc = project.document_ids()[0]
    since = last_id(project)
    with pytest.raises(UserError), write_transaction(project.db):
        project.add_span(doc, "ali", 28, 33, "GPE")
        project.add_span(doc, "ali", 28, 33, "GPE")  # the same span again: refused
    assert groups(project, since) == []
    project.add_span(doc, "ali", 28, 33, "GPE")
    assert groups(project, since) == [["add_span"]]


def test_a_review_decision_and_its_undo_are_a_group_each(db_path: Path,
                                                         project: Repository) -> None:
    doc = project.document_ids()[0]
    for user in ("amina", "badr"):
        project.add_span(doc, user, 28, 33, "GPE")
        project.set_status(doc, user, "done")
    since = last_id(project)
    write = project.accept_unanimous(doc)
    project.undo_gold_write(write)
    accepted, undone = groups(project, since)
    assert accepted[:1] == ["add_span"] and "review_decision" in accepted
    assert undone[:1] == ["delete_span"] and "review_decision" in undone
    assert project.spans(doc, GOLD) == []


def test_every_time_the_store_writes_comes_from_its_clock(db_path: Path,
                                                          project: Repository,
                                                          clock: StepClock) -> None:
    """Creation, edit, log, status, assignment and review times: none is the wall
    clock's (tests pass a clock instead of sleeping; merge compares these times)."""
    doc = project.document_ids()[0]
    actor = project.add_span(doc, "ali", 5, 13, "ARMED_GROUP")
    trigger = project.add_span(doc, "ali", 0, 4, "ATTACK")
    assert actor.id is not None and trigger.id is not None
    event = project.add_event(trigger.id, "ATTACK", None, (Argument("Attacker", actor.id),))
    assert event.id is not None
    project.set_event_attributes(event.id, {"mode": "explosive"})
    project.move_span(actor.id, 5, 13)
    project.set_status(doc, "ali", "done")
    project.add_time(doc, "ali", 3.0)
    project.assign(["ali", "badr"], 1, seed=1)
    project.add_span(doc, "badr", 5, 13, "ARMED_GROUP")
    project.set_status(doc, "badr", "done")
    project.accept_unanimous(doc)
    project.close()
    columns = {"annotators": "created_at", "documents": "created_at", "spans": "updated_at",
               "events": "updated_at", "document_status": "updated_at", "changes": "at",
               "assignments": "assigned_at", "gold_provenance": "decided_at",
               "review_decisions": "decided_at"}
    with sqlite3.connect(db_path) as conn:
        times = {table: {r[0] for r in conn.execute(f"SELECT {column} FROM {table}")}
                 for table, column in columns.items()}
        times["spans"] |= {r[0] for r in conn.execute("SELECT created_at FROM spans")}
    assert all(times.values()), times  # every table has rows to check
    given = set(clock.given)
    assert {table: t - given for table, t in times.items() if t - given} == {}
