"""Nothing wrong, nothing lost: every malformed file is refused alone, in one line.

Each file of tests/cli/bad_inputs.py (more than 100, by category) is imported in a
batch "good file, bad file, good file" through `annotator.cli.main`, in this process
(a subprocess per file would take minutes). A user must see no traceback, one error
line naming the bad file (and its line), a non-zero exit, the good file after the bad
one imported, and a project exactly as if the bad file had not been in the batch
(every table compared, timestamps and random identities aside). The counts per
category are printed. Two real processes cover the process boundary.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from annotator.cli import main
from annotator.core.textio import path_text
from annotator.store.repository import Repository
from tests.cli.bad_inputs import DEEP, Bad, bad_inputs, spacy_record

if TYPE_CHECKING:
    from tests.conftest import CliResult

FIRST = "الملف الجيد الأول: قصفت المقاومة الإسلامية في العراق قاعدة حرير"
LAST = "الملف الجيد الأخير: زار الوفد قاعدة حرير في أربيل"
FAC = "قاعدة حرير"
VOLATILE = re.compile(r"(^|_)at$|^uid$")  # timestamps and random identities


def _fac(text: str) -> tuple[int, int]:
    i = text.index(FAC)
    return i, i + len(FAC)


def _good_bodies(fmt: str) -> tuple[tuple[str, bytes], tuple[str, bytes]]:
    """Two valid files (name, bytes) in the batch's format, with spans where it has them."""
    def line(obj: Any) -> bytes:
        return (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8")

    def each(make: Callable[[str], Any], suffix: str) -> tuple[tuple[str, bytes], ...]:
        return tuple((f"{n}{suffix}", make(text)) for n, text in (("first", FIRST),
                                                                   ("last", LAST)))

    if fmt in ("auto", "txt"):
        last = ("last.txt", LAST.encode()) if fmt == "txt" else ("last.jsonl", line({
            "id": "good-last", "text": LAST, "layer": "gold", "status": "done",
            "spans": [{"id": 1, "start": _fac(LAST)[0], "end": _fac(LAST)[1],
                       "label": "FAC"}]}))
        return ("first.txt", FIRST.encode()), last
    if fmt in ("jsonl", "native"):
        return each(lambda t: line({"text": t, "layer": "gold", "spans": [
            {"start": _fac(t)[0], "end": _fac(t)[1], "label": "FAC"}]}), ".jsonl")
    if fmt == "doccano":
        return each(lambda t: line({"text": t, "label": [[*_fac(t), "FAC"]]}), ".jsonl")
    if fmt == "prodigy":
        return each(lambda t: line({"text": t, "spans": [
            {"start": _fac(t)[0], "end": _fac(t)[1], "label": "FAC"}]}), ".jsonl")
    if fmt == "spacy":
        return each(lambda t: line(spacy_record(text=t, tokens=[], spans=[
            {"start": _fac(t)[0], "end": _fac(t)[1], "label": "FAC"}])), ".jsonl")
    if fmt == "label-studio":
        return each(lambda t: json.dumps([{"data": {"text": t}, "annotations": [{"result": [
            {"type": "labels", "value": {"start": _fac(t)[0], "end": _fac(t)[1],
                                         "labels": ["FAC"]}}]}]}], ensure_ascii=False).encode(),
                    ".json")
    if fmt == "conll":
        return each(lambda t: "\n".join(f"{w} O" for w in t.split()).encode() + b"\n",
                    ".conll")
    raise AssertionError(fmt)


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table, without the columns that differ between two runs."""
    conn = sqlite3.connect(db)
    try:
        out = {}
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            keep = [i for i, d in enumerate(cursor.description) if not VOLATILE.search(d[0])]
            out[table] = sorted((tuple(row[i] for i in keep) for row in cursor), key=repr)
        return out
    finally:
        conn.close()


def run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int | None, str, str]:
    """(exit status or None if an exception escaped, stderr, what escaped)."""
    try:
        code: int | None = main(argv)
        escaped = ""
    except Exception as exc:  # a user would have seen a traceback
        code, escaped = None, f"{type(exc).__name__}: {exc}"[:300]
    return code, capsys.readouterr().err, escaped


@dataclass
class Tally:
    files: Counter[str] = field(default_factory=Counter)
    tracebacks: Counter[str] = field(default_factory=Counter)
    changed: Counter[str] = field(default_factory=Counter)
    good_after: Counter[str] = field(default_factory=Counter)
    last_resort: Counter[str] = field(default_factory=Counter)  # "cannot import (...)"
    problems: list[str] = field(default_factory=list)

    def table(self) -> str:
        rows = [f"{'category':28} files tracebacks changed good-after last-resort"]
        for cat in self.files:
            rows.append(f"{cat:28} {self.files[cat]:5} {self.tracebacks[cat]:10} "
                        f"{self.changed[cat]:7} {self.good_after[cat]:10} "
                        f"{self.last_resort[cat]:11}")
        total = sum(self.files.values())
        rows.append(f"{'total':28} {total:5} {sum(self.tracebacks.values()):10} "
                    f"{sum(self.changed.values()):7} {sum(self.good_after.values()):10} "
                    f"{sum(self.last_resort.values()):11}")
        return "\n".join(rows)


class Batch:
    """Good files per format, written once, and the project they alone produce."""

    def __init__(self, root: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.root, self.capsys = root, capsys
        self.good: dict[str, tuple[Path, Path]] = {}
        self.reference: dict[tuple[str, str | None], dict[str, list[tuple]]] = {}

    def argv(self, paths: list[Path], db: Path, case: Bad) -> list[str]:
        argv = ["import", *map(str, paths), "--db", str(db)]
        if case.fmt != "auto":
            argv += ["--format", case.fmt]
        if case.encoding:
            argv += ["--encoding", case.encoding]
        return argv

    def good_files(self, fmt: str) -> tuple[Path, Path]:
        if fmt not in self.good:
            folder = self.root / f"good-{fmt}"
            folder.mkdir()
            paths = []
            for name, body in _good_bodies(fmt):
                (folder / name).write_bytes(body)
                paths.append(folder / name)
            self.good[fmt] = (paths[0], paths[1])
        return self.good[fmt]

    def empty_project(self, target: Path) -> Path:
        """A copy of one new project: what `import` would create, without migrating anew."""
        template = self.root / "empty.db"
        if not template.exists():
            Repository.open(template).close()
        shutil.copyfile(template, target)
        return target

    def reference_for(self, case: Bad) -> dict[str, list[tuple]]:
        key = (case.fmt, case.encoding)
        if key not in self.reference:
            db = self.empty_project(self.root / f"reference-{len(self.reference)}.db")
            code, err, escaped = run(self.capsys, self.argv(list(self.good_files(case.fmt)),
                                                            db, case))
            assert code == 0 and not escaped, (case.fmt, err, escaped)
            self.reference[key] = dump(db)
        return self.reference[key]

    def check(self, n: int, case: Bad, tally: Tally) -> None:
        first, last = self.good_files(case.fmt)
        reference = self.reference_for(case)
        folder = self.root / f"case-{n}"
        name = os.fsdecode(case.name) if isinstance(case.name, bytes) else case.name
        bad = folder / name
        bad.parent.mkdir(parents=True)
        if case.body is not None:
            bad.write_bytes(case.body)
        given = folder / name.split("/")[0] if case.in_folder else bad
        db = self.empty_project(folder / "project.db")
        code, err, escaped = run(self.capsys, self.argv([first, given, last], db, case))
        cat, shown = case.category, path_text(bad)
        tally.files[cat] += 1
        where = f"{cat} / {path_text(name)}"
        if escaped or "Traceback" in err:
            tally.tracebacks[cat] += 1
            tally.problems.append(f"{where}: escaped {escaped or err}")
        if "cannot import (" in err:
            tally.last_resort[cat] += 1
            tally.problems.append(f"{where}: only the last-resort guard caught it: {err}")
        errors = [line for line in err.splitlines() if line.startswith("error:")]
        expected = f"{shown}:{case.line}:" if case.line is not None else shown
        if len(errors) != 1 or expected not in errors[0] or case.says not in errors[0]:
            tally.problems.append(f"{where}: expected one error with {expected!r} and "
                                  f"{case.says!r}, got {errors or err!r}")
        if code in (0, None):
            tally.problems.append(f"{where}: exit status {code}")
        if not db.exists():
            tally.changed[cat] += 1
            tally.problems.append(f"{where}: no project")
            return
        state = dump(db)
        if state != reference:
            tally.changed[cat] += 1
            diff = {t: (len(state.get(t, [])), len(rows)) for t, rows in reference.items()
                    if state.get(t) != rows}
            tally.problems.append(f"{where}: project differs (rows now, expected) {diff}")
        sources = {row[5] for row in state["documents"]}  # (id, ext, title, text, sha, source)
        if path_text(last) in sources:
            tally.good_after[cat] += 1
        else:
            tally.problems.append(f"{where}: the good file after it was not imported")


def test_every_malformed_file_is_refused_alone_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cases = bad_inputs()
    batch, tally = Batch(tmp_path, capsys), Tally()
    for n, case in enumerate(cases):
        batch.check(n, case, tally)
    with capsys.disabled():
        print(f"\nbad-input suite (tests/cli/bad_inputs.py):\n{tally.table()}")
    assert not tally.problems, "\n".join(tally.problems)
    total = sum(tally.files.values())
    assert total == len(cases) >= 100
    assert sum(tally.tracebacks.values()) == 0
    assert sum(tally.changed.values()) == 0
    assert sum(tally.good_after.values()) == total
    assert sum(tally.last_resort.values()) == 0


def test_the_suite_covers_every_category_of_the_issue() -> None:
    files = Counter(case.category for case in bad_inputs())
    assert all(n >= 5 for n in files.values()), files
    assert {"deep nesting", "huge integers", "NaN and Infinity", "Label Studio shapes",
            "lone surrogates", "non-UTF-8 file names", "encodings", "empty files",
            "invalid JSON", "bad spans", "bad events", "CoNLL", "spaCy JSONL"} <= set(files)
    formats = Counter(case.fmt for case in bad_inputs())
    assert {"auto", "spacy", "doccano", "prodigy", "native", "conll"} <= set(formats)


# ------------------------------------------------------------ across a real process
def test_a_real_process_non_utf8_name_and_deep_nesting(
        cli_process: Callable[..., CliResult], tmp_path: Path) -> None:
    cli = cli_process  # the interpreter decodes the file name given on its command line
    odd = tmp_path / os.fsdecode(b"bad\xffname.txt")
    odd.write_bytes("خبر\nنص".encode())
    deep = tmp_path / "deep.jsonl"
    deep.write_text('{"text": "a", "meta": ' + DEEP + "}\n", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(LAST, encoding="utf-8")
    db = tmp_path / "p.db"
    result = cli("import", odd, deep, good, "--db", db)  # asserts: no traceback
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"error: {deep}:1: invalid JSON (nested too deeply "
                                          "to read)"]
    assert "imported 2 document(s)" in result.stdout and "1 file(s) failed" in result.stdout
    exported = cli("export", "--format", "jsonl", "--db", db)
    assert exported.returncode == 0, exported.stderr
    records = [json.loads(line) for line in exported.stdout.splitlines()]
    assert [(r["id"], r["meta"]["source"]) for r in records] == [
        ("bad\\xffname", f"{path_text(tmp_path)}/bad\\xffname.txt"), ("good", str(good))]
