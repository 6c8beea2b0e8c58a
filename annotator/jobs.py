"""Batch jobs shared by the CLI and the GUI: import files, export a layer.

No Qt and no SQL: they combine core formats with the repository, report progress
through a callback and stop when the callback raises Cancelled.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from annotator import __version__
from annotator.core.errors import ImportFileError, UserError
from annotator.core.exporters import write_lines_atomic
from annotator.core.exporters.brat import write_brat
from annotator.core.exporters.csv_spans import write_csv
from annotator.core.exporters.doccano import write_doccano
from annotator.core.exporters.jsonl import jsonl_lines
from annotator.core.exporters.label_studio import write_label_studio
from annotator.core.exporters.report import ExportReport, TokenOptions
from annotator.core.exporters.staging import (
    checksum,
    fsync_folder,
    staged_writes,
    temporary_folder,
)
from annotator.core.importers import collect_files, duplicate_id_warnings, read_file
from annotator.core.progress import Cancelled, Progress
from annotator.core.schema import Schema
from annotator.core.splits import assign_splits, parse_split
from annotator.core.textio import path_text
from annotator.core.types import DocumentRecord
from annotator.store.repository import Repository


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
    repo: Repository, paths: Sequence[str | Path], fmt: str = "auto",
    encoding: str | None = None, layer: str = "imported",
    progress: Progress | None = None, on_error: Callable[[str], None] | None = None,
) -> ImportSummary:
    """Import files one by one, each all-or-nothing; a bad file never stops the batch.

    Whatever goes wrong while reading or storing one file becomes that file's one-line
    error (its transaction rolled back) and the next file is imported. Only a problem of
    the project itself (locked, read-only, disk full: sqlite3.OperationalError) stops
    the batch, since every further file would fail the same way.
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
            outcome = repo.import_records(records, progress=progress if single else None,
                                          total=len(records))
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
    return write_brat(repo.export_records(layer, progress), repo.schema(), folder).records


# ------------------------------------------------------------ training exports
@dataclass(frozen=True)
class ExportFormat:
    name: str
    title: str  # shown in the Export dialog
    suffix: str  # of each file; "" for a format that writes a folder
    tokens: bool = False  # takes TokenOptions
    stdout: bool = False  # can write to standard output


EXPORT_FORMATS = {f.name: f for f in (
    ExportFormat("jsonl", "Native JSONL (lossless, re-importable)", ".jsonl", stdout=True),
    ExportFormat("brat", "brat standoff (folder)", ""),
    ExportFormat("conll", "CoNLL (BIO/BILOU tokens)", ".conll", tokens=True),
    ExportFormat("hf", "Hugging Face token classification (JSONL)", ".jsonl", tokens=True),
    ExportFormat("spacy", "spaCy (JSONL + DocBin)", ".jsonl", tokens=True),
    ExportFormat("doccano", "doccano (JSONL)", ".jsonl", stdout=True),
    ExportFormat("label-studio", "Label Studio (JSON)", ".json", stdout=True),
    ExportFormat("csv", "CSV of spans (spreadsheet)", ".csv", stdout=True),
)}
# Project exchange formats: one record per document with all its chosen layers.
_NATIVE = ("jsonl", "brat")


def one_layer_records(docs: Iterable[DocumentRecord]) -> Iterator[DocumentRecord]:
    """One record per document and layer, as the training writers expect.

    A document without any layer (`--layer all` on a document nobody annotated) is not
    training data and is left out.
    """
    for doc in docs:
        for layer in doc.layers:
            if layer.layer is not None:
                yield DocumentRecord(doc.external_id, doc.text, doc.title, doc.source,
                                     doc.meta, [layer], doc.line)


class _Tally:
    """Counts layer records, spans and spans per label of the documents streaming past.

    A document without any layer is not counted as a record (it holds no annotation).
    """

    def __init__(self, keep: frozenset[str] | None = None) -> None:
        self.records = 0
        self.keep = keep  # the labels the format writes (token formats: entities only)
        self.labels: Counter[str] = Counter()

    def watch(self, docs: Iterable[DocumentRecord]) -> Iterator[DocumentRecord]:
        for doc in docs:
            for layer in doc.layers:
                self.records += layer.layer is not None
                self.labels.update(s.label for s in layer.spans
                                   if self.keep is None or s.label in self.keep)
            yield doc

    def summary(self) -> dict[str, Any]:
        return {"records": self.records, "spans": sum(self.labels.values()),
                "labels": dict(sorted(self.labels.items()))}


