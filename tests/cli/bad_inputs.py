"""Malformed input files for the bad-input suite (test_bad_input_suite.py), by category.

Every case is a file `annotator import` must refuse as a whole, with one error line
naming it (and the line, where the format has lines) and containing `says`. The
categories are the ones issue 11 lists (deep nesting, huge integers, NaN, Label Studio
shapes, lone surrogates, non-UTF-8 file names, duplicate ids are a warning and tested
apart) plus those the README promises (encodings, binary and empty files, bad offsets,
unknown labels, a broken line in a batch), across every import format.
"""

from __future__ import annotations

import codecs
import json
from dataclasses import dataclass
from typing import Any

T = "قصفت المقاومة الإسلامية في العراق قاعدة حرير في أربيل"
TRIGGER = (0, 4)  # قصفت
GROUP = (T.index("المقاومة"), T.index("المقاومة") + len("المقاومة الإسلامية في العراق"))
ERBIL = (T.index("أربيل"), len(T))
FAC = (T.index("قاعدة حرير"), T.index("قاعدة حرير") + len("قاعدة حرير"))
DEEP = "[" * 100_000 + "]" * 100_000
HUGE = "9" * 5000  # over Python's 4,300-digit limit for int()
LONG = "9" * 4000  # under it, but far out of any text


@dataclass(frozen=True)
class Bad:
    category: str
    name: str | bytes  # bytes: a file name that is not valid UTF-8
    body: bytes | None  # None: the path does not exist
    says: str  # a fragment of the one error line
    line: int | None = None  # the line the error must name, where the format has lines
    fmt: str = "auto"  # --format for the whole batch (the good files match it)
    encoding: str | None = None
    in_folder: bool = False  # the batch names the folder holding the file


def jl(*records: Any, ascii_only: bool = False) -> bytes:
    """JSON lines: dicts are dumped, strings written as they are."""
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=ascii_only)) + "\n"
                   for r in records).encode("utf-8")


GOOD_RECORD = {"text": "سجل سليم أول في الملف"}  # line 1 of a file that fails later


def doccano(*spans: Any, **extra: Any) -> dict[str, Any]:
    return {"text": T, "label": list(spans)} | extra


def prodigy(*spans: Any, **extra: Any) -> dict[str, Any]:
    return {"text": T, "spans": list(spans)} | extra


def native(spans: list[Any] | None = None, events: list[Any] | None = None,
           **extra: Any) -> dict[str, Any]:
    if spans is None:
        spans = [{"id": 1, "start": TRIGGER[0], "end": TRIGGER[1], "label": "ATTACK"},
                 {"id": 2, "start": GROUP[0], "end": GROUP[1], "label": "ARMED_GROUP"},
                 {"id": 3, "start": FAC[0], "end": FAC[1], "label": "FAC"},
                 {"id": 4, "start": ERBIL[0], "end": ERBIL[1], "label": "GPE"}]
    return {"id": "n1", "text": T, "layer": "gold", "status": "done", "spans": spans,
            "events": events or []} | extra


def event(**extra: Any) -> dict[str, Any]:
    return {"type": "ATTACK", "trigger": 1, "arguments": [{"role": "Attacker", "span": 2},
                                                           {"role": "Target", "span": 3}],
            "attributes": {}} | extra


def region(start: Any = FAC[0], end: Any = FAC[1], labels: Any = ("FAC",)) -> dict[str, Any]:
    return {"type": "labels", "from_name": "label", "to_name": "text",
            "value": {"start": start, "end": end, "labels": list(labels)}}


def task(**extra: Any) -> dict[str, Any]:
    return {"id": 1, "data": {"text": T}, "annotations": [{"result": [region()]}]} | extra


def ls(*tasks: Any, ascii_only: bool = False) -> bytes:
    return json.dumps(list(tasks), ensure_ascii=ascii_only).encode("utf-8")


def spacy_record(**extra: Any) -> dict[str, Any]:
    words = T.split(" ")
    tokens, at = [], 0
    for i, w in enumerate(words):
        tokens.append({"text": w, "start": at, "end": at + len(w), "id": i})
        at += len(w) + 1
    return {"text": T, "tokens": tokens,
            "spans": [{"start": FAC[0], "end": FAC[1], "label": "FAC", "token_start": 5,
                       "token_end": 6}]} | extra


