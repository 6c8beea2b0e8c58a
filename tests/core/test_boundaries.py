"""Moving a span's start or end by a word or a character, in reading order."""

from __future__ import annotations

import pytest

from annotator.core.boundaries import move_edge, snap_edge

TEXT = "قال المتحدث: إن لإيران دوراً، وأن العراق يرفض."


def at(sub: str) -> tuple[int, int]:
    i = TEXT.index(sub)
    return i, i + len(sub)


def moved(span: str, edge: str, direction: int, unit: str) -> str | None:
    result = move_edge(TEXT, *at(span), edge, direction, unit)
    return TEXT[result[0]:result[1]] if result else None


def test_word_steps_go_to_the_next_word_edge_in_reading_order() -> None:
    assert moved("إيران", "start", -1, "word") == "لإيران"  # the start of its own word
    assert moved("لإيران", "start", -1, "word") == "إن لإيران"
    assert moved("إيران", "end", 1, "word") == "إيران دوراً"  # the comma stays outside
    assert moved("إن لإيران", "start", 1, "word") == "لإيران"
    assert moved("إن لإيران", "end", -1, "word") == "إن"


def test_a_word_step_never_empties_the_span_or_leaves_the_text() -> None:
    assert moved("إيران", "start", 1, "word") is None
    assert moved("إيران", "end", -1, "word") is None
    assert move_edge(TEXT, 0, 3, "start", -1, "word") is None
    assert moved("يرفض", "end", 1, "word") is None


def test_character_steps_are_exact() -> None:
    assert moved("إيران", "start", -1, "char") == "لإيران"  # inside the lam-alef ligature
    assert moved("لإيران", "start", 1, "char") == "إيران"
    assert moved("إيران", "end", 1, "char") == "إيران "
    assert moved("إيران", "end", -1, "char") == "إيرا"


def test_a_character_step_keeps_a_letter_with_its_marks() -> None:
    text = "دوراً كبيراً"
    end = text.index(" ")
    assert move_edge(text, 0, end, "end", -1, "char") == (0, 3)  # "دور": alef+tanween go
    assert move_edge(text, 0, 3, "end", 1, "char") == (0, end)  # and come back together
    assert move_edge(text, 0, end, "start", 1, "char") == (1, end)


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError):
        move_edge(TEXT, 5, 5, "start", -1, "word")
    with pytest.raises(ValueError):
        move_edge(TEXT, 0, 3, "start", 2, "word")


def test_a_dragged_edge_snaps_to_the_word_it_lands_in() -> None:
    s, e = at("لإيران")
    assert snap_edge(TEXT, s + 3, "start") == s
    assert snap_edge(TEXT, s + 3, "end") == e
    gap = TEXT.index(" دوراً")
    assert snap_edge(TEXT, gap, "start") == gap  # between words: where it is
    assert snap_edge(TEXT, gap + 1, "start") == gap + 1
    assert snap_edge(TEXT, gap + 3, "start") == gap + 1