def _write(fmt: str, docs: Iterable[DocumentRecord], target: Path | str, schema: Schema,
           options: TokenOptions) -> ExportReport:
    """Write one file (or brat folder) in `fmt`; the writer checks every span."""
    if fmt == "jsonl":
        ref = {"name": schema.name, "version": schema.version}
        n = write_lines_atomic(jsonl_lines(docs, ref), target)
        return ExportReport(records=n, files=[Path(target)] if str(target) != "-" else [])
    if fmt == "brat":
        return write_brat(docs, schema, target)
    records = one_layer_records(docs)
    target_path = Path(target) if str(target) != "-" else target
    if fmt == "doccano":
        return write_doccano(records, target)
    if fmt == "label-studio":
        return write_label_studio(records, target, schema)
    if fmt == "csv":
        return write_csv(records, target)
    if fmt == "conll":
        from annotator.core.exporters.conll import write_conll
        return write_conll(records, target_path, options)
    if fmt == "hf":
        from annotator.core.exporters.hf import write_hf
        return write_hf(records, target_path, options, [lb.name for lb in schema.all_labels])
    if fmt == "spacy":
        from annotator.core.exporters.spacy import write_spacy
        return write_spacy(records, target_path, options)
    raise UserError(f"unknown export format '{fmt}' (use {', '.join(EXPORT_FORMATS)})")


def check_export_request(fmt: str, target: str | Path,
                         split: str | None) -> dict[str, float] | None:
    """Refuse a bad format, split spec or output before any work; the parsed split."""
    spec = EXPORT_FORMATS.get(fmt)
    if spec is None:
        raise UserError(f"unknown export format '{fmt}' (use {', '.join(EXPORT_FORMATS)})")
    fractions = parse_split(split) if split is not None else None
    if fmt == "spacy" and not fractions and Path(target).suffix == ".spacy":
        raise UserError(f"{target}: give the JSONL file (e.g. {Path(target).stem}.jsonl); "
                        "the .spacy DocBin is written beside it")
    if str(target) == "-" and (fractions or not spec.stdout):
        what = "--split writes a folder" if fractions else (
            f"{fmt} export writes a folder" if not spec.suffix else f"{fmt} export writes files")
        raise UserError(f"{what}: give it with -o")
    return fractions


def export_training(
    repo: Repository, fmt: str, target: str | Path, layer: str | None = None,
    split: str | None = None, seed: int = 0, options: TokenOptions | None = None,
    progress: Progress | None = None, include_events: bool = False,
) -> ExportReport:
    """Export a layer in any format, optionally split by document into train/dev/test.

    Without a split, `target` is a file ("-" for standard output where the format
    allows it; a folder for brat) and, for the training formats written to a file,
    `<file>.manifest.json` is written beside it. With a split, `target` is a folder that
    receives train/dev/test files and manifest.json, all moved in at the end so a
    failure leaves none of them half-written. See docs/decisions/0011.
    """
    fractions = check_export_request(fmt, target, split)
    spec = EXPORT_FORMATS[fmt]
    options = (options or TokenOptions()).for_format(fmt)
    if options.entity_labels is None and not include_events:
        # Named-entity training data: event triggers are not entities unless asked for.
        options = replace(options, entity_labels=frozenset(lb.name for lb in repo.schema().labels))
    _check_layer(repo, layer)
    manifest: dict[str, Any] = {
        "tool": {"name": "annotator", "version": __version__},
        "format": fmt,
        "layer": layer or ("gold" if "gold" in repo.layers() else "all"),
        "schema": {"name": repo.schema().name, "version": repo.schema().version},
    }
    if spec.tokens:
        labels = options.entity_labels
        manifest["token_options"] = asdict(options) | {
            "entity_labels": sorted(labels) if labels is not None else None}
    keep = options.entity_labels if spec.tokens else None
    if fractions is None:
        tally = _Tally(keep)
        beside = fmt not in _NATIVE and str(target) != "-"
        with staged_writes() as batch:
            report = _write(fmt, tally.watch(repo.export_records(layer, progress)), target,
                            repo.schema(), options)
            path = Path(f"{target}.manifest.json")
            if beside:
                manifest["files"] = [p.name for p in report.files]
                manifest.update(tally.summary())
                manifest["checksums"] = batch.checksums()
                report.files.append(_write_manifest(manifest, path))
            # The data files first, the manifest last, the old manifest gone before either.
            batch.commit(retire=[path] if beside else [])
        report.spans = report.spans or tally.summary()["spans"]
        return report
    docs = list(repo.export_records(layer, progress))
    return _export_split(docs, fmt, Path(target), repo.schema(), options, fractions, seed,
                         manifest, keep)


