"""Reading files into records: formats, offsets and one clear error per bad file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from annotator.core.errors import ImportFileError, UserError
from annotator.core.importers import collect_files, read_file
from annotator.core.schema import Schema, load_schema

TEXT = "قصفت المقاومة الإسلامية في العراق قاعدة حرير في أربيل"
GROUP = "المقاومة الإسلامية في العراق"
FAC = "قاعدة حرير"


def at(sub: str, text: str = TEXT) -> tuple[int, int]:
    i = text.index(sub)
    return i, i + len(sub)


@pytest.fixture(scope="module")
def schema() -> Schema:
    return load_schema()


def write_jsonl(path: Path, records: list[Any]) -> Path:
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)
                  for r in records) + "\n",
        encoding="utf-8",
    )
    return path


def read_one(tmp_path: Path, schema: Schema, record: Any, **kw: Any):
    path = write_jsonl(tmp_path / "in.jsonl", [record])
    (rec,) = read_file(path, schema, **kw)
    return rec


def error_of(tmp_path: Path, schema: Schema, records: list[Any], **kw: Any) -> ImportFileError:
    path = write_jsonl(tmp_path / "bad.jsonl", records)
    with pytest.raises(ImportFileError) as info:
        read_file(path, schema, **kw)
    assert str(info.value).startswith(f"{path}:")
    return info.value


def test_txt_file(tmp_path: Path, schema: Schema) -> None:
    path = tmp_path / "خبر_1.txt"
    path.write_bytes(("\n  \n" + "عنوان الخبر  \r\nالنص.\r\n").encode("utf-8"))
    (rec,) = read_file(path, schema)
    assert rec.external_id == "خبر_1"
    assert rec.title == "عنوان الخبر"
    assert rec.text == "\n  \nعنوان الخبر  \nالنص.\n"
    assert rec.layers == []


def test_doccano_label_shape(tmp_path: Path, schema: Schema) -> None:
    rec = read_one(tmp_path, schema, {"id": 7, "text": TEXT,
                                      "label": [[*at(GROUP), "ARMED_GROUP"], [*at(FAC), "FAC"]]},
                   layer="ali")
    assert rec.external_id == "7"
    (layer,) = rec.layers
    assert layer.layer == "ali"
    assert [(s.text, s.label, s.origin) for s in layer.spans] == [
        (GROUP, "ARMED_GROUP", "imported"), (FAC, "FAC", "imported"),
    ]


def test_doccano_entities_shape(tmp_path: Path, schema: Schema) -> None:
    s, e = at("أربيل")
    rec = read_one(tmp_path, schema, {"text": TEXT, "entities": [
        {"id": 1, "start_offset": s, "end_offset": e, "label": "GPE"}], "relations": []})
    assert rec.layers[0].layer == "imported"
    assert [(sp.start, sp.end, sp.text) for sp in rec.layers[0].spans] == [(s, e, "أربيل")]


def test_prodigy_spans(tmp_path: Path, schema: Schema) -> None:
    s, e = at(FAC)
    rec = read_one(tmp_path, schema, {"text": TEXT, "meta": {"source": "prodigy"},
                                      "spans": [{"start": s, "end": e, "label": "FAC",
                                                 "token_start": 5, "token_end": 6}]})
    assert rec.source == "prodigy"
    assert rec.layers[0].spans[0].text == FAC


def test_native_with_event(tmp_path: Path, schema: Schema) -> None:
    rec = read_one(tmp_path, schema, {
        "id": "doc-1", "text": TEXT, "meta": {"title": "خبر", "source": "s", "lang": "ar"},
        "layer": "gold", "status": "done",
        "spans": [{"id": 1, "start": 0, "end": 4, "label": "ATTACK", "text": "قصفت"},
                  {"id": 2, "start": at(GROUP)[0], "end": at(GROUP)[1], "label": "ARMED_GROUP"},
                  {"id": 3, "start": at(FAC)[0], "end": at(FAC)[1], "label": "FAC"}],
        "events": [{"id": 1, "type": "ATTACK", "trigger": 1,
                    "arguments": [{"role": "Attacker", "span": 2}, {"role": "Target", "span": 3}],
                    "attributes": {"polarity": "positive", "mode": "missile_rocket"}}],
    })
    assert (rec.external_id, rec.title, rec.source, rec.meta) == ("doc-1", "خبر", "s",
                                                                   {"lang": "ar"})
    (layer,) = rec.layers
    assert (layer.layer, layer.status) == ("gold", "done")
    (event,) = layer.events
    assert event.type == "ATTACK" and event.trigger == 1
    assert [(a.role, a.span) for a in event.arguments] == [("Attacker", 2), ("Target", 3)]


def test_offsets_are_carried_through_crlf_and_nfc(tmp_path: Path, schema: Schema) -> None:
    raw = "Cafe\u0301\r\nقاعدة حرير\r\n"
    s, e = at(FAC, raw)
    rec = read_one(tmp_path, schema, {"text": raw, "spans": [{"start": s, "end": e,
                                                              "label": "FAC"}]})
    assert rec.text == "Caf\u00e9\nقاعدة حرير\n"
    (span,) = rec.layers[0].spans
    assert rec.text[span.start:span.end] == span.text == FAC
    assert (span.start, span.end) == (s - 2, e - 2)  # one mark composed, one \r dropped


def test_broken_line_names_line_and_nothing_is_returned(tmp_path: Path, schema: Schema) -> None:
    err = error_of(tmp_path, schema, [{"text": "أول"}, {"text": "ثان"}, '{"text": "ثالث",'])
    assert err.line == 3
    assert "invalid JSON" in str(err)


@pytest.mark.parametrize(
    ("span", "message"),
    [
        ({"start": 0, "end": 999, "label": "GPE"}, "out of range"),
        ({"start": 0, "end": 4, "label": "GPE", "text": "بغداد"}, "does not match"),
        ({"start": 0, "end": 4, "label": "CITY"}, 'unknown label "CITY"'),
        ({"start": "0", "end": 4, "label": "GPE"}, "span start must be an integer"),
        ({"start": 0, "end": 4, "label": ["GPE"]}, "unknown label"),
    ],
)
def test_bad_span_names_the_line(tmp_path: Path, schema: Schema, span: dict,
                                 message: str) -> None:
    err = error_of(tmp_path, schema, [{"text": "أول"}, {"text": TEXT, "spans": [span]}])
    assert err.line == 2
    assert message in str(err)


def native(spans: list[dict], events: list[Any], **extra: Any) -> dict:
    return {"text": TEXT, "layer": "gold", "spans": spans, "events": events, **extra}


TRIGGER = {"id": 1, "start": 0, "end": 4, "label": "ATTACK"}
ACTOR = {"id": 2, "start": at(GROUP)[0], "end": at(GROUP)[1], "label": "ARMED_GROUP"}


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (native([TRIGGER], [{"type": "BOMBING", "trigger": 1}]), "unknown event type"),
        (native([TRIGGER], [{"type": "ATTACK", "trigger": 9}]), "trigger 9 is not a span id"),
        (native([TRIGGER], [{"type": "ATTACK", "trigger": [1]}]), "is not a span id"),
        (native([TRIGGER, ACTOR], [{"type": "ATTACK", "trigger": 2}]),
         "its trigger span is labelled ARMED_GROUP"),
        (native([TRIGGER, ACTOR], [{"type": "ATTACK", "trigger": 1, "arguments": 5}]),
         "'arguments' must be a list"),
        (native([TRIGGER, ACTOR], [{"type": "ATTACK", "trigger": 1,
                                    "arguments": [{"role": "Victim", "span": 2}]}]),
         "unknown role"),
        (native([TRIGGER, ACTOR], [{"type": "ATTACK", "trigger": 1,
                                    "arguments": [{"role": "Attacker", "span": [2]}]}]),
         "span [2] is not a span id"),
        (native([TRIGGER, ACTOR], [{"type": "ATTACK", "trigger": 1,
                                    "arguments": [{"role": "Instrument", "span": 2}]}]),
         "does not accept a ARMED_GROUP span"),
        (native([TRIGGER, ACTOR, dict(ACTOR, id=3, end=ACTOR["end"] - 3)],
                [{"type": "ATTACK", "trigger": 1,
                  "arguments": [{"role": "Attacker", "span": 2},
                                {"role": "Attacker", "span": 3}]}]),
         "role Attacker: takes one span only"),
        (native([TRIGGER], [{"type": "ATTACK", "trigger": 1,
                             "attributes": {"polarity": "sideways"}}]),
         "attribute 'polarity' is \"sideways\""),
        (native([TRIGGER], [{"type": "ATTACK", "trigger": 1, "attributes": {"colour": "red"}}]),
         "unknown attribute 'colour'"),
        (native([TRIGGER], [{"type": "ATTACK", "trigger": 1, "attributes": {"count": 3}}]),
         "unknown attribute 'count'"),
        (native([TRIGGER], [], status="finished"), 'unknown status "finished"'),
        (native([TRIGGER], [], status=["done"]), "unknown status"),
        (native([TRIGGER, dict(TRIGGER, start=5, end=7)], []), "span id 1 is used twice"),
        ({"text": TEXT, "spans": [TRIGGER], "layer": None, "schema": {}},
         "needs a 'layer'"),
        ({"text": TEXT, "text_sha256": "0" * 64}, "'text_sha256' does not match"),
        ({"text": "   "}, "'text' is missing or empty"),
        ({"text": "a\u0000b"}, "NUL"),
        ('{"text": "a \\ud800 b"}', "unpaired surrogate"),
        ('{"text": "a", "meta": {"note": "\\udfff"}}', "unpaired surrogate"),
        ('["not", "an", "object"]', "must be a JSON object"),
        ({"text": TEXT, "label": "ORG"}, "'label' must be a list"),
        ({"text": TEXT, "label": [[0, 4]]}, "cannot read span"),
    ],
)
def test_malformed_records_are_one_clear_error(tmp_path: Path, schema: Schema, record: Any,
                                               message: str) -> None:
    err = error_of(tmp_path, schema, [record])
    assert err.line == 1
    assert message in str(err)


def test_integer_attribute(tmp_path: Path, schema: Schema) -> None:
    trigger = {"id": 1, "start": 0, "end": 4, "label": "CASUALTY"}
    good = {"type": "CASUALTY", "trigger": 1, "attributes": {"count": 3, "modality": None}}
    rec = read_one(tmp_path, schema, native([trigger], [good]))
    assert rec.layers[0].events[0].attributes == {"count": 3, "modality": None}
    for value in ["three", -1, 2.5, True]:
        bad = dict(good, attributes={"count": value})
        message = str(error_of(tmp_path, schema, [native([trigger], [bad])]))
        assert "'count' must be a whole number" in message


def test_span_boundary_splitting_crlf_is_refused(tmp_path: Path, schema: Schema) -> None:
    err = error_of(tmp_path, schema, [{"text": "ab\r\ncd", "spans": [
        {"start": 0, "end": 3, "label": "GPE"}]}])
    assert "splits a line ending" in str(err)


def test_empty_and_binary_files(tmp_path: Path, schema: Schema) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.jsonl"
    blank.write_bytes(b"\xef\xbb\xbf \n\n")
    png = tmp_path / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    for path, message in [(empty, "empty file"), (blank, "empty file"), (png, "binary")]:
        with pytest.raises(ImportFileError, match=message) as info:
            read_file(path, schema)
        assert info.value.path == str(path)


def test_collect_files_recurses_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    for name in ["a/one.txt", "a/b/two.JSONL", "a/notes.md", ".git/x.txt", "a/.hidden.txt"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in collect_files([tmp_path])]
    assert found == ["a/b/two.JSONL", "a/one.txt"]
    with pytest.raises(UserError, match="no such file or folder"):
        collect_files([tmp_path / "missing.txt"])
