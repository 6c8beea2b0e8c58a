"""The label palette: one button per label with its colour and hotkey."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from annotator.core.schema import Label
from annotator.ui.bidi import plain_tooltip
from annotator.ui.i18n.noop import QT_TRANSLATE_NOOP

CATEGORY_TITLES = {"actor": QT_TRANSLATE_NOOP("LabelPalette", "Actors"),
                   "location": QT_TRANSLATE_NOOP("LabelPalette", "Locations"),
                   "other": QT_TRANSLATE_NOOP("LabelPalette", "Other"),
                   "event": QT_TRANSLATE_NOOP("LabelPalette", "Events")}


def swatch(color: str, size: int = 14) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(color))
    return QIcon(pix)


def button_text(label: Label) -> str:
    """The key first (1-9, letters, Shift+digit), then the name and the Arabic name."""
    key = f"{label.hotkey}  " if label.hotkey else ""
    return f"{key}{label.name} · {label.ar}"


class LabelPalette(QWidget):
    labelChosen = Signal(str)

    def __init__(self, labels: Sequence[Label], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelPalette")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        self.buttons: dict[str, QPushButton] = {}
        self.set_labels(labels)

    def set_labels(self, labels: Sequence[Label]) -> None:
        """One button per label, by category (again after the schema was edited)."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = {}
        for category in ("actor", "location", "other", "event"):
            group = [lb for lb in labels if lb.category == category]
            if not group:
                continue
            heading = QLabel(QCoreApplication.translate("LabelPalette",
                                                        CATEGORY_TITLES[category]))
            heading.setStyleSheet("font-weight: bold; margin-top: 6px;")
            layout.addWidget(heading)
            for lb in group:
                # QPushButton text is never rich text: a name like <b>x</b> shows as typed.
                btn = QPushButton(swatch(lb.color), button_text(lb))
                btn.setObjectName(f"labelButton_{lb.name}")
                key = QCoreApplication.translate("LabelPalette", "key: {0}").format(
                    lb.hotkey) if lb.hotkey else ""
                btn.setToolTip(plain_tooltip(f"{lb.en} — {lb.ar}\n{lb.description}"
                                             + (f"\n{key}" if key else "")))
                btn.setStyleSheet("text-align: left; padding: 3px 6px;")  # mirrored in RTL
                btn.clicked.connect(lambda _=False, n=lb.name: self.labelChosen.emit(n))
                layout.addWidget(btn)
                self.buttons[lb.name] = btn
        layout.addStretch(1)
