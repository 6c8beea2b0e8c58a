"""The native JSONL writer and the atomic file writer."""

from __future__ import annotations

import gc
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.errors import SpanError, UserError
from annotator.core.exporters import write_lines_atomic
from annotator.core.exporters.jsonl import jsonl_lines
from annotator.core.types import Argument, DocumentRecord, Event, LayerRecord, Span

TEXT = "هاجمت طائرة مسيرة قاعدة عين الأسد"
SCHEMA = {"name": "default", "version": 1}


def span(sub: str, label: str, span_id: int) -> Span:
    i = TEXT.index(sub)
    return Span(i, i + len(sub), label, sub, span_id)


def test_record_layout_and_local_ids() -> None:
    spans = [span("قاعدة عين الأسد", "FAC", 40), span("عين الأسد", "FAC", 12),
             span("هاجمت", "ATTACK", 7), span("طائرة مسيرة", "WEAPON", 3)]
    event = Event("ATTACK", 7, (Argument("Target", 40), Argument("Instrument", 3)),
                  {"polarity": "positive", "mode": "air_drone_strike"}, id=99)
    doc = DocumentRecord("doc-1", TEXT, "عنوان", "src.txt", {"z": 1, "a": "ب"},
                         [LayerRecord("gold", "done", spans, [event])])
    (line,) = jsonl_lines([doc], SCHEMA)
    assert "\\u" not in line and "هاجمت" in line  # UTF-8, not ASCII-escaped
    rec = json.loads(line)
    assert list(rec) == ["id", "text", "text_sha256", "meta", "layer", "status", "spans",
                         "events", "schema"]
    assert list(rec["meta"]) == ["title", "source", "a", "z"]
    assert [(s["id"], s["text"]) for s in rec["spans"]] == [
        (1, "هاجمت"), (2, "طائرة مسيرة"), (3, "قاعدة عين الأسد"), (4, "عين الأسد"),
    ]
    assert rec["events"] == [{
        "id": 1, "type": "ATTACK", "trigger": 1,
        "arguments": [{"role": "Instrument", "span": 2}, {"role": "Target", "span": 3}],
        "attributes": {"mode": "air_drone_strike", "polarity": "positive"},
    }]


def test_document_without_layers_is_written_once_with_null_layer() -> None:
    (line,) = jsonl_lines([DocumentRecord("d", TEXT, "t")], SCHEMA)
    rec = json.loads(line)
    assert (rec["layer"], rec["status"], rec["spans"], rec["events"]) == (None, None, [], [])


def test_unicode_line_separators_are_escaped_so_a_record_stays_one_line() -> None:
    text = "سطر\u2028سطر\u2029فقرة\x85NEL"
    (line,) = jsonl_lines([DocumentRecord("d", text, "t")], SCHEMA)
    assert len(line.splitlines()) == 1
    assert "\\u2028" in line and "سطر" in line
    assert json.loads(line)["text"] == text


def test_a_span_whose_text_drifted_is_not_exported() -> None:
    bad = Span(0, 5, "ATTACK", "هجوم", 1)
    doc = DocumentRecord("d", TEXT, "t", layers=[LayerRecord("gold", "new", [bad])])
    with pytest.raises(SpanError):
        list(jsonl_lines([doc], SCHEMA))


def test_a_boolean_offset_is_refused_not_written_as_true() -> None:
    doc = DocumentRecord("d", TEXT, "t",
                         layers=[LayerRecord("gold", "new", [Span(True, 5, "GPE", TEXT[1:5])])])
    with pytest.raises(SpanError, match="integers"):
        list(jsonl_lines([doc], SCHEMA))


def escape_line_breaks(line: str) -> str:
    return line.replace("\x85", "\\u0085").replace("\u2028", "\\u2028").replace(
        "\u2029", "\\u2029")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8)


