"""doccano, Label Studio and CSV span exports: content, offsets, re-import."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from annotator.core.errors import ImportFileError, SpanError
from annotator.core.exporters.csv_spans import write_csv
from annotator.core.exporters.doccano import write_doccano
from annotator.core.exporters.label_studio import write_label_studio
from annotator.core.exporters.options import TokenOptions
from annotator.core.importers import read_file
from annotator.core.schema import load_schema
from annotator.core.types import DocumentRecord, LayerRecord, Span

SCHEMA = load_schema()
OPTIONS = TokenOptions()
GOLD = Path(__file__).resolve().parents[1] / "data" / "training" / "gold.jsonl"
# An emoji (two UTF-16 units) before the span, one inside another span, and a quote,
# comma and line break inside span texts for the CSV quoting.
TEXT = '🔴 عاجل: قصف "حماس، غزة"\nفي 📍عين الأسد'


def span(text: str, sub: str, label: str, after: int = 0) -> Span:
    start = text.index(sub, after)
    return Span(start, start + len(sub), label, sub)


def record(text: str = TEXT, layer: str = "gold",
           spans: list[Span] | None = None) -> DocumentRecord:
    if spans is None:
        spans = [span(text, "حماس", "ARMED_GROUP"), span(text, '"حماس، غزة"\nفي', "LOC"),
                 span(text, "📍عين الأسد", "FAC"), span(text, "عين الأسد", "FAC")]
    return DocumentRecord("doc-1", text, "عاجل", "seed", {"outlet": "x"},
                          [LayerRecord(layer, "done", spans)])


def gold_records() -> list[DocumentRecord]:
    """The shared fixture, one record per layer."""
    docs = read_file(GOLD, load_schema(), "auto")
    return [DocumentRecord(d.external_id, d.text, d.title, d.source, d.meta, [lr])
            for d in docs for lr in d.layers]


def test_doccano_lines(tmp_path: Path) -> None:
    out = tmp_path / "d.jsonl"
    report = write_doccano([record()], out, SCHEMA, OPTIONS)
    (line,) = out.read_text(encoding="utf-8").splitlines()
    rec = json.loads(line)
    assert rec["id"] == "doc-1" and rec["text"] == TEXT
    assert rec["meta"] == {"title": "عاجل", "source": "seed", "outlet": "x"}
    assert rec["annotation_layer"] == "gold"
    # Code points, text order (start, longer first).
    assert [TEXT[s:e] for s, e, _ in rec["label"]] == [
        '"حماس، غزة"\nفي', "حماس", "📍عين الأسد", "عين الأسد"]
    assert [lb for *_, lb in rec["label"]] == ["LOC", "ARMED_GROUP", "FAC", "FAC"]
    assert (report.records, report.spans, report.files) == (1, 4, [out])


def test_label_studio_counts_utf16_units(tmp_path: Path) -> None:
    out = tmp_path / "ls.json"
    write_label_studio([record()], out, SCHEMA, OPTIONS)
    (task,) = json.loads(out.read_text(encoding="utf-8"))
    assert task["data"]["text"] == TEXT and task["data"]["id"] == "doc-1"
    results = task["annotations"][0]["result"]
    units = TEXT.encode("utf-16-le")
    for r in results:
        assert (r["from_name"], r["to_name"], r["type"]) == ("label", "text", "labels")
        v = r["value"]
        # What a browser's String.slice(start, end) would show.
        assert units[2 * v["start"]:2 * v["end"]].decode("utf-16-le") == v["text"]
    hamas = next(r["value"] for r in results if r["value"]["labels"] == ["ARMED_GROUP"])
    cp = TEXT.index("حماس")
    assert (hamas["start"], hamas["end"]) == (cp + 1, cp + 5)  # one emoji before: +1 unit
    inner = next(r["value"] for r in results if r["value"]["text"] == "عين الأسد")
    cp = TEXT.index("عين")
    assert inner["start"] == cp + 2  # two emoji before it


def test_label_studio_file_is_a_json_array_even_when_empty(tmp_path: Path) -> None:
    out = tmp_path / "ls.json"
    write_label_studio([], out, SCHEMA, OPTIONS)
    assert json.loads(out.read_text(encoding="utf-8")) == []


def test_label_studio_round_trip_gives_the_same_spans(tmp_path: Path) -> None:
    out = tmp_path / "ls.json"
    sources = [record(), *gold_records()]
    write_label_studio(sources, out, SCHEMA, OPTIONS)
    back = read_file(out, load_schema(), "auto", layer="gold")
    assert [d.text for d in back] == [d.text for d in sources]
    for got, want in zip(back, sources, strict=True):
        (layer,) = got.layers
        assert {(s.start, s.end, s.label, s.text) for s in layer.spans} == {
            (s.start, s.end, s.label, s.text) for s in want.layers[0].spans}
        assert got.external_id == want.external_id and got.meta == want.meta


def test_label_studio_offsets_inside_an_emoji_are_refused(tmp_path: Path) -> None:
    task = {"data": {"text": TEXT}, "annotations": [{"result": [
        {"from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": 1, "end": 3, "labels": ["PER"]}}]}]}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps([task]), encoding="utf-8")
    with pytest.raises(ImportFileError, match="task 1: UTF-16 offsets"):
        read_file(path, load_schema(), "auto")


def test_doccano_round_trip_gives_the_same_spans(tmp_path: Path) -> None:
    out = tmp_path / "d.jsonl"
    sources = [record(), *gold_records()]
    write_doccano(sources, out, SCHEMA, OPTIONS)
    back = read_file(out, load_schema(), "auto")
    for got, want in zip(back, sources, strict=True):
        assert got.text == want.text
        assert {(s.start, s.end, s.label) for s in got.layers[0].spans} == {
            (s.start, s.end, s.label) for s in want.layers[0].spans}


def test_csv_has_bom_quotes_and_exact_texts(tmp_path: Path) -> None:
    out = tmp_path / "s.csv"
    docs = [record(), *gold_records()]
    report = write_csv(docs, out, SCHEMA, OPTIONS)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # so Excel reads UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["document", "layer", "start", "end", "label", "text"]
    texts = {d.external_id: d.text for d in docs}
    assert len(rows) - 1 == report.spans == sum(len(d.layers[0].spans) for d in docs)
    for doc, _layer, start, end, _label, text in rows[1:]:
        assert texts[doc][int(start):int(end)] == text  # comma, quote, line break intact
    assert ["doc-1", "gold", str(TEXT.index('"')), str(TEXT.index("في") + 2), "LOC",
            '"حماس، غزة"\nفي'] in rows
    assert b'"""\xd8\xad' in raw  # the quote inside a span is doubled inside quotes


@pytest.mark.parametrize("writer", [write_doccano, write_label_studio, write_csv])
def test_a_span_that_does_not_match_its_text_stops_the_export(tmp_path: Path, writer) -> None:
    out = tmp_path / "x"
    bad = record(spans=[Span(0, 2, "PER", "xx")])
    with pytest.raises(SpanError):
        writer([bad], out, SCHEMA, OPTIONS)
    assert list(tmp_path.iterdir()) == []  # nothing half-written
