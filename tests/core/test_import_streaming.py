"""JSON lines files are read as they stream (issue 13), and say what read_file says.

`RecordStream` reads a file a few bytes at a time here (the `chunk` parameter; 4 MB in
use), so every line, character and byte order mark falls across a boundary somewhere.
For good files it must give read_file's records; for every malformed file of the
bad-input suite it must give read_file's error, or hand the file over (ReadWhole) to
be read whole, never an error of its own. Through the import operation, a file that
turns out broken after records were stored is rolled back and refused as before.
"""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path
from typing import Any

import pytest

from annotator.core.errors import ImportFileError
from annotator.core.importers import read_file
from annotator.core.importers.stream import CHUNK, ReadWhole, RecordStream
from annotator.core.schema import Schema
from annotator.core.types import DocumentRecord
from annotator.operations.importing import import_files
from annotator.store.repository import Repository
from tests.cli.bad_inputs import bad_inputs

T = "قصفت المقاومة الإسلامية في العراق قاعدة حرير في أربيل"
FAC = (T.index("قاعدة حرير"), T.index("قاعدة حرير") + len("قاعدة حرير"))


def records_file(path: Path, n: int = 40, *, newline: str = "\n", encoding: str = "utf-8",
                 bom: bytes = b"") -> Path:
    """Native, doccano and Prodigy records, some needing NFC and \\r\\n normalisation."""
    lines = []
    for i in range(n):
        text = f"{T} رقم {i}" + (" ولإيران" if i % 3 else " e\u0301")  # é decomposed: NFC
        kind = i % 3
        if kind == 0:
            obj: dict[str, Any] = {"id": f"n{i}", "text": text, "layer": "gold",
                                   "status": "done", "spans": [
                                       {"id": 1, "start": FAC[0], "end": FAC[1],
                                        "label": "FAC"}]}
        elif kind == 1:
            obj = {"text": text, "label": [[FAC[0], FAC[1], "FAC"]], "meta": {"n": i}}
        else:
            obj = {"text": text, "spans": [{"start": FAC[0], "end": FAC[1], "label": "FAC"}]}
        lines.append(json.dumps(obj, ensure_ascii=i % 2 == 0))
    body = newline.join(lines) + newline + "\n\n"
    path.write_bytes(bom + body.encode(encoding))
    return path


def streamed(path: Path, schema: Schema, chunk: int, **kw: Any) -> list[DocumentRecord]:
    return list(RecordStream(path, schema, chunk=chunk, **kw))


@pytest.mark.parametrize("chunk", [1, 7, 64, 1 << 20])
@pytest.mark.parametrize(("newline", "encoding", "bom", "given"), [
    ("\n", "utf-8", b"", None),
    ("\r\n", "utf-8", b"", None),
    ("\n", "utf-8", codecs.BOM_UTF8, None),
    ("\n", "utf-16-le", codecs.BOM_UTF16_LE, None),
    ("\r\n", "utf-32-be", codecs.BOM_UTF32_BE, None),
    ("\n", "utf-8", b"", "utf8"),
])
def test_a_good_file_streams_to_the_records_read_file_gives(
        tmp_path: Path, schema: Schema, chunk: int, newline: str, encoding: str, bom: bytes,
        given: str | None) -> None:
    path = records_file(tmp_path / "x.jsonl", newline=newline, encoding=encoding, bom=bom)
    assert streamed(path, schema, chunk, encoding=given) == read_file(path, schema,
                                                                     encoding=given)


def test_records_come_before_the_file_is_read_to_its_end(tmp_path: Path,
                                                         schema: Schema) -> None:
    path = records_file(tmp_path / "x.jsonl", n=2000)
    stream = RecordStream(path, schema, chunk=4096)
    first = next(iter(stream))
    assert first.external_id == "n0" and 4096 <= stream.done < stream.size // 10


@pytest.mark.parametrize("bad", [b for b in bad_inputs() if isinstance(b.name, str)
                                 and b.body is not None], ids=lambda b: b.name)
