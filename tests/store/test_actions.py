"""User actions (store/actions.py): one transaction per action, and the Change it returns.

Checked on a real project file: what the file holds afterwards (read through a second
connection), how many transactions an action opened, and that an action that fails
half-way (a SQLite error raised by a trigger, as a full disk would) leaves nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from annotator.core.adjudication import SPAN
from annotator.core.errors import UserError
from annotator.core.types import GOLD, Argument, DocumentRecord, Event, Span
from annotator.store.repository import Repository

TEXT = "قصفت المقاومة قاعدة حرير في أربيل يوم الأحد وهددت إيران"
USER = "amina"


def at(sub: str) -> tuple[int, int]:
    i = TEXT.index(sub)
    return i, i + len(sub)


@pytest.fixture
def doc(repo: Repository) -> int:
    repo.import_records([DocumentRecord("news-1", TEXT, "عنوان", "test")])
    (doc_id,) = repo.document_ids()
    return doc_id


@pytest.fixture
def other(db_path: Path, repo: Repository) -> Iterator[Repository]:
    """A second connection: what another process sees, i.e. what was committed."""
    r = Repository.open(db_path)
    yield r
    r.close()


@contextmanager
def transactions(repo: Repository) -> Iterator[list[str]]:
    """The statements that began or ended a transaction inside the block."""
    seen: list[str] = []

    def trace(sql: str) -> None:
        head = sql.strip().split()[0].upper() if sql.strip() else ""
        if head in ("BEGIN", "COMMIT", "ROLLBACK"):
            seen.append(head)

    repo.db.conn.set_trace_callback(trace)
    try:
        yield seen
    finally:
        repo.db.conn.set_trace_callback(None)


def fail_on(repo: Repository, table: str, op: str) -> None:
    """Make every `op` (INSERT / DELETE) on `table` fail on this connection."""
    repo.db.execute(f"CREATE TEMP TRIGGER fail_{table}_{op.lower()} BEFORE {op} ON {table} "
                    "BEGIN SELECT RAISE(ABORT, 'disk full'); END")


def state(repo: Repository, doc: int) -> tuple[list[Span], list[Event], int]:
    return repo.spans(doc, USER), repo.events(doc, USER), len(repo.changes())


def attack(repo: Repository, doc: int) -> tuple[Span, Span, Event]:
    """An ATTACK on قصفت with المقاومة as Attacker and أربيل as Place."""
    a = repo.actions
    group = a.add_span(doc, USER, *at("المقاومة"), "ARMED_GROUP").spans_added[0]
    place = a.add_span(doc, USER, *at("أربيل"), "GPE").spans_added[0]
    made = a.add_event(doc, USER, *at("قصفت"), "ATTACK")
    (event,) = made.events_added
    assert event.id is not None and group.id is not None and place.id is not None
    a.add_argument(event.id, "Attacker", group.id)
    a.add_argument(event.id, "Place", place.id)
    return group, place, repo.event(event.id)


def test_add_span_is_one_transaction_and_says_what_changed(repo, other, doc) -> None:
    with transactions(repo) as seen:
        change = repo.actions.add_span(doc, USER, *at("أربيل"), "GPE")
    assert seen == ["BEGIN", "COMMIT"]
    (span,) = change.spans_added
    assert (span.start, span.end, span.label, span.text) == (*at("أربيل"), "GPE", "أربيل")
    assert other.spans(doc, USER) == [span]  # committed: another connection sees it
    assert change.ok and change.document_id == doc and change.layer == USER
    assert change.select == span.id
    assert change.status == "in_progress"  # the first edit starts the document
    assert change.message == "added GPE «أربيل»"
    assert not change.events_changed and not change.gold
    second = repo.actions.add_span(doc, USER, *at("إيران"), "GPE")
    assert second.status is None  # already in progress


def test_a_refused_add_raises_and_writes_nothing(repo, doc) -> None:
    repo.actions.add_span(doc, USER, *at("أربيل"), "GPE")
    before = state(repo, doc)
    with pytest.raises(UserError, match="already"):
        repo.actions.add_span(doc, USER, *at("أربيل"), "GPE")
    with pytest.raises(UserError, match="unknown label"):
        repo.actions.add_span(doc, USER, *at("إيران"), "NOPE")
    assert state(repo, doc) == before


def test_add_event_is_trigger_and_event_together(repo, other, doc) -> None:
    with transactions(repo) as seen:
        change = repo.actions.add_event(doc, USER, *at("قصفت"), "ATTACK")
    assert seen == ["BEGIN", "COMMIT"]
    (trigger,) = change.spans_added
    (event,) = change.events_added
    assert (trigger.label, event.type, event.trigger) == ("ATTACK", "ATTACK", trigger.id)
    assert event.attributes == {"polarity": "positive", "modality": "asserted"}
    assert change.select == trigger.id and change.status == "in_progress"
    assert other.events(doc, USER) == [event]


def test_add_event_killed_half_way_leaves_no_trigger(repo, other, doc) -> None:
    """The trigger span is written, then the event fails: the span goes too."""
    fail_on(repo, "events", "INSERT")
    before = state(other, doc)
    with pytest.raises(Exception, match="disk full"):
        repo.actions.add_event(doc, USER, *at("قصفت"), "ATTACK")
    assert state(other, doc) == before
    assert state(repo, doc) == before
    assert other.status(doc, USER) == "new"


def test_delete_span_takes_its_events_and_roles_and_restore_brings_them_back(
        repo, other, doc) -> None:
    group, place, ev = attack(repo, doc)
    claim = repo.actions.add_event(doc, USER, *at("وهددت"), "THREATEN")
    (threat,) = claim.events_added
    assert threat.id is not None and ev.id is not None
    repo.actions.add_argument(threat.id, "Actor", group.id)
    spans_before, events_before, _ = state(repo, doc)
    uids = {s.id: repo.uid_of("span", s.id) for s in spans_before}
    event_uids = {e.id: repo.uid_of("event", e.id) for e in events_before}

    with transactions(repo) as seen:
        gone = repo.actions.delete_span(group.id)
    assert seen == ["BEGIN", "COMMIT"]
    assert gone.spans_removed == (group,)
    assert gone.events_removed == ()  # المقاومة triggers nothing
    assert gone.arguments_removed == ((ev.id, "Attacker", group.id),
                                      (threat.id, "Actor", group.id))
    assert [(e.id, e.arguments) for e in gone.events_modified] == [
        (ev.id, (Argument("Place", place.id),)), (threat.id, ())]
    assert gone.message == "deleted ARMED_GROUP «المقاومة»"
    assert all(s.id != group.id for s in other.spans(doc, USER))

    # The trigger: its event goes with it (with the arguments it had).
    trigger = repo.span(ev.trigger)
    gone_too = repo.actions.delete_span(ev.trigger)
    assert gone_too.spans_removed == (trigger,)
    assert [e.id for e in gone_too.events_removed] == [ev.id]
    assert gone_too.events_removed[0].arguments == (Argument("Place", place.id),)

    # Undo, newest first: each is one action, and everything is back as it was.
    with transactions(repo) as seen:
        back = repo.actions.restore(gone_too.spans_removed, gone_too.events_removed,
                                    gone_too.arguments_removed)
    assert seen == ["BEGIN", "COMMIT"]
    assert back.spans_added == (trigger,) and back.select == trigger.id
    assert [e.id for e in back.events_added] == [ev.id]
    repo.actions.restore(gone.spans_removed, gone.events_removed, gone.arguments_removed)
    assert other.spans(doc, USER) == spans_before
    assert _same(other.events(doc, USER), events_before)
    assert {s.id: other.uid_of("span", s.id) for s in spans_before} == uids
    assert {e.id: other.uid_of("event", e.id) for e in events_before} == event_uids


def _same(now: list[Event], then: list[Event]) -> bool:
    """Events equal but for the order of their arguments (restored ones come last)."""
    def key(e: Event) -> tuple[object, ...]:
        return (e.id, e.type, e.trigger, sorted((a.role, a.span) for a in e.arguments),
                sorted(e.attributes.items()))
    return sorted(map(key, now)) == sorted(map(key, then))


def test_delete_killed_half_way_keeps_span_event_and_roles(repo, other, doc) -> None:
    """The event is deleted first, then the span delete fails: the event stays."""
    _group, _place, ev = attack(repo, doc)
    before = state(other, doc)
    fail_on(repo, "spans", "DELETE")
    with pytest.raises(Exception, match="disk full"):
        repo.actions.delete_span(ev.trigger)
    assert state(other, doc) == before
    assert repo.deleted_spans(doc) == []


def test_restore_refused_half_way_restores_nothing(repo, other, doc) -> None:
    """The second span of a bundle clashes with a span made since: neither comes back."""
    a = repo.actions
    first = a.add_span(doc, USER, *at("أربيل"), "GPE")
    second = a.add_span(doc, USER, *at("إيران"), "GPE")
    gone = [a.delete_span(c.spans_added[0].id or 0) for c in (first, second)]
    a.add_span(doc, USER, *at("إيران"), "GPE")  # the same span made again
    before = state(other, doc)
    with pytest.raises(UserError, match="already"):
        a.restore([g.spans_removed[0] for g in gone])
    assert state(other, doc) == before


def test_relabel_and_move_change_one_span(repo, other, doc) -> None:
    span = repo.actions.add_span(doc, USER, *at("أربيل"), "GPE").spans_added[0]
    assert span.id is not None
    relabelled = repo.actions.relabel_span(span.id, "LOC")
    assert [(s.id, s.label) for s in relabelled.spans_modified] == [(span.id, "LOC")]
    assert relabelled.select == span.id and not relabelled.spans_added
    assert relabelled.message == "relabelled «أربيل» as LOC"
    s, e = at("أربيل")
    moved = repo.actions.move_span(span.id, s + 1, e)
    assert [(x.start, x.end, x.text) for x in moved.spans_modified] == [(s + 1, e, "ربيل")]
    assert other.span(span.id).text == "ربيل"


def test_relabel_refused_by_a_role_writes_nothing(repo, doc) -> None:
    group, _place, _ev = attack(repo, doc)
    before = state(repo, doc)
    with pytest.raises(UserError, match="does not accept DATE"):
        repo.actions.relabel_span(group.id or 0, "DATE")
    assert state(repo, doc) == before


def test_event_edits_give_the_event_in_its_new_state(repo, doc) -> None:
    group, place, ev = attack(repo, doc)
    assert ev.id is not None and place.id is not None
    removed = repo.actions.remove_argument(ev.id, "Place", place.id)
    assert removed.events_modified[0].arguments == (Argument("Attacker", group.id),)
    added = repo.actions.add_argument(ev.id, "Place", place.id)
    assert added.select == place.id and len(added.events_modified[0].arguments) == 2
    attrs = repo.actions.set_attributes(ev.id, {"mode": "explosive"})
    assert attrs.events_modified[0].attributes == {"mode": "explosive"}
    with pytest.raises(UserError):
        repo.actions.set_attributes(ev.id, {"mode": "bicycle"})
    gone = repo.actions.delete_event(ev.id)
    assert [e.id for e in gone.events_removed] == [ev.id]
    assert repo.span(ev.trigger).label == "ATTACK"  # the trigger span stays
    back = repo.actions.restore((), gone.events_removed)
    assert [e.id for e in back.events_added] == [ev.id]
    assert repo.event(ev.id).attributes == {"mode": "explosive"}


def test_set_status_says_the_new_status(repo, other, doc) -> None:
    change = repo.actions.set_status(doc, USER, "done")
    assert (change.status, change.message) == ("done", "marked done")
    assert other.status(doc, USER) == "done"
    with pytest.raises(UserError, match="unknown status"):
        repo.actions.set_status(doc, USER, "finished")


def test_gold_decisions_are_gold_changes_and_undo_is_one_action(db_path, repo, doc) -> None:
    for user in ("badr", "chadi"):
        r = Repository.open(db_path, user=user)
        r.add_span(doc, user, *at("أربيل"), "GPE")
        r.close()
    review = repo.review(doc)
    (candidate,) = [c for c in review.candidates if c.kind == SPAN]
    change, write = repo.actions.accept_candidate(doc, candidate)
    assert change.gold and change.layer == GOLD and change.document_id == doc
    assert [(s.label, s.text, s.layer) for s in change.spans_added] == [("GPE", "أربيل", GOLD)]
    assert change.status == "in_progress"
    with transactions(repo) as seen:
        undone = repo.actions.undo_gold(write)
    assert seen == ["BEGIN", "COMMIT"]
    assert undone.gold and undone.spans_removed == change.spans_added
    assert repo.spans(doc, GOLD) == []
    redone = repo.actions.redo_gold(write)
    assert [s.id for s in redone.spans_added] == [s.id for s in change.spans_added]
    with pytest.raises(UserError, match="already has everything"):
        repo.actions.accept_unanimous(doc)
    gold_span = repo.spans(doc, GOLD)[0]
    assert gold_span.id is not None
    edited, provenance = repo.actions.edit_gold_span(gold_span.id, gold_span.start,
                                                     gold_span.end, "LOC")
    assert [s.label for s in edited.spans_modified] == ["LOC"] and edited.gold
    reverted = repo.actions.revert_gold_span(gold_span.id, gold_span.start, gold_span.end,
                                             "GPE", provenance)
    assert [s.label for s in reverted.spans_modified] == ["GPE"]
