"""Two processes on one project: the second waits for the write lock instead of failing."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from annotator.store.repository import Repository

HOLDER = r"""
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=60)
conn.execute("BEGIN IMMEDIATE")
conn.execute(
    "INSERT INTO changes (at, user, action, entity) VALUES ('now', 'holder', 'hold', 'test')"
)
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
print("committed", flush=True)
"""


def test_import_waits_for_another_writer(cli: Callable, db_path: Path,
                                         seed_files: list[Path]) -> None:
    first = cli("import", seed_files[0], "--db", db_path)
    assert first.returncode == 0, first.stderr
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path), "2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        # The write lock is held now; a reader is not blocked meanwhile (WAL) ...
        stats = cli("stats", "--json", "--db", db_path)
        assert stats.returncode == 0, stats.stderr
        # ... and a writer waits for the lock, then succeeds.
        result = cli("import", *seed_files, "--db", db_path)
        holder_out, holder_err = holder.communicate(timeout=60)
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
    assert holder.returncode == 0, holder_err
    assert "committed" in holder_out
    assert "locked" not in result.stderr.lower()
    assert result.returncode == 0, result.stderr
    assert "imported 4 document(s)" in result.stdout
    repo = Repository.open(db_path)
    try:
        assert repo.document_count() == 5
        log = repo.changes()
        hold = next(c["id"] for c in log if c["action"] == "hold")
        imports = [c["id"] for c in log if c["action"] == "import_document"]
        # The holder's write is kept, and the import's writes came after it.
        assert len(imports) == 5 and sorted(imports)[-4] > hold
    finally:
        repo.close()
