"""Review mode in the window: toggling it, stepping through disagreements, deciding them.

Kept out of MainWindow; every decision is a store write (ui/review/commands.py) pushed
on the session's undo stack, and the page is redrawn from the file afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from annotator.core.adjudication import REJECTED, SPAN, Candidate, Review, key_text
from annotator.core.errors import UserError
from annotator.core.types import GOLD, Span
from annotator.store.gold import GoldWrite
from annotator.ui.bidi import LRM, isolate
from annotator.ui.overlay import Overlay
from annotator.ui.review.commands import GoldEditCommand, GoldWriteCommand
from annotator.ui.review.model import candidate_text, marked_by, status_text
from annotator.ui.review.view import GOLD_COLOR, ReviewView
from annotator.ui.session import lower_first

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow

Key = tuple[str, str]  # (kind, key_text) of a candidate


class ReviewController(QObject):
    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win = win
        self.active = False
        self.review: Review | None = None
        self.current: Key | None = None
        self.view = ReviewView()
        win.stack.addWidget(self.view)
        labels = win.schema.all_labels
        self.view.text.set_labels({lb.name: lb.color for lb in labels},
                                  {lb.hotkey: lb.name for lb in labels if lb.hotkey})
        self.view.model.colors = {lb.name: lb.color for lb in labels}
        a = win.actions
        self.decide_actions = [a.accept_unanimous, a.next_disagreement,
                               a.previous_disagreement, a.accept_candidate, a.accept_also,
                               a.reject_candidate, a.edit_boundary]
        # Edits of the annotator's own layer act on the hidden text view: off in review.
        self.own_actions = [a.delete_span, a.trim, a.add_argument]
        for action in self.decide_actions:
            action.setEnabled(False)
        a.review_mode.toggled.connect(self.set_active)
        a.accept_unanimous.triggered.connect(self.accept_unanimous)
        a.next_disagreement.triggered.connect(lambda: self.step(1))
        a.previous_disagreement.triggered.connect(lambda: self.step(-1))
        a.accept_candidate.triggered.connect(self.accept)
        a.accept_also.triggered.connect(self.accept_also)
        a.reject_candidate.triggered.connect(self.reject)
        a.edit_boundary.triggered.connect(self.edit_boundary)
        self.view.text.labelKeyPressed.connect(self.apply_label)
        self.view.text.spanSelected.connect(self._span_clicked)
        self.view.list.selectionModel().currentRowChanged.connect(self._row_chosen)
        win.session.goldChanged.connect(self._gold_changed)

    # ------------------------------------------------------------------ mode
    def central(self) -> QWidget:
        """The page the window shows for a document."""
        return self.view if self.active else self.win.text_view

    def status_layer(self) -> str | None:
        """Where Mark done writes: gold in review mode, the user's layer otherwise."""
        return GOLD if self.active else None

    def set_active(self, on: bool) -> None:
        self.active = on
        for action in self.decide_actions:
            action.setEnabled(on)
        for action in self.own_actions:
            action.setEnabled(not on)
        win = self.win
        if win.document_id is None:
            return
        if on:
            self.reload()
            win.stack.setCurrentWidget(self.view)
            self.view.text.setFocus()
            win.statusBar().showMessage("Review mode: F8 steps to the next disagreement; "
                                        "Ctrl+Shift+A accepts what all annotators agree on.",
                                        6000)
        else:
            win.stack.setCurrentWidget(win.text_view)
            win.text_view.setFocus()

    def document_opened(self) -> None:
        if self.active:
            self.current = None
            self.reload()
            self.win.stack.setCurrentWidget(self.view)

    # --------------------------------------------------------------- display
    def reload(self) -> None:
        """Re-read the document's layers, gold and decisions, keep the current candidate."""
        win, text = self.win, self.view.text
        doc = win.document_id
        if doc is None:
            return
        if text.font() != win.text_view.font():
            text.setFont(QFont(win.text_view.font()))
        if text.text != win.text_view.text:
            text.set_text(win.text_view.text)
        self.review = review = win.repo.review(doc)
        provenance = win.repo.provenances(doc)
        text.set_spans([Span(c.start, c.end, c.label, c.text, i + 1)
                        for i, c in enumerate(review.candidates)])
        text.trigger_info = {
            i + 1: f"marked by {marked_by(c)} · "
                   f"{status_text(c, provenance.get((c.kind, c.gold_id)))}"
                   + (f"\n{candidate_text(c)}" if c.kind != SPAN else "")
            for i, c in enumerate(review.candidates)}

        def describe(s: Span) -> str:
            p = provenance.get((SPAN, s.id)) if s.id is not None else None
            who = f" — {p.how} by {p.decided_by}; agreed by {', '.join(p.agreed_by) or 'none'}" \
                if p else ""
            return f"{LRM}gold {s.label}: «{isolate(s.text)}»{who}"

        text.set_overlays([Overlay(win.repo.spans(doc, GOLD), describe,
                                   width=2.5, color=QColor(GOLD_COLOR), grow=3.0,
                                   style=Qt.PenStyle.SolidLine)])
        self.view.model.set_review(review, provenance)
        self._summary(doc, review)
        self._select(self.current)

    def _summary(self, doc: int, review: Review) -> None:
        title = self.win.repo.document(doc, with_text=False).title
        n = len(review.annotators)
        who = ", ".join(review.annotators) or "none"
        unanimous = (f"{len(review.unanimous)} unanimous "
                     f"({len(review.missing_unanimous)} not yet in gold)" if n >= 2
                     else "unanimity needs two annotators")
        open_ = sum(cl.open for cl in review.clusters)
        status = self.win.repo.status(doc, GOLD).replace("_", " ")
        self.view.summary.setText(
            f"{LRM}«{isolate(title)}»  ·  annotators: {who}  ·  {unanimous}  ·  "
            f"{open_} of {len(review.clusters)} disagreements open  ·  gold: {status}")

    def _select(self, key: Key | None) -> None:
        """Make `key` the current candidate in the list (if listed) and the text."""
        self.current = key
        row = self._row_of(key)
        self.view.list.blockSignals(True)
        self.view.select_row(row)
        self.view.list.blockSignals(False)
        index = self._index_of(key)
        if index is not None and self.view.text.selected_span_id != index + 1:
            self.view.text.select_span(index + 1, scroll=True)

    def _row_of(self, key: Key | None) -> int:
        return next((r for r, (_, c) in enumerate(self.view.model.rows)
                     if (c.kind, c.key_text) == key), -1)

    def _index_of(self, key: Key | None) -> int | None:
        if self.review is None or key is None:
            return None
        return next((i for i, c in enumerate(self.review.candidates)
                     if (c.kind, c.key_text) == key), None)

    def candidate(self) -> Candidate | None:
        index = self._index_of(self.current)
        return self.review.candidates[index] if index is not None and self.review else None

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        c = self.view.model.candidate(current.row())
        if c is not None:
            self._select((c.kind, c.key_text))

    def _span_clicked(self, span_id: int | None) -> None:
        if span_id is None or self.review is None or not 0 < span_id <= len(
                self.review.candidates):
            return  # a text selection deselects the span: keep the current candidate
        c = self.review.candidates[span_id - 1]
        self._select((c.kind, c.key_text))

    # -------------------------------------------------------------- stepping
    def step(self, delta: int) -> None:
        """The first open candidate of the next (or previous) open cluster, wrapping."""
        if self.review is None:
            return
        open_ = [i for i, cl in enumerate(self.review.clusters) if cl.open]
        if not open_:
            self._say("No open disagreements in this document: Ctrl+Return marks gold done.")
            return
        row = self._row_of(self.current)
        here = self.view.model.rows[row][0] - 1 if row >= 0 else (-1 if delta > 0 else
                                                                   len(self.review.clusters))
        if delta > 0:
            target = next((i for i in open_ if i > here), open_[0])
        else:
            target = next((i for i in reversed(open_) if i < here), open_[-1])
        self._open_in(target)

    def _open_in(self, cluster: int) -> None:
        assert self.review is not None
        c = next(c for c in self.review.clusters[cluster].candidates if not c.decided)
        self._select((c.kind, c.key_text))

    def _advance(self, cluster: int) -> None:
        """After a decision: the next open candidate of the same cluster, else step on."""
        if self.review is not None and cluster < len(self.review.clusters) and \
                self.review.clusters[cluster].open:
            self._open_in(cluster)
        elif self.review is not None and any(cl.open for cl in self.review.clusters):
            self.step(1)

    # -------------------------------------------------------------- decisions
    def accept_unanimous(self) -> None:
        doc = self.win.document_id
        if doc is None:
            return
        write = self.win.repo.accept_unanimous(doc)
        if not write.spans and not write.events:
            self._say("Gold already has everything all annotators marked identically.")
            return
        self._push(write, f"Accept unanimous ({len(write.spans)} spans, "
                          f"{len(write.events)} events)")

    def accept(self) -> None:
        """Return: this version into gold, its rivals rejected (one undo step)."""
        self._decide(self.win.repo.accept_candidate, "Accept")

    def accept_also(self) -> None:
        """Shift+Return: this version into gold as well; its rivals stay as they are."""
        self._decide(lambda doc, c: self.win.repo.accept_candidate(doc, c, keep_rivals=True),
                     self.tr("Accept also"))

    def reject(self) -> None:
        self._decide(self.win.repo.reject_candidate, "Reject")

    def _decide(self, fn: Callable[[int, Candidate], GoldWrite], verb: str) -> None:
        c, doc = self.candidate(), self.win.document_id
        if c is None or doc is None:
            self._say("Choose a candidate first (F8 steps to the next disagreement).")
            return
        row = self._row_of(self.current)
        cluster = self.view.model.rows[row][0] - 1 if row >= 0 else -1
        try:
            write = fn(doc, c)
        except UserError as exc:
            self._say(str(exc))
            return
        shown = f"{verb} {c.label} «{isolate(c.text)}»"
        rejected = sum(d == REJECTED for _, key, d, _ in write.decisions
                       if key != c.key_text)
        if rejected and verb != "Reject":
            shown = self.tr("{0}; {1} other version(s) rejected").format(shown, rejected)
        self._push(write, f"{verb} {c.label} «{c.text}»", shown)
        if cluster >= 0:
            self._advance(cluster)

    def _push(self, write: GoldWrite, what: str, note: str | None = None) -> None:
        """Put a committed decision on the undo stack (`what` is its undo text) and say
        it in the status bar (`note`, else `what`), labels as the schema names them."""
        session = self.win.session
        session.push_applied(GoldWriteCommand(session, write, what))
        session.gold_done(write.document_id, lower_first(note or what))

    def _gold_span(self) -> Span | None:
        c = self.candidate()
        if c is None or c.kind != SPAN or c.gold_id is None:
            self._say("Choose a gold span first (a candidate in gold, in the list or text).")
            return None
        return self.win.repo.span(c.gold_id)

    def edit_boundary(self) -> None:
        sel = self.view.text.selection()
        if sel is None:
            self._say("Select the new extent in the review text, then press E.")
            return
        span = self._gold_span()
        if span is not None:
            self._edit(span, sel[0], sel[1], span.label, "Set boundary of")

    def apply_label(self, label: str) -> None:
        """A label key in review: on a text selection a new gold span, else a relabel."""
        doc = self.win.document_id
        if doc is None:
            return
        sel = self.view.text.selection()
        if sel is None:
            span = self._gold_span()
            if span is not None and span.label != label:
                self._edit(span, span.start, span.end, label, "Relabel")
            return
        try:
            write = self.win.repo.add_manual_gold_span(doc, sel[0], sel[1], label)
        except UserError as exc:
            self._say(str(exc))
            return
        self.view.text.clear_selection()
        self.current = (SPAN, key_text((sel[0], sel[1], label)))
        self._push(write, f"Add gold {label}")

    def _edit(self, span: Span, start: int, end: int, label: str, verb: str) -> None:
        assert span.id is not None and span.document_id is not None
        before = (span.start, span.end, span.label)
        try:
            provenance = self.win.repo.edit_gold_span(span.id, start, end, label)
        except UserError as exc:
            self._say(str(exc))
            return
        self.view.text.clear_selection()
        self.current = (SPAN, key_text((start, end, label)))
        what = f"{verb} gold «{span.text}»"
        session = self.win.session
        session.push_applied(GoldEditCommand(session, span.document_id, span.id, before,
                                             (start, end, label), provenance, what))
        session.gold_done(span.document_id, lower_first(what))

    def _gold_changed(self, document_id: int) -> None:
        if not self.win.doc_model.has_review:
            self.win.refresh_documents()  # the first gold decision: show the Review column
        if not self.active:
            return
        if document_id != self.win.document_id:
            self.win.open_document(document_id)  # undo of a decision in another document
        else:
            self.reload()

    def _say(self, message: str) -> None:
        self.win.statusBar().showMessage(message, 6000)
