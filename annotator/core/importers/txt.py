"""Plain text files: one document each; the whole file is the text."""

from __future__ import annotations

from pathlib import Path

from annotator.core.textio import normalize_text
from annotator.core.types import DocumentRecord


def title_of(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def read_txt(path: Path, text: str) -> DocumentRecord:
    stored = normalize_text(text)
    return DocumentRecord(
        external_id=path.stem, text=stored, title=title_of(stored), source=path.as_posix()
    )