def _export_split(docs: list[DocumentRecord], fmt: str, folder: Path, schema: Schema,
                  options: TokenOptions, fractions: dict[str, float], seed: int,
                  manifest: dict[str, Any], keep: frozenset[str] | None) -> ExportReport:
    if folder.exists() and not folder.is_dir():
        raise UserError(f"{folder}: exists and is not a folder (--split writes a folder)")
    parent = folder.resolve().parent
    if not parent.is_dir():
        raise UserError(f"{folder}: folder {parent} does not exist")
    labels = [frozenset(s.label for lr in d.layers for s in lr.spans) for d in docs]
    result = assign_splits(labels, fractions, seed)
    manifest.update({"split": fractions, "seed": seed, "splits": {},
                     "labels_missing_from_train": result.missing_from_train})
    report = ExportReport()
    report.problems.extend(
        f"label {lb}: in no training document (train is too small to hold every label)"
        for lb in result.missing_from_train)
    suffix = EXPORT_FORMATS[fmt].suffix
    tmp = temporary_folder(parent, folder.name)
    try:
        for name in fractions:
            tally = _Tally(keep)
            chosen = [docs[i] for i in result.indices(name)]
            part = _write(fmt, tally.watch(chosen), tmp / f"{name}{suffix}", schema, options)
            entry = {"documents": len(chosen), **tally.summary(),
                     "files": sorted(p.relative_to(tmp).as_posix() for p in part.files)}
            manifest["splits"][name] = entry
            part.spans = part.spans or entry["spans"]
            report.add(part)
        manifest["checksums"] = {p.relative_to(tmp).as_posix(): checksum(p)
                                 for p in sorted(tmp.rglob("*")) if p.is_file()}
        _write_manifest(manifest, tmp / "manifest.json")
        folder.mkdir(exist_ok=True)
        # The old manifest goes first and the new one comes last, so a manifest in the
        # folder always describes the files beside it (an export killed in between
        # leaves none).
        (folder / "manifest.json").unlink(missing_ok=True)
        _move_into(tmp, folder, last="manifest.json")
        fsync_folder(folder)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    report.files = [folder / p.relative_to(tmp) for p in report.files]
    report.files.append(folder / "manifest.json")
    return report


def report_line(report: ExportReport, target: str | Path) -> str:
    """The one-line result the CLI prints and the GUI shows."""
    text = f"wrote {report.records} record(s), {report.spans} span(s) to {target}"
    if report.widened:
        text += f"; widened {report.widened} span(s) to whole tokens"
    if report.problems:
        text += f"; {len(report.problems)} problem(s)"
    return text


def _write_manifest(manifest: dict[str, Any], path: Path) -> Path:
    write_lines_atomic([json.dumps(manifest, ensure_ascii=False, indent=2)], path)
    return path


def _move_into(source: Path, target: Path, last: str | None = None) -> None:
    """Move every file of `source` into `target`, replacing same-named files, recursively;
    the file named `last` (at the top) is moved after all others."""
    for item in sorted(source.iterdir(), key=lambda p: p.name == last):
        dest = target / item.name
        if item.is_dir():
            dest.mkdir(exist_ok=True)
            _move_into(item, dest)
            fsync_folder(dest)
        else:
            os.replace(item, dest)
