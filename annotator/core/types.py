"""Plain data types shared by every layer.

Offsets are Python code points, end-exclusive, into the stored text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    SKIPPED = "skipped"


class Origin(StrEnum):
    MANUAL = "manual"
    SUGGESTION = "suggestion"
    IMPORTED = "imported"


GOLD = "gold"


@dataclass(slots=True, unsafe_hash=True)
class Span:
    """Treat as immutable (it is hashed by value). Not frozen=True: a frozen dataclass
    costs ~2 us per construction, and import and export build one per stored span."""

    start: int
    end: int
    label: str
    text: str
    id: int | None = None
    layer: str | None = None
    document_id: int | None = None
    origin: str = Origin.MANUAL
    # How a span with origin "suggestion" was made: "label-all", "gazetteer" or
    # "model:N" (N the project's model version; core.suggest.offers). "" otherwise.
    origin_detail: str = ""


@dataclass(frozen=True, slots=True)
class Argument:
    role: str
    span: int


@dataclass(frozen=True, slots=True)
class Event:
    type: str
    trigger: int
    arguments: tuple[Argument, ...] = ()
    attributes: dict[str, Any] = field(default_factory=dict)
    id: int | None = None
    layer: str | None = None
    document_id: int | None = None


@dataclass(frozen=True, slots=True)
class Document:
    id: int
    external_id: str
    title: str
    text_sha256: str
    source: str
    meta: dict[str, Any]
    text: str | None = None


@dataclass(slots=True)
class LayerRecord:
    """One document's annotations in one layer, as read from or written to a file.

    Span ids here are local to the record: events refer to them.
    """

    layer: str | None
    status: str | None = None
    spans: list[Span] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # Document labels of this layer (field -> value name, tuple of names, or text).
    doc_labels: dict[str, str | tuple[str, ...]] = field(default_factory=dict)


@dataclass(slots=True)
class DocumentRecord:
    """A document as it travels through import and export."""

    external_id: str
    text: str
    title: str
    source: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    layers: list[LayerRecord] = field(default_factory=list)
    line: int | None = None
    # Set by the store on export (computed once at import); writers compute it otherwise.
    text_sha256: str | None = None
