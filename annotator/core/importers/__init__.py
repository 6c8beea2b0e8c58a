"""Reading input files into DocumentRecords, one file at a time, all-or-nothing.

Every problem becomes an ImportFileError naming the file (and the line), so the
CLI can report it in one line and go on with the rest of the batch.
"""

from __future__ import annotations

from pathlib import Path

from annotator.core.errors import ImportFileError, UserError, shorten
from annotator.core.formats import (
    AUTO,
    DEFAULT_IMPORT_LAYER,
    IMPORT_FORMATS,
    content_format,
    detect_import_format,
    import_format,
    import_suffixes,
)
from annotator.core.importers.sniff import not_plain_text
from annotator.core.schema import Schema
from annotator.core.textio import DecodeError, decode, path_text
from annotator.core.types import DocumentRecord


def collect_files(paths: list[str | Path]) -> list[Path]:
    """Expand folders recursively (importable suffixes only), keep files as given."""
    suffixes = frozenset(import_suffixes())
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(
                sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in suffixes
                       and not any(part.startswith(".") for part in f.relative_to(p).parts))
            )
        elif p.is_file():
            out.append(p)
        else:
            raise UserError(f"{p}: no such file or folder")
    return out


def read_file(
    path: Path, schema: Schema, fmt: str = AUTO, encoding: str | None = None,
    layer: str = DEFAULT_IMPORT_LAYER,
) -> list[DocumentRecord]:
    """All records of one file, fully checked, or ImportFileError.

    ``fmt`` auto picks the format by the file's suffix, then by its content
    (core.formats.detect_import_format); a file auto would read as plain text but whose
    content another format recognises (JSON lines saved as .txt) is refused.
    """
    if fmt != AUTO:
        import_format(fmt)  # an unknown format is refused before the file is read
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
    kind = fmt
    if fmt == AUTO:
        kind = detect_import_format(path, text)
        found = content_format(text) if kind == "txt" else None
        if found:
            raise ImportFileError(str(path), not_plain_text(found, IMPORT_FORMATS[found].title))
    return IMPORT_FORMATS[kind].reader(path, text, schema, layer)


def duplicate_id_warnings(name: str, records: list[DocumentRecord]) -> list[str]:
    """One warning per record whose id an earlier record of the file used for another text.

    Both documents are imported (documents are identified by their text), but whoever
    looks them up by id will find two: the file is probably wrong.
    """
    ids = DuplicateIds(name)
    return [w for n, rec in enumerate(records, 1) if (w := ids.check(rec, n)) is not None]


class DuplicateIds:
    """The duplicate-id warnings of a file whose records stream past, one at a time.

    Kept per id: where it was first seen and its text's length and hash, not the text.
    (Two different texts of one length with the same 64-bit hash would go unwarned.)
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.first: dict[str, tuple[int | None, int, int, int]] = {}  # line, n, len, hash

    def check(self, rec: DocumentRecord, n: int) -> str | None:
        """The warning for the n-th record of the file, if its id names another text."""
        key = (rec.line, n, len(rec.text), hash(rec.text))
        seen = self.first.setdefault(rec.external_id, key)
        if seen[2:] == key[2:]:
            return None
        prefix = f"{self.name}:{rec.line}" if rec.line is not None else f"{self.name}: record {n}"
        where = f"line {seen[0]}" if seen[0] is not None else f"record {seen[1]}"
        return (f"{prefix}: id {shorten(rec.external_id)} is also the id of {where}, "
                "with a different text (both imported)")
