"""Saving an edited schema: renames reach every span, removed labels are decided, and
the whole save is one action that undo takes back."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from annotator.core.errors import UserError
from annotator.core.schema import Schema, parse_schema
from annotator.core.schema_toml import schema_to_toml
from annotator.core.types import DocumentRecord
from annotator.store.repository import Repository
from annotator.store.schema_edit import SchemaEdit
from tests.clock import StepClock

TEXT = "قصفت المقاومة قاعدة حرير في أربيل يوم الأحد وهددت إيران من واشنطن"


def at(sub: str) -> tuple[int, int]:
    i = TEXT.index(sub)
    return i, i + len(sub)


@pytest.fixture
def project(tmp_path: Path, clock: StepClock):
    path = tmp_path / "p.db"
    repo = Repository.open(path, user="lead", clock=clock)
    repo.import_records([DocumentRecord("news-1", TEXT, "عنوان", "test")])
    doc = repo.document_ids()[0]
    a = repo.actions
    place = a.add_span(doc, "ali", *at("أربيل"), "GPE").select
    loc = a.add_span(doc, "ali", *at("حرير"), "LOC").select
    a.add_span(doc, "ali", *at("واشنطن"), "GPE")
    event = a.add_event(doc, "ali", *at("قصفت"), "ATTACK").events_added[0]
    a.add_argument(event.id, "Place", place)
    a.add_argument(event.id, "Target", a.add_span(doc, "ali", *at("المقاومة"), "ORG").select)
    yield repo, doc, {"place": place, "loc": loc, "event": event.id}
    repo.close()


def edited(schema: Schema, toml_edit) -> Schema:
    return parse_schema(toml_edit(schema_to_toml(replace(schema, version=schema.version + 1))))


def without_label(schema: Schema, name: str) -> Schema:
    """The schema without a label and without its name in any role."""
    def edit(toml: str) -> str:
        return toml.replace(f', "{name}"', "").replace(f'"{name}", ', "")
    trimmed = replace(schema, labels=tuple(lb for lb in schema.labels if lb.name != name))
    return edited(trimmed, edit)


def labels(repo: Repository, doc: int) -> list[tuple[int, str]]:
    return sorted((s.id, s.label) for s in repo.spans(doc, "ali"))


def test_a_rename_reaches_every_span_and_role_and_undo_takes_it_back(project) -> None:
    repo, doc, ids = project
    old = repo.schema()
    new = edited(old, lambda t: t.replace('"GPE"', '"COUNTRY"'))
    before = labels(repo, doc)
    change, edit = repo.actions.edit_schema(SchemaEdit(old, new, {"GPE": "COUNTRY"}))
    assert change.schema and change.documents and "version 2" in change.message
    assert repo.schema().version == 2 and repo.schema().label("GPE") is None
    after = dict(labels(repo, doc))
    assert after[ids["place"]] == "COUNTRY"  # same span, same id
    assert [a.role for a in repo.event(ids["event"]).arguments] == ["Place", "Target"]
    (rename,) = repo.changes(action="rename_label")
    group = {r["action"] for r in repo.changes(group=rename["action_group"])}
    assert {"set_schema", "relabel_span", "rename_label"} <= group  # one action
    repo.actions.undo_schema_edit(edit)
    assert labels(repo, doc) == before and repo.schema().version == 1
    again = Repository.open(repo.db.execute("PRAGMA database_list").fetchone()[2])
    assert again.schema().label("GPE") is not None and again.schema().label("COUNTRY") is None
    again.close()


def test_a_removed_label_in_use_deletes_its_spans_recoverably(project) -> None:
    repo, doc, ids = project
    old = repo.schema()
    new = without_label(old, "LOC")
    uid = repo.uid_of("span", ids["loc"])
    change, edit = repo.actions.edit_schema(SchemaEdit(old, new, {}, {"LOC": None}))
    assert [s.id for s in change.spans_removed] == [ids["loc"]]
    assert "LOC" not in {label for _, label in labels(repo, doc)}
    repo.actions.undo_schema_edit(edit)
    assert repo.span(ids["loc"]).label == "LOC" and repo.uid_of("span", ids["loc"]) == uid


def test_deleting_an_entity_label_takes_its_roles_and_undo_brings_them_back(project) -> None:
    repo, doc, ids = project
    old = repo.schema()
    new = without_label(old, "GPE")
    change, edit = repo.actions.edit_schema(SchemaEdit(old, new, {}, {"GPE": None}))
    assert change.arguments_removed == ((ids["event"], "Place", ids["place"]),)
    assert [a.role for a in repo.event(ids["event"]).arguments] == ["Target"]
    repo.actions.undo_schema_edit(edit)
    assert sorted(a.role for a in repo.event(ids["event"]).arguments) == ["Place", "Target"]


def test_a_removed_label_can_relabel_its_spans_instead(project) -> None:
    repo, doc, ids = project
    old = repo.schema()
    new = without_label(old, "LOC")
    _, edit = repo.actions.edit_schema(SchemaEdit(old, new, {}, {"LOC": "FAC"}))
    assert repo.span(ids["loc"]).label == "FAC" and edit.relabelled == ((ids["loc"], "LOC"),)
    repo.actions.undo_schema_edit(edit)
    assert repo.span(ids["loc"]).label == "LOC"


def test_a_relabel_a_role_refuses_rolls_back_the_whole_save(project) -> None:
    repo, doc, ids = project
    old = repo.schema()
    new = without_label(old, "GPE")
    before, n = labels(repo, doc), len(repo.changes())
    with pytest.raises(UserError, match="Place"):  # WEAPON cannot be ATTACK's Place
        repo.actions.edit_schema(SchemaEdit(old, new, {}, {"GPE": "WEAPON"}))
    assert labels(repo, doc) == before and len(repo.changes()) == n
    assert repo.schema().version == 1


def test_a_removed_label_nobody_decided_about_is_refused(project) -> None:
    repo, doc, _ = project
    old = repo.schema()
    with pytest.raises(UserError, match="span\\(s\\) labelled LOC"):
        repo.actions.edit_schema(SchemaEdit(old, without_label(old, "LOC")))
    assert repo.schema().label("LOC") is not None


def test_renaming_onto_another_label_is_refused(project) -> None:
    repo, _, _ = project
    old = repo.schema()
    with pytest.raises(UserError, match="LOC is already a label"):
        repo.actions.edit_schema(SchemaEdit(old, old, {"GPE": "LOC"}))
