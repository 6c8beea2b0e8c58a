"""What a document is offered: the model's and the gazetteers' suggestions, merged, minus
what the layer already has and what its annotator rejected; and how an accepted one is
recorded.

Pure: the store hands in the model, the gazetteer, the layer's spans and its
rejections, and keeps what comes out (``DocumentSuggestions``) per document, so the
window, ``annotator suggest`` and the benchmark offer exactly the same things.

Provenance: a span made from a suggestion has origin "suggestion" and an
``origin_detail`` saying how: "label-all", "gazetteer" or "model:N", N being the
project's model version (``origin_detail``, ``describe_origin``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # label-all needs only Labelled: no CRF library for it
    from annotator.core.suggest.gazetteer import Gazetteer
    from annotator.core.suggest.model import CrfModel

__all__ = [
    "GAZETTEER",
    "acceptable",
    "LABEL_ALL",
    "MODEL",
    "SOURCES",
    "DocumentSuggestions",
    "Labelled",
    "Suggested",
    "Suggester",
    "describe_origin",
    "not_crossing",
    "offered",
    "origin_detail",
]

LABEL_ALL = "label-all"
GAZETTEER = "gazetteer"
MODEL = "model"
SOURCES = (MODEL, GAZETTEER)  # the sources stored per document, in order of precedence

Key = tuple[int, int, str]  # start, end, label


def origin_detail(source: str, model_version: int | None = None) -> str:
    """The ``origin_detail`` of a span made from a suggestion of ``source``."""
    if source == MODEL:
        return f"{MODEL}:{model_version}" if model_version is not None else MODEL
    if source not in (LABEL_ALL, GAZETTEER):
        raise ValueError(f"unknown suggestion source {source!r}")
    return source


def describe_origin(detail: str) -> str:
    """"model v3" for "model:3"; other details as they are."""
    source, _, version = detail.partition(":")
    return f"{source} v{version}" if source == MODEL and version else detail


@dataclass(frozen=True, slots=True)
class Suggested:
    """One suggestion: stored offsets, label, text, which sources made it (model first),
    the model's confidence (None for a gazetteer match) and the model's version."""

    start: int
    end: int
    label: str
    text: str
    sources: tuple[str, ...]
    confidence: float | None = None
    model_version: int | None = None

    @property
    def key(self) -> Key:
        return (self.start, self.end, self.label)

    @property
    def origin_detail(self) -> str:
        """How a span accepted from this suggestion is recorded (its first source)."""
        return origin_detail(self.sources[0], self.model_version)

    def describe(self) -> str:
        """"model v3 0.87, gazetteer": the sources with the model's confidence."""
        parts = []
        for source in self.sources:
            if source == MODEL:
                text = describe_origin(origin_detail(MODEL, self.model_version))
                if self.confidence is not None:
                    text += f" {self.confidence:.2f}"
                parts.append(text)
            else:
                parts.append(source)
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class DocumentSuggestions:
    """A document's suggestions in text order; ``uncertainty`` is the model's (0-1, see
    ``CrfModel.predict``), None without a model."""

    suggestions: tuple[Suggested, ...]
    uncertainty: float | None = None


class Suggester:
    """The model and the gazetteer together; ``labels`` limits what is suggested (the
    schema's entity labels: a label the project no longer has is never offered)."""

    def __init__(self, model: CrfModel | None = None, model_version: int | None = None,
                 gazetteer: Gazetteer | None = None,
                 labels: Iterable[str] | None = None) -> None:
        self.model = model
        self.model_version = model_version
        self.gazetteer = gazetteer if gazetteer is not None and len(gazetteer) else None
        self.labels = frozenset(labels) if labels is not None else None

    def __bool__(self) -> bool:
        return self.model is not None or self.gazetteer is not None

    def suggest(self, text: str) -> DocumentSuggestions:
        """Every suggestion for one stored text. Where the model and a gazetteer propose
        the same span, it is one suggestion with both sources; overlapping different
        proposals are both kept (the annotator picks)."""
        found: dict[Key, Suggested] = {}
        uncertainty = None
        wanted = self.labels
        if self.model is not None:
            prediction = self.model.predict(text)
            uncertainty = prediction.uncertainty
            for s in prediction.suggestions:
                if wanted is None or s.label in wanted:
                    found[(s.start, s.end, s.label)] = Suggested(
                        s.start, s.end, s.label, s.text, (MODEL,), s.confidence,
                        self.model_version)
        if self.gazetteer is not None:
            for m in self.gazetteer.find(text):
                if wanted is not None and m.label not in wanted:
                    continue
                key = (m.start, m.end, m.label)
                known = found.get(key)
                if known is None:
                    found[key] = Suggested(m.start, m.end, m.label, m.text, (GAZETTEER,))
                else:
                    found[key] = Suggested(known.start, known.end, known.label, known.text,
                                           (*known.sources, GAZETTEER), known.confidence,
                                           known.model_version)
        ordered = sorted(found.values(), key=lambda s: (s.start, -s.end, s.label))
        return DocumentSuggestions(tuple(ordered), uncertainty)


