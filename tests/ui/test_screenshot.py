"""A screenshot of the window with labelled spans (nested, and one selected).

The PNGs go to tmp (the README's pictures are made by tests/ui/test_language.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor

from annotator.store.repository import Repository

SPANS = [  # (text, key, text before it), in reading order
    ("سوريا", "5", "لا يوقف قصف القواعد في "),
    ("الحرس الثوري الإيراني", "4", ""),
    ("المقاومة الإسلامية في العراق", "3", ""),
    ("العراق", "5", "المقاومة الإسلامية في "),
    ("الاثنين 5 من شباط", "8", ""),
    ("المقاومة الإسلامية", "3", "ونشرت “"),
]


def near(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3],
                                                       strict=True))


def test_screenshot_of_labelled_article(win, db: Repository, gui, tmp_path: Path) -> None:
    doc = gui.doc_id(db, "002")
    gui.open_doc(win, doc)
    view = win.text_view
    offsets = {}
    for text, key, after in SPANS:
        offsets[text] = gui.label_exact(view, text, key, after)
    stored = {(x.start, x.end, x.text) for x in db.spans(doc, gui.user)}
    assert stored == {(s, e, t) for t, (s, e) in offsets.items()}

    view.verticalScrollBar().setValue(0)
    i, _ = offsets["العراق"]
    gui.click_offset(view, i + 1)  # select the nested GPE span
    selected = view.span_by_id(view.selected_span_id)
    assert (selected.label, selected.text) == ("GPE", "العراق")
    view.verticalScrollBar().setValue(0)
    gui.qtbot.wait(10)

    # Each span is drawn in its label's colour (its underline) across its letters.
    shot = view.viewport().grab().toImage()
    colours = {"GPE": "#3cb44b", "ARMED_GROUP": "#f58231", "MILITARY": "#911eb4"}
    for span in view.spans:
        if span.label not in colours or not view.span_rects(span):
            continue
        rect = view.span_rects(span)[0]
        x = round(rect.center().x())
        column = [shot.pixelColor(QPoint(x, y)) for y in range(int(rect.top()),
                                                               int(rect.bottom()) + 2)]
        assert any(near(c, QColor(colours[span.label])) for c in column), span

    window = win.grab()
    assert not window.isNull() and window.size() == win.size()
    target = tmp_path / "window.png"
    assert window.save(str(target))
    assert view.viewport().grab().save(str(tmp_path / "text.png"))
    assert target.stat().st_size > 10_000
