"""The export and import formats: one entry each, and everything else reads the entries.

Adding a format is its writer (core/exporters/) or reader (core/importers/) and one
entry here: `annotator export --format` / `annotator import --format` (choices and
help), the Export and Import dialogs, their file-dialog filters, the suffixes a folder
import collects and the export operation all come from these two registries.

An entry names its writer or reader by module and function, imported on first use, so
listing the formats (`annotator --help`) loads none of them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from annotator.core.exporters.options import TokenOptions
    from annotator.core.exporters.report import ExportReport
    from annotator.core.schema import Schema
    from annotator.core.types import DocumentRecord

# Every writer: (records, target, schema, token options) -> ExportReport. The records
# are one per document and layer, or for an `exchange` format one per document with all
# its layers; target is a file, a folder (suffix ""), or "-" for stdout.
Writer = Callable[["Iterable[DocumentRecord]", "str | Path", "Schema", "TokenOptions"],
                  "ExportReport"]
# Every reader: (path, decoded text, schema, layer for the spans) -> records, or
# ImportFileError naming the file (and the line).
Reader = Callable[[Path, str, "Schema", str], "list[DocumentRecord]"]
# A content check on the decoded text of a file.
Detector = Callable[[str], bool]

# The layer imported spans go to unless the file names its own (native JSONL does).
DEFAULT_IMPORT_LAYER = "imported"
AUTO = "auto"  # the import format that picks one by suffix, then by content


def lazy(module: str, name: str, **bound: Any) -> Callable[..., Any]:
    """``module.name`` (with the keyword arguments ``bound``), imported when first called."""

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(module), name)(*args, **bound, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__module__ = module
    return call


@dataclass(frozen=True)
class ExportFormat:
    """One `annotator export --format` choice and entry of the Export dialog."""

    name: str
    title: str  # the dialog's entry and the file dialog's filter name
    suffix: str  # of each file written; "" for a format that writes a folder
    writer: Writer
    stdout: bool = False  # can write to standard output (`-o -`)
    tokens: bool = False  # takes the token options: --scheme --clitics --nested --include-events
    clitics: str = "keep"  # what --clitics auto means for it (docs/decisions/0010)
    # Project exchange (jsonl, brat): one record per document with all its chosen layers,
    # and no manifest beside a single file. Training formats get a record per layer.
    exchange: bool = False
    # The writer takes depth=, the file's nesting depth by character offsets (from the
    # store's span_ranges), and raises conll.NestingDepthDiffers when tokens nest to
    # another depth; the export then writes again with that depth (conll's columns).
    nesting_depth: bool = False
    spans: bool = True  # writes spans (False: document labels only; no span counts)
    # The writer numbers its records from first_id= (label-studio's task ids): a split
    # goes on numbering from file to file, so the ids are unique across its files.
    numbered: bool = False

    @property
    def folder(self) -> bool:
        return not self.suffix


@dataclass(frozen=True)
class ImportFormat:
    """One `annotator import --format` choice (besides auto) and entry of the Import dialog."""

    name: str
    title: str  # what it reads: the --format help, the dialog, the refusal of a .txt holding it
    reader: Reader
    suffixes: tuple[str, ...] = ()  # auto reads these as this format; folders collect them
    # auto, for a suffix another format also takes: this format's file when it says so.
    claims: Detector | None = None
    # auto, for a file whose suffix no format takes: this format's file when it says so;
    # a .txt file it recognises is refused (pass --format).
    detect: Detector | None = None


def _exporter(module: str, name: str) -> Writer:
    return lazy(f"annotator.core.exporters.{module}", name)


def _importer(module: str, name: str, **bound: str) -> Reader:
    return lazy(f"annotator.core.importers.{module}", name, **bound)


def _sniff(name: str) -> Detector:
    return lazy("annotator.core.importers.sniff", name)


EXPORT_FORMATS: dict[str, ExportFormat] = {f.name: f for f in (
    ExportFormat("jsonl", "Native JSONL (lossless, re-importable)", ".jsonl",
                 _exporter("jsonl", "write_jsonl"), stdout=True, exchange=True),
    ExportFormat("brat", "brat standoff (folder)", "", _exporter("brat", "write_brat"),
                 exchange=True),
    ExportFormat("conll", "CoNLL (BIO/BILOU tokens)", ".conll",
                 _exporter("conll", "write_conll"), tokens=True, clitics="keep",
                 nesting_depth=True),
    ExportFormat("hf", "Hugging Face token classification (JSONL)", ".jsonl",
                 _exporter("hf", "write_hf"), tokens=True, clitics="split"),
    ExportFormat("spacy", "spaCy (JSONL + DocBin)", ".jsonl",
                 _exporter("spacy", "write_spacy"), tokens=True, clitics="split"),
    ExportFormat("doccano", "doccano (JSONL)", ".jsonl",
                 _exporter("doccano", "write_doccano"), stdout=True),
    ExportFormat("label-studio", "Label Studio (JSON)", ".json",
                 _exporter("label_studio", "write_label_studio"), stdout=True, numbered=True),
    ExportFormat("csv", "CSV of spans (spreadsheet)", ".csv",
                 _exporter("csv_spans", "write_csv"), stdout=True),
    ExportFormat("textcat", "Text classification from document labels (JSONL)", ".jsonl",
                 _exporter("textcat", "write_textcat"), spans=False),
)}

IMPORT_FORMATS: dict[str, ImportFormat] = {f.name: f for f in (
    ImportFormat("txt", "plain text, one document per file", _importer("txt", "read_txt"),
                 (".txt",)),
    ImportFormat("jsonl", "JSON lines (native, doccano or Prodigy records)",
                 _importer("jsonl", "read_jsonl"), (".jsonl", ".json", ".ndjson"),
                 detect=_sniff("looks_like_json_records")),
    ImportFormat("native", "native JSONL records",
                 _importer("jsonl", "read_jsonl", kind="native")),
    ImportFormat("doccano", "doccano JSONL records",
                 _importer("jsonl", "read_jsonl", kind="doccano")),
    ImportFormat("prodigy", "Prodigy JSONL records",
                 _importer("jsonl", "read_jsonl", kind="prodigy")),
    ImportFormat("label-studio", "a Label Studio export (a JSON array of tasks)",
                 _importer("label_studio", "read_label_studio"), (".json",),
                 claims=_sniff("starts_like_json_array"),
                 detect=_sniff("looks_like_label_studio_tasks")),
    ImportFormat("conll", "CoNLL tokens and tags (-DOCSTART- blocks)",
                 _importer("conll", "read_conll"), (".conll",)),
    ImportFormat("spacy", "spaCy/Prodigy JSONL with tokens (checked)",
                 _importer("spacy", "read_spacy_jsonl")),
)}


def export_format(name: str) -> ExportFormat:
    """The entry of an export format, or UserError naming the choices."""
    spec = EXPORT_FORMATS.get(name)
    if spec is None:
        from annotator.core.errors import UserError

        raise UserError(f"unknown export format '{name}' (use {', '.join(EXPORT_FORMATS)})")
    return spec


def token_options(options: TokenOptions, fmt: str) -> TokenOptions:
    """`options` for format `fmt`: clitics "auto" becomes that format's own default."""
    spec = EXPORT_FORMATS.get(fmt)
    return options.with_clitics_default(spec.clitics if spec is not None else "keep")


