"""`annotator import` as a user runs it: the command line, real files, one line per problem."""

from __future__ import annotations

import codecs
import json
import os
import pty
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from annotator.cli import main

if TYPE_CHECKING:
    from tests.conftest import CliResult

Cli = Callable[..., "CliResult"]

ARABIC = "قصفت المقاومة الإسلامية في العراق قاعدة حرير في أربيل"
GROUP = "المقاومة الإسلامية في العراق"
FAC = "قاعدة حرير"


def at(sub: str, text: str = ARABIC) -> tuple[int, int]:
    i = text.index(sub)
    return i, i + len(sub)


def documents(db: Path) -> list[tuple[str, str, str]]:
    """(external id, title, text) of every document, in import order."""
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT external_id, title, text FROM documents ORDER BY id"
        ).fetchall()


def spans(db: Path) -> list[tuple[str, int, int, str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT layer, start, end, label, text FROM spans ORDER BY layer, start, end DESC"
        ).fetchall()


def write_jsonl(path: Path, records: list[Any]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def one_error_line(result: CliResult) -> str:
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    return errors[0]


def first_paragraph(seed_files: list[Path]) -> str:
    text = seed_files[0].read_text(encoding="utf-8")
    return max(text.split("\n"), key=len)


def test_import_the_seeds_folder(cli: Cli, db_path: Path, seed_files: list[Path]) -> None:
    result = cli("import", seed_files[0].parent, "--db", db_path)
    assert result.returncode == 0, result.stderr
    assert "imported 5 document(s)" in result.stdout
    stored = documents(db_path)
    assert [ext for ext, _, _ in stored] == [p.stem for p in seed_files]
    for (_, title, text), path in zip(stored, seed_files, strict=True):
        whole = path.read_text(encoding="utf-8")
        assert text == whole  # the whole file, byte for byte (seeds are UTF-8, LF, NFC)
        assert title == next(line.strip() for line in whole.splitlines() if line.strip())
    assert stored[0][1] == "إنذار أخير من واشنطن لـ طهران بسبب الهجمات ضد القواعد الأميركية"


def test_importing_again_skips_and_does_not_duplicate(cli: Cli, db_path: Path,
                                                      seed_files: list[Path]) -> None:
    assert cli("import", seed_files[0].parent, "--db", db_path).returncode == 0
    again = cli("import", seed_files[0].parent, "--db", db_path)
    assert again.returncode == 0, again.stderr
    assert "imported 0 document(s)" in again.stdout
    assert "skipped 5 already in the project" in again.stdout
    assert again.stderr.count("skipped (already in the project)") == 5
    assert len(documents(db_path)) == 5


def test_db_option_before_the_subcommand(cli: Cli, db_path: Path,
                                         seed_files: list[Path]) -> None:
    result = cli("--db", db_path, "import", seed_files[1])
    assert result.returncode == 0, result.stderr
    stats = cli(f"--db={db_path}", "stats", "--json")
    assert json.loads(stats.stdout)["documents"] == 1


def test_project_from_the_environment(cli: Cli, db_path: Path,
                                      seed_files: list[Path]) -> None:
    result = cli("import", seed_files[2], env={"ANNOTATOR_DB": str(db_path)})
    assert result.returncode == 0, result.stderr
    assert [d[0] for d in documents(db_path)] == [seed_files[2].stem]


def test_windows_1256_file_is_detected(cli: Cli, db_path: Path, tmp_path: Path,
                                       seed_files: list[Path]) -> None:
    paragraph = first_paragraph(seed_files)
    path = tmp_path / "legacy.txt"
    path.write_bytes(paragraph.encode("cp1256"))
    result = cli("import", path, "--db", db_path)
    assert result.returncode == 0, result.stderr
    assert documents(db_path) == [("legacy", paragraph, paragraph)]


@pytest.mark.parametrize(("bom", "encoding"), [(codecs.BOM_UTF16_LE, "utf-16-le"),
                                               (codecs.BOM_UTF16_BE, "utf-16-be"),
                                               (codecs.BOM_UTF8, "utf-8")])
def test_file_with_bom(cli: Cli, db_path: Path, tmp_path: Path, seed_files: list[Path],
                       bom: bytes, encoding: str) -> None:
    text = seed_files[3].read_text(encoding="utf-8")  # has NO-BREAK SPACEs
    path = tmp_path / "bom.txt"
    path.write_bytes(bom + text.encode(encoding))
    result = cli("import", path, "--db", db_path)
    assert result.returncode == 0, result.stderr
    ((_, title, stored),) = documents(db_path)
    assert stored == text and not stored.startswith("\ufeff")
    assert title == "الوضع المظلم"


def test_crlf_file_is_stored_with_lf(cli: Cli, db_path: Path, tmp_path: Path,
                                     seed_files: list[Path]) -> None:
    text = seed_files[1].read_text(encoding="utf-8")
    path = tmp_path / "windows.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    assert cli("import", path, "--db", db_path).returncode == 0
    ((_, title, stored),) = documents(db_path)
    assert stored == text and "\r" not in stored and "\r" not in title


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected(cli: Cli, db_path: Path, tmp_path: Path,
                                       seed_files: list[Path], encoding: str) -> None:
    """Notepad's "Unicode" without a BOM used to be refused as binary (NUL bytes)."""
    text = seed_files[3].read_text(encoding="utf-8")
    path = tmp_path / "utf16-no-bom.txt"
    path.write_bytes(text.encode(encoding))
    result = cli("import", path, "--db", db_path)
    assert result.returncode == 0, result.stderr
    assert documents(db_path) == [("utf16-no-bom", "الوضع المظلم", text)]


def test_encoding_override(cli: Cli, db_path: Path, tmp_path: Path,
                           seed_files: list[Path]) -> None:
    paragraph = first_paragraph(seed_files)
    path = tmp_path / "mac-arabic.txt"
    path.write_bytes(paragraph.encode("mac_arabic"))
    result = cli("import", path, "--db", db_path, "--encoding", "mac_arabic")
    assert result.returncode == 0, result.stderr
    assert documents(db_path) == [("mac-arabic", paragraph, paragraph)]


def test_unknown_encoding_is_one_clear_error(cli: Cli, db_path: Path,
                                             seed_files: list[Path]) -> None:
    result = cli("import", seed_files[0], "--db", db_path, "--encoding", "klingon")
    assert result.returncode != 0
    assert "unknown encoding 'klingon'" in one_error_line(result)


def test_binary_file_fails_alone(cli: Cli, db_path: Path, tmp_path: Path,
                                 seed_files: list[Path]) -> None:
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x00" + bytes(range(256)))
    result = cli("import", seed_files[0], png, seed_files[1], "--db", db_path)
    assert result.returncode != 0
    line = one_error_line(result)
    assert str(png) in line and "binary" in line
    assert "imported 2 document(s)" in result.stdout and "1 file(s) failed" in result.stdout
    assert [d[0] for d in documents(db_path)] == [seed_files[0].stem, seed_files[1].stem]


@pytest.mark.parametrize("content", [b"", b"  \n\n", codecs.BOM_UTF8 + b"\n"],
                         ids=["zero-bytes", "blank", "bom-only"])
def test_empty_file(cli: Cli, db_path: Path, tmp_path: Path, seed_files: list[Path],
                    content: bytes) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(content)
    result = cli("import", empty, seed_files[2], "--db", db_path)
    assert result.returncode != 0
    line = one_error_line(result)
    assert str(empty) in line and "empty" in line
    assert len(documents(db_path)) == 1


def test_missing_path_fails_alone(cli: Cli, db_path: Path, tmp_path: Path,
                                  seed_files: list[Path]) -> None:
    missing = tmp_path / "typo.txt"
    result = cli("import", missing, seed_files[0], "--db", db_path)
    assert result.returncode != 0
    assert str(missing) in one_error_line(result)
    assert "imported 1 document(s)" in result.stdout and "1 file(s) failed" in result.stdout
    assert len(documents(db_path)) == 1
    other = db_path.with_name("other.db")
    alone = cli("import", missing, "--db", other)
    assert alone.returncode != 0 and str(missing) in one_error_line(alone)
    assert not other.exists()  # nothing to import: no empty project left behind
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    failed = cli("import", broken, "--db", other)
    assert failed.returncode != 0 and "imported 0 document(s)" in failed.stdout
    assert not other.exists()  # every file failed: none left behind either
    assert cli("import", broken, "--db", db_path).returncode != 0
    assert len(documents(db_path)) == 1  # a project that was there stays, untouched


def test_jsonl_with_a_broken_line_stores_nothing_from_that_file(
    cli: Cli, db_path: Path, tmp_path: Path, seed_files: list[Path]
) -> None:
    bad = write_jsonl(tmp_path / "batch.jsonl", [
        {"text": "الخبر الأول", "spans": [{"start": 0, "end": 5, "label": "DATE"}]},
        {"text": "الخبر الثاني"},
        '{"text": "الخبر الثالث", "spans": [',
        {"text": "الخبر الرابع"},
    ])
    result = cli("import", bad, seed_files[0], "--db", db_path)
    assert result.returncode != 0
    line = one_error_line(result)
    assert f"{bad}:3:" in line and "invalid JSON" in line
    assert [d[0] for d in documents(db_path)] == [seed_files[0].stem]
    assert spans(db_path) == []


@pytest.mark.parametrize(
    ("span", "message"),
    [
        ({"start": 40, "end": 400, "label": "FAC"}, "out of range for a text of"),
        ({"start": at(FAC)[0], "end": at(FAC)[1], "label": "FAC", "text": "قاعدة عين الأسد"},
         "does not match"),
        ({"start": at(FAC)[0], "end": at(FAC)[1], "label": "BASE"}, 'unknown label "BASE"'),
    ],
    ids=["out-of-range", "text-mismatch", "unknown-label"],
)
def test_bad_span_rejects_the_whole_file(cli: Cli, db_path: Path, tmp_path: Path,
                                         span: dict, message: str) -> None:
    good = {"text": ARABIC, "spans": [{"start": at(GROUP)[0], "end": at(GROUP)[1],
                                       "label": "ARMED_GROUP"}]}
    # Another text with the same offsets: the first record is fine, the second is not.
    path = write_jsonl(tmp_path / "ann.jsonl", [good, {"text": ARABIC + ".", "spans": [span]}])
    result = cli("import", path, "--db", db_path)
    assert result.returncode != 0
    line = one_error_line(result)
    assert f"{path}:2:" in line and message in line
    assert not db_path.exists()  # nothing stored: no empty project left behind


def test_doccano_and_prodigy_go_to_the_layer_asked_for(cli: Cli, db_path: Path,
                                                       tmp_path: Path) -> None:
    texts = [ARABIC, "وصل " + GROUP + " إلى " + FAC, "زار الوفد " + FAC]
    path = write_jsonl(tmp_path / "foreign.jsonl", [
        {"id": 1, "text": texts[0], "label": [[*at(GROUP), "ARMED_GROUP"], [*at(FAC), "FAC"]]},
        {"id": 2, "text": texts[1], "entities": [
            {"id": 9, "start_offset": at(FAC, texts[1])[0], "end_offset": at(FAC, texts[1])[1],
             "label": "FAC"}], "relations": []},
        {"text": texts[2], "spans": [{"start": at(FAC, texts[2])[0],
                                      "end": at(FAC, texts[2])[1], "label": "FAC"}],
         "answer": "accept"},
    ])
    result = cli("import", path, "--db", db_path, "--layer", "ali")
    assert result.returncode == 0, result.stderr
    assert "imported 3 document(s), 4 span(s)" in result.stdout
    assert [d[0] for d in documents(db_path)] == ["1", "2", "foreign-3"]
    stored = spans(db_path)
    assert {layer for layer, *_ in stored} == {"ali"}
    assert sorted(text for *_, text in stored) == sorted([GROUP, FAC, FAC, FAC])
    with sqlite3.connect(db_path) as conn:
        assert {r[0] for r in conn.execute("SELECT origin FROM spans")} == {"imported"}


def test_jsonl_saved_on_windows_with_bom_and_crlf(cli: Cli, db_path: Path,
                                                 tmp_path: Path) -> None:
    records = [{"text": ARABIC, "label": [[*at(FAC), "FAC"]]}, {"text": "نص ثان", "label": []}]
    path = tmp_path / "notepad.jsonl"
    path.write_bytes(codecs.BOM_UTF8 + "\r\n".join(
        json.dumps(r, ensure_ascii=False) for r in records).encode("utf-8") + b"\r\n")
    result = cli("import", path, "--db", db_path)
    assert result.returncode == 0, result.stderr
    assert [(ext, text) for ext, _, text in documents(db_path)] == [
        ("notepad-1", ARABIC), ("notepad-2", "نص ثان")]
    assert spans(db_path) == [("imported", *at(FAC), "FAC", FAC)]


def test_foreign_spans_default_to_the_imported_layer(cli: Cli, db_path: Path,
                                                     tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "d.jsonl", [{"text": ARABIC,
                                               "label": [[*at(FAC), "FAC"]]}])
    assert cli("import", path, "--db", db_path).returncode == 0
    assert spans(db_path) == [("imported", *at(FAC), "FAC", FAC)]


def test_foreign_offsets_survive_crlf_and_decomposed_text(cli: Cli, db_path: Path,
                                                         tmp_path: Path) -> None:
    raw = "Cafe\u0301 news\r\nقصفت " + GROUP + "\r\n"
    path = write_jsonl(tmp_path / "p.jsonl", [{"text": raw, "spans": [
        {"start": at(GROUP, raw)[0], "end": at(GROUP, raw)[1], "label": "ARMED_GROUP"}]}])
    assert cli("import", path, "--db", db_path).returncode == 0
    ((_, _, text),) = documents(db_path)
    assert text == "Caf\u00e9 news\nقصفت " + GROUP + "\n"
    ((_, start, end, _, span_text),) = spans(db_path)
    assert text[start:end] == span_text == GROUP


def test_span_boundary_inside_crlf_is_a_clear_error(cli: Cli, db_path: Path,
                                                    tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "split.jsonl", [{"text": "أربيل\r\nبغداد", "spans": [
        {"start": 0, "end": 6, "label": "GPE"}]}])
    result = cli("import", path, "--db", db_path)
    assert result.returncode != 0
    assert "splits a line ending" in one_error_line(result)
    assert not db_path.exists()


def test_malformed_json_values_are_errors_not_crashes(cli: Cli, db_path: Path,
                                                      tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "odd.jsonl", [
        '{"text": "x \\ud800", "layer": "gold"}',
    ])
    result = cli("import", path, "--db", db_path)
    assert result.returncode != 0
    assert f"{path}:1:" in one_error_line(result)


def test_a_terminal_shows_a_progress_bar(db_path: Path, seed_files: list[Path]) -> None:
    """The bar is drawn only on a terminal: give stderr a pseudo-terminal, as a user has."""
    main, child = pty.openpty()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-m", "annotator", "import", *map(str, seed_files), "--db",
         str(db_path)], stdout=subprocess.PIPE, stderr=child, env=env, timeout=120)
    os.close(child)
    drawn = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the pseudo-terminal is closed once everything is read
            break
        if not chunk:
            break
        drawn += chunk
    os.close(main)
    assert proc.returncode == 0
    assert f"importing [{'#' * 30}] 5/5".encode() in drawn
    assert b"imported 5 document(s)" in proc.stdout