def conll(*rows: str) -> bytes:
    return ("\n".join(rows) + "\n").encode("utf-8")


def _deep_nesting() -> list[Bad]:
    c = "deep nesting"
    too_deep = "nested too deeply"
    return [
        Bad(c, "meta.jsonl", jl(GOOD_RECORD, '{"text": "a", "meta": ' + DEEP + "}"), too_deep, 2),
        Bad(c, "brackets.jsonl", ("[" * 200_000 + "\n").encode(), too_deep, 1),
        Bad(c, "objects.jsonl", ('{"a": ' * 100_000 + "1" + "}" * 100_000 + "\n").encode(),
            too_deep, 1),
        Bad(c, "doccano.jsonl", jl('{"text": "a", "label": ' + DEEP + "}"), too_deep, 1),
        Bad(c, "prodigy.jsonl", jl('{"text": "a", "spans": ' + DEEP + "}"), too_deep, 1),
        Bad(c, "events.jsonl", jl('{"text": "a", "layer": "x", "events": ' + DEEP + "}"),
            too_deep, 1),
        Bad(c, "ls-data.json", ('[{"data": {"text": "x", "more": ' + DEEP + "}}]").encode(),
            too_deep),
        Bad(c, "ls-brackets.json", ("[" * 200_000).encode(), too_deep),
        Bad(c, "ls-result.json", ('[{"data": {"text": "x"}, "annotations": [{"result": '
                                  + DEEP + "}]}]").encode(), too_deep),
        Bad(c, "spacy.jsonl", jl('{"text": "a b", "tokens": ' + DEEP + "}"), too_deep, 1,
            fmt="spacy"),
        Bad(c, "spacy-brackets.jsonl", ("[" * 200_000 + "\n").encode(), too_deep, 1,
            fmt="spacy"),
        Bad(c, "meta-150.jsonl", jl('{"text": "a", "meta": {"x": ' + "[" * 150 + "]" * 150
                                    + "}}"), "'meta' is nested more than 100 levels", 1),
        Bad(c, "ls-meta-150.json", ('[{"data": {"text": "x"}, "meta": {"x": ' + "[" * 150
                                    + "]" * 150 + "}}]").encode(), "nested more than 100"),
        Bad(c, "gold.doccano", jl('{"text": "a", "label": ' + DEEP + "}"), too_deep, 1),
    ]


def _huge_integers() -> list[Bad]:
    c = "huge integers"
    digits = "more than 4,300 digits"
    span = f'{{"id": 1, "start": 0, "end": {HUGE}, "label": "GPE"}}'
    return [
        Bad(c, "meta.jsonl", jl('{"text": "a", "meta": {"n": ' + HUGE + "}}"), digits, 1),
        Bad(c, "doccano.jsonl", jl(GOOD_RECORD, '{"text": "abc", "label": [[0, ' + HUGE
                                   + ', "PER"]]}'), digits, 2),
        Bad(c, "prodigy.jsonl", jl('{"text": "abc", "spans": [{"start": ' + HUGE
                                   + ', "end": 2, "label": "PER"}]}'), digits, 1),
        Bad(c, "native.jsonl", jl('{"text": "abc", "layer": "x", "spans": [' + span + "]}"),
            digits, 1),
        Bad(c, "trigger.jsonl", jl('{"text": "abc", "layer": "x", "events": [{"type": '
                                   '"ATTACK", "trigger": ' + HUGE + "}]}"), digits, 1),
        Bad(c, "id.jsonl", jl('{"id": ' + HUGE + ', "text": "abc"}'), digits, 1),
        Bad(c, "count.jsonl", jl('{"text": "abc", "layer": "x", "events": [{"type": '
                                 '"CASUALTY", "trigger": 1, "attributes": {"count": '
                                 + HUGE + "}}]}"), digits, 1),
        Bad(c, "ls-start.json", ls(task()).replace(f'"start": {FAC[0]}'.encode(),
                                                   f'"start": {HUGE}'.encode()), digits),
        Bad(c, "ls-id.json", ('[{"id": ' + HUGE + ', "data": {"text": "x"}}]').encode(), digits),
        Bad(c, "spacy.jsonl", jl('{"text": "a b", "tokens": [{"start": ' + HUGE
                                 + ', "end": 1}]}'), digits, 1, fmt="spacy"),
        Bad(c, "doccano-4000.jsonl", jl('{"text": "abc", "label": [[0, ' + LONG
                                        + ', "PER"]]}'), "out of range", 1),
        Bad(c, "native-4000.jsonl", jl('{"text": "abc", "layer": "x", "spans": [{"start": -'
                                       + LONG + ', "end": 2, "label": "GPE"}]}'),
            "out of range", 1),
        Bad(c, "ls-4000.json", ls(task()).replace(f'"end": {FAC[1]}'.encode(),
                                                  f'"end": {LONG}'.encode()), "out of range"),
    ]


