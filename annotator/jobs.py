"""Batch jobs shared by the CLI and the GUI: import files, export a layer.

No Qt and no SQL: they combine core formats with the repository, report progress
through a callback and stop when the callback raises Cancelled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.errors import UserError
from annotator.core.exporters import write_lines_atomic
from annotator.core.exporters.brat import write_brat
from annotator.core.exporters.jsonl import jsonl_lines
from annotator.core.importers import collect_files, read_file
from annotator.store.repository import Progress, Repository


class Cancelled(UserError):
    """The user cancelled; the file in progress was rolled back."""


@dataclass
class ImportSummary:
    added: int = 0
    merged: int = 0
    skipped: int = 0
    spans: int = 0
    errors: list[str] = field(default_factory=list)
    skipped_files: list[str] = field(default_factory=list)
    cancelled: bool = False

    def line(self) -> str:
        text = f"imported {self.added} document(s), {self.spans} span(s)"
        if self.merged:
            text += f"; added layers to {self.merged} existing document(s)"
        text += f"; skipped {self.skipped} already in the project"
        if self.errors:
            text += f"; {len(self.errors)} file(s) failed"
        if self.cancelled:
            text += "; cancelled"
        return text


def import_files(
    repo: Repository, paths: Sequence[str | Path], fmt: str = "auto",
    encoding: str | None = None, layer: str = "imported",
    progress: Progress | None = None, on_error: Callable[[str], None] | None = None,
) -> ImportSummary:
    """Import files one by one, each all-or-nothing; a bad file never stops the batch."""
    files = collect_files(list(paths))
    if not files:
        raise UserError("no importable files (.txt, .jsonl, .json) found")
    summary = ImportSummary()
    single = len(files) == 1
    for n, path in enumerate(files, 1):
        try:
            records = read_file(path, repo.schema(), fmt, encoding, layer)
            outcome = repo.import_records(records, progress=progress if single else None,
                                          total=len(records))
        except Cancelled:
            summary.cancelled = True
            break
        except UserError as exc:
            summary.errors.append(str(exc))
            if on_error:
                on_error(str(exc))
            continue
        summary.added += outcome.added
        summary.merged += outcome.merged
        summary.skipped += outcome.skipped
        summary.spans += outcome.spans
        if outcome.skipped:
            summary.skipped_files.append(str(path))
        if progress and not single:
            progress(n, len(files))
    return summary


def _check_layer(repo: Repository, layer: str | None) -> None:
    layers = repo.layers()
    if layer not in (None, "all") and layer not in layers:
        known = ", ".join(layers) or "none"
        raise UserError(f"no layer named '{layer}' (layers: {known})")


def export_jsonl(repo: Repository, target: str | Path, layer: str | None = None,
                 progress: Progress | None = None) -> int:
    """Write native JSONL atomically; returns the number of records."""
    _check_layer(repo, layer)
    schema = {"name": repo.schema().name, "version": repo.schema().version}
    return write_lines_atomic(jsonl_lines(repo.export_records(layer, progress), schema), target)


def export_brat(repo: Repository, folder: str | Path, layer: str | None = None,
                progress: Progress | None = None) -> int:
    """Write a brat collection (.txt, .ann per document, annotation.conf)."""
    _check_layer(repo, layer)
    return write_brat(repo.export_records(layer, progress), repo.schema(), folder)
