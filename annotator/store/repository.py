"""The one place that reads and writes a project: a facade over the store's typed parts.

The CLI, the jobs, the window and the tests call `Repository` methods; each is a one-line
delegation to the part that does the work (`repo.parts`), so a newcomer finds the SQL of
spans in store/spans.py, of events in store/events.py, and so on (decision 0012). Every
write runs in a transaction that also appends to the change log, so the CLI and the GUI
get the same guarantees: committed before shown, deletes recoverable.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from annotator.core.adjudication import Candidate, Provenance, Review
from annotator.core.document_fields import DocLabels, DocLabelValue
from annotator.core.progress import Progress
from annotator.core.project_search import SearchPage
from annotator.core.schema import Schema, load_schema
from annotator.core.suggest.offers import Suggested
from annotator.core.types import Argument, Document, DocumentRecord, Event, Origin, Span
from annotator.store import migrations
from annotator.store.actions import UserActions
from annotator.store.assignments import AssignmentStore
from annotator.store.changelog import ChangeLog
from annotator.store.context import StoreContext
from annotator.store.db import (
    ProjectFileError,
    can_write,
    connect,
    connect_read_only,
    write_transaction,
)
from annotator.store.doc_labels import DocLabelStore, DocLabelVotes
from annotator.store.documents import DocumentStore
from annotator.store.events import EventStore
from annotator.store.exporting import ExportStore
from annotator.store.gazetteers import GazetteerStore
from annotator.store.gold import GoldStore, GoldWrite
from annotator.store.importing import ImportOutcome, ImportStore
from annotator.store.project import ProjectInfo
from annotator.store.schema_edit import SchemaEditStore
from annotator.store.search import SearchStore
from annotator.store.spans import SpanStore
from annotator.store.stats import StatsStore
from annotator.store.statuses import StatusStore
from annotator.store.suggestion_models import ModelRecord, ModelStore
from annotator.store.suggestions import SuggestionStore
from annotator.store.values import Clock, utc_now

__all__ = ["Repository", "StoreParts"]


@dataclass(frozen=True)
class StoreParts:
    """The parts of one project's store, each built with the parts it depends on."""

    changelog: ChangeLog
    project: ProjectInfo
    documents: DocumentStore
    statuses: StatusStore
    spans: SpanStore
    events: EventStore
    gold: GoldStore
    assignments: AssignmentStore
    importing: ImportStore
    exporting: ExportStore
    stats: StatsStore
    search: SearchStore
    doc_labels: DocLabelStore
    schema_edit: SchemaEditStore
    models: ModelStore
    gazetteers: GazetteerStore
    suggestions: SuggestionStore

    @classmethod
    def build(cls, ctx: StoreContext) -> StoreParts:
        log = ChangeLog(ctx)
        project = ProjectInfo(ctx, log)
        documents = DocumentStore(ctx)
        statuses = StatusStore(ctx, log, project)
        spans = SpanStore(ctx, log, project, documents, statuses)
        events = EventStore(ctx, log, spans)
        models = ModelStore(ctx, log, project)
        gazetteers = GazetteerStore(ctx, log, project)
        return cls(
            changelog=log, project=project, documents=documents, statuses=statuses,
            spans=spans, events=events,
            gold=GoldStore(ctx, log, project, spans, events, statuses),
            assignments=AssignmentStore(ctx, log, project, documents),
            importing=ImportStore(ctx, log, project, documents, statuses),
            exporting=ExportStore(ctx, project, documents),
            stats=StatsStore(ctx, documents),
            search=SearchStore(ctx),
            doc_labels=DocLabelStore(ctx, log, project, statuses),
            schema_edit=SchemaEditStore(ctx, log, project),
            models=models, gazetteers=gazetteers,
            suggestions=SuggestionStore(ctx, project, documents, spans, models, gazetteers),
        )


