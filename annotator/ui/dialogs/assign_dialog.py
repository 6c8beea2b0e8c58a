"""Choose who gets which documents: the dialog behind Team → Assign documents.

It only collects the choice (annotators, how many per document, a seed); the Team menu
runs the assignment as a background job, since a large project takes a while.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.core.limits import MAX_SEED

RANDOM_SEED = -1  # the seed box's minimum, shown as "random"


@dataclass(frozen=True)
class AssignChoice:
    users: list[str]
    per_document: int
    seed: int | None


class AssignDialog(QDialog):
    def __init__(self, known: dict[str, int], documents: int,
                 parent: QWidget | None = None) -> None:
        """`known`: annotators to offer, with how many documents each has already."""
        super().__init__(parent)
        self.setObjectName("assignDialog")
        self.setWindowTitle(self.tr("Assign documents"))
        self.known = known
        intro = QLabel(self.tr("Give each of the {0} document(s) to annotators, balanced "
                               "so that everyone gets about the same number. Tick the "
                               "annotators or add new names.").format(documents))
        intro.setWordWrap(True)
        self.users = QListWidget()
        self.users.setObjectName("assignUsers")
        for name in known:
            self._add_item(name, checked=False)
        self.new_names = QLineEdit()
        self.new_names.setObjectName("assignNewNames")
        self.new_names.setPlaceholderText(self.tr("names, separated by commas"))
        add = QPushButton(self.tr("Add"))
        add.setObjectName("assignAddButton")
        add.setAutoDefault(False)
        add.clicked.connect(self.add_names)
        adder = QHBoxLayout()
        adder.addWidget(self.new_names, 1)
        adder.addWidget(add)
        self.per_document = QSpinBox()
        self.per_document.setObjectName("assignPerDocument")
        self.per_document.setRange(1, 1)
        self.seed = QSpinBox()
        self.seed.setObjectName("assignSeed")
        self.seed.setRange(RANDOM_SEED, MAX_SEED)
        self.seed.setSpecialValueText(self.tr("random"))
        self.seed.setToolTip(self.tr("The same seed and annotators give the same assignment"))
        self.hint = QLabel()
        self.hint.setObjectName("assignHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Annotators per document:"), self.per_document)
        form.addRow(self.tr("Seed:"), self.seed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Assign"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.users, 1)
        layout.addLayout(adder)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.users.itemChanged.connect(self._update)
        self.per_document.valueChanged.connect(self._update)
        self._update()
        self.resize(420, 440)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter in the names field adds the names; elsewhere it presses Assign."""
        if (self.focusWidget() is self.new_names
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.add_names()
            return
        super().keyPressEvent(event)

    def _add_item(self, name: str, checked: bool) -> None:
        already = self.known.get(name, 0)
        item = QListWidgetItem(self.tr("{0}  ({1} assigned)").format(name, already) if already
                               else name)
        item.setData(Qt.ItemDataRole.UserRole, name)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.users.addItem(item)

    def _items(self) -> list[QListWidgetItem]:
        return [self.users.item(i) for i in range(self.users.count())]

    def add_names(self) -> None:
        """Add typed names, ticked; a name already listed is ticked instead of repeated."""
        listed = {item.data(Qt.ItemDataRole.UserRole): item for item in self._items()}
        for name in (n.strip() for n in self.new_names.text().split(",")):
            if not name:
                continue
            if name in listed:
                listed[name].setCheckState(Qt.CheckState.Checked)
            else:
                self._add_item(name, checked=True)
                listed[name] = self.users.item(self.users.count() - 1)
        self.new_names.clear()
        self._update()

    def chosen_users(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self._items()
                if item.checkState() == Qt.CheckState.Checked]

    def choice(self) -> AssignChoice:
        seed = self.seed.value()
        return AssignChoice(self.chosen_users(), self.per_document.value(),
                            None if seed == RANDOM_SEED else seed)

    def _update(self) -> None:
        n = len(self.chosen_users())
        self.per_document.setMaximum(max(1, n))
        per = self.per_document.value()
        if n == 0:
            hint = self.tr("Tick at least one annotator.")
        else:
            hint = self.tr("Each document goes to {0} of the {1} ticked annotator(s). "
                           "Assignments made before are kept; documents are topped "
                           "up.").format(per, n)
        self.hint.setText(hint)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(n > 0)
