"""`annotator merge`: three annotators' files into a reviewer's project, by the CLI.

Each annotator imports the seeds into a file of their own (so the files share no span
identity), labels them differently in the store, and the reviewer merges the files.
What the reviewer gets is compared with each annotator's own export of their layer.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from annotator.core.schema import default_schema_path
from annotator.core.types import Argument
from annotator.operations.importing import import_files
from annotator.store.repository import Repository

if TYPE_CHECKING:
    from tests.conftest import CliResult

Cli = Callable[..., "CliResult"]
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
EXTRA = "قصفت المقاومة الإسلامية قاعدة حرير في أربيل بطائرة مسيرة"

# name -> (seed index, [(text, label, after)], event (type, trigger, [(role, text)]),
#          status, seconds)
WORK = {
    "amina": (0, [("طهران", "GPE", ""), ("واشنطن", "GPE", ""), ("الهجمات", "ATTACK", "")],
              ("ATTACK", "الهجمات", [("Target", "واشنطن")]), "done", 120.0),
    "badr": (0, [("طهران", "LOC", ""), ("الولايات المتحدة", "GPE", ""), ("تحذير", "THREATEN", ""),
                 ("إيران", "GPE", "تحذير لإيران")],
             ("THREATEN", "تحذير", [("Actor", "الولايات المتحدة"), ("Recipient", "إيران")]),
             "in_progress", 45.5),
    "carla": (2, [("إيران", "GPE", "")], None, "skipped", 10.0),
}


def find(text: str, sub: str, after: str = "") -> tuple[int, int]:
    i = text.index(sub, text.index(after) if after else 0)
    return i, i + len(sub)


def annotator_file(tmp_path: Path, name: str) -> Path:
    """`name` imports the seeds into their own file and does their WORK in their layer."""
    path = tmp_path / f"{name}.db"
    seed, marks, event, status, seconds = WORK[name]
    repo = Repository.open(path, user=name)
    try:
        import_files(repo, [SEEDS])  # what `annotator import` does, without a process
        doc = repo.document_ids()[seed]
        text = repo.document_text(doc)
        ids = {sub: repo.add_span(doc, name, *find(text, sub, after), label).id
               for sub, label, after in marks}
        if event:
            etype, trigger, args = event
            repo.add_event(ids[trigger], etype, None,
                           tuple(Argument(role, ids[sub]) for role, sub in args))
        repo.set_status(doc, name, status)
        repo.add_time(doc, name, seconds)
    finally:
        repo.close()
    return path


def readable(jsonl: str) -> list[tuple]:
    """Export records with local ids replaced by what they point at, in text order."""
    out = []
    for line in jsonl.splitlines():
        rec = json.loads(line)
        spans = {s["id"]: (s["start"], s["end"], s["label"], s["text"]) for s in rec["spans"]}
        events = sorted(
            (e["type"], spans[e["trigger"]], sorted(e["attributes"].items()),
             sorted((a["role"], spans[a["span"]]) for a in e["arguments"]))
            for e in rec["events"])
        out.append((rec["id"], rec["text_sha256"], rec["layer"], rec["status"],
                    sorted(spans.values()), events))
    return sorted(out)


def export(cli: Cli, db: Path, layer: str = "all") -> str:
    result = cli("export", "--db", db, "--format", "jsonl", "--layer", layer)
    assert result.returncode == 0, result.stderr
    return result.stdout


def change_count(db: Path) -> int:
    with sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT count(*) FROM changes").fetchone()[0]


@pytest.fixture(scope="module")
def files(cli: Cli, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("annotators")
    paths = {name: annotator_file(tmp, name) for name in WORK}
    extra = tmp / "harir.txt"
    extra.write_text(EXTRA, encoding="utf-8")
    assert cli("import", extra, "--db", paths["carla"]).returncode == 0
    return paths


def test_three_annotators_merge_into_a_new_reviewer_project(
        cli: Cli, files: dict[str, Path], tmp_path: Path) -> None:
    review = tmp_path / "review.db"
    result = cli("merge", *files.values(), "--db", review)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"merged {files['amina']}: 0 documents matched, 5 added; 3 spans added, 0 updated "
        "(newer), 0 deleted; 1 event added, 0 updated (newer), 0 deleted; 1 status updated",
        f"merged {files['badr']}: 5 documents matched, 0 added; 4 spans added, 0 updated "
        "(newer), 0 deleted; 1 event added, 0 updated (newer), 0 deleted; 1 status updated",
        f"merged {files['carla']}: 5 documents matched, 1 added; 1 span added, 0 updated "
        "(newer), 0 deleted; 0 events added, 0 updated (newer), 0 deleted; 1 status updated",
    ]
    assert result.stderr == f"created {review} with the label schema of {files['amina']}\n"
    merged = export(cli, review)
    for name, path in files.items():  # every layer exactly as its annotator left it
        theirs = [r for r in readable(export(cli, path)) if r[2] == name]
        assert [r for r in readable(merged) if r[2] == name] == theirs and theirs
    (record,) = [json.loads(line) for line in merged.splitlines()
                 if json.loads(line)["layer"] == "amina"]
    tehran = [sp for sp in record["spans"] if sp["text"] == "طهران"]
    assert [(sp["start"], sp["end"], sp["label"]) for sp in tehran] == [
        (*find(record["text"], "طهران"), "GPE")]
    repo = Repository.open(review)
    try:
        assert repo.layers() == ["amina", "badr", "carla"]
        docs = repo.document_ids()
        assert len(docs) == 6
        extra = repo.document(docs[-1])
        assert (extra.external_id, extra.title, extra.text) == ("harir", EXTRA, EXTRA)
        seconds = {name: repo.seconds_spent(docs[seed], name)
                   for name, (seed, *_rest) in WORK.items()}
        assert seconds == {"amina": 120.0, "badr": 45.5, "carla": 10.0}
    finally:
        repo.close()


def test_merging_the_same_file_again_changes_nothing(
        cli: Cli, files: dict[str, Path], tmp_path: Path) -> None:
    review = tmp_path / "review.db"
    assert cli("merge", files["amina"], files["badr"], "--db", review).returncode == 0
    before, changes = export(cli, review).encode(), change_count(review)
    result = cli("merge", files["badr"], "--db", review)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f"merged {files['badr']}: nothing new (5 documents matched, 0 added)\n"
    assert export(cli, review).encode() == before
    assert change_count(review) == changes


def test_a_file_with_another_schema_is_refused_and_the_batch_goes_on(
        cli: Cli, files: dict[str, Path], tmp_path: Path) -> None:
    toml = default_schema_path().read_text(encoding="utf-8")
    odd_toml = tmp_path / "odd.toml"
    instrument = '{ name = "Instrument", ar = "الأداة", labels = ["WEAPON"], multiple = true },'
    assert instrument in toml
    odd_toml.write_text(toml.replace(instrument, ""), encoding="utf-8")
    odd = tmp_path / "odd.db"
    repo = Repository.open(odd, user="odd", schema_path=odd_toml)
    import_files(repo, [SEEDS])
    repo.add_span(1, "odd", 0, 4, "PER")
    repo.close()
    review = tmp_path / "review.db"
    assert cli("merge", files["amina"], "--db", review).returncode == 0
    before, changes = export(cli, review), change_count(review)
    result = cli("merge", odd, "--db", review)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (f"error: {odd}: its label schema differs from the project's "
                             "(label ATTACK is defined differently); nothing merged\n")
    assert change_count(review) == changes
    result = cli("merge", odd, files["badr"], "--db", review)  # the rest still merges
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert result.stdout.startswith(f"merged {files['badr']}: 5 documents matched")
    layers = {r[2]: r for r in readable(export(cli, review)) if r[2]}
    assert set(layers) == {"amina", "badr"}
    assert layers["amina"] == next(r for r in readable(before) if r[2] == "amina")


def test_files_that_cannot_be_merged_get_one_line_each(
        cli: Cli, files: dict[str, Path], tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("ملاحظات", encoding="utf-8")
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    fresh = tmp_path / "fresh.db"
    result = cli("merge", notes, empty, "--db", fresh)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.splitlines() == [
        f"error: {notes}: cannot open as a project database (file is not a database)",
        f"error: {empty}: not an annotator project file",
    ]
    assert not fresh.exists()  # nothing mergeable: no project was created
    assert cli("merge", files["carla"], "--db", fresh).returncode == 0
    result = cli("merge", fresh, "--db", fresh)
    assert (result.returncode, result.stderr) == (
        2, f"error: {fresh}: this is the project itself; merge another annotator's file\n")


def test_a_new_project_takes_the_first_files_schema(
        cli: Cli, tmp_path: Path) -> None:
    toml = default_schema_path().read_text(encoding="utf-8")
    looks = tmp_path / "looks.toml"
    looks.write_text(toml.replace('color = "#e6194b"', 'color = "#123456"'), encoding="utf-8")
    other = tmp_path / "looks.db"
    Repository.open(other, schema_path=looks).close()
    fresh = tmp_path / "fresh.db"
    assert cli("merge", other, "--db", fresh).returncode == 0
    assert cli("schema", "--db", fresh).stdout == looks.read_text(encoding="utf-8")