def _not_finite() -> list[Bad]:
    c = "NaN and Infinity"
    return [
        Bad(c, "nan-meta.jsonl", jl('{"text": "a", "meta": {"x": NaN}}'), "NaN is not", 1),
        Bad(c, "inf-meta.jsonl", jl(GOOD_RECORD, '{"text": "a", "meta": {"x": Infinity}}'),
            "Infinity is not", 2),
        Bad(c, "minus-inf.jsonl", jl('{"text": "a", "meta": [-Infinity]}'), "-Infinity is", 1),
        Bad(c, "1e999.jsonl", jl('{"text": "a", "meta": {"x": 1e999}}'), "too large", 1),
        Bad(c, "nan-offset.jsonl", jl('{"text": "abc", "label": [[NaN, 2, "PER"]]}'),
            "NaN is not", 1),
        Bad(c, "inf-prodigy.jsonl", jl('{"text": "abc", "spans": [{"start": 0, "end": '
                                       'Infinity, "label": "PER"}]}'), "Infinity is not", 1),
        Bad(c, "nan-ls-meta.json", b'[{"data": {"text": "x"}, "meta": {"score": NaN}}]',
            "NaN is not"),
        Bad(c, "inf-ls-start.json", ls(task()).replace(f'"start": {FAC[0]}'.encode(),
                                                       b'"start": Infinity'), "Infinity is"),
        Bad(c, "nan-spacy.jsonl", jl('{"text": "a b", "tokens": [{"start": 0, "end": NaN}]}'),
            "NaN is not", 1, fmt="spacy"),
        Bad(c, "1e400-count.jsonl", jl('{"text": "abc", "layer": "x", "events": [{"type": '
                                       '"CASUALTY", "attributes": {"count": 1e400}}]}'),
            "too large", 1),
    ]


def _label_studio_shapes() -> list[Bad]:
    c = "Label Studio shapes"

    def one(name: str, says: str, **extra: Any) -> Bad:
        return Bad(c, name, ls(task(**extra)), says)

    value_list = task()
    value_list["annotations"][0]["result"][0]["value"] = [1, 2]
    return [
        one("annotations-5.json", "'annotations' must be a list, got 5", annotations=5),
        one("annotations-str.json", "'annotations' must be a list", annotations="x"),
        one("annotations-empty-object.json", "'annotations' must be a list", annotations={}),
        one("annotations-object.json", "'annotations' must be a list",
            annotations={"result": [region()]}),
        one("annotations-true.json", "'annotations' must be a list", annotations=True),
        one("predictions-5.json", "'predictions' must be a list", predictions=5),
        one("predictions-object.json", "'predictions' must be a list",
            annotations=[], predictions={"result": []}),
        one("result-5.json", "needs a 'result' list", annotations=[{"result": 5}]),
        one("result-object.json", "needs a 'result' list",
            annotations=[{"result": {"type": "labels"}}]),
        Bad(c, "value-list.json", ls(value_list), "needs a 'value' object"),
        one("labels-str.json", "has no labels", annotations=[{"result": [
            {"type": "labels", "value": {"start": FAC[0], "end": FAC[1], "labels": "FAC"}}]}]),
        one("labels-empty.json", "has no labels",
            annotations=[{"result": [region(labels=())]}]),
        one("no-data.json", "with a 'data' object", data=None),
        one("text-number.json", "'data.text' is missing", data={"text": 5}),
        one("text-empty.json", "'data.text' is missing", data={"text": ""}),
        Bad(c, "task-string.json", b'["just a string"]', "task 1: a task must be an object"),
        Bad(c, "top-object.json", json.dumps(task()).encode(), "'text' is missing", 1),
        Bad(c, "top-object-forced.json", json.dumps(task()).encode(), "a JSON array of tasks",
            fmt="label-studio"),
        Bad(c, "no-tasks.json", b"[]", "no tasks"),
        one("inside-pair.json", "fall inside a character", data={"text": "a😀b"},
            annotations=[{"result": [region(0, 2, ("GPE",))]}]),
        one("unknown-label.json", 'unknown label "BASE"',
            annotations=[{"result": [region(labels=("BASE",))]}]),
        one("text-mismatch.json", "does not match", annotations=[{"result": [
            {"type": "labels", "value": {"start": FAC[0], "end": FAC[1], "labels": ["FAC"],
                                         "text": "قاعدة عين الأسد"}}]}]),
        one("offsets-strings.json", "offsets must be integers",
            annotations=[{"result": [region("1", "4")]}]),
        one("id-list.json", "'id' must be a string or an integer", id=[1]),
        one("id-float.json", "'id' must be a string or an integer", id=1.5),
    ]


