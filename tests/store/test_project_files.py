"""Opening project files this version must not write: newer, foreign, read-only, misplaced.

Real files throughout: a newer file is a real project changed as a newer version would
change it; a read-only folder is really read-only (see tests/project_files.py).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.core.errors import UserError
from annotator.core.types import DocumentRecord
from annotator.store import migrations
from annotator.store.db import ProjectFileError, connect, write_transaction
from annotator.store.repository import Repository
from tests.project_files import (
    NEWER,
    NEWER_LINE,
    digest,
    make_newer,
    make_project,
    read_only,
    wal_of,
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    return make_project(folder / "project.db")


def every_migration() -> list[str]:
    """This version's migrations in order (an upgraded file has them all)."""
    from sqlite_utils import Database

    return [m.name for m in migrations.migrations.pending(Database(memory=True))]


def applied(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]


@pytest.mark.parametrize("kind", sorted(NEWER))
@pytest.mark.parametrize("read_only_open", [False, True])
def test_a_file_from_a_newer_version_is_refused_untouched(project: Path, kind: str,
                                                          read_only_open: bool) -> None:
    make_newer(project, kind)
    before = digest(project)
    with pytest.raises(ProjectFileError) as err:
        Repository.open(project, read_only=read_only_open)
    assert str(err.value).startswith(f"{project}: {NEWER_LINE} (")
    assert "\n" not in str(err.value)
    assert digest(project) == before
    assert not wal_of(project).exists()


def test_what_this_version_knows_comes_from_its_migrations(tmp_path: Path) -> None:
    """A project made by this version opens; one with a column its migrations never
    create is refused, naming the column (no hand-written list to fall behind)."""
    path = make_project(tmp_path / "p.db")
    Repository.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE review_decisions ADD COLUMN note TEXT")
    with pytest.raises(ProjectFileError, match=r"column review_decisions\.note is unknown"):
        Repository.open(path)


def test_an_older_file_is_still_upgraded(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    db = connect(old)
    with write_transaction(db):
        migrations.migrations.apply(db, stop_before="m002_teamwork")
    db.close()
    assert applied(old) == ["m001_initial"]
    repo = Repository.open(old)
    try:
        assert repo.schema().name == "default"
    finally:
        repo.close()
    assert applied(old) == every_migration()


def test_a_file_from_before_change_groups_is_upgraded_and_its_log_kept(tmp_path: Path) -> None:
    """m004 adds changes.action_group to a file written by the previous version: its old
    log rows stay as they were (no group), new edits are grouped."""
    old = tmp_path / "old.db"
    db = connect(old)
    with write_transaction(db):
        migrations.migrations.apply(db, stop_before="m004_change_groups")
        db.execute("INSERT INTO changes (at, user, action, entity) "
                   "VALUES ('2024-01-01T00:00:00.000+00:00', 'ali', 'set_schema', 'schema')")
    db.close()
    repo = Repository.open(old)
    try:
        repo.import_records([DocumentRecord("d", "نص قصير", "t")])
        repo.set_status(repo.document_ids()[0], "ali", "done")
        groups = [(c["user"], c["action_group"]) for c in repo.changes()]
    finally:
        repo.close()
    assert applied(old) == every_migration()
    assert groups[0] == ("ali", None)
    assert all(group is not None for _, group in groups[1:])


def test_a_database_of_another_program_is_not_turned_into_a_project(tmp_path: Path) -> None:
    other = tmp_path / "inventory.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE items (name TEXT)")
    before = digest(other)
    with pytest.raises(ProjectFileError, match="not an annotator project file"):
        Repository.open(other)
    assert digest(other) == before


def test_a_project_in_a_folder_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    typo = tmp_path / "projcts" / "p.db"
    with pytest.raises(ProjectFileError) as err:
        Repository.open(typo)
    assert str(err.value) == f"{typo}: no such folder: {typo.parent}"
    assert list(tmp_path.iterdir()) == []