@st.composite
def records(draw: st.DrawFn) -> DocumentRecord:
    """Any strings (quotes, backslashes, control and line-break characters), any spans."""
    text = draw(st.text(min_size=1, max_size=40))
    layers = []
    for name in draw(st.lists(st.text(max_size=5), max_size=3, unique=True)):
        spans = []
        for n in range(draw(st.integers(0, 6))):
            a = draw(st.integers(0, len(text) - 1))
            b = draw(st.integers(a + 1, len(text)))
            spans.append(Span(a, b, draw(st.text(min_size=1, max_size=6)), text[a:b], n))
        events = [Event("ATTACK", s.id, tuple(Argument(draw(st.text(max_size=4)), o.id)
                                              for o in spans[:2]),
                        draw(st.dictionaries(st.text(max_size=4), json_values, max_size=2)))
                  for s in spans if draw(st.booleans())]
        layers.append(LayerRecord(name, draw(st.sampled_from(["new", "done"])), spans,
                                  events))
    return DocumentRecord(draw(st.text(max_size=8)), text, draw(st.text(max_size=8)),
                          draw(st.text(max_size=8)),
                          draw(st.dictionaries(st.text(max_size=5), json_values, max_size=3)),
                          layers)


@settings(max_examples=300, deadline=None)
@given(records())
def test_lines_are_the_bytes_json_dumps_writes(doc: DocumentRecord) -> None:
    """The writer builds lines from templates; they must equal json.dumps of the record."""
    lines = list(jsonl_lines([doc], SCHEMA))
    assert len(lines) == max(1, len(doc.layers))
    for line, layer in zip(lines, doc.layers or [LayerRecord(None)], strict=True):
        rec = json.loads(line)
        assert line == escape_line_breaks(json.dumps(rec, ensure_ascii=False))
        assert len(line.splitlines()) == 1
        assert (rec["id"], rec["text"], rec["layer"]) == (doc.external_id, doc.text,
                                                           layer.layer)
        assert sorted((s["start"], -s["end"], s["label"]) for s in rec["spans"]) == [
            (s["start"], -s["end"], s["label"]) for s in rec["spans"]]
        assert sorted((s["start"], s["end"], s["label"], s["text"]) for s in rec["spans"]) \
            == sorted((s.start, s.end, s.label, s.text) for s in layer.spans)
        assert len(rec["events"]) == len(layer.events)


def test_writing_pauses_the_collector_and_restores_it(tmp_path: Path) -> None:
    seen = []

    def lines() -> Iterator[str]:
        seen.append(gc.isenabled())
        yield "x"

    assert gc.isenabled()
    write_lines_atomic(lines(), tmp_path / "out.jsonl")
    assert seen == [False] and gc.isenabled()


def test_atomic_write_leaves_no_temporary_files(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    assert write_lines_atomic(["أ", "ب"], target) == 2
    assert target.read_bytes() == "أ\nب\n".encode()
    assert os.listdir(tmp_path) == ["out.jsonl"]


def test_lines_encoded_by_a_worker_are_written_as_the_same_bytes(
        tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    # The token exports' worker processes hand back UTF-8 bytes, mixed here with text.
    lines = ["أ «ب»", "ج\u2028د".encode(), ""]
    target = tmp_path / "out.jsonl"
    assert write_lines_atomic(lines, target) == 3
    assert target.read_bytes() == "أ «ب»\nج\u2028د\n\n".encode()
    assert write_lines_atomic(lines, "-") == 3
    assert capsysbinary.readouterr().out == target.read_bytes()


def test_failed_export_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_bytes(b"old\n")

    def lines() -> Iterator[str]:
        yield "new"
        raise SpanError("boom")

    with pytest.raises(SpanError):
        write_lines_atomic(lines(), target)
    assert target.read_bytes() == b"old\n"
    assert os.listdir(tmp_path) == ["out.jsonl"]


def test_export_file_is_as_readable_as_any_other_file(tmp_path: Path) -> None:
    """The temporary file must not pass its private 0600 mode on to the export."""
    target = tmp_path / "out.jsonl"
    old = os.umask(0o022)
    try:
        write_lines_atomic(["x"], target)
    finally:
        os.umask(old)
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_target_folder_problems_are_user_errors(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        write_lines_atomic(["x"], tmp_path / "missing" / "out.jsonl")
    with pytest.raises(UserError, match="is a folder"):
        write_lines_atomic(["x"], tmp_path)
    assert os.listdir(tmp_path) == []
