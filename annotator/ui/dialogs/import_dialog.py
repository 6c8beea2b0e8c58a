"""The Import dialog (File > Import…): files and folders, format, layer and encoding.

It offers what `annotator import` offers (the formats and suffixes of the import
registry, annotator.core.formats) and only collects the choice; the window runs the
import in the background (MainWindow.import_paths, i.e. operations.importing.import_files).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.formats import (
    AUTO,
    DEFAULT_IMPORT_LAYER,
    IMPORT_FORMATS,
    import_choices,
    import_suffixes,
)
from annotator.ui.i18n.format_titles import format_title

# Offered in the encoding box (it is editable: any codec Python knows is accepted).
ENCODINGS = ("utf-8", "utf-16", "cp1256", "iso-8859-6")


@dataclass(frozen=True)
class ImportRequest:
    """MainWindow.import_paths' arguments."""

    paths: list[Path]
    fmt: str = AUTO
    layer: str = DEFAULT_IMPORT_LAYER
    encoding: str | None = None  # None: detect


def file_filter() -> str:
    """Every suffix the importers read, then all files (any file can be forced with a
    format)."""
    patterns = " ".join(f"*{suffix}" for suffix in import_suffixes())
    return QCoreApplication.translate("ImportDialog", "Importable files ({0});;All files (*)"
                                      ).format(patterns)


class ImportDialog(QDialog):
    """Choose what to import and how; accepted only with at least one path."""

    def __init__(self, parent: QWidget, layers: list[str]) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import"))
        self.paths = QListWidget()
        self.paths.setObjectName("importPaths")
        self.paths.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        add_files = self._button(self.tr("Add &files…"), "importAddFiles", self.add_files)
        add_folder = self._button(self.tr("Add f&older…"), "importAddFolder",
                                  self.add_folder)
        remove = self._button(self.tr("&Remove"), "importRemove", self.remove_selected)
        buttons_row = QHBoxLayout()
        for button in (add_files, add_folder, remove):
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)

        self.format = QComboBox()
        self.format.setObjectName("importFormat")
        for name in import_choices():
            self.format.addItem(self.tr("auto (by file suffix)") if name == AUTO else name,
                                name)
            if name in IMPORT_FORMATS:  # what it reads, from the registry
                self.format.setItemData(self.format.count() - 1,
                                        format_title(IMPORT_FORMATS[name].title),
                                        Qt.ItemDataRole.ToolTipRole)
        self.layer = QComboBox()
        self.layer.setObjectName("importLayer")
        self.layer.setEditable(True)
        for name in dict.fromkeys([DEFAULT_IMPORT_LAYER, *layers]):
            self.layer.addItem(name)
        self.layer.setToolTip(self.tr("Where the spans of doccano, Prodigy, CoNLL, spaCy and "
                                      "Label Studio files go (native JSONL names its own)"))
        self.encoding = QComboBox()
        self.encoding.setObjectName("importEncoding")
        self.encoding.setEditable(True)
        self.encoding.addItem(self.tr("detect (UTF-8, UTF-16, Windows-1256)"), None)
        for name in ENCODINGS:
            self.encoding.addItem(name, name)

        self.error = QLabel()
        self.error.setObjectName("importError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("importButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        intro = QLabel(self.tr("Files and folders to import (folders are read recursively: "
                               "{0} files). A text already in the project is skipped.")
                       .format(" ".join(import_suffixes())))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Layer:"), self.layer)
        form.addRow(self.tr("Encoding:"), self.encoding)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.paths, 1)
        layout.addLayout(buttons_row)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------------ paths
    def add_paths(self, paths: list[str | Path]) -> None:
        listed = set(self.path_list())
        for raw in paths:
            path = Path(raw)
            if path not in listed:
                self.paths.addItem(str(path))
                listed.add(path)
        self.error.clear()

    def path_list(self) -> list[Path]:
        return [Path(self.paths.item(i).text()) for i in range(self.paths.count())]

    def remove_selected(self) -> None:
        for item in self.paths.selectedItems():
            self.paths.takeItem(self.paths.row(item))

    def _chooser(self, mode: QFileDialog.FileMode, title: str) -> QFileDialog:
        """A file chooser opened window-modal on this dialog (not a blocking exec)."""
        chooser = QFileDialog(self, title)
        chooser.setObjectName("importChooser")
        chooser.setFileMode(mode)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.filesSelected.connect(self.add_paths)
        return chooser

    def add_files(self) -> QFileDialog:
        chooser = self._chooser(QFileDialog.FileMode.ExistingFiles, self.tr("Add files"))
        chooser.setNameFilter(file_filter())
        chooser.open()
        return chooser

    def add_folder(self) -> QFileDialog:
        chooser = self._chooser(QFileDialog.FileMode.Directory, self.tr("Add folder"))
        chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chooser.open()
        return chooser

    # ----------------------------------------------------------------- result
    def chosen_encoding(self) -> str | None:
        index = self.encoding.currentIndex()
        text = self.encoding.currentText().strip()
        if index >= 0 and self.encoding.itemText(index) == text:
            return self.encoding.itemData(index)
        return text or None

    def request(self) -> ImportRequest:
        return ImportRequest(self.path_list(), self.format.currentData(),
                             self.layer.currentText().strip() or DEFAULT_IMPORT_LAYER,
                             self.chosen_encoding())

    def accept(self) -> None:
        """Refuse, in the dialog, what the import would refuse before reading a file."""
        req = self.request()
        if not req.paths:
            self.error.setText(self.tr("Add files or a folder to import."))
            return
        missing = [str(p) for p in req.paths if not p.exists()]
        if missing:
            self.error.setText(self.tr("No such file or folder: {0}").format(missing[0]))
            return
        if req.encoding is not None:
            try:
                codecs.lookup(req.encoding)
            except LookupError:
                self.error.setText(self.tr("Unknown encoding '{0}'.").format(req.encoding))
                return
        super().accept()
