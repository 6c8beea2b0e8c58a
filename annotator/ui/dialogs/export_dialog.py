"""The Export dialog (File > Export…) and the background run that shows its report.

It offers what `annotator export` offers: format, layer, output, a train/dev/test split
with its seed, the token options of the token formats (with --include-events) and
--strict. The formats and what each takes come from the export registry
(annotator.core.formats); OK builds the same ExportRequest as `annotator export` and the
window runs annotator.operations.exporting.export with it on the job's own connection.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import UserError
from annotator.core.exporters.options import CLITICS, NESTED, SCHEMES, TokenOptions
from annotator.core.exporters.report import ExportReport
from annotator.core.exporters.request import ExportRequest
from annotator.core.formats import EXPORT_FORMATS, ExportFormat
from annotator.core.limits import MAX_SEED
from annotator.core.splits import DEFAULT_SPLIT
from annotator.operations.exporting import export
from annotator.store.repository import Repository
from annotator.ui.i18n.core_messages import core_message
from annotator.ui.i18n.format_titles import format_title
from annotator.ui.workers import cancelled_message

# clitics "auto": each format's own default (its registry entry; TokenOptions.for_format).
TOKEN_CHOICES = {"scheme": SCHEMES, "clitics": CLITICS, "nested": NESTED}


def file_filter(spec: ExportFormat) -> str:
    """The save dialog's filter for a format that writes a file: its files, then all."""
    return QCoreApplication.translate("ExportDialog", "{0} (*{1});;All files (*)").format(
        format_title(spec.title), spec.suffix)


def _combo(name: str, items: list[tuple[str, str]]) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for text, data in items:
        box.addItem(text, data)
    return box


