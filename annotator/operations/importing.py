"""Importing files into the project: `annotator import`, File > Import and drops.

Each file is read (core.importers, by the format registry) and stored in its own
transaction: all-or-nothing per file, and a bad file never stops the batch.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from annotator.core.errors import ImportFileError, UserError
from annotator.core.formats import AUTO, DEFAULT_IMPORT_LAYER
from annotator.core.importers import collect_files, duplicate_id_warnings, read_file
from annotator.core.progress import Cancelled, Progress
from annotator.core.textio import path_text
from annotator.core.types import DocumentRecord
from annotator.store.importing import ImportOutcome
from annotator.store.repository import Repository


class StoreRecords(Protocol):
    """Stores one file's records all-or-nothing (Repository.import_records' signature)."""

    def __call__(self, records: list[DocumentRecord], *, progress: Progress | None,
                 total: int) -> ImportOutcome: ...


@dataclass
class ImportSummary:
    added: int = 0
    merged: int = 0
    skipped: int = 0
    spans: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # files imported, but look wrong
    skipped_files: list[str] = field(default_factory=list)
    cancelled: bool = False

    def line(self) -> str:
        text = f"imported {self.added} document(s), {self.spans} span(s)"
        if self.merged:
            text += f"; added layers to {self.merged} existing document(s)"
        text += f"; skipped {self.skipped} already in the project"
        if self.errors:
            text += f"; {len(self.errors)} file(s) failed"
        if self.warnings:
            text += f"; {len(self.warnings)} warning(s)"
        if self.cancelled:
            text += "; cancelled"
        return text


def import_files(
    repo: Repository, paths: Sequence[str | Path], fmt: str = AUTO,
    encoding: str | None = None, layer: str = DEFAULT_IMPORT_LAYER,
    progress: Progress | None = None, on_error: Callable[[str], None] | None = None,
    store: StoreRecords | None = None,
) -> ImportSummary:
    """Import files one by one, each all-or-nothing; a bad file never stops the batch.

    Whatever goes wrong while reading or storing one file becomes that file's one-line
    error (its transaction rolled back) and the next file is imported. Only a problem of
    the project itself (locked, read-only, disk full: sqlite3.OperationalError) stops
    the batch, since every further file would fail the same way. `store` stores one
    file's records instead of `repo.import_records` (a team server: operations/team.py).
    """
    files = collect_files(list(paths))
    if not files:
        raise UserError("no importable files (.txt, .jsonl, .json) found")
    summary = ImportSummary()
    single = len(files) == 1
    for n, path in enumerate(files, 1):
        name = path_text(path)
        try:
            records = read_file(path, repo.schema(), fmt, encoding, layer)
            outcome = (store or repo.import_records)(
                records, progress=progress if single else None, total=len(records))
        except Cancelled:
            summary.cancelled = True
            break
        except sqlite3.OperationalError:
            raise
        except Exception as exc:  # the last resort: one line per file, never a traceback
            if isinstance(exc, ImportFileError):
                message = str(exc)
            elif isinstance(exc, UserError):
                message = f"{name}: {exc}"
            else:  # a reader missed a case: still this file's error, not the batch's
                detail = " ".join(str(exc).split())[:200]
                message = f"{name}: cannot import ({type(exc).__name__}: {detail})"
            summary.errors.append(message)
            if on_error:
                on_error(message)
            continue
        summary.warnings.extend(duplicate_id_warnings(name, records))
        summary.added += outcome.added
        summary.merged += outcome.merged
        summary.skipped += outcome.skipped
        summary.spans += outcome.spans
        if outcome.skipped:
            summary.skipped_files.append(name)
        if progress and not single:
            progress(n, len(files))
    return summary
