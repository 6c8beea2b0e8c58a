"""Merging document labels: per layer and field the newer value wins, a clearing too; a
kept local value is a conflict logged once; fields must mean the same in both files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from annotator.core.schema import load_schema, parse_schema
from annotator.core.schema_toml import schema_to_toml
from annotator.core.types import DocumentRecord
from annotator.store.merge import MergeError, merge_project
from annotator.store.repository import Repository
from tests.clock import StepClock


@pytest.fixture
def copies(tmp_path: Path, clock: StepClock):
    base = tmp_path / "base.db"
    r = Repository.open(base, user="lead", clock=clock)
    r.import_records([DocumentRecord("d1", "نص الخبر الأول", "t1"),
                      DocumentRecord("d2", "نص الخبر الثاني", "t2")])
    r.actions.set_doc_labels(r.document_ids()[0], "ali", {"relevance": "partly"})
    r.close()
    shutil.copy(base, tmp_path / "review.db")
    shutil.copy(base, tmp_path / "ali.db")
    review = Repository.open(tmp_path / "review.db", user="reviewer", clock=clock)
    ali = Repository.open(tmp_path / "ali.db", user="ali", clock=clock)
    yield review, ali, tmp_path / "ali.db"
    review.close()
    ali.close()


def test_a_newer_value_there_wins_and_merging_again_changes_nothing(copies) -> None:
    review, ali, ali_path = copies
    d1, d2 = ali.document_ids()
    ali.actions.set_doc_labels(d1, "ali", {"relevance": "relevant"})
    ali.actions.set_doc_labels(d2, "ali", {"countries": ["syria"], "note": "جديد"})
    report = merge_project(review, ali_path)
    assert report.doc_labels_updated == 3 and "3 document labels updated" in report.line()
    assert review.doc_labels(d1, "ali") == {"relevance": "relevant"}
    assert review.doc_labels(d2, "ali") == {"countries": ("syria",), "note": "جديد"}
    assert len(review.changes(action="merge_doc_label")) == 3
    assert not merge_project(review, ali_path).changed()


def test_a_clearing_there_travels_and_a_newer_value_here_is_kept(copies) -> None:
    review, ali, ali_path = copies
    d1, d2 = ali.document_ids()
    ali.actions.set_doc_labels(d1, "ali", {"relevance": None})
    report = merge_project(review, ali_path)
    assert report.doc_labels_updated == 1 and review.doc_labels(d1, "ali") == {}
    ali.actions.set_doc_labels(d2, "ali", {"relevance": "relevant"})
    review.actions.set_doc_labels(d2, "ali", {"relevance": "not_relevant"})  # newer here
    report = merge_project(review, ali_path)
    assert review.doc_labels(d2, "ali") == {"relevance": "not_relevant"}
    assert len(report.conflicts) == 1 and "document label relevance" in report.conflicts[0]
    assert merge_project(review, ali_path).conflicts == []  # logged once


def test_a_file_whose_document_fields_differ_is_refused(copies, tmp_path: Path) -> None:
    review, _, _ = copies
    other = tmp_path / "other.db"
    toml = schema_to_toml(load_schema()).replace('{ name = "partly"', '{ name = "some"')
    r = Repository.open(other, schema_path=None)
    r.switch_schema(parse_schema(toml))
    r.close()
    with pytest.raises(MergeError, match="document field relevance is defined differently"):
        merge_project(review, other)
