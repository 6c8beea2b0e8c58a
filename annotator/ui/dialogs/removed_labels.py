"""What happens to the spans of labels removed in the schema editor.

A label that spans still carry cannot simply go: for each one the user chooses to
delete its spans (recoverable: Undo, or Edit → Restore deleted spans once the label is
back) or to relabel them to a label of the new schema. An event type's spans are
triggers, which keep their type (decision 0005): deleting them (with their events) is
the only choice.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

DELETE = ""  # the combo's data for "delete the spans"


def _tr(text: str) -> str:
    return QCoreApplication.translate("RemovedLabelsDialog", text)


class RemovedLabelsDialog(QDialog):
    """`removed`: label -> (spans using it, is an event type); `targets`: the entity
    labels of the new schema a span may be relabelled to."""

    def __init__(self, removed: dict[str, tuple[int, bool]], targets: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("removedLabelsDialog")
        self.setWindowTitle(_tr("Removed labels in use"))
        intro = QLabel(_tr("These labels are removed but spans still carry them. Choose "
                           "what happens to their spans (Undo takes the whole save back)."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.choices: dict[str, QComboBox] = {}
        for label, (count, is_event) in removed.items():
            combo = QComboBox()
            combo.setObjectName(f"removedChoice_{label}")
            what = (_tr("Delete its {0} event(s) and trigger span(s)") if is_event
                    else _tr("Delete its {0} span(s)")).format(count)
            combo.addItem(what, DELETE)
            if not is_event:
                for target in targets:
                    combo.addItem(_tr("Relabel its {0} span(s) as {1}").format(count, target),
                                  target)
            form.addRow(f"{label}:", combo)
            self.choices[label] = combo
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def removals(self) -> dict[str, str | None]:
        """label -> the label its spans get, or None: delete them."""
        return {label: (combo.currentData() or None) for label, combo in self.choices.items()}
