"""Gazetteers: longest match first, names learned from layers, lists read from files."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.errors import ImportFileError
from annotator.core.suggest.data import TrainingDocument
from annotator.core.suggest.gazetteer import Gazetteer, GazetteerEntry, read_gazetteer

LABELS = ("PER", "ORG", "ARMED_GROUP", "MILITARY", "GPE", "FAC", "LOC", "DATE", "WEAPON")


def spans(text: str, gazetteer: Gazetteer) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in gazetteer.find(text)]


def test_longest_name_wins_and_matches_never_overlap() -> None:
    gazetteer = Gazetteer.from_entries([
        ("العراق", "GPE"), ("المقاومة الإسلامية في العراق", "ARMED_GROUP"),
        ("المقاومة الإسلامية", "ARMED_GROUP"), ("الإسلامية", "ORG"),
    ])
    text = "أعلنت المقاومة الإسلامية في العراق مسؤوليتها، وقال مسؤول في العراق"
    assert spans(text, gazetteer) == [
        ("المقاومة الإسلامية في العراق", "ARMED_GROUP"), ("العراق", "GPE")]
    assert spans("المقاومة الإسلامية وحدها", gazetteer) == [
        ("المقاومة الإسلامية", "ARMED_GROUP")]


def test_gazetteer_uses_the_matching_view_and_proclitic_rule() -> None:
    gazetteer = Gazetteer.from_entries([GazetteerEntry("طهران", "GPE"),
                                        GazetteerEntry("الحرس الثوري", "MILITARY")])
    text = "وصل إلى طَهران ثم لطهران، وقال والحرس الثوري"
    assert spans(text, gazetteer) == [("طَهران", "GPE"), ("طهران", "GPE"),
                                      ("الحرس الثوري", "MILITARY")]
    assert "طهران" in gazetteer and "ط هران" not in gazetteer


def test_names_from_layers_keep_only_names_usually_labelled() -> None:
    text = ("زار الرئيس بغداد. وفي بغداد اجتماع. الأمن في بغداد جيد. "
            "قال مجلس الأمن إن الأمن أولوية والأمن مهم.")
    b = [i for i in range(len(text)) if text.startswith("بغداد", i)]
    council = text.index("مجلس الأمن")
    doc = TrainingDocument.of(text, [
        (b[0], b[0] + 5, "GPE"), (b[1], b[1] + 5, "GPE"),  # 2 of 3 labelled: kept
        (council, council + len("مجلس الأمن"), "ORG"),
        (council + 5, council + len("مجلس الأمن"), "ORG"),  # "الأمن" nested once of 4
    ])
    gazetteer = Gazetteer.from_documents([doc])
    assert sorted(gazetteer.names) == ["بغداد", "مجلس الامن"]
    everything = Gazetteer.from_documents([doc], min_precision=0)
    assert "الأمن" in everything


def test_names_from_a_corpus_that_keeps_proclitics_inside() -> None:
    # Wojood-style spans "للأمم المتحدة": the gazetteer holds "الأمم المتحدة".
    text = "قال متحدث للأمم المتحدة إن الأمم المتحدة تدعم"
    first = text.index("للأمم")
    second = text.index("الأمم المتحدة")
    doc = TrainingDocument.of(text, [(first, first + len("للأمم المتحدة"), "ORG"),
                                     (second, second + len("الأمم المتحدة"), "ORG")])
    inside = Gazetteer.from_documents([doc], proclitic_inside=True)
    assert list(inside.names) == ["الامم المتحده"]
    assert spans("وللأمم المتحدة", inside) == [("وللأمم المتحدة", "ORG")]
    outside = Gazetteer.from_entries([("الأمم المتحدة", "ORG")])
    assert spans("وللأمم المتحدة", outside) == [("لأمم المتحدة", "ORG")]


def test_imported_list_wins_over_learned_names() -> None:
    imported = Gazetteer.from_entries([("حماس", "ARMED_GROUP")])
    learned = Gazetteer.from_entries([("حماس", "ORG"), ("غزة", "GPE")])
    both = imported.merged(learned)
    assert spans("حماس في غزة", both) == [("حماس", "ARMED_GROUP"), ("غزة", "GPE")]


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_read_tsv_and_csv(tmp_path: Path) -> None:
    tsv = write(tmp_path, "names.tsv", "name\tlabel\n# a comment\nطهران\tGPE\n\n"
                "الحرس الثوري\tMILITARY\t\n")
    assert [(e.name, e.label, e.line) for e in read_gazetteer(tsv, LABELS)] == [
        ("طهران", "GPE", 3), ("الحرس الثوري", "MILITARY", 5)]
    csv_file = write(tmp_path, "names.csv", '\ufeffطهران,GPE\n"كتائب حزب الله, فرع العراق",'
                     "ARMED_GROUP\r\n", encoding="utf-8")
    assert [(e.name, e.label) for e in read_gazetteer(csv_file, LABELS)] == [
        ("طهران", "GPE"), ("كتائب حزب الله, فرع العراق", "ARMED_GROUP")]
    legacy = write(tmp_path, "legacy.csv", "بغداد,GPE\nأربيل,GPE\n", encoding="cp1256")
    assert [e.name for e in read_gazetteer(legacy, LABELS)] == ["بغداد", "أربيل"]


@pytest.mark.parametrize(("content", "message"), [
    ("طهران\tGPE\nبغداد\n", "names.tsv:2: expected a name and a label separated by a tab, "
     "got 1 field"),
    ("طهران,GPE\nبغداد\n", "names.tsv:2: expected a name and a label separated by a comma"),
    ("طهران\tGPE\nبغداد\tCITY\n", "names.tsv:2: unknown label 'CITY' (labels: "),
    ("طهران\tGPE\n\tGPE\n", "names.tsv:2: empty name"),
    ("طهران\tGPE\nطَهران\tLOC\n", "names.tsv:2: 'طَهران' is LOC here but GPE on line 1"),
    ("# only a comment\n\n", "names.tsv: no names"),
    ("طهران\tGPE\tLOC\n", "names.tsv:1: expected a name and a label separated by a tab, "
     "got 3 fields"),
])
def test_bad_rows_reject_the_file_in_one_line(tmp_path: Path, content: str,
                                               message: str) -> None:
    path = write(tmp_path, "names.tsv", content)
    with pytest.raises(ImportFileError) as err:
        read_gazetteer(path, LABELS)
    text = str(err.value)
    assert "\n" not in text
    assert text.startswith(str(tmp_path / message.split(":")[0])), text
    assert message.split(":", 1)[1].strip() in text


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="cannot read"):
        read_gazetteer(tmp_path / "missing.tsv", LABELS)
    binary = tmp_path / "names.tsv"
    binary.write_bytes(b"\x00\x01\x02")
    with pytest.raises(ImportFileError, match="binary"):
        read_gazetteer(binary, LABELS)
