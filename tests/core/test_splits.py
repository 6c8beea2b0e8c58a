"""Train/dev/test splits: the spec, reproducibility, sizes, every label in train."""

from __future__ import annotations

import pytest

from annotator.core.errors import UserError
from annotator.core.splits import assign_splits, parse_split, quotas

THREE = {"train": 0.8, "dev": 0.1, "test": 0.1}


def test_parse_keeps_the_order_given() -> None:
    assert parse_split("train=0.8,dev=0.1,test=0.1") == THREE
    assert list(parse_split(" test=0.2 , train=0.8 ")) == ["test", "train"]


@pytest.mark.parametrize("spec, words", [
    ("", "expected e.g."),
    ("train=0.8,,test=0.2", "expected e.g."),
    ("train0.8", "is not NAME=FRACTION"),
    ("train=0.8,valid=0.2", "unknown split 'valid'"),
    ("train=0.5,train=0.5", "'train' is given twice"),
    ("train=abc,test=0.5", "train=abc is not a fraction"),
    ("train=1.5,test=-0.5", "train=1.5 is not a fraction"),
    ("train=nan,test=1", "is not a fraction"),
    ("dev=0.5,test=0.5", "a train fraction above 0 is required"),
    ("train=0.8,test=0.1", "add up to 0.9, not 1"),
])
def test_bad_specs_say_what_is_wrong(spec: str, words: str) -> None:
    with pytest.raises(UserError) as info:
        parse_split(spec)
    assert words in str(info.value) and "\n" not in str(info.value)


def test_quotas_add_up_and_round_by_largest_remainder() -> None:
    # 10 docs: 8 / 1 / 1 exactly. 7 docs: 5.6 / 0.7 / 0.7 -> floors 5/0/0, two left:
    # remainders .6 .7 .7 -> dev and test get one each -> 5/1/1.
    assert quotas(10, THREE) == {"train": 8, "dev": 1, "test": 1}
    assert quotas(7, THREE) == {"train": 5, "dev": 1, "test": 1}
    # 1 doc: train 0.8 has the largest remainder.
    assert quotas(1, THREE) == {"train": 1, "dev": 0, "test": 0}
    assert quotas(0, THREE) == {"train": 0, "dev": 0, "test": 0}
    # train=0.1 of 2 docs: shares 0.2 and 1.8, floors 0 and 1; the left-over document
    # goes to test (remainder .8 > .2) -> 0/2; train still gets one, taken from test.
    assert quotas(2, {"train": 0.1, "test": 0.9})["train"] == 1


def label_sets(n: int) -> list[frozenset[str]]:
    """n documents; PER in all, GPE in every third, LOC in doc 7 only, DATE in 5 and 11."""
    docs = []
    for i in range(n):
        labels = {"PER"}
        if i % 3 == 0:
            labels.add("GPE")
        if i == 7:
            labels.add("LOC")
        if i in (5, 11):
            labels.add("DATE")
        docs.append(frozenset(labels))
    return docs


def test_same_seed_same_split_other_seed_other_split() -> None:
    docs = label_sets(40)
    a = assign_splits(docs, THREE, seed=1).assignment
    assert assign_splits(docs, THREE, seed=1).assignment == a
    assert assign_splits(docs, THREE, seed=2).assignment != a


@pytest.mark.parametrize("seed", range(10))
def test_sizes_follow_the_fractions_and_rare_labels_are_in_train(seed: int) -> None:
    docs = label_sets(40)
    result = assign_splits(docs, THREE, seed)
    assert [result.assignment.count(s) for s in ("train", "dev", "test")] == [32, 4, 4]
    train_labels = set().union(*(docs[i] for i in result.indices("train")))
    assert train_labels == {"PER", "GPE", "LOC", "DATE"}
    assert result.missing_from_train == []


def test_stratified_spread_of_a_frequent_label() -> None:
    # GPE is in docs 0, 3, ..., 39: 14 docs; 10% of 14 = 1.4 for dev and test.
    docs = label_sets(40)
    result = assign_splits(docs, THREE, seed=3)
    gpe = {s: sum("GPE" in docs[i] for i in result.indices(s)) for s in THREE}
    assert gpe["dev"] in (1, 2) and gpe["test"] in (1, 2) and sum(gpe.values()) == 14


def test_labels_that_cannot_all_be_in_train_are_named() -> None:
    # 4 documents with 4 different labels; train=0.5 holds 2 of them.
    docs = [frozenset({x}) for x in ("PER", "GPE", "LOC", "ORG")]
    result = assign_splits(docs, {"train": 0.5, "test": 0.5}, seed=0)
    train = set().union(*(docs[i] for i in result.indices("train")))
    assert len(train) == 2
    assert sorted(result.missing_from_train) == sorted({"PER", "GPE", "LOC", "ORG"} - train)


def test_documents_without_labels_are_split_too() -> None:
    docs = [frozenset()] * 10
    result = assign_splits(docs, THREE, seed=0)
    assert sorted(result.assignment) == ["dev"] + ["test"] + ["train"] * 8
