"""The project file: pragmas, the data model, spans and the append-only change log."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from annotator.core.errors import SpanError, UserError
from annotator.core.exporters import write_lines_atomic
from annotator.core.exporters.jsonl import jsonl_lines
from annotator.core.importers import read_file
from annotator.core.schema import load_schema
from annotator.core.types import DocumentRecord, LayerRecord, Span
from annotator.store.repository import Repository

TEXT = "قال الرئيس الأميركي جو بايدن إن الولايات المتحدة سترد على الهجوم في الأردن"


def at(sub: str) -> tuple[int, int]:
    i = TEXT.index(sub)
    return i, i + len(sub)


@pytest.fixture
def doc(repo: Repository) -> int:
    repo.import_records([DocumentRecord("news-1", TEXT, "عنوان", "test")])
    (doc_id,) = repo.document_ids()
    return doc_id


def raw(db_path: Path) -> sqlite3.Connection:
    """A plain connection, as another program would open the file."""
    return sqlite3.connect(db_path, isolation_level=None)


def test_project_file_uses_wal_foreign_keys_and_waits(repo: Repository, db_path: Path) -> None:
    assert db_path.is_file()
    assert repo.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert repo.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert repo.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    with raw(db_path) as other:  # WAL is a property of the file, not of our connection
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_foreign_keys_are_enforced(repo: Repository) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        repo.db.execute(
            "INSERT INTO spans (document_id, layer, start, end, label, text, created_at, "
            "updated_at) VALUES (12345, 'nobody', 0, 1, 'PER', 'x', 't', 't')"
        )


def test_tables_of_the_data_model(repo: Repository) -> None:
    tables = set(repo.db.table_names())
    assert {"documents", "labels", "annotators", "spans", "events", "event_arguments",
            "document_status", "changes", "project"} <= tables


def test_schema_is_loaded_from_the_default_toml_and_stored(repo: Repository,
                                                           db_path: Path) -> None:
    schema = load_schema()
    names = [r[0] for r in repo.db.execute("SELECT name FROM labels ORDER BY ord")]
    assert names == [lb.name for lb in schema.all_labels]
    gpe = repo.db.execute("SELECT name_ar, color, hotkey, category FROM labels "
                          "WHERE name = 'GPE'").fetchone()
    assert gpe == ("كيان جغرافي سياسي", "#3cb44b", "5", "location")
    repo.close()
    again = Repository.open(db_path)  # the project keeps its own copy of the schema
    assert again.schema().label_names() == schema.label_names()
    again.close()


def test_document_text_is_stored_exactly_and_survives_reopening(repo: Repository, doc: int,
                                                                db_path: Path) -> None:
    d = repo.document(doc)
    assert (d.external_id, d.title, d.text) == ("news-1", "عنوان", TEXT)
    repo.close()
    with raw(db_path) as other:
        assert other.execute("SELECT text FROM documents").fetchone()[0] == TEXT


def test_span_text_is_a_copy_of_the_document_text(repo: Repository, doc: int) -> None:
    s, e = at("جو بايدن")
    span = repo.add_span(doc, "ali", s, e, "PER")
    assert span.text == TEXT[s:e] == "جو بايدن"
    assert repo.spans(doc, "ali") == [span]
    moved = repo.move_span(span.id, s + 3, e)
    assert moved.text == TEXT[s + 3:e] == "بايدن"
    for sp in repo.spans(doc, "ali"):
        assert sp.text == TEXT[sp.start:sp.end]


def test_a_span_is_checked_against_the_text_its_document_id_has_now(repo: Repository) -> None:
    """A document imported and rolled back leaves its id free: the next document takes
    it, and a span there is checked against the new text, not one read before."""
    from annotator.store.db import write_transaction

    other = "نص آخر تماما لا يشبه الأول في شيء على الإطلاق ولا في طوله"
    with pytest.raises(RuntimeError), write_transaction(repo.db):
        repo.import_records([DocumentRecord("gone", other, "t", "test")])
        (gone,) = repo.document_ids()
        assert repo.add_span(gone, "ali", 0, 2, "PER").text == other[:2]
        raise RuntimeError("the import fails later")
    repo.import_records([DocumentRecord("news-1", TEXT, "عنوان", "test")])
    assert repo.document_ids() == [gone]
    assert repo.add_span(gone, "ali", 0, 3, "PER").text == TEXT[:3] == "قال"
    with pytest.raises(SpanError, match="out of range"):
        repo.add_span(gone, "ali", len(TEXT), len(other), "PER")


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 5), (0, 10_000)])
def test_span_out_of_range_is_refused(repo: Repository, doc: int, start: int, end: int) -> None:
    with pytest.raises(SpanError, match="out of range"):
        repo.add_span(doc, "ali", start, end, "PER")
    assert repo.spans(doc, "ali") == []


def test_unknown_label_is_refused(repo: Repository, doc: int) -> None:
    with pytest.raises(UserError, match="unknown label 'PERSON'"):
        repo.add_span(doc, "ali", 0, 3, "PERSON")


def test_duplicate_span_is_refused_but_overlaps_and_other_layers_are_fine(
    repo: Repository, doc: int
) -> None:
    s, e = at("الولايات المتحدة")
    repo.add_span(doc, "ali", s, e, "GPE")
    with pytest.raises(SpanError, match="already in layer ali"):
        repo.add_span(doc, "ali", s, e, "GPE")
    repo.add_span(doc, "ali", s, e, "ORG")  # same offsets, other label
    repo.add_span(doc, "ali", s, s + 8, "GPE")  # nested
    repo.add_span(doc, "sara", s, e, "GPE")  # same span, other layer
    assert len(repo.spans(doc, "ali")) == 3
    assert len(repo.spans(doc, "sara")) == 1


def test_relabel_or_move_onto_an_existing_span_is_refused(repo: Repository, doc: int) -> None:
    s, e = at("الأردن")
    keep = repo.add_span(doc, "ali", s, e, "GPE")
    other = repo.add_span(doc, "ali", s, e, "LOC")
    with pytest.raises(SpanError):
        repo.relabel_span(other.id, "GPE")
    shifted = repo.add_span(doc, "ali", s + 1, e, "GPE")
    with pytest.raises(SpanError):
        repo.move_span(shifted.id, s, e)
    assert repo.span(keep.id) == keep
    assert (repo.span(shifted.id).start, repo.span(other.id).label) == (s + 1, "LOC")


def test_every_edit_is_in_the_change_log(repo: Repository, doc: int) -> None:
    s, e = at("جو بايدن")
    span = repo.add_span(doc, "ali", s, e, "GPE")
    repo.relabel_span(span.id, "PER")
    repo.move_span(span.id, s + 3, e)
    uid = repo.uid_of("span", span.id)
    repo.delete_span(span.id)
    log = [c for c in repo.changes(doc) if c["entity"] == "span"]
    assert [c["action"] for c in log] == ["add_span", "relabel_span", "move_span", "delete_span"]
    assert all(c["user"] == "tester" and c["entity_id"] == span.id and c["layer"] == "ali"
               for c in log)
    assert log[0]["before"] is None and log[0]["after"]["text"] == "جو بايدن"
    assert (log[1]["before"], log[1]["after"]) == ({"label": "GPE"}, {"label": "PER"})
    assert log[2]["before"]["text"] == "جو بايدن" and log[2]["after"]["text"] == "بايدن"
    assert log[3]["before"] == {"start": s + 3, "end": e, "label": "PER", "text": "بايدن",
                                "origin": "manual", "uid": uid}
    assert log[3]["after"] is None
    assert all(c["at"] for c in log)


def test_a_restored_span_keeps_its_identity_across_files(repo: Repository, doc: int) -> None:
    s, e = at("جو بايدن")
    span = repo.add_span(doc, "ali", s, e, "PER")
    other = repo.add_span(doc, "ali", s + 3, e, "PER")
    uid = repo.uid_of("span", span.id)
    assert uid and len(uid) == 32 and uid != repo.uid_of("span", other.id)
    repo.delete_span(span.id)
    (gone,) = repo.deleted_spans(doc)
    repo.restore_span(gone)
    assert repo.uid_of("span", span.id) == uid


def test_change_log_is_append_only(repo: Repository, doc: int, db_path: Path) -> None:
    repo.add_span(doc, "ali", 0, 3, "PER")
    n = len(repo.changes())
    with raw(db_path) as other:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            other.execute("UPDATE changes SET user = 'mallory'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            other.execute("DELETE FROM changes")
    assert len(repo.changes()) == n
    assert {c["user"] for c in repo.changes()} <= {"tester"}


def test_deleted_span_is_recoverable(repo: Repository, doc: int, db_path: Path) -> None:
    s, e = at("الأردن")
    span = repo.add_span(doc, "ali", s, e, "GPE")
    repo.delete_span(span.id)
    assert repo.spans(doc, "ali") == []
    repo.close()
    again = Repository.open(db_path, user="tester")  # recoverable from the file itself
    (gone,) = again.deleted_spans(doc)
    assert (gone.start, gone.end, gone.label, gone.text, gone.layer) == (s, e, "GPE", "الأردن",
                                                                         "ali")
    back = again.restore_span(gone)
    assert again.spans(doc, "ali") == [back]
    assert back.id == span.id and back.text == "الأردن"
    assert again.deleted_spans(doc) == []
    again.close()


def test_deleted_span_stays_recoverable_after_new_spans(repo: Repository, doc: int) -> None:
    first = repo.add_span(doc, "ali", *at("جو بايدن"), "PER")
    last = repo.add_span(doc, "ali", *at("الأردن"), "GPE")
    repo.delete_span(last.id)
    repo.add_span(doc, "ali", *at("الولايات المتحدة"), "GPE")  # the next edit
    assert [(s.label, s.text) for s in repo.deleted_spans(doc)] == [("GPE", "الأردن")]
    repo.restore_span(repo.deleted_spans(doc)[0])
    assert len(repo.spans(doc, "ali")) == 3
    assert first.id is not None


def test_status_and_time(repo: Repository, doc: int) -> None:
    assert repo.status(doc, "ali") == "new"
    repo.add_span(doc, "ali", 0, 3, "PER")
    assert repo.status(doc, "ali") == "in_progress"  # the first edit starts the document
    repo.set_status(doc, "ali", "done")
    repo.add_time(doc, "ali", 12.5)
    assert (repo.status(doc, "ali"), repo.seconds_spent(doc, "ali")) == ("done", 12.5)
    with pytest.raises(UserError, match="unknown status"):
        repo.set_status(doc, "ali", "finished")
    (change,) = repo.changes(doc, "set_status")
    assert (change["before"], change["after"]) == ({"status": "in_progress"},
                                                   {"status": "done"})


def test_import_is_all_or_nothing(repo: Repository) -> None:
    good = DocumentRecord("a", "نص أول", "a")
    bad = DocumentRecord("b", "نص ثان", "b",
                         layers=[LayerRecord("ali", "new", [Span(0, 2, "PER", "خطأ")])])
    with pytest.raises(SpanError):
        repo.import_records([good, bad])
    assert repo.document_count() == 0
    assert repo.changes(action="import_document") == []


def test_same_text_is_not_imported_twice(repo: Repository) -> None:
    first = repo.import_records([DocumentRecord("a", TEXT, "t")])
    second = repo.import_records([DocumentRecord("other-name", TEXT, "t2")])
    assert (first.added, second.added, second.skipped) == (1, 0, 1)
    assert repo.document_count() == 1


def test_span_deleted_twice_is_listed_once(repo: Repository, doc: int) -> None:
    span = repo.add_span(doc, "ali", *at("الأردن"), "GPE")
    repo.delete_span(span.id)
    repo.restore_span(repo.deleted_spans(doc)[0])
    repo.delete_span(span.id)
    assert len(repo.deleted_spans(doc)) == 1


def _project_with_event(repo: Repository, tmp_path: Path) -> tuple[int, int, int]:
    """A document with an ATTACK whose Attacker is a GPE; returns (doc, trigger, actor)."""
    text = "هاجمت إيران قاعدة عين الأسد"
    line = {"id": "e1", "text": text, "layer": "gold", "status": "in_progress",
            "spans": [{"id": 1, "start": 0, "end": 5, "label": "ATTACK"},
                      {"id": 2, "start": 6, "end": 11, "label": "GPE"}],
            "events": [{"type": "ATTACK", "trigger": 1,
                        "arguments": [{"role": "Attacker", "span": 2}]}]}
    src = tmp_path / "event.jsonl"
    src.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    repo.import_records(read_file(src, repo.schema()))
    (doc_id,) = repo.document_ids()
    (event,) = repo.events(doc_id, "gold")
    return doc_id, event.trigger, event.arguments[0].span


def _export_imports_cleanly(repo: Repository, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    write_lines_atomic(jsonl_lines(repo.export_records("all"), {"name": "default",
                                                                "version": 1}), out)
    read_file(out, repo.schema())  # raises ImportFileError if the export is inconsistent


def test_event_is_stored_and_its_trigger_cannot_be_deleted(repo: Repository,
                                                           tmp_path: Path) -> None:
    doc_id, trigger, actor = _project_with_event(repo, tmp_path)
    assert repo.span(trigger).label == "ATTACK" and repo.span(actor).text == "إيران"
    with pytest.raises(UserError, match="trigger of an event"):
        repo.delete_span(trigger)
    _export_imports_cleanly(repo, tmp_path)


@pytest.mark.parametrize("span, label, says", [
    ("trigger", "GPE", "delete the event to change its trigger"),  # a trigger's label
    ("trigger", "THREATEN", "delete the event to change its trigger"),  # another event type
    ("actor", "ATTACK", "event triggers are made with the event key"),  # to an event type
    ("actor", "WEAPON", "«إيران» is the Attacker of a ATTACK event, which does not accept "
                        "WEAPON"),  # a label the filled role does not accept
])
def test_a_relabel_that_would_break_an_event_is_refused(repo: Repository, tmp_path: Path,
                                                        span: str, label: str,
                                                        says: str) -> None:
    """Decision 0005: the store refuses a relabel of a trigger, a relabel to an event type
    and a relabel that a filled role would not accept; nothing is written."""
    doc_id, trigger, actor = _project_with_event(repo, tmp_path)
    span_id = trigger if span == "trigger" else actor
    before = (repo.span(span_id).label, len(repo.changes()))
    with pytest.raises(UserError, match=says):
        repo.relabel_span(span_id, label)
    assert (repo.span(span_id).label, len(repo.changes())) == before
    _export_imports_cleanly(repo, tmp_path)


def test_a_relabel_the_filled_role_accepts_keeps_the_event(repo: Repository,
                                                           tmp_path: Path) -> None:
    doc_id, trigger, actor = _project_with_event(repo, tmp_path)
    repo.relabel_span(actor, "ARMED_GROUP")  # Attacker accepts it
    (event,) = repo.events(doc_id, "gold")
    assert [(a.role, repo.span(a.span).label) for a in event.arguments] == [
        ("Attacker", "ARMED_GROUP")]
    _export_imports_cleanly(repo, tmp_path)


@pytest.mark.parametrize("bad, says", [
    ({"attributes": {"mode": "tank"}}, "event ATTACK: attribute 'mode' is \"tank\", not one of"),
    ({"attributes": {"count": 3}}, "event ATTACK: unknown attribute 'count'"),
    ({"arguments": [{"role": "Instrument", "span": 2}]},
     "event ATTACK, role Instrument: does not accept a GPE span (only WEAPON)"),
    ({"arguments": [{"role": "Attacker", "span": 1}]},
     "event ATTACK, role Attacker: the trigger cannot be its own argument"),
])
def test_the_store_and_the_importer_refuse_a_bad_event_alike(repo: Repository, tmp_path: Path,
                                                             bad: dict, says: str) -> None:
    """One rule (core.events), one message: an edit in the window and a line of a file
    are refused for the same reason in the same words."""
    doc_id, trigger, actor = _project_with_event(repo, tmp_path)
    (event,) = repo.events(doc_id, "gold")
    assert event.id is not None
    with pytest.raises(UserError) as edit:
        if "attributes" in bad:
            repo.set_event_attributes(event.id, bad["attributes"])
        else:
            (arg,) = bad["arguments"]
            repo.add_argument(event.id, arg["role"], {1: trigger, 2: actor}[arg["span"]])
    line = {"id": "e2", "text": "هاجمت إيران قاعدة عين الأسد مرة أخرى", "layer": "gold",
            "spans": [{"id": 1, "start": 0, "end": 5, "label": "ATTACK"},
                      {"id": 2, "start": 6, "end": 11, "label": "GPE"}],
            "events": [{"type": "ATTACK", "trigger": 1, **bad}]}
    src = tmp_path / "bad.jsonl"
    src.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(UserError) as imported:
        read_file(src, repo.schema())
    assert says in str(edit.value)
    assert str(imported.value) == f"{src}:1: {edit.value}"


def test_deleting_an_argument_span_logs_the_lost_argument(repo: Repository,
                                                          tmp_path: Path) -> None:
    doc_id, trigger, actor = _project_with_event(repo, tmp_path)
    before = len(repo.changes(doc_id))
    repo.delete_span(actor)
    assert repo.events(doc_id, "gold")[0].arguments == ()
    logged = json.dumps(repo.changes(doc_id)[before:], ensure_ascii=False)
    assert "Attacker" in logged  # the argument the deletion removed is on record


def test_an_edit_made_while_an_export_is_half_read_is_committed_at_once(
        repo: Repository, db_path: Path) -> None:
    """The export reads each batch in a snapshot but holds no transaction between records:
    an edit on the same connection meanwhile must reach the file, not wait for the export."""
    repo.import_records([DocumentRecord(f"d{n}", f"{TEXT} {n}", "t", "test",
                                        layers=[LayerRecord("gold", spans=[
                                            Span(*at("بايدن"), "PER", "بايدن")])])
                         for n in range(5)])
    records = repo.export_records("gold", batch_size=2)
    first = next(records)
    assert first.external_id == "d0" and not repo.db.conn.in_transaction
    repo.add_span(repo.document_ids()[0], "gold", *at("الأردن"), "GPE")
    with raw(db_path) as other:
        assert other.execute("SELECT count(*) FROM spans WHERE label = 'GPE'").fetchone() == (1,)
    assert [r.external_id for r in records] == ["d1", "d2", "d3", "d4"]
