"""File > Export… with the default token options: spaCy keeps the span after a proclitic."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox

from tests.ui.test_export_dialog import choose, click_ok, gold_project, open_dialog, type_path

__all__ = ["gold_project"]  # the fixture, used by name


def test_spacy_export_from_the_dialog_holds_the_span_after_a_proclitic(
        gold_project: Path, tmp_path: Path, open_window, qtbot) -> None:
    import spacy
    from spacy.tokens import DocBin

    win = open_window(gold_project)
    dialog = open_dialog(win, qtbot)
    choose(dialog, "exportFormat", "spacy")
    assert dialog.findChild(QComboBox, "exportClitics").currentData() == "auto"
    out = tmp_path / "gold.jsonl"
    type_path(dialog, out)
    click_ok(dialog, qtbot)
    qtbot.waitUntil(lambda: not win.jobs, timeout=30_000)
    docs = DocBin().from_disk(tmp_path / "gold.spacy").get_docs(spacy.blank("ar").vocab)
    spans = {(d.user_data["id"], s.text, s.label_) for d in docs for s in d.spans["sc"]}
    assert ("gold-1", "إيران", "GPE") in spans
