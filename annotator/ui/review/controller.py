"""Review mode in the window: toggling it, stepping through disagreements, deciding them.

Every decision is one store action (`repo.actions`, one transaction) run through the
session, which puts it on the undo stack and publishes its Change; the page is redrawn
from the file when a gold change arrives. The controller gets the session, its own
page and the few window callables it needs, not the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from annotator.core.adjudication import REJECTED, SPAN, Candidate, Review, key_text
from annotator.core.changes import Change
from annotator.core.types import GOLD, Span
from annotator.store.gold import GoldWrite
from annotator.ui.actions import Actions
from annotator.ui.bidi import LRM, isolate
from annotator.ui.i18n.messages import how_name, status_name
from annotator.ui.names import shown_labels
from annotator.ui.overlay import Overlay
from annotator.ui.review.model import candidate_text, marked_by, status_text
from annotator.ui.review.view import GOLD_COLOR, ReviewView
from annotator.ui.session import Session

Key = tuple[str, str]  # (kind, key_text) of a candidate
ShowMessage = Callable[[str, int], None]


class ReviewController(QObject):
    """`own_page` is the annotation page (shown when the mode is off); `show_page` puts
    a page in the window's centre; `open_document` opens a document in the window."""

    def __init__(self, session: Session, actions: Actions, own_page: QWidget,
                 show_page: Callable[[QWidget], None], open_document: Callable[[int], None],
                 show_message: ShowMessage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.repo = session.repo
        self.document = session.document
        self.own_page, self.show_page = own_page, show_page
        self.open_document, self.show_message = open_document, show_message
        self.active = False
        self.review: Review | None = None
        self.current: Key | None = None
        self.view = ReviewView()
        labels = self.repo.schema().all_labels
        self.view.text.set_labels({lb.name: lb.color for lb in labels},
                                  {lb.hotkey: lb.name for lb in labels if lb.hotkey})
        self.view.model.colors = {lb.name: lb.color for lb in labels}
        self.view.model.shown_labels = shown_labels(labels)
        a = actions
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
        session.changed.connect(self._changed)
        self.document.opened.connect(lambda _doc: self.document_opened())

    # ------------------------------------------------------------------ mode
    def central(self) -> QWidget:
        """The page the window shows for a document."""
        return self.view if self.active else self.own_page

    def status_layer(self) -> str | None:
        """Where Mark done writes: gold in review mode, the user's layer otherwise."""
        return GOLD if self.active else None

    def set_active(self, on: bool) -> None:
        self.active = on
        for action in self.decide_actions:
            action.setEnabled(on)
        for action in self.own_actions:
            action.setEnabled(not on)
        if self.document.id is None:
            return
        if on:
            self.reload()
            self.show_page(self.view)
            self.view.text.setFocus()
            self.show_message(self.tr("Review mode: F8 steps to the next disagreement; "
                                      "Ctrl+Shift+A accepts what all annotators agree on."),
                              6000)
        else:
            self.show_page(self.own_page)
            self.own_page.setFocus()

    def document_opened(self) -> None:
        if self.active and self.document.id is not None:
            self.current = None
            self.reload()
            self.show_page(self.view)

    # --------------------------------------------------------------- display
    def reload(self) -> None:
        """Re-read the document's layers, gold and decisions, keep the current candidate."""
        text, repo = self.view.text, self.repo
        doc = self.document.id
        if doc is None:
            return
        if text.text != self.document.text:
            text.set_text(self.document.text)
        self.review = review = repo.review(doc)
        self.view.model.schema = repo.schema()  # names event roles
        provenance = repo.provenances(doc)
        text.set_spans([Span(c.start, c.end, c.label, c.text, i + 1)
                        for i, c in enumerate(review.candidates)])
        text.trigger_info = {
            i + 1: self.tr("marked by {0} · {1}").format(
                marked_by(c), status_text(c, provenance.get((c.kind, c.gold_id or 0))))
                   + (f"\n{candidate_text(c, repo.schema())}" if c.kind != SPAN else "")
            for i, c in enumerate(review.candidates)}

        def describe(s: Span) -> str:
            p = provenance.get((SPAN, s.id)) if s.id is not None else None
            who = " — " + self.tr("{0} by {1}; agreed by {2}").format(
                how_name(p.how), p.decided_by, ", ".join(p.agreed_by) or self.tr("none")) \
                if p else ""
            return LRM + self.tr("gold {0}: «{1}»").format(s.label, isolate(s.text)) + who

        text.set_overlays([Overlay(repo.spans(doc, GOLD), describe,
                                   width=2.5, color=QColor(GOLD_COLOR), grow=3.0,
                                   style=Qt.PenStyle.SolidLine)])
        self.view.model.set_review(review, provenance)
        self._summary(doc, review)
        self._select(self.current)

    def _summary(self, doc: int, review: Review) -> None:
        title = self.document.title
        n = len(review.annotators)
        who = ", ".join(review.annotators) or self.tr("none")
        unanimous = (self.tr("{0} unanimous ({1} not yet in gold)").format(
            len(review.unanimous), len(review.missing_unanimous)) if n >= 2
                     else self.tr("unanimity needs two annotators"))
        open_ = sum(cl.open for cl in review.clusters)
        status = status_name(self.repo.status(doc, GOLD))
        self.view.summary.setText(
            f"{LRM}«{isolate(title)}»  ·  " + self.tr(
                "annotators: {0}  ·  {1}  ·  {2} of {3} disagreements open  ·  gold: {4}").format(
                who, unanimous, open_, len(review.clusters), status))

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
            self._say(self.tr("No open disagreements in this document: Ctrl+Return marks "
                              "gold done."))
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
        doc = self.document.id
        if doc is None:
            return
        actions = self.repo.actions
        self.session.push_gold(
            lambda: actions.accept_unanimous(doc), self.tr("Accept unanimous"),
            lambda w: self.tr("Accept unanimous ({0} spans, {1} events)").format(
                len(w.spans), len(w.events)))

    def accept(self) -> None:
        """Return: this version into gold, its rivals rejected (one undo step)."""
        actions = self.repo.actions
        self._decide(lambda doc, c: actions.accept_candidate(doc, c), self.tr("Accept"))

    def accept_also(self) -> None:
        """Shift+Return: this version into gold as well; its rivals stay as they are."""
        actions = self.repo.actions
        self._decide(lambda doc, c: actions.accept_candidate(doc, c, keep_rivals=True),
                     self.tr("Accept also"))

    def reject(self) -> None:
        actions = self.repo.actions
        self._decide(lambda doc, c: actions.reject_candidate(doc, c), self.tr("Reject"),
                     rejecting=True)

    def _decide(self, fn: Callable[[int, Candidate], tuple[Change, GoldWrite]],
                verb: str, rejecting: bool = False) -> None:
        c, doc = self.candidate(), self.document.id
        if c is None or doc is None:
            self._say(self.tr("Choose a candidate first (F8 steps to the next "
                              "disagreement)."))
            return
        row = self._row_of(self.current)
        cluster = self.view.model.rows[row][0] - 1 if row >= 0 else -1

        def note(write: GoldWrite) -> str:
            shown = f"{verb} {c.label} «{isolate(c.text)}»"
            rejected = sum(d == REJECTED for _, key, d, _ in write.decisions
                           if key != c.key_text)
            if rejected and not rejecting:
                shown = self.tr("{0}; {1} other version(s) rejected").format(shown, rejected)
            return shown

        change = self.session.push_gold(lambda: fn(doc, c), f"{verb} {c.label} «{c.text}»",
                                        note)
        if change.ok and cluster >= 0:
            self._advance(cluster)

    def _gold_span(self) -> Span | None:
        c = self.candidate()
        if c is None or c.kind != SPAN or c.gold_id is None:
            self._say(self.tr("Choose a gold span first (a candidate in gold, in the list "
                              "or text)."))
            return None
        return self.repo.span(c.gold_id)

    def edit_boundary(self) -> None:
        sel = self.view.text.selection()
        if sel is None:
            self._say(self.tr("Select the new extent in the review text, then press E."))
            return
        span = self._gold_span()
        if span is not None:
            self._edit(span, sel[0], sel[1], span.label,
                       self.tr("Set boundary of gold «{0}»"))

    def apply_label(self, label: str) -> None:
        """A label key in review: on a text selection a new gold span, else a relabel."""
        doc = self.document.id
        if doc is None:
            return
        sel = self.view.text.selection()
        if sel is None:
            span = self._gold_span()
            if span is not None and span.label != label:
                self._edit(span, span.start, span.end, label,
                           self.tr("Relabel gold «{0}»"))
            return
        start, end = sel
        actions = self.repo.actions
        self._then_select((SPAN, key_text((start, end, label))), lambda: self.session.push_gold(
            lambda: actions.add_manual_gold_span(doc, start, end, label),
            self.tr("Add gold {0}").format(label)))

    def _edit(self, span: Span, start: int, end: int, label: str, verb: str) -> None:
        self._then_select((SPAN, key_text((start, end, label))), lambda: (
            self.session.push_gold_edit(span, start, end, label, verb.format(span.text))))

    def _then_select(self, key: Key, push: Callable[[], Change]) -> None:
        """Push a gold edit whose page redraw selects `key` (the current candidate is
        kept if the edit is refused)."""
        before, self.current = self.current, key
        if push().ok:
            self.view.text.clear_selection()
        else:
            self.current = before

    def _changed(self, change: Change) -> None:
        """A gold change: redraw the page (or open its document: an undo elsewhere)."""
        if not change.ok or not change.gold or not self.active:
            return
        if change.document_id != self.document.id and change.document_id is not None:
            self.open_document(change.document_id)  # undo of a decision in another document
        else:
            self.reload()

    def _say(self, message: str) -> None:
        self.show_message(message, 6000)