def _lone_surrogates() -> list[Bad]:
    c = "lone surrogates"
    surrogate = "unpaired surrogate"

    def lst(name: str, where: str, **extra: Any) -> Bad:
        return Bad(c, name, ls(task(**extra), ascii_only=True), f"{where} contains an {surrogate}")

    return [
        lst("ls-title.json", "'data.title'", data={"text": T, "title": "\ud800"}),
        lst("ls-id.json", "'data.id'", data={"text": T, "id": "\ud800"}),
        lst("ls-source.json", "'data.source'", data={"text": T, "source": "x\udfff"}),
        lst("ls-text.json", "'data.text'", data={"text": T + "\ud800"}),
        lst("ls-meta.json", "'meta.note'", meta={"note": "\udc00"}),
        Bad(c, "ls-meta-key.json", ls(task(meta={"\ud800": 1}), ascii_only=True), surrogate),
        lst("ls-label.json", "'annotations[0].result[0].value.labels[0]'",
            annotations=[{"result": [region(labels=("\ud800",))]}]),
        Bad(c, "native-meta-key.jsonl", jl({"text": "a", "meta": {"\ud800": 1}},
                                           ascii_only=True), surrogate, 1),
        Bad(c, "native-title.jsonl", jl(GOOD_RECORD, {"text": "a", "meta": {"title": "\ud800"}},
                                        ascii_only=True), "'meta.title' contains", 2),
        Bad(c, "native-id.jsonl", jl({"id": "\udfff", "text": "a"}, ascii_only=True),
            "'id' contains", 1),
        Bad(c, "native-layer.jsonl", jl(native(layer="\ud800x"), ascii_only=True),
            "'layer' contains", 1),
        Bad(c, "native-text.jsonl", jl({"text": "نص \ud800"}, ascii_only=True),
            "'text' contains", 1),
        Bad(c, "doccano-label.jsonl", jl(doccano([*FAC, "\ud800"]), ascii_only=True),
            surrogate, 1),
        Bad(c, "prodigy-text.jsonl", jl(prodigy({"start": FAC[0], "end": FAC[1], "label": "FAC",
                                                 "text": "\ud800"}), ascii_only=True),
            surrogate, 1),
        Bad(c, "spacy-token.jsonl", jl(spacy_record(tokens=[{"text": "\ud800", "start": 0,
                                                              "end": 4}]), ascii_only=True),
            "does not match the text", 1, fmt="spacy"),
    ]


def _non_utf8_names() -> list[Bad]:
    c = "non-UTF-8 file names"
    return [
        Bad(c, b"bad\xffname.jsonl", b'{"text": "a",\n', "invalid JSON", 1),
        Bad(c, b"photo\xfe.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
            "binary"),
        Bad(c, b"\xff\xfe.json", ls(task(annotations=5)), "'annotations' must be a list"),
        Bad(c, b"tags\xff.conll", conll("قصفت O", "المقاومة X-ARMED_GROUP"), "cannot read tag",
            2),
        Bad(c, b"gold\xff.doccano", jl(doccano([*FAC, "BASE"])), 'unknown label "BASE"', 1),
        Bad(c, b"\xc3(.txt", b"", "empty file"),
    ]


