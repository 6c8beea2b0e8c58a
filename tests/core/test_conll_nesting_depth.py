"""CoNLL's tag columns when the spans nest otherwise in tokens than in characters.

The writer streams: it is told the file's nesting depth from the spans' character
offsets before the first line, checks each document in tokens, and the export writes
the file again when they differ (issue 13). A user sees only the file, so these tests
check the file: as many columns as the deepest document nests in tokens, on every line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.exporters.conll import NestingDepthDiffers, span_depth, write_conll
from annotator.core.exporters.options import TokenOptions
from annotator.core.exporters.request import ExportRequest
from annotator.core.schema import Schema
from annotator.core.types import DocumentRecord, LayerRecord, Span
from annotator.operations.exporting import export
from annotator.store.repository import Repository


def record(doc_id: str, text: str, *spans: tuple[int, int, str]) -> DocumentRecord:
    layer = LayerRecord("gold", "done", [Span(s, e, lb, text[s:e]) for s, e, lb in spans])
    return DocumentRecord(doc_id, text, doc_id, layers=[layer])


# Two spans in one token, on different characters: one level by offsets, two in tokens.
INSIDE = record("inside", "الولايات المتحدة", (0, 3, "ORG"), (3, 8, "GPE"))
INSIDE_CONLL = ("-DOCSTART- O O\n\n"
                "الولايات B-ORG B-GPE\n"
                "المتحدة O O\n\n")
# Two spans that overlap only in a space: two levels by offsets, one in tokens.
SPACE = record("space", "أحمد علي", (0, 5, "PER"), (4, 8, "PER"))
SPACE_CONLL = ("-DOCSTART- O\n\n"
               "أحمد B-PER\n"
               "علي B-PER\n\n")
PLAIN = record("plain", "زار بغداد", (4, 9, "GPE"))


def conll(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_tokens_nesting_deeper_than_offsets_get_their_columns(tmp_path: Path,
                                                              schema: Schema) -> None:
    assert span_depth([INSIDE], TokenOptions()) == 1
    target = tmp_path / "x.conll"
    write_conll([PLAIN, INSIDE], target, schema, TokenOptions())
    assert conll(target) == ("-DOCSTART- O O\n\nزار O O\nبغداد B-GPE O\n\n" + INSIDE_CONLL)


def test_spans_overlapping_only_in_white_space_get_one_column(tmp_path: Path,
                                                              schema: Schema) -> None:
    assert span_depth([SPACE], TokenOptions()) == 2
    target = tmp_path / "x.conll"
    write_conll([SPACE, PLAIN], target, schema, TokenOptions())
    assert conll(target) == SPACE_CONLL + "-DOCSTART- O\n\nزار O\nبغداد B-GPE\n\n"


@pytest.mark.parametrize("depth", [1, 3])
def test_a_wrong_depth_raises_and_leaves_no_file(tmp_path: Path, schema: Schema,
                                                 depth: int) -> None:
    target = tmp_path / "x.conll"
    with pytest.raises(NestingDepthDiffers) as raised:
        write_conll(iter([PLAIN, INSIDE]), target, schema, TokenOptions(), depth=depth)
    assert raised.value.depth == 2
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("docs", "expected"), [
    ([INSIDE], INSIDE_CONLL), ([SPACE], SPACE_CONLL)])
def test_the_export_writes_the_depth_in_tokens(tmp_path: Path, docs: list[DocumentRecord],
                                               expected: str) -> None:
    repo = Repository.open(tmp_path / "p.db")
    try:
        repo.import_records(docs)
        target = tmp_path / "out.conll"
        report = export(repo, ExportRequest("conll", target))
    finally:
        repo.close()
    assert conll(target) == expected
    assert report.records == 1 and report.files[0] == target
    manifest = json.loads(conll(tmp_path / "out.conll.manifest.json"))
    assert (manifest["records"], manifest["spans"]) == (1, 2)  # counted once, not per write
    written = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("p.db"))
    assert written == ["out.conll", "out.conll.manifest.json"]  # no temporary left
