"""Gold writes: accept unanimous, accept and reject candidates, provenance, undo and redo."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.adjudication import ACCEPTED, REJECTED
from annotator.core.errors import SpanError, UserError
from annotator.core.types import GOLD, Argument, DocumentRecord
from annotator.store.repository import Repository

TEXT = "قصفت المقاومة قاعدة حرير في أربيل يوم الأحد"
# Offsets by hand: قصفت 0-4, المقاومة 5-13, قاعدة 14-19, حرير 20-24, أربيل 28-33.


@pytest.fixture
def doc(repo: Repository) -> int:
    repo.import_records([DocumentRecord("news-1", TEXT, "عنوان", "test")])
    (doc_id,) = repo.document_ids()
    return doc_id


def annotate(db_path: Path, user: str, doc: int, *spans: tuple[int, int, str],
             attacker: tuple[int, int, str] | None = None) -> None:
    """`user` marks spans in their own layer (and optionally an ATTACK with an Attacker)."""
    r = Repository.open(db_path, user=user)
    try:
        ids = {(s, e, lb): r.add_span(doc, user, s, e, lb).id for s, e, lb in spans}
        if attacker is not None:
            trigger = r.add_span(doc, user, 0, 4, "ATTACK")
            r.add_event(trigger.id, "ATTACK", None, (Argument("Attacker", ids[attacker]),))
    finally:
        r.close()


@pytest.fixture
def three(db_path: Path, repo: Repository, doc: int) -> int:
    """amina, badr, chadi: agree on المقاومة and the ATTACK; differ on the base and place."""
    group, place, base = (5, 13, "ARMED_GROUP"), (28, 33, "GPE"), (14, 19, "FAC")
    annotate(db_path, "amina", doc, group, place, base, attacker=group)
    annotate(db_path, "badr", doc, group, place, (14, 24, "FAC"), attacker=group)
    annotate(db_path, "chadi", doc, group, (28, 33, "LOC"), (14, 24, "FAC"), attacker=group)
    return doc


def gold(repo: Repository, doc: int) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.label) for s in repo.spans(doc, GOLD)]


def test_imported_and_reviewer_layers_are_not_annotators(repo, three) -> None:
    """Only people's layers are versions to adjudicate (core.layers): not the layer of
    imported files, not a reviewer's; so they neither block nor make unanimity."""
    repo.add_span(three, "imported", 14, 19, "FAC")
    repo.ensure_layer("rev", "reviewer")
    repo.add_span(three, "rev", 5, 13, "ORG")
    assert repo.annotators_of(three) == ["amina", "badr", "chadi"]
    assert all("imported" not in c.annotators and "rev" not in c.annotators
               for c in repo.review(three).candidates)
    write = repo.accept_unanimous(three)
    assert (len(write.spans), len(write.events)) == (2, 1)


def test_accept_unanimous_copies_spans_and_events_with_provenance(repo, three) -> None:
    repo.add_time(three, "dawud", 12.0)  # a visit alone does not make dawud an annotator
    assert repo.annotators_of(three) == ["amina", "badr", "chadi"]
    write = repo.accept_unanimous(three)
    # Unanimous: المقاومة [5,13) and the ATTACK trigger [0,4) with its Attacker.
    assert (len(write.spans), len(write.events)) == (2, 1)
    assert gold(repo, three) == [(0, 4, "ATTACK"), (5, 13, "ARMED_GROUP")]
    (ev,) = repo.events(three, GOLD)
    assert [(a.role, repo.span(a.span).text) for a in ev.arguments] == [("Attacker", "المقاومة")]
    assert ev.attributes == {"polarity": "positive", "modality": "asserted"}
    provs = repo.provenances(three)
    assert {(k[0], p.agreed_by, p.decided_by, p.how) for k, p in provs.items()} == {
        ("span", ("amina", "badr", "chadi"), "tester", "unanimous"),
        ("event", ("amina", "badr", "chadi"), "tester", "unanimous"),
    }
    assert repo.status(three, GOLD) == "in_progress"
    # Nothing left to copy: a second run adds nothing.
    again = repo.accept_unanimous(three)
    assert (len(again.spans), len(again.events)) == (0, 0)
    # Open disagreements remain: the base and the place.
    assert [cl.start for cl in repo.review(three).clusters if cl.open] == [14, 28]


