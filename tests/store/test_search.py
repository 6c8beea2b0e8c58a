"""Searching the project (store/search.py): the document filter and Find in project look
through the matching view, answer from the index, and give exact stored offsets; a
document the index does not hold yet is found all the same."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.core.types import DocumentRecord, LayerRecord, Span
from annotator.store import migrations
from annotator.store.db import connect, write_transaction
from annotator.store.repository import Repository
from tests.clock import StepClock

# The stored texts use the forms a search box rarely holds: hamza, ى, ة, tashkeel, tatweel.
VOWELLED = "قالت الحكومةُ العراقيّة إنّ إيـــران ستُرسل وفداً إلى بغداد يوم الأحد."
PLAIN = "وصل الوفد الايراني الى بغداد صباح الاحد والتقى رئيس الحكومه."
ASTRAL = "خبر 😀 عاجل: وصل وفد إيران إلى أربيل 😀 مساء اليوم."


@pytest.fixture
def repo(tmp_path: Path) -> Repository:
    r = Repository.open(tmp_path / "p.db", user="amina", clock=StepClock())
    r.import_records([
        DocumentRecord("d1", VOWELLED, "بيان الحكومةِ العراقيّة"),
        DocumentRecord("d2", PLAIN, "الوفد الإيراني في بغداد"),
        DocumentRecord("d3", ASTRAL, "خبر عاجل من أربيل"),
    ])
    yield r
    r.close()


def ids_of(repo: Repository) -> dict[str, int]:
    return dict(repo.db.execute("SELECT external_id, id FROM documents").fetchall())


def hits(repo: Repository, query: str) -> list[tuple[int, str]]:
    page = repo.find_in_project(query)
    assert page.next_after is None
    return [(h.document_id, h.text) for h in page.hits]


@pytest.mark.parametrize("indexed", [False, True])
def test_find_ignores_letter_forms_marks_and_tatweel_and_keeps_stored_offsets(
        repo: Repository, indexed: bool) -> None:
    if indexed:
        assert repo.search_catch_up() == 3 and repo.search_pending() == 0
    else:
        assert repo.search_pending() == 3  # just imported: not in the index yet
    d = ids_of(repo)
    page = repo.find_in_project("ايران")
    found = {(h.document_id, h.text) for h in page.hits}
    assert found == {(d["d1"], "إيـــران"), (d["d2"], "ايران"), (d["d3"], "إيران")}
    for h in page.hits:
        text = repo.document_text(h.document_id)
        assert text[h.start:h.end] == h.text  # exact stored characters
        assert h.before == text[max(0, h.start - 40):h.start]
    assert hits(repo, "الحكومه") == [(d["d1"], "الحكومةُ"), (d["d2"], "الحكومه")]
    assert hits(repo, "الى بغداد") == [(d["d1"], "إلى بغداد"), (d["d2"], "الى بغداد")]
    assert hits(repo, "زيارة") == []


def test_offsets_after_a_character_outside_the_bmp_are_code_points(repo: Repository) -> None:
    repo.search_catch_up()
    (hit,) = repo.find_in_project("اربيل").hits
    assert ASTRAL[hit.start:hit.end] == "أربيل"
    assert (hit.start, hit.end) == (ASTRAL.index("أربيل"), ASTRAL.index("أربيل") + 5)
    assert hit.before.endswith("إلى ") and hit.after.startswith(" 😀")


def test_a_document_imported_after_the_index_was_built_is_found(repo: Repository) -> None:
    repo.search_catch_up()
    repo.import_records([DocumentRecord("d4", "زار وفد من إيران مدينة البصرة.", "زيارة")])
    d4 = ids_of(repo)["d4"]
    assert repo.search_pending() == 1
    assert (d4, "إيران") in hits(repo, "ايران")
    assert repo.find_document_ids("زياره") == [d4]  # its title too, before indexing
    assert repo.search_catch_up() == 1
    assert (d4, "إيران") in hits(repo, "ايران")
    assert repo.find_document_ids("زياره") == [d4]


def test_a_short_query_reads_every_document(repo: Repository) -> None:
    repo.search_catch_up()
    d = ids_of(repo)
    assert {doc for doc, _ in hits(repo, "وف")} == {d["d1"], d["d2"], d["d3"]}
    assert hits(repo, "  ") == [] and hits(repo, "ـــ") == []


def test_pages_give_every_hit_once_in_document_order(repo: Repository) -> None:
    repo.search_catch_up()
    expected = hits(repo, "ال")
    seen: list[tuple[int, str]] = []
    after = 0
    while True:
        page = repo.find_in_project("ال", after=after, limit=2)
        seen += [(h.document_id, h.text) for h in page.hits]
        if page.next_after is None:
            break
        after = page.next_after
    assert seen == expected and len(expected) > 6


@pytest.mark.parametrize("in_memory", [False, True])
def test_the_document_filter_matches_titles_in_the_view(repo: Repository,
                                                        in_memory: bool) -> None:
    if in_memory:  # as the window does: the titles read once, then matched in memory
        repo.parts.search.adopt(repo.parts.search.title_view())
    d = ids_of(repo)
    assert repo.find_document_ids("") == [d["d1"], d["d2"], d["d3"]]
    assert repo.find_document_ids("الحكومه العراقيه") == [d["d1"]]
    assert repo.find_document_ids("الايراني") == [d["d2"]]
    assert repo.find_document_ids("D3") == [d["d3"]]  # the external id, any case
    assert repo.find_document_ids("اربيل") == [d["d3"]]
    assert repo.find_document_ids("غزة") == []


def test_the_filter_in_memory_finds_documents_added_later(repo: Repository,
                                                          tmp_path: Path) -> None:
    """A title view read on another connection (the window's thread) is used, and what
    was imported after it, indexed or not yet, is found too."""
    other = Repository.open(tmp_path / "p.db", user="amina")
    try:
        repo.parts.search.adopt(other.parts.search.title_view())
    finally:
        other.close()
    repo.import_records([DocumentRecord("d4", "نص", "زيارة رئيس الحكومة إلى طهران")])
    d = ids_of(repo)
    assert repo.find_document_ids("الحكومه") == [d["d1"], d["d4"]]
    assert repo.parts.search._titles[0].upto == d["d4"]  # read from the file again
    repo.search_catch_up()  # its title normalized in the table: the same answer
    assert repo.find_document_ids("طهران") == [d["d4"]]
    assert repo.find_document_ids("") == [d["d1"], d["d2"], d["d3"], d["d4"]]


def test_layers_are_those_that_hold_something(repo: Repository) -> None:
    assert repo.layers() == []
    repo.import_records([DocumentRecord("d1", VOWELLED, "t", layers=[LayerRecord(
        "badr", spans=[Span(0, 4, "PER", VOWELLED[0:4])])])])
    doc = ids_of(repo)["d1"]
    repo.set_status(doc, "amina", "done")
    assert repo.layers() == ["amina", "badr"]
    (span,) = repo.spans(doc, "badr")
    assert span.id is not None
    repo.delete_span(span.id)  # badr's only span, and badr has no status
    assert repo.layers() == ["amina"]


def test_an_older_project_is_upgraded_with_its_documents_searchable(tmp_path: Path) -> None:
    """m006 on a file of the previous version: titles normalized at once, texts queued;
    the upgraded file opens again (the index's own tables are known), a table no
    migration creates is still refused."""
    old = tmp_path / "old.db"
    db = connect(old)
    with write_transaction(db):
        migrations.migrations.apply(db, stop_before="m006_search")
    db.close()
    conn = sqlite3.connect(old)
    with conn:
        conn.execute("INSERT INTO documents (external_id, title, text, text_sha256, "
                     "created_at) VALUES ('old', 'تقرير قديم عن إيران', ?, 'x', 't')",
                     [VOWELLED])
    conn.close()
    repo = Repository.open(old)
    try:
        assert repo.db.execute("SELECT title FROM search_titles").fetchall() == [
            ("تقرير قديم عن ايران",)]
        assert repo.search_pending() == 1
        assert [h.text for h in repo.find_in_project("ايران").hits] == ["إيـــران"]
        assert repo.search_catch_up() == 1
        assert [h.text for h in repo.find_in_project("ايران").hits] == ["إيـــران"]
    finally:
        repo.close()
    Repository.open(old).close()  # the FTS5 tables pass the refusal check
    with sqlite3.connect(old) as conn:
        conn.execute("CREATE TABLE search_extra (x)")
    from annotator.store.db import ProjectFileError
    with pytest.raises(ProjectFileError, match="table search_extra is unknown"):
        Repository.open(old)


def test_adding_a_span_does_not_read_the_whole_text_again(repo: Repository) -> None:
    """The text is read for the document's first span and kept: the next spans are
    checked against it (a 570,000-character document is not copied for each span)."""
    doc = ids_of(repo)["d3"]
    first = ASTRAL.index("وفد")
    assert repo.add_span(doc, "amina", first, first + 3, "ORG").text == "وفد"
    statements: list[str] = []
    repo.db.conn.set_trace_callback(statements.append)
    try:
        start = ASTRAL.index("أربيل")
        span = repo.add_span(doc, "amina", start, start + 5, "GPE")
    finally:
        repo.db.conn.set_trace_callback(None)
    assert span.text == "أربيل"
    assert not [s for s in statements if "SELECT text FROM documents" in s]
    from annotator.core.errors import SpanError
    with pytest.raises(SpanError, match=r"span \[40, 99\) is out of range for a text of "
                                        f"{len(ASTRAL)} characters"):
        repo.add_span(doc, "amina", 40, 99, "GPE")


def test_spans_read_as_rows_in_text_order(repo: Repository) -> None:
    doc = ids_of(repo)["d1"]
    repo.import_records([DocumentRecord("d1", VOWELLED, "t", layers=[LayerRecord(
        "badr", spans=[Span(5, 23, "ORG", VOWELLED[5:23]), Span(5, 13, "ORG", VOWELLED[5:13]),
                       Span(0, 4, "PER", VOWELLED[0:4])])])])
    rows = repo.span_rows(doc, "badr")
    assert [(r[1], r[2], r[3]) for r in rows] == [(0, 4, "PER"), (5, 23, "ORG"), (5, 13, "ORG")]
    assert [r[0] for r in rows] == [s.id for s in repo.spans(doc, "badr")]
