"""`annotator agreement`: documents done by two annotators, JSON and table, no-data message."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from annotator.core.types import Argument, DocumentRecord
from annotator.store.repository import Repository

if TYPE_CHECKING:
    from tests.conftest import CliResult

Cli = Callable[..., "CliResult"]

# Tokens: هاجمت كتائب حزب الله قاعدة عين الأسد في العراق يوم الأحد
TEXT = "هاجمت كتائب حزب الله قاعدة عين الأسد في العراق يوم الأحد"
OTHER = "قصفت طائرة مسيرة موقعا في دير الزور"
MEASURES = ["exact_f1", "overlap_f1", "cohen_kappa", "krippendorff_alpha"]
EVENTS = ["event_trigger_f1", "event_argument_f1"]


def at(text: str, sub: str) -> tuple[int, int]:
    i = text.index(sub)
    return i, i + len(sub)


def annotate(repo: Repository, doc: int, layer: str, marks: list[tuple[str, str]],
             roles: dict[str, str], status: str, text: str = TEXT) -> None:
    """Spans for (substring, label); the ATTACK event gets `roles` (role: substring)."""
    ids = {sub: repo.add_span(doc, layer, *at(text, sub), label).id for sub, label in marks}
    trigger = next(ids[sub] for sub, label in marks if label == "ATTACK")
    repo.add_event(trigger, "ATTACK", arguments=tuple(
        Argument(role, ids[sub]) for role, sub in roles.items()))
    repo.set_status(doc, layer, status)


A_MARKS = [("هاجمت", "ATTACK"), ("كتائب حزب الله", "ARMED_GROUP"),
           ("قاعدة عين الأسد", "FAC"), ("العراق", "GPE"), ("الأحد", "DATE")]
A_ROLES = {"Attacker": "كتائب حزب الله", "Target": "قاعدة عين الأسد", "Place": "العراق"}
B_MARKS = [("هاجمت", "ATTACK"), ("كتائب حزب الله", "ARMED_GROUP"),
           ("عين الأسد", "FAC"), ("العراق", "LOC")]
B_ROLES = {"Attacker": "كتائب حزب الله", "Target": "عين الأسد"}


def build(db: Path, *, second_done: bool = True) -> None:
    """Only a and b finished the first document; everything else must be left out."""
    repo = Repository.open(db)
    try:
        repo.import_records([DocumentRecord("d1", TEXT, "one"), DocumentRecord("d2", OTHER, "two")])
        d1, d2 = repo.document_ids()
        annotate(repo, d1, "a", A_MARKS, A_ROLES, "done")
        annotate(repo, d1, "b", B_MARKS, B_ROLES, "done" if second_done else "in_progress")
        # c has not finished; gold and a reviewer's layer are not annotators.
        annotate(repo, d1, "c", [("هاجمت", "ATTACK")], {}, "in_progress")
        annotate(repo, d1, "gold", B_MARKS, B_ROLES, "done")
        repo.ensure_layer("rev", "reviewer")
        annotate(repo, d1, "rev", [("هاجمت", "ATTACK")], {}, "done")
        # Only a finished the second document: b's differing spans there do not count.
        annotate(repo, d2, "a", [("قصفت", "ATTACK"), ("دير الزور", "GPE")], {}, "done",
                 text=OTHER)
        annotate(repo, d2, "b", [("قصفت", "ATTACK"), ("طائرة مسيرة", "WEAPON")], {},
                 "in_progress", text=OTHER)
    finally:
        repo.close()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    db = tmp_path / "team.db"
    build(db)
    return db


def test_json_report_over_documents_both_marked_done(cli: Cli, project: Path) -> None:
    res = cli("agreement", "--json", "--db", project)
    assert res.returncode == 0, res.stderr
    report = json.loads(res.stdout)
    assert set(report) == {"documents", "annotators", "overall", "per_label", "pairs",
                           "document_fields"}  # the default schema has document fields
    assert report["documents"] == 1 and report["annotators"] == ["a", "b"]
    assert set(MEASURES + EVENTS) <= set(report["overall"])
    (pair,) = report["pairs"]
    assert set(pair) == {"a", "b", "documents", "per_label", *MEASURES, *EVENTS}
    # The figures computed by hand in tests/core/test_agreement.py for the same marks:
    # exact 2*2/9, overlap 2*3/9, kappa 15/26, alpha 10/17, triggers 1, arguments 2*1/5.
    expected = {"exact_f1": 4 / 9, "overlap_f1": 6 / 9, "cohen_kappa": 15 / 26,
                "krippendorff_alpha": 10 / 17, "event_trigger_f1": 1.0,
                "event_argument_f1": 2 / 5}
    for key, value in expected.items():
        assert pair[key] == pytest.approx(value), key
        assert report["overall"][key] == pytest.approx(value), key
    # Labels in schema order; WEAPON (only on the unfinished document) is not there.
    assert list(report["per_label"]) == ["ARMED_GROUP", "GPE", "FAC", "LOC", "DATE", "ATTACK"]
    assert set(report["per_label"]["FAC"]) == set(MEASURES)
    assert report["per_label"]["FAC"]["cohen_kappa"] == pytest.approx(12 / 23)


def test_table_output_with_three_decimals(cli: Cli, project: Path) -> None:
    res = cli("agreement", "--db", project)
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    assert lines[0] == "1 document(s) marked done by two or more of: a, b"
    rows = {line.split()[0]: line.split() for line in lines[1:] if line.strip()}
    assert rows["a"] == ["a", "/", "b", "1", "0.444", "0.667", "0.577", "0.588", "1.000",
                         "0.400"]
    assert rows["overall"][1:] == ["1", "0.444", "0.667", "0.577", "0.588", "1.000", "0.400"]
    # FAC: no exact match, overlap 1, kappa 12/23, alpha 7/13.
    assert rows["FAC"] == ["FAC", "0.000", "1.000", "0.522", "0.538"]
    assert rows["ARMED_GROUP"] == ["ARMED_GROUP", "1.000", "1.000", "1.000", "1.000"]


def test_no_document_done_by_two_is_one_line_and_non_zero(cli: Cli, tmp_path: Path) -> None:
    db = tmp_path / "alone.db"
    build(db, second_done=False)
    for extra in ([], ["--json"]):
        res = cli("agreement", *extra, "--db", db)
        assert res.returncode == 2
        assert res.stdout == ""
        assert res.stderr == ("error: no document is marked done by two annotators: "
                              "nothing to compare\n")


def test_missing_project_file_is_not_created(cli: Cli, tmp_path: Path) -> None:
    res = cli("agreement", "--db", tmp_path / "typo.db")
    assert res.returncode == 2 and "no such project file" in res.stderr
    assert not (tmp_path / "typo.db").exists()


def test_a_value_that_rounds_to_zero_is_not_negative() -> None:
    """Krippendorff's alpha a hair below zero (chance agreement) reads 0.000, not -0.000."""
    from annotator.commands.agreement import _cell

    assert [_cell(v, 6) for v in (-0.0001, 0.0004, -0.4567, None)] == \
        [" 0.000", " 0.000", "-0.457", "     -"]
