"""Exporting a layer: `annotator export` and File > Export, from one ExportRequest.

The format's entry in the export registry (annotator.core.formats) gives its writer
and what it takes; this module adds what every format shares: the layer check, one
record per layer for the training formats, the manifest and the train/dev/test split
(docs/decisions/0011-export-formats-and-splits.md).
"""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from annotator import __version__
from annotator.core.errors import UserError
from annotator.core.exporters import write_lines_atomic
from annotator.core.exporters.conll import NestingDepthDiffers
from annotator.core.exporters.options import TokenOptions
from annotator.core.exporters.report import ExportReport
from annotator.core.exporters.request import ExportRequest
from annotator.core.exporters.staging import (
    checksum,
    fsync_folder,
    remove_replaced,
    staged_writes,
    temporary_folder,
)
from annotator.core.formats import ExportFormat, token_options
from annotator.core.lanes import nesting_depth
from annotator.core.progress import Progress
from annotator.core.schema import Schema
from annotator.core.splits import assign_splits
from annotator.core.types import DocumentRecord
from annotator.store.repository import Repository


def export(repo: Repository, request: ExportRequest,
           progress: Progress | None = None) -> ExportReport:
    """Export a layer in any format, optionally split by document into train/dev/test.

    Without a split, the target is a file ("-" for standard output where the format
    allows it; a folder for brat) and, for the training formats written to a file,
    `<file>.manifest.json` is written beside it. With a split, the target is a folder
    that receives train/dev/test files and manifest.json, all moved in at the end so a
    failure leaves none of them half-written.
    """
    fractions = request.check()
    spec = request.spec
    schema = repo.schema()
    options = token_options(request.options, spec.name)
    if options.entity_labels is None and not request.include_events:
        # Named-entity training data: event triggers are not entities unless asked for.
        options = replace(options, entity_labels=frozenset(lb.name for lb in schema.labels))
    layer = request.layer
    _check_layer(repo, layer)
    manifest: dict[str, Any] = {
        "tool": {"name": "annotator", "version": __version__},
        "format": spec.name,
        "layer": layer or ("gold" if "gold" in repo.layers() else "all"),
        "schema": {"name": schema.name, "version": schema.version},
    }
    if spec.tokens:
        labels = options.entity_labels
        manifest["token_options"] = {k: v for k, v in asdict(options).items()
                                     if k != "layer_named"} | {
            "entity_labels": sorted(labels) if labels is not None else None}
        options = replace(options, layer_named=manifest["layer"] == "all"
                          and len(repo.layers()) > 1)
    keep = options.entity_labels if spec.tokens else None
    if not spec.spans:
        keep = frozenset()  # a format without spans (textcat) counts none
    target = request.target
    if fractions is None:
        depth = None
        if spec.nesting_depth and options.nested != "outermost":
            depth = max(1, max(map(nesting_depth, repo.span_ranges(layer, keep)), default=1))
        for _ in range(_ATTEMPTS):
            try:
                return _export_file(repo, request, spec, schema, options, manifest, keep,
                                    progress, depth)
            except NestingDepthDiffers as exc:  # rare: tokens nest otherwise than offsets
                depth = exc.depth
        raise UserError("the project changed while it was exported; export again")
    docs = list(repo.export_records(layer, progress))
    return _export_split(docs, spec, Path(target), schema, options, fractions,
                         request.seed, manifest, keep)


# Writes of one file with a nesting depth (conll): the guess from character offsets, then
# the depth in tokens; a third only if the project changes in between.
_ATTEMPTS = 3


