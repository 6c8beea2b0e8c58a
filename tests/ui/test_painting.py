"""What the text view paints for spans: colours, and highlights that follow the text.

The view keeps span geometry between frames (per block, per screenful) and prepares the
pages around the screen while idle. These tests compare what it shows with what a view
that computes everything afresh shows, pixel for pixel, after the changes that must
invalidate that geometry: scrolling, resizing, zooming.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractSlider, QApplication

from annotator.core.types import DocumentRecord, LayerRecord, Span
from annotator.store.repository import Repository
from annotator.ui.main_window import MainWindow
from annotator.ui.text_view import FILL_ALPHA, TextView

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
USER = "amina"  # the user the open_window fixture opens as
WORD = re.compile(r"[^\W_][\w\u064B-\u065F\u0670\u0640]*")
LABELS = ("PER", "ORG", "GPE", "LOC", "FAC", "WEAPON")


def long_document(tmp_path: Path) -> Path:
    """A project with one long document (the seeds twice), a span on every third word
    and a one-word span nested inside every fifth two-word span."""
    text = "\n".join(p.read_text(encoding="utf-8").strip("\n")
                     for p in sorted(SEEDS.glob("*.txt")) * 2)
    words = [m.span() for m in WORD.finditer(text)]
    spans = []
    for n, i in enumerate(range(0, len(words) - 1, 3)):
        (a, _), (_, b) = words[i], words[i + 1]
        if "\n" in text[a:b]:
            continue
        spans.append(Span(a, b, LABELS[n % len(LABELS)], text[a:b]))
        if n % 5 == 0:
            inner = words[i]
            spans.append(Span(*inner, "DATE", text[inner[0]:inner[1]]))
    path = tmp_path / "long.db"
    repo = Repository.open(path, user=USER)
    try:
        repo.import_records([DocumentRecord("long", text, "long", "test",
                                            layers=[LayerRecord(USER, spans=spans)])])
    finally:
        repo.close()
    return path


@pytest.fixture
def long_win(tmp_path: Path, open_window: Callable[..., MainWindow]) -> MainWindow:
    win = open_window(long_document(tmp_path))
    win.text_view.setCursorWidth(0)  # no blinking caret in the screenshots
    win.resize(1100, 800)
    settle()
    assert len(win.text_view.spans) > 1000
    return win


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def shot(view: TextView) -> QImage:
    settle()
    return view.viewport().grab().toImage()


def afresh(view: TextView, qtbot) -> QImage:
    """What a new view with the same text, spans, font, size and scroll position shows:
    it has no geometry from earlier frames and prepares nothing while idle."""
    ref = TextView()
    qtbot.addWidget(ref)
    ref.prefetch = False
    ref.setCursorWidth(0)
    ref.setFont(view.font())
    ref.set_labels({k: c.name() for k, c in view.colors.items()}, {})
    ref.set_text(view.text)
    ref.set_spans(list(view.spans))
    ref.resize(view.size())
    ref.show()
    qtbot.waitExposed(ref)
    settle()
    assert ref.viewport().size() == view.viewport().size()
    # Scroll values count lines, and lines of blocks not laid out yet are guesses: lay
    # the reference out, then show the same line of the same block at the top.
    first = view.firstVisibleBlock()
    line_in_block = view.verticalScrollBar().value() - first.firstLineNumber()
    layout, block = ref.document().documentLayout(), ref.document().firstBlock()
    while block.isValid():
        layout.blockBoundingRect(block)
        block = block.next()
    same = ref.document().findBlockByNumber(first.blockNumber())
    ref.verticalScrollBar().setValue(same.firstLineNumber() + line_in_block)
    assert ref.firstVisibleBlock().blockNumber() == first.blockNumber()
    return shot(ref)


def usual_colour(image: QImage, rect: QRect) -> QColor:
    """The most frequent colour in a rectangle: the fill, not the thinner glyph strokes."""
    counts = Counter(image.pixel(x, y) for x in range(rect.left(), rect.right())
                     for y in range(rect.top(), rect.bottom() - 6))  # above the underlines
    return QColor.fromRgb(counts.most_common(1)[0][0])


def blend(over: QColor, under: QColor) -> QColor:
    a = FILL_ALPHA / 255
    return QColor(*(round(o * a + u * (1 - a)) for o, u in zip(
        over.getRgb()[:3], under.getRgb()[:3], strict=True)))


def close(a: QColor, b: QColor) -> bool:
    return all(abs(x - y) <= 3 for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def test_fills_show_each_label_colour_and_nesting_blends_inner_over_outer(long_win) -> None:
    view = long_win.text_view
    image = shot(view)
    base = view.viewport().palette().color(QPalette.ColorRole.Base)
    nested = next(s for s in view.spans if s.label == "DATE"
                  and view.span_rects(s) and view.span_rects(s)[0].width() > 20)
    outer = next(s for s in view.spans if s.start == nested.start and s.end > nested.end)
    inner_rect = view.span_rects(nested)[0].toRect()
    outer_rects = [r.toRect() for r in view.span_rects(outer)]
    # The outer span's own part (outside the nested one) on the same line.
    own = next(r for r in outer_rects if r.top() == inner_rect.top())
    own_part = QRect(own.left(), own.top(), inner_rect.left() - own.left(), own.height()) \
        if own.left() < inner_rect.left() else \
        QRect(inner_rect.right(), own.top(), own.right() - inner_rect.right(), own.height())
    outer_colour = blend(view.colors[outer.label], base)
    assert close(usual_colour(image, own_part), outer_colour)
    assert close(usual_colour(image, inner_rect), blend(view.colors["DATE"], outer_colour))


def test_a_page_step_shows_what_a_fresh_view_shows(long_win, qtbot) -> None:
    view = long_win.text_view
    bar = view.verticalScrollBar()
    for _ in range(3):
        last = [b for b, _ in view._on_screen()][-1]
        settle()  # idle: the view prepares the page below
        assert last.next().layout().lineCount() > 0
        bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
        stepped = shot(view)
        assert stepped == afresh(view, qtbot)


def test_highlights_follow_the_text_after_a_resize_and_a_zoom(long_win, qtbot) -> None:
    view = long_win.text_view
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 3)
    before = shot(view)
    long_win.resize(900, 800)
    resized = shot(view)
    assert resized.size() != before.size()
    assert resized == afresh(view, qtbot)
    long_win.zoom(1.0)
    zoomed = shot(view)
    assert zoomed == afresh(view, qtbot)