@pytest.mark.parametrize("chunk", [5, 1 << 20])
def test_a_bad_file_streams_to_read_files_error_or_is_handed_over(
        tmp_path: Path, schema: Schema, bad: Any, chunk: int) -> None:
    path = tmp_path / bad.name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bad.body)
    kw = {"fmt": bad.fmt, "encoding": bad.encoding}
    try:
        got: list[DocumentRecord] | str = streamed(path, schema, chunk, **kw)
    except ReadWhole:
        return
    except ImportFileError as exc:
        got = str(exc)
    try:
        expected: list[DocumentRecord] | str = read_file(path, schema, **kw)
    except ImportFileError as exc:
        expected = str(exc)
    assert got == expected


def test_good_files_are_streamed_not_handed_over(tmp_path: Path, schema: Schema) -> None:
    for name, body in (("a.jsonl", b'{"text": "x"}\n'), ("b.json", b'{"text": "x"}'),
                       ("c.ndjson", b'\xef\xbb\xbf{"text": "x"}\r\n'),
                       ("d", b'\n\n  {"text": "x"}\n')):
        (tmp_path / name).write_bytes(body)
        assert [r.text for r in RecordStream(tmp_path / name, schema, chunk=3)] == ["x"]
    for name, body, fmt in (("e.txt", b"x", "auto"), ("f.json", b'[{"data": {}}]', "auto"),
                            ("g.conll", b"x O\n", "auto"), ("h.jsonl", b"x", "txt")):
        (tmp_path / name).write_bytes(body)
        with pytest.raises(ReadWhole):
            list(RecordStream(tmp_path / name, schema, fmt=fmt))


def test_a_file_broken_after_four_megabytes_is_rolled_back_and_refused_as_before(
        tmp_path: Path) -> None:
    """The first 4 MB chunk streams into the project; the broken byte beyond it makes the
    import roll back and read the file whole, which refuses it with read_file's line."""
    line = json.dumps({"text": "نص " * 2000}, ensure_ascii=False).encode()
    good = b"".join(line.replace(b"\xd9\x86\xd8\xb5", f"{i:06d}".encode(), 1) + b"\n"
                    for i in range(600))
    assert len(good) > CHUNK + (1 << 20)
    path = tmp_path / "late.jsonl"
    path.write_bytes(good + b'{"text": "\xff"}\n')
    repo = Repository.open(tmp_path / "p.db")
    try:
        before = repo.db.execute("SELECT count(*) FROM changes").fetchone()[0]
        summary = import_files(repo, [path])
        assert repo.db.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
        assert repo.db.execute("SELECT count(*) FROM changes").fetchone()[0] == before
    finally:
        repo.close()
    with pytest.raises(ImportFileError) as refused:
        read_file(path, Repository.open(tmp_path / "q.db").schema())
    assert summary.errors == [str(refused.value)] and ":601: not valid UTF-8" in summary.errors[0]
    assert summary.added == 0 and os.path.getsize(path) > CHUNK


def test_a_streamed_import_warns_of_ids_used_for_two_texts(tmp_path: Path) -> None:
    path = tmp_path / "ids.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False)
                              for i, t in ((1, "أ"), (2, "ب"), (1, "ج"), (1, "أ"))) + "\n",
                    encoding="utf-8")
    repo = Repository.open(tmp_path / "p.db")
    try:
        summary = import_files(repo, [path])
    finally:
        repo.close()
    assert summary.warnings == [f"{path}:3: id \"1\" is also the id of line 1, with a "
                                "different text (both imported)"]
    assert (summary.added, summary.skipped) == (3, 1)


GOOD_LINES = ('{"text": "نص عربي سليم"}\n' * 1000).encode()  # past the first 8,192 characters


