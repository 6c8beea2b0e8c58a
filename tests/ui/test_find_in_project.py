"""Edit → Find in project (Ctrl+Shift+F) and the document filter, as a user drives them:
real keys and clicks, the project file checked afterwards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from annotator.core.types import DocumentRecord
from annotator.store.repository import Repository

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
# Stored with the forms a search box rarely holds: hamza, ى, ة, tashkeel, tatweel, and a
# character outside the BMP before the name (Qt counts it twice, the store once).
VARIANTS = "خبر 😀 عاجل: أعلنت الحكومةُ أنّ وفداً من إيـــرانَ وصل إلى أربيل مساء الأحد."
VARIANTS_TITLE = "وفد من طهران في أربيل"


def add_document(project: Path, external_id: str, text: str, title: str) -> int:
    repo = Repository.open(project)
    try:
        repo.import_records([DocumentRecord(external_id, text, title)])
        doc = repo.document_id_by_sha(
            repo.db.execute("SELECT text_sha256 FROM documents WHERE external_id = ?",
                            [external_id]).fetchone()[0])
        assert doc is not None
        return doc
    finally:
        repo.close()


def open_find(win, gui, qtbot):
    gui.key(win.text_view, Qt.Key.Key_F, CTRL_SHIFT)
    panel = win.find_panel
    qtbot.waitUntil(lambda: win.find_dock.isVisible() and panel.query.hasFocus())
    return panel


def search(panel, gui, qtbot, query: str) -> None:
    panel.query.clear()
    gui.type_text(panel.query, query)
    gui.key(panel.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.summary.text() != "")


def listed_hits(panel) -> list[tuple[int, int, int, str]]:
    return [(h.document_id, h.start, h.end, h.text) for h in panel.model.hits]


def selected_offsets(view) -> tuple[int, int]:
    cursor = view.textCursor()
    return (view.positions.from_qt(cursor.selectionStart()),
            view.positions.from_qt(cursor.selectionEnd()))


def test_a_hit_in_another_form_opens_with_its_stored_characters_selected(
        project: Path, open_window, gui, qtbot, db) -> None:
    doc = add_document(project, "variants", VARIANTS, VARIANTS_TITLE)
    win = open_window(project)
    panel = open_find(win, gui, qtbot)
    search(panel, gui, qtbot, "ايران")  # no hamza, no tatweel, no fatha
    start = VARIANTS.index("إيـــرانَ")
    end = start + len("إيـــرانَ")
    assert (doc, start, end, "إيـــرانَ") in listed_hits(panel)
    assert "hits in" in panel.summary.text()

    row = next(r for r, h in enumerate(panel.model.hits) if h.document_id == doc)
    panel.results.setFocus()
    panel.results.setCurrentIndex(panel.model.index(row, 1))
    gui.key(panel.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.document_id == doc)
    view = win.text_view
    assert selected_offsets(view) == (start, end)
    # Qt counts the emoji twice: the view's own positions are one further on.
    assert view.textCursor().selectionStart() == start + 1

    gui.label_key(view, "5")  # GPE: exactly the hit, not snapped to anything else
    qtbot.waitUntil(lambda: len(db.spans(doc, gui.user)) == 1)
    (span,) = db.spans(doc, gui.user)
    assert (span.start, span.end, span.label, span.text) == (start, end, "GPE", "إيـــرانَ")


def test_hamza_ta_marbuta_alef_maqsura_and_tashkeel_are_ignored(project: Path, open_window,
                                                                gui, qtbot) -> None:
    doc = add_document(project, "variants", VARIANTS, VARIANTS_TITLE)
    win = open_window(project)
    panel = open_find(win, gui, qtbot)
    for query, stored in (("الحكومه", "الحكومةُ"), ("الي اربيل", "إلى أربيل"),
                          ("ان وفدا", "أنّ وفداً")):
        search(panel, gui, qtbot, query)
        hits = [(h.start, h.end) for h in panel.model.hits if h.document_id == doc]
        start = VARIANTS.index(stored)
        assert hits == [(start, start + len(stored))], query
    search(panel, gui, qtbot, "لا يوجد هذا")
    assert panel.model.hits == [] and panel.summary.text() == "No hits"


def test_a_document_imported_after_the_index_was_built_is_found(
        project: Path, tmp_path: Path, open_window, gui, qtbot, db) -> None:
    win = open_window(project)
    qtbot.waitUntil(lambda: not win.search_indexer.running(), timeout=20000)
    assert db.search_pending() == 0  # the seeds are in the index
    new = tmp_path / "new" / "zzz_visit.txt"
    new.parent.mkdir()
    new.write_text("زيارة مفاجئة\nوصل وفد من البصرة إلى الموصل صباح اليوم.\n",
                   encoding="utf-8")
    job = win.import_paths([new.parent])
    qtbot.waitUntil(lambda: job not in win.jobs, timeout=20000)
    doc = db.document_ids()[-1]
    panel = open_find(win, gui, qtbot)
    search(panel, gui, qtbot, "البصره")
    assert [(h.document_id, h.text) for h in panel.model.hits] == [(doc, "البصرة")]
    qtbot.waitUntil(lambda: not win.search_indexer.running(), timeout=20000)
    assert db.search_pending() == 0  # indexed in the background since
    search(panel, gui, qtbot, "الموصل")
    assert [(h.document_id, h.text) for h in panel.model.hits] == [(doc, "الموصل")]


def test_double_clicking_a_hit_opens_it(project: Path, open_window, gui, qtbot) -> None:
    doc = add_document(project, "variants", VARIANTS, VARIANTS_TITLE)
    win = open_window(project)
    panel = open_find(win, gui, qtbot)
    search(panel, gui, qtbot, "اربيل")
    row = next(r for r, h in enumerate(panel.model.hits) if h.document_id == doc)
    index: QModelIndex = panel.model.index(row, 0)
    panel.results.scrollTo(index)
    pos = panel.results.visualRect(index).center()
    vp, left, none = panel.results.viewport(), Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    no_keys = Qt.KeyboardModifier.NoModifier
    for kind, buttons in ((QEvent.Type.MouseButtonPress, left),
                          (QEvent.Type.MouseButtonRelease, none),
                          (QEvent.Type.MouseButtonDblClick, left),
                          (QEvent.Type.MouseButtonRelease, none)):
        gui._send(vp, kind, pos, left, buttons, no_keys)
    qtbot.waitUntil(lambda: win.document_id == doc)
    start = VARIANTS.index("أربيل")
    assert selected_offsets(win.text_view) == (start, start + 5)


def test_the_keyboard_alone_opens_a_hit(project: Path, open_window, gui, qtbot) -> None:
    """Ctrl+Shift+F, type, Down to the hit wanted, Return: it opens with its characters
    selected, without the mouse (focus stays in the query box all along)."""
    doc = add_document(project, "variants", VARIANTS, VARIANTS_TITLE)
    win = open_window(project)
    panel = open_find(win, gui, qtbot)
    search(panel, gui, qtbot, "اربيل")
    row = next(r for r, h in enumerate(panel.model.hits) if h.document_id == doc)
    assert row > 0 and panel.results.currentIndex().row() == 0
    for _ in range(row):
        gui.key(panel.query, Qt.Key.Key_Down)
    assert panel.results.currentIndex().row() == row
    gui.key(panel.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.document_id == doc)
    start = VARIANTS.index("أربيل")
    assert selected_offsets(win.text_view) == (start, start + 5)


def test_the_filter_waits_for_a_pause_and_asks_once(win, gui, qtbot) -> None:
    """Typing a word into the filter reloads the list once, after the pause, with the
    documents whose titles hold it in any form (here: الأميركي typed without hamza)."""
    model, box = win.doc_model, win.doc_panel.filter
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    gui.type_text(box, "الاميركي")
    assert resets == []  # still typing
    qtbot.waitUntil(lambda: resets != [])
    QApplication.processEvents()
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert len(resets) == 1 and len(titles) == 2 and all("الأميركي" in t for t in titles)
    box.clear()  # an emptied box lists everything at once
    assert model.rowCount() == 5 and len(resets) == 2
