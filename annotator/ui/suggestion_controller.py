"""Suggestions in the open document: the lane, Tab and Shift+Tab, accept, reject, label all.

The document's suggestions come from the store (computed once per model and gazetteer
version); what is offered is filtered in memory against the open document's spans and
the layer's rejections, and updated from each Change: accepting (it is a span now) or
rejecting one (``Change.suggestions_rejected``) takes it out of the lane, undoing
either brings it back. Every accept, accept all, reject and label all is one store
action and one undo step (ui/session.py).

Keys: Tab / Shift+Tab step through the suggestions (scrolling to each), Return accepts
the current one, a label key accepts it with that label, X or Backspace rejects it.
They act only outside review mode and while a suggestion is current (then no span is
selected): otherwise Return, X and Backspace keep their other meanings.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from annotator.core.changes import Change
from annotator.core.document_state import OpenDocument
from annotator.core.errors import UserError
from annotator.core.suggest.label_all import LabelAll
from annotator.core.suggest.matcher import NameMatch
from annotator.core.suggest.offers import Labelled, Suggested
from annotator.store.repository import Repository
from annotator.ui.actions import SuggestionActions
from annotator.ui.dialogs.label_all_dialog import LabelAllDialog, context
from annotator.ui.session import Session
from annotator.ui.suggestion_lane import SuggestionLane, describe
from annotator.ui.text_view import TextView
from annotator.ui.workers import BackgroundJob, JobFn

ShowMessage = Callable[[str, int], None]
RunJob = Callable[[str, JobFn, Callable[[bool, str], None]], BackgroundJob]
Key = tuple[int, int, str]
SHOW_SETTING = "view/showSuggestions"


class SuggestionController(QObject):
    """`review_toggle` is Review mode's action: in review mode the lane and its keys
    are off. `run_job` runs the project-wide search of label all off the GUI thread."""

    def __init__(self, session: Session, view: TextView, actions: SuggestionActions,
                 review_toggle: QAction, show_message: ShowMessage, run_job: RunJob,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.session, self.view, self.actions = session, view, actions
        self.repo: Repository = session.repo
        self.document: OpenDocument = session.document
        self.show_message, self.run_job = show_message, run_job
        self.parent_widget = parent
        self.review = False
        self.all: tuple[Suggested, ...] = ()  # the document's, for every layer
        self.rejected: set[Key] = set()
        self.labelled: set[Key] = set()  # suggestions the layer has labelled
        self.items: list[Suggested] = []  # offered: neither labelled nor rejected
        self.current: int | None = None
        self._keep: int | None = None  # after accept or reject: stay at this position
        self.lane: SuggestionLane | None = None
        self.label_all_job: BackgroundJob | None = None
        a = actions
        for action in (a.next, a.previous, a.accept, a.reject):
            # Tab, Return and X belong to the text: in the document filter or the span
            # table they keep their own meaning.
            parent.removeAction(action)
            view.addAction(action)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        a.show.setChecked(bool(QSettings().value(SHOW_SETTING, True, bool)))
        a.show.toggled.connect(self._shown)
        a.next.triggered.connect(lambda: self.step(1))
        a.previous.triggered.connect(lambda: self.step(-1))
        a.accept.triggered.connect(lambda: self.accept())
        a.reject.triggered.connect(self.reject)
        a.accept_all.triggered.connect(self.accept_all)
        a.label_all.triggered.connect(self.label_all)
        review_toggle.toggled.connect(self._review)
        self.document.opened.connect(lambda _doc: self.reload())
        self.document.subscribe(self._changed)
        self.document.selection.connect(self._span_selected)
        view.selectionChanged.connect(self._text_selected)
        self._update_actions()

    # --------------------------------------------------------------- state
    @property
    def active(self) -> bool:
        """Suggestions are shown: the project allows them, View shows them, not reviewing."""
        return (self.actions.show.isChecked() and not self.review
                and self.repo.suggestions_enabled())

    def reload(self) -> None:
        """Read the open document's suggestions (computing them if they are stale)."""
        self.all, self.rejected, self.labelled = (), set(), set()
        self.current = self._keep = None
        doc = self.document.id
        if doc is not None and self.active:
            suggestions = self.repo.parts.suggestions
            try:
                self.all = suggestions.document_suggestions(doc)
            except UserError as exc:  # a model another version made: train it again
                self.show_message(str(exc), 8000)
            if self.all:
                self.rejected = suggestions.rejected(doc, self.session.layer)
                labelled = Labelled(self.document.spans.triples())
                self.labelled = {s.key for s in self.all
                                 if labelled.covers(s.start, s.end, s.label)}
        self._offer()

    def _offer(self, keep: Key | None = None) -> None:
        """Rebuild the offered list and the lane; the current suggestion stays `keep`
        (or the one now at the remembered position)."""
        self.items = [s for s in self.all
                      if s.key not in self.rejected and s.key not in self.labelled]
        current = None
        if keep is not None:
            current = next((k for k, s in enumerate(self.items) if s.key == keep), None)
        if current is None and self._keep is not None and self.items:
            current = min(self._keep, len(self.items) - 1)
        self._keep = None
        self.current = current
        self.lane = SuggestionLane(self.items, current) if self.items else None
        self.view.set_suggestion_lane(self.lane)
        self._update_actions()

    def _update_actions(self) -> None:
        a, on = self.actions, self.active
        a.next.setEnabled(on and bool(self.items))
        a.previous.setEnabled(on and bool(self.items))
        a.accept.setEnabled(on and self.current is not None)
        a.reject.setEnabled(on and self.current is not None)
        a.accept_all.setEnabled(on and bool(self.items))
        a.label_all.setEnabled(not self.review and self.document.id is not None)

    def suggestion(self) -> Suggested | None:
        return self.items[self.current] if self.current is not None else None

    # --------------------------------------------------------------- notices
    def _changed(self, change: Change) -> None:
        """Only what the change touches is checked again: the suggestions overlapping
        spans it added, removed or moved, and the ones it rejected or restored."""
        if not self.all:
            return
        spans = (*change.spans_added, *change.spans_removed, *change.spans_modified)
        if not spans and not change.suggestions_rejected and not change.suggestions_restored:
            return
        current = self.suggestion()
        self.rejected.update(change.suggestions_rejected)
        self.rejected.difference_update(change.suggestions_restored)
        if spans:
            lo = min(s.start for s in spans)
            hi = max(s.end for s in spans)
            near = Labelled(self.document.spans.triples(lo, hi))
            for s in self.all:
                if s.start < hi and lo < s.end:
                    if near.covers(s.start, s.end, s.label):
                        self.labelled.add(s.key)
                    else:
                        self.labelled.discard(s.key)
        keep = current.key if current is not None else None
        if current is not None and (current.key in self.rejected
                                    or current.key in self.labelled):
            keep = None  # it went: the next one takes its place (_keep)
        self._offer(keep)

    def _span_selected(self, span_id: int | None) -> None:
        if span_id is not None and self.current is not None:
            self._set_current(None)

    def _text_selected(self) -> None:
        if self.current is not None and self.view.textCursor().hasSelection():
            self._set_current(None)

    def _shown(self, on: bool) -> None:
        QSettings().setValue(SHOW_SETTING, on)
        self.reload()

    def _review(self, on: bool) -> None:
        self.review = on
        self.reload()

    # ------------------------------------------------------------ stepping
    def step(self, delta: int) -> None:
        """Tab (+1) and Shift+Tab (-1): the next or previous suggestion, wrapping; the
        first step goes from the caret."""
        if not self.items:
            return
        if self.current is None:
            caret = self.view.positions.from_qt(self.view.textCursor().position())
            starts = [s.start for s in self.items]
            k = bisect_left(starts, caret)
            target = k % len(self.items) if delta > 0 else (k - 1) % len(self.items)
        else:
            target = (self.current + delta) % len(self.items)
        self._set_current(target, scroll=True)

    def _set_current(self, index: int | None, scroll: bool = False) -> None:
        self.current = index
        if self.lane is not None:
            self.lane.current = index
        if index is not None:
            s = self.items[index]
            if self.document.selected is not None:
                self.document.select(None)
            self.view.clear_selection()
            if scroll:
                self.view.scroll_to(s.start, s.end)
            self.show_message(describe(s), 10000)
        self.view.viewport().update()
        self._update_actions()

    # ------------------------------------------------------------- decisions
    def take_label_key(self, label: str) -> bool:
        """A label key while a suggestion is current accepts it with that label."""
        if not self.active or self.current is None or self.view.textCursor().hasSelection():
            return False
        self.accept(label)
        return True

    def take_delete_key(self) -> bool:
        """Backspace (Delete span) while a suggestion is current rejects it."""
        if not self.active or self.current is None:
            return False
        self.reject()
        return True

    def accept(self, label: str | None = None) -> None:
        s, doc = self.suggestion(), self.document.id
        if s is None or doc is None:
            return
        self._keep = self.current
        self.session.push_accept_suggestions(doc, [s], label)

    def reject(self) -> None:
        s, doc = self.suggestion(), self.document.id
        if s is None or doc is None:
            return
        self._keep = self.current
        self.session.push_reject_suggestions(doc, [s.key])

    def accept_all(self) -> None:
        doc = self.document.id
        if doc is None or not self.items:
            return
        self.session.push_accept_suggestions(doc, list(self.items))

    # ------------------------------------------------------------- label all
    def label_all(self) -> None:
        """Label every other occurrence of the selected span's text: in this document at
        once, or, when it occurs in other documents too, after a dialog listing them."""
        span, doc = self.document.selected_span(), self.document.id
        if span is None or doc is None:
            self.show_message(self.tr("Select a span first: label all labels the other "
                                      "occurrences of its text."), 5000)
            return
        if self.label_all_job is not None:
            return
        finder = LabelAll(span.text, span.label, self.repo.parts.gazetteers.proclitic_inside())
        here = finder.find(self.document.text, self.document.spans.triples())
        layer = self.session.layer
        finished = self.repo.parts.suggestions.finished_documents(layer)
        others = [d for d in self.repo.document_ids() if d != doc and d not in finished]
        found: dict[int, list[NameMatch]] = {}

        def job(repo: Repository, progress: Callable[[int, int], None]) -> str:
            found.update(repo.parts.suggestions.occurrences(finder, layer, others, progress))
            return ""

        def done(ok: bool, message: str) -> None:
            self.label_all_job = None
            if not ok:
                self.show_message(message, 6000)
                return
            if self.document.id == doc:
                self._confirm_label_all(doc, span.text, span.label, here, found)

        self.label_all_job = self.run_job(self.tr("Looking for «{0}»…").format(span.text),
                                          job, done)

    def _confirm_label_all(self, doc: int, name: str, label: str, here: list[NameMatch],
                           elsewhere: dict[int, list[NameMatch]]) -> None:
        occurrences = [(doc, m.start, m.end, label) for m in here]
        if elsewhere:
            rows: list[tuple[str, str]] = []
            for other, matches in elsewhere.items():
                title = self.repo.document(other, with_text=False).title
                text = self.repo.document_text(other)
                rows += [(title, context(text, m.start, m.end)) for m in matches]
            dialog = LabelAllDialog(name, label, len(here), len(rows), len(elsewhere), rows,
                                    self.parent_widget)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            everywhere = occurrences + [(other, m.start, m.end, label)
                                        for other, matches in elsewhere.items()
                                        for m in matches]
            dialog.accepted.connect(lambda: self._label(
                everywhere if dialog.everywhere else occurrences, name))
            dialog.open()
            return
        self._label(occurrences, name)

    def _label(self, occurrences: list[tuple[int, int, int, str]], name: str) -> None:
        if not occurrences:
            self.show_message(self.tr("«{0}» occurs nowhere else unlabelled.").format(name),
                              5000)
            return
        self.session.push_label_all(occurrences)

    def dispose(self, *_: Any) -> None:
        self.view.set_suggestion_lane(None)
