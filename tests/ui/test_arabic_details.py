"""What a new user found in the Arabic window (View → Language → العربية): format names
in English, a path drawn with its "/" at the wrong end, the Restore deleted spans dialog
unlike the Spans panel, raw document-field names in the status bar, and Find in project
closed by the switch. Each test drives the real window offscreen.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QMessageBox, QRadioButton

from annotator.core.formats import EXPORT_FORMATS, IMPORT_FORMATS
from annotator.ui.dialogs.export_dialog import file_filter
from annotator.ui.i18n.format_titles import TITLES
from annotator.ui.main_window import MainWindow
from tests.ui.test_core_messages import plain
from tests.ui.test_export_dialog import choose, click_ok, open_dialog, type_path
from tests.ui.test_find_in_project import open_find, search
from tests.ui.test_language import (
    TECHNICAL,
    _main_windows,
    arabic,  # noqa: F401 (a fixture)
    english_in,
)

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"
# Program and file-format names that stay in Latin letters in a format's Arabic name.
FORMAT_WORDS = {"Hugging", "Face", "DocBin", "brat", "BIO", "BILOU", "DOCSTART"}


def test_every_format_title_is_listed_for_translation() -> None:
    titles = [f.title for f in (*EXPORT_FORMATS.values(), *IMPORT_FORMATS.values())]
    assert sorted(set(titles) - set(TITLES)) == []


def test_export_and_import_format_names_are_arabic(arabic, win: MainWindow, qtbot) -> None:  # noqa: F811
    allowed = set(TECHNICAL) | FORMAT_WORDS | set(EXPORT_FORMATS) | set(IMPORT_FORMATS)
    dialog = open_dialog(win, qtbot)
    box = dialog.findChild(QComboBox, "exportFormat")
    shown = [box.itemText(i) for i in range(box.count())]
    assert len(shown) == len(EXPORT_FORMATS)
    assert english_in([("exportFormat", text) for text in shown], allowed) == []
    assert "JSONL الأصلي" in shown[0]
    filters = [file_filter(spec) for spec in EXPORT_FORMATS.values() if spec.suffix]
    assert english_in([("filter", f.split(";;")[0]) for f in filters], allowed) == []
    dialog.reject()

    imports = win.import_dialog()
    box = imports.findChild(QComboBox, "importFormat")
    tips = [str(box.itemData(i, Qt.ItemDataRole.ToolTipRole) or "") for i in range(box.count())]
    assert sum(1 for tip in tips if tip) == len(IMPORT_FORMATS)
    assert english_in([("importFormat", tip) for tip in tips], allowed) == []
    imports.reject()


def test_a_path_in_an_arabic_export_summary_reads_left_to_right(
        arabic, win: MainWindow, db, gui, qtbot, tmp_path: Path) -> None:  # noqa: F811
    """A summary of several parts ("wrote ... to PATH; widened ...; N problem(s)"): the
    path is isolated like every value, so its leading "/" stays at its left end."""
    doc = win.document_id
    s, e = gui.find(win.text_view.text, "طهران")
    assert win.session.push_add(doc, s + 1, e - 1, "GPE").ok  # inside a word: widened
    target = tmp_path / "out.conll"
    dialog = open_dialog(win, qtbot)
    choose(dialog, "exportFormat", "conll")
    choose(dialog, "exportLayer", gui.user)
    type_path(dialog, target)
    click_ok(dialog, qtbot)
    qtbot.waitUntil(lambda: win.findChild(QMessageBox, "exportReport") is not None,
                    timeout=30_000)
    report = win.findChild(QMessageBox, "exportReport")
    text = report.text()
    assert plain(text).startswith("كُتب ") and "؛" in text, text  # several parts
    assert f"{FSI}{target}{PDI}" in text, text
    assert f"{FSI}{target}{PDI}" in win.statusBar().currentMessage()
    report.close()


def _isolated_ltr(text: str) -> list[str]:
    """The runs of `text` inside LRI ... PDI (nested isolates counted)."""
    runs = []
    for start in [m.start() for m in re.finditer(LRI, text)]:
        depth, i = 0, start
        while i < len(text):
            if text[i] in (LRI, FSI, "\u2067"):
                depth += 1
            elif text[i] == PDI:
                depth -= 1
                if depth == 0:
                    break
            i += 1
        runs.append(plain(text[start + 1:i]))
    return runs


def _shown(view: QAbstractItemView, index: QModelIndex) -> str:
    """A cell's text as the view draws it (numbers in the view's locale)."""
    return view.itemDelegateForIndex(index).displayText(index.data(), view.locale())


def test_restore_deleted_spans_shows_spans_as_the_spans_panel_does(
        arabic, win: MainWindow, db, gui, qtbot) -> None:  # noqa: F811
    doc = win.document_id
    s, e = gui.find(win.text_view.text, "طهران")
    assert win.session.push_add(doc, s, e, "GPE").ok
    (span,) = db.spans(doc, gui.user)
    win.text_view.select_span(span.id)
    win.edits.delete_selected_span()
    assert win.session.push_add(doc, s, e, "GPE").ok  # the same span again: restore refuses

    dialog = win.edits.restore_deleted_dialog()
    assert dialog is not None and [x.id for x in dialog.shown] == [span.id]
    model, view = dialog.model, dialog.table
    arabic_gpe = win.span_model.shown_labels["GPE"]
    assert arabic_gpe != "GPE"
    assert model.index(0, 1).data() == arabic_gpe
    digits = QLocale().toString(s)
    assert digits != str(s)  # Arabic-Indic in the Arabic window
    assert _shown(view, model.index(0, 2)) == digits
    assert _shown(view, model.index(0, 3)) == QLocale().toString(e)
    panel = win.span_table.model()  # as the Spans panel shows it
    qtbot.waitUntil(lambda: panel.rowCount() == 1)
    assert [_shown(win.span_table, panel.index(r, 2)) for r in range(panel.rowCount())] \
        == [digits]

    view.setCurrentIndex(model.index(0, 0))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    refusal = dialog.message.text()
    assert "المقطع نفسه" in refusal, refusal
    # "GPE [24, 29)" is one left-to-right run inside the Arabic line's parentheses.
    assert f"GPE [{s}, {e})" in _isolated_ltr(refusal), refusal
    assert f"GPE [{s}, {e})" in _isolated_ltr(win.statusBar().currentMessage())
    dialog.close()


def test_document_labels_are_named_in_the_status_bar(arabic, win: MainWindow, qtbot) -> None:  # noqa: F811
    panel = win.doc_labels_panel
    button = next(b for b in panel.findChildren(QRadioButton)
                  if b.text().endswith("صحيفة أو موقع إخباري"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "نوع المصدر" in win.saved_label.text())
    text = win.saved_label.text()
    assert "نوع المصدر = صحيفة أو موقع إخباري" in text, text
    assert "source_kind" not in text and "newspaper" not in text
    undo = win.session.undo_stack.undoText()  # Edit → Undo names the field as well
    assert "نوع المصدر" in undo and "source_kind" not in undo, undo


def test_document_labels_in_english_use_the_english_names(win: MainWindow, qtbot) -> None:
    button = next(b for b in win.doc_labels_panel.findChildren(QRadioButton)
                  if b.text().endswith("Newspaper or news site"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Source kind" in win.saved_label.text())
    assert "Source kind = Newspaper or news site" in win.saved_label.text()


def test_find_in_project_stays_open_across_a_language_switch(win: MainWindow, gui,
                                                             qtbot) -> None:
    panel = open_find(win, gui, qtbot)
    search(panel, gui, qtbot, "طهران")
    hits = panel.hit_count()
    assert hits > 0
    win.findChild(QAction, "language_ar").trigger()
    [ar_win] = _main_windows()
    try:
        assert ar_win is not win
        qtbot.waitUntil(lambda: ar_win.find_dock.isVisible())
        assert ar_win.find_panel.query.text() == "طهران"
        assert ar_win.find_panel.hit_count() == hits
    finally:
        gui.close_window(ar_win)


def test_a_closed_find_in_project_stays_closed(win: MainWindow, gui, qtbot) -> None:
    win.findChild(QAction, "language_ar").trigger()
    [ar_win] = _main_windows()
    try:
        assert not ar_win.find_dock.isVisible()
    finally:
        gui.close_window(ar_win)
