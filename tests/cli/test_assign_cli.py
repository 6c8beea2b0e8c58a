"""`annotator assign`: balanced, N distinct annotators per document, reproducible, safe."""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from annotator.core.types import DocumentRecord
from annotator.store.repository import Repository

if TYPE_CHECKING:
    from tests.conftest import CliResult

Cli = Callable[..., "CliResult"]


def new_project(db: Path, documents: int = 11) -> Path:
    repo = Repository.open(db)
    try:
        repo.import_records([DocumentRecord(f"n{i}", f"بيان رقم {i}", f"بيان {i}")
                             for i in range(documents)])
    finally:
        repo.close()
    return db


def assignments(db: Path) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    with sqlite3.connect(db) as conn:
        for doc, user in conn.execute(
                "SELECT document_id, annotator FROM assignments ORDER BY 1, 2"):
            out[doc].append(user)
    return dict(out)


def everything(db: Path) -> list:
    with sqlite3.connect(db) as conn:
        return [conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                for t in ("assignments", "annotators", "changes")]


def test_assign_balances_and_prints_a_summary(cli: Cli, tmp_path: Path) -> None:
    db = new_project(tmp_path / "p.db")
    res = cli("assign", "--users", "ali,huda,omar", "--per-document", "2", "--seed", "5",
              "--db", db)
    assert res.returncode == 0, res.stderr
    got = assignments(db)
    assert len(got) == 11 and all(len(set(u)) == len(u) == 2 for u in got.values())
    loads = Counter(u for users in got.values() for u in users)
    assert sorted(loads.values()) == [7, 7, 8]  # 22 over 3
    lines = res.stdout.splitlines()
    assert lines[0] == "made 22 new assignment(s) to 3 annotator(s), 2 per document"
    assert lines[1:] == [f"  {name + ':':<5} {loads[name]} new, {loads[name]} in all"
                         for name in ("ali", "huda", "omar")]


def test_same_seed_same_assignment(cli: Cli, tmp_path: Path) -> None:
    runs = []
    for name in ("one.db", "two.db"):
        db = new_project(tmp_path / name)
        assert cli("assign", "--users", "a,b,c,d", "--seed", "7", "--db", db).returncode == 0
        runs.append(assignments(db))
    assert runs[0] == runs[1]


def test_topping_up_keeps_existing_assignments(cli: Cli, tmp_path: Path) -> None:
    db = new_project(tmp_path / "p.db")
    assert cli("assign", "--users", "a,b", "--per-document", "1", "--db", db).returncode == 0
    first = assignments(db)
    res = cli("assign", "--users", "a,b,c", "--per-document", "2", "--seed", "1", "--db", db)
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith("made 11 new assignment(s)")
    second = assignments(db)
    assert all(set(first[d]) < set(second[d]) and len(second[d]) == 2 for d in second)
    loads = Counter(u for users in second.values() for u in users)
    assert max(loads.values()) - min(loads.values()) <= 1


@pytest.mark.parametrize(("args", "message"), [
    (["--users", "a,b", "--per-document", "3"], "error: --per-document 3 needs at least 3 "
                                                "users, got 2"),
    (["--users", "a,,b"], "error: user names cannot be empty (give them as --users a,b,c)"),
    (["--users", "a,gold"], "error: 'gold' is the adjudicated layer, not an annotator"),
    (["--users", "a,b", "--per-document", "0"], "error: --per-document must be at least 1"),
])
def test_bad_requests_give_one_line_and_change_nothing(cli: Cli, tmp_path: Path,
                                                       args: list[str], message: str) -> None:
    db = new_project(tmp_path / "p.db")
    assert cli("assign", "--users", "a,b", "--per-document", "1", "--db", db).returncode == 0
    before = everything(db)
    res = cli("assign", *args, "--db", db)
    assert res.returncode == 2
    assert res.stderr == message + "\n" and res.stdout == ""
    assert everything(db) == before


def test_missing_project_is_an_error_not_a_new_file(cli: Cli, tmp_path: Path) -> None:
    res = cli("assign", "--users", "a,b", "--db", tmp_path / "typo.db")
    assert res.returncode == 2 and "no such project file" in res.stderr
    assert not (tmp_path / "typo.db").exists()