def _encodings() -> list[Bad]:
    c = "encodings"
    arabic = ("سطر أول\n" * 3 + T + "\n").encode("utf-8")
    return [
        Bad(c, "truncated.txt", arabic[:-2], "ends in the middle of a character", 4),
        Bad(c, "stray-byte.txt", arabic[:30] + b"\xff" + arabic[30:], "not valid UTF-8", 3),
        Bad(c, "truncated.jsonl", jl({"text": T})[:-4], "ends in the middle", 1),
        Bad(c, "stray-byte.jsonl", jl(GOOD_RECORD, {"text": T}).replace(b"\xd9\x82", b"\xd9"),
            "not valid UTF-8", 2),
        Bad(c, "png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        Bad(c, "nul-bytes.txt", b"text\x00\x00\x00\x01more\x00", "binary"),
        Bad(c, "utf32-no-bom.txt", T.encode("utf-32-le"), "binary"),
        Bad(c, "utf16-odd.txt", ("نص " + T).encode("utf-16-le")[:-1],
            "pass --encoding utf-16-le"),
        Bad(c, "utf16-controls.txt", ("نص \x01\x02\x03 " + T).encode("utf-16-be"),
            "pass --encoding utf-16-be"),
        Bad(c, "controls.txt", bytes(range(1, 9)) * 50 + b"text", "binary"),
        Bad(c, "zip.jsonl", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)), "binary"),
        Bad(c, "cp1256-as-utf8.txt", T.encode("cp1256"), "not valid utf-8", 1,
            encoding="utf-8"),
        Bad(c, "latin1-as-utf8.jsonl", jl({"text": "café"}).replace("é".encode(), b"\xe9"),
            "not valid utf-8", 1, encoding="utf-8"),
    ]


def _empty() -> list[Bad]:
    c = "empty files"
    return [
        Bad(c, "zero.txt", b"", "empty file"),
        Bad(c, "zero.jsonl", b"", "empty file"),
        Bad(c, "zero.json", b"", "empty file"),
        Bad(c, "zero.conll", b"", "empty file"),
        Bad(c, "blank.txt", b"  \n\n\t\n", "empty file"),
        Bad(c, "bom-only.txt", codecs.BOM_UTF8 + b"\n", "empty file"),
        Bad(c, "utf16-bom-only.txt", codecs.BOM_UTF16_LE + "  \n".encode("utf-16-le"),
            "empty file"),
        Bad(c, "blank-lines.jsonl", b"\n\n   \n", "empty file"),
        Bad(c, "nbsp-only.txt", "\u00a0\u2003\n".encode(), "empty file"),
        Bad(c, "no-tokens.conll", conll("-DOCSTART- O", "", "-DOCSTART- O"), "no tokens"),
        Bad(c, "blank.spacy.jsonl", b"  \n", "empty file", fmt="spacy"),
    ]


def _invalid_json() -> list[Bad]:
    c = "invalid JSON"
    return [
        Bad(c, "truncated-record.jsonl", jl(GOOD_RECORD, {"text": "ثان"}, '{"text": "ثالث",',
                                            {"text": "رابع"}), "invalid JSON", 3),
        Bad(c, "trailing-comma.jsonl", jl('{"text": "a",}'), "invalid JSON", 1),
        Bad(c, "single-quotes.jsonl", jl("{'text': 'a'}"), "invalid JSON", 1),
        Bad(c, "unquoted-key.jsonl", jl('{text: "a"}'), "invalid JSON", 1),
        Bad(c, "array-record.jsonl", jl(GOOD_RECORD, '["a", "b"]'), "must be a JSON object", 2),
        Bad(c, "string-record.jsonl", jl('"just text"'), "must be a JSON object", 1),
        Bad(c, "number-record.jsonl", jl("5"), "must be a JSON object", 1),
        Bad(c, "null-record.jsonl", jl("null"), "must be a JSON object", 1),
        Bad(c, "raw-control.jsonl", jl('{"text": "' + T + '\x01"}'), "invalid JSON", 1),
        Bad(c, "two-records-one-line.jsonl", jl('{"text": "a"} {"text": "b"}'),
            "extra data at column", 1),
        Bad(c, "ls-truncated.json", ls(task())[:-5], "invalid JSON"),
        Bad(c, "ls-trailing-comma.json", ls(task())[:-1] + b",]", "invalid JSON"),
    ]


