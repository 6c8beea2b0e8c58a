"""Merging annotators' project files: identity by uid, the newer edit wins, deletions
travel, a file is all-or-nothing, and the other file is never written.

The files are real copies: a base project (the seeds and an annotator layer) is copied
to the reviewer and to the annotator, as when a lead hands out the project. Edits are
real repository edits made one after another, so "newer" is real time passing.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.core.importers import read_file
from annotator.core.progress import Cancelled
from annotator.core.schema import default_schema_path, load_schema
from annotator.core.types import GOLD, Argument, DocumentRecord
from annotator.store import migrations
from annotator.store.db import connect, write_transaction
from annotator.store.merge import MergeError, merge_project
from annotator.store.repository import Repository
from tests.conftest import SEED_FILES

# Marks in layer "ali" of seed 000: (text, label, the text it follows in the article).
MARKS = [("طهران", "GPE", ""), ("واشنطن", "GPE", ""), ("الهجمات", "ATTACK", ""),
         ("إيران", "GPE", "تحذير لإيران"), ("العراق", "GPE", "قوات التحالف الدولي"),
         ("سوريا", "GPE", ""), ("الولايات المتحدة", "GPE", "")]


def find(text: str, sub: str, after: str = "") -> tuple[int, int]:
    i = text.index(sub, text.index(after) if after else 0)
    return i, i + len(sub)


def later() -> None:
    """Timestamps have millisecond resolution: let the clock move between edits."""
    time.sleep(0.005)


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def base(tmp_path: Path) -> Path:
    """The seeds and ali's layer on seed 000 with an ATTACK (Target طهران)."""
    path = tmp_path / "base.db"
    r = Repository.open(path, user="lead")
    for seed in SEED_FILES:
        r.import_records(read_file(seed, r.schema()))
    doc = r.document_ids()[0]
    text = r.document_text(doc)
    ids = {sub: r.add_span(doc, "ali", *find(text, sub, after), label).id
           for sub, label, after in MARKS}
    r.add_event(ids["الهجمات"], "ATTACK", None, (Argument("Target", ids["طهران"]),))
    r.close()
    return path


@pytest.fixture
def copies(base: Path, tmp_path: Path) -> Iterator[tuple[Repository, Repository, Path]]:
    """(the reviewer's project, ali's project, ali's file): both copies of the base."""
    review_path, ali_path = tmp_path / "review.db", tmp_path / "ali.db"
    shutil.copy(base, review_path)
    shutil.copy(base, ali_path)
    review = Repository.open(review_path, user="reviewer")
    ali = Repository.open(ali_path, user="ali")
    yield review, ali, ali_path
    review.close()
    ali.close()


def span_of(repo: Repository, sub: str, layer: str = "ali") -> int:
    doc = repo.document_ids()[0]
    (span,) = [s for s in repo.spans(doc, layer) if s.text == sub]
    assert span.id is not None
    return span.id


def change_count(repo: Repository) -> int:
    return repo.db.execute("SELECT count(*) FROM changes").fetchone()[0]


def test_an_unchanged_copy_merges_as_nothing_new(copies) -> None:
    review, _, ali_path = copies
    n = change_count(review)
    report = merge_project(review, ali_path)
    assert not report.changed()
    assert report.documents_matched == 5 and report.documents_added == 0
    assert report.line() == f"merged {ali_path}: nothing new (5 documents matched, 0 added)"
    assert change_count(review) == n


def test_a_newer_edit_there_updates_the_span_here(copies) -> None:
    review, ali, ali_path = copies
    sid = span_of(ali, "واشنطن")
    ali.relabel_span(sid, "ORG")
    report = merge_project(review, ali_path)
    assert (report.spans_updated, report.spans_added, report.conflicts) == (1, 0, [])
    span = review.span(sid)  # same local id and identity, their label
    assert (span.text, span.label) == ("واشنطن", "ORG")
    assert review.uid_of("span", sid) == ali.uid_of("span", sid)
    (log,) = review.changes(action="merge_span")
    assert (log["user"], log["entity_id"]) == ("reviewer", sid)
    assert (log["before"]["label"], log["after"]["label"]) == ("GPE", "ORG")
    assert "1 updated (newer)" in report.line()


