"""Train/dev/test splits by document: parsed from a spec, reproducible, stratified by label.

Whole documents go to one split, so no text is seen in training and in evaluation.
The assignment depends only on the documents' order, their label sets, the fractions
and the seed, so the same project and seed give the same split on every machine.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from annotator.core.errors import UserError

SPLIT_NAMES = ("train", "dev", "test")
DEFAULT_SPLIT = "train=0.8,dev=0.1,test=0.1"


class SplitSpecError(UserError):
    """A --split value that cannot be read."""


def parse_split(spec: str) -> dict[str, float]:
    """`"train=0.8,dev=0.1,test=0.1"` -> {"train": 0.8, "dev": 0.1, "test": 0.1}.

    Names are train, dev and test (train required, each at most once); fractions are
    numbers between 0 and 1 that add up to 1. Order follows the spec.
    """
    fractions: dict[str, float] = {}
    parts = [p.strip() for p in spec.split(",")]
    if not spec.strip() or any(not p for p in parts):
        raise SplitSpecError(f"bad --split '{spec}': expected e.g. {DEFAULT_SPLIT}")
    for part in parts:
        name, sep, value = (x.strip() for x in part.partition("="))
        if not sep:
            raise SplitSpecError(f"bad --split '{spec}': '{part}' is not NAME=FRACTION")
        if name not in SPLIT_NAMES:
            raise SplitSpecError(f"bad --split '{spec}': unknown split '{name}' "
                                 f"(use {', '.join(SPLIT_NAMES)})")
        if name in fractions:
            raise SplitSpecError(f"bad --split '{spec}': '{name}' is given twice")
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        if not 0 <= number <= 1:  # also false for nan
            raise SplitSpecError(f"bad --split '{spec}': {name}={value} is not a fraction "
                                 "between 0 and 1")
        fractions[name] = number
    if "train" not in fractions or fractions["train"] == 0:
        raise SplitSpecError(f"bad --split '{spec}': a train fraction above 0 is required")
    total = sum(fractions.values())
    if abs(total - 1) > 1e-6:
        raise SplitSpecError(f"bad --split '{spec}': the fractions add up to {total:g}, not 1")
    return fractions


def quotas(n: int, fractions: dict[str, float]) -> dict[str, int]:
    """Documents per split: floor of each share, the rest by largest remainder (spec order
    breaks ties), and train at least one document when there is any."""
    exact = {name: n * f for name, f in fractions.items()}
    counts = {name: math.floor(x) for name, x in exact.items()}
    order = sorted(fractions, key=lambda k: (-(exact[k] - counts[k]), list(fractions).index(k)))
    for name in order[: n - sum(counts.values())]:
        counts[name] += 1
    if n and counts["train"] == 0:
        donor = max(counts, key=lambda k: counts[k])
        counts[donor] -= 1
        counts["train"] += 1
    return counts


@dataclass
class SplitResult:
    """Which split each document went to, and the labels training will not see."""

    assignment: list[str]  # split name per document, in input order
    missing_from_train: list[str] = field(default_factory=list)

    def indices(self, split: str) -> list[int]:
        return [i for i, s in enumerate(self.assignment) if s == split]


def assign_splits(labels: Sequence[frozenset[str] | set[str]], fractions: dict[str, float],
                  seed: int = 0) -> SplitResult:
    """Assign each document (given by its set of labels) to a split.

    1. Shuffle the documents with the seed.
    2. Cover: for each label, rarest first, put into train a document holding it
       (the one covering most still-uncovered labels) while train has room; a label that
       cannot be covered is reported in `missing_from_train`.
    3. Stratify (iterative stratification, Sechidis et al. 2011): rarest label first,
       each of its documents goes to the split that still wants most of that label, then
       most documents; documents without labels fill the remaining room.
    Split sizes always equal `quotas(len(labels), fractions)`.
    """
    n = len(labels)
    room = quotas(n, fractions)
    names = list(fractions)
    order = list(range(n))
    random.Random(seed).shuffle(order)
    rank = {doc: pos for pos, doc in enumerate(order)}
    holders: dict[str, list[int]] = {}
    for doc in order:
        for label in sorted(labels[doc]):
            holders.setdefault(label, []).append(doc)
    by_rarity = sorted(holders, key=lambda lb: (len(holders[lb]), lb))
    assignment: dict[int, str] = {}
    want = {s: {lb: fractions[s] * len(holders[lb]) for lb in holders} for s in names}

    def put(doc: int, split: str) -> None:
        assignment[doc] = split
        room[split] -= 1
        for lb in labels[doc]:
            want[split][lb] -= 1

    covered: set[str] = set()
    missing: list[str] = []
    for label in by_rarity:
        if label in covered:
            continue
        free = [d for d in holders[label] if d not in assignment]
        if room["train"] <= 0 or not free:
            missing.append(label)
            continue
        doc = max(free, key=lambda d: (len(labels[d] - covered), -rank[d]))
        put(doc, "train")
        covered |= labels[doc]

    for label in by_rarity:
        for doc in holders[label]:
            if doc in assignment:
                continue
            open_splits = [s for s in names if room[s] > 0]
            split = max(open_splits, key=lambda s: (want[s][label], room[s], -names.index(s)))
            put(doc, split)
    for doc in order:
        if doc not in assignment:
            split = max((s for s in names if room[s] > 0),
                        key=lambda s: (room[s], -names.index(s)))
            put(doc, split)
    return SplitResult([assignment[i] for i in range(n)], sorted(missing))