@pytest.mark.parametrize(("name", "body", "fmt"), [
    # A bad record before bytes that do not decode: read_file decodes first.
    ("late-byte.jsonl", b'{"text": "x", "label": 5}\n' + GOOD_LINES + b'{"text": "\xff"}\n',
     "auto"),
    # A bad record before NUL bytes (read whole, NUL bytes make it UTF-16 or binary).
    ("late-nul.jsonl", b'{"text": "x", "label": 5}\n' + GOOD_LINES + b'\x00\x00\n', "auto"),
    # spaCy: a bad record before a bad token; the token check of every line comes first.
    ("tokens.jsonl", b'{"text": "x", "spans": 5}\n'
     b'{"text": "ab", "tokens": [{"start": 0, "end": 9}]}\n', "spacy"),
])
def test_a_bad_line_is_reported_only_as_read_file_would(tmp_path: Path, schema: Schema,
                                                        name: str, body: bytes,
                                                        fmt: str) -> None:
    path = tmp_path / name
    path.write_bytes(body)
    with pytest.raises(ImportFileError) as whole:
        read_file(path, schema, fmt=fmt)
    assert ":1:" not in str(whole.value)
    repo = Repository.open(tmp_path / "p.db")
    try:
        summary = import_files(repo, [path], fmt=fmt)
    finally:
        repo.close()
    assert summary.errors == [str(whole.value)]
    with pytest.raises((ReadWhole, ImportFileError)) as streamed_error:
        list(RecordStream(path, schema, fmt=fmt, chunk=8))
    if streamed_error.type is ImportFileError:
        assert str(streamed_error.value) == str(whole.value)


def test_a_streamed_import_keeps_document_labels_and_provenance_as_reading_whole(
        tmp_path: Path) -> None:
    """Native records with document labels and suggested spans (origin, origin_detail):
    imported as the file streams, the project holds what the file read whole gives."""
    lines = []
    for i in range(1200):  # more than two write batches
        span: dict[str, Any] = {"start": FAC[0], "end": FAC[1], "label": "FAC"}
        if i % 2:
            span |= {"origin": "suggestion", "origin_detail": f"model:{i % 5}"}
        obj: dict[str, Any] = {"id": f"n{i}", "text": f"{T} رقم {i}", "layer": "amina",
                               "status": "done", "spans": [span]}
        if i % 3:
            obj["doc_labels"] = {"relevance": "partly", "countries": ["iraq", "iran"][:i % 2 + 1]}
        lines.append(json.dumps(obj, ensure_ascii=False))
    path = tmp_path / "labelled.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    def contents(repo: Repository) -> dict[str, list[tuple[Any, ...]]]:
        return {table: repo.db.execute(sql).fetchall() for table, sql in (
            ("documents", "SELECT id, external_id, title, text FROM documents ORDER BY id"),
            ("spans", "SELECT document_id, layer, start, end, label, text, origin, "
                      "origin_detail FROM spans ORDER BY id"),
            ("labels", "SELECT document_id, layer, field, value FROM document_labels "
                       "ORDER BY document_id, layer, field"),
            ("statuses", "SELECT document_id, layer, status FROM document_status "
                         "ORDER BY document_id, layer"))}

    streamed_repo = Repository.open(tmp_path / "streamed.db")
    whole_repo = Repository.open(tmp_path / "whole.db")
    try:
        stream = RecordStream(path, streamed_repo.schema())
        assert len(list(stream)) == 1200  # streamed, not handed over to read_file
        summary = import_files(streamed_repo, [path])
        whole_repo.import_records(read_file(path, whole_repo.schema()))
        got, expected = contents(streamed_repo), contents(whole_repo)
    finally:
        streamed_repo.close()
        whole_repo.close()
    assert summary.errors == [] and summary.added == 1200
    assert got == expected
    assert len(got["labels"]) == 2 * 800
    provenance = [(span[6], span[7]) for span in got["spans"]]
    assert provenance[:3] == [("imported", ""), ("suggestion", "model:1"), ("imported", "")]
    assert provenance.count(("suggestion", "model:3")) == 120
