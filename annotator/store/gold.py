"""The gold layer: writes that record who decided and which annotators agreed.

Every reviewer decision is one transaction: the gold span or event, its
`gold_provenance` row, the decision row (m003) and their change-log entries. A
decision returns a `GoldWrite`, which is enough to take it back (undo) and to put it
back under the same ids (redo).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import cast

from annotator.core.adjudication import (
    ACCEPTED,
    EVENT,
    HOW_ACCEPTED,
    HOW_EDITED,
    HOW_MANUAL,
    HOW_UNANIMOUS,
    REJECTED,
    SPAN,
    Candidate,
    EventKey,
    LayerData,
    Provenance,
    Review,
    SpanKey,
    build_review,
    rivals,
    span_key,
)
from annotator.core.errors import UserError
from annotator.core.layers import annotator_layers
from annotator.core.types import GOLD, Argument, Event, Span, Status
from annotator.store.changelog import ChangeLog
from annotator.store.context import StoreContext
from annotator.store.db import write_transaction
from annotator.store.events import EventStore
from annotator.store.project import ProjectInfo
from annotator.store.spans import SpanStore
from annotator.store.statuses import StatusStore
from annotator.store.values import to_json


@dataclass
class GoldWrite:
    """What one reviewer decision wrote."""

    document_id: int
    spans: list[tuple[Span, Provenance]] = field(default_factory=list)
    events: list[tuple[Event, Provenance]] = field(default_factory=list)
    # (entity, key, decision, the decision it replaced or None)
    decisions: list[tuple[str, str, str, str | None]] = field(default_factory=list)
    # Gold spans and events the decision took out of gold (a rival version replaced),
    # with the provenance they had.
    removed_spans: list[tuple[Span, Provenance | None]] = field(default_factory=list)
    removed_events: list[tuple[Event, Provenance | None]] = field(default_factory=list)


@dataclass(frozen=True, eq=False)
class GoldStore:
    """Review: candidates, decisions, provenance, and the writes into gold."""

    ctx: StoreContext
    log: ChangeLog
    project: ProjectInfo
    spans: SpanStore
    events: EventStore
    statuses: StatusStore

    # ------------------------------------------------------------------ reads
    def annotators_of(self, document_id: int) -> list[str]:
        """The annotators (core.layers) who worked on the document: spans or events on
        it, or a status saying so (a bare visit leaves status 'new')."""
        rows = self.ctx.db.execute(
            "SELECT layer FROM spans WHERE document_id = ? UNION "
            "SELECT layer FROM events WHERE document_id = ? UNION "
            "SELECT layer FROM document_status WHERE document_id = ? "
            "AND status IN ('in_progress', 'done') ORDER BY 1",
            [document_id, document_id, document_id],
        ).fetchall()
        return annotator_layers([r[0] for r in rows], self.project.reviewers())

    def review(self, document_id: int) -> Review:
        """Every candidate of the document with its annotators, gold match and decision."""
        layers = {name: LayerData(self.spans.spans(document_id, name),
                                  self.events.events(document_id, name))
                  for name in self.annotators_of(document_id)}
        gold = LayerData(self.spans.spans(document_id, GOLD),
                         self.events.events(document_id, GOLD))
        return build_review(layers, gold, self.decisions(document_id))

    def decisions(self, document_id: int) -> dict[tuple[str, str], str]:
        return {(r[0], r[1]): r[2] for r in self.ctx.db.execute(
            "SELECT entity, key, decision FROM review_decisions WHERE document_id = ?",
            [document_id])}

    def provenance(self, entity: str, entity_id: int) -> Provenance | None:
        row = self.ctx.db.execute(
            "SELECT entity, entity_id, agreed_by, decided_by, decided_at, how "
            "FROM gold_provenance WHERE entity = ? AND entity_id = ?", [entity, entity_id],
        ).fetchone()
        return _provenance(row) if row else None

    def provenances(self, document_id: int) -> dict[tuple[str, int], Provenance]:
        """Provenance of the document's gold spans and events, by (entity, id)."""
        rows = self.ctx.db.execute(
            "SELECT p.entity, p.entity_id, p.agreed_by, p.decided_by, p.decided_at, p.how "
            "FROM gold_provenance p JOIN spans s ON p.entity = 'span' AND s.id = p.entity_id "
            "WHERE s.document_id = ? UNION ALL "
            "SELECT p.entity, p.entity_id, p.agreed_by, p.decided_by, p.decided_at, p.how "
            "FROM gold_provenance p JOIN events e ON p.entity = 'event' "
            "AND e.id = p.entity_id WHERE e.document_id = ?",
            [document_id, document_id],
        ).fetchall()
        return {(r[0], r[1]): _provenance(r) for r in rows}

    # -------------------------------------------------------------- decisions
    def accept_unanimous(self, document_id: int) -> GoldWrite:
        """Copy into gold every span and event that all annotators of the document marked
        identically and gold lacks; `len(w.spans), len(w.events)` are what was added."""
        missing = self.review(document_id).missing_unanimous
        write = GoldWrite(document_id)
        with write_transaction(self.ctx.db):
            # Spans first, so an event's arguments find their gold spans.
            for c in sorted(missing, key=lambda c: c.kind != SPAN):
                self._accept(write, c, HOW_UNANIMOUS)
        return write

    def accept_candidate(self, document_id: int, candidate: Candidate,
                         keep_rivals: bool = False) -> GoldWrite:
        """Accept one version: copy it into gold (an event with its trigger and arguments)
        and, unless `keep_rivals`, decide its rivals (`adjudication.rivals`) in the same
        transaction: an undecided rival is rejected, a rival already in gold leaves gold
        and is rejected. Undo of the returned GoldWrite restores all of it.

        On a candidate gold already has, only its rivals are decided.
        """
        review = self.review(document_id)
        mine = (candidate.kind, candidate.key_text)
        candidate = next((c for c in review.candidates if (c.kind, c.key_text) == mine),
                         candidate)
        others = [] if keep_rivals else rivals(review, candidate)
        open_ = [c for c in others if not c.decided]
        in_gold = [c for c in others if c.gold_id is not None]
        if candidate.gold_id is not None and not open_ and not in_gold:
            raise UserError("gold already has this " + candidate.kind)
        for c in in_gold:
            gold_id = c.gold_id
            assert gold_id is not None
            if c.kind == SPAN and (self.spans.arguments_filled_by(gold_id)
                                   or self.spans.events_triggered_by(gold_id)):
                raise UserError(f"gold's {c.label} «{c.text}» is part of a gold event and "
                                "stays: accept this version as well (keep both) instead")
        write = GoldWrite(document_id)
        with write_transaction(self.ctx.db):
            for c in in_gold:
                self._leave_gold(write, c, candidate)
                self._decide(write, c.kind, c.key_text, REJECTED)
            if candidate.gold_id is None:
                self._accept(write, candidate, HOW_ACCEPTED)
            for c in open_:
                self._decide(write, c.kind, c.key_text, REJECTED)
        return write

    def reject_candidate(self, document_id: int, candidate: Candidate) -> GoldWrite:
        """Decide that a candidate is not in gold (review mode steps over it)."""
        if candidate.gold_id is not None:
            raise UserError("gold has this " + candidate.kind + ": undo or delete it instead")
        write = GoldWrite(document_id)
        with write_transaction(self.ctx.db):
            self._decide(write, candidate.kind, candidate.key_text, REJECTED)
        return write

    def add_manual_gold_span(self, document_id: int, start: int, end: int,
                             label: str) -> GoldWrite:
        """A span the reviewer marks in gold that no annotator proposed."""
        if self.ctx.schema().event_type(label) is not None:
            raise UserError("events enter gold by accepting an annotator's event")
        self.spans.check_not_duplicate(document_id, GOLD, start, end, label)
        write = GoldWrite(document_id)
        with write_transaction(self.ctx.db):
            self._gold_span(write, (start, end, label), (), HOW_MANUAL)
        return write

    def undo_gold_write(self, write: GoldWrite) -> None:
        """Take a decision back: its events, spans, provenance and decision rows, and put
        back what it took out of gold, under the same ids."""
        with write_transaction(self.ctx.db):
            for ev, _ in reversed(write.events):
                assert ev.id is not None
                self.events.delete_event(ev.id)
                self._drop_provenance(EVENT, ev.id)
            for span, _ in reversed(write.spans):
                assert span.id is not None
                self.spans.delete_span(span.id)
                self._drop_provenance(SPAN, span.id)
            for span, prov in write.removed_spans:
                self.spans.add_span(write.document_id, GOLD, span.start, span.end,
                                    span.label, span_id=span.id)
                if prov is not None:
                    self._put_provenance(prov)
            for ev, prov in write.removed_events:
                self.events.add_event(ev.trigger, ev.type, ev.attributes, ev.arguments, ev.id)
                if prov is not None:
                    self._put_provenance(prov)
            for entity, key, _, before in reversed(write.decisions):
                self._set_decision(write.document_id, entity, key, before)

    def redo_gold_write(self, write: GoldWrite) -> None:
        """Put an undone decision back under the same ids and provenance."""
        with write_transaction(self.ctx.db):
            self.project.ensure_layer(GOLD, "reviewer")
            for ev, _ in write.removed_events:
                assert ev.id is not None
                self.events.delete_event(ev.id)
                self._drop_provenance(EVENT, ev.id)
            for span, _ in write.removed_spans:
                assert span.id is not None
                self.spans.delete_span(span.id)
                self._drop_provenance(SPAN, span.id)
            for span, prov in write.spans:
                self.spans.add_span(write.document_id, GOLD, span.start, span.end,
                                    span.label, span_id=span.id)
                self._put_provenance(prov)
            for ev, prov in write.events:
                self.events.add_event(ev.trigger, ev.type, ev.attributes, ev.arguments, ev.id)
                self._put_provenance(prov)
            for entity, key, decision, _ in write.decisions:
                self._set_decision(write.document_id, entity, key, decision)

    def edit_gold_span(self, span_id: int, start: int, end: int,
                       label: str) -> Provenance | None:
        """Move or relabel a gold span; its provenance becomes 'edited' by this user.

        Returns the provenance it had, for `revert_gold_span`.
        """
        before = self.provenance(SPAN, span_id)
        with write_transaction(self.ctx.db):
            self._reshape(span_id, start, end, label)
            agreed = before.agreed_by if before else ()
            self._put_provenance(Provenance(SPAN, span_id, agreed, self.ctx.user,
                                            self.ctx.clock(), HOW_EDITED))
        return before

    def revert_gold_span(self, span_id: int, start: int, end: int, label: str,
                         provenance: Provenance | None) -> None:
        """Undo an edit: the old boundary and label, and exactly the old provenance."""
        with write_transaction(self.ctx.db):
            self._reshape(span_id, start, end, label)
            if provenance is None:
                self._drop_provenance(SPAN, span_id)
            else:
                self._put_provenance(provenance)

    # --------------------------------------------------------------- helpers
    def _reshape(self, span_id: int, start: int, end: int, label: str) -> None:
        span = self.spans.span(span_id)
        if span.layer != GOLD:
            raise UserError("only gold spans are edited in review mode")
        if (span.start, span.end) != (start, end):
            self.spans.move_span(span_id, start, end)
        if span.label != label:
            self.spans.relabel_span(span_id, label)

    def _accept(self, write: GoldWrite, c: Candidate, how: str) -> None:
        if c.kind == SPAN:
            self._gold_span(write, _as_span_key(c.key), c.annotators, how)
        else:
            self._gold_event(write, c, how)
        self._decide(write, c.kind, c.key_text, ACCEPTED)

    def _leave_gold(self, write: GoldWrite, c: Candidate, accepted: Candidate) -> None:
        """Take a rival's gold copy out of gold; an event's trigger span goes with it
        unless another gold event or the `accepted` event needs it."""
        assert c.gold_id is not None
        if c.kind == SPAN:
            prov = self.provenance(SPAN, c.gold_id)
            write.removed_spans.append((self.spans.delete_span(c.gold_id), prov))
            self._drop_provenance(SPAN, c.gold_id)
            return
        prov = self.provenance(EVENT, c.gold_id)
        ev = self.events.delete_event(c.gold_id)
        self._drop_provenance(EVENT, c.gold_id)
        write.removed_events.append((ev, prov))
        trigger = self.spans.span(ev.trigger)
        keep = _as_span_key(cast(EventKey, accepted.key)[0]) if accepted.kind == EVENT else None
        if span_key(trigger) != keep and not self.spans.events_triggered_by(ev.trigger):
            prov = self.provenance(SPAN, ev.trigger)
            write.removed_spans.append((self.spans.delete_span(ev.trigger), prov))
            self._drop_provenance(SPAN, ev.trigger)

    def _gold_span(self, write: GoldWrite, key: SpanKey, agreed_by: tuple[str, ...],
                   how: str) -> Span:
        """The gold span with this key, made (with provenance) when gold lacks it."""
        start, end, label = key
        found = self.spans.find(write.document_id, GOLD, start, end, label)
        if found is not None:
            return self.spans.span(found)
        self.project.ensure_layer(GOLD, "reviewer")
        span = self.spans.add_span(write.document_id, GOLD, start, end, label)
        assert span.id is not None
        prov = Provenance(SPAN, span.id, tuple(agreed_by), self.ctx.user, self.ctx.clock(), how)
        self._put_provenance(prov)
        write.spans.append((span, prov))
        return span

    def _gold_event(self, write: GoldWrite, c: Candidate, how: str) -> None:
        trigger_key, arg_keys, attrs = cast(EventKey, c.key)
        trigger_key = _as_span_key(trigger_key)
        trigger = self._gold_span(write, trigger_key,
                                  self._marked_by(write.document_id, trigger_key), how)
        args: list[Argument] = []
        for role, start, end, label in arg_keys:
            key = (start, end, label)
            span = self._gold_span(write, key, self._marked_by(write.document_id, key), how)
            assert span.id is not None
            args.append(Argument(role, span.id))
        assert trigger.id is not None
        ev = self.events.add_event(trigger.id, c.label,
                                   {k: json.loads(v) for k, v in attrs}, tuple(args))
        assert ev.id is not None
        prov = Provenance(EVENT, ev.id, c.annotators, self.ctx.user, self.ctx.clock(), how)
        self._put_provenance(prov)
        write.events.append((ev, prov))

    def _marked_by(self, document_id: int, key: SpanKey) -> tuple[str, ...]:
        """The annotators whose layer has exactly this span (a gold span's agreed_by)."""
        names = set(self.annotators_of(document_id))
        return tuple(r[0] for r in self.ctx.db.execute(
            "SELECT DISTINCT layer FROM spans WHERE document_id = ? AND start = ? AND end = ? "
            "AND label = ? ORDER BY layer", [document_id, *key]) if r[0] in names)

    def _decide(self, write: GoldWrite, entity: str, key: str, decision: str) -> None:
        before = self.decisions(write.document_id).get((entity, key))
        self._set_decision(write.document_id, entity, key, decision)
        write.decisions.append((entity, key, decision, before))
        self.project.ensure_layer(GOLD, "reviewer")
        if self.statuses.status(write.document_id, GOLD) == Status.NEW:
            self.statuses.put(write.document_id, GOLD, Status.IN_PROGRESS)

    def _set_decision(self, document_id: int, entity: str, key: str,
                      decision: str | None) -> None:
        if decision is None:
            self.ctx.db.execute("DELETE FROM review_decisions WHERE document_id = ? AND "
                            "entity = ? AND key = ?", [document_id, entity, key])
        else:
            self.ctx.db.execute(
                "INSERT INTO review_decisions (document_id, entity, key, decision, "
                "decided_by, decided_at) VALUES (?,?,?,?,?,?) ON CONFLICT "
                "(document_id, entity, key) DO UPDATE SET decision = excluded.decision, "
                "decided_by = excluded.decided_by, decided_at = excluded.decided_at",
                [document_id, entity, key, decision, self.ctx.user, self.ctx.clock()])
        self.log.log("review_decision", document_id, GOLD, "decision", None, None,
                     {"entity": entity, "key": key, "decision": decision})

    def _put_provenance(self, p: Provenance) -> None:
        self.ctx.db.execute(
            "INSERT INTO gold_provenance (entity, entity_id, agreed_by, decided_by, "
            "decided_at, how) VALUES (?,?,?,?,?,?) ON CONFLICT (entity, entity_id) DO UPDATE "
            "SET agreed_by = excluded.agreed_by, decided_by = excluded.decided_by, "
            "decided_at = excluded.decided_at, how = excluded.how",
            [p.entity, p.entity_id, to_json(list(p.agreed_by)), p.decided_by, p.decided_at,
             p.how])
        self.log.log("gold_provenance", None, GOLD, p.entity, p.entity_id, None,
                     {"agreed_by": list(p.agreed_by), "decided_by": p.decided_by, "how": p.how})

    def _drop_provenance(self, entity: str, entity_id: int) -> None:
        before = self.provenance(entity, entity_id)
        if before is None:
            return
        self.ctx.db.execute("DELETE FROM gold_provenance WHERE entity = ? AND entity_id = ?",
                        [entity, entity_id])
        self.log.log("gold_provenance", None, GOLD, entity, entity_id,
                     {"agreed_by": list(before.agreed_by), "decided_by": before.decided_by,
                      "how": before.how}, None)


def _provenance(row: tuple[str, int, str, str, str, str]) -> Provenance:
    return Provenance(row[0], row[1], tuple(json.loads(row[2])), row[3], row[4], row[5])


def _as_span_key(key: object) -> SpanKey:
    """A span candidate's key, or an event key's trigger, as a tuple (a key read back
    from JSON is a list)."""
    start, end, label = cast(SpanKey, key)
    return (start, end, label)