def test_a_newer_edit_here_is_kept_and_the_conflict_logged_once(copies) -> None:
    review, ali, ali_path = copies
    sid = span_of(ali, "إيران")
    start, end = ali.span(sid).start, ali.span(sid).end
    ali.move_span(sid, start - 1, end)  # ali takes the proclitic: "لإيران"
    later()
    review.relabel_span(sid, "LOC")  # the reviewer's edit is the newer one
    report = merge_project(review, ali_path)
    assert report.spans_updated == 0 and len(report.conflicts) == 1
    assert "LOC «إيران»" in report.conflicts[0] and "1 conflict kept local" in report.line()
    span = review.span(sid)
    assert (span.start, span.end, span.label) == (start, end, "LOC")
    (log,) = review.changes(action="merge_conflict")
    assert log["after"]["text"] == "لإيران" and log["before"]["label"] == "LOC"
    n = change_count(review)
    again = merge_project(review, ali_path)
    assert not again.changed() and change_count(review) == n


def test_a_deletion_there_removes_the_older_copy_here_recoverably(copies) -> None:
    review, ali, ali_path = copies
    sid = span_of(ali, "سوريا")
    uid = ali.uid_of("span", sid)
    ali.delete_span(sid)
    report = merge_project(review, ali_path)
    assert report.spans_deleted == 1
    doc = review.document_ids()[0]
    assert "سوريا" not in [s.text for s in review.spans(doc, "ali")]
    (gone,) = review.deleted_spans(doc)
    assert (gone.id, gone.text) == (sid, "سوريا")
    review.restore_span(gone)
    assert review.uid_of("span", sid) == uid


def test_a_deletion_here_is_not_undone_by_a_copy_no_newer(copies) -> None:
    review, _, ali_path = copies
    sid = span_of(review, "العراق")
    review.delete_span(sid)
    n = change_count(review)
    report = merge_project(review, ali_path)
    assert not report.changed() and change_count(review) == n
    assert "العراق" not in [s.text for s in review.spans(review.document_ids()[0], "ali")]


def test_an_edit_there_after_the_deletion_here_brings_the_span_back(copies) -> None:
    review, ali, ali_path = copies
    sid = span_of(review, "العراق")
    review.delete_span(sid)
    later()
    ali.relabel_span(sid, "LOC")
    report = merge_project(review, ali_path)
    assert report.spans_added == 1
    span = review.span(sid)  # under its old id, with their newer label
    assert (span.text, span.label) == ("العراق", "LOC")
    assert review.deleted_spans(review.document_ids()[0]) == []


def test_a_deletion_there_of_a_span_edited_here_later_keeps_it(copies) -> None:
    review, ali, ali_path = copies
    sid = span_of(ali, "الولايات المتحدة")
    ali.delete_span(sid)
    later()
    review.relabel_span(sid, "ORG")
    report = merge_project(review, ali_path)
    assert report.spans_deleted == 0 and len(report.conflicts) == 1
    assert review.span(sid).label == "ORG"
    n = change_count(review)
    assert not merge_project(review, ali_path).changed() and change_count(review) == n


def test_events_travel_with_their_arguments_mapped_to_local_spans(copies) -> None:
    review, ali, ali_path = copies
    doc = ali.document_ids()[0]
    text = ali.document_text(doc)
    review.add_span(doc, "reviewer", *find(text, "طهران"), "GPE")  # local ids move on
    (attack,) = ali.events(doc, "ali")
    assert attack.id is not None
    ali.add_argument(attack.id, "Place", span_of(ali, "سوريا"))
    ali.set_event_attributes(attack.id, {"mode": "missile_rocket"})
    warn = ali.add_span(doc, "ali", *find(text, "تحذير"), "THREATEN")
    assert warn.id is not None
    ali.add_event(warn.id, "THREATEN", None, (Argument("Actor", span_of(ali, "واشنطن")),
                                              Argument("Recipient", span_of(ali, "طهران"))))
    report = merge_project(review, ali_path)
    assert (report.events_updated, report.events_added, report.spans_added) == (1, 1, 1)

    def readable(repo: Repository) -> set[tuple]:
        return {(e.type, repo.span(e.trigger).text, tuple(sorted(e.attributes.items())),
                 tuple(sorted((a.role, repo.span(a.span).text) for a in e.arguments)))
                for e in repo.events(doc, "ali")}

    assert readable(review) == readable(ali) == {
        ("ATTACK", "الهجمات", (("mode", "missile_rocket"),),
         (("Place", "سوريا"), ("Target", "طهران"))),
        ("THREATEN", "تحذير", (("modality", "asserted"), ("polarity", "positive")),
         (("Actor", "واشنطن"), ("Recipient", "طهران"))),
    }
    assert warn.id not in {s.id for s in review.spans(doc, "ali")}  # a new local id
    n = change_count(review)
    assert not merge_project(review, ali_path).changed() and change_count(review) == n


