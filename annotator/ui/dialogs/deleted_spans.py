"""Edit → Restore deleted spans: bring back spans deleted in an earlier session.

Undo only reaches back to this run of the app; the change log keeps every deleted span
for good. The dialog lists this document's deleted spans in the user's layer, most
recently deleted first, and restores the chosen ones under their old ids and
identities, each as an undoable edit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.changes import Change
from annotator.core.schema import Schema
from annotator.core.types import Span
from annotator.ui.bidi import RightToLeftDelegate, isolate, plain_tooltip
from annotator.ui.i18n.messages import store_message
from annotator.ui.i18n.noop import QT_TRANSLATE_NOOP
from annotator.ui.names import shown_labels

COLUMNS = (QT_TRANSLATE_NOOP("DeletedSpansDialog", "Text"),
           QT_TRANSLATE_NOOP("DeletedSpansDialog", "Label"),
           QT_TRANSLATE_NOOP("DeletedSpansDialog", "Start"),
           QT_TRANSLATE_NOOP("DeletedSpansDialog", "End"))


class DeletedSpansDialog(QDialog):
    """`spans()` lists what can come back now; `restore(span)` brings one back (one
    undoable action) and returns its Change (not ok: refused, nothing written)."""

    def __init__(self, title: str, spans: Callable[[], list[Span]],
                 restore: Callable[[Span], Change], parent: QWidget | None = None,
                 schema: Schema | None = None) -> None:
        super().__init__(parent)
        # Labels as the Spans panel shows them: the interface language's name, the colour.
        labels = schema.all_labels if schema is not None else []
        self._label_names = shown_labels(labels)
        self._colors = {lb.name: lb.color for lb in labels}
        self.setObjectName("deletedSpansDialog")
        self.setWindowTitle(self.tr("Restore deleted spans"))
        self._spans, self._restore = spans, restore
        self.shown: list[Span] = []
        heading = QLabel(self.tr("Spans deleted from «{0}», most recent first:").format(
            isolate(title)))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table = QTableView()
        self.table.setObjectName("deletedSpanList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(0, RightToLeftDelegate(self.table))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.message = QLabel()
        self.message.setObjectName("deletedSpanMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setObjectName("restoreSpansButton")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, 360)
        self.refresh()

    def refresh(self) -> None:
        self.shown = self._spans()
        self.model.removeRows(0, self.model.rowCount())
        for span in self.shown:
            label = QStandardItem(self._label_names.get(span.label, span.label))
            if span.label in self._colors:
                label.setData(QColor(self._colors[span.label]), Qt.ItemDataRole.DecorationRole)
            row = [QStandardItem(span.text), label, QStandardItem(), QStandardItem()]
            row[0].setToolTip(plain_tooltip(span.text))
            for item, offset in zip(row[2:], (span.start, span.end), strict=True):
                # A number, not its text: the view writes it in the locale's digits.
                item.setData(offset, Qt.ItemDataRole.DisplayRole)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow(row)
        self._enable()
        if not self.shown:
            self.message.setText(self.tr("Nothing to restore: no span of this document is "
                                         "deleted."))

    def _enable(self, *_: object) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def restore_selected(self) -> None:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        restored, refused = 0, []
        for span in [self.shown[r] for r in rows]:
            change = self._restore(span)
            if change.ok:
                restored += 1
            else:
                refused.append(f"«{span.text}»: {store_message(change.message)}")
        self.refresh()
        text = self.tr("Restored {0} span(s).").format(restored) if restored else ""
        if refused:
            text += " " + self.tr("Not restored: {0}").format("; ".join(refused))
        self.message.setText(text.strip())
