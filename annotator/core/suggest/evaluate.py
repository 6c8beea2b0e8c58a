"""Exact-span precision, recall and F1, per label and micro-averaged, as seqeval counts.

NER papers and tools report seqeval's figures (CoNLL's conlleval): an entity counts
as found only when its start, end and label are all right; micro-averaging sums the
counts over labels. Nested corpora are scored on their outermost entities, the first
tag column, which is what a flat tagger predicts. Here spans are compared directly
(character offsets per document); for tag sequences ``spans_from_tags`` decodes them
exactly as seqeval does, so both ways give seqeval's numbers. A figure with nothing
to divide by is 0.0, as in seqeval (never NaN).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from annotator.core.suggest.data import SpanTuple, outermost
from annotator.core.suggest.tagging import chunks

__all__ = ["Evaluation", "Scores", "evaluate", "spans_from_tags"]


@dataclass(frozen=True, slots=True)
class Scores:
    """Counts and figures for one label (or all labels, micro-averaged)."""

    precision: float
    recall: float
    f1: float
    support: int  # gold spans
    predicted: int
    correct: int

    @classmethod
    def of(cls, correct: int, predicted: int, support: int) -> Scores:
        precision = correct / predicted if predicted else 0.0
        recall = correct / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(precision, recall, f1, support, predicted, correct)


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Per-label scores (labels in gold or predictions, alphabetical) and the micro
    average; ``documents`` is how many documents were compared."""

    labels: dict[str, Scores] = field(default_factory=dict)
    micro: Scores = Scores.of(0, 0, 0)
    documents: int = 0

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON (``annotator evaluate --json``, the stored model)."""
        return {"documents": self.documents, "micro": asdict(self.micro),
                "labels": {name: asdict(s) for name, s in self.labels.items()}}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evaluation:
        return cls({name: Scores(**s) for name, s in data["labels"].items()},
                   Scores(**data["micro"]), data["documents"])

    def table(self) -> str:
        """A plain-text table, one row per label and one for the micro average."""
        width = max([len("micro avg"), *(len(name) for name in self.labels)])
        rows = [f"{'label':<{width}}  precision  recall     f1  support"]
        for name, s in [*self.labels.items(), ("micro avg", self.micro)]:
            rows.append(f"{name:<{width}}  {s.precision:9.3f}  {s.recall:6.3f}  "
                        f"{s.f1:5.3f}  {s.support:7d}")
        return "\n".join(rows)


def evaluate(gold: Iterable[Iterable[SpanTuple]], predicted: Iterable[Iterable[SpanTuple]],
             outermost_only: bool = True) -> Evaluation:
    """Compare predicted spans with gold spans, document by document.

    ``gold`` and ``predicted`` hold one span list per document, in the same order.
    With ``outermost_only`` (the default) both sides are reduced to their outermost
    spans first (``data.outermost``), as seqeval scores a nested corpus's first column.
    """
    correct: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    documents = 0
    pairs = zip(gold, predicted, strict=True)
    for gold_spans, pred_spans in pairs:
        documents += 1
        g = set(outermost(gold_spans) if outermost_only else gold_spans)
        p = set(outermost(pred_spans) if outermost_only else pred_spans)
        n_gold.update(label for _, _, label in g)
        n_pred.update(label for _, _, label in p)
        correct.update(label for _, _, label in g & p)
    labels = {name: Scores.of(correct[name], n_pred[name], n_gold[name])
              for name in sorted(set(n_gold) | set(n_pred))}
    micro = Scores.of(sum(correct.values()), sum(n_pred.values()), sum(n_gold.values()))
    return Evaluation(labels, micro, documents)


def spans_from_tags(tags: Sequence[str]) -> list[SpanTuple]:
    """Entities of a BIO/BIOES tag sequence as (first token, last token + 1, label),
    decoded as seqeval decodes them (``tagging.chunks``)."""
    return [(first, last, label) for first, last, label, _ in chunks(tags)]