def test_an_argument_added_there_alone_travels(copies) -> None:
    """Adding an argument does not touch events.updated_at; the change log dates it."""
    review, ali, ali_path = copies
    doc = ali.document_ids()[0]
    (attack,) = ali.events(doc, "ali")
    assert attack.id is not None
    ali.add_argument(attack.id, "Place", span_of(ali, "العراق"))
    report = merge_project(review, ali_path)
    assert (report.events_updated, report.conflicts) == (1, [])
    (merged,) = review.events(doc, "ali")
    assert sorted((a.role, review.span(a.span).text) for a in merged.arguments) == [
        ("Place", "العراق"), ("Target", "طهران")]


def test_an_event_deleted_there_goes_and_its_trigger_span_too(copies) -> None:
    review, ali, ali_path = copies
    doc = ali.document_ids()[0]
    (attack,) = ali.events(doc, "ali")
    assert attack.id is not None
    ali.delete_event(attack.id)
    ali.delete_span(attack.trigger)
    report = merge_project(review, ali_path)
    assert (report.events_deleted, report.spans_deleted) == (1, 1)
    assert review.events(doc, "ali") == []
    assert "الهجمات" not in [s.text for s in review.spans(doc, "ali")]


def test_statuses_newer_wins_and_the_larger_time_is_kept(copies) -> None:
    review, ali, ali_path = copies
    d1, d2 = review.document_ids()[:2]
    review.add_time(d1, "ali", 50.0)
    review.set_status(d2, "ali", "skipped")
    later()
    ali.add_time(d1, "ali", 30.0)
    ali.set_status(d1, "ali", "done")
    ali.add_time(d2, "ali", 80.0)
    later()
    review.set_status(d2, "ali", "in_progress")  # newer here: kept
    report = merge_project(review, ali_path)
    assert report.statuses_updated == 2
    assert (review.status(d1, "ali"), review.seconds_spent(d1, "ali")) == ("done", 50.0)
    assert (review.status(d2, "ali"), review.seconds_spent(d2, "ali")) == ("in_progress", 80.0)
    assert not merge_project(review, ali_path).changed()


def test_a_document_only_there_is_added_and_logged_like_an_import(copies) -> None:
    review, ali, ali_path = copies
    text = "قصفت المقاومة قاعدة حرير في أربيل"
    ali.import_records([DocumentRecord("extra-1", text, "قاعدة حرير", "wire", {"year": 2024})])
    doc = ali.document_ids()[-1]
    ali.add_span(doc, "ali", 28, 33, "GPE")  # أربيل
    ali.set_status(doc, "ali", "done")
    report = merge_project(review, ali_path)
    assert (report.documents_added, report.spans_added, report.statuses_updated) == (1, 1, 1)
    new = review.document(review.document_ids()[-1])
    assert (new.external_id, new.title, new.source, new.meta, new.text) == (
        "extra-1", "قاعدة حرير", "wire", {"year": 2024}, text)
    assert [(s.start, s.end, s.text) for s in review.spans(new.id, "ali")] == [(28, 33, "أربيل")]
    assert review.status(new.id, "ali") == "done"
    assert review.changes(new.id, "import_document")[0]["after"]["merged_from"] == str(ali_path)


def test_three_independent_files_are_united(tmp_path: Path) -> None:
    """Files that imported the texts separately share no uid: their layers are added,
    an exact duplicate in the same layer is recognised, documents match by text."""
    paths = []
    for name in ("amina", "badr"):
        path = tmp_path / f"{name}.db"
        r = Repository.open(path, user=name)
        r.import_records(read_file(SEED_FILES[0], r.schema()))
        text = r.document_text(1)
        r.add_span(1, name, *find(text, "طهران"), "GPE")
        r.add_span(1, "shared", *find(text, "واشنطن"), "GPE")  # same span, two uids
        r.close()
        paths.append(path)
    review = Repository.open(tmp_path / "review.db", user="reviewer")
    reports = [merge_project(review, p) for p in paths]
    assert [r.spans_added for r in reports] == [2, 1]
    assert [r.documents_added for r in reports] == [1, 0]
    assert review.layers() == ["amina", "badr", "shared"]
    assert [s.text for s in review.spans(1, "shared")] == ["واشنطن"]
    review.close()