def run_main(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of `annotator ARGV` run in this process."""
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, out.out, out.err


def test_same_id_with_different_texts_imports_with_a_warning(
        capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "ids.jsonl", [
        {"id": "d1", "text": ARABIC}, {"id": "d2", "text": "خبر ثان"},
        {"id": "d1", "text": "خبر ثالث بالمعرف نفسه"}])
    code, out, err = run_main(capsys, "import", path, "--db", db_path)
    assert code == 0
    assert err.splitlines() == [f'warning: {path}:3: id "d1" is also the id of line 1, with '
                                "a different text (both imported)"]
    assert out == "imported 3 document(s), 0 span(s); skipped 0 already in the project; " \
                  "1 warning(s)\n"
    assert [d[0] for d in documents(db_path)] == ["d1", "d2", "d1"]
    # A native `--layer all` export repeats an id with the same text: no warning.
    again = write_jsonl(tmp_path / "layers.jsonl", [
        {"id": "x", "text": "نص", "layer": "a"}, {"id": "x", "text": "نص", "layer": "b"}])
    code, _, err = run_main(capsys, "import", again, "--db", db_path)
    assert code == 0 and "warning" not in err


def test_doccano_file_with_another_suffix_is_imported_as_records(
        capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "gold.doccano", [{"id": 4, "text": ARABIC,
                                                    "label": [[*at(FAC), "FAC"]]}])
    code, out, err = run_main(capsys, "import", path, "--db", db_path)
    assert (code, err) == (0, "")
    assert documents(db_path) == [("4", ARABIC, ARABIC)]
    assert spans(db_path) == [("imported", *at(FAC), "FAC", FAC)]


def test_json_lines_saved_as_txt_are_refused_with_a_hint(
        capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "gold.txt", [{"text": ARABIC, "label": [[*at(FAC), "FAC"]]}])
    code, _, err = run_main(capsys, "import", path, "--db", db_path)
    assert code == 1
    assert err.splitlines() == [
        f"error: {path}: looks like JSON lines (native, doccano or Prodigy records), not plain "
        "text: pass --format jsonl to import its records, or --format txt to import the file "
        "as one text"]
    assert not db_path.exists()
    code, _, _ = run_main(capsys, "import", path, "--db", db_path, "--format", "jsonl")
    assert code == 0 and spans(db_path) == [("imported", *at(FAC), "FAC", FAC)]


def test_truncated_utf8_names_the_line_and_column(
        capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    data = f"عنوان\n{ARABIC}\n{ARABIC}".encode()[:-1]
    path.write_bytes(data)
    code, _, err = run_main(capsys, "import", path, "--db", db_path)
    assert code == 1
    assert err.splitlines() == [
        f"error: {path}:3: not valid UTF-8: the file ends in the middle of a character at "
        f"column {len(ARABIC)} (byte offset {len(data) - 1}); it looks truncated"]
