"""What a layer is offered and what accepting several suggestions at once adds."""

from __future__ import annotations

import pytest

from annotator.core.suggest.gazetteer import Gazetteer
from annotator.core.suggest.offers import (
    GAZETTEER,
    MODEL,
    Labelled,
    Suggested,
    Suggester,
    acceptable,
    describe_origin,
    offered,
    origin_detail,
)

TEXT = "قالت المقاومة الإسلامية في العراق إن واشنطن تتحمل المسؤولية"


def s(start: int, end: int, label: str, *sources: str) -> Suggested:
    return Suggested(start, end, label, TEXT[start:end], sources or (GAZETTEER,))


def at(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def test_a_place_is_labelled_by_its_offsets_or_by_its_label_nearby() -> None:
    group = (*at("المقاومة الإسلامية في العراق"), "ARMED_GROUP")
    labelled = Labelled([group])
    assert labelled.covers(*group[:2], "ORG")  # same place, any label
    assert labelled.covers(*at("الإسلامية في"), "ARMED_GROUP")  # same label overlapping
    assert not labelled.covers(*at("العراق"), "GPE")  # a name nested in another label's
    assert not labelled.covers(*at("واشنطن"), "ARMED_GROUP")
    labelled.add(*at("واشنطن"), "GPE")
    assert labelled.covers(*at("واشنطن"), "GPE")


def test_offered_leaves_out_labelled_and_rejected_ones() -> None:
    iraq, washington = s(*at("العراق"), "GPE"), s(*at("واشنطن"), "GPE")
    group = s(*at("المقاومة الإسلامية في العراق"), "ARMED_GROUP")
    items = [group, iraq, washington]
    assert offered(items, [], []) == items
    assert offered(items, [group.key], []) == [iraq, washington]
    assert offered(items, [], [washington.key]) == [group, iraq]


def test_accepting_together_keeps_nested_names_and_skips_crossing_and_repeated() -> None:
    group = s(*at("المقاومة الإسلامية في العراق"), "ARMED_GROUP", MODEL)
    iraq = s(*at("العراق"), "GPE")
    crossing = s(*at("العراق إن"), "GPE")
    inner_same = s(*at("المقاومة الإسلامية"), "ARMED_GROUP")
    washington = s(*at("واشنطن"), "GPE")
    assert acceptable([group, inner_same, iraq, crossing, washington], []) == [
        group, iraq, washington]
    assert acceptable([group, washington], [washington.key]) == [group]
    # Accepted with one label key, two overlapping places would both be that label.
    assert acceptable([group, iraq], [], label="ORG") == [group]


def test_the_suggester_merges_the_model_and_the_gazetteer() -> None:
    gazetteer = Gazetteer.from_entries([("واشنطن", "GPE"), ("العراق", "GPE"),
                                        ("المسؤولية", "WEAPON")])
    result = Suggester(gazetteer=gazetteer, labels=["GPE"]).suggest(TEXT)
    assert [(x.text, x.sources, x.confidence) for x in result.suggestions] == [
        ("العراق", (GAZETTEER,), None), ("واشنطن", (GAZETTEER,), None)]
    assert result.uncertainty is None
    assert not Suggester()  # nothing to suggest with


def test_provenance_names_the_source_and_the_model_version() -> None:
    assert origin_detail(MODEL, 3) == "model:3"
    assert origin_detail(GAZETTEER) == "gazetteer"
    assert describe_origin("model:3") == "model v3"
    with pytest.raises(ValueError):
        origin_detail("oracle")
    both = Suggested(0, 4, "GPE", "قالت", (MODEL, GAZETTEER), 0.8712, 3)
    assert both.origin_detail == "model:3"
    assert both.describe() == "model v3 0.87, gazetteer"