def _records() -> list[Bad]:
    c = "records"
    return [
        Bad(c, "no-text.jsonl", jl(GOOD_RECORD, {"id": 1}), "'text' is missing", 2),
        Bad(c, "text-empty.jsonl", jl({"text": ""}), "'text' is missing", 1),
        Bad(c, "text-blank.jsonl", jl({"text": "  \n "}), "'text' is missing", 1),
        Bad(c, "text-number.jsonl", jl({"text": 5}), "'text' is missing", 1),
        Bad(c, "text-null.jsonl", jl({"text": None}), "'text' is missing", 1),
        Bad(c, "text-list.jsonl", jl({"text": ["a"]}), "'text' is missing", 1),
        Bad(c, "text-nul.jsonl", jl({"text": "a\u0000b"}), "NUL", 1),
        Bad(c, "id-list.jsonl", jl({"id": [1], "text": "a"}), "'id' must be a string", 1),
        Bad(c, "id-object.jsonl", jl({"id": {"a": 1}, "text": "a"}), "'id' must be a string", 1),
        Bad(c, "id-float.jsonl", jl({"id": 2.5, "text": "a"}), "'id' must be a string", 1),
        Bad(c, "id-bool.jsonl", jl({"id": True, "text": "a"}), "'id' must be a string", 1),
        Bad(c, "sha-mismatch.jsonl", jl({"text": T, "text_sha256": "0" * 64}),
            "'text_sha256' does not match", 1),
    ]


def _bad_spans() -> list[Bad]:
    c = "bad spans"
    out = []
    for name, item, says in [
        ("out-of-range", [0, 999, "GPE"], "out of range"),
        ("negative", [-1, 3, "GPE"], "out of range"),
        ("reversed", [5, 2, "GPE"], "out of range"),
        ("empty-span", [3, 3, "GPE"], "out of range"),
        ("float", [0.0, 4, "GPE"], "span start must be an integer"),
        ("string", ["0", 4, "GPE"], "span start must be an integer"),
        ("bool", [False, 4, "GPE"], "span start must be an integer"),
        ("null", [0, None, "GPE"], "span end must be an integer"),
        ("unknown-label", [*FAC, "BASE"], 'unknown label "BASE"'),
        ("label-number", [*FAC, 5], "unknown label 5"),
        ("short-item", [*FAC], "cannot read span"),
        ("string-item", "FAC", "cannot read span"),
    ]:
        out.append(Bad(c, f"doccano-{name}.jsonl", jl(GOOD_RECORD, doccano(item)), says, 2))
    out += [
        Bad(c, "doccano-label-string.jsonl", jl(doccano(label="FAC")), "'label' must be a list",
            1),
        Bad(c, "doccano-entities-object.jsonl", jl({"text": T, "entities": {"a": 1}}),
            "'label' must be a list", 1),
        Bad(c, "doccano-forced.jsonl", jl({"text": T, "label": [[0, 4, "X"]]}),
            'unknown label "X"', 1, fmt="doccano"),
        Bad(c, "prodigy-not-object.jsonl", jl(prodigy([0, 4, "GPE"])),
            "each span must be an object", 1),
        Bad(c, "prodigy-spans-object.jsonl", jl({"text": T, "spans": {"start": 0}}),
            "'spans' must be a list", 1),
        Bad(c, "prodigy-text-mismatch.jsonl", jl(prodigy({"start": FAC[0], "end": FAC[1],
                                                          "label": "FAC", "text": "غير"})),
            "does not match", 1),
        Bad(c, "prodigy-text-number.jsonl", jl(prodigy({"start": FAC[0], "end": FAC[1],
                                                        "label": "FAC", "text": 5})),
            "span 'text' must be a string", 1),
        Bad(c, "prodigy-no-label.jsonl", jl(prodigy({"start": FAC[0], "end": FAC[1]})),
            "unknown label null", 1),
        Bad(c, "prodigy-forced.jsonl", jl(prodigy({"start": 0, "end": 99, "label": "GPE"})),
            "out of range", 1, fmt="prodigy"),
        Bad(c, "native-no-layer.jsonl", jl(native(layer=None)), "needs a 'layer'", 1),
        Bad(c, "native-layer-empty.jsonl", jl(native(layer=" ")), "'layer' must be a non-empty",
            1),
        Bad(c, "native-layer-number.jsonl", jl(native(layer=5)), "'layer' must be a non-empty",
            1),
        Bad(c, "native-status.jsonl", jl(native(status="finished")), 'unknown status "finished"',
            1),
        Bad(c, "native-id-twice.jsonl", jl(native([{"id": 1, "start": 0, "end": 4, "label":
                                                    "GPE"}, {"id": 1, "start": 5, "end": 9,
                                                             "label": "GPE"}])),
            "span id 1 is used twice", 1),
        Bad(c, "native-span-id-string.jsonl", jl(native([{"id": "a", "start": 0, "end": 4,
                                                          "label": "GPE"}])),
            "span id must be an integer", 1),
        Bad(c, "native-crlf.jsonl", jl(native([{"start": 0, "end": 3, "label": "GPE"}],
                                              text="ab\r\ncd")), "splits a line ending", 1),
        Bad(c, "native-spans-object.jsonl", jl(native({"a": 1})), "must be lists", 1),
        Bad(c, "native-forced.jsonl", jl({"text": "a", "label": [[0, 1, "GPE"]],
                                          "layer": "x", "spans": [[0, 1]]}),
            "each span must be an object", 1, fmt="native"),
    ]
    return out


