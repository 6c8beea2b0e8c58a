"""The Team menu: assign documents, merge project files, the agreement report."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
)

from annotator.operations.agreement import agreement_report
from annotator.operations.importing import import_files
from annotator.store.repository import Repository
from annotator.ui.dialogs.agreement_window import NOTHING_TO_COMPARE, AgreementWindow
from annotator.ui.dialogs.assign_dialog import AssignDialog
from tests.ui.conftest import SEEDS

CTRL = Qt.KeyboardModifier.ControlModifier


def trigger(win, name: str) -> None:
    action = win.findChild(QAction, name)
    assert action is not None and action in win.menuBar().actions()[-1].menu().actions()
    action.trigger()


def result_box(win, qtbot, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: win.findChild(QMessageBox, name) is not None, timeout=20000)
    box = win.findChild(QMessageBox, name)
    qtbot.waitExposed(box)
    return box


def close_box(qtbot, box: QMessageBox) -> None:
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def type_number(qtbot, spin: QSpinBox, value: int) -> None:
    qtbot.mouseClick(spin, Qt.MouseButton.LeftButton)
    qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(spin, str(value))


def first(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


# ----------------------------------------------------------------------- assign
def test_assign_dialog_gives_each_document_to_two_annotators(project: Path, open_window, db,
                                                              gui, qtbot) -> None:
    doc = db.document_ids()[0]
    db.add_span(doc, "amina", *first(db.document_text(doc), "طهران"), "GPE")
    win = open_window(project)
    trigger(win, "actionAssign")
    dialog = win.findChild(AssignDialog, "assignDialog")
    qtbot.waitExposed(dialog)
    users = dialog.findChild(QListWidget, "assignUsers")
    assign = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    # Annotators with a layer are offered, unticked; nothing ticked, nothing to assign.
    assert [users.item(i).text() for i in range(users.count())] == ["amina"]
    assert not assign.isEnabled()

    names = dialog.findChild(type(dialog.new_names), "assignNewNames")
    qtbot.mouseClick(names, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(names, "bob, carla")
    qtbot.keyClick(names, Qt.Key.Key_Return)  # adds the names; does not press Assign
    assert dialog.isVisible()
    assert dialog.chosen_users() == ["bob", "carla"]
    users.setFocus()
    users.setCurrentRow(0)
    qtbot.keyClick(users, Qt.Key.Key_Space)  # tick amina
    assert dialog.chosen_users() == ["amina", "bob", "carla"]
    type_number(qtbot, dialog.findChild(QSpinBox, "assignPerDocument"), 2)
    type_number(qtbot, dialog.findChild(QSpinBox, "assignSeed"), 7)
    assert dialog.choice().per_document == 2 and dialog.choice().seed == 7
    dialog.grab().save("/tmp/assign_dialog.png")
    qtbot.mouseClick(assign, Qt.MouseButton.LeftButton)

    box = result_box(win, qtbot, "assignResult")
    counts = db.assignment_counts()
    # 5 documents x 2 annotators = 10 assignments over 3 people: 4, 3, 3 in some order.
    assert sorted(counts.values()) == [3, 3, 4]
    assert all(len(db.assignees(d)) == 2 for d in db.document_ids())
    assert box.icon() == QMessageBox.Icon.Information
    for name, n in counts.items():
        assert f"{name}: {n} new document(s)" in box.text()
    box.grab().save("/tmp/assign_result.png")
    close_box(qtbot, box)
    # amina's list now holds her documents only.
    assert win.doc_panel.assigned_only.isChecked()
    assert win.doc_model.ids == db.assigned_document_ids("amina")


def test_assign_refused_shows_why_and_writes_nothing(win, db, qtbot) -> None:
    trigger(win, "actionAssign")
    dialog = win.findChild(AssignDialog, "assignDialog")
    dialog.new_names.setText("gold")
    dialog.add_names()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    box = result_box(win, qtbot, "assignResult")
    assert box.icon() == QMessageBox.Icon.Warning
    assert "gold" in box.text()
    assert db.assignment_counts() == {}
    close_box(qtbot, box)


# ------------------------------------------------------------------------ merge
def annotator_file(path: Path, user: str, labels: dict[str, str]) -> dict[str, tuple]:
    """A project file like an annotator's copy: the seeds, and `user`'s spans (the first
    occurrence of each word with its label) in the first document, marked done."""
    repo = Repository.open(path, user)
    try:
        import_files(repo, [SEEDS])
        doc = repo.document_ids()[0]
        text = repo.document_text(doc)
        for word, label in labels.items():
            repo.add_span(doc, user, *first(text, word), label)
        repo.set_status(doc, user, "done")
        return {word: (*first(text, word), label) for word, label in labels.items()}
    finally:
        repo.close()


def test_merge_menu_brings_in_a_layer_and_reports_a_refused_file(
        project: Path, tmp_path: Path, open_window, db, gui, qtbot, monkeypatch) -> None:
    bob = annotator_file(tmp_path / "bob.db", "bob", {"واشنطن": "GPE", "طهران": "GPE"})
    bad = tmp_path / "notes.db"
    bad.write_text("not a project", encoding="utf-8")
    win = open_window(project)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(bad), str(tmp_path / "bob.db")], ""))
    trigger(win, "actionMerge")

    box = result_box(win, qtbot, "mergeResult")
    doc = db.document_ids()[0]
    merged = {(s.start, s.end, s.label) for s in db.spans(doc, "bob")}
    assert merged == set(bob.values())
    assert db.status(doc, "bob") == "done"
    lines = box.text().splitlines()
    assert lines[0].startswith(str(bad)) and "bob.db" not in lines[0]
    assert "bob.db" in lines[1] and "2 spans added" in lines[1]
    assert box.icon() == QMessageBox.Icon.Warning  # one file was refused
    box.grab().save("/tmp/merge_result.png")
    close_box(qtbot, box)
    assert gui.spans(db, doc) == []  # amina's own layer untouched


# -------------------------------------------------------------------- agreement
def two_annotators(repo: Repository) -> int:
    """amina and bob both mark the first document done. amina: واشنطن GPE, طهران GPE;
    bob: واشنطن GPE, طهران ORG."""
    doc = repo.document_ids()[0]
    text = repo.document_text(doc)
    for user, labels in (("amina", ("GPE", "GPE")), ("bob", ("GPE", "ORG"))):
        for word, label in zip(("واشنطن", "طهران"), labels, strict=True):
            repo.add_span(doc, user, *first(text, word), label)
        repo.set_status(doc, user, "done")
    return doc


def open_report(win, qtbot) -> AgreementWindow:
    trigger(win, "actionAgreement")
    window = win.findChild(AgreementWindow, "agreementWindow")
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.job is None, timeout=20000)
    return window


def shown(window: AgreementWindow, key: str) -> str:
    return window.findChild(QLabel, f"overall_{key}").text()


def cells(model, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def fmt(value) -> str:
    return "—" if value is None else f"{value:.3f}"


def test_agreement_window_shows_the_pair_and_its_figures(project: Path, open_window, db,
                                                         qtbot) -> None:
    two_annotators(db)
    win = open_window(project, "rita")
    window = open_report(win, qtbot)
    report = agreement_report(db)

    # Exact and overlap F1: one match (واشنطن GPE) of 2 + 2 spans: 2 * 1 / 4 = 0.5.
    assert shown(window, "exact_f1") == "0.500"
    assert shown(window, "overlap_f1") == "0.500"
    for key in ("cohen_kappa", "krippendorff_alpha"):
        assert shown(window, key) == fmt(report["overall"][key])
    # No events: nothing to compare, shown as a dash.
    assert shown(window, "event_trigger_f1") == "—"
    assert "amina, bob" in window.summary.text()

    pairs = window.pairs
    assert pairs.rowCount() == 1
    pair = report["pairs"][0]
    assert cells(pairs, 0)[:5] == ["amina", "bob", "1", "0.500", "0.500"]
    assert cells(pairs, 0)[5:7] == [fmt(pair["cohen_kappa"]), fmt(pair["krippendorff_alpha"])]

    view = window.pair_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(pairs.index(0, 0)).center())
    assert window.label_title.text() == "Per label: amina and bob"
    rows = {cells(window.labels, r)[0]: cells(window.labels, r)
            for r in range(window.labels.rowCount())}
    # GPE: amina 2, bob 1, one match: 2 / 3. ORG: bob's one span, no match: 0.
    assert rows["GPE"][1] == "0.667"
    assert rows["ORG"][1] == "0.000"
    window.grab().save("/tmp/agreement_window.png")

    # A click on a column header sorts by it; a second click reverses the order.
    header = window.label_view.horizontalHeader()
    exact = header.sectionViewportPosition(1) + header.sectionSize(1) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(exact, header.height() // 2))
    assert [cells(window.labels, r)[0] for r in range(2)] == ["ORG", "GPE"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(exact, header.height() // 2))
    assert [cells(window.labels, r)[0] for r in range(2)] == ["GPE", "ORG"]

    qtbot.mouseClick(window.findChild(QPushButton, "agreementCopyJson"),
                     Qt.MouseButton.LeftButton)
    assert json.loads(QApplication.clipboard().text()) == report


def test_agreement_refresh_after_more_work(project: Path, open_window, db, qtbot) -> None:
    doc = two_annotators(db)
    win = open_window(project, "rita")
    window = open_report(win, qtbot)
    assert shown(window, "exact_f1") == "0.500"
    bob_org = next(s for s in db.spans(doc, "bob") if s.label == "ORG")
    db.relabel_span(bob_org.id, "GPE")
    qtbot.mouseClick(window.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.job is None, timeout=20000)
    assert shown(window, "exact_f1") == "1.000"  # both spans now agree


def test_agreement_with_nothing_to_compare(win, qtbot) -> None:
    window = open_report(win, qtbot)
    assert window.summary.text() == NOTHING_TO_COMPARE
    assert window.pairs.rowCount() == 0
    assert not window.copy_button.isEnabled()
    assert shown(window, "exact_f1") == "—"
