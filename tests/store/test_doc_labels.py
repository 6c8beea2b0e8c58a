"""Document labels in the store: one action per edit, logged, checked, undone, reviewed."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.errors import UserError
from annotator.core.schema import load_schema, parse_schema
from annotator.core.schema_toml import schema_to_toml
from annotator.core.types import GOLD, DocumentRecord
from annotator.store.repository import Repository
from tests.clock import StepClock

TEXT = "قصفت المقاومة قاعدة حرير في أربيل يوم الأحد وهددت إيران"


@pytest.fixture
def project(tmp_path: Path, clock: StepClock) -> tuple[Repository, int, Path]:
    path = tmp_path / "p.db"
    repo = Repository.open(path, user="amina", clock=clock)
    repo.import_records([DocumentRecord("news-1", TEXT, "عنوان", "test")])
    yield repo, repo.document_ids()[0], path
    repo.close()


def test_setting_fields_is_one_logged_action_that_starts_the_document(project) -> None:
    repo, doc, path = project
    change, before = repo.actions.set_doc_labels(
        doc, "amina", {"relevance": "relevant", "countries": ["iran", "iraq"]})
    assert change.doc_labels == (("relevance", "relevant"), ("countries", ("iraq", "iran")))
    assert before == {"relevance": None, "countries": None}
    assert change.status == "in_progress" and "relevance = relevant" in change.message
    other = Repository.open(path)  # committed: another connection sees it
    assert other.doc_labels(doc, "amina") == {"relevance": "relevant",
                                              "countries": ("iraq", "iran")}
    other.close()
    rows = repo.changes(action="set_doc_label")
    assert len({r["action_group"] for r in rows}) == 1 and len(rows) == 2
    assert rows[1]["after"] == {"field": "countries", "value": ["iraq", "iran"]}


def test_undo_sets_the_fields_back_and_clearing_keeps_nothing(project) -> None:
    repo, doc, _ = project
    repo.actions.set_doc_labels(doc, "amina", {"relevance": "relevant"})
    _, before = repo.actions.set_doc_labels(doc, "amina", {"relevance": "partly",
                                                           "note": "مهم"})
    assert before == {"relevance": "relevant", "note": None}
    repo.actions.set_doc_labels(doc, "amina", before)  # what undo does
    assert repo.doc_labels(doc, "amina") == {"relevance": "relevant"}
    repo.actions.set_doc_labels(doc, "amina", {"relevance": None})
    assert repo.doc_labels(doc, "amina") == {}


@pytest.mark.parametrize(("values", "message"), [
    ({"relevance": "relevant", "colour": "red"}, "unknown document field 'colour'"),
    ({"note": "x", "relevance": "maybe"}, "'maybe' is not one of its values"),
])
def test_a_refused_value_writes_nothing_of_the_action(project, values, message) -> None:
    repo, doc, _ = project
    n = len(repo.changes())
    with pytest.raises(UserError, match=message):
        repo.actions.set_doc_labels(doc, "amina", values)
    assert repo.doc_labels(doc, "amina") == {} and len(repo.changes()) == n
    assert repo.status(doc, "amina") == "new"


def test_setting_the_same_values_again_is_refused_as_nothing_to_do(project) -> None:
    repo, doc, _ = project
    repo.actions.set_doc_labels(doc, "amina", {"relevance": "relevant"})
    with pytest.raises(UserError, match="already so"):
        repo.actions.set_doc_labels(doc, "amina", {"relevance": "relevant"})


def test_gold_takes_what_all_annotators_agree_on(project) -> None:
    repo, doc, _ = project
    repo.actions.set_doc_labels(doc, "amina", {"relevance": "relevant", "note": "a"})
    repo.actions.set_doc_labels(doc, "badr", {"relevance": "relevant", "note": "b"})
    votes = repo.doc_label_votes(doc)
    assert votes.annotators == ["amina", "badr"] and votes.gold == {}
    change, before = repo.actions.accept_agreed_doc_labels(doc)
    assert change.gold and change.layer == GOLD and before == {"relevance": None}
    votes = repo.doc_label_votes(doc)
    assert votes.gold == {"relevance": "relevant"} and votes.decided_by == {
        "relevance": "amina"}  # the repository's user decided
    with pytest.raises(UserError, match="Gold already has"):
        repo.actions.accept_agreed_doc_labels(doc)


def test_a_schema_without_a_used_field_or_value_is_refused(project) -> None:
    repo, doc, _ = project
    repo.actions.set_doc_labels(doc, "amina", {"source_kind": "news_agency"})
    toml = schema_to_toml(load_schema())
    renamed = parse_schema(toml.replace('name = "source_kind"', 'name = "kind"'))
    assert "1 document label(s) in field source_kind, which the new schema lacks" in \
        repo.schema_blockers(renamed)
    fewer = parse_schema(toml.replace('{ name = "news_agency"', '{ name = "agency"'))
    assert ("1 document(s) with source_kind = news_agency, which the new schema does not "
            "allow") in repo.schema_blockers(fewer)
    with pytest.raises(UserError, match="orphaned"):
        repo.switch_schema(fewer)
    assert repo.schema().document_field("source_kind").value("news_agency") is not None
