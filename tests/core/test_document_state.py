"""The open document (core/document_state.py): state, changes applied, observers told."""

from __future__ import annotations

from annotator.core.changes import Change
from annotator.core.document_state import Observers, OpenDocument
from annotator.core.types import Argument, Event, Span

TEXT = "قصفت المقاومة قاعدة حرير في أربيل"
LAYER = "amina"


def span(start: int, end: int, label: str, sid: int) -> Span:
    return Span(start, end, label, TEXT[start:end], sid, LAYER, 1)


GROUP, PLACE, TRIGGER = span(5, 13, "ARMED_GROUP", 1), span(28, 33, "GPE", 2), \
    span(0, 4, "ATTACK", 3)
ATTACK = Event("ATTACK", 3, (Argument("Attacker", 1), Argument("Place", 2)), {}, 7, LAYER, 1)


def opened() -> tuple[OpenDocument, list[object]]:
    doc = OpenDocument()
    told: list[object] = []
    doc.opened.connect(lambda d: told.append(("opened", d.id)))
    doc.subscribe(told.append)
    doc.selection.connect(lambda sid: told.append(("selected", sid)))
    doc.open(1, TEXT, LAYER, [PLACE, GROUP, TRIGGER], [ATTACK], title="t", status="new")
    return doc, told


def test_open_replaces_everything_and_tells_once() -> None:
    doc, told = opened()
    assert told == [("opened", 1)]
    assert (doc.id, doc.text, doc.layer, doc.status) == (1, TEXT, LAYER, "new")
    assert [s.id for s in doc.span_list()] == [3, 1, 2]  # text order
    assert doc.event(7) == ATTACK and doc.events_triggered_by(3) == [ATTACK]
    assert doc.roles_of(2) == [(ATTACK, "Place")]
    doc.select(2)
    doc.open(1, TEXT, LAYER, [GROUP], [])
    assert doc.selected is None and list(doc.spans) == [1] and doc.events == {}


def test_apply_adds_removes_and_modifies_then_tells_the_change() -> None:
    doc, told = opened()
    told.clear()
    new = span(14, 19, "FAC", 4)
    added = Change(1, LAYER, spans_added=(new,), status="in_progress", select=4)
    doc.apply(added)
    assert doc.spans[4] == new and doc.status == "in_progress"
    assert told == [added, ("selected", 4)]  # the state holds the span before selection

    relabelled = span(14, 19, "GPE", 4)
    doc.apply(Change(1, LAYER, spans_modified=(relabelled,), select=4))
    assert doc.spans[4].label == "GPE" and doc.selected == 4

    without_place = Event("ATTACK", 3, (Argument("Attacker", 1),), {}, 7, LAYER, 1)
    told.clear()
    deleted = Change(1, LAYER, spans_removed=(PLACE,), events_modified=(without_place,),
                     arguments_removed=((7, "Place", 2),))
    doc.apply(deleted)
    assert 2 not in doc.spans and doc.events[7].arguments == (Argument("Attacker", 1),)
    assert told == [deleted]  # the selection (span 4) stays

    told.clear()
    doc.apply(Change(1, LAYER, spans_removed=(new,)))
    assert doc.selected is None and told[-1] == ("selected", None)  # its span is gone

    doc.apply(Change(1, LAYER, spans_removed=(TRIGGER,), events_removed=(ATTACK,)))
    assert doc.events == {} and set(doc.spans) == {1}


def test_changes_elsewhere_and_failures_leave_the_state_alone() -> None:
    doc, told = opened()
    told.clear()
    other = span(0, 4, "PER", 9)
    for change in (Change(2, LAYER, spans_added=(other,)),  # another document
                   Change(1, "gold", spans_added=(other,), gold=True),  # another layer
                   Change.failed("could not undo", document_id=1)):
        doc.apply(change)
    assert told == [] and 9 not in doc.spans and len(doc.spans) == 3


def test_select_only_spans_of_the_document_and_tell_only_news() -> None:
    doc, told = opened()
    told.clear()
    doc.select(1)
    doc.select(1)
    doc.select(42)  # no such span: nothing selected
    assert told == [("selected", 1), ("selected", None)]
    assert doc.selected_span() is None


def test_unsubscribed_observers_are_not_told() -> None:
    doc, told = opened()
    told.clear()
    doc.unsubscribe(told.append)
    doc.apply(Change(1, LAYER, spans_removed=(GROUP,)))
    assert told == [] and 1 not in doc.spans


def test_observers_may_unsubscribe_while_told() -> None:
    seen: list[int] = []
    obs: Observers[int] = Observers()

    def once(value: int) -> None:
        seen.append(value)
        obs.disconnect(once)

    obs.connect(once)
    obs.connect(seen.append)
    obs.connect(seen.append)  # connected once only
    obs.emit(1)
    obs.emit(2)
    assert seen == [1, 1, 2] and len(obs) == 1


def test_document_labels_are_opened_set_and_cleared_by_changes() -> None:
    doc = OpenDocument()
    doc.open(1, TEXT, LAYER, [], [], doc_labels={"relevance": "partly"})
    told: list[object] = []
    doc.subscribe(told.append)
    change = Change(1, LAYER, doc_labels=(("relevance", None), ("countries", ("iraq",))))
    doc.apply(change)
    assert doc.doc_labels == {"countries": ("iraq",)} and told == [change]
    doc.apply(Change(1, "badr", doc_labels=(("note", "x"),)))  # another layer: not here
    assert doc.doc_labels == {"countries": ("iraq",)}
    doc.close()
    assert doc.doc_labels == {}
