"""Grouping annotators' layers into candidates and disagreement clusters."""

from __future__ import annotations

from annotator.core.adjudication import (
    EVENT,
    REJECTED,
    SPAN,
    LayerData,
    build_review,
    key_text,
    rivals,
)
from annotator.core.types import Argument, Event, Span

TEXT = "قصفت المقاومة قاعدة حرير في أربيل يوم الأحد"


def span(start: int, end: int, label: str, sid: int) -> Span:
    return Span(start, end, label, TEXT[start:end], sid)


# Offsets by hand: قصفت 0-4, المقاومة 5-13, قاعدة 14-19, حرير 20-24, في 25-27,
# أربيل 28-33, يوم 34-37, الأحد 38-43.
ATTACKER, PLACE, BASE, BASE_LONG = (5, 13, "ARMED_GROUP"), (28, 33, "GPE"), \
    (14, 19, "FAC"), (14, 24, "FAC")


def layer(*keys: tuple[int, int, str], first_id: int = 1) -> LayerData:
    return LayerData([span(*k, sid=first_id + i) for i, k in enumerate(keys)])


def test_unanimous_needs_every_annotator_and_at_least_two() -> None:
    layers = {"amina": layer(ATTACKER, PLACE, BASE),
              "badr": layer(ATTACKER, PLACE, BASE_LONG, first_id=10),
              "chadi": layer(ATTACKER, (28, 33, "LOC"), BASE_LONG, first_id=20)}
    review = build_review(layers, LayerData())
    assert review.annotators == ("amina", "badr", "chadi")
    # Only the attacker is marked identically by all three.
    assert [(c.start, c.end, c.label) for c in review.unanimous] == [ATTACKER]
    assert review.unanimous[0].annotators == ("amina", "badr", "chadi")
    # Two disagreements: the base (FAC short by amina, long by badr and chadi) and the
    # place (GPE by amina and badr, LOC by chadi); each is one cluster of two candidates.
    clusters = [[(c.start, c.end, c.label, c.annotators) for c in cl.candidates]
                for cl in review.clusters]
    assert clusters == [
        [(14, 24, "FAC", ("badr", "chadi")), (14, 19, "FAC", ("amina",))],
        [(28, 33, "GPE", ("amina", "badr")), (28, 33, "LOC", ("chadi",))],
    ]
    assert review.clusters[0].start == 14 and review.clusters[0].end == 24
    # One annotator alone agrees with nobody: nothing is unanimous.
    alone = build_review({"amina": layer(ATTACKER)}, LayerData())
    assert alone.unanimous == [] and len(alone.clusters) == 1


def test_gold_and_decisions_mark_what_is_decided() -> None:
    layers = {"amina": layer(ATTACKER, PLACE), "badr": layer(ATTACKER, (28, 33, "LOC"), BASE,
                                                             first_id=10)}
    gold = LayerData([span(*ATTACKER, sid=100), span(*PLACE, sid=101)])
    decisions = {(SPAN, key_text(BASE)): REJECTED}
    review = build_review(layers, gold, decisions)
    assert review.missing_unanimous == []
    assert review.unanimous[0].gold_id == 100
    by_key = {c.key: c for c in review.candidates}
    assert by_key[PLACE].gold_id == 101 and by_key[PLACE].decided
    assert not by_key[(28, 33, "LOC")].decided
    assert by_key[BASE].decision == REJECTED and by_key[BASE].decided
    # The base cluster is decided, the place cluster has the LOC candidate left.
    assert [(cl.start, cl.open) for cl in review.clusters] == [(14, False), (28, True)]


def test_events_compared_by_trigger_arguments_and_attributes() -> None:
    def with_event(role_key: tuple[int, int, str], polarity: str, base: int) -> LayerData:
        trigger, filler = span(0, 4, "ATTACK", base), span(*role_key, sid=base + 1)
        ev = Event("ATTACK", base, (Argument("Attacker", base + 1),),
                   {"polarity": polarity}, id=base)
        return LayerData([trigger, filler], [ev])

    layers = {"amina": with_event(ATTACKER, "positive", 1),
              "badr": with_event(ATTACKER, "positive", 10),
              "chadi": with_event(PLACE, "positive", 20)}
    review = build_review(layers, LayerData())
    events = [c for c in review.candidates if c.kind == EVENT]
    # Same trigger, two versions: Attacker = المقاومة (amina, badr), = أربيل (chadi).
    assert sorted((c.annotators, c.arguments) for c in events) == [
        (("amina", "badr"), (("Attacker", "المقاومة"),)),
        (("chadi",), (("Attacker", "أربيل"),)),
    ]
    assert not any(c.unanimous for c in events)
    # Triggers are not span candidates of their own.
    assert all(c.label != "ATTACK" for c in review.candidates if c.kind == SPAN)
    # Attribute differences split candidates too.
    layers["chadi"] = with_event(ATTACKER, "negative", 20)
    events = [c for c in build_review(layers, LayerData()).candidates if c.kind == EVENT]
    assert sorted(c.annotators for c in events) == [("amina", "badr"), ("chadi",)]
    layers["chadi"] = with_event(ATTACKER, "positive", 20)
    events = [c for c in build_review(layers, LayerData()).candidates if c.kind == EVENT]
    assert [c.unanimous for c in events] == [True]


def test_overlap_chains_form_one_cluster() -> None:
    # [0,13) and [5,19) overlap, [14,24) overlaps the second: one cluster [0, 24).
    layers = {"amina": layer((0, 13, "ORG"), (14, 24, "FAC")),
              "badr": layer((5, 19, "ORG"), first_id=10)}
    clusters = build_review(layers, LayerData()).clusters
    assert [(cl.start, cl.end, len(cl.candidates)) for cl in clusters] == [(0, 24, 3)]


def test_rivals_are_the_overlapping_versions_of_the_same_kind_in_the_cluster() -> None:
    # A chain: قاعدة [14,19) by amina, قاعدة حرير [14,24) by badr, حرير في [20,27) by
    # chadi. One cluster; the two ends do not overlap, so they are not rivals.
    chain = {"amina": layer(BASE), "badr": layer(BASE_LONG, first_id=10),
             "chadi": layer((20, 27, "FAC"), first_id=20)}
    review = build_review(chain, LayerData())
    (cluster,) = review.clusters
    short, long_, tail = (next(c for c in cluster.candidates if c.key == k)
                          for k in (BASE, BASE_LONG, (20, 27, "FAC")))

    def keys(c):
        return sorted(r.key for r in rivals(review, c))

    assert keys(short) == [BASE_LONG]
    assert keys(tail) == [BASE_LONG]
    assert keys(long_) == [BASE, (20, 27, "FAC")]
    # An event on the same words is not a rival of a span there.
    trigger = span(0, 4, "ATTACK", 30)
    with_event = {"amina": LayerData([span(0, 4, "PER", 31)]),
                  "badr": LayerData([trigger], [Event("ATTACK", 30, (), {}, 1)])}
    review = build_review(with_event, LayerData())
    person = next(c for c in review.candidates if c.kind == SPAN)
    assert rivals(review, person) == []
