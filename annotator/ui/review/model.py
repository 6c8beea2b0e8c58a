"""The disagreement list: one row per candidate of each cluster, open ones in black."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from annotator.core.adjudication import EVENT, Candidate, Provenance, Review
from annotator.core.schema import Schema
from annotator.ui.bidi import plain_tooltip
from annotator.ui.i18n.messages import how_name
from annotator.ui.i18n.noop import QT_TRANSLATE_NOOP
from annotator.ui.models.table_model import ColumnsModel, Index
from annotator.ui.names import shown_role

_DECIDED = QColor("#8a8a8a")
# The text and where it is first, who and what next; the status last (decided rows are
# grey anyway), so a narrow window cuts the least needed column.
NUMBER, TEXT, RANGE, LABEL, MARKED_BY, STATUS = range(6)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Review", text)


def status_text(c: Candidate, prov: Provenance | None) -> str:
    """What the reviewer has made of a candidate so far."""
    if c.gold_id is not None:
        how = how_name(prov.how if prov else "imported")
        return (_tr("gold ({0})") if not c.annotators else _tr("in gold ({0})")).format(how)
    return how_name(c.decision or "open")


def candidate_text(c: Candidate, schema: Schema | None = None) -> str:
    """A candidate's text; an event's with its arguments (roles named in the interface
    language when the schema is given)."""
    if c.kind != EVENT:
        return c.text
    args = "، ".join(f"{shown_role(schema, c.label, role) if schema else role}: «{text}»"
                    for role, text in c.arguments)
    return f"{c.text} — {args}" if args else c.text


def marked_by(c: Candidate) -> str:
    return ", ".join(c.annotators) if c.annotators else _tr("(gold only)")


class CandidateListModel(ColumnsModel):
    COLUMNS = ("#", QT_TRANSLATE_NOOP("CandidateListModel", "Text"),
               QT_TRANSLATE_NOOP("CandidateListModel", "[start, end)"),
               QT_TRANSLATE_NOOP("CandidateListModel", "Label"),
               QT_TRANSLATE_NOOP("CandidateListModel", "Marked by"),
               QT_TRANSLATE_NOOP("CandidateListModel", "Status"))

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[int, Candidate]] = []  # (cluster number, candidate)
        self.provenance: dict[tuple[str, int], Provenance] = {}
        self.colors: dict[str, str] = {}
        self.shown_labels: dict[str, str] = {}  # code -> name shown (ui/names.py)
        self.schema: Schema | None = None  # names the roles of event candidates

    def set_review(self, review: Review, provenance: dict[tuple[str, int], Provenance]) -> None:
        self.beginResetModel()
        self.rows = [(n, c) for n, cl in enumerate(review.clusters, 1) for c in cl.candidates]
        self.provenance = provenance
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.rows)

    def candidate(self, row: int) -> Candidate | None:
        return self.rows[row][1] if 0 <= row < len(self.rows) else None

    def _prov(self, c: Candidate) -> Provenance | None:
        return self.provenance.get((c.kind, c.gold_id)) if c.gold_id is not None else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        number, c = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            shown = self.shown_labels.get(c.label, c.label)
            label = _tr("{0} event").format(shown) if c.kind == EVENT else shown
            return (number, candidate_text(c, self.schema), f"[{c.start}, {c.end})", label,
                    marked_by(c), status_text(c, self._prov(c)))[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            prov = self._prov(c)
            extra = ("\n" + _tr("decided by {0} ({1}) at {2}").format(
                prov.decided_by, how_name(prov.how), prov.decided_at) if prov else "")
            shown = candidate_text(c, self.schema)
            return plain_tooltip(f"«{shown}» {c.label} [{c.start}, {c.end})\n"
                                 + _tr("marked by {0}").format(marked_by(c)) + extra)
        if role == Qt.ItemDataRole.ForegroundRole and c.decided:
            return _DECIDED
        if role == Qt.ItemDataRole.DecorationRole and col == LABEL:
            return QColor(self.colors.get(c.label, "#888888"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == TEXT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
