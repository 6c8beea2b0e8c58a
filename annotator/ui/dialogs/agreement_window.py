"""The agreement report window: overall figures, each pair of annotators, each label.

The figures come from `operations.agreement.agreement_report`, the same function as
`annotator agreement`, computed in a background job so a large project does not freeze
the window. A figure that cannot be computed (no spans to compare) shows as "—".
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import UserError
from annotator.core.exporters import write_lines_atomic
from annotator.store.repository import Repository
from annotator.ui.i18n.noop import QT_TRANSLATE_NOOP
from annotator.ui.models.table_model import ColumnsModel, Index
from annotator.ui.workers import BackgroundJob, JobFn

RunJob = Callable[[str, JobFn, Callable[[bool, str], None]], BackgroundJob]
NULL = "—"
NOTHING_TO_COMPARE = QT_TRANSLATE_NOOP(
    "AgreementWindow", "Nothing to compare yet: agreement counts the documents that two or "
    "more annotators marked done (merge their project files first).")
# (report key, column title, what it measures)
FIGURES = (
    ("exact_f1", QT_TRANSLATE_NOOP("AgreementWindow", "Exact F1"),
     QT_TRANSLATE_NOOP("AgreementWindow", "F1 of spans with the same start, end and label")),
    ("overlap_f1", QT_TRANSLATE_NOOP("AgreementWindow", "Overlap F1"),
     QT_TRANSLATE_NOOP("AgreementWindow", "F1 of spans that overlap and have the same label")),
    ("cohen_kappa", QT_TRANSLATE_NOOP("AgreementWindow", "Cohen's κ"),
     QT_TRANSLATE_NOOP("AgreementWindow",
                       "Token-level agreement corrected for chance (pairs)")),
    ("krippendorff_alpha", QT_TRANSLATE_NOOP("AgreementWindow", "Krippendorff's α"),
     QT_TRANSLATE_NOOP("AgreementWindow",
                       "Token-level agreement corrected for chance (any number of annotators)")),
    ("event_trigger_f1", QT_TRANSLATE_NOOP("AgreementWindow", "Trigger F1"),
     QT_TRANSLATE_NOOP("AgreementWindow", "F1 of event triggers (same span and event type)")),
    ("event_argument_f1", QT_TRANSLATE_NOOP("AgreementWindow", "Argument F1"),
     QT_TRANSLATE_NOOP("AgreementWindow", "F1 of event arguments (same role and span)")),
)
SPAN_FIGURES = FIGURES[:4]


def figure_text(value: Any) -> str:
    if value is None:
        return NULL
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


class FiguresModel(ColumnsModel):
    """Rows of (name, ..., figure, ...) shown with three decimals; sortable, nulls last."""

    def __init__(self, columns: tuple[str, ...], tips: tuple[str, ...]) -> None:
        super().__init__()
        self.COLUMNS = columns
        self.tips = tips
        self.rows: list[tuple[Any, ...]] = []
        self.order: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: list[tuple[Any, ...]]) -> None:
        """New rows, in the order the user last chose by clicking a column header."""
        self.beginResetModel()
        self.rows = self._sorted(rows)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return figure_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and not isinstance(value, str):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.tips[section]
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.order = (column, order)
        self.set_rows(self.rows)

    def _sorted(self, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        """Sorted by the chosen column; a missing figure ("—") goes last either way."""
        column, order = self.order
        if column < 0:
            return rows
        present = [r for r in rows if r[column] is not None]
        missing = [r for r in rows if r[column] is None]
        present.sort(key=lambda r: r[column], reverse=order == Qt.SortOrder.DescendingOrder)
        return present + missing


def _table(name: str, model: FiguresModel) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # report order
    view.setSortingEnabled(True)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class AgreementWindow(QWidget):
    def __init__(self, run_job: RunJob, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("agreementWindow")
        self.setWindowTitle(self.tr("Agreement report"))
        self.run_job = run_job
        self.report: dict[str, Any] | None = None
        self.job: BackgroundJob | None = None

        self.summary = QLabel()
        self.summary.setObjectName("agreementSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.overall: dict[str, QLabel] = {}
        overall_box = QGroupBox(self.tr("All annotators"))
        grid = QGridLayout(overall_box)
        for n, (key, title, tip) in enumerate(FIGURES):
            name, value = QLabel(self.tr("{0}:").format(self.tr(title))), QLabel(NULL)
            value.setObjectName(f"overall_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            for label in (name, value):
                label.setToolTip(self.tr(tip))
                label.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(name, n // 3, (n % 3) * 2)
            grid.addWidget(value, n // 3, (n % 3) * 2 + 1)
            self.overall[key] = value

        self.pairs = FiguresModel(
            (self.tr("Annotator A"), self.tr("Annotator B"), self.tr("Documents"),
             *(self.tr(t) for _, t, _ in FIGURES)),
            ("", "", self.tr("Documents both annotated"), *(self.tr(tip) for _, _, tip in FIGURES)))
        self.pair_view = _table("agreementPairs", self.pairs)
        self.labels = FiguresModel((self.tr("Label"), *(self.tr(t) for _, t, _ in SPAN_FIGURES)),
                                   ("", *(self.tr(tip) for _, _, tip in SPAN_FIGURES)))
        self.label_view = _table("agreementLabels", self.labels)
        self.label_title = QLabel()
        self.label_title.setObjectName("agreementLabelsTitle")
        self.label_title.setTextFormat(Qt.TextFormat.PlainText)
        self.all_pairs = QPushButton(self.tr("All pairs"))
        self.all_pairs.setObjectName("agreementAllPairs")
        self.all_pairs.clicked.connect(self.pair_view.clearSelection)
        self.pair_view.selectionModel().selectionChanged.connect(self._show_labels)
        self.pairs.modelReset.connect(self._show_labels)  # the selection is gone

        pairs_box = QWidget()
        pairs_layout = QVBoxLayout(pairs_box)
        pairs_layout.setContentsMargins(0, 0, 0, 0)
        pairs_layout.addWidget(QLabel(self.tr("Pairs of annotators (select one for its labels):")))
        pairs_layout.addWidget(self.pair_view)
        labels_box = QWidget()
        labels_layout = QVBoxLayout(labels_box)
        labels_layout.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.label_title, 1)
        title_row.addWidget(self.all_pairs)
        labels_layout.addLayout(title_row)
        labels_layout.addWidget(self.label_view)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(pairs_box)
        split.addWidget(labels_box)
        split.addWidget(self._fields_box())

        # How spans made from suggestions count (operations.agreement.SUGGESTION_CHOICES).
        self.suggestions = QComboBox()
        self.suggestions.setObjectName("agreementSuggestions")
        self.suggestions.addItem(self.tr("Accepted suggestions count"), "include")
        self.suggestions.addItem(self.tr("Leave accepted suggestions out"), "exclude")
        self.suggestions.addItem(self.tr("Show accepted suggestions apart"), "apart")
        self.suggestions.setToolTip(self.tr(
            "Spans made from suggestions (accepted, labelled all, pre-annotated) can "
            "anchor annotators: leave them out to measure what people marked themselves"))
        self.suggestions.currentIndexChanged.connect(lambda _i: self.refresh())
        self.apart = QLabel()
        self.apart.setObjectName("agreementWithoutSuggestions")
        self.apart.setTextFormat(Qt.TextFormat.PlainText)
        self.apart.setWordWrap(True)
        self.apart.hide()
        self.refresh_button = self._button("agreementRefresh", self.tr("Refresh"), self.refresh)
        self.copy_button = self._button("agreementCopyJson", self.tr("Copy as JSON"),
                                        self.copy_json)
        self.save_button = self._button("agreementSaveJson", self.tr("Save JSON…"),
                                        self.save_json)
        close = self._button("agreementClose", self.tr("Close"), self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.suggestions)
        for button in (self.refresh_button, self.copy_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(overall_box)
        layout.addWidget(self.apart)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.resize(900, 620)
        self._show(None, "")

    def _fields_box(self) -> QWidget:
        """Document fields (document labels): units, observed agreement, kappa, alpha."""
        self.fields = FiguresModel(
            (self.tr("Document field"), self.tr("Units"), self.tr("Observed"),
             self.tr("Kappa"), self.tr("Alpha")),
            ("", self.tr("Documents (choices: document x value) given a value by two "
                         "or more annotators"),
             self.tr("Share of pairs of annotators that gave the same value"),
             self.tr("Cohen's kappa, mean over pairs of annotators"),
             self.tr("Krippendorff's alpha (nominal) over all annotators")))
        self.field_view = _table("agreementFields", self.fields)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Document labels, per field:")))
        layout.addWidget(self.field_view)
        return box

    def _button(self, name: str, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # ----------------------------------------------------------- computing
    def refresh(self) -> None:
        """Compute the report again (after a merge or more annotation)."""
        if self.job is not None:
            return
        result: dict[str, Any] = {}
        suggestions = str(self.suggestions.currentData())

        def job(repo: Repository, progress: Callable[[int, int], None]) -> str:
            # Imported here: the agreement code loads numpy, which the window's start
            # does not need.
            from annotator.operations.agreement import agreement_report

            result.update(agreement_report(repo, progress, suggestions))
            return ""

        self.refresh_button.setEnabled(False)
        self.summary.setText(self.tr("Computing agreement…"))
        self.job = self.run_job(self.tr("Computing agreement…"), job,
                                lambda ok, message: self._finished(ok, message, result))

    def _finished(self, ok: bool, message: str, result: dict[str, Any]) -> None:
        self.job = None
        self.refresh_button.setEnabled(True)
        if ok and not result.get("documents"):
            ok, message = False, self.tr(NOTHING_TO_COMPARE)
        self._show(result if ok else None, message)

    def _show(self, report: dict[str, Any] | None, error: str) -> None:
        self.report = report
        self.copy_button.setEnabled(report is not None)
        self.save_button.setEnabled(report is not None)
        overall = report["overall"] if report else {}
        for key, label in self.overall.items():
            label.setText(figure_text(overall.get(key)))
        fields = (report or {}).get("document_fields") or {}
        self.fields.set_rows([(name, f["units"], f["observed_agreement"], f["cohen_kappa"],
                               f["krippendorff_alpha"]) for name, f in fields.items()])
        if report is None:
            self.summary.setText(error)
            self.pairs.set_rows([])
            return
        self._show_apart(report)
        names = report["annotators"]
        self.summary.setText(self.tr("{0} annotator(s): {1}  ·  {2} document(s) annotated by "
                                     "two or more").format(len(names), ", ".join(names),
                                                           report["documents"]))
        self.pairs.set_rows([(p["a"], p["b"], p["documents"],
                              *(p.get(key) for key, _, _ in FIGURES))
                             for p in report["pairs"]])

    def _show_apart(self, report: dict[str, Any]) -> None:
        """With "show apart": how many suggestions each annotator accepted, and the
        overall figures without them."""
        without = report.get("without_suggestions")
        self.apart.setVisible(without is not None)
        if without is None:
            return
        counts = ", ".join(f"{name} {n}" for name, n in report["suggested_spans"].items())
        figures = "  ".join(f"{self.tr(title)} {figure_text(without['overall'].get(key))}"
                            for key, title, _ in FIGURES)
        self.apart.setText(self.tr("Accepted suggestions: {0}. Without them: {1}").format(
            counts or self.tr("none"), figures))

    def _show_labels(self) -> None:
        """Per-label figures of the selected pair, or of all annotators together."""
        rows = self.pair_view.selectionModel().selectedRows()
        pair = None
        if rows and self.report is not None:
            a, b = self.pairs.rows[rows[0].row()][:2]
            pair = next(p for p in self.report["pairs"] if (p["a"], p["b"]) == (a, b))
        if pair is not None:
            self.label_title.setText(self.tr("Per label: {0} and {1}").format(pair["a"],
                                                                                pair["b"]))
            per_label = pair.get("per_label") or {}
        else:
            self.label_title.setText(self.tr("Per label: all annotators"))
            per_label = self.report["per_label"] if self.report else {}
        self.all_pairs.setEnabled(pair is not None)
        self.labels.set_rows([(name, *(figures.get(key) for key, _, _ in SPAN_FIGURES))
                              for name, figures in per_label.items()])

    # --------------------------------------------------------------- JSON
    def report_json(self) -> str:
        return json.dumps(self.report, ensure_ascii=False, indent=2)

    def copy_json(self) -> None:
        if self.report is not None:
            QApplication.clipboard().setText(self.report_json())

    def save_json(self) -> None:
        if self.report is None:
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save agreement report"),
                                                "agreement.json", self.tr("JSON (*.json)"))
        if not target:
            return
        try:
            write_lines_atomic([self.report_json()], target)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Save agreement report"), str(exc))