def _events() -> list[Bad]:
    c = "bad events"

    def ev(name: str, says: str, **extra: Any) -> Bad:
        return Bad(c, f"{name}.jsonl", jl(GOOD_RECORD, native(events=[event(**extra)])), says, 2)

    return [
        ev("unknown-type", 'unknown event type "BOMBING"', type="BOMBING"),
        ev("type-missing", "unknown event type null", type=None),
        ev("type-list", "unknown event type", type=["ATTACK"]),
        ev("trigger-missing", "trigger 99 is not a span id", trigger=99),
        ev("trigger-label", "its trigger span is labelled FAC", trigger=3),
        ev("unknown-role", "unknown role", arguments=[{"role": "Victim", "span": 2}]),
        ev("role-list", "unknown role", arguments=[{"role": ["Attacker"], "span": 2}]),
        ev("arg-not-span", "span 9 is not a span id", arguments=[{"role": "Attacker",
                                                                  "span": 9}]),
        ev("own-argument", "cannot be its own argument", arguments=[{"role": "Target",
                                                                     "span": 1}]),
        ev("role-label", "does not accept a FAC span", arguments=[{"role": "Attacker",
                                                                   "span": 3}]),
        ev("single-role-twice", "takes one span only",
           arguments=[{"role": "Attacker", "span": 2}, {"role": "Attacker", "span": 4}]),
        ev("arguments-object", "'arguments' must be a list", arguments={"role": "Attacker"}),
        ev("attributes-list", "'attributes' must be an object", attributes=["mode"]),
        ev("unknown-attribute", "unknown attribute 'speed'", attributes={"speed": "fast"}),
        ev("bad-attribute-value", "attribute 'mode' is \"nuclear\"",
           attributes={"mode": "nuclear"}),
        Bad(c, "event-not-object.jsonl", jl(native(events=["ATTACK"])),
            "each event must be an object", 1),
        Bad(c, "negative-count.jsonl", jl(native(
            [{"id": 1, "start": 0, "end": 4, "label": "CASUALTY"}],
            [{"type": "CASUALTY", "trigger": 1, "attributes": {"count": -3}}])),
            "'count' must be a whole number", 1),
    ]