def test_accept_reject_undo_redo(repo, three) -> None:
    review = repo.review(three)
    base_cluster, place_cluster = [cl for cl in review.clusters if cl.open]
    long_base = next(c for c in base_cluster.candidates if c.end == 24)
    write = repo.accept_candidate(three, long_base, keep_rivals=True)
    assert gold(repo, three) == [(14, 24, "FAC")]
    ((span, prov),) = write.spans
    assert repo.provenance("span", span.id).agreed_by == ("badr", "chadi")
    assert prov.how == "accepted"
    short = next(c for c in base_cluster.candidates if c.end == 19)
    repo.reject_candidate(three, short)
    decided = repo.review(three)
    assert not next(cl for cl in decided.clusters if cl.start == 14).open
    assert sorted(repo.decisions(three).values()) == [ACCEPTED, REJECTED]
    with pytest.raises(UserError):
        repo.accept_candidate(three, next(c for c in decided.candidates if c.end == 24))

    repo.undo_gold_write(write)
    assert gold(repo, three) == []
    assert repo.provenance("span", span.id) is None
    assert list(repo.decisions(three).values()) == [REJECTED]
    repo.redo_gold_write(write)
    assert repo.span(span.id).text == "قاعدة حرير"  # same id back
    assert repo.provenance("span", span.id) == prov


def test_accepting_a_version_rejects_its_rivals_in_one_write(repo, three) -> None:
    base = next(cl for cl in repo.review(three).clusters if cl.start == 14)
    short, long_ = (next(c for c in base.candidates if c.end == end) for end in (19, 24))
    n_changes = len(repo.changes())
    write = repo.accept_candidate(three, long_)
    assert gold(repo, three) == [(14, 24, "FAC")]
    assert repo.decisions(three) == {("span", long_.key_text): ACCEPTED,
                                     ("span", short.key_text): REJECTED}
    assert not next(cl for cl in repo.review(three).clusters if cl.start == 14).open
    repo.undo_gold_write(write)  # one undo takes back the accept and the rejection
    assert gold(repo, three) == [] and repo.decisions(three) == {}
    repo.redo_gold_write(write)
    assert gold(repo, three) == [(14, 24, "FAC")] and len(repo.decisions(three)) == 2
    assert len(repo.changes()) > n_changes

    # Changing one's mind: accepting the rejected version takes the other out of gold.
    (long_span, long_prov), = write.spans
    change = repo.accept_candidate(three, short)
    assert gold(repo, three) == [(14, 19, "FAC")]
    assert repo.decisions(three) == {("span", long_.key_text): REJECTED,
                                     ("span", short.key_text): ACCEPTED}
    assert [s.id for s, _ in change.removed_spans] == [long_span.id]
    assert repo.provenance("span", long_span.id) is None
    repo.undo_gold_write(change)
    assert gold(repo, three) == [(14, 24, "FAC")]
    assert repo.span(long_span.id).text == "قاعدة حرير"  # same id, same provenance
    assert repo.provenance("span", long_span.id) == long_prov
    assert repo.decisions(three) == {("span", long_.key_text): ACCEPTED,
                                     ("span", short.key_text): REJECTED}
    repo.redo_gold_write(change)
    assert gold(repo, three) == [(14, 19, "FAC")]
    # Pressing accept on the version gold has, with nothing left to decide, is refused.
    with pytest.raises(UserError):
        repo.accept_candidate(three, short)


def test_a_gold_rival_inside_a_gold_event_stays(db_path, repo, doc) -> None:
    group, place = (5, 13, "ARMED_GROUP"), (28, 33, "GPE")
    annotate(db_path, "amina", doc, group, (28, 33, "LOC"), attacker=group)
    annotate(db_path, "chadi", doc, place, attacker=place)
    review = repo.review(doc)
    chadis = next(c for c in review.candidates if c.kind == "event" and c.annotators == (
        "chadi",))
    repo.accept_candidate(doc, chadis)  # brings أربيل GPE into gold as the Attacker
    loc = next(c for c in repo.review(doc).candidates if c.label == "LOC")
    before = (gold(repo, doc), repo.decisions(doc), len(repo.changes()))
    with pytest.raises(UserError, match="part of a gold event"):
        repo.accept_candidate(doc, loc)
    assert (gold(repo, doc), repo.decisions(doc), len(repo.changes())) == before
    repo.accept_candidate(doc, loc, keep_rivals=True)  # keep both, on purpose
    assert (28, 33, "LOC") in gold(repo, doc) and (28, 33, "GPE") in gold(repo, doc)


