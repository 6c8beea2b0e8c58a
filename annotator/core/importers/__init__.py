"""Reading input files into DocumentRecords, one file at a time, all-or-nothing.

Every problem becomes an ImportFileError naming the file (and the line), so the
CLI can report it in one line and go on with the rest of the batch.
"""

from __future__ import annotations

from pathlib import Path

from annotator.core.errors import ImportFileError, UserError, shorten
from annotator.core.importers.conll import read_conll
from annotator.core.importers.jsonl import read_jsonl
from annotator.core.importers.label_studio import looks_like_label_studio, read_label_studio
from annotator.core.importers.sniff import kind_by_content, not_plain_text
from annotator.core.importers.spacy import read_spacy_jsonl
from annotator.core.importers.txt import read_txt
from annotator.core.schema import Schema
from annotator.core.textio import DecodeError, decode, path_text
from annotator.core.types import DocumentRecord

FORMATS = ("auto", "txt", "jsonl", "native", "doccano", "prodigy", "label-studio",
           "conll", "spacy")
_SUFFIXES = {".txt": "txt", ".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl",
             ".conll": "conll"}


def collect_files(paths: list[str | Path]) -> list[Path]:
    """Expand folders recursively (importable suffixes only), keep files as given."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(
                sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in _SUFFIXES
                       and not any(part.startswith(".") for part in f.relative_to(p).parts))
            )
        elif p.is_file():
            out.append(p)
        else:
            raise UserError(f"{p}: no such file or folder")
    return out


def format_of(path: Path, fmt: str) -> str:
    if fmt != "auto":
        return fmt
    return _SUFFIXES.get(path.suffix.lower(), "txt")


def read_file(
    path: Path, schema: Schema, fmt: str = "auto", encoding: str | None = None,
    layer: str = "imported",
) -> list[DocumentRecord]:
    """All records of one file, fully checked, or ImportFileError."""
    kind = format_of(path, fmt)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(path_text(path), f"cannot read ({exc.strerror or exc})") from None
    path = Path(path_text(path))  # the name as stored and reported (always valid UTF-8)
    if not data.strip():
        raise ImportFileError(str(path), "empty file")
    try:
        text = decode(data, encoding)
    except DecodeError as exc:
        raise ImportFileError(str(path), str(exc), exc.line) from None
    if not text.strip():
        raise ImportFileError(str(path), "empty file (only white space)")
    if fmt == "auto" and path.suffix.lower() not in _SUFFIXES:
        kind = kind_by_content(text) or kind  # e.g. a doccano export saved as gold.doccano
    elif fmt == "auto" and kind == "txt" and text.lstrip("\ufeff \t\r\n")[:1] in ("{", "["):
        found = kind_by_content(text)
        if found:
            raise ImportFileError(str(path), not_plain_text(found))
    if kind == "txt":
        return [read_txt(path, text)]
    if kind == "conll":
        return read_conll(path, text, schema, layer)
    if kind == "spacy":
        return read_spacy_jsonl(path, text, schema, layer)
    if kind == "label-studio" or (fmt == "auto" and path.suffix.lower() == ".json"
                                  and looks_like_label_studio(text)):
        return read_label_studio(path, text, schema, layer)
    return read_jsonl(path, text, schema, kind, layer)


def duplicate_id_warnings(name: str, records: list[DocumentRecord]) -> list[str]:
    """One warning per record whose id an earlier record of the file used for another text.

    Both documents are imported (documents are identified by their text), but whoever
    looks them up by id will find two: the file is probably wrong.
    """
    first: dict[str, tuple[str, str]] = {}  # id -> (where, text)
    out = []
    for n, rec in enumerate(records, 1):
        where = f"line {rec.line}" if rec.line is not None else f"record {n}"
        seen = first.setdefault(rec.external_id, (where, rec.text))
        if seen[1] != rec.text:
            prefix = f"{name}:{rec.line}" if rec.line is not None else f"{name}: record {n}"
            out.append(f"{prefix}: id {shorten(rec.external_id)} is also the id of {seen[0]}, "
                       "with a different text (both imported)")
    return out
