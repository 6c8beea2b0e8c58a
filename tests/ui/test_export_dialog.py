"""File > Export…: the dialog's widgets drive the same export as the command line."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from annotator.cli import build_parser
from annotator.commands.export import request_from
from annotator.core.splits import DEFAULT_SPLIT
from annotator.operations.importing import import_files
from annotator.store.repository import Repository

GOLD = Path(__file__).resolve().parents[1] / "data" / "training" / "gold.jsonl"


@pytest.fixture
def gold_project(project: Path) -> Path:
    """The seed articles plus the shared gold fixture (its documents carry a gold layer)."""
    repo = Repository.open(project)
    try:
        assert not import_files(repo, [GOLD]).errors
    finally:
        repo.close()
    return project


def gold_count() -> int:
    return sum(1 for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip())


def open_dialog(win, qtbot) -> QDialog:
    win.findChild(QAction, "actionExport").trigger()
    dialog = win.findChild(QDialog, "exportDialog")
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    return dialog


def choose(dialog: QDialog, name: str, data: str) -> None:
    box = dialog.findChild(QComboBox, name)
    index = box.findData(data)
    assert index >= 0, data
    box.setCurrentIndex(index)


def type_path(dialog: QDialog, path: Path) -> None:
    edit = dialog.findChild(QLineEdit, "exportPath")
    edit.selectAll()
    QTest.keyClicks(edit, str(path))


def click_ok(dialog: QDialog, qtbot) -> None:
    ok = dialog.findChild(QDialogButtonBox, "exportButtons").button(
        QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_layers_offer_gold_first_and_token_options_follow_the_format(gold_project: Path,
                                                                     open_window,
                                                                     qtbot) -> None:
    win = open_window(gold_project)
    dialog = open_dialog(win, qtbot)
    layers = dialog.findChild(QComboBox, "exportLayer")
    assert [layers.itemData(i) for i in range(layers.count())] == ["gold", "all"]
    tokens = dialog.findChild(QWidget, "exportTokenOptions")
    choose(dialog, "exportFormat", "csv")
    assert not tokens.isVisible()
    choose(dialog, "exportFormat", "conll")
    assert tokens.isVisible()
    dialog.reject()


def test_csv_export_from_the_dialog(gold_project: Path, tmp_path: Path, open_window,
                                    qtbot) -> None:
    win = open_window(gold_project)
    dialog = open_dialog(win, qtbot)
    choose(dialog, "exportFormat", "csv")
    out = tmp_path / "spans.csv"
    type_path(dialog, out)
    click_ok(dialog, qtbot)
    assert win.jobs, "OK starts a background job"
    qtbot.waitUntil(lambda: not win.jobs, timeout=30_000)
    assert out.is_file(), win.statusBar().currentMessage()
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0] == "document,layer,start,end,label,text"
    spans = sum(len(json.loads(x)["spans"]) for x in GOLD.read_text("utf-8").splitlines()
                if x.strip())
    assert len(rows) - 1 == spans
    report = win.findChild(QMessageBox, "exportReport")
    assert report is not None and report.isVisible()
    assert report.text() == f"wrote {gold_count()} record(s), {spans} span(s) to {out}"
    assert (tmp_path / "spans.csv.manifest.json").is_file()


def test_split_conll_export_with_token_options(gold_project: Path, tmp_path: Path,
                                              open_window, qtbot) -> None:
    win = open_window(gold_project)
    dialog = open_dialog(win, qtbot)
    choose(dialog, "exportFormat", "conll")
    choose(dialog, "exportScheme", "bilou")
    qtbot.mouseClick(dialog.findChild(QCheckBox, "exportSplitEnabled"),
                     Qt.MouseButton.LeftButton)
    split = dialog.findChild(QLineEdit, "exportSplit")
    split.selectAll()
    QTest.keyClicks(split, "train=0.5,test=0.5")
    out = tmp_path / "splits"
    type_path(dialog, out)
    click_ok(dialog, qtbot)
    qtbot.waitUntil(lambda: not win.jobs, timeout=30_000)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert list(manifest["splits"]) == ["train", "test"]
    assert manifest["token_options"]["scheme"] == "bilou"
    tags = {line.split()[1] for name in ("train.conll", "test.conll")
            for line in (out / name).read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("-DOCSTART-")}
    assert any(t.startswith(("U-", "L-")) for t in tags)  # BILOU, not BIO


def test_the_dialog_builds_the_request_the_command_line_builds(gold_project: Path,
                                                              tmp_path: Path, open_window,
                                                              qtbot) -> None:
    win = open_window(gold_project)
    dialog = open_dialog(win, qtbot)
    choose(dialog, "exportFormat", "hf")
    choose(dialog, "exportLayer", "all")
    choose(dialog, "exportScheme", "bilou")
    choose(dialog, "exportClitics", "keep")
    choose(dialog, "exportNested", "outermost")
    for box in ("exportSplitEnabled", "exportIncludeEvents", "exportStrict"):
        qtbot.mouseClick(dialog.findChild(QCheckBox, box), Qt.MouseButton.LeftButton)
    dialog.findChild(QSpinBox, "exportSeed").setValue(7)
    type_path(dialog, tmp_path / "out")
    args = build_parser("export").parse_args([
        "export", "--format", "hf", "--layer", "all", "--scheme", "bilou", "--clitics", "keep",
        "--nested", "outermost", "--split", DEFAULT_SPLIT, "--seed", "7", "--include-events",
        "--strict", "-o", str(tmp_path / "out")])
    assert dialog.request() == replace(request_from(args), target=tmp_path / "out")
    dialog.reject()


def test_a_bad_split_keeps_the_dialog_open(gold_project: Path, tmp_path: Path, open_window,
                                           qtbot) -> None:
    win = open_window(gold_project)
    dialog = open_dialog(win, qtbot)
    qtbot.mouseClick(dialog.findChild(QCheckBox, "exportSplitEnabled"),
                     Qt.MouseButton.LeftButton)
    split = dialog.findChild(QLineEdit, "exportSplit")
    split.selectAll()
    QTest.keyClicks(split, "train=0.7,test=0.7")
    type_path(dialog, tmp_path / "out")
    click_ok(dialog, qtbot)
    assert dialog.isVisible() and not win.jobs
    error = dialog.findChild(QWidget, "exportError")
    assert "add up to 1.4, not 1" in error.text()
    assert not (tmp_path / "out").exists()
    dialog.reject()


def test_include_events_and_strict_from_the_dialog(project: Path, tmp_path: Path, open_window,
                                                   gui, qtbot) -> None:
    """As `--include-events --strict`: the event trigger is tagged, and a span inside a
    token (widened, a problem) makes the export a failure; the file is still written."""
    repo = Repository.open(project, user=gui.user)
    try:
        doc = gui.doc_id(repo, "000")
        text = repo.document_text(doc)
        s, e = gui.find(text, "لإيران")
        repo.add_span(doc, gui.user, s + 1, e, "GPE")  # «إيران» inside the token «لإيران»
        trigger = repo.add_span(doc, gui.user, *gui.find(text, "الهجمات"), "ATTACK")
        repo.add_event(trigger.id, "ATTACK")
    finally:
        repo.close()
    win = open_window(project)

    def export(name: str, *boxes: str) -> Path:
        dialog = open_dialog(win, qtbot)
        choose(dialog, "exportFormat", "conll")
        choose(dialog, "exportLayer", gui.user)
        for box in boxes:
            check = dialog.findChild(QCheckBox, box)
            assert check.isVisible()
            qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
        type_path(dialog, tmp_path / name)
        click_ok(dialog, qtbot)
        qtbot.waitUntil(lambda: not win.jobs, timeout=30_000)
        return tmp_path / name

    def tags(path: Path) -> set[str]:
        return {line.split()[1] for line in path.read_text("utf-8").splitlines()
                if line.strip() and not line.startswith("-DOCSTART-")}

    plain = export("plain.conll")
    assert "B-GPE" in tags(plain) and "B-ATTACK" not in tags(plain)
    report = win.findChild(QMessageBox, "exportReport")
    assert report.icon() == QMessageBox.Icon.Warning and "Strict" not in report.text()
    report.close()

    strict = export("strict.conll", "exportIncludeEvents", "exportStrict")
    assert "B-ATTACK" in tags(strict)
    report = win.findChild(QMessageBox, "exportReport")
    assert "1 problem(s)" in report.text()
    assert "Strict export: the problems make it a failure" in report.text()
    assert win.statusBar().currentMessage().startswith("Export: wrote")