def _conll() -> list[Bad]:
    c = "CoNLL"
    return [
        Bad(c, "one-column.conll", conll("قصفت O", "المقاومة"), "expected a token and", 2),
        Bad(c, "bad-prefix.conll", conll("قصفت O", "", "المقاومة X-ARMED_GROUP"),
            "cannot read tag", 3),
        Bad(c, "bare-prefix.conll", conll("قصفت B-"), 'unknown label', 1),
        Bad(c, "long-prefix.conll", conll("قصفت BB-GPE"), "cannot read tag", 1),
        Bad(c, "unknown-label.conll", conll("-DOCSTART- O", "", "قصفت O", "قاعدة B-BASE"),
            "unknown label 'BASE'", 4),
        Bad(c, "second-column.conll", conll("أربيل B-GPE O", "بغداد O B-CITY"),
            "unknown label 'CITY'", 2),
        Bad(c, "binary.conll", b"\x00\x01\x02\x03" * 40, "binary"),
        Bad(c, "truncated.conll", conll("أربيل B-GPE", "بغداد B-GPE", "حرير")[:-2],
            "ends in the middle", 3),
        Bad(c, "forced-on-json.jsonl", jl({"text": T}), "cannot read tag", 1,
            fmt="conll"),
    ]


def _spacy() -> list[Bad]:
    c = "spaCy JSONL"
    tokens = spacy_record()["tokens"]
    wrong_text = [dict(tokens[0], text="غير"), *tokens[1:]]
    return [
        Bad(c, "tokens-object.jsonl", jl(spacy_record(tokens={"a": 1})),
            "'tokens' must be a list", 1, fmt="spacy"),
        Bad(c, "token-string.jsonl", jl(spacy_record(tokens=["قصفت"])),
            "token 0 must be an object", 1, fmt="spacy"),
        Bad(c, "token-outside.jsonl", jl(GOOD_RECORD, spacy_record(tokens=[
            {"start": 0, "end": 999}])), "outside the text", 2, fmt="spacy"),
        Bad(c, "token-text.jsonl", jl(spacy_record(tokens=wrong_text)),
            "does not match the text", 1, fmt="spacy"),
        Bad(c, "token-id.jsonl", jl(spacy_record(spans=[{"start": FAC[0], "end": FAC[1],
                                                         "label": "FAC", "token_start": 5,
                                                         "token_end": 40}])),
            "are not token ids", 1, fmt="spacy"),
        Bad(c, "token-cover.jsonl", jl(spacy_record(spans=[{"start": FAC[0], "end": FAC[1],
                                                            "label": "FAC", "token_start": 4,
                                                            "token_end": 6}])),
            "not its offsets", 1, fmt="spacy"),
        Bad(c, "span-label.jsonl", jl(spacy_record(spans=[{"start": FAC[0], "end": FAC[1],
                                                           "label": "BASE"}])),
            'unknown label "BASE"', 1, fmt="spacy"),
        Bad(c, "no-text.jsonl", jl({"tokens": []}), "'text' is missing", 1, fmt="spacy"),
        Bad(c, "invalid.jsonl", jl(spacy_record(), "{"), "invalid JSON", 2, fmt="spacy"),
    ]


def _detection_and_batches() -> list[Bad]:
    c = "detection, folders, paths"
    return [
        Bad(c, "gold.txt", jl(doccano([*FAC, "FAC"])), "looks like JSON lines"),
        Bad(c, "tasks.txt", ls(task()), "looks like a Label Studio export"),
        Bad(c, "export.doccano", jl(doccano([*FAC, "FAC"]), doccano([*FAC, "BASE"])),
            'unknown label "BASE"', 2),
        Bad(c, "records", jl({"text": "a", "label": "x"}), "'label' must be a list", 1),
        Bad(c, "broken.ndjson", jl(GOOD_RECORD, "{"), "invalid JSON", 2),
        Bad(c, "nested/deeper/bad.jsonl", jl(GOOD_RECORD, doccano([0, 999, "GPE"])),
            "out of range", 2, in_folder=True),
        Bad(c, "nested/binary.txt", b"\x00\x01" * 100, "binary", in_folder=True),
        Bad(c, "missing.txt", None, "no such file or folder"),
    ]


def bad_inputs() -> list[Bad]:
    return [*_deep_nesting(), *_huge_integers(), *_not_finite(), *_label_studio_shapes(),
            *_lone_surrogates(), *_non_utf8_names(), *_encodings(), *_empty(), *_invalid_json(),
            *_records(), *_bad_spans(), *_events(), *_conll(), *_spacy(),
            *_detection_and_batches()]
