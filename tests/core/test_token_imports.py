"""Re-importing conll and spacy exports: the same spans, or an error naming file and line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from annotator.core.errors import ImportFileError
from annotator.core.exporters.conll import write_conll
from annotator.core.exporters.spacy import write_spacy
from annotator.core.importers import read_file
from annotator.core.schema import Schema
from annotator.core.spans import sorted_spans
from annotator.core.types import DocumentRecord
from tests.core.training_fixture import entity_options

if TYPE_CHECKING:
    from tests.conftest import CliResult

def labelled(records: list[DocumentRecord], schema: Schema) -> list[tuple[str, str]]:
    names = {lb.name for lb in schema.labels}
    return [(s.label, s.text) for r in records for lr in r.layers
            for s in sorted_spans(lr.spans) if s.label in names]


def test_conll_reimports_the_same_spans_on_text_rebuilt_from_tokens(
        tmp_path: Path, schema: Schema, gold: list[DocumentRecord]) -> None:
    target = tmp_path / "train.conll"
    write_conll(gold, target, schema, entity_options(schema, clitics="split"))
    back = read_file(target, schema, layer="conll")
    assert [r.external_id for r in back] == ["train-1", "train-2"]  # CoNLL has no ids
    # one sentence per line, tokens joined by one space
    assert back[0].text.split("\n")[0].endswith("تحذير ل إيران وحلفائها في المنطقة .")
    assert back[1].text.startswith("🔴 عاجل : مسؤول ب وزارة الدفاع الأمريكية")
    for record in back:
        for s in record.layers[0].spans:
            assert record.text[s.start:s.end] == s.text and record.layers[0].layer == "conll"
    # same labels in order; texts equal up to whitespace (the NBSP became a space)
    assert labelled(back, schema) == [(label, " ".join(text.split()))
                                      for label, text in labelled(gold, schema)]


def test_conll_reimport_differs_only_by_the_reported_widening(
        tmp_path: Path, schema: Schema, gold: list[DocumentRecord]) -> None:
    target = tmp_path / "gold.conll"
    report = write_conll(gold, target, schema, entity_options(schema))
    back = labelled(read_file(target, schema), schema)
    original = [(label, " ".join(text.split())) for label, text in labelled(gold, schema)]
    changed = [(a, b) for a, b in zip(original, back, strict=True) if a != b]
    assert len(changed) == report.widened == 3
    for (label, text), (label2, text2) in changed:
        assert label == label2 and text2[1:] == text and text2[0] in "وفبلك"


def test_spacy_jsonl_reimports_exact_offsets(tmp_path: Path, schema: Schema,
                                             gold: list[DocumentRecord]) -> None:
    target = tmp_path / "gold.jsonl"
    # without split: إيران has no token ids
    write_spacy(gold, target, schema, entity_options(schema))
    back = read_file(target, schema, fmt="spacy", layer="spacy")
    assert [(r.external_id, r.text) for r in back] == [(r.external_id, r.text) for r in gold]
    names = {lb.name for lb in schema.labels}
    for got, want in zip(back, gold, strict=True):
        assert [(s.start, s.end, s.label, s.text) for s in sorted_spans(got.layers[0].spans)] \
            == [(s.start, s.end, s.label, s.text) for s in sorted_spans(want.layers[0].spans)
                if s.label in names]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("body", "line", "message"), [
    ("-DOCSTART- O\n\nفي O\nإيران B-XYZ\n", 4, "unknown label 'XYZ'"),
    ("في O\nإيران GPE\n", 2, "cannot read tag 'GPE'"),
    ("في O\n\nإيران\n", 3, "expected a token and at least one tag"),
])
def test_conll_errors_name_the_line(tmp_path: Path, schema: Schema, body: str, line: int,
                                    message: str) -> None:
    path = write(tmp_path, "bad.conll", body)
    with pytest.raises(ImportFileError) as err:
        read_file(path, schema)
    assert err.value.line == line and message in err.value.reason


def test_conll_reads_iob1_bioes_and_nested_columns(tmp_path: Path, schema: Schema) -> None:
    body = ("قاعدة I-FAC O\nعين I-FAC B-FAC\nالأسد I-FAC E-FAC\nفي O O\nالعراق S-GPE O\n"
            "و O O\nسوريا I-GPE O\n")
    (record,) = read_file(write(tmp_path, "x.conll", body), schema)
    assert record.text == "قاعدة عين الأسد في العراق و سوريا"
    assert [(s.label, s.text) for s in sorted_spans(record.layers[0].spans)] == [
        ("FAC", "قاعدة عين الأسد"), ("FAC", "عين الأسد"), ("GPE", "العراق"), ("GPE", "سوريا")]


def test_spacy_jsonl_whose_tokens_disagree_with_a_span_is_refused(
        tmp_path: Path, schema: Schema) -> None:
    task = {"text": "رسائل لإيران", "tokens": [
        {"text": "رسائل", "start": 0, "end": 5, "id": 0, "ws": True},
        {"text": "لإيران", "start": 6, "end": 12, "id": 1, "ws": False}],
        "spans": [{"start": 7, "end": 12, "label": "GPE", "token_start": 1, "token_end": 1}]}
    good = dict(task, spans=[{"start": 6, "end": 12, "label": "GPE", "token_start": 1,
                              "token_end": 1}])
    path = write(tmp_path, "x.jsonl", json.dumps(good) + "\n" + json.dumps(task) + "\n")
    with pytest.raises(ImportFileError) as err:
        read_file(path, schema, fmt="spacy")
    assert err.value.line == 2 and "tokens 1..1 cover [6, 12)" in err.value.reason
    task["tokens"][0]["text"] = "رسالة"
    path = write(tmp_path, "y.jsonl", json.dumps(task) + "\n")
    with pytest.raises(ImportFileError, match="token 0 text"):
        read_file(path, schema, fmt="spacy")


def test_cli_imports_a_conll_file_by_its_suffix(tmp_path: Path, schema: Schema,
                                                gold: list[DocumentRecord],
                                                cli: Callable[..., CliResult]) -> None:
    target = tmp_path / "gold.conll"
    write_conll(gold, target, schema, entity_options(schema, clitics="split"))
    db = tmp_path / "fresh.db"
    result = cli("import", target, "--db", db)
    assert result.returncode == 0, result.stderr
    assert "2 document(s), 9 span(s)" in result.stdout
    bad = write(tmp_path, "bad.conll", "في O\nإيران B-XYZ\n")
    result = cli("import", bad, "--db", tmp_path / "other.db")
    assert result.returncode != 0 and "bad.conll:2" in result.stderr
