"""The Document panel: the open document's document labels, edited by keys or clicks.

One group per document field of the schema: radio buttons for a single choice (with
Clear), check boxes for a multiple choice, a line for free text. While the panel has
the keyboard focus (Document → Document labels, Ctrl+D) each value's key sets it (a
single choice's key again clears it, a multiple choice's key toggles the value), and
Escape goes back to the text. In review mode it shows gold's values, with what each
annotator chose under each field.

The panel only shows values and reports edits (`valuesEdited`); the controller turns
them into one undoable session action each.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from annotator.core.document_fields import (
    MULTIPLE,
    SINGLE,
    TEXT,
    DocLabels,
    DocLabelValue,
    DocumentField,
    value_text,
)
from annotator.core.schema import Schema
from annotator.ui.bidi import isolate, plain_tooltip
from annotator.ui.names import shown_name


@dataclass
class _FieldWidgets:
    fld: DocumentField
    box: QGroupBox
    buttons: dict[str, QAbstractButton] = field(default_factory=dict)
    group: QButtonGroup | None = None
    line: QLineEdit | None = None
    votes: QLabel | None = None


def value_caption(fld: DocumentField, name: str) -> str:
    """A value as its button shows it: its key, then its name in the interface
    language (the stored name and the other names are in its tooltip)."""
    value = fld.value(name)
    if value is None:
        return name
    key = f"{value.hotkey}  " if value.hotkey else ""
    return f"{key}{shown_name(value)}"


def value_tooltip(fld: DocumentField, name: str) -> str:
    value = fld.value(name)
    if value is None:
        return name
    names = " · ".join(x for x in (value.name, value.en, value.ar) if x)
    return names + (f"\n{value.description}" if value.description else "")


class DocumentLabelsPanel(QWidget):
    valuesEdited = Signal(dict)  # field -> new value (None clears it)
    acceptAgreedRequested = Signal()
    leaveRequested = Signal()  # Escape: back to the text

    def __init__(self, schema: Schema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentLabelsPanel")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.values: DocLabels = {}
        self.fields: dict[str, _FieldWidgets] = {}
        self.keys: dict[str, tuple[str, str]] = {}  # hotkey -> (field, value)
        self.review = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(2, 2, 2, 2)
        self.hint = QLabel()
        self.hint.setObjectName("documentLabelsHint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.accept_agreed = QPushButton(self.tr("Accept agreed labels into gold"))
        self.accept_agreed.setObjectName("acceptAgreedDocLabels")
        self.accept_agreed.setToolTip(self.tr(
            "Copy into gold every document label that all annotators gave the same value"))
        self.accept_agreed.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.accept_agreed.clicked.connect(self.acceptAgreedRequested)
        self.accept_agreed.hide()
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.hint)
        outer.addWidget(self.accept_agreed)
        outer.addWidget(self.area, 1)
        self.set_schema(schema)

    # ------------------------------------------------------------------ schema
    def set_schema(self, schema: Schema) -> None:
        """Build one group per document field (again after the schema changed)."""
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(2, 2, 2, 2)
        self.fields, self.keys = {}, {}
        for fld in schema.document_fields:
            widgets = self._field_box(fld)
            self.fields[fld.name] = widgets
            layout.addWidget(widgets.box)
            for v in fld.values:
                if v.hotkey:
                    self.keys[v.hotkey] = (fld.name, v.name)
        if not schema.document_fields:
            empty = QLabel(self.tr("The label schema defines no document fields "
                                   "(Edit → Label schema adds them)."))
            empty.setWordWrap(True)
            layout.addWidget(empty)
        layout.addStretch(1)
        self.area.setWidget(content)
        self._update_hint()
        self.show_values(self.values)

    def _field_box(self, fld: DocumentField) -> _FieldWidgets:
        box = QGroupBox(shown_name(fld))
        box.setObjectName(f"docField_{fld.name}")
        if fld.description:
            box.setToolTip(plain_tooltip(fld.description))
        layout = QVBoxLayout(box)
        layout.setSpacing(1)
        widgets = _FieldWidgets(fld, box)
        if fld.type == TEXT:
            line = QLineEdit()
            line.setObjectName(f"docFieldText_{fld.name}")
            line.setPlaceholderText(self.tr("(no text)"))
            line.editingFinished.connect(lambda f=fld.name: self._text_edited(f))
            layout.addWidget(line)
            widgets.line = line
        else:
            if fld.type == SINGLE:
                widgets.group = QButtonGroup(box)
                widgets.group.setExclusive(True)
            for v in fld.values:
                button: QAbstractButton = (QRadioButton if fld.type == SINGLE
                                           else QCheckBox)(value_caption(fld, v.name))
                button.setObjectName(f"docValue_{fld.name}_{v.name}")
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.setToolTip(plain_tooltip(value_tooltip(fld, v.name)))
                button.clicked.connect(lambda _=False, f=fld.name, n=v.name: self._clicked(f, n))
                if widgets.group is not None:
                    widgets.group.addButton(button)
                layout.addWidget(button)
                widgets.buttons[v.name] = button
            if fld.type == SINGLE:
                clear = QPushButton(self.tr("Clear"))
                clear.setObjectName(f"docFieldClear_{fld.name}")
                clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                clear.clicked.connect(lambda _=False, f=fld.name: self._emit(f, None))
                row = QHBoxLayout()
                row.addStretch(1)
                row.addWidget(clear)
                layout.addLayout(row)
        votes = QLabel()
        votes.setObjectName(f"docFieldVotes_{fld.name}")
        votes.setTextFormat(Qt.TextFormat.PlainText)
        votes.setWordWrap(True)
        votes.hide()
        layout.addWidget(votes)
        widgets.votes = votes
        return widgets

    # ------------------------------------------------------------------- shown
    def show_values(self, values: DocLabels,
                    votes: dict[str, DocLabels] | None = None) -> None:
        """Show these values (and in review, each annotator's under each field)."""
        self.values = dict(values)
        for name, widgets in self.fields.items():
            value = self.values.get(name)
            if widgets.line is not None:
                if not widgets.line.isModified():  # keep what the user is typing
                    widgets.line.setText(value if isinstance(value, str) else "")
            else:
                chosen = set(value) if isinstance(value, tuple) else {value}
                if widgets.group is not None:
                    widgets.group.setExclusive(False)  # lets every button be unchecked
                for v, button in widgets.buttons.items():
                    button.setChecked(v in chosen)
                if widgets.group is not None:
                    widgets.group.setExclusive(True)
            assert widgets.votes is not None
            if votes is None:
                widgets.votes.hide()
            else:
                given = [f"{who}: {isolate(value_text(lv.get(name)) or '—')}"
                         for who, lv in votes.items()]
                widgets.votes.setText("  ·  ".join(given) or self.tr("no annotator"))
                widgets.votes.show()
        self.accept_agreed.setVisible(votes is not None)

    def set_review(self, on: bool) -> None:
        self.review = on
        self._update_hint()

    def _update_hint(self) -> None:
        keys = self.tr("While this panel has the focus (Ctrl+D), a value's key sets it; "
                       "Escape goes back to the text.") if self.keys else ""
        where = self.tr("Gold (review): ") if self.review else ""
        self.hint.setText(where + keys)

    # ------------------------------------------------------------------- edits
    def _emit(self, name: str, value: DocLabelValue | None) -> None:
        self.valuesEdited.emit({name: value})

    def _clicked(self, name: str, value: str) -> None:
        fld = self.fields[name].fld
        if fld.type == MULTIPLE:
            current = self.values.get(name)
            chosen = set(current) if isinstance(current, tuple) else set()
            chosen ^= {value}
            self._emit(name, tuple(v for v in fld.value_names if v in chosen) or None)
        elif self.values.get(name) != value:
            self._emit(name, value)
        else:
            self.show_values(self.values)  # a click on the chosen value: nothing to do

    def _text_edited(self, name: str) -> None:
        line = self.fields[name].line
        assert line is not None
        if not line.isModified():
            return  # focus left a line nobody typed in (or one an undo just reset)
        line.setModified(False)
        text = line.text().strip()
        if text != (self.values.get(name) or ""):
            self._emit(name, text or None)

    def press_key(self, key: str) -> bool:
        """A value's key: set it, or (pressed again) clear or toggle it."""
        target = self.keys.get(key.upper())
        if target is None or not self.isEnabled():
            return False
        name, value = target
        if self.fields[name].fld.type == SINGLE and self.values.get(name) == value:
            self._emit(name, None)
        else:
            self._clicked(name, value)
        return True

    # --------------------------------------------------------------------- keys
    def _key_char(self, ev: QKeyEvent) -> str | None:
        mods = ev.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods != Qt.KeyboardModifier.NoModifier:
            return None
        key = ev.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 or Qt.Key.Key_A <= key <= Qt.Key.Key_Z:
            return chr(key)
        return ev.text().upper() or None

    def event(self, ev: QEvent) -> bool:
        # The window's single-key shortcuts (R, J, X, E) must not take a value's key.
        if ev.type() == QEvent.Type.ShortcutOverride and isinstance(ev, QKeyEvent):
            char = self._key_char(ev)
            if (char is not None and char in self.keys) or ev.key() == Qt.Key.Key_Escape:
                ev.accept()
                return True
        return super().event(ev)

    def keyPressEvent(self, ev: QKeyEvent) -> None:  # noqa: N802
        if ev.key() == Qt.Key.Key_Escape:
            self.leaveRequested.emit()
            return
        char = self._key_char(ev)
        if char is not None and self.press_key(char):
            return
        super().keyPressEvent(ev)

    def focusInEvent(self, ev) -> None:  # noqa: N802
        super().focusInEvent(ev)
        self.area.setStyleSheet("QScrollArea { border: 2px solid palette(highlight); }")

    def focusOutEvent(self, ev) -> None:  # noqa: N802
        super().focusOutEvent(ev)
        self.area.setStyleSheet("")
