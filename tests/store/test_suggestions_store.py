"""Suggestions in the project file: the model with its version and scores, gazetteers,
suggestions per document, rejections that stay, provenance of accepted spans, and the
upgrade of an older file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.core.errors import UserError
from annotator.core.suggest.gazetteer import GazetteerEntry
from annotator.core.suggest.offers import GAZETTEER, MODEL, Suggested
from annotator.core.types import Span
from annotator.operations.suggestions import score_documents, train
from annotator.store.repository import Repository
from tests.suggestion_fixture import USER, document_id, make_project


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project whose model was trained on its twelve finished documents."""
    path = make_project(tmp_path_factory.mktemp("trained") / "p.db")
    repo = Repository.open(path, user=USER)
    try:
        train(repo, held_out=0.25)
    finally:
        repo.close()
    return path


@pytest.fixture
def project(trained: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "p.db"
    copy.write_bytes(trained.read_bytes())
    return copy


def test_the_model_is_stored_with_its_version_data_and_held_out_scores(project: Path
                                                                       ) -> None:
    repo = Repository.open(project, user=USER)
    try:
        (record,) = repo.model_records()
        version, model = repo.parts.models.current()
    finally:
        repo.close()
    assert record.version == version == 1 and record.has_bytes
    assert record.trained_on == "done" and record.trained_by == USER
    assert record.documents == 9  # 12 finished, a quarter held out
    assert record.spans == model.info.spans > 0 and record.tokens == model.info.tokens
    assert record.held_out is not None and record.held_out["documents"] == 3
    assert record.held_out["micro"]["f1"] > 0.8
    assert set(record.held_out["labels"]) == {"GPE", "PER"}


def test_a_new_model_gets_the_next_version_and_only_it_keeps_its_bytes(project: Path
                                                                       ) -> None:
    repo = Repository.open(project, user=USER)
    try:
        train(repo, held_out=0)
        records = repo.model_records()
    finally:
        repo.close()
    assert [(r.version, r.has_bytes) for r in records] == [(2, True), (1, False)]
    assert records[0].held_out is None


def test_a_model_trained_on_the_project_suggests_a_name_it_has_seen(project: Path) -> None:
    repo = Repository.open(project, user=USER)
    try:
        doc = document_id(repo, "new")
        offered = repo.offered_suggestions(doc, USER)
    finally:
        repo.close()
    found = {(s.text, s.label) for s in offered}
    assert ("جو بايدن", "PER") in found and ("دمشق", "GPE") in found
    biden = next(s for s in offered if s.text == "جو بايدن")
    assert biden.sources[0] == MODEL and biden.model_version == 1
    assert 0.5 < (biden.confidence or 0) <= 1


def test_rejected_suggestions_stay_rejected(project: Path) -> None:
    repo = Repository.open(project, user=USER)
    try:
        doc = document_id(repo, "new")
        biden = next(s for s in repo.offered_suggestions(doc, USER) if s.label == "PER")
        change = repo.actions.reject_suggestions(doc, USER, [biden.key])
        assert change.suggestions_rejected == (biden.key,)
    finally:
        repo.close()
    again = Repository.open(project, user="badr")
    try:
        assert biden.key not in {s.key for s in again.offered_suggestions(doc, USER)}
        # Another annotator's layer is still offered it: rejections are per layer.
        assert biden.key in {s.key for s in again.offered_suggestions(doc, "badr")}
        # A retrained model suggests it again, and it stays rejected.
        train(again, held_out=0)
        assert biden.key not in {s.key for s in again.offered_suggestions(doc, USER)}
        again.actions.restore_suggestions(doc, USER, [biden.key])
        assert biden.key in {s.key for s in again.offered_suggestions(doc, USER)}
    finally:
        again.close()


def test_an_accepted_suggestion_is_a_span_that_says_how_it_was_made(project: Path) -> None:
    repo = Repository.open(project, user=USER)
    try:
        doc = document_id(repo, "new")
        offered = repo.offered_suggestions(doc, USER)
        change = repo.actions.accept_suggestions(doc, USER, offered[:1])
        (span,) = change.spans_added
        assert (span.origin, span.origin_detail) == ("suggestion", "model:1")
        assert repo.span(span.id).origin_detail == "model:1"
        assert offered[0].key not in {s.key for s in repo.offered_suggestions(doc, USER)}
        # With a label key the label changes; the place is still the suggestion's.
        other = repo.actions.accept_suggestions(doc, USER, offered[1:2], label="ORG")
        assert other.spans_added[0].label == "ORG"
        undo = repo.actions.remove_spans([*change.spans_added, *other.spans_added], doc)
        assert len(undo.spans_removed) == 2
        assert [s.key for s in repo.offered_suggestions(doc, USER)][:2] == \
            [s.key for s in offered[:2]]
    finally:
        repo.close()


def test_suggestions_are_computed_again_when_a_gazetteer_arrives(project: Path) -> None:
    repo = Repository.open(project, user=USER)
    try:
        doc = document_id(repo, "new")
        before = {s.text for s in repo.offered_suggestions(doc, USER)}
        assert "القصف" not in before
        repo.parts.gazetteers.import_entries("weapons.tsv", [GazetteerEntry("القصف", "PER")])
        after = {s.text: s for s in repo.offered_suggestions(doc, USER)}
    finally:
        repo.close()
    assert after["القصف"].sources == (GAZETTEER,) and after["القصف"].confidence is None


def test_least_certain_first_puts_scored_documents_by_uncertainty(project: Path) -> None:
    repo = Repository.open(project, user=USER)
    try:
        ids = repo.document_ids()
        assert score_documents(repo) == 1
        scores = repo.parts.suggestions.uncertainties()
        assert set(scores) == {document_id(repo, "new")}  # the others are done
        repo.parts.suggestions.score(ids)
        scores = repo.parts.suggestions.uncertainties()
        order = repo.least_certain_first(ids)
        for_amina = repo.least_certain_first(ids, USER)
    finally:
        repo.close()
    assert set(scores) == set(ids)
    assert [scores[d] for d in order] == sorted(scores.values(), reverse=True)
    new = document_id_of(project, "new")
    assert for_amina[0] == new  # the only one she has not finished
    assert for_amina[1:] == [d for d in ids if d != new]  # finished: in their order


def document_id_of(path: Path, external_id: str) -> int:
    repo = Repository.open(path)
    try:
        return document_id(repo, external_id)
    finally:
        repo.close()


def test_training_on_nothing_is_one_clear_refusal(tmp_path: Path) -> None:
    repo = Repository.open(tmp_path / "empty.db")
    try:
        with pytest.raises(UserError, match="no document is marked done yet"):
            train(repo)
        with pytest.raises(UserError, match="no document has the layer 'gold'"):
            train(repo, "gold")
    finally:
        repo.close()


def test_an_older_project_is_upgraded_with_its_spans_intact(tmp_path: Path) -> None:
    """A file from before m008 (made here, then its m008 parts removed) gets the new
    tables and column; its spans keep their ids and identities."""
    old = make_project(tmp_path / "old.db", finished=2)
    conn = sqlite3.connect(old)
    spans = conn.execute("SELECT id, uid, origin FROM spans ORDER BY id").fetchall()
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm008_suggestions'")
    conn.execute("DROP INDEX spans_suggested")
    conn.execute("ALTER TABLE spans DROP COLUMN origin_detail")
    for table in ("suggestion_models", "gazetteer_entries", "suggestions",
                  "suggestion_documents", "suggestion_rejections"):
        conn.execute(f"DROP TABLE {table}")
    conn.commit()
    conn.close()
    repo = Repository.open(old, user=USER)
    try:
        after = repo.db.execute("SELECT id, uid, origin, origin_detail FROM spans "
                                "ORDER BY id").fetchall()
        doc = repo.document_ids()[0]
        first = repo.spans(doc, USER)[0]
        repo.actions.accept_suggestions(doc, "badr", [_as_suggestion(first)])
    finally:
        repo.close()
    assert [(i, u, o) for i, u, o, _ in after] == spans
    assert {detail for *_, detail in after} == {""}


def _as_suggestion(span: Span) -> Suggested:
    return Suggested(span.start, span.end, span.label, span.text, (GAZETTEER,))


def test_accepting_nested_suggestions_of_one_label_adds_the_outer_one(project: Path) -> None:
    repo = Repository.open(project, user=USER)
    try:
        doc = document_id(repo, "new")
        text = repo.document_text(doc)
        start = text.index("جو بايدن")
        outer = Suggested(start, start + 8, "PER", "جو بايدن", (MODEL,), 0.9, 1)
        inner = Suggested(start + 3, start + 8, "PER", "بايدن", (GAZETTEER,))
        place = Suggested(start + 3, start + 8, "GPE", "بايدن", (GAZETTEER,))
        change = repo.actions.accept_suggestions(doc, USER, [outer, inner, place])
    finally:
        repo.close()
    assert [(s.text, s.label) for s in change.spans_added] == [("جو بايدن", "PER"),
                                                               ("بايدن", "GPE")]


def test_a_list_imported_again_with_other_names_changes_the_suggestions(project: Path
                                                                         ) -> None:
    repo = Repository.open(project, user=USER)
    try:
        doc = document_id(repo, "new")
        gazetteers = repo.parts.gazetteers
        gazetteers.import_entries("list.tsv", [GazetteerEntry("القصف", "GPE")])
        assert "القصف" in {s.text for s in repo.offered_suggestions(doc, USER)}
        gazetteers.import_entries("list.tsv", [GazetteerEntry("مصادر", "GPE")])
        texts = {s.text for s in repo.offered_suggestions(doc, USER)}
    finally:
        repo.close()
    assert "مصادر" in texts and "القصف" not in texts
