"""Input that Python's own parsers choke on is one clear error naming the file and line.

json.loads raises RecursionError on deep nesting and ValueError on huge integers, and
accepts NaN/Infinity, which no JSON export may contain; Label Studio files can have any
shape; file names need not be UTF-8. Each case here crashed or imported wrong data
before (issue 11, items 1 and 9).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from annotator.core.errors import ImportFileError
from annotator.core.importers import duplicate_id_warnings, read_file
from annotator.core.schema import Schema, load_schema

TEXT = "قصفت المقاومة الإسلامية في العراق قاعدة حرير في أربيل"
FAC = "قاعدة حرير"
F0 = TEXT.index(FAC)
F1 = F0 + len(FAC)
GOOD = json.dumps({"text": "سطر جيد أول"}, ensure_ascii=False)
DEEP = "[" * 100_000 + "]" * 100_000
HUGE = "9" * 5000


@pytest.fixture(scope="module")
def schema() -> Schema:
    return load_schema()


def write(path: Path, body: str | bytes) -> Path:
    path.write_bytes(body.encode("utf-8") if isinstance(body, str) else body)
    return path


def refused(path: Path, schema: Schema, **kw: Any) -> ImportFileError:
    with pytest.raises(ImportFileError) as info:
        read_file(path, schema, **kw)
    assert "\n" not in str(info.value)
    return info.value


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "a", "meta": ' + DEEP + "}", "nested too deeply"),
        ("[" * 200_000, "nested too deeply"),
        ('{"text": "a", "meta": {"n": ' + HUGE + "}}", "more than 4,300 digits"),
        ('{"text": "abc", "label": [[0, ' + HUGE + ', "PER"]]}', "more than 4,300 digits"),
        ('{"text": "a", "meta": {"x": NaN}}', "NaN is not a JSON number"),
        ('{"text": "a", "meta": {"x": Infinity}}', "Infinity is not a JSON number"),
        ('{"text": "a", "meta": {"x": -Infinity}}', "-Infinity is not a JSON number"),
        ('{"text": "a", "meta": {"x": 1e999}}', "the number 1e999 is too large"),
    ],
    ids=["deep-meta", "brackets", "huge-meta", "huge-offset", "nan", "inf", "-inf", "1e999"],
)
def test_json_python_cannot_take_is_an_error_on_its_line(tmp_path: Path, schema: Schema,
                                                         line: str, message: str) -> None:
    path = write(tmp_path / "in.jsonl", f"{GOOD}\n{line}\n")
    err = refused(path, schema)
    assert (err.path, err.line) == (str(path), 2)
    assert message in err.reason and err.reason.startswith("invalid JSON")
    assert len(str(err)) < 200


def test_a_huge_offset_within_the_digit_limit_is_shown_short(tmp_path: Path,
                                                             schema: Schema) -> None:
    path = write(tmp_path / "in.jsonl", '{"text": "abc", "label": [[0, ' + "9" * 4000
                 + ', "PER"]]}\n')
    err = refused(path, schema)
    assert err.line == 1 and "span end 999999" in err.reason and "out of range" in err.reason
    assert len(str(err)) < 200


def test_meta_nested_deeper_than_an_export_can_write_is_refused(tmp_path: Path,
                                                                schema: Schema) -> None:
    def nested(depth: int) -> str:
        return '{"text": "a", "meta": {"x": ' + "[" * depth + "]" * depth + "}}"

    ok = write(tmp_path / "ok.jsonl", nested(50) + "\n")
    (rec,) = read_file(ok, schema)
    assert json.dumps(rec.meta).count("[") == 50
    err = refused(write(tmp_path / "deep.jsonl", nested(150) + "\n"), schema)
    assert err.line == 1 and "'meta' is nested more than 100 levels deep" in err.reason


@pytest.mark.parametrize("value", [[1], {"a": 1}, 1.5, True])
def test_an_id_must_be_a_string_or_an_integer(tmp_path: Path, schema: Schema,
                                              value: Any) -> None:
    path = write(tmp_path / "in.jsonl", json.dumps({"id": value, "text": "نص"}) + "\n")
    assert "'id' must be a string or an integer" in refused(path, schema).reason


def task(**extra: Any) -> dict[str, Any]:
    region = {"type": "labels", "value": {"start": F0, "end": F1, "labels": ["FAC"]}}
    return {"data": {"text": TEXT}, "annotations": [{"result": [region]}]} | extra


@pytest.mark.parametrize(
    ("tasks", "message"),
    [
        ([task(annotations=5)], "task 1: 'annotations' must be a list, got 5"),
        ([task(annotations={"result": []})], "task 1: 'annotations' must be a list"),
        ([task(annotations="x")], "task 1: 'annotations' must be a list"),
        ([task(), task(predictions={})], "task 2: 'predictions' must be a list"),
        ([task(data={"text": TEXT, "title": "\ud800"})],
         "task 1: 'data.title' contains an unpaired surrogate"),
        ([task(data={"text": TEXT, "id": "\ud800"})],
         "task 1: 'data.id' contains an unpaired surrogate"),
        ([task(meta={"note": ["a", "\udfff"]})],
         "task 1: 'meta.note[1]' contains an unpaired surrogate"),
        ([task(data={"text": TEXT, "id": [1]})], "'id' must be a string or an integer"),
    ],
    ids=["annotations-int", "annotations-object", "annotations-str", "predictions-object",
         "surrogate-title", "surrogate-id", "surrogate-meta", "id-list"],
)
def test_label_studio_shapes_that_crashed_or_lost_spans(tmp_path: Path, schema: Schema,
                                                        tasks: list, message: str) -> None:
    path = write(tmp_path / "tasks.json", json.dumps(tasks))
    err = refused(path, schema)
    assert message in str(err), str(err)


@pytest.mark.parametrize(("body", "message"), [
    ("[" * 200_000, "nested too deeply"),
    (json.dumps([task()]).replace(f'"start": {F0}', f'"start": {HUGE}'), "4,300 digits"),
    (json.dumps([task()]).replace(f'"end": {F1}', '"end": NaN'), "NaN is not a JSON number"),
])
def test_label_studio_json_python_cannot_take(tmp_path: Path, schema: Schema, body: str,
                                              message: str) -> None:
    err = refused(write(tmp_path / "tasks.json", body), schema)
    assert message in err.reason


def test_spacy_line_nested_too_deeply(tmp_path: Path, schema: Schema) -> None:
    path = write(tmp_path / "sp.jsonl", '{"text": "a b", "tokens": ' + DEEP + "}\n")
    err = refused(path, schema, fmt="spacy")
    assert err.line == 1 and "nested too deeply" in err.reason


# ------------------------------------------------------------ detection by content
DOCCANO = json.dumps({"id": 3, "text": TEXT, "label": [[F0, F1, "FAC"]]}, ensure_ascii=False)


def test_doccano_saved_under_another_suffix_is_read_as_json_lines(tmp_path: Path,
                                                                  schema: Schema) -> None:
    (rec,) = read_file(write(tmp_path / "gold.doccano", DOCCANO + "\n"), schema)
    assert (rec.external_id, rec.text) == ("3", TEXT)
    assert [(s.text, s.label) for s in rec.layers[0].spans] == [(FAC, "FAC")]
    # Its errors then name the line, as for a .jsonl file.
    bad = write(tmp_path / "export", DOCCANO + "\n" + DOCCANO.replace('"FAC"', '"BASE"') + "\n")
    err = refused(bad, schema)
    assert err.line == 2 and 'unknown label "BASE"' in err.reason


def test_label_studio_saved_under_another_suffix_is_read_as_tasks(tmp_path: Path,
                                                                  schema: Schema) -> None:
    (rec,) = read_file(write(tmp_path / "tasks.export", json.dumps([task()])), schema)
    assert rec.text == TEXT and [s.text for s in rec.layers[0].spans] == [FAC]


def test_text_with_an_unknown_suffix_stays_text(tmp_path: Path, schema: Schema) -> None:
    for body in ["{ملاحظة} في بداية السطر\n", "[تحديث] خبر عاجل\n", '{"not": "a record"}\n']:
        (rec,) = read_file(write(tmp_path / "notes.md", body), schema)
        assert rec.text == body


@pytest.mark.parametrize(("body", "kind"), [(DOCCANO + "\n", "jsonl"),
                                            (json.dumps([task()]), "label-studio")])
def test_txt_file_holding_json_records_is_refused_with_a_hint(tmp_path: Path, schema: Schema,
                                                              body: str, kind: str) -> None:
    path = write(tmp_path / "gold.txt", body)
    err = refused(path, schema)
    assert err.reason.startswith("looks like ")
    assert f"pass --format {kind} to import its records" in err.reason
    assert "--format txt to import the file as one text" in err.reason
    (as_text,) = read_file(path, schema, fmt="txt")
    assert as_text.text == body
    assert len(read_file(path, schema, fmt=kind)) == 1


# ------------------------------------------------------------ names and warnings
def test_a_file_name_that_is_not_utf8_is_stored_escaped(tmp_path: Path,
                                                        schema: Schema) -> None:
    name = os.fsdecode(b"bad\xffname.txt")
    (rec,) = read_file(write(tmp_path / name, "a\nb"), schema)
    assert rec.external_id == "bad\\xffname"
    assert rec.source.endswith("/bad\\xffname.txt")
    err = refused(write(tmp_path / os.fsdecode(b"x\xfe.jsonl"), "{broken\n"), schema)
    assert err.path.endswith("/x\\xfe.jsonl")
    str(err).encode("utf-8")  # printable anywhere


def test_same_id_with_different_texts_is_a_warning(tmp_path: Path, schema: Schema) -> None:
    lines = [{"id": "d1", "text": "الأول"}, {"id": "d2", "text": "الثاني"},
             {"id": "d1", "text": "نص آخر"}, {"id": "d2", "text": "الثاني"}]
    path = write(tmp_path / "ids.jsonl", "\n".join(json.dumps(r, ensure_ascii=False)
                                                     for r in lines) + "\n")
    records = read_file(path, schema)
    assert duplicate_id_warnings("ids.jsonl", records) == [
        'ids.jsonl:3: id "d1" is also the id of line 1, with a different text (both imported)']
    tasks = [{"id": 5, "data": {"text": "أ"}}, {"id": 5, "data": {"text": "ب"}}]
    records = read_file(write(tmp_path / "t.json", json.dumps(tasks)), schema)
    assert duplicate_id_warnings("t.json", records) == [
        't.json: record 2: id "5" is also the id of record 1, with a different text '
        "(both imported)"]
