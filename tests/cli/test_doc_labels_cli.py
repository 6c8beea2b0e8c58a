"""Document labels on the command line: native JSONL, the textcat export (loaded with
`datasets`), spaCy `cats`, agreement per field, and `annotator schema --export`."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from annotator.core.schema import load_schema
from annotator.core.types import DocumentRecord
from annotator.store.repository import Repository

if TYPE_CHECKING:
    from tests.conftest import CliResult

Cli = Callable[..., "CliResult"]
TEXTS = ["قصفت طائرة مسيرة قاعدة عين الأسد في العراق", "التقى الوزير نظيره في بغداد",
         "خبر عن الطقس في عمّان"]


@pytest.fixture
def labelled(tmp_path: Path) -> Path:
    """Three documents; amina and badr classified and finished the first two."""
    path = tmp_path / "p.db"
    repo = Repository.open(path, user="amina")
    repo.import_records([DocumentRecord(f"d{n}", t, f"t{n}") for n, t in enumerate(TEXTS)])
    d0, d1, _ = repo.document_ids()
    a = repo.actions
    a.set_doc_labels(d0, "amina", {"relevance": "relevant", "countries": ["iraq"],
                                   "main_event_type": "ATTACK"})
    a.set_doc_labels(d1, "amina", {"relevance": "partly", "note": "لقاء"})
    a.set_doc_labels(d0, "badr", {"relevance": "relevant", "countries": ["iraq", "syria"]})
    a.set_doc_labels(d1, "badr", {"relevance": "not_relevant"})
    for doc in (d0, d1):
        for layer in ("amina", "badr"):
            repo.set_status(doc, layer, "done")
    repo.close()
    return path


def test_native_jsonl_carries_doc_labels_and_reimports_byte_for_byte(
        cli: Cli, labelled: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    assert cli("export", "--db", labelled, "--format", "jsonl", "--layer", "all",
               "-o", out).returncode == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    first = next(r for r in records if r["id"] == "d0" and r["layer"] == "amina")
    assert first["doc_labels"] == {"relevance": "relevant", "main_event_type": "ATTACK",
                                   "countries": ["iraq"]}  # schema order
    assert "doc_labels" not in next(r for r in records if r["layer"] is None)
    again = tmp_path / "again.db"
    assert cli("import", out, "--db", again).returncode == 0
    back = tmp_path / "back.jsonl"
    cli("export", "--db", again, "--format", "jsonl", "--layer", "all", "-o", back)
    assert back.read_bytes() == out.read_bytes()


def test_a_bad_doc_label_in_a_file_is_one_line_naming_the_line(cli: Cli,
                                                              tmp_path: Path) -> None:
    good = {"id": "a", "text": "نص", "layer": "x", "doc_labels": {"relevance": "relevant"}}
    bad = {"id": "b", "text": "نص آخر", "layer": "x", "doc_labels": {"relevance": "maybe"}}
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (good, bad)) + "\n",
                    encoding="utf-8")
    result = cli("import", path, "--db", tmp_path / "p.db")
    assert result.returncode != 0
    assert f"{path}:2:" in result.stderr and "'maybe' is not one of its values" in result.stderr
    repo = Repository.open(tmp_path / "p.db")
    assert repo.document_count() == 0  # all or nothing per file
    repo.close()


def test_textcat_rows_load_with_datasets(cli: Cli, labelled: Path, tmp_path: Path) -> None:
    datasets = pytest.importorskip("datasets")
    out = tmp_path / "cls.jsonl"
    result = cli("export", "--db", labelled, "--format", "textcat", "--layer", "amina",
                 "-o", out)
    assert result.returncode == 0 and "wrote 2 record(s), 0 span(s)" in result.stderr
    rows = datasets.load_dataset("json", data_files=str(out), split="train")
    assert rows["label"] == ["relevant", "partly"]
    assert rows["text"] == TEXTS[:2] and rows["countries"] == [["iraq"], None]
    names = json.loads((tmp_path / "labels.json").read_text(encoding="utf-8"))
    assert names["label"] == "relevance" and names["names"] == [
        "relevant", "partly", "not_relevant"]


def test_spacy_export_gives_each_doc_its_cats(cli: Cli, labelled: Path,
                                              tmp_path: Path) -> None:
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    out = tmp_path / "sp.jsonl"
    assert cli("export", "--db", labelled, "--format", "spacy", "--layer", "badr",
               "-o", out).returncode == 0
    tasks = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert tasks[0]["cats"]["relevance:relevant"] == 1.0
    assert tasks[0]["cats"]["relevance:partly"] == 0.0
    assert tasks[0]["cats"]["countries:syria"] == 1.0
    docs = list(DocBin().from_disk(out.with_suffix(".spacy")).get_docs(
        spacy.blank("ar").vocab))
    assert docs[1].cats["relevance:not_relevant"] == 1.0


def test_agreement_reports_each_document_field(cli: Cli, labelled: Path) -> None:
    result = cli("agreement", "--db", labelled, "--json")
    fields = json.loads(result.stdout)["document_fields"]
    assert fields["relevance"]["units"] == 2
    assert fields["relevance"]["observed_agreement"] == pytest.approx(0.5)
    assert fields["note"]["units"] == 0
    text = cli("agreement", "--db", labelled).stdout
    assert "document field" in text and "relevance" in text


def test_schema_export_then_set_gives_the_same_schema(cli: Cli, labelled: Path,
                                                      tmp_path: Path) -> None:
    out = tmp_path / "schema.toml"
    result = cli("schema", "--db", labelled, "--export", out)
    assert result.returncode == 0 and "wrote schema default v1" in result.stderr
    assert load_schema(out).document_fields == load_schema().document_fields
    assert cli("schema", "--db", labelled, "--set", out).returncode == 0
    again = cli("schema", "--db", labelled, "--export", "-")
    assert again.stdout == out.read_text(encoding="utf-8")
    refused = cli("schema", "--db", labelled, "--export", tmp_path / "no" / "s.toml")
    assert refused.returncode != 0 and "does not exist" in refused.stderr
