"""Plain text files: one document each; the whole file is the text."""

from __future__ import annotations

from pathlib import Path

from annotator.core.schema import Schema
from annotator.core.textio import normalize_text
from annotator.core.types import DocumentRecord


def title_of(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def read_txt(path: Path, text: str, schema: Schema, layer: str) -> list[DocumentRecord]:
    """The file as one document (the reader signature of core.formats; a text has no
    spans, so the schema and the layer are not used)."""
    stored = normalize_text(text)
    return [DocumentRecord(
        external_id=path.stem, text=stored, title=title_of(stored), source=path.as_posix()
    )]
