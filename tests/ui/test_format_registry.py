"""A format added to the registry (annotator.core.formats) is offered everywhere.

A throwaway export format and a throwaway import format are registered for one test
each; the command line's choices and help, the dialogs, the file-dialog filters, a
folder import and the operations must all pick them up without another change.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QWidget

from annotator.cli import main
from annotator.core.exporters import write_lines_atomic
from annotator.core.exporters.options import TokenOptions
from annotator.core.exporters.report import ExportReport
from annotator.core.formats import EXPORT_FORMATS, IMPORT_FORMATS, ExportFormat, ImportFormat
from annotator.core.schema import Schema
from annotator.core.types import DocumentRecord
from annotator.store.repository import Repository
from annotator.ui.dialogs.export_dialog import file_filter
from tests.ui.test_export_dialog import choose, click_ok, gold_project, open_dialog, type_path
from tests.ui.test_import import choose_path, open_import_dialog

__all__ = ["gold_project"]  # a fixture used below


def write_tsv(records: Iterable[DocumentRecord], target: str | Path, schema: Schema,
              options: TokenOptions) -> ExportReport:
    """One line per span: document, start, end, label."""
    report = ExportReport(files=[] if str(target) == "-" else [Path(target)])

    def lines() -> Iterable[str]:
        for doc in records:
            report.records += 1
            for span in doc.layers[0].spans:
                report.spans += 1
                yield f"{doc.external_id}\t{span.start}\t{span.end}\t{span.label}"

    write_lines_atomic(lines(), target)
    return report


def read_lines(path: Path, text: str, schema: Schema, layer: str) -> list[DocumentRecord]:
    """Each non-empty line is a document."""
    return [DocumentRecord(f"{path.stem}-{n}", line, line[:20])
            for n, line in enumerate(filter(None, text.split("\n")), 1)]


TSV = ExportFormat("tsv", "Tab-separated spans", ".tsv", write_tsv, stdout=True)
LINES = ImportFormat("lines", "one document per line", read_lines, (".lines",))


@pytest.fixture
def tsv(monkeypatch: pytest.MonkeyPatch) -> ExportFormat:
    monkeypatch.setitem(EXPORT_FORMATS, TSV.name, TSV)
    return TSV


@pytest.fixture
def lines_format(monkeypatch: pytest.MonkeyPatch) -> ImportFormat:
    monkeypatch.setitem(IMPORT_FORMATS, LINES.name, LINES)
    return LINES


def cli_help(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as exit_:
        main([*args, "--help"])
    assert exit_.value.code == 0
    return " ".join(capsys.readouterr().out.split())  # argparse wraps lines


def test_a_registered_export_format_is_offered_by_the_cli_and_the_dialog(
        tsv: ExportFormat, gold_project: Path, tmp_path: Path, open_window, qtbot,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "400")  # argparse would break "Tab-separated" at the hyphen
    text = cli_help(capsys, "export")
    assert "csv,textcat,tsv}" in text and "tsv: Tab-separated spans" in text

    out = tmp_path / "cli.tsv"
    assert main(["export", "--format", "tsv", "--db", str(gold_project), "-o", str(out)]) == 0
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows and all(len(row) == 4 for row in rows)
    assert (tmp_path / "cli.tsv.manifest.json").is_file()  # a training format's manifest

    win = open_window(gold_project)
    dialog = open_dialog(win, qtbot)
    box = dialog.findChild(QComboBox, "exportFormat")
    assert box.itemText(box.findData("tsv")) == "Tab-separated spans"
    choose(dialog, "exportFormat", "tsv")
    assert not dialog.findChild(QWidget, "exportTokenOptions").isVisible()
    assert file_filter(tsv) == "Tab-separated spans (*.tsv);;All files (*)"
    from_dialog = tmp_path / "dialog.tsv"
    type_path(dialog, from_dialog)
    click_ok(dialog, qtbot)
    qtbot.waitUntil(lambda: not win.jobs, timeout=30_000)
    assert from_dialog.read_bytes() == out.read_bytes()


def test_a_registered_import_format_is_offered_by_the_cli_and_the_dialog(
        lines_format: ImportFormat, project: Path, tmp_path: Path, open_window, gui, qtbot,
        capsys: pytest.CaptureFixture[str]) -> None:
    text = cli_help(capsys, "import")
    assert "conll,spacy,lines}" in text and "lines: one document per line" in text

    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "news.lines").write_text("قصف في بغداد\nهجوم على دمشق\n",
                                              encoding="utf-8")
    assert main(["import", str(folder), "--db", str(project)]) == 0  # found by its suffix
    assert "imported 2 document(s)" in capsys.readouterr().out
    repo = Repository.open(project)
    try:
        assert repo.document_count() == 7
    finally:
        repo.close()

    win = open_window(project)
    dialog = open_import_dialog(win, qtbot)
    box = dialog.findChild(QComboBox, "importFormat")
    assert box.findData("lines") >= 0
    filters = choose_path(gui, qtbot, dialog, "importAddFiles", folder / "sub" / "news.lines")
    assert filters[0] == "Importable files (*.conll *.json *.jsonl *.lines *.ndjson *.txt)"