def import_format(name: str) -> ImportFormat:
    """The entry of an import format (not auto), or UserError naming the choices."""
    spec = IMPORT_FORMATS.get(name)
    if spec is None:
        from annotator.core.errors import UserError

        raise UserError(f"unknown import format '{name}' (use {', '.join(import_choices())})")
    return spec


def import_choices() -> tuple[str, ...]:
    """What `annotator import --format` and the Import dialog offer: auto first."""
    return (AUTO, *IMPORT_FORMATS)


def import_suffixes() -> list[str]:
    """Every suffix auto reads (a folder import collects these files), sorted."""
    return sorted({s for f in IMPORT_FORMATS.values() for s in f.suffixes})


def detect_import_format(path: Path, text: str) -> str:
    """The format auto reads a file as: by its suffix, then by its content, else txt."""
    suffix = path.suffix.lower()
    owners = [f for f in IMPORT_FORMATS.values() if suffix in f.suffixes]
    if not owners:
        return content_format(text) or "txt"
    claimed = [f for f in owners if f.claims is not None and f.claims(text)]
    fallback = [f for f in owners if f.claims is None]
    return (claimed or fallback or owners)[0].name


def content_format(text: str) -> str | None:
    """The format whose content check recognises the text, if one does."""
    for f in IMPORT_FORMATS.values():
        if f.detect is not None and f.detect(text):
            return f.name
    return None
