"""The event panel: the document's events, their arguments and editable attributes.

Choosing an event makes it current: the window marks its trigger and arguments in the
text, and new arguments are added to it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QSpinBox, QTreeWidget, QTreeWidgetItem, QWidget

from annotator.core.schema import Schema
from annotator.core.types import Event, Span
from annotator.ui.bidi import isolate
from annotator.ui.names import shown_attribute, shown_code, shown_role, shown_value

EVENT, ARGUMENT, ATTRIBUTE = range(3)
KIND = Qt.ItemDataRole.UserRole
DATA = Qt.ItemDataRole.UserRole + 1
UNSET = "—"


class EventPanel(QTreeWidget):
    currentEventChanged = Signal(object)  # event id or None
    removeArgumentRequested = Signal(int, str, int)  # event, role, span
    attributesEdited = Signal(int, dict)  # event id, all attributes
    deleteEventRequested = Signal(int)

    def __init__(self, schema: Schema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventPanel")
        self.schema = schema
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Event / role"), self.tr("Value")])
        self.events: list[Event] = []
        self.currentItemChanged.connect(self._current_changed)

    def set_events(self, events: list[Event], spans: Mapping[int, Span],
                   current: int | None) -> None:
        self.blockSignals(True)
        self.clear()
        select = None
        for ev in events:
            trigger = spans.get(ev.trigger)
            top = QTreeWidgetItem([shown_code(self.schema, ev.type),
                                   f"«{isolate(trigger.text if trigger else '?')}»"])
            top.setData(0, KIND, EVENT)
            top.setData(0, DATA, ev.id)
            self.addTopLevelItem(top)
            for arg in ev.arguments:
                span = spans.get(arg.span)
                child = QTreeWidgetItem([f"  {shown_role(self.schema, ev.type, arg.role)}",
                                         f"«{isolate(span.text if span else '?')}»"])
                child.setData(0, KIND, ARGUMENT)
                child.setData(0, DATA, (ev.id, arg.role, arg.span))
                top.addChild(child)
            for attr in self.schema.attributes_for(ev.type):
                child = QTreeWidgetItem(
                    [f"  {shown_attribute(self.schema, ev.type, attr.name)}", ""])
                child.setData(0, KIND, ATTRIBUTE)
                child.setData(0, DATA, (ev.id, attr.name))
                top.addChild(child)
                self.setItemWidget(child, 1, self._editor(ev, attr.name))
            top.setExpanded(True)
            if ev.id == current:
                select = top
        self.events = events
        self.resizeColumnToContents(0)
        if select is not None:
            self.setCurrentItem(select)
        self.blockSignals(False)

    def _editor(self, ev: Event, name: str) -> QWidget:
        attr = next(a for a in self.schema.attributes_for(ev.type) if a.name == name)
        value = ev.attributes.get(name)
        assert ev.id is not None
        event_id: int = ev.id
        if attr.type == "integer":
            spin = QSpinBox()
            spin.setObjectName(f"attribute_{name}")
            spin.setRange(-1, 1_000_000)
            spin.setSpecialValueText(UNSET)
            spin.setValue(value if isinstance(value, int) else -1)
            spin.editingFinished.connect(
                lambda: self._edited(event_id, name, spin.value() if spin.value() >= 0 else None))
            return spin
        box = QComboBox()
        box.setObjectName(f"attribute_{name}")
        box.addItem(UNSET, None)
        for code in attr.values:  # shown in the interface language, stored as the code
            box.addItem(shown_value(self.schema, ev.type, name, code), code)
        box.setCurrentIndex(max(0, box.findData(value)) if value is not None else 0)
        box.currentIndexChanged.connect(
            lambda index: self._edited(event_id, name, box.itemData(index)))
        return box

    def _edited(self, event_id: int, name: str, value: object) -> None:
        ev = next((e for e in self.events if e.id == event_id), None)
        if ev is None:
            return
        attrs = dict(ev.attributes)
        if value is None:
            attrs.pop(name, None)
        else:
            attrs[name] = value
        if attrs != ev.attributes:
            self.attributesEdited.emit(event_id, attrs)

    def current_event_id(self) -> int | None:
        item = self.currentItem()
        while item is not None and item.data(0, KIND) != EVENT:
            item = item.parent()
        return item.data(0, DATA) if item is not None else None

    def select_event(self, event_id: int | None) -> None:
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            if item is not None and item.data(0, DATA) == event_id:
                self.setCurrentItem(item)
                return
        self.setCurrentItem(None)  # type: ignore[arg-type, call-overload]

    def _current_changed(self, *_: object) -> None:
        self.currentEventChanged.emit(self.current_event_id())

    def event(self, ev: QEvent) -> bool:
        # Delete on a row of this panel removes that row, not the span selected in the text.
        if (ev.type() == QEvent.Type.ShortcutOverride and isinstance(ev, QKeyEvent)
                and ev.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                and self.currentItem() is not None):
            ev.accept()
            return True
        return super().event(ev)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        item = self.currentItem()
        if item is not None and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            kind = item.data(0, KIND)
            actions: dict[int, Callable[[], None]] = {
                ARGUMENT: lambda: self.removeArgumentRequested.emit(*item.data(0, DATA)),
                EVENT: lambda: self.deleteEventRequested.emit(item.data(0, DATA)),
            }
            if kind in actions:
                actions[kind]()
                return
        super().keyPressEvent(event)
