"""User actions: one store operation per thing a user does, one transaction, one Change.

A label key, a delete with the events and roles that go with the span, an event with
its trigger, the undo of any of them, a review decision: each is one function here that
runs ONE outer `write_transaction` around the repository's writes (they nest as
savepoints) and returns the `Change` it made (core/changes.py). So a killed process
leaves all of an action or none of it, the change log holds one group per action, and
the window updates from the returned value instead of re-reading the document.

Refusals (an unknown label, a duplicate span, a role that does not take the label)
raise `UserError`; the transaction is rolled back, so nothing of the action is written.
Undo and redo call these functions too (`restore` puts a deleted bundle back under its
old ids and identities), so undo and the change log agree.

Used through `Repository.actions`; the CLI can call them as well. The repository is
reached through `ActionStore`, the protocol naming exactly the methods used here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Protocol

from sqlite_utils import Database

from annotator.core.adjudication import Candidate, Provenance
from annotator.core.changes import Change
from annotator.core.document_fields import DocLabels, DocLabelValue, agreed_values, value_text
from annotator.core.errors import UserError
from annotator.core.schema import Schema
from annotator.core.suggest.offers import LABEL_ALL, Suggested, acceptable
from annotator.core.types import GOLD, Argument, Event, Origin, Span
from annotator.store.db import write_transaction
from annotator.store.gold import GoldWrite
from annotator.store.schema_edit import SchemaEdit

ArgumentRow = tuple[int, str, int]  # event id, role, span id
SpanKey = tuple[int, int, str]  # start, end, label


class ActionStore(Protocol):
    """What the actions need from the repository (its public reads and writes)."""

    @property
    def db(self) -> Database: ...

    def schema(self) -> Schema: ...
    def span(self, span_id: int) -> Span: ...
    def event(self, event_id: int) -> Event: ...
    def status(self, document_id: int, layer: str) -> str: ...
    def add_span(self, document_id: int, layer: str, start: int, end: int, label: str,
                 origin: str = ..., span_id: int | None = None,
                 uid: str | None = None, origin_detail: str = ...) -> Span: ...
    def spans_overlapping(self, document_id: int, layer: str, start: int,
                          end: int) -> list[SpanKey]: ...
    def reject_suggestions(self, document_id: int, layer: str,
                           keys: Sequence[SpanKey]) -> list[SpanKey]: ...
    def unreject_suggestions(self, document_id: int, layer: str,
                             keys: Sequence[SpanKey]) -> list[SpanKey]: ...
    def delete_span(self, span_id: int) -> Span: ...
    def relabel_span(self, span_id: int, label: str) -> Span: ...
    def move_span(self, span_id: int, start: int, end: int) -> Span: ...
    def add_event(self, trigger_span_id: int, event_type: str,
                  attributes: dict[str, Any] | None = None,
                  arguments: tuple[Argument, ...] = (),
                  event_id: int | None = None) -> Event: ...
    def delete_event(self, event_id: int) -> Event: ...
    def add_argument(self, event_id: int, role: str, span_id: int) -> Event: ...
    def remove_argument(self, event_id: int, role: str, span_id: int) -> Event: ...
    def set_event_attributes(self, event_id: int, attributes: dict[str, Any]) -> Event: ...
    def events_triggered_by(self, span_id: int) -> list[int]: ...
    def arguments_filled_by(self, span_id: int) -> list[tuple[int, str]]: ...
    def set_status(self, document_id: int, layer: str, status: str) -> None: ...
    def accept_unanimous(self, document_id: int) -> GoldWrite: ...
    def accept_candidate(self, document_id: int, candidate: Candidate,
                         keep_rivals: bool = False) -> GoldWrite: ...
    def reject_candidate(self, document_id: int, candidate: Candidate) -> GoldWrite: ...
    def add_manual_gold_span(self, document_id: int, start: int, end: int,
                             label: str) -> GoldWrite: ...
    def undo_gold_write(self, write: GoldWrite) -> None: ...
    def redo_gold_write(self, write: GoldWrite) -> None: ...
    def edit_gold_span(self, span_id: int, start: int, end: int,
                       label: str) -> Provenance | None: ...
    def revert_gold_span(self, span_id: int, start: int, end: int, label: str,
                         provenance: Provenance | None) -> None: ...
    def doc_labels(self, document_id: int, layer: str) -> DocLabels: ...
    def set_doc_label(self, document_id: int, layer: str, field: str,
                      value: Any) -> DocLabelValue | None: ...
    def doc_label_votes(self, document_id: int) -> Any: ...
    def spans_labelled(self, label: str) -> list[int]: ...
    def store_schema_labels(self, new: Schema) -> None: ...
    def rename_label(self, old: str, new: str) -> int: ...
    def drop_other_labels(self, new: Schema) -> None: ...
    def forget_schema(self) -> None: ...


class UserActions:
    """One method per user action; each is one transaction and returns its Change."""

    def __init__(self, repo: ActionStore) -> None:
        self.repo = repo

    @contextmanager
    def _one_transaction(self) -> Iterator[None]:
        with write_transaction(self.repo.db):
            yield

    @contextmanager
    def _schema_transaction(self) -> Iterator[None]:
        """One transaction that writes the schema: if it is rolled back, the schema
        read from the file is again the one in use."""
        try:
            with self._one_transaction():
                yield
        except BaseException:
            self.repo.forget_schema()
            raise

    def _status_change(self, document_id: int, layer: str, before: str) -> str | None:
        after = self.repo.status(document_id, layer)
        return after if after != before else None

    # ------------------------------------------------------------------ spans
    def add_span(self, document_id: int, layer: str, start: int, end: int, label: str,
                 origin: str = "manual") -> Change:
        """A new span (a label key on a selection); the first edit starts the document."""
        repo = self.repo
        with self._one_transaction():
            before = repo.status(document_id, layer)
            span = repo.add_span(document_id, layer, start, end, label, origin)
            status = self._status_change(document_id, layer, before)
        return Change(document_id, layer, spans_added=(span,), status=status,
                      select=span.id, message=f"added {label} «{span.text}»")

    def delete_span(self, span_id: int) -> Change:
        """Delete a span with the events it triggers and the arguments it fills.

        The Change holds all of it (spans_removed, events_removed with their arguments,
        arguments_removed of the events that stay, events_modified in their new state):
        `restore(c.spans_removed, c.events_removed, c.arguments_removed)` undoes it.
        """
        repo = self.repo
        with self._one_transaction():
            span = repo.span(span_id)
            events = [repo.event(e) for e in repo.events_triggered_by(span_id)]
            own = {ev.id for ev in events}
            filled = [(e, role, span_id) for e, role in repo.arguments_filled_by(span_id)
                      if e not in own]
            for ev in events:
                assert ev.id is not None
                repo.delete_event(ev.id)
            repo.delete_span(span_id)
            modified = tuple(repo.event(e) for e in _unique(e for e, _, _ in filled))
        return Change(span.document_id, span.layer, spans_removed=(span,),
                      events_removed=tuple(events), events_modified=modified,
                      arguments_removed=tuple(filled),
                      message=f"deleted {span.label} «{span.text}»")

    def restore(self, spans: Sequence[Span], events: Sequence[Event] = (),
                arguments: Sequence[ArgumentRow] = ()) -> Change:
        """Put spans, events (with their arguments) and arguments back under their old
        ids and identities: the undo of a delete, the redo of an add, Edit → Restore
        deleted spans. Spans first, so the events and arguments find them."""
        repo = self.repo
        if not spans and not events and not arguments:
            raise UserError("nothing to restore")
        with self._one_transaction():
            back_spans: list[Span] = []
            for s in spans:
                if s.document_id is None or s.layer is None:
                    raise UserError("a span to restore needs its document and layer")
                back_spans.append(repo.add_span(s.document_id, s.layer, s.start, s.end,
                                                s.label, s.origin, span_id=s.id,
                                                origin_detail=s.origin_detail))
            back_events = [repo.add_event(ev.trigger, ev.type, ev.attributes, ev.arguments,
                                          ev.id) for ev in events]
            for event_id, role, span_id in arguments:
                repo.add_argument(event_id, role, span_id)
            own = {ev.id for ev in back_events}
            modified = tuple(repo.event(e) for e in _unique(e for e, _, _ in arguments)
                             if e not in own)
        first = back_spans[0] if back_spans else None
        where = first or (back_events[0] if back_events else repo.event(arguments[0][0]))
        if first is not None:
            message = f"restored {first.label} «{first.text}»"
        elif back_events:
            message = f"restored {back_events[0].type} event"
        else:
            message = f"restored {len(arguments)} argument(s)"
        return Change(where.document_id, where.layer, spans_added=tuple(back_spans),
                      events_added=tuple(back_events), events_modified=modified,
                      select=first.id if first else None, message=message)

    def relabel_span(self, span_id: int, label: str) -> Change:
        with self._one_transaction():
            span = self.repo.relabel_span(span_id, label)
        return Change(span.document_id, span.layer, spans_modified=(span,), select=span.id,
                      message=f"relabelled «{span.text}» as {label}")

    def move_span(self, span_id: int, start: int, end: int) -> Change:
        """New boundaries (trim a proclitic, edit a boundary)."""
        with self._one_transaction():
            span = self.repo.move_span(span_id, start, end)
        return Change(span.document_id, span.layer, spans_modified=(span,), select=span.id,
                      message=f"span is now «{span.text}»")

    # ----------------------------------------------------------------- events
    def add_event(self, document_id: int, layer: str, start: int, end: int,
                  event_type: str) -> Change:
        """An event key on a selection: the trigger span and its event, together."""
        repo = self.repo
        if repo.schema().event_type(event_type) is None:
            raise UserError(f"unknown event type '{event_type}'")
        with self._one_transaction():
            before = repo.status(document_id, layer)
            span = repo.add_span(document_id, layer, start, end, event_type)
            assert span.id is not None
            event = repo.add_event(span.id, event_type)
            status = self._status_change(document_id, layer, before)
        return Change(document_id, layer, spans_added=(span,), events_added=(event,),
                      status=status, select=span.id,
                      message=f"added {event_type} event «{span.text}»")

    def delete_event(self, event_id: int) -> Change:
        """The event alone (its trigger span stays); `restore(events=...)` undoes it."""
        with self._one_transaction():
            event = self.repo.delete_event(event_id)
        return Change(event.document_id, event.layer, events_removed=(event,),
                      message=f"deleted {event.type} event")

    def add_argument(self, event_id: int, role: str, span_id: int) -> Change:
        with self._one_transaction():
            event = self.repo.add_argument(event_id, role, span_id)
        return Change(event.document_id, event.layer, events_modified=(event,),
                      select=span_id, message=f"{role} of {event.type} added")

    def remove_argument(self, event_id: int, role: str, span_id: int) -> Change:
        with self._one_transaction():
            event = self.repo.remove_argument(event_id, role, span_id)
        return Change(event.document_id, event.layer, events_modified=(event,),
                      message=f"{role} of {event.type} removed")

    def set_attributes(self, event_id: int, attributes: dict[str, Any]) -> Change:
        with self._one_transaction():
            event = self.repo.set_event_attributes(event_id, attributes)
        return Change(event.document_id, event.layer, events_modified=(event,),
                      message=f"{event.type} attributes saved")

    # ----------------------------------------------------------------- status
    def set_status(self, document_id: int, layer: str, status: str) -> Change:
        with self._one_transaction():
            self.repo.set_status(document_id, layer, status)
        return Change(document_id, layer, status=status,
                      message=f"marked {status.replace('_', ' ')}")

    # -------------------------------------------------------- document labels
    def set_doc_labels(self, document_id: int, layer: str,
                       values: dict[str, Any]
                       ) -> tuple[Change, dict[str, DocLabelValue | None]]:
        """Set (value None: clear) document fields of a layer in one transaction;
        returns the Change and the values those fields had (the undo sets them back).
        Refused when nothing changes."""
        repo = self.repo
        with self._one_transaction():
            before_all = repo.doc_labels(document_id, layer)
            status_before = repo.status(document_id, layer)
            changed: list[tuple[str, DocLabelValue | None]] = []
            before: dict[str, DocLabelValue | None] = {}
            for name, value in values.items():
                old = before_all.get(name)
                new = repo.set_doc_label(document_id, layer, name, value)
                if new != old:
                    changed.append((name, new))
                    before[name] = old
            if not changed:
                raise UserError("the document labels are already so")
            status = self._status_change(document_id, layer, status_before)
        message = "; ".join(f"{name} = {value_text(value) or '—'}" for name, value in changed)
        return (Change(document_id, layer, doc_labels=tuple(changed), status=status,
                       gold=layer == GOLD, message=f"document: {message}"), before)

    def accept_agreed_doc_labels(self, document_id: int
                                 ) -> tuple[Change, dict[str, DocLabelValue | None]]:
        """Into gold, the document labels two or more annotators all gave the same
        value; refused when gold has them all already."""
        votes = self.repo.doc_label_votes(document_id)
        agreed = {name: value for name, value in agreed_values(votes.values).items()
                  if votes.gold.get(name) != value}
        if not agreed:
            raise UserError("Gold already has every document label all annotators agree on.")
        return self.set_doc_labels(document_id, GOLD, agreed)

    # ----------------------------------------------------------------- schema
    def edit_schema(self, edit: SchemaEdit) -> tuple[Change, SchemaEdit]:
        """Save an edited schema as the project's (a new version): the spans of removed
        labels deleted or relabelled as `edit.removals` says, renames carried to every
        span and event, all in one transaction. Returns the Change and the edit filled
        in with what its undo needs."""
        repo = self.repo
        before = edit.old.label_names()
        for old, new in edit.renames.items():
            if new != old and new in before:
                raise UserError(f"cannot rename {old} to {new}: {new} is already a label "
                                "(rename it first, in another save)")
        removed: list[Change] = []
        relabelled: list[tuple[int, str]] = []
        with self._schema_transaction():
            for label, target in edit.removals.items():
                if target is None:  # while the old schema still knows the label
                    removed += [self.delete_span(i) for i in repo.spans_labelled(label)]
            repo.store_schema_labels(edit.new)
            for old, new in edit.renames.items():
                repo.rename_label(old, new)
            for label, target in edit.removals.items():
                if target is not None:
                    for span_id in repo.spans_labelled(label):
                        repo.relabel_span(span_id, target)
                        relabelled.append((span_id, label))
            repo.drop_other_labels(edit.new)
        gone = _joined(removed)
        done = SchemaEdit(edit.old, edit.new, edit.renames, edit.removals, gone,
                          tuple(relabelled))
        return (Change(spans_removed=gone.spans_removed, events_removed=gone.events_removed,
                       arguments_removed=gone.arguments_removed, documents=True, schema=True,
                       message=f"label schema saved as version {edit.new.version}"), done)

    def undo_schema_edit(self, edit: SchemaEdit) -> Change:
        """The schema before the edit, the old names, labels and deleted spans back."""
        repo = self.repo
        with self._schema_transaction():
            repo.store_schema_labels(edit.old)
            for old, new in edit.renames.items():
                repo.rename_label(new, old)
            for span_id, label in edit.relabelled:
                repo.relabel_span(span_id, label)
            gone = edit.removed
            if gone.spans_removed or gone.events_removed:
                self.restore(gone.spans_removed, gone.events_removed, gone.arguments_removed)
            repo.drop_other_labels(edit.old)
        return Change(spans_added=gone.spans_removed, events_added=gone.events_removed,
                      documents=True, schema=True,
                      message=f"label schema is again version {edit.old.version}")

    # ------------------------------------------------------------------- gold
    # Each decision returns its GoldWrite as well: the undo command keeps it.
    def accept_unanimous(self, document_id: int) -> tuple[Change, GoldWrite]:
        """Everything all annotators marked identically into gold (refused when gold
        has it all already: nothing to do)."""
        with self._one_transaction():
            before = self.repo.status(document_id, GOLD)
            write = self.repo.accept_unanimous(document_id)
            if not write.spans and not write.events:
                raise UserError("Gold already has everything all annotators marked "
                                "identically.")
            change = self._gold_change(write, before, "accepted unanimous")
        return change, write

    def accept_candidate(self, document_id: int, candidate: Candidate,
                         keep_rivals: bool = False) -> tuple[Change, GoldWrite]:
        """Accept one version; unless `keep_rivals`, reject its rivals (one action)."""
        with self._one_transaction():
            before = self.repo.status(document_id, GOLD)
            write = self.repo.accept_candidate(document_id, candidate, keep_rivals)
            change = self._gold_change(write, before, f"accepted {candidate.label} "
                                                      f"«{candidate.text}»")
        return change, write

    def reject_candidate(self, document_id: int,
                         candidate: Candidate) -> tuple[Change, GoldWrite]:
        with self._one_transaction():
            before = self.repo.status(document_id, GOLD)
            write = self.repo.reject_candidate(document_id, candidate)
            change = self._gold_change(write, before, f"rejected {candidate.label} "
                                                      f"«{candidate.text}»")
        return change, write

    def add_manual_gold_span(self, document_id: int, start: int, end: int,
                             label: str) -> tuple[Change, GoldWrite]:
        with self._one_transaction():
            before = self.repo.status(document_id, GOLD)
            write = self.repo.add_manual_gold_span(document_id, start, end, label)
            change = self._gold_change(write, before, f"added gold {label}")
        return change, write

    def undo_gold(self, write: GoldWrite) -> Change:
        """Take a decision back: what it put in gold leaves, what it took out returns."""
        with self._one_transaction():
            before = self.repo.status(write.document_id, GOLD)
            self.repo.undo_gold_write(write)
            status = self._status_change(write.document_id, GOLD, before)
        return Change(write.document_id, GOLD,
                      spans_added=tuple(s for s, _ in write.removed_spans),
                      spans_removed=tuple(s for s, _ in write.spans),
                      events_added=tuple(e for e, _ in write.removed_events),
                      events_removed=tuple(e for e, _ in write.events),
                      status=status, gold=True, message="undone")

    def redo_gold(self, write: GoldWrite) -> Change:
        """Put an undone decision back under the same ids and provenance."""
        with self._one_transaction():
            before = self.repo.status(write.document_id, GOLD)
            self.repo.redo_gold_write(write)
            change = self._gold_change(write, before, "redone")
        return change

    def edit_gold_span(self, span_id: int, start: int, end: int,
                       label: str) -> tuple[Change, Provenance | None]:
        """Move or relabel a gold span; returns the provenance it had (for the undo)."""
        with self._one_transaction():
            provenance = self.repo.edit_gold_span(span_id, start, end, label)
            span = self.repo.span(span_id)
        return (Change(span.document_id, GOLD, spans_modified=(span,), gold=True,
                       message=f"gold span is now {span.label} «{span.text}»"), provenance)

    def revert_gold_span(self, span_id: int, start: int, end: int, label: str,
                         provenance: Provenance | None) -> Change:
        """Undo of `edit_gold_span`: the old boundary, label and provenance."""
        with self._one_transaction():
            self.repo.revert_gold_span(span_id, start, end, label, provenance)
            span = self.repo.span(span_id)
        return Change(span.document_id, GOLD, spans_modified=(span,), gold=True,
                      message=f"gold span is again {span.label} «{span.text}»")

    def _gold_change(self, write: GoldWrite, status_before: str, message: str) -> Change:
        """What a decision (or its redo) wrote into gold."""
        return Change(write.document_id, GOLD,
                      spans_added=tuple(s for s, _ in write.spans),
                      spans_removed=tuple(s for s, _ in write.removed_spans),
                      events_added=tuple(e for e, _ in write.events),
                      events_removed=tuple(e for e, _ in write.removed_events),
                      status=self._status_change(write.document_id, GOLD, status_before),
                      gold=True, message=message)


    # ------------------------------------------------------------ suggestions
    def accept_suggestions(self, document_id: int, layer: str,
                           suggestions: Sequence[Suggested],
                           label: str | None = None) -> Change:
        """Suggestions become spans of the layer (Return, a label key with `label`,
        accept all): origin "suggestion" with how each was made. Places the layer has
        labelled meanwhile, and suggestions crossing an accepted one, are skipped."""
        repo = self.repo
        with self._one_transaction():
            before = repo.status(document_id, layer)
            if not suggestions:
                raise UserError("no suggestion to accept")
            around = repo.spans_overlapping(  # not all of a long document's spans
                document_id, layer, min(s.start for s in suggestions),
                max(s.end for s in suggestions))
            added = [repo.add_span(document_id, layer, s.start, s.end, label or s.label,
                                   Origin.SUGGESTION, origin_detail=s.origin_detail)
                     for s in acceptable(suggestions, around, label)]
            if not added:
                raise UserError("nothing to accept: the layer has those places labelled")
            status = self._status_change(document_id, layer, before)
        first = added[0]
        message = (f"accepted {first.label} «{first.text}»" if len(added) == 1
                   else f"accepted {len(added)} suggestions")
        return Change(document_id, layer, spans_added=tuple(added), status=status,
                      message=message)

    def reject_suggestions(self, document_id: int, layer: str,
                           keys: Sequence[SpanKey]) -> Change:
        """Never offer these suggestions to the layer in this document again."""
        with self._one_transaction():
            new = self.repo.reject_suggestions(document_id, layer, keys)
        what = f"{keys[0][2]} suggestion" if len(keys) == 1 else f"{len(keys)} suggestions"
        return Change(document_id, layer, suggestions_rejected=tuple(new),
                      message=f"rejected {what}")

    def restore_suggestions(self, document_id: int, layer: str,
                            keys: Sequence[SpanKey]) -> Change:
        """Offer rejected suggestions again (the undo of a reject)."""
        with self._one_transaction():
            back = self.repo.unreject_suggestions(document_id, layer, keys)
        return Change(document_id, layer, suggestions_restored=tuple(back),
                      message=f"{len(back)} suggestion(s) offered again")

    def label_all(self, layer: str, occurrences: Sequence[tuple[int, int, int, str]],
                  current: int | None) -> tuple[Change, list[Span]]:
        """Label the other occurrences of a name (document, start, end, label), in the
        open document and, after the user confirmed, in others: one action. The Change
        holds the open document's new spans (`current`) and names the other documents;
        the returned list holds every new span (for the undo)."""
        repo = self.repo
        if not occurrences:
            raise UserError("no other occurrence to label")
        with self._one_transaction():
            before = repo.status(current, layer) if current is not None else None
            added = [repo.add_span(doc, layer, start, end, label, Origin.SUGGESTION,
                                   origin_detail=LABEL_ALL)
                     for doc, start, end, label in occurrences]
            status = (self._status_change(current, layer, before)
                      if current is not None and before is not None else None)
        here = tuple(s for s in added if s.document_id == current)
        others = tuple(_unique(s.document_id for s in added
                               if s.document_id is not None and s.document_id != current))
        where = f" in {len(others) + bool(here)} documents" if others else ""
        return (Change(current, layer, spans_added=here, status=status,
                       other_documents=others,
                       message=f"labelled {len(added)} occurrence(s) as {added[0].label}"
                               f"{where}"), added)

    def remove_spans(self, spans: Sequence[Span], current: int | None) -> Change:
        """Delete spans of one or more documents in one action (the undo of accepting or
        labelling a batch); events and roles go with them as with a delete."""
        if not spans:
            raise UserError("nothing to remove")
        with self._one_transaction():
            parts = []
            for s in spans:
                assert s.id is not None
                parts.append(self.delete_span(s.id))
        return _batch(parts, current, spans[0].layer, f"removed {len(spans)} span(s)")

    def restore_spans(self, spans: Sequence[Span], current: int | None) -> Change:
        """Put spans of one or more documents back under their ids (a batch's redo)."""
        if not spans:
            raise UserError("nothing to restore")
        with self._one_transaction():
            parts = [self.restore((s,)) for s in spans]
        return _batch(parts, current, spans[0].layer, f"restored {len(spans)} span(s)")


def _batch(parts: Sequence[Change], current: int | None, layer: str | None,
           message: str) -> Change:
    """One Change from the Changes of one action's steps: what concerns the open
    document (`current`) in full, the other documents by id."""
    here = [p for p in parts if p.document_id == current]
    others = tuple(_unique(p.document_id for p in parts
                           if p.document_id is not None and p.document_id != current))
    return Change(current, layer,
                  spans_added=tuple(s for p in here for s in p.spans_added),
                  spans_removed=tuple(s for p in here for s in p.spans_removed),
                  events_added=tuple(e for p in here for e in p.events_added),
                  events_removed=tuple(e for p in here for e in p.events_removed),
                  events_modified=tuple(e for p in here for e in p.events_modified),
                  arguments_removed=tuple(a for p in here for a in p.arguments_removed),
                  other_documents=others, message=message)


def _joined(changes: Sequence[Change]) -> Change:
    """Several deletes as one Change (what an undo restores together)."""
    return Change(spans_removed=tuple(s for c in changes for s in c.spans_removed),
                  events_removed=tuple(e for c in changes for e in c.events_removed),
                  arguments_removed=tuple(a for c in changes for a in c.arguments_removed))


def _unique(ids: Iterable[int]) -> list[int]:
    """Ids in first-seen order, each once."""
    return list(dict.fromkeys(ids))
