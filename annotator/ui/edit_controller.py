"""Editing the user's own layer: label keys, relabel, delete, trim, restore deleted.

Each edit is one undoable session action (one store transaction); the views follow from
the Change the session publishes, and a refusal is shown by the window's status bar
from the failed Change. This controller only decides which action a key or click means.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QWidget

from annotator.core.arabic import auto_trim_proclitic, trim_proclitic
from annotator.core.boundaries import Edge, Unit, move_edge
from annotator.core.types import Span
from annotator.ui.dialogs.deleted_spans import DeletedSpansDialog
from annotator.ui.event_controller import EventController
from annotator.ui.session import Session, lost_with
from annotator.ui.text_view import TextView

ShowMessage = Callable[[str, int], None]


class EditController(QObject):
    """`auto_trim()` says whether Trim proclitics automatically is on; `parent` is the
    widget dialogs open over."""

    def __init__(self, session: Session, text_view: TextView, events: EventController,
                 show_message: ShowMessage, auto_trim: Callable[[], bool],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.session, self.document = session, session.document
        self.text_view, self.events = text_view, events
        self.show_message, self.auto_trim = show_message, auto_trim
        self.parent_widget = parent

    def apply_label(self, label: str) -> None:
        """A label key or palette click: label the selection, or relabel the selected span."""
        doc = self.document.id
        if doc is None:
            return
        view = self.text_view
        sel = view.selection()
        if sel is not None and self.session.repo.schema().event_type(label) is not None:
            view.clear_selection()
            self.events.add_event(*sel, label)
            return
        if sel is not None:
            start, end = sel
            if self.auto_trim():
                start, end = auto_trim_proclitic(view.text, start, end,
                                                 self.session.repo.span_texts())
            view.clear_selection()
            self.session.push_add(doc, start, end, label)
            return
        span = self.document.selected_span()
        if span is not None and span.label != label:
            self.session.push_relabel(span, label)
        elif span is None:
            self.show_message(self.tr("Select text first (drag, double-click or "
                                      "Shift+arrows), then press a label key."), 4000)

    def delete_selected_span(self) -> None:
        span = self.document.selected_span()
        if span is None:
            self.show_message(self.tr("Click a span to select it first."), 4000)
            return
        self.delete_span(span)

    def delete_span(self, span: Span) -> None:
        """Delete with what depends on it; warn about removed events and roles (Undo
        restores them)."""
        change = self.session.push_delete(span)
        lost = lost_with(change, self.session.repo.schema()) if change.ok else []
        if lost:
            self.show_message(self.tr("Deleted «{0}» and {1}. Undo (Ctrl+Z) restores them.")
                              .format(span.text, ", ".join(lost)), 10000)

    def trim_selected_span(self) -> None:
        span = self.document.selected_span()
        if span is None:
            self.show_message(self.tr("Click a span to select it first."), 4000)
            return
        trimmed = trim_proclitic(self.document.text, span.start, span.end)
        if trimmed is None:
            self.show_message(self.tr("«{0}» has no proclitic to trim.").format(span.text),
                              4000)
            return
        self.session.push_move(span, *trimmed)

    def move_selected_edge(self, edge: Edge, direction: int, unit: Unit) -> None:
        """A boundary key: the selected span's start or end one word or character
        earlier or later (reading order); one undoable move, the span keeps its id,
        roles and provenance."""
        span = self.document.selected_span()
        if span is None:
            self.show_message(self.tr("Click a span to select it first, then move its "
                                      "start or end (Alt+arrows)."), 4000)
            return
        new = move_edge(self.document.text, span.start, span.end, edge, direction, unit)
        if new is None:
            self.show_message(self.tr("The {0} of «{1}» cannot move that way.").format(
                self.tr("start") if edge == "start" else self.tr("end"), span.text), 4000)
            return
        self.session.push_move(span, *new, what=self.tr("Move boundary of"))

    def move_span_to(self, span_id: int, start: int, end: int) -> None:
        """A span's edge dragged with the mouse: one undoable move."""
        span = self.document.span(span_id)
        if span is not None and (start, end) != (span.start, span.end):
            self.session.push_move(span, start, end, what=self.tr("Move boundary of"))

    def relabel_from_table(self, span_id: int, label: str) -> None:
        span = self.document.span(span_id)
        if span is not None:
            self.session.push_relabel(span, label)

    def role_menu_at_span(self) -> None:
        span = self.document.selected_span()
        rects = self.text_view.span_rects(span) if span else []
        where = rects[0].bottomLeft().toPoint() if rects else QPoint(0, 0)
        self.role_menu_at(where)

    def role_menu_at(self, point: QPoint) -> None:
        self.events.role_menu(self.text_view.viewport().mapToGlobal(point))

    def restore_deleted_dialog(self) -> DeletedSpansDialog | None:
        """Open the deleted spans of this document in the user's layer (modeless)."""
        doc_id = self.document.id
        if doc_id is None:
            return None
        repo, layer = self.session.repo, self.session.layer
        schema = repo.schema()

        def restorable() -> list[Span]:
            # An event trigger comes back with its event through Undo, not alone here.
            return [s for s in repo.deleted_spans(doc_id)
                    if s.layer == layer and schema.event_type(s.label) is None]

        dialog = DeletedSpansDialog(self.document.title, restorable,
                                    self.session.push_restore, self.parent_widget, schema)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
