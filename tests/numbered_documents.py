"""A project of many distinct documents, made from the gold fixture: for tests that need
an export big enough to behave as a large one (worker processes, a kill mid-export)."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.operations.importing import import_files
from annotator.store.repository import Repository

GOLD = Path(__file__).resolve().parent / "data" / "training" / "gold.jsonl"


def numbered_project(folder: Path, count: int) -> Path:
    """``count`` documents, the gold fixture's repeated with each text numbered (so each
    is new), imported into ``folder``/many.db; the project's path."""
    base = [json.loads(x) for x in GOLD.read_text(encoding="utf-8").splitlines()]
    lines = []
    for n in range(count):
        rec = dict(base[n % len(base)], id=f"doc-{n}")
        rec["text"] = f"{rec['text']}\n({n})"
        lines.append(json.dumps(rec, ensure_ascii=False))
    source = folder / "many.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = folder / "many.db"
    repo = Repository.open(db)
    try:
        assert import_files(repo, [source]).added == count
    finally:
        repo.close()
    return db