class ExportDialog(QDialog):
    """Choose what to export and where; accepted only with a usable request."""

    def __init__(self, parent: QWidget, layers: list[str]) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.format = _combo("exportFormat", [(format_title(f.title), f.name)
                                              for f in EXPORT_FORMATS.values()])
        names = (["gold"] if "gold" in layers else []) + ["all"] + [
            x for x in layers if x != "gold"]
        self.layer = _combo("exportLayer", [(self.tr("all layers") if x == "all" else x, x)
                                            for x in names])
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("exportBrowse")
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        self.split_on = QCheckBox(self.tr("Split by document into train/dev/test"))
        self.split_on.setObjectName("exportSplitEnabled")
        self.split = QLineEdit(DEFAULT_SPLIT)
        self.split.setObjectName("exportSplit")
        self.seed = QSpinBox()
        self.seed.setObjectName("exportSeed")
        self.seed.setRange(0, MAX_SEED)

        self.tokens = QGroupBox(self.tr("Token options"))
        self.tokens.setObjectName("exportTokenOptions")
        token_form = QFormLayout(self.tokens)
        self.token_boxes = {}
        for key, values in TOKEN_CHOICES.items():
            box = _combo(f"export{key.title()}", [(self._token_value(v), v) for v in values])
            self.token_boxes[key] = box
            token_form.addRow(self._token_title(key), box)
        self.include_events = QCheckBox(self.tr("Include event triggers (--include-events)"))
        self.include_events.setObjectName("exportIncludeEvents")
        self.include_events.setToolTip(self.tr(
            "Token formats are entity data: event trigger spans are left out unless ticked"))
        token_form.addRow(self.include_events)
        self.strict = QCheckBox(self.tr("Strict: report problems as a failure (--strict)"))
        self.strict.setObjectName("exportStrict")
        self.strict.setToolTip(self.tr(
            "Problems (such as spans widened to whole tokens) make the export fail; the "
            "files are still written, as with the command line"))

        self.error = QLabel()
        self.error.setObjectName("exportError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("exportButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Layer:"), self.layer)
        self.path_label = QLabel(self.tr("Output file:"))
        form.addRow(self.path_label, path_row)
        form.addRow(self.split_on)
        form.addRow(self.tr("Split:"), self.split)
        form.addRow(self.tr("Seed:"), self.seed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tokens)
        layout.addWidget(self.strict)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self._suffix = self._current_suffix()
        self.format.currentIndexChanged.connect(self._format_changed)
        self.split_on.toggled.connect(self._update)
        self._update()

    def _token_value(self, value: str) -> str:
        """A token option's value as shown (the command line's word in brackets)."""
        shown = {"auto": self.tr("automatic"), "keep": self.tr("keep attached"),
                 "split": self.tr("split off"), "columns": self.tr("one column per level"),
                 "outermost": self.tr("outermost only")}.get(value)
        return f"{shown} ({value})" if shown else value

    def _token_title(self, key: str) -> str:
        return {"scheme": self.tr("Scheme:"), "clitics": self.tr("Clitics:"),
                "nested": self.tr("Nested:")}.get(key, key.title() + ":")

    # ------------------------------------------------------------------ state
    def spec(self) -> ExportFormat:
        """The registry entry of the chosen format."""
        return EXPORT_FORMATS[self.format.currentData()]

    def _current_suffix(self) -> str:
        return self.spec().suffix

    def wants_folder(self) -> bool:
        return self.split_on.isChecked() or not self._current_suffix()

    def _format_changed(self) -> None:
        """Keep a typed file name in step with the format: export.jsonl -> export.csv."""
        old, new = self._suffix, self._current_suffix()
        text = self.path.text()
        if old and new and not self.split_on.isChecked() and text.endswith(old):
            self.path.setText(text[: -len(old)] + new)
        self._suffix = new
        self._update()

    def _update(self) -> None:
        self.tokens.setVisible(self.spec().tokens)
        self.split.setEnabled(self.split_on.isChecked())
        self.seed.setEnabled(self.split_on.isChecked())
        self.path_label.setText(self.tr("Output folder:") if self.wants_folder()
                                else self.tr("Output file:"))
        self.error.clear()
        self.adjustSize()

    def browse(self) -> None:
        if self.wants_folder():
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"),
                                                      self.path.text())
        else:
            spec = self.spec()
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export to file"), self.path.text() or f"export{spec.suffix}",
                file_filter(spec))
        if chosen:
            self.path.setText(chosen)

    def request(self) -> ExportRequest:
        """The fields as the request `annotator export` builds from its arguments."""
        return ExportRequest(
            self.format.currentData(), Path(self.path.text().strip()),
            self.layer.currentData(),
            self.split.text().strip() if self.split_on.isChecked() else None,
            self.seed.value(),
            TokenOptions(**{key: box.currentData() for key, box in self.token_boxes.items()}),
            self.include_events.isChecked(), self.strict.isChecked())

    def accept(self) -> None:
        """Refuse, in the dialog, what the export would refuse: no path, a bad split spec."""
        if not self.path.text().strip():
            self.error.setText(self.tr("Choose where to write the export."))
            return
        req = self.request()
        try:
            req.check()
        except UserError as exc:
            self.error.setText(core_message(str(exc)))
            return
        target = Path(req.target)
        folder = target if self.wants_folder() else target.parent
        if not (folder if folder.exists() else folder.parent).is_dir():
            self.error.setText(self.tr("The folder {0} does not exist.").format(folder))
            return
        super().accept()


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportRun", text)


class ExportRun:
    """One export on a BackgroundJob: the job function and what the window shows after."""

    def __init__(self, window: QMainWindow, request: ExportRequest) -> None:
        self.window = window
        self.request = request
        self.report: ExportReport | None = None

    def job(self, repo: Repository, progress) -> str:
        self.report = export(repo, self.request, progress)
        return self.report.line(self.request.target)

    def finished(self, ok: bool, message: str) -> None:
        problems = self.report.problems if self.report is not None else []
        if ok and self.request.strict and problems:
            ok = False  # as `annotator export --strict` exits 1
            message = _tr("{0}\nStrict export: the problems make it a failure (the files "
                          "were written).").format(message)
        self.window.statusBar().showMessage(
            message if ok else _tr("Export: {0}").format(message), 8000)
        if not ok and message == cancelled_message():
            return
        box = QMessageBox(QMessageBox.Icon.Warning if not ok or problems
                          else QMessageBox.Icon.Information, _tr("Export"), message,
                          parent=self.window)
        box.setObjectName("exportReport")
        box.setTextFormat(Qt.TextFormat.PlainText)
        if self.report is not None and self.report.problems:
            box.setDetailedText(core_message("\n".join(self.report.shown_problems())))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
