"""The compare toggle: another layer drawn read-only over the user's own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from annotator.store.repository import Repository

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def mark(project: Path, user: str, doc: int, word: str, label: str, find) -> None:
    repo = Repository.open(project, user=user)
    try:
        repo.add_span(doc, user, *find(repo.document_text(doc), word), label)
    finally:
        repo.close()


def pixels(view, rects) -> list[int]:
    image = view.viewport().grab().toImage()
    return [image.pixel(QPoint(x, y)) for r in rects for x in range(int(r.left()) - 3,
            int(r.right()) + 4) for y in (int(r.top()) - 2, int(r.bottom()) + 2)
            if image.rect().contains(QPoint(x, y))]


def choose(gui, win, row: int) -> None:
    """Open View → Compare with and click its `row`th entry; the window is active again
    afterwards, as on a desktop once a popup closes."""
    menu = win.compare.menu
    menu.popup(win.text_view.mapToGlobal(QPoint(10, 10)))
    gui.qtbot.waitUntil(menu.isVisible)
    gui.qtbot.mouseClick(menu, Qt.MouseButton.LeftButton,
                         pos=menu.actionGeometry(menu.actions()[row]).center())
    assert QApplication.activePopupWidget() is None
    win.activateWindow()
    gui.qtbot.waitUntil(lambda: QApplication.activeWindow() is win)


def test_compare_draws_other_layer_read_only(project, open_window, gui, db) -> None:
    first, second = gui.doc_id(db, "000"), gui.doc_id(db, "001")
    mark(project, "badr", first, "واشنطن", "GPE", gui.find)
    mark(project, "badr", second, "العراق", "GPE", gui.find)
    mark(project, "chadi", first, "طهران", "LOC", gui.find)
    win = open_window(project)  # amina
    view = win.text_view
    gui.open_doc(win, first)
    (badr_span,) = db.spans(first, "badr")
    gui.show_range(view, badr_span.start, badr_span.end)
    rects = view.span_rects(badr_span)
    before = pixels(view, rects)

    gui.key(view, Qt.Key.Key_C, CTRL_SHIFT)
    assert win.menu_actions.compare_layer.isChecked()
    (overlay,) = view.overlays
    assert [(s.start, s.end, s.label) for s in overlay.spans] == [
        (badr_span.start, badr_span.end, "GPE")]  # badr: the first other layer with spans
    assert pixels(view, rects) != before  # the dashed box is on screen
    win.grab().save("/tmp/compare_mode.png")
    assert overlay.tooltip_at(badr_span.start)[0].count("badr (read-only): GPE") == 1

    # Not editable: a click there selects nothing of amina's, a label key changes nothing.
    gui.click_offset(view, badr_span.start + 1)
    assert view.selected_span_id is None
    gui.label_key(view, "2")
    assert [(s.start, s.end, s.label) for s in db.spans(first, "badr")] == [
        (badr_span.start, badr_span.end, "GPE")]
    assert db.spans(first, "amina") == []

    # The View → Compare with menu lists the other layers; choosing chadi shows chadi.
    menu = win.compare.menu
    menu.popup(view.mapToGlobal(QPoint(10, 10)))
    gui.qtbot.waitUntil(menu.isVisible)
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert names == ["compareWith_badr", "compareWith_chadi", "actionCompareLayer"]
    menu.hide()
    choose(gui, win, 1)
    assert [s.label for s in view.overlays[0].spans] == ["LOC"]

    # The choice persists across documents; badr again, then off.
    choose(gui, win, 0)
    gui.open_doc(win, second)
    assert [s.text for s in view.overlays[0].spans] == ["العراق"]
    gui.open_doc(win, first)
    gui.show_range(view, badr_span.start, badr_span.end)
    gui.key(view, Qt.Key.Key_C, CTRL_SHIFT)
    assert view.overlays == [] and not win.menu_actions.compare_layer.isChecked()
    assert pixels(view, view.span_rects(badr_span)) == before