def test_the_default_project_folder_is_created(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from annotator.paths import default_db_path

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("ANNOTATOR_DB", raising=False)
    path = default_db_path(None)
    assert path.parent == tmp_path / "data" / "annotator"
    Repository.open(path).close()
    assert path.is_file()


# ------------------------------------------------------------------ read-only
def test_a_project_in_a_read_only_folder_is_read_not_written(project: Path) -> None:
    before = digest(project)
    with read_only(project.parent):
        repo = Repository.open(project, read_only=True)
        try:
            stats = repo.stats()
            assert stats["documents"] == 5 and stats["spans"]["b"]["GPE"] >= 2
            with pytest.raises(sqlite3.OperationalError, match="readonly"):
                repo.set_setting("last_user", "x")  # a bug that writes cannot write
        finally:
            repo.close()
        with pytest.raises(ProjectFileError) as err:
            Repository.open(project)
        assert str(err.value) == (f"{project}: the project is read-only here (no permission "
                                  "to write the file or its folder)")
    assert digest(project) == before
    assert sorted(p.name for p in project.parent.iterdir()) == ["project.db"]


def test_a_read_only_file_in_a_writable_folder_is_read_not_written(project: Path) -> None:
    before = digest(project)
    with read_only(project):
        repo = Repository.open(project, read_only=True)
        try:
            assert repo.stats()["documents"] == 5
        finally:
            repo.close()
        with pytest.raises(ProjectFileError, match="read-only here"):
            Repository.open(project)
    assert digest(project) == before


def test_commits_still_in_the_wal_are_read_or_refused_never_missed(project: Path,
                                                                   tmp_path: Path) -> None:
    """A writer elsewhere has the project open with commits only in its -wal."""
    writer = sqlite3.connect(project, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("INSERT INTO annotators (name, created_at) VALUES ('late', '2030')")
    assert wal_of(project).stat().st_size > 0
    try:
        with read_only(project.parent):
            repo = Repository.open(project, read_only=True)
            try:
                assert repo.db.execute(
                    "SELECT count(*) FROM annotators WHERE name = 'late'").fetchone() == (1,)
            finally:
                repo.close()
        # The same files without the WAL index (-shm): the -wal cannot be read here.
        copy = tmp_path / "copy"
        copy.mkdir()
        for name in ("project.db", "project.db-wal"):
            (copy / name).write_bytes((project.parent / name).read_bytes())
    finally:
        writer.close()
    with read_only(copy):
        with pytest.raises(ProjectFileError) as err:
            Repository.open(copy / "project.db", read_only=True)
    assert "project.db-wal holds changes not yet in the file" in str(err.value)


def test_a_read_only_project_of_an_older_version_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    old = folder / "old.db"
    db = connect(old)
    with write_transaction(db):
        migrations.migrations.apply(db, stop_before="m002_teamwork")
    db.close()
    with read_only(folder):
        with pytest.raises(UserError, match="made by an older version of annotator and "
                                            "read-only here"):
            Repository.open(old, read_only=True)


def test_a_file_made_before_the_search_tables_gets_them_when_opened(tmp_path: Path) -> None:
    """m006 (search tables) sits before m007-m009 in this version, but a file made by the
    version without it already has m007-m009: opening it applies m006 anyway, and Find
    in project and the document filter then see its documents."""
    from hashlib import sha256

    from sqlite_utils import Migrations

    without = Migrations(migrations.migrations.name)  # the version before m006
    for m in migrations.migrations._migrations:
        if m.name != "m006_search":
            without._migrations.append(m)
    old = tmp_path / "old.db"
    db = connect(old)
    text = "قال الرئيسُ إنَّ المدرسة مغلقة"
    with write_transaction(db):
        without.apply(db)
        db.execute("INSERT INTO documents (external_id, title, text, text_sha256, created_at)"
                   " VALUES ('d1', 'أخبار المدرسة', ?, ?, '2026-01-01T00:00:00.000+00:00')",
                   [text, sha256(text.encode()).hexdigest()])
    db.close()
    assert "m009_document_labels" in applied(old) and "m006_search" not in applied(old)
    repo = Repository.open(old)
    try:
        repo.search_catch_up()
        hits = repo.find_in_project("مدرسه").hits
        found = repo.find_document_ids("اخبار")
    finally:
        repo.close()
    assert set(applied(old)) == set(every_migration())
    start = text.index("مدرسة")
    assert [(h.start, h.end, h.text) for h in hits] == [(start, start + 5, "مدرسة")]
    assert found == [1]
