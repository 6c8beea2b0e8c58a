"""Token exports done in worker processes write what one process writes, byte for byte.

A large export hands its documents to worker processes (core/exporters/parallel.py);
here the pool is forced on for a few documents (threshold 1, tiny chunks) and its files
and report are compared with the same export done in this process. A span that does
not fit its text, met in a worker, stops the export with the same error and no file.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.core.errors import SpanError
from annotator.core.exporters.conll import NestingDepthDiffers, write_conll
from annotator.core.exporters.hf import write_hf
from annotator.core.exporters.parallel import Workers
from annotator.core.exporters.report import ExportReport
from annotator.core.exporters.spacy import spacy_available, write_spacy
from annotator.core.schema import Schema
from annotator.core.types import DocumentRecord, LayerRecord
from tests.core.training_fixture import entity_options

POOL = Workers(2, threshold=1, chunk=2, ahead=1)
ALONE = Workers(1)
Writer = Callable[..., ExportReport]
WRITERS: dict[str, tuple[Writer, str]] = {
    "conll": (write_conll, "out.conll"), "hf": (write_hf, "out.jsonl"),
    "spacy": (write_spacy, "out.jsonl")}


def many(gold: list[DocumentRecord], n: int = 9) -> list[DocumentRecord]:
    """n documents from the gold fixture, each with its own id and a numbered text end."""
    out = []
    for k in range(n):
        rec = gold[k % len(gold)]
        out.append(dataclasses.replace(rec, external_id=f"{rec.external_id}-{k}",
                                       text=f"{rec.text}\n({k})"))
    return out


def written(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("fmt", WRITERS)
@pytest.mark.parametrize("kw", [{}, {"scheme": "bilou", "clitics": "keep"},
                                {"clitics": "split", "nested": "outermost"}])
def test_a_pool_writes_the_same_bytes_and_report_as_one_process(
        tmp_path: Path, schema: Schema, gold: list[DocumentRecord], fmt: str,
        kw: dict[str, str]) -> None:
    if fmt == "spacy" and not spacy_available():
        pytest.skip("spaCy is not installed")
    writer, name = WRITERS[fmt]
    docs = many(gold)
    options = entity_options(schema, **kw)
    reports = {}
    for how, workers in (("alone", ALONE), ("pool", POOL)):
        (tmp_path / how).mkdir()
        reports[how] = writer(docs, tmp_path / how / name, schema, options, workers=workers)
    assert written(tmp_path / "pool") == written(tmp_path / "alone")
    assert len(written(tmp_path / "pool")[name].splitlines()) >= 9
    alone, pool = reports["alone"], reports["pool"]
    assert (pool.records, pool.spans, pool.widened, pool.problems) == (
        alone.records, alone.spans, alone.widened, alone.problems)
    assert alone.records == 9


def test_conll_nesting_deeper_than_told_is_found_by_the_pool_too(
        tmp_path: Path, schema: Schema, gold: list[DocumentRecord]) -> None:
    docs = many(gold)
    options = entity_options(schema)
    for workers in (ALONE, POOL):
        with pytest.raises(NestingDepthDiffers) as caught:
            write_conll(docs, tmp_path / "out.conll", schema, options, depth=1,
                        workers=workers)
        assert caught.value.depth == 2 and list(tmp_path.iterdir()) == []


def broken(docs: list[DocumentRecord], at: int) -> list[DocumentRecord]:
    """The documents with the first span of document `at` given a text it does not have."""
    rec = docs[at]
    layer = rec.layers[0]
    first, *rest = layer.spans
    bad = dataclasses.replace(first, text=first.text + "x")
    out = list(docs)
    out[at] = dataclasses.replace(rec, layers=[LayerRecord(
        layer.layer, layer.status, [bad, *rest], layer.events, layer.doc_labels)])
    return out


@pytest.mark.parametrize("fmt", WRITERS)
def test_a_bad_span_in_a_worker_is_the_same_one_error_and_no_file(
        tmp_path: Path, schema: Schema, gold: list[DocumentRecord], fmt: str) -> None:
    if fmt == "spacy" and not spacy_available():
        pytest.skip("spaCy is not installed")
    writer, name = WRITERS[fmt]
    docs = broken(many(gold), 6)
    options = entity_options(schema)
    errors = []
    for how, workers in (("alone", ALONE), ("pool", POOL)):
        folder = tmp_path / how
        folder.mkdir()
        with pytest.raises(SpanError) as caught:
            writer(docs, folder / name, schema, options, workers=workers)
        errors.append(str(caught.value))
        assert list(folder.iterdir()) == []  # nothing written, no temporary left
    assert errors[0] == errors[1]
    assert "does not match the document" in errors[1]


def test_a_pool_started_from_another_thread_writes_the_same_bytes(
        tmp_path: Path, schema: Schema, gold: list[DocumentRecord]) -> None:
    """The window exports on a worker thread: its pool is started from there."""
    import threading

    docs = many(gold)
    options = entity_options(schema)
    write_hf(docs, tmp_path / "alone.jsonl", schema, options, workers=ALONE)
    failed: list[BaseException] = []

    def export() -> None:
        try:
            write_hf(docs, tmp_path / "pool" / "out.jsonl", schema, options, workers=POOL)
        except BaseException as exc:  # reported to the test below
            failed.append(exc)

    (tmp_path / "pool").mkdir()
    thread = threading.Thread(target=export)
    thread.start()
    thread.join(timeout=120)
    assert not thread.is_alive() and failed == []
    assert (tmp_path / "pool" / "out.jsonl").read_bytes() == (
        tmp_path / "alone.jsonl").read_bytes()
