"""Edit → Label schema: labels, event types (roles, attributes) and document fields.

The dialog edits a copy of the project's schema in tables. Every edit is validated the
way a TOML file is (the schema is written out as TOML and read back by
core.schema.parse_schema, program keys included), and the problems are listed under
the tables; Save stays off while there are any. Saving stores the schema as a new
version through one session action, so Undo takes it back: a renamed label is renamed
on every span, and a removed label that spans still use waits for the user to choose
what happens to them (RemovedLabelsDialog).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core.changes import Change
from annotator.core.document_fields import FIELD_TYPES, DocumentField, FieldValue
from annotator.core.errors import SchemaError
from annotator.core.schema import (
    RESERVED_KEYS,
    Attribute,
    EventType,
    Label,
    Role,
    Schema,
    ValueName,
    parse_schema,
)
from annotator.core.schema_toml import schema_to_toml
from annotator.store.schema_edit import SchemaEdit
from annotator.ui.dialogs.removed_labels import RemovedLabelsDialog
from annotator.ui.dialogs.schema_tables import (
    NO,
    YES,
    EditTable,
    split_names,
    split_values,
)
from annotator.ui.i18n.core_messages import core_message

Save = Callable[[SchemaEdit], Change]
CATEGORY_CHOICES = ("actor", "location", "other")


def _attribute_row(a: Attribute) -> list[str]:
    return [a.name, a.type, ", ".join(a.values), "" if a.default is None else str(a.default),
            a.ar, a.en]


def _attribute(row: list[str], names: tuple[ValueName, ...] = ()) -> Attribute:
    """An attribute from its row; `names`: its values' display names in the schema
    being edited (kept for the values it still has: the tables do not edit them)."""
    name, kind, values, default, ar, en = row
    value: str | int | None = default or None
    if kind == "integer" and default.lstrip("-").isdigit():
        value = int(default)
    codes = split_values(values) if kind == "choice" else ()
    return Attribute(name, codes, value, kind, ar, en,
                     tuple(v for v in names if v.name in codes))


class SchemaEditorDialog(QDialog):
    """`label_usage`: spans per label; `field_usage`: uses per (field, value); `save`
    runs the session action and returns its Change."""

    def __init__(self, schema: Schema, label_usage: dict[str, int],
                 field_usage: dict[tuple[str, str], int], save: Save,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schemaEditor")
        self.setWindowTitle(self.tr("Label schema"))
        self.old, self.usage, self.field_usage, self.save_fn = (
            schema, label_usage, field_usage, save)
        self.built: Schema | None = None
        self._next_id = 0
        self.event_details: dict[int, tuple[list[list[str]], list[list[str]]]] = {}
        self.event_names: dict[int, str | None] = {}  # row id -> original name
        self.field_values: dict[int, list[list[str]]] = {}
        # (event type row id or None for every event, attribute) -> its values' names
        self.value_names: dict[tuple[int | None, str], tuple[ValueName, ...]] = {}
        self._event_row: int | None = None  # the id whose roles the sub-tables show
        self._field_row: int | None = None

        self.tabs = QTabWidget()
        self.tabs.setObjectName("schemaTabs")
        self.tabs.addTab(self._labels_tab(), self.tr("Labels"))
        self.tabs.addTab(self._events_tab(), self.tr("Event types"))
        self.tabs.addTab(self._attributes_tab(), self.tr("Event attributes"))
        self.tabs.addTab(self._fields_tab(), self.tr("Document fields"))
        self.tabs.addTab(self._schema_tab(), self.tr("Schema"))
        self.errors = QListWidget()
        self.errors.setObjectName("schemaErrors")
        self.errors.setMaximumHeight(110)
        self.errors.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("schemaSave")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(QLabel(self.tr("Problems (the schema is saved when there are none):")))
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.validate)
        self.resize(980, 680)
        self.validate()

    def _id(self) -> int:
        self._next_id += 1
        return self._next_id

    def _later(self) -> None:
        self._timer.start()

    # ------------------------------------------------------------------- tabs
    def _labels_tab(self) -> QWidget:
        self.labels = EditTable("schemaLabels", (
            self.tr("Name"), self.tr("Category"), self.tr("Arabic"), self.tr("English"),
            self.tr("Colour"), self.tr("Hotkey"), self.tr("Description")),
            {1: CATEGORY_CHOICES})
        self.labels.set_rows([[lb.name, lb.category, lb.ar, lb.en, lb.color, lb.hotkey,
                               lb.description] for lb in self.old.labels],
                             [lb.name for lb in self.old.labels])
        self.labels.edited.connect(self._later)
        self.labels.buttons["remove"].clicked.disconnect()
        self.labels.buttons["remove"].clicked.connect(self._remove_label)
        return self._page(self.tr("Hotkeys: a letter or digit, or Shift+digit (labels "
                                  "beyond nine). Colour: #rrggbb. A renamed label is "
                                  "renamed on its spans."), self.labels)

    def _events_tab(self) -> QWidget:
        self.events = EditTable("schemaEventTypes", (
            self.tr("Name"), self.tr("Arabic"), self.tr("English"), self.tr("Colour"),
            self.tr("Hotkey"), self.tr("Description")))
        keys = []
        for et in self.old.event_types:
            key = self._id()
            keys.append(key)
            self.event_names[key] = et.name
            self.event_details[key] = (
                [[r.name, ", ".join(r.labels), YES if r.multiple else NO, r.ar, r.en]
                 for r in et.roles],
                [_attribute_row(a) for a in et.attributes])
            self.value_names.update({(key, a.name): a.value_names for a in et.attributes})
        lb = [et.label for et in self.old.event_types]
        self.events.set_rows([[x.name, x.ar, x.en, x.color, x.hotkey, x.description]
                              for x in lb], keys)
        self.events.buttons["add"].clicked.disconnect()
        self.events.buttons["add"].clicked.connect(self._add_event)
        self.roles = EditTable("schemaRoles", (
            self.tr("Role"), self.tr("Labels it accepts"), self.tr("Several spans"),
            self.tr("Arabic"), self.tr("English")),
            checks=frozenset({2}))
        self.event_attributes = EditTable("schemaEventTypeAttributes", (
            self.tr("Attribute"), self.tr("Type"), self.tr("Values"), self.tr("Default"),
            self.tr("Arabic"), self.tr("English")),
            {1: ("choice", "integer")})
        for table in (self.events, self.roles, self.event_attributes):
            table.edited.connect(self._later)
        self.roles.edited.connect(self._store_event_details)
        self.event_attributes.edited.connect(self._store_event_details)
        self.events.currentRowChanged.connect(self._show_event)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.events)
        split.addWidget(self._titled(self.tr("Roles of the selected event type (labels: "
                                             "names separated by commas)"), self.roles))
        split.addWidget(self._titled(self.tr("Its own attributes"), self.event_attributes))
        self._show_event(0 if self.old.event_types else -1)
        return self._page(self.tr("An event's trigger span carries the event type as "
                                  "its label."), split)

    def _attributes_tab(self) -> QWidget:
        self.common_attributes = EditTable("schemaEventAttributes", (
            self.tr("Attribute"), self.tr("Type"), self.tr("Values"), self.tr("Default"),
            self.tr("Arabic"), self.tr("English")),
            {1: ("choice", "integer")})
        self.value_names.update({(None, a.name): a.value_names
                                 for a in self.old.event_attributes})
        self.common_attributes.set_rows([_attribute_row(a)
                                         for a in self.old.event_attributes])
        self.common_attributes.edited.connect(self._later)
        return self._page(self.tr("Attributes every event has (values separated by "
                                  "commas)."), self.common_attributes)

    def _fields_tab(self) -> QWidget:
        self.fields = EditTable("schemaDocumentFields", (
            self.tr("Name"), self.tr("Type"), self.tr("Arabic"), self.tr("English"),
            self.tr("Description")), {1: FIELD_TYPES})
        keys = []
        for f in self.old.document_fields:
            key = self._id()
            keys.append(key)
            self.field_values[key] = [[v.name, v.ar, v.en, v.hotkey, v.description]
                                      for v in f.values]
        self.fields.set_rows([[f.name, f.type, f.ar, f.en, f.description]
                              for f in self.old.document_fields], keys)
        self.fields.buttons["add"].clicked.disconnect()
        self.fields.buttons["add"].clicked.connect(
            lambda: self._add_keyed(self.fields, self.field_values, []))
        self.values = EditTable("schemaFieldValues", (
            self.tr("Value"), self.tr("Arabic"), self.tr("English"), self.tr("Key"),
            self.tr("Description")))
        self.fields.edited.connect(self._later)
        self.values.edited.connect(self._later)
        self.values.edited.connect(self._store_field_values)
        self.fields.currentRowChanged.connect(self._show_field)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.fields)
        split.addWidget(self._titled(self.tr("Values of the selected field (a key works "
                                             "in the Document panel)"), self.values))
        self._show_field(0 if self.old.document_fields else -1)
        return self._page(self.tr("Labels of a whole document: single choice, multiple "
                                  "choice or free text (text has no values)."), split)

    def _schema_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.name = QLineEdit(self.old.name)
        self.name.setObjectName("schemaName")
        self.description = QLineEdit(self.old.description)
        self.description.setObjectName("schemaDescription")
        self.guideline = QPlainTextEdit(self.old.guideline)
        self.guideline.setObjectName("schemaGuideline")
        self.guideline.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        version = QLabel(self.tr("{0}; saved as version {1}").format(
            self.old.version, self.old.version + 1))
        for widget in (self.name, self.description):
            widget.textEdited.connect(lambda _t: self._later())
        self.guideline.textChanged.connect(self._later)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Version:"), version)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Boundary guideline:"), self.guideline)
        return page

    def _page(self, hint: str, body: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        note = QLabel(hint)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(body, 1)
        return page

    def _titled(self, title: str, body: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(title))
        layout.addWidget(body)
        return box

    # --------------------------------------------------------- linked tables
    def _add_keyed(self, table: EditTable, details: dict[int, Any], empty: Any) -> None:
        key = self._id()
        details[key] = empty
        table.add_row(key=key)

    def _add_event(self) -> None:
        key = self._id()
        self.event_details[key] = ([], [])
        self.event_names[key] = None
        self.events.add_row(["", "", "", "#888888"], key)

    def _show_event(self, row: int) -> None:
        key = self.events.key(row) if row >= 0 else None
        self._event_row = key
        roles, attrs = self.event_details.get(key, ([], [])) if key is not None else ([], [])
        self.roles.set_rows(roles)
        self.event_attributes.set_rows(attrs)
        for table in (self.roles, self.event_attributes):
            table.setEnabled(key is not None)

    def _store_event_details(self) -> None:
        if self._event_row is not None:
            self.event_details[self._event_row] = (self.roles.rows(),
                                                   self.event_attributes.rows())

    def _show_field(self, row: int) -> None:
        key = self.fields.key(row) if row >= 0 else None
        self._field_row = key
        self.values.set_rows(self.field_values.get(key, []) if key is not None else [])
        self.values.setEnabled(key is not None)

    def _store_field_values(self) -> None:
        if self._field_row is not None:
            self.field_values[self._field_row] = self.values.rows()

    def _remove_label(self) -> None:
        """Remove the selected label, and its name from every role's list."""
        row = self.labels.table.currentRow()
        if row < 0:
            return
        name = self.labels.cell(row, 0)
        self.labels.remove_current()
        for key, (roles, attrs) in self.event_details.items():
            for role in roles:
                role[1] = ", ".join(x for x in split_names(role[1]) if x != name)
            self.event_details[key] = (roles, attrs)
        self._show_event(self.events.table.currentRow())

    # ------------------------------------------------------------- building
    def renames(self) -> dict[str, str]:
        """Original name -> new name of every renamed label and event type."""
        out = {}
        for original, row in zip(self.labels.keys(), self.labels.rows(), strict=True):
            if original and row[0] and row[0] != original:
                out[original] = row[0]
        for key, row in zip(self.events.keys(), self.events.rows(), strict=True):
            original = self.event_names.get(key)
            if original and row[0] and row[0] != original:
                out[original] = row[0]
        return out

    def removed(self) -> list[str]:
        """Labels and event types of the old schema that no row keeps."""
        kept = {k for k in self.labels.keys() if k} | {
            self.event_names.get(k) for k in self.events.keys()}
        return [lb.name for lb in self.old.all_labels if lb.name not in kept]

    def schema(self) -> Schema:
        """The schema as the tables hold it (not validated)."""
        renames = self.renames()
        labels = tuple(Label(r[0], r[1], r[2], r[3], r[4], r[5], r[6], n)
                       for n, r in enumerate(self.labels.rows()))
        events = []
        for n, (key, r) in enumerate(zip(self.events.keys(), self.events.rows(),
                                         strict=True)):
            roles, attrs = self.event_details.get(key, ([], []))
            events.append(EventType(
                Label(r[0], "event", r[1], r[2], r[3], r[4], r[5], len(labels) + n),
                tuple(Role(x[0], tuple(renames.get(y, y) for y in split_names(x[1])),
                           x[2] == YES, x[3], x[4]) for x in roles),
                tuple(_attribute(a, self.value_names.get((key, a[0]), ())) for a in attrs)))
        fields = tuple(
            DocumentField(r[0], r[1], r[2], r[3], r[4], tuple(
                FieldValue(v[0], v[1], v[2], v[3], v[4])
                for v in self.field_values.get(key, [])))
            for key, r in zip(self.fields.keys(), self.fields.rows(), strict=True))
        return Schema(self.name.text().strip(), self.old.version + 1,
                      self.description.text().strip(), self.guideline.toPlainText().strip(),
                      labels, tuple(events),
                      tuple(_attribute(a, self.value_names.get((None, a[0]), ()))
                            for a in self.common_attributes.rows()),
                      document_fields=fields)

    def validate(self) -> Schema | None:
        """Check the tables as a TOML file is checked; list the problems inline."""
        self._store_event_details()
        self._store_field_values()
        self.errors.clear()
        try:
            built = parse_schema(schema_to_toml(self.schema()), self.tr("label schema"),
                                 reserved=RESERVED_KEYS)
        except SchemaError as exc:
            lines = core_message(str(exc)).splitlines()
            self.errors.addItems([x.strip() for x in lines[1:]] or lines)
            built = None
        if built is not None and self._unchanged(built):
            built = None
            self.errors.addItem(self.tr("Nothing changed yet."))
        self.built = built
        self.save_button.setEnabled(built is not None)
        return built

    def _unchanged(self, built: Schema) -> bool:
        return schema_to_toml(replace(built, version=self.old.version)) == \
            schema_to_toml(self.old)

    # ----------------------------------------------------------------- saving
    def save(self) -> None:
        """Save the new version; first ask about removed labels that spans still use."""
        built = self.validate()
        if built is None:
            return
        in_use = {name: (self.usage[name], self.old.event_type(name) is not None)
                  for name in self.removed() if self.usage.get(name)}
        if not in_use:
            self._commit(built, {})
            return
        ask = RemovedLabelsDialog(in_use, [lb.name for lb in built.labels], self)
        ask.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ask.accepted.connect(lambda: self._commit(built, ask.removals()))
        ask.open()
        self.removed_dialog = ask

    def _commit(self, built: Schema, removals: dict[str, str | None]) -> None:
        change = self.save_fn(SchemaEdit(self.old, built, self.renames(), removals))
        if change.ok:
            self.accept()
            return
        self.errors.clear()
        self.errors.addItems([x.strip() for x in core_message(change.message).splitlines()
                              if x.strip()])
