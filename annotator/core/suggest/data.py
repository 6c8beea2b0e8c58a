"""Training data for the suggestion engine: documents with spans, outermost spans,
and a reproducible held-out split.

The store hands over plain (text, spans) pairs — the done and gold layers of a
project — so the engine never touches SQL and tests can build data by hand.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from annotator.core.lanes import nesting_levels
from annotator.core.splits import assign_splits

__all__ = ["SpanTuple", "TrainingDocument", "held_out_split", "outermost"]

SpanTuple = tuple[int, int, str]  # start, end, label: offsets into the stored text


@dataclass(frozen=True, slots=True)
class TrainingDocument:
    """A document's stored text and the spans of one layer (nested ones allowed)."""

    text: str
    spans: tuple[SpanTuple, ...] = field(default_factory=tuple)

    @classmethod
    def of(cls, text: str, spans: Iterable[SpanTuple]) -> TrainingDocument:
        """Checks every span against the text: a model must never learn from offsets
        that do not fit (the project's rule that offsets are sacred)."""
        checked = []
        for start, end, label in spans:
            if not 0 <= start < end <= len(text):
                raise ValueError(f"span [{start}, {end}) {label} is outside a text of "
                                 f"{len(text)} characters")
            checked.append((start, end, label))
        return cls(text, tuple(sorted(set(checked), key=lambda s: (s[0], -s[1], s[2]))))


def outermost(spans: Iterable[SpanTuple]) -> list[SpanTuple]:
    """The spans no other span contains, in text order: what a flat tagger predicts
    and what seqeval scores on the first tag column of a nested corpus.

    Placement as in ``lanes.nesting_levels`` (longest first from the left): of two crossing
    spans the earlier one is outermost; of two with the same offsets, the first label
    in alphabetical order.
    """
    ordered = sorted(set(spans), key=lambda s: (s[0], -s[1], s[2]))
    level = nesting_levels([(s, e) for s, e, _ in ordered])
    return [span for span, lv in zip(ordered, level, strict=True) if lv == 0]


def held_out_split(docs: Sequence[TrainingDocument], fraction: float = 0.2,
                   seed: int = 0) -> tuple[list[int], list[int]]:
    """Document indices (train, held_out): a fixed share kept out of training to score
    the model on text it has not seen.

    Deterministic for the same documents, fraction and seed (``splits.assign_splits``,
    which also makes sure every label occurs in the training part when it can).
    With fewer than two documents nothing is held out.
    """
    if not 0 <= fraction < 1:
        raise ValueError(f"held-out fraction must be in [0, 1), got {fraction}")
    if len(docs) < 2 or fraction == 0:
        return list(range(len(docs))), []
    labels = [frozenset(label for _, _, label in doc.spans) for doc in docs]
    result = assign_splits(labels, {"train": 1 - fraction, "test": fraction}, seed)
    return result.indices("train"), result.indices("test")