def _export_file(repo: Repository, request: ExportRequest, spec: ExportFormat, schema: Schema,
                 options: TokenOptions, manifest: dict[str, Any],
                 keep: frozenset[str] | None, progress: Progress | None,
                 depth: int | None) -> ExportReport:
    """Write one file (or brat folder) and, for a training format, its manifest beside it."""
    target = request.target
    tally = _Tally(keep)
    beside = not spec.exchange and not request.to_stdout
    with staged_writes() as batch:
        report = _write(spec, tally.watch(repo.export_records(request.layer, progress)),
                        target, schema, options, depth)
        path = Path(f"{target}.manifest.json")
        if beside:
            manifest = dict(manifest, files=[p.name for p in report.files],
                            records=report.records)  # as the writer counts them
            manifest.update(tally.summary())
            manifest["checksums"] = batch.checksums()
            report.files.append(_write_manifest(manifest, path))
        # The data files first, the manifest last, the old manifest gone before either.
        batch.commit(retire=[path] if beside else [])
    report.spans = report.spans or tally.summary()["spans"]
    return report


def _check_layer(repo: Repository, layer: str | None) -> None:
    layers = repo.layers()
    if layer not in (None, "all") and layer not in layers:
        known = ", ".join(layers) or "none"
        raise UserError(f"no layer named '{layer}' (layers: {known})")


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
    """Counts spans and spans per label of the documents streaming past (the records are
    what the writer counts: a format writes a line, a file or nothing per layer)."""

    def __init__(self, keep: frozenset[str] | None = None) -> None:
        self.keep = keep  # the labels the format writes (token formats: entities only)
        self.labels: Counter[str] = Counter()

    def watch(self, docs: Iterable[DocumentRecord]) -> Iterator[DocumentRecord]:
        for doc in docs:
            for layer in doc.layers:
                self.labels.update(s.label for s in layer.spans
                                   if self.keep is None or s.label in self.keep)
            yield doc

    def summary(self) -> dict[str, Any]:
        return {"spans": sum(self.labels.values()),
                "labels": dict(sorted(self.labels.items()))}


def _write(spec: ExportFormat, docs: Iterable[DocumentRecord], target: str | Path,
           schema: Schema, options: TokenOptions, depth: int | None = None,
           first_id: int = 1) -> ExportReport:
    """Write one file (or brat folder); the writer checks every span. A numbered format
    numbers its records from `first_id`."""
    records = docs if spec.exchange else one_layer_records(docs)
    if spec.numbered:
        numbered: Callable[..., ExportReport] = spec.writer
        return numbered(records, target, schema, options, first_id=first_id)
    if depth is not None:  # a nesting_depth format's writer (conll) takes the depth too
        writer: Callable[..., ExportReport] = spec.writer
        return writer(records, target, schema, options, depth=depth)
    return spec.writer(records, target, schema, options)


def _export_split(docs: list[DocumentRecord], spec: ExportFormat, folder: Path, schema: Schema,
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
    tmp = temporary_folder(parent, folder.name)
    next_id = 1  # a numbered format's ids go on across the split's files
    try:
        for name in fractions:
            tally = _Tally(keep)
            chosen = [docs[i] for i in result.indices(name)]
            part = _write(spec, tally.watch(chosen), tmp / f"{name}{spec.suffix}", schema,
                          options, first_id=next_id)
            next_id += part.records
            entry = {"documents": len(chosen), "records": part.records, **tally.summary(),
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
        # leaves none). What the old one listed and this export does not write goes too.
        before = _listed_files(folder / "manifest.json")
        (folder / "manifest.json").unlink(missing_ok=True)
        remove_replaced(folder, before, [*manifest["checksums"], "manifest.json"])
        _move_into(tmp, folder, last="manifest.json")
        fsync_folder(folder)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    report.files = [folder / p.relative_to(tmp) for p in report.files]
    report.files.append(folder / "manifest.json")
    return report


def _listed_files(manifest: Path) -> list[str]:
    """The files a manifest says its export wrote (none when unreadable)."""
    try:
        listed = json.loads(manifest.read_text(encoding="utf-8")).get("checksums", {})
    except (OSError, ValueError, AttributeError):
        return []
    return [name for name in listed if isinstance(name, str)] if isinstance(listed, dict) \
        else []


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
