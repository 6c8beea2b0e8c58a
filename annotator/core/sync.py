"""What travels between a project and its team server, and which version of a row wins.

Both sides (the PostgreSQL store when a push arrives, the SQLite store when a pull is
applied) decide with the functions here, so a span edited in two places ends the same
everywhere (docs/decisions/0014). Rows name their document by the SHA-256 of its text
(documents match by text, as in merge) and spans and events by their identity (`uid`).

A row's `updated_at` is when this version was made; for a deletion (a tombstone) it is
when it was deleted. The newer version wins. Two versions of the same time and different
content are ordered by their content, so every side picks the same one without asking
the other (a tie is rare: times have milliseconds).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from annotator.core.types import GOLD

# Who the change log names for what a sync wrote into the project. Such rows are never
# sent back; no server member may have this name.
SYNC_USER = "sync"
# Names no member (and so no layer that syncs) may have.
RESERVED_NAMES = frozenset({SYNC_USER, "gold", "imported", "cli", "public"})
ROLES = ("annotator", "reviewer", "admin")


@dataclass(frozen=True, slots=True)
class DocumentRow:
    sha: str
    external_id: str
    title: str
    text: str
    source: str
    meta: str  # JSON text as stored
    created_at: str


@dataclass(frozen=True, slots=True)
class SpanRow:
    uid: str
    document: str  # text SHA-256
    layer: str
    start: int
    end: int
    label: str
    text: str
    origin: str
    created_at: str
    updated_at: str
    deleted: bool = False
    provenance: str | None = None  # a gold span's provenance, canonical JSON
    origin_detail: str = ""  # how a suggested span was made (model:N, gazetteer, ...)

    def content(self) -> tuple[object, ...]:
        if self.deleted:
            return ("deleted", self.layer)
        return (self.layer, self.start, self.end, self.label, self.text, self.origin,
                self.provenance or "", self.origin_detail)

    def describe(self) -> str:
        # The offsets before the text: digits right after Arabic text would be drawn on
        # its right-to-left side in a left-to-right line.
        what = f"{self.label} [{self.start}, {self.end}) «{self.text}»"
        return f"deleted {what}" if self.deleted else what


@dataclass(frozen=True, slots=True)
class EventRow:
    uid: str
    document: str
    layer: str
    type: str
    trigger: str  # the trigger span's uid
    attributes: str  # canonical JSON
    arguments: tuple[tuple[str, str], ...]  # (role, span uid), sorted
    created_at: str
    updated_at: str
    deleted: bool = False
    provenance: str | None = None

    def content(self) -> tuple[object, ...]:
        if self.deleted:
            return ("deleted", self.layer)
        return (self.layer, self.type, self.trigger, self.attributes, self.arguments,
                self.provenance or "")

    def describe(self) -> str:
        return f"{'deleted ' if self.deleted else ''}{self.type} event"


@dataclass(frozen=True, slots=True)
class StatusRow:
    document: str
    layer: str
    status: str
    seconds: float
    updated_at: str


@dataclass(frozen=True, slots=True)
class DecisionRow:
    """A reviewer's decision on a candidate of a document (review_decisions), by the
    document, the candidate's kind and key. `decision` None: withdrawn (an undo); that is
    a version like any other, as a deleted span is."""

    document: str
    entity: str  # 'span' or 'event': the candidate's kind
    key: str  # the candidate's key (core.adjudication.key_text)
    decision: str | None  # 'accepted', 'rejected' or None
    decided_by: str
    updated_at: str
    layer: str = GOLD  # decisions belong to the review (for conflict reports)

    @property
    def uid(self) -> str:
        """Its identity within the document, as the conflicts table records it."""
        return f"{self.entity}:{self.key}"

    @property
    def deleted(self) -> bool:
        return self.decision is None

    def content(self) -> tuple[object, ...]:
        return ("decision", self.entity, self.key, self.decision or "")

    def describe(self) -> str:
        return f"decision {self.decision or 'withdrawn'} on the {self.entity} {self.key}"


@dataclass(frozen=True, slots=True)
class DocLabelRow:
    """One document label (a schema's document field) of a layer, by the document, the
    layer and the field. `value` is the JSON text the project stores; None: cleared, a
    version like any other (the row stays, as in the project)."""

    document: str
    layer: str
    field: str
    value: str | None
    updated_by: str
    updated_at: str

    @property
    def uid(self) -> str:
        """Its identity within the document and layer, as the conflicts table records it."""
        return self.field

    @property
    def deleted(self) -> bool:
        return self.value is None

    def content(self) -> tuple[object, ...]:
        return ("doc_label", self.layer, self.field, self.value or "")

    def describe(self) -> str:
        return f"document label {self.field} = {self.value or 'cleared'}"


@dataclass(frozen=True, slots=True)
class AssignmentRow:
    document: str
    annotator: str
    assigned_at: str


Versioned = SpanRow | EventRow | DecisionRow | DocLabelRow


def conflict_line(title: str, lost: Versioned, kept: Versioned) -> str:
    """What a member is told of an edit of theirs that lost to a newer one elsewhere
    (pushed to a server that had a newer version, or not yet pushed when a newer one was
    pulled): the document by its title, what was lost and what is kept."""
    return (f"document «{title}», layer {kept.layer}: your {lost.describe()} lost to the "
            f"newer {kept.describe()}")


def _order(row: Versioned) -> tuple[str, str]:
    return row.updated_at, json.dumps(row.content(), ensure_ascii=False)


def same(a: Versioned, b: Versioned) -> bool:
    """The two versions say the same thing (times aside)."""
    return a.content() == b.content()


def replaces(new: Versioned, old: Versioned) -> bool:
    """Whether version `new` wins over `old`: newer; at the same time, the larger content.

    Two identical versions never replace each other (see `same`).
    """
    return not same(new, old) and _order(new) > _order(old)


def merged_status(a: StatusRow, b: StatusRow) -> StatusRow:
    """Two versions of one status: the newer status (at the same time the larger, so both
    sides agree), the larger time spent (time is only ever added), as merge does."""
    newer = max(a, b, key=lambda s: (s.updated_at, s.status))
    return StatusRow(newer.document, newer.layer, newer.status, max(a.seconds, b.seconds),
                     newer.updated_at)


def name_problem(name: str) -> str | None:
    """Why `name` cannot be a member of a team project (a PostgreSQL login and a layer)."""
    if not name or name != name.strip():
        return "a member name cannot be empty or start or end with a space"
    if name.lower() in RESERVED_NAMES:
        return f"'{name}' is a reserved name (a layer or the sync itself)"
    if len(name.encode()) > 63:
        return "a member name is at most 63 bytes (a PostgreSQL role name)"
    if name.startswith("pg_") or name.startswith("annotator_"):
        return f"'{name}': names starting with pg_ or annotator_ are reserved by PostgreSQL " \
               "and the team server"
    return None
