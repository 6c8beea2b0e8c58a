"""`annotator export` and `annotator stats`: native JSONL, byte-stable round trips."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from annotator.store.repository import Repository

if TYPE_CHECKING:
    from tests.conftest import CliResult

Cli = Callable[..., "CliResult"]

SEED_FILES = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
KEYS = ["id", "text", "text_sha256", "meta", "layer", "status", "spans", "events", "schema"]


def find(text: str, sub: str, after: str = "") -> tuple[int, int]:
    """Offsets of the first `sub` at or after the first `after`."""
    i = text.index(sub, text.index(after) if after else 0)
    return i, i + len(sub)


def gold_record(text: str, ext: str) -> dict[str, Any]:
    """A reviewer's layer for seed 000: entities, an ATTACK and a THREATEN event."""
    marks = [
        ("الهجوم", "ATTACK", ""), ("قوات التحالف الدولي", "MILITARY", ""),
        ("العراق", "GPE", "قوات التحالف الدولي"), ("الولايات المتحدة", "GPE", ""),
        ("تحذير", "THREATEN", ""), ("إيران", "GPE", "تحذير لإيران"),
        ("محمد شياع السوداني", "PER", ""), ("السوداني", "PER", "محمد شياع"),
        ("واشنطن", "GPE", ""), ("طهران", "GPE", ""),
    ]
    spans = []
    for n, (sub, label, after) in enumerate(marks, 1):
        s, e = find(text, sub, after)
        spans.append({"id": 100 + n, "start": s, "end": e, "label": label, "text": sub})
    events = [
        {"type": "THREATEN", "trigger": 105,
         "arguments": [{"role": "Recipient", "span": 106}, {"role": "Actor", "span": 104}],
         "attributes": {"mode": "violence", "modality": "asserted"}},
        {"type": "ATTACK", "trigger": 101,
         "arguments": [{"role": "Target", "span": 102}, {"role": "Place", "span": 103}],
         "attributes": {"polarity": "positive"}},
    ]
    return {"id": ext, "text": text, "meta": {"title": "إنذار", "source": "seed",
                                              "outlet": "مصدر", "year": 2023},
            "layer": "gold", "status": "done", "spans": spans, "events": events}