class Repository:
    """A project file opened for one user; `clock` gives every timestamp it writes."""

    def __init__(self, db: Database, user: str = "cli", clock: Clock = utc_now) -> None:
        self.ctx = StoreContext(db, user, clock)
        self.parts = StoreParts.build(self.ctx)
        self.actions = UserActions(self)  # one transaction and one Change per user action

    @property
    def db(self) -> Database:
        return self.ctx.db

    @property
    def user(self) -> str:
        """Who the change log names for this repository's edits (settable: the window
        asks for the name after opening)."""
        return self.ctx.user

    @user.setter
    def user(self, name: str) -> None:
        self.ctx.user = name

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(cls, path: str | Path, user: str = "cli", schema_path: str | Path | None = None,
             *, read_only: bool = False, clock: Clock = utc_now) -> Repository:
        """Open a project, upgrading an older one. read_only: the caller only reads (export,
        stats...), so a project this process cannot write is opened read-only, not refused."""
        if read_only and Path(path).is_file() and not can_write(Path(path)):
            db = connect_read_only(path)
            if migrations.migrations.pending(db) or not cls(db).parts.project.has_schema():
                db.close()
                raise ProjectFileError(path, "made by an older version of annotator and "
                                             "read-only here: open it once where it can be "
                                             "written")
            return cls(db, user, clock)
        db = connect(path)
        if migrations.migrations.pending(db):
            # Under the write lock, so two processes opening a new file do not both migrate.
            with write_transaction(db):
                migrations.apply(db)
        repo = cls(db, user, clock)
        project = repo.parts.project
        if not project.has_schema():
            with write_transaction(db):
                if not project.has_schema():
                    project.store_schema(load_schema(schema_path))
        return repo

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------- project, schema, layers
    def schema(self) -> Schema:
        return self.ctx.schema()

    def schema_blockers(self, new: Schema) -> list[str]:
        return self.parts.project.schema_blockers(new)

    def switch_schema(self, new: Schema) -> None:
        self.parts.project.switch_schema(new)

    def label_usage(self) -> dict[str, int]:
        return self.parts.schema_edit.label_usage()

    def spans_labelled(self, label: str) -> list[int]:
        return self.parts.schema_edit.spans_labelled(label)

    def store_schema_labels(self, new: Schema) -> None:
        self.parts.schema_edit.store_labels(new)

    def rename_label(self, old: str, new: str) -> int:
        return self.parts.schema_edit.rename_label(old, new)

    def drop_other_labels(self, new: Schema) -> None:
        self.parts.schema_edit.drop_other_labels(new)

    def forget_schema(self) -> None:
        self.parts.schema_edit.forget_schema()

    def setting(self, key: str) -> str | None:
        return self.parts.project.setting(key)

    def set_setting(self, key: str, value: str) -> None:
        self.parts.project.set_setting(key, value)

    def ensure_layer(self, name: str, role: str = "annotator") -> None:
        self.parts.project.ensure_layer(name, role)

    def layers(self) -> list[str]:
        return self.parts.project.layers()

    def reviewers(self) -> list[str]:
        return self.parts.project.reviewers()

    # --------------------------------------------------------------- change log
    def changes(self, document_id: int | None = None, action: str | None = None,
                group: int | None = None) -> list[dict[str, Any]]:
        return self.parts.changelog.changes(document_id, action, group)

    def deleted_uid(self, entity: str, entity_id: int) -> str | None:
        return self.parts.changelog.deleted_uid(entity, entity_id)

    def deleted_spans(self, document_id: int | None = None) -> list[Span]:
        return self.parts.changelog.deleted_spans(document_id)

    # ---------------------------------------------------------------- documents
    def document_count(self) -> int:
        return self.parts.documents.count()

    def document_ids(self) -> list[int]:
        return self.parts.documents.ids()

    def document(self, document_id: int, with_text: bool = True) -> Document:
        return self.parts.documents.document(document_id, with_text)

    def document_text(self, document_id: int) -> str:
        return self.parts.documents.text(document_id)

    def document_id_by_sha(self, text_sha256: str) -> int | None:
        return self.parts.documents.id_by_sha(text_sha256)

    def find_document_ids(self, query: str = "") -> list[int]:
        return self.parts.search.filter_ids(query)

    def find_in_project(self, query: str, after: int = 0, limit: int = 200) -> SearchPage:
        return self.parts.search.find(query, after, limit)

    def search_pending(self) -> int:
        return self.parts.search.pending()

    def search_catch_up(self, progress: Progress | None = None) -> int:
        return self.parts.search.catch_up(progress)

    def document_rows(self, ids: list[int], layer: str,
                      counts: bool = True) -> dict[int, tuple[str, str, int]]:
        return self.parts.documents.rows(ids, layer, counts)

    # -------------------------------------------------------------------- spans
    def spans(self, document_id: int, layer: str) -> list[Span]:
        return self.parts.spans.spans(document_id, layer)

    def span_rows(self, document_id: int, layer: str,
                  before: int | None = None) -> list[tuple[int, int, int, str, str]]:
        return self.parts.spans.rows(document_id, layer, before)

    def span(self, span_id: int) -> Span:
        return self.parts.spans.span(span_id)

    def spans_overlapping(self, document_id: int, layer: str, start: int,
                          end: int) -> list[tuple[int, int, str]]:
        return self.parts.spans.overlapping(document_id, layer, start, end)

    def span_texts(self, label: str | None = None) -> set[str]:
        return self.parts.spans.texts(label)

    def uid_of(self, entity: str, entity_id: int) -> str | None:
        return self.parts.spans.uid_of(entity, entity_id)

    def add_span(self, document_id: int, layer: str, start: int, end: int, label: str,
                 origin: str = Origin.MANUAL, span_id: int | None = None,
                 uid: str | None = None, origin_detail: str = "") -> Span:
        return self.parts.spans.add_span(document_id, layer, start, end, label, origin,
                                         span_id, uid, origin_detail)

    def delete_span(self, span_id: int) -> Span:
        return self.parts.spans.delete_span(span_id)

    def restore_span(self, span: Span) -> Span:
        return self.parts.spans.restore_span(span)

    def relabel_span(self, span_id: int, label: str) -> Span:
        return self.parts.spans.relabel_span(span_id, label)

    def move_span(self, span_id: int, start: int, end: int) -> Span:
        return self.parts.spans.move_span(span_id, start, end)

    def arguments_filled_by(self, span_id: int) -> list[tuple[int, str]]:
        return self.parts.spans.arguments_filled_by(span_id)

    def events_triggered_by(self, span_id: int) -> list[int]:
        return self.parts.spans.events_triggered_by(span_id)

    # ------------------------------------------------------------------- events
    def events(self, document_id: int, layer: str) -> list[Event]:
        return self.parts.events.events(document_id, layer)

    def event(self, event_id: int) -> Event:
        return self.parts.events.event(event_id)

    def add_event(self, trigger_span_id: int, event_type: str,
                  attributes: dict[str, Any] | None = None,
                  arguments: tuple[Argument, ...] = (), event_id: int | None = None) -> Event:
        return self.parts.events.add_event(trigger_span_id, event_type, attributes, arguments,
                                           event_id)

    def delete_event(self, event_id: int) -> Event:
        return self.parts.events.delete_event(event_id)

    def role_check(self, event_id: int, role: str, span_id: int) -> str | None:
        return self.parts.events.role_check(event_id, role, span_id)

    def roles_accepting(self, event_id: int, span_id: int) -> list[str]:
        return self.parts.events.roles_accepting(event_id, span_id)

    def add_argument(self, event_id: int, role: str, span_id: int) -> Event:
        return self.parts.events.add_argument(event_id, role, span_id)

    def remove_argument(self, event_id: int, role: str, span_id: int) -> Event:
        return self.parts.events.remove_argument(event_id, role, span_id)

    def set_event_attributes(self, event_id: int, attributes: dict[str, Any]) -> Event:
        return self.parts.events.set_attributes(event_id, attributes)

    # ------------------------------------------------------------------ statuses
    def status(self, document_id: int, layer: str) -> str:
        return self.parts.statuses.status(document_id, layer)

    def set_status(self, document_id: int, layer: str, status: str) -> None:
        self.parts.statuses.set_status(document_id, layer, status)

    def add_time(self, document_id: int, layer: str, seconds: float) -> None:
        self.parts.statuses.add_time(document_id, layer, seconds)

    def seconds_spent(self, document_id: int, layer: str) -> float:
        return self.parts.statuses.seconds_spent(document_id, layer)

    # --------------------------------------------------------------------- gold
    def annotators_of(self, document_id: int) -> list[str]:
        return self.parts.gold.annotators_of(document_id)

    def review(self, document_id: int) -> Review:
        return self.parts.gold.review(document_id)

    def decisions(self, document_id: int) -> dict[tuple[str, str], str]:
        return self.parts.gold.decisions(document_id)

    def provenance(self, entity: str, entity_id: int) -> Provenance | None:
        return self.parts.gold.provenance(entity, entity_id)

    def provenances(self, document_id: int) -> dict[tuple[str, int], Provenance]:
        return self.parts.gold.provenances(document_id)

    def accept_unanimous(self, document_id: int) -> GoldWrite:
        return self.parts.gold.accept_unanimous(document_id)

    def accept_candidate(self, document_id: int, candidate: Candidate,
                         keep_rivals: bool = False) -> GoldWrite:
        return self.parts.gold.accept_candidate(document_id, candidate, keep_rivals)

    def reject_candidate(self, document_id: int, candidate: Candidate) -> GoldWrite:
        return self.parts.gold.reject_candidate(document_id, candidate)

    def add_manual_gold_span(self, document_id: int, start: int, end: int,
                             label: str) -> GoldWrite:
        return self.parts.gold.add_manual_gold_span(document_id, start, end, label)

    def undo_gold_write(self, write: GoldWrite) -> None:
        self.parts.gold.undo_gold_write(write)

    def redo_gold_write(self, write: GoldWrite) -> None:
        self.parts.gold.redo_gold_write(write)

    def edit_gold_span(self, span_id: int, start: int, end: int,
                       label: str) -> Provenance | None:
        return self.parts.gold.edit_gold_span(span_id, start, end, label)

    def revert_gold_span(self, span_id: int, start: int, end: int, label: str,
                         provenance: Provenance | None) -> None:
        self.parts.gold.revert_gold_span(span_id, start, end, label, provenance)

    # ---------------------------------------------------------- document labels
    def doc_labels(self, document_id: int, layer: str) -> DocLabels:
        return self.parts.doc_labels.doc_labels(document_id, layer)

    def set_doc_label(self, document_id: int, layer: str, field: str,
                      value: Any) -> DocLabelValue | None:
        return self.parts.doc_labels.set_doc_label(document_id, layer, field, value)

    def doc_label_votes(self, document_id: int) -> DocLabelVotes:
        return self.parts.doc_labels.votes(document_id)

    def doc_label_usage(self) -> dict[tuple[str, str], int]:
        return self.parts.doc_labels.usage()

    # -------------------------------------------------------------- assignments
    def assign(self, users: list[str], per_document: int,
               seed: int | None = None) -> dict[str, int]:
        return self.parts.assignments.assign(users, per_document, seed)

    def unassign_all(self) -> int:
        return self.parts.assignments.unassign_all()

    def assigned_document_ids(self, annotator: str) -> list[int]:
        return self.parts.assignments.assigned_document_ids(annotator)

    def assignees(self, document_id: int) -> list[str]:
        return self.parts.assignments.assignees(document_id)

    def assignment_counts(self) -> dict[str, int]:
        return self.parts.assignments.assignment_counts()

    # -------------------------------------------------------------- suggestions
    def suggestions_enabled(self) -> bool:
        return self.parts.suggestions.enabled()

    def set_suggestions_enabled(self, on: bool) -> None:
        self.parts.suggestions.set_enabled(on)

    def offered_suggestions(self, document_id: int, layer: str) -> list[Suggested]:
        return self.parts.suggestions.offered(document_id, layer)

    def reject_suggestions(self, document_id: int, layer: str,
                           keys: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        return self.parts.suggestions.reject(document_id, layer, keys)

    def unreject_suggestions(self, document_id: int, layer: str,
                             keys: Sequence[tuple[int, int, str]]
                             ) -> list[tuple[int, int, str]]:
        return self.parts.suggestions.unreject(document_id, layer, keys)

    def least_certain_first(self, document_ids: Sequence[int],
                            layer: str | None = None) -> list[int]:
        return self.parts.suggestions.least_certain_first(document_ids, layer)

    def model_records(self) -> list[ModelRecord]:
        return self.parts.models.records()

    # --------------------------------------------------- import, export, stats
    def import_records(self, records: Iterable[DocumentRecord],
                       origin: str = Origin.IMPORTED, progress: Progress | None = None,
                       total: int = 0) -> ImportOutcome:
        return self.parts.importing.import_records(records, origin, progress, total)

    def export_records(self, layer: str | None = None, progress: Progress | None = None,
                       batch_size: int = 500) -> Iterator[DocumentRecord]:
        return self.parts.exporting.export_records(layer, progress, batch_size)

    def span_ranges(self, layer: str | None = None, labels: frozenset[str] | None = None,
                    ) -> Iterator[list[tuple[int, int]]]:
        return self.parts.exporting.span_ranges(layer, labels)

    def stats(self) -> dict[str, Any]:
        return self.parts.stats.stats()
