"""`annotator train`, `suggest`, `evaluate` and `gazetteer`, as a user runs them; and
provenance through export, import and agreement."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.store.repository import Repository
from tests.core.test_suggest_model import FILLER
from tests.suggestion_fixture import USER, document_id, make_project


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import run_cli

    path = make_project(tmp_path_factory.mktemp("cli") / "p.db")
    result = run_cli("train", "--db", path, "--held-out", "0.25")
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def project(trained: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "p.db"
    copy.write_bytes(trained.read_bytes())
    return copy


def test_train_prints_per_label_scores_on_held_out_documents(tmp_path: Path, cli) -> None:
    path = make_project(tmp_path / "p.db")
    result = cli("train", "--db", path, "--held-out", "0.25", "--seed", "2")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("model v1: 9 document(s)")
    assert "held-out: 3 document(s) (25%, seed 2)" in result.stdout
    assert lines[-4].split() == ["label", "precision", "recall", "f1", "support"]
    assert [line.split()[0] for line in lines[-3:]] == ["GPE", "PER", "micro"]
    micro = lines[-1].split()
    assert 0.8 < float(micro[-2]) <= 1.0  # F1 of names it has seen in other sentences
    again = cli("train", "--db", path, "--held-out", "0", "--json")
    record = json.loads(again.stdout)
    assert record["version"] == 2 and record["info"]["held_out"] is None
    assert record["info"]["documents"] == 12


def test_train_refuses_in_one_line(tmp_path: Path, cli) -> None:
    path = make_project(tmp_path / "p.db", finished=1)
    result = cli("train", "--db", path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "error: nothing to learn from: 1 document(s) with no label that has 10 or more spans"]
    result = cli("train", "--db", path, "--layer", "gold")
    assert result.stderr.strip() == "error: no document has the layer 'gold': nothing to " \
                                    "train on"
    result = cli("train", "--db", tmp_path / "missing.db")
    assert result.returncode == 2 and "no such project file" in result.stderr
    result = cli("train", "--db", path, "--held-out", "1.5")
    assert result.returncode == 2 and "--held-out" in result.stderr


def test_suggest_writes_spans_that_say_they_were_suggested(project: Path, cli) -> None:
    result = cli("suggest", "--db", project, "--layer", "pre", "--source", "crf")
    assert result.returncode == 0, result.stderr
    repo = Repository.open(project)
    try:
        doc = document_id(repo, "new")
        spans = {(s.text, s.label, s.origin, s.origin_detail) for s in repo.spans(doc, "pre")}
        total = sum(len(repo.spans(d, "pre")) for d in repo.document_ids())
    finally:
        repo.close()
    assert ("جو بايدن", "PER", "suggestion", "model:1") in spans
    assert ("دمشق", "GPE", "suggestion", "model:1") in spans
    assert result.stdout.strip().startswith(f"{total} span(s) suggested in 13 document(s)")
    # Documents the layer marked done are left alone; suggesting again adds nothing.
    again = cli("suggest", "--db", project, "--layer", USER, "--source", "crf")
    assert again.stdout.strip() == (
        "2 span(s) suggested in 1 document(s) into layer amina; 12 document(s) marked "
        "done there left alone")
    third = cli("suggest", "--db", project, "--layer", USER)
    assert third.stdout.startswith("0 span(s) suggested in 0 document(s)")


def test_suggest_without_a_model_says_so(tmp_path: Path, cli) -> None:
    path = make_project(tmp_path / "p.db")
    result = cli("suggest", "--db", path, "--source", "crf")
    assert result.returncode == 2
    assert result.stderr.strip() == ("error: the project has no model yet: run "
                                     "`annotator train` first")


def test_evaluate_scores_a_layer_against_another(project: Path, cli) -> None:
    assert cli("suggest", "--db", project, "--layer", "pred", "--source", "crf",
               "--include-done").returncode == 0
    result = cli("evaluate", "--db", project, "--gold", USER, "--pred", "pred", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["documents"] == 12  # the documents that have the gold layer
    micro = report["micro"]
    assert micro["support"] == sum(v["support"] for v in report["labels"].values())
    assert micro["correct"] <= min(micro["predicted"], micro["support"])
    assert micro["f1"] > 0.9  # on its own training data
    text = cli("evaluate", "--db", project, "--gold", USER, "--pred", "pred")
    assert text.stdout.splitlines()[0] == ("pred against amina: 12 document(s), outermost "
                                           "spans, exact match")
    assert text.stdout.splitlines()[-1].startswith("micro avg")
    same = cli("evaluate", "--db", project, "--gold", USER, "--pred", USER)
    assert same.returncode == 2 and same.stderr.startswith("error: --gold and --pred")
    none = cli("evaluate", "--db", project, "--gold", "nobody", "--pred", "pred")
    assert none.stderr.strip() == "error: no document has the layer 'nobody'"


def test_gazetteer_import_reads_tsv_and_csv_and_names_a_bad_line(project: Path,
                                                                tmp_path: Path, cli) -> None:
    tsv = tmp_path / "places.tsv"
    tsv.write_text("name\tlabel\nالقصف\tGPE\nالمدينة\tGPE\n", encoding="utf-8")
    csv = tmp_path / "people.csv"
    csv.write_text('"مصادر محلية",PER\n', encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("الوزارة,ORG\nالجيش,ARMY\n", encoding="utf-8")
    result = cli("gazetteer", "import", tsv, bad, csv, "--db", project)
    assert result.returncode == 1
    assert result.stdout.splitlines() == ["places.tsv: 2 name(s) imported",
                                          "people.csv: 1 name(s) imported"]
    assert result.stderr.strip() == (f"error: {bad}:2: unknown label 'ARMY' (labels: "
                                     "ARMED_GROUP, DATE, FAC, GPE, LOC, MILITARY, ORG, PER, "
                                     "WEAPON)")
    listing = cli("gazetteer", "list", "--db", project)
    assert listing.stdout.splitlines()[:2] == ["places.tsv: 2 name(s)", "people.csv: 1 name(s)"]
    repo = Repository.open(project, user=USER)
    try:
        doc = document_id(repo, "new")
        found = {(s.text, s.label, s.sources) for s in repo.offered_suggestions(doc, USER)}
    finally:
        repo.close()
    assert ("القصف", "GPE", ("gazetteer",)) in found
    assert ("مصادر محلية", "PER", ("gazetteer",)) in found
    removed = cli("gazetteer", "remove", "places.tsv", "--db", project)
    assert removed.stdout.strip() == "removed places.tsv: 2 name(s)"
    assert cli("gazetteer", "remove", "places.tsv", "--db", project).returncode == 2


def test_provenance_survives_export_and_import(project: Path, tmp_path: Path, cli) -> None:
    assert cli("suggest", "--db", project, "--layer", "pred", "--source", "crf").returncode == 0
    out = tmp_path / "pred.jsonl"
    assert cli("export", "--db", project, "--format", "jsonl", "--layer", "pred", "-o",
               out).returncode == 0
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert {(s["origin"], s["origin_detail"]) for s in first["spans"]} == {
        ("suggestion", "model:1")}
    other = tmp_path / "other.db"
    assert cli("import", out, "--db", other).returncode == 0
    again = tmp_path / "again.jsonl"
    assert cli("export", "--db", other, "--format", "jsonl", "--layer", "pred", "-o",
               again).returncode == 0
    assert again.read_bytes() == out.read_bytes()
    # A manual span has no origin in the file: projects without suggestions export as before.
    manual = tmp_path / "manual.jsonl"
    cli("export", "--db", project, "--format", "jsonl", "--layer", USER, "-o", manual)
    assert '"origin"' not in manual.read_text(encoding="utf-8")


def test_agreement_can_leave_accepted_suggestions_out(tmp_path: Path, cli) -> None:
    path = tmp_path / "p.db"
    repo = Repository.open(path, user="lead")
    try:
        from tests.suggestion_fixture import records

        repo.import_records(records(2, layer="amina"), origin="manual")
        repo.import_records(records(2, layer="badr"), origin="manual")
        doc = repo.document_ids()[0]
        text = repo.document_text(doc)
        word = next(w for w in FILLER if f" {w} " in text)  # not part of a name
        start = text.index(f" {word} ") + 1  # both then accept it from a suggestion
        for layer in ("amina", "badr"):
            repo.add_span(doc, layer, start, start + len(word), "ORG", "suggestion",
                          origin_detail="gazetteer")
    finally:
        repo.close()
    include = json.loads(cli("agreement", "--db", path, "--json").stdout)
    exclude = json.loads(cli("agreement", "--db", path, "--json", "--suggestions",
                             "exclude").stdout)
    apart = json.loads(cli("agreement", "--db", path, "--json", "--suggestions",
                           "apart").stdout)
    assert include["per_label"]["ORG"]["exact_f1"] == 1.0
    assert "ORG" not in exclude["per_label"] and exclude["suggestions"] == "exclude"
    assert apart["suggested_spans"] == {"amina": 1, "badr": 1}
    assert apart["overall"] == include["overall"]
    assert apart["without_suggestions"]["overall"] == exclude["overall"]
    text = cli("agreement", "--db", path, "--suggestions", "apart").stdout
    assert "accepted suggestions: amina 1, badr 1" in text and "without them:" in text


def test_help_of_the_suggestion_commands_loads_neither_store_nor_model() -> None:
    from tests.cli.test_cli_imports import loaded_by

    for args in (["train", "--help"], ["suggest", "--help"], ["evaluate", "--help"],
                 ["gazetteer", "--help"], ["gazetteer", "import", "--help"]):
        loaded = loaded_by(*args)
        assert "annotator" in loaded
        assert not loaded & {"sqlite_utils", "pycrfsuite", "ahocorasick", "PySide6",
                             "numpy"}, (args, loaded)
