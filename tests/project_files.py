"""Project files as they turn up on users' machines: made by a newer version, or read-only.

Qt-free helpers for tests/store, tests/cli and tests/ui.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from annotator.operations.importing import import_files
from annotator.store.repository import Repository

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# What a newer annotator might have added, each alone: (kind, SQL run on the file).
NEWER = {
    "migration": "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('annotator', 'm999_from_the_future', '2031-01-01 00:00:00+00:00')",
    "table": "CREATE TABLE crowd_votes (id INTEGER PRIMARY KEY, span_id INTEGER)",
    "column": "ALTER TABLE spans ADD COLUMN confidence REAL",
}
NEWER_LINE = "made by a newer version of annotator: upgrade annotator to open it"


def digest(path: Path) -> str:
    """The file's bytes, hashed: "untouched" means this is the same afterwards."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_project(path: Path) -> Path:
    """The five seeds, layers a and b with a few spans, every document done by both
    (so that agreement has something to compare). Closed: nothing left in a -wal."""
    repo = Repository.open(path, user="lead")
    try:
        summary = import_files(repo, [SEEDS])
        assert summary.added == 5 and not summary.errors
        for doc in repo.document_ids():
            text = repo.document_text(doc)
            for layer, word in (("a", "العراق"), ("b", "العراق"), ("b", "إيران")):
                if word in text:
                    start = text.index(word)
                    repo.add_span(doc, layer, start, start + len(word), "GPE")
                repo.set_status(doc, layer, "done")
    finally:
        repo.close()
    assert not wal_of(path).exists()
    return path


def make_newer(path: Path, kind: str) -> Path:
    """Turn a project into what a newer version would have left, in rollback-journal mode.

    Not WAL on purpose: switching a file to WAL rewrites its header, so a program that
    set the pragma before refusing the file would change its bytes and be caught.
    """
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute(NEWER[kind])
    finally:
        conn.close()
    assert not wal_of(path).exists()
    return path


def wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


@contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """Make folders and files read-only for this process, really, then restore them.

    chmod does not stop root, who may run the tests: then they get the immutable
    attribute (chattr +i), which stops root too. Skipped only where neither can work.
    """
    if os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in paths}
        try:
            for p in paths:
                p.chmod(0o555 if p.is_dir() else 0o444)
            yield
        finally:
            for p, mode in modes.items():
                p.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("running as root, whom chmod does not stop, and chattr is missing")
    done: list[Path] = []
    try:
        for p in paths:
            if subprocess.run([chattr, "+i", str(p)], capture_output=True).returncode != 0:
                pytest.skip("running as root, whom chmod does not stop, on a file system "
                            "without the immutable attribute (chattr +i)")
            done.append(p)
        assert not any(os.access(p, os.W_OK) for p in paths), "still writable"
        yield
    finally:
        for p in done:
            subprocess.run([chattr, "-i", str(p)], check=True)