class Labelled:
    """Where a layer already has its names: a place is labelled when a span has exactly
    its offsets (whatever the label), or a span of the same label overlaps it (the name
    is marked there with other boundaries). Names nest, so a span of another label
    around or inside a place does not count ("العراق" inside "المقاومة الإسلامية في
    العراق"). Label-all and suggestions both skip labelled places."""

    def __init__(self, spans: Iterable[Key]) -> None:
        self._ranges: set[tuple[int, int]] = set()
        by_label: dict[str, list[tuple[int, int]]] = {}
        for start, end, label in spans:
            self._ranges.add((start, end))
            by_label.setdefault(label, []).append((start, end))
        self._starts: dict[str, list[int]] = {}
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self._longest: dict[str, int] = {}
        for label, ranges in by_label.items():
            ranges.sort()
            self._spans[label] = ranges
            self._starts[label] = [s for s, _ in ranges]
            self._longest[label] = max(e - s for s, e in ranges)

    def add(self, start: int, end: int, label: str) -> None:
        """A span labelled meanwhile (accepting several suggestions at once)."""
        self._ranges.add((start, end))
        ranges = self._spans.setdefault(label, [])
        starts = self._starts.setdefault(label, [])
        k = bisect_left(ranges, (start, end))
        ranges.insert(k, (start, end))
        starts.insert(k, start)
        self._longest[label] = max(self._longest.get(label, 0), end - start)

    def covers(self, start: int, end: int, label: str) -> bool:
        if (start, end) in self._ranges:
            return True
        ranges = self._spans.get(label)
        if not ranges:
            return False
        starts = self._starts[label]
        k = bisect_left(starts, start - self._longest[label])
        while k < len(ranges) and ranges[k][0] < end:
            if ranges[k][1] > start:
                return True
            k += 1
        return False


def offered(suggestions: Sequence[Suggested], spans: Iterable[Key],
            rejected: Iterable[Key] = ()) -> list[Suggested]:
    """The suggestions still to show a layer: not labelled there (``Labelled``) and not
    rejected by its annotator, in text order."""
    labelled = Labelled(spans)
    refused = set(rejected)
    return [s for s in suggestions
            if s.key not in refused and not labelled.covers(s.start, s.end, s.label)]


def acceptable(items: Iterable[Suggested], spans: Iterable[Key],
               label: str | None = None) -> list[Suggested]:
    """The suggestions that can become spans together where ``spans`` are (accept all,
    pre-annotation): none crossing another (``not_crossing``), none on a place labelled
    already or by an earlier one of them (``Labelled``, with ``label`` instead of
    theirs when given)."""
    labelled = Labelled(spans)
    out = []
    for s in not_crossing(items):
        name = label or s.label
        if not labelled.covers(s.start, s.end, name):
            labelled.add(s.start, s.end, name)
            out.append(s)
    return out


def not_crossing(items: Iterable[Suggested]) -> list[Suggested]:
    """Suggestions that can all become spans together (accept all, pre-annotation):
    nested ones stay, and one that crosses an earlier one (overlaps it without one
    containing the other) is left out."""
    kept: list[Suggested] = []
    for s in items:
        if any(k.start < s.end and s.start < k.end
               and not (k.start <= s.start and s.end <= k.end)
               and not (s.start <= k.start and k.end <= s.end) for k in kept):
            continue
        kept.append(s)
    return kept
