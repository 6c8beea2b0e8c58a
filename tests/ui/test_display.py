"""What the window shows: the bundled Arabic font, and user-controlled strings (schema
names, titles, span texts) shown as typed, never interpreted as HTML."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QFontDatabase, QFontMetrics, QMouseEvent, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QToolTip

from annotator.core.types import DocumentRecord
from annotator.paths import resource_path
from annotator.store.repository import Repository
from annotator.ui.app import create_main_window, load_fonts

HTML = "<b>x</b>"
TITLE = f"{HTML} خبر عن إيران"
TEXT = f"{TITLE}\nقال {HTML} إن إيران سترد.\n"


def rendered(text: str) -> str:
    """What a QLabel or tooltip with automatic text format displays for `text`."""
    doc = QTextDocument()
    if GuiQt.mightBeRichText(text):
        doc.setHtml(text)
    else:
        doc.setPlainText(text)
    return doc.toPlainText()


def test_bundled_arabic_font_is_loaded_and_used(win) -> None:
    family = load_fonts()
    assert family
    assert family in QFontDatabase.families()
    font = win.text_view.font()
    assert font.families()[0] == family
    metrics = QFontMetrics(font)
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "إيرانطهلـ")


@pytest.fixture
def html_project(tmp_path: Path) -> Path:
    source = resource_path("schemas", "default.toml").read_text(encoding="utf-8")
    assert 'ar = "شخص"\nen = "Person"' in source
    schema = tmp_path / "html.toml"
    schema.write_text(source.replace('ar = "شخص"\nen = "Person"',
                                     f'ar = "{HTML}"\nen = "{HTML}"'), encoding="utf-8")
    path = tmp_path / "html.db"
    repo = Repository.open(path, schema_path=schema)
    try:
        assert repo.schema().label("PER").en == HTML
        repo.import_records([DocumentRecord("html", TEXT, TITLE, "test")])
        doc = repo.document_ids()[0]
        i = TEXT.index(HTML, len(TITLE))
        repo.add_span(doc, "amina", i, i + len(HTML), "ORG")
    finally:
        repo.close()
    return path


def test_html_looking_names_show_as_literal_text(html_project: Path, open_window,
                                                 gui) -> None:
    win = open_window(html_project)
    button = win.palette_widget.buttons["PER"]
    assert HTML in button.text()  # QPushButton text is never rich text
    assert win.palette_widget.findChild(type(button), "labelButton_PER") is button
    guide = win.guidelines.toPlainText()
    assert guide.count(HTML) >= 2  # the English and the Arabic name, escaped
    info = win.span_info
    assert info.textFormat() == Qt.TextFormat.PlainText
    assert HTML in info.text()  # the document title

    view = win.text_view
    s, e = gui.find(view.text, "إيران", after="إن ")
    gui.show_range(view, s, e)
    gui.double_click(view, gui.inside(view, s + 2))
    gui.label_key(view, "1")
    assert info.textFormat() == Qt.TextFormat.PlainText
    assert "PER" in info.text() and "إيران" in info.text()


def test_text_view_tooltip_shows_a_span_text_as_typed(html_project: Path, open_window,
                                                      gui, qtbot) -> None:
    win = open_window(html_project)
    view = win.text_view
    (span,) = view.spans
    assert span.text == HTML
    x = span.start + HTML.index("x")
    gui.show_range(view, span.start, span.end)
    point = gui.inside(view, x)
    assert view.offset_at(point) == x
    vp = view.viewport()
    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(point), QPointF(point),
                       QPointF(vp.mapToGlobal(point)), Qt.MouseButton.NoButton,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(vp, move)
    qtbot.waitUntil(QToolTip.isVisible)
    shown = rendered(QToolTip.text())
    assert HTML in shown and "ORG" in shown
    QToolTip.hideText()


def test_palette_tooltip_shows_names_as_typed(html_project: Path, open_window) -> None:
    win = open_window(html_project)
    assert HTML in rendered(win.palette_widget.buttons["PER"].toolTip())


def test_document_list_tooltip_shows_the_title_as_typed(html_project: Path,
                                                       open_window) -> None:
    win = open_window(html_project)
    tip = win.doc_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert HTML in rendered(tip)


def test_span_table_tooltip_shows_the_span_text_as_typed(html_project: Path,
                                                        open_window) -> None:
    win = open_window(html_project)
    tip = win.span_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert HTML in rendered(tip)


def test_destroying_a_window_after_edits_raises_nothing(project: Path, gui, qtbot) -> None:
    """The undo stack outlives nothing it talks to: no late signal hits a deleted action."""
    win = create_main_window(project, "amina")
    win.show()
    qtbot.waitExposed(win)
    view = win.text_view
    s, e = gui.find(view.text, "طهران")
    gui.drag(view, gui.inside(view, s + 1), gui.inside(view, e - 2))
    gui.label_key(view, "5")
    assert win.menu_actions.undo.isEnabled()
    repo = win.repo
    with qtbot.captureExceptions() as exceptions:
        win.close()
        win.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        del win, view
        gc.collect()
        QApplication.processEvents()
    repo.close()
    assert exceptions == []