def test_gold_provenance_travels_with_gold_spans(copies) -> None:
    review, ali, ali_path = copies
    doc = ali.document_ids()[0]
    text = ali.document_text(doc)
    review.add_span(doc, "reviewer", *find(text, "طهران"), "GPE")  # local ids move on
    ali.user = "lead"
    ali.add_manual_gold_span(doc, *find(text, "واشنطن"), "GPE")
    merge_project(review, ali_path)
    (gold,) = review.spans(doc, GOLD)
    assert gold.id is not None
    prov = review.provenance("span", gold.id)
    assert prov is not None and (prov.decided_by, prov.how) == ("lead", "manual")
    assert review.db.execute("SELECT role FROM annotators WHERE name = ?",
                             [GOLD]).fetchone()[0] == "reviewer"


# ------------------------------------------------------------------ refusals
def test_a_different_schema_is_refused_and_nothing_is_written(copies, tmp_path: Path) -> None:
    review, _, _ = copies
    toml = default_schema_path().read_text(encoding="utf-8")
    fac = toml.index('name = "FAC"')
    odd = tmp_path / "odd.toml"
    odd.write_text(toml[:fac] + toml[fac:].replace('category = "location"',
                                                   'category = "other"', 1), encoding="utf-8")
    other = tmp_path / "odd.db"
    r = Repository.open(other, user="odd", schema_path=odd)
    r.import_records(read_file(SEED_FILES[0], r.schema()))
    r.add_span(1, "odd", 0, 4, "PER")
    r.close()
    n, spans = change_count(review), review.stats()["spans"]
    with pytest.raises(MergeError) as err:
        merge_project(review, other)
    assert str(err.value) == (f"{other}: its label schema differs from the project's "
                              "(label FAC is defined differently); nothing merged")
    assert change_count(review) == n and review.stats()["spans"] == spans


def test_a_schema_differing_only_in_looks_merges(copies, tmp_path: Path) -> None:
    review, _, _ = copies
    toml = default_schema_path().read_text(encoding="utf-8")
    looks = tmp_path / "looks.toml"
    looks.write_text(toml.replace("#e6194b", "#000000").replace('version = 1', 'version = 2'),
                     encoding="utf-8")
    assert load_schema(looks).label("PER").color == "#000000"
    other = tmp_path / "looks.db"
    r = Repository.open(other, user="x", schema_path=looks)
    r.import_records(read_file(SEED_FILES[0], r.schema()))
    r.add_span(1, "x", 0, 4, "PER")
    r.close()
    assert merge_project(review, other).spans_added == 1


def test_files_that_are_not_projects_are_refused(copies, tmp_path: Path) -> None:
    review, _, _ = copies
    text = tmp_path / "notes.txt"
    text.write_text("not a database", encoding="utf-8")
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).execute("CREATE TABLE t (x)")
    for path, reason in [(text, "cannot open as a project database (file is not a database)"),
                         (empty, "not an annotator project file"),
                         (tmp_path / "missing.db", "no such file"),
                         (tmp_path, "not a file")]:
        with pytest.raises(MergeError) as err:
            merge_project(review, path)
        assert str(err.value) == f"{path}: {reason}"


def test_a_file_from_an_older_version_is_refused_until_upgraded(copies, tmp_path: Path) -> None:
    review, _, _ = copies
    old = tmp_path / "old.db"
    db = connect(old)
    with write_transaction(db):
        migrations.migrations.apply(db, stop_before="m002_teamwork")
        db.execute("INSERT INTO project (key, value) VALUES ('schema_toml', ?)",
                   [load_schema().source])
    db.close()
    with pytest.raises(MergeError, match="older version of annotator; open it once"):
        merge_project(review, old)
    Repository.open(old).close()  # what `annotator stats --db old.db` does: upgrade
    assert not merge_project(review, old).changed()


def test_merging_the_project_into_itself_is_refused(copies, tmp_path: Path) -> None:
    review, _, _ = copies
    (tmp_path / "sub").mkdir()
    roundabout = tmp_path / "sub" / ".." / "review.db"
    with pytest.raises(MergeError, match="this is the project itself"):
        merge_project(review, roundabout)


def test_a_cancelled_merge_writes_nothing_and_the_other_file_is_never_written(copies) -> None:
    review, ali, ali_path = copies
    ali.relabel_span(span_of(ali, "واشنطن"), "ORG")
    ali.close()
    before = file_digest(ali_path)
    n = change_count(review)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 3:
            raise Cancelled("cancelled")

    with pytest.raises(Cancelled):
        merge_project(review, ali_path, progress)
    assert seen == [(1, 5), (2, 5), (3, 5)]
    assert change_count(review) == n and review.span(span_of(review, "واشنطن")).label == "GPE"
    report = merge_project(review, ali_path, progress=lambda d, t: None)
    assert report.spans_updated == 1
    assert file_digest(ali_path) == before