@pytest.fixture(scope="module")
def project(cli: Cli, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seeds, a gold layer with events, a doccano layer and a layer edited in the store.

    Built once for the module; tests only read it.
    """
    tmp_path = tmp_path_factory.mktemp("project")
    seed_files = SEED_FILES
    db = tmp_path / "first.db"
    text = seed_files[0].read_text(encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(gold_record(text, seed_files[0].stem), ensure_ascii=False)
                    + "\n", encoding="utf-8")
    result = cli("import", gold, "--db", db)
    assert result.returncode == 0, result.stderr
    assert "imported 1 document(s), 10 span(s)" in result.stdout
    result = cli("import", seed_files[0].parent, "--db", db)
    assert "imported 4 document(s)" in result.stdout  # seed 0 is already there
    other = seed_files[1].read_text(encoding="utf-8")
    doccano = tmp_path / "ali.jsonl"
    doccano.write_text(json.dumps({"text": other, "label": [
        [*find(other, "العراق"), "GPE"], [*find(other, "تداعيات التحذير"), "THREATEN"]]},
        ensure_ascii=False) + "\n", encoding="utf-8")
    result = cli("import", doccano, "--db", db, "--layer", "ali")
    assert "added layers to 1 existing document(s)" in result.stdout
    repo = Repository.open(db, user="sara")
    try:
        doc = repo.document_ids()[2]
        third = repo.document_text(doc)
        keep = repo.add_span(doc, "sara", *find(third, "سوريا"), "GPE")
        gone = repo.add_span(doc, "sara", *find(third, "العراق"), "GPE")
        repo.relabel_span(keep.id, "LOC")
        repo.delete_span(gone.id)
        repo.set_status(doc, "sara", "skipped")
    finally:
        repo.close()
    return db


def export(cli: Cli, db: Path, out: Path | str, *extra: str) -> bytes:
    result = cli("export", "--format", "jsonl", "--db", db, "-o", out, *extra)
    assert result.returncode == 0, result.stderr
    return result.stdout_bytes if out == "-" else Path(out).read_bytes()


def records(data: bytes) -> list[dict[str, Any]]:
    assert data.endswith(b"\n")
    return [json.loads(line) for line in data.decode("utf-8").split("\n")[:-1]]


def test_round_trip_through_an_empty_project_gives_identical_bytes(
    cli: Cli, project: Path, tmp_path: Path
) -> None:
    first = export(cli, project, tmp_path / "one.jsonl", "--layer", "all")
    empty = tmp_path / "second.db"
    result = cli("import", tmp_path / "one.jsonl", "--db", empty)
    assert result.returncode == 0, result.stderr
    second = export(cli, empty, tmp_path / "two.jsonl", "--layer", "all")
    assert second == first
    # ... and for every other way of choosing layers.
    for layer in ([], ["--layer", "gold"], ["--layer", "ali"], ["--layer", "sara"]):
        assert export(cli, empty, "-", *layer) == export(cli, project, "-", *layer)
    # Importing the export again changes nothing.
    again = cli("import", tmp_path / "one.jsonl", "--db", empty)
    assert "imported 0 document(s)" in again.stdout
    assert export(cli, empty, tmp_path / "three.jsonl", "--layer", "all") == first


def test_a_document_of_two_layers_imports_as_one_new_document(cli: Cli, tmp_path: Path,
                                                               seed_files: list[Path]) -> None:
    """An export of every layer has a line per layer; imported into an empty project, the
    second line adds its layer to the document the first line brought: one document
    imported, none "existing" (the project had none)."""
    source = tmp_path / "source.db"
    assert cli("import", seed_files[0], "--db", source).returncode == 0
    repo = Repository.open(source, user="sara")
    try:
        (doc,) = repo.document_ids()
        text = repo.document_text(doc)
        for layer in ("sara", "ali"):
            repo.add_span(doc, layer, *find(text, "طهران"), "GPE")
    finally:
        repo.close()
    lines = export(cli, source, tmp_path / "all.jsonl", "--layer", "all").splitlines()
    assert len(lines) == 2
    result = cli("import", tmp_path / "all.jsonl", "--db", tmp_path / "empty.db")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("imported 1 document(s), 2 span(s)"), result.stdout
    assert "existing" not in result.stdout, result.stdout


def test_native_jsonl_layout(cli: Cli, project: Path, seed_files: list[Path]) -> None:
    data = export(cli, project, "-", "--layer", "all")
    assert "\\u" not in data.decode("utf-8")  # Arabic as UTF-8, not escaped
    recs = records(data)
    # 5 documents: seed 0 (gold), seed 1 (ali), seed 2 (sara), seeds 3 and 4 (no layer).
    assert [(r["id"], r["layer"]) for r in recs] == [
        ("000_a138359d33bd0031", "gold"), ("001_3c0a4fd1e2fc9cd0", "ali"),
        ("002_6bf79478a0bb399d", "sara"), ("003_c4da198cac65e0b0", None),
        ("004_ec9e6966cb675591", None),
    ]
    for rec, path in zip(recs, seed_files, strict=True):
        assert list(rec) == KEYS
        assert rec["text"] == path.read_text(encoding="utf-8")
        assert rec["schema"] == {"name": "default", "version": 1}
        assert list(rec["meta"])[:2] == ["title", "source"]
        spans = rec["spans"]
        assert [s["id"] for s in spans] == list(range(1, len(spans) + 1))
        assert spans == sorted(spans, key=lambda s: (s["start"], -s["end"], s["label"]))
        for s in spans:
            assert list(s) == ["id", "start", "end", "label", "text"]
            assert rec["text"][s["start"]:s["end"]] == s["text"]
    gold, ali, sara, bare, _ = recs
    assert gold["status"] == "done" and gold["meta"]["outlet"] == "مصدر"
    assert gold["meta"]["title"] == "إنذار" and gold["meta"]["year"] == 2023
    assert (ali["status"], sara["status"], bare["status"]) == ("new", "skipped", None)
    assert [(s["label"], s["text"]) for s in sara["spans"]] == [("LOC", "سوريا")]
    by_id = {s["id"]: s for s in gold["spans"]}
    # Events in text order of their triggers ("تحذير" comes before "الهجوم").
    assert [(e["id"], e["type"]) for e in gold["events"]] == [(1, "THREATEN"), (2, "ATTACK")]
    for event in gold["events"]:
        assert by_id[event["trigger"]]["label"] == event["type"]
    threaten = gold["events"][0]
    assert [(a["role"], by_id[a["span"]]["text"]) for a in threaten["arguments"]] == [
        ("Actor", "الولايات المتحدة"), ("Recipient", "إيران"),
    ]
    assert threaten["attributes"] == {"modality": "asserted", "mode": "violence"}


def test_layer_choice(cli: Cli, project: Path) -> None:
    default = records(export(cli, project, "-"))
    assert [r["layer"] for r in default] == ["gold"]  # gold exists: gold only
    assert [r["layer"] for r in records(export(cli, project, "-", "--layer", "ali"))] == ["ali"]
    assert len(records(export(cli, project, "-", "--layer", "all"))) == 5


def test_without_gold_the_default_is_all(cli: Cli, db_path: Path,
                                         seed_files: list[Path]) -> None:
    assert cli("import", *seed_files[:2], "--db", db_path).returncode == 0
    recs = records(export(cli, db_path, "-"))
    assert [(r["id"], r["layer"], r["status"]) for r in recs] == [
        (seed_files[0].stem, None, None), (seed_files[1].stem, None, None),
    ]


def test_stdout_and_file_exports_are_the_same_bytes(cli: Cli, project: Path,
                                                    tmp_path: Path) -> None:
    out = tmp_path / "out" / "gold.jsonl"
    out.parent.mkdir()
    assert export(cli, project, "-") == export(cli, project, out)
    assert os.listdir(out.parent) == ["gold.jsonl"]  # no temporary files left behind


def test_export_replaces_an_old_file_atomically(cli: Cli, project: Path,
                                                tmp_path: Path) -> None:
    out = tmp_path / "gold.jsonl"
    out.write_text("old contents\n", encoding="utf-8")
    data = export(cli, project, out)
    assert records(data)[0]["layer"] == "gold"
    assert [p for p in os.listdir(tmp_path) if p.startswith(".") or p.endswith(".tmp")] == []


def test_unknown_layer_is_a_clear_error(cli: Cli, project: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.jsonl"
    result = cli("export", "--format", "jsonl", "--db", project, "--layer", "bob", "-o", out)
    assert result.returncode != 0
    (line,) = result.stderr.splitlines()
    assert line == "error: no layer named 'bob' (layers: ali, gold, sara)"
    assert not out.exists()


@pytest.mark.parametrize("target", ["folder", "missing/x.jsonl"])
def test_bad_output_path_is_a_clear_error(cli: Cli, project: Path, tmp_path: Path,
                                          target: str) -> None:
    (tmp_path / "folder").mkdir()
    result = cli("export", "--format", "jsonl", "--db", project, "-o", tmp_path / target)
    assert result.returncode != 0
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: ") and str(tmp_path / target) in line
    assert os.listdir(tmp_path / "folder") == []


def test_stats_json(cli: Cli, project: Path) -> None:
    result = cli("stats", "--json", "--db", project)
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert stats["documents"] == 5 and isinstance(stats["documents"], int)
    assert stats["spans"] == {
        "ali": {"GPE": 1, "THREATEN": 1},
        "gold": {"ATTACK": 1, "GPE": 5, "MILITARY": 1, "PER": 2, "THREATEN": 1},
        "sara": {"LOC": 1},
    }
    assert stats["events"] == {"gold": {"ATTACK": 1, "THREATEN": 1}}
    assert stats["status"] == {"ali": {"new": 1}, "gold": {"done": 1},
                               "sara": {"skipped": 1}}
    text = cli("stats", "--db", project)
    assert text.returncode == 0 and "documents: 5" in text.stdout


def test_stats_of_a_project_without_annotations(cli: Cli, db_path: Path,
                                                seed_files: list[Path]) -> None:
    assert cli("import", seed_files[4], "--db", db_path).returncode == 0
    stats = json.loads(cli("stats", "--json", "--db", db_path).stdout)
    assert (stats["documents"], stats["spans"], stats["status"]) == (1, {}, {})


@pytest.mark.parametrize("command", [["stats"], ["export", "--format", "jsonl"]])
def test_read_commands_do_not_create_a_project_from_a_typo(cli: Cli, tmp_path: Path,
                                                           command: list[str]) -> None:
    typo = tmp_path / "projcet.db"
    result = cli(*command, "--db", typo)
    assert result.returncode != 0
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: ") and str(typo) in line
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_is_not_a_project_is_refused_untouched(cli: Cli,
                                                           seed_files: list[Path]) -> None:
    before = seed_files[0].read_bytes()
    result = cli("stats", "--db", seed_files[0])
    assert result.returncode != 0
    (line,) = result.stderr.splitlines()
    assert "cannot open as a project database" in line
    assert seed_files[0].read_bytes() == before
    assert not seed_files[0].with_name(seed_files[0].name + "-wal").exists()
