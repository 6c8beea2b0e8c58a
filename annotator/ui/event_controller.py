"""Events in the window: the event panel, arguments, and their marks in the text.

It observes the open document (`core.document_state`): the panel and the marks are
redrawn from its state when a document opens and when a change touches events (or a
span an event shows), once per change; it never re-reads the store for that. Edits go
through the session's undoable actions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QMenu

from annotator.core.changes import Change
from annotator.core.document_state import OpenDocument
from annotator.core.types import Event, Span
from annotator.ui.bidi import isolate
from annotator.ui.names import shown_attributes, shown_code, shown_role
from annotator.ui.session import Session
from annotator.ui.text_view import TextView
from annotator.ui.widgets.event_panel import EventPanel

ShowMessage = Callable[[str, int], None]


class EventController(QObject):
    def __init__(self, session: Session, panel: EventPanel, text_view: TextView,
                 show_message: ShowMessage, delete_span: Callable[[Span], object],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.document: OpenDocument = session.document
        self.panel, self.text_view = panel, text_view
        self.show_message, self.delete_span = show_message, delete_span
        self.current: int | None = None
        self.events: list[Event] = []
        panel.currentEventChanged.connect(self.set_current)
        panel.removeArgumentRequested.connect(self.remove_argument)
        panel.attributesEdited.connect(self._attributes_edited)
        panel.deleteEventRequested.connect(self.delete_event)
        self.document.opened.connect(lambda _doc: self.reload())
        self.document.subscribe(self._changed)

    def _changed(self, change: Change) -> None:
        """Redraw only when the change concerns events: one of them, or a span that an
        event shows (a trigger or argument that moved or went)."""
        if change.events_changed:
            if change.events_added:
                self.current = change.events_added[-1].id  # a new event is current
            self.reload()
            return
        shown = {e.trigger for e in self.events} | {a.span for e in self.events
                                                     for a in e.arguments}
        if any(s.id in shown for s in (*change.spans_modified, *change.spans_removed)):
            self.reload()

    def reload(self) -> None:
        """The panel and the marks from the open document's events."""
        doc = self.document
        self.events = doc.event_list()
        if self.current not in doc.events:
            self.current = None
        spans = doc.spans
        self.panel.set_events(self.events, spans, self.current)
        self.text_view.trigger_info = {ev.trigger: self.describe(ev, spans)
                                       for ev in self.events}
        self._mark()

    def _type(self, event_type: str) -> str:
        """An event type as the interface shows it (its Arabic name in Arabic)."""
        return shown_code(self.session.repo.schema(), event_type)

    def _role(self, event_type: str, role: str) -> str:
        return shown_role(self.session.repo.schema(), event_type, role)

    def describe(self, ev: Event, spans: Mapping[int, Span]) -> str:
        parts = [self.tr("{0} event").format(self._type(ev.type))]
        for arg in ev.arguments:
            span = spans.get(arg.span)
            role = self._role(ev.type, arg.role)
            parts.append(f"  {role}: «{isolate(span.text if span else '?')}»")
        attrs = shown_attributes(self.session.repo.schema(), ev.type, ev.attributes)
        if attrs:
            parts.append(f"  {attrs}")
        return "\n".join(parts)

    def set_current(self, event_id: int | None) -> None:
        self.current = event_id
        self._mark()
        ev = self.current_event()
        if ev is not None:
            self.show_message(self.tr(
                "{0} selected: click a span, then press R (or right-click it) to add it as "
                "an argument.").format(self._type(ev.type)), 6000)

    def current_event(self) -> Event | None:
        return self.document.event(self.current)

    def _mark(self) -> None:
        ev = self.current_event()
        marks: dict[int, str] = {}
        if ev is not None:
            marks[ev.trigger] = self._type(ev.type)
            for arg in ev.arguments:
                role = self._role(ev.type, arg.role)
                marks[arg.span] = f"{marks[arg.span]} + {role}" if arg.span in marks \
                    else role
        self.text_view.set_emphasis(marks)

    # ------------------------------------------------------------------ edits
    def add_event(self, start: int, end: int, event_type: str) -> None:
        """An event key on a selection: the trigger and the event, made current."""
        doc = self.document.id
        if doc is None:
            return
        change = self.session.push_add_event(doc, start, end, event_type)
        if change.ok:
            self.panel.select_event(self.current)

    def roles_for_selected_span(self) -> tuple[Event, int, list[str]] | None:
        ev = self.current_event()
        span_id = self.document.selected
        if ev is None or ev.id is None:
            self.show_message(self.tr("Choose an event in the Events panel first."), 5000)
            return None
        if span_id is None:
            self.show_message(self.tr("Click the span to add as an argument."), 5000)
            return None
        roles = self.session.repo.roles_accepting(ev.id, span_id)
        if not roles:
            span = self.document.span(span_id)
            label = span.label if span else "?"
            label = shown_code(self.session.repo.schema(), label)
            self.show_message(self.tr("Refused: no free role of {0} accepts a {1} span.")
                              .format(self._type(ev.type), label), 6000)
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
            problem = self.session.repo.role_check(ev.id, role, span_id)
            self.show_message(self.tr("Refused: {0}").format(problem), 6000)
            return
        self.session.push_argument(ev.id, role, span_id)

    def role_menu(self, at: QPoint | None = None) -> QMenu | None:
        """A short menu of only the roles that accept the selected span; None if none do."""
        found = self.roles_for_selected_span()
        if found is None:
            return None
        ev, _span_id, roles = found
        menu = QMenu(self.text_view)
        menu.setObjectName("roleMenu")
        for role in roles:
            shown = self._role(ev.type, role)
            if shown[:1].lower() == role[:1].lower():
                text = self.tr("&{0} of {1}").format(shown, self._type(ev.type))
            else:  # the code's first letter stays the key, as in English ("Attacker": A)
                text = self.tr("{0} of {1} (&{2})").format(shown, self._type(ev.type),
                                                         role[:1])
            action = menu.addAction(text)
            action.setObjectName(f"role_{role}")
            action.triggered.connect(lambda _=False, r=role: self.add_argument(r))
        if at is not None:
            menu.popup(at)
        return menu

    def remove_argument(self, event_id: int, role: str, span_id: int) -> None:
        self.session.push_argument(event_id, role, span_id, add=False)

    def delete_event(self, event_id: int) -> None:
        """Delete on an event in the panel deletes its trigger span (and so the event)."""
        ev = self.document.event(event_id)
        span = self.document.span(ev.trigger) if ev is not None else None
        if span is not None:
            self.delete_span(span)

    def _attributes_edited(self, event_id: int, attributes: dict[str, Any]) -> None:
        self.session.push_attributes(event_id, attributes)