def test_accepting_an_event_version_replaces_the_gold_one(db_path, repo, doc) -> None:
    group, place = (5, 13, "ARMED_GROUP"), (28, 33, "GPE")
    annotate(db_path, "amina", doc, group, attacker=group)
    annotate(db_path, "chadi", doc, place, attacker=place)
    events = [c for c in repo.review(doc).candidates if c.kind == "event"]
    aminas, chadis = (next(c for c in events if c.annotators == (n,))
                      for n in ("amina", "chadi"))
    repo.accept_candidate(doc, chadis)
    (old,) = repo.events(doc, GOLD)
    write = repo.accept_candidate(doc, aminas)
    (new,) = repo.events(doc, GOLD)
    assert new.trigger == old.trigger  # the same trigger span serves the new version
    assert [(a.role, repo.span(a.span).text) for a in new.arguments] == [
        ("Attacker", "المقاومة")]
    assert repo.decisions(doc)[("event", chadis.key_text)] == REJECTED
    repo.undo_gold_write(write)
    assert repo.events(doc, GOLD) == [old]
    assert repo.provenance("event", old.id).agreed_by == ("chadi",)


def test_edit_keeps_decision_and_marks_provenance(repo, three) -> None:
    place = next(c for c in repo.review(three).candidates if c.label == "GPE")
    ((span, prov),) = repo.accept_candidate(three, place).spans
    before = repo.edit_gold_span(span.id, 28, 33, "LOC")
    assert before == prov
    edited = repo.provenance("span", span.id)
    assert (edited.how, edited.agreed_by, edited.decided_by) == ("edited", ("amina", "badr"),
                                                                 "tester")
    # The GPE candidate stays decided (accepted) although gold now says LOC; LOC (chadi)
    # matches gold, so the place cluster is closed.
    review = repo.review(three)
    assert not next(cl for cl in review.clusters if cl.start == 28).open
    repo.revert_gold_span(span.id, 28, 33, "GPE", before)
    assert gold(repo, three) == [(28, 33, "GPE")] and repo.provenance("span", span.id) == prov
    with pytest.raises(UserError):
        repo.edit_gold_span(repo.spans(three, "amina")[0].id, 5, 13, "PER")


def test_manual_gold_span_and_failed_write_leaves_nothing(repo, three) -> None:
    write = repo.add_manual_gold_span(three, 38, 43, "DATE")
    assert write.spans[0][1].how == "manual" and write.spans[0][1].agreed_by == ()
    n_changes = len(repo.changes())
    with pytest.raises(UserError):
        repo.add_manual_gold_span(three, 38, 43, "ATTACK")
    with pytest.raises(SpanError):
        repo.add_manual_gold_span(three, 38, 43, "DATE")
    assert gold(repo, three) == [(38, 43, "DATE")] and len(repo.changes()) == n_changes


def test_accept_disagreeing_event_brings_its_trigger_and_arguments(db_path, repo, doc) -> None:
    # amina and badr: Attacker = المقاومة [5,13); chadi: Attacker = أربيل [28,33) as GPE.
    group, place = (5, 13, "ARMED_GROUP"), (28, 33, "GPE")
    annotate(db_path, "amina", doc, group, attacker=group)
    annotate(db_path, "badr", doc, group, attacker=group)
    annotate(db_path, "chadi", doc, place, attacker=place)
    review = repo.review(doc)
    assert len(repo.accept_unanimous(doc).spans) == 0  # nothing is unanimous
    (cluster,) = [cl for cl in review.clusters if cl.start == 0]
    chadis = next(c for c in cluster.candidates if c.annotators == ("chadi",))
    write = repo.accept_candidate(doc, chadis)
    (ev,) = repo.events(doc, GOLD)
    assert [(a.role, repo.span(a.span).text) for a in ev.arguments] == [("Attacker", "أربيل")]
    provs = {(p.entity, repo.span(p.entity_id).text if p.entity == "span" else "event"):
             (p.agreed_by, p.how) for p in repo.provenances(doc).values()}
    # The trigger span was marked by all three; the event version by chadi alone.
    assert provs == {("span", "قصفت"): (("amina", "badr", "chadi"), "accepted"),
                     ("span", "أربيل"): (("chadi",), "accepted"),
                     ("event", "event"): (("chadi",), "accepted")}
    repo.undo_gold_write(write)
    assert repo.spans(doc, GOLD) == [] and repo.events(doc, GOLD) == []
    repo.redo_gold_write(write)
    assert repo.events(doc, GOLD)[0].id == ev.id
