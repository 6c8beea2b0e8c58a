"""Adjudication: who marked what, what every annotator agrees on, what is left to decide.

Pure data in, pure data out: the store reads one document's layers and the reviewer's
recorded decisions, this module groups them into candidates and clusters, and both the
`accept_unanimous` write and the review screen work from the result.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from annotator.core.types import Event, Span

SPAN, EVENT = "span", "event"
ACCEPTED, REJECTED = "accepted", "rejected"
# How a gold span or event came to be (gold_provenance.how).
HOW_UNANIMOUS, HOW_ACCEPTED, HOW_EDITED, HOW_MANUAL = "unanimous", "accepted", "edited", "manual"

SpanKey = tuple[int, int, str]  # start, end, label
ArgKey = tuple[str, int, int, str]  # role, start, end, label of the filling span
EventKey = tuple[SpanKey, tuple[ArgKey, ...], tuple[tuple[str, str], ...]]


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a gold span or event came from."""

    entity: str
    entity_id: int
    agreed_by: tuple[str, ...]
    decided_by: str
    decided_at: str
    how: str


@dataclass(slots=True)
class LayerData:
    """One layer's spans and events on one document."""

    spans: list[Span] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span (start, end, label) or an event (trigger, arguments, attributes) as marked
    identically by one or more annotators, or only present in gold."""

    kind: str  # SPAN or EVENT
    key: SpanKey | EventKey
    start: int  # the trigger's range for an event
    end: int
    label: str  # the event type for an event
    text: str
    annotators: tuple[str, ...]  # sorted
    unanimous: bool
    gold_id: int | None = None  # the matching gold span or event
    decision: str | None = None  # ACCEPTED / REJECTED, as recorded by a reviewer
    arguments: tuple[tuple[str, str], ...] = ()  # events: (role, text of the filler)
    attributes: tuple[tuple[str, str], ...] = ()  # events: (name, JSON value)

    @property
    def decided(self) -> bool:
        return self.gold_id is not None or self.decision is not None

    @property
    def key_text(self) -> str:
        return key_text(self.key)


@dataclass(frozen=True, slots=True)
class Cluster:
    """Overlapping disagreeing candidates, decided together."""

    start: int
    end: int
    candidates: tuple[Candidate, ...]

    @property
    def open(self) -> bool:
        return any(not c.decided for c in self.candidates)


@dataclass(frozen=True, slots=True)
class Review:
    annotators: tuple[str, ...]
    candidates: tuple[Candidate, ...]  # every candidate, in text order
    clusters: tuple[Cluster, ...]  # the disagreements, in text order

    @property
    def unanimous(self) -> list[Candidate]:
        return [c for c in self.candidates if c.unanimous]

    @property
    def missing_unanimous(self) -> list[Candidate]:
        """Unanimous candidates that gold does not have yet."""
        return [c for c in self.candidates if c.unanimous and c.gold_id is None]


def key_text(key: SpanKey | EventKey) -> str:
    """A candidate's key as stored with a reviewer's decision."""
    return json.dumps(key, ensure_ascii=False)


def span_key(span: Span) -> SpanKey:
    return (span.start, span.end, span.label)


def event_key(ev: Event, spans: Mapping[int, Span]) -> EventKey:
    trigger = spans[ev.trigger]
    args = sorted((a.role, *span_key(spans[a.span])) for a in ev.arguments)
    attrs = sorted((k, json.dumps(v, sort_keys=True)) for k, v in ev.attributes.items())
    return (span_key(trigger), tuple(args), tuple(attrs))


def rivals(review: Review, candidate: Candidate) -> list[Candidate]:
    """The other versions of the same place: the candidates of `candidate`'s cluster of
    the same kind (span or event) whose range overlaps it.

    Accepting a version rejects its rivals (decision 0009): a cluster chained through a
    middle candidate does not make its two ends rivals, so accepting one end never
    rejects an unrelated candidate that merely overlaps the other.
    """
    mine = (candidate.kind, candidate.key_text)
    for cluster in review.clusters:
        if any((c.kind, c.key_text) == mine for c in cluster.candidates):
            return [c for c in cluster.candidates
                    if (c.kind, c.key_text) != mine and c.kind == candidate.kind
                    and c.start < candidate.end and candidate.start < c.end]
    return []


def build_review(layers: Mapping[str, LayerData], gold: LayerData,
                 decisions: Mapping[tuple[str, str], str] | None = None) -> Review:
    """Group one document's annotator layers into candidates and disagreement clusters.

    `layers` are the annotators of the document (never gold); a candidate is unanimous
    only when there are at least two of them and all marked it identically. Event
    triggers are compared as part of their events, not as spans on their own.
    """
    decisions = decisions or {}
    annotators = tuple(sorted(layers))
    everyone = set(annotators) if len(annotators) >= 2 else None
    found: dict[tuple[str, Any], dict[str, Any]] = {}

    def collect(layer: str | None, data: LayerData) -> None:
        by_id = {s.id: s for s in data.spans if s.id is not None}
        triggers = {ev.trigger for ev in data.events}
        for s in data.spans:
            if s.id in triggers:
                continue
            _note(found, SPAN, span_key(s), s, layer, s.id, (), ())
        for ev in data.events:
            key = event_key(ev, by_id)
            args = tuple((a.role, by_id[a.span].text) for a in ev.arguments)
            _note(found, EVENT, key, by_id[ev.trigger], layer, ev.id, tuple(sorted(args)),
                  key[2])

    for name in annotators:
        collect(name, layers[name])
    collect(None, gold)
    candidates = sorted(
        (Candidate(kind, key, f["start"], f["end"], f["label"], f["text"],
                   tuple(sorted(f["by"])),
                   everyone is not None and set(f["by"]) == everyone,
                   f["gold"], decisions.get((kind, key_text(key))), f["args"], f["attrs"])
         for (kind, key), f in found.items()),
        key=_order,
    )
    return Review(annotators, tuple(candidates), tuple(_clusters(
        c for c in candidates if not c.unanimous)))


def _note(found: dict[tuple[str, Any], dict[str, Any]], kind: str, key: Any, where: Span,
          layer: str | None, entity_id: int | None, args: tuple[tuple[str, str], ...],
          attrs: tuple[tuple[str, str], ...]) -> None:
    f = found.setdefault((kind, key), {
        "start": where.start, "end": where.end, "label": where.label if kind == SPAN
        else key[0][2], "text": where.text, "by": set(), "gold": None, "args": args,
        "attrs": attrs})
    if layer is None:
        f["gold"] = entity_id
    else:
        f["by"].add(layer)


def _order(c: Candidate) -> tuple[int, int, str, str, str]:
    return (c.start, -c.end, c.kind, c.label, c.key_text)


def _clusters(candidates: Iterable[Candidate]) -> list[Cluster]:
    """Sweep in text order: a candidate starting before the cluster's end joins it."""
    out: list[Cluster] = []
    group: list[Candidate] = []
    end = -1
    for c in candidates:
        if group and c.start >= end:
            out.append(Cluster(group[0].start, end, tuple(group)))
            group = []
        group.append(c)
        end = max(end, c.end) if len(group) > 1 else c.end
    if group:
        out.append(Cluster(group[0].start, end, tuple(group)))
    return out
