"""Events in the window: event hotkeys, the event panel, arguments and their marks.

Kept apart from MainWindow so the window stays a thin assembly of parts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QMenu

from annotator.core.errors import UserError
from annotator.core.types import Event
from annotator.ui.bidi import isolate

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow


class EventController(QObject):
    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win = win
        self.current: int | None = None
        self.events: list[Event] = []
        panel = win.event_panel
        panel.currentEventChanged.connect(self.set_current)
        panel.removeArgumentRequested.connect(self.remove_argument)
        panel.attributesEdited.connect(self._attributes_edited)
        panel.deleteEventRequested.connect(self.delete_event)

    @property
    def session(self):
        return self.win.session

    def reload(self) -> None:
        """Re-read the current document's events (after any edit) and redraw marks."""
        win = self.win
        if win.document_id is None:
            self.events = []
        else:
            self.events = win.repo.events(win.document_id, win.session.layer)
        if self.current not in {e.id for e in self.events}:
            self.current = None
        spans = {s.id: s for s in win.text_view.spans if s.id is not None}
        win.event_panel.set_events(self.events, spans, self.current)
        win.text_view.trigger_info = {ev.trigger: self.describe(ev, spans) for ev in self.events}
        self._mark()

    def describe(self, ev: Event, spans: dict) -> str:
        parts = [f"{ev.type} event"]
        for arg in ev.arguments:
            span = spans.get(arg.span)
            parts.append(f"  {arg.role}: «{isolate(span.text if span else '?')}»")
        attrs = ", ".join(f"{k}={v}" for k, v in sorted(ev.attributes.items()))
        if attrs:
            parts.append(f"  {attrs}")
        return "\n".join(parts)

    def set_current(self, event_id: int | None) -> None:
        self.current = event_id
        self._mark()
        ev = self.current_event()
        if ev is not None:
            self.win.statusBar().showMessage(
                f"{ev.type} selected: click a span, then press R (or right-click it) to add "
                "it as an argument.", 6000)

    def current_event(self) -> Event | None:
        return next((e for e in self.events if e.id == self.current), None)

    def _mark(self) -> None:
        ev = self.current_event()
        marks: dict[int, str] = {}
        if ev is not None:
            marks[ev.trigger] = ev.type
            for arg in ev.arguments:
                marks[arg.span] = f"{marks[arg.span]} + {arg.role}" if arg.span in marks \
                    else arg.role
        self.win.text_view.set_emphasis(marks)

    # ------------------------------------------------------------------ edits
    def add_event(self, start: int, end: int, event_type: str) -> None:
        assert self.win.document_id is not None
        ev = self.session.push_add_event(self.win.document_id, start, end, event_type)
        self.current = ev.id
        self.reload()
        self.win.event_panel.select_event(ev.id)

    def roles_for_selected_span(self) -> tuple[Event, int, list[str]] | None:
        ev = self.current_event()
        span_id = self.win.text_view.selected_span_id
        if ev is None or ev.id is None:
            self.win.statusBar().showMessage("Choose an event in the Events panel first.", 5000)
            return None
        if span_id is None:
            self.win.statusBar().showMessage("Click the span to add as an argument.", 5000)
            return None
        roles = self.win.repo.roles_accepting(ev.id, span_id)
        if not roles:
            span = self.win.text_view.span_by_id(span_id)
            label = span.label if span else "?"
            self.win.statusBar().showMessage(
                f"Refused: no free role of {ev.type} accepts a {label} span.", 6000)
            return None
        return ev, span_id, roles

    def add_argument(self, role: str) -> None:
        """Add the selected span to the current event in `role` (refused with a message)."""
        found = self.roles_for_selected_span()
        if found is None:
            return
        ev, span_id, roles = found
        assert ev.id is not None
        if role not in roles:
            problem = self.win.repo.role_check(ev.id, role, span_id)
            self.win.statusBar().showMessage(f"Refused: {problem}", 6000)
            return
        try:
            self.session.push_argument(ev.id, role, span_id)
        except UserError as exc:
            self.win.statusBar().showMessage(f"Refused: {exc}", 6000)

    def role_menu(self, at: QPoint | None = None) -> QMenu | None:
        """A short menu of only the roles that accept the selected span; None if none do."""
        found = self.roles_for_selected_span()
        if found is None:
            return None
        ev, _span_id, roles = found
        menu = QMenu(self.win)
        menu.setObjectName("roleMenu")
        for role in roles:
            action = menu.addAction(f"&{role} of {ev.type}")
            action.setObjectName(f"role_{role}")
            action.triggered.connect(lambda _=False, r=role: self.add_argument(r))
        if at is not None:
            menu.popup(at)
        return menu

    def remove_argument(self, event_id: int, role: str, span_id: int) -> None:
        self.session.push_argument(event_id, role, span_id, add=False)

    def delete_event(self, event_id: int) -> None:
        ev = self.win.repo.event(event_id)
        span = self.win.text_view.span_by_id(ev.trigger)
        if span is not None:
            self.win.delete_span(span)

    def _attributes_edited(self, event_id: int, attributes: dict) -> None:
        try:
            self.session.push_attributes(event_id, attributes)
        except UserError as exc:
            self.win.statusBar().showMessage(str(exc), 6000)
