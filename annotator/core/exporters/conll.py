"""CoNLL: one token per line with its tag columns, a blank line between sentences.

Each document starts with a "-DOCSTART-" line (and a blank line), as in CoNLL-2003.
Columns are separated by one space; tokens never contain whitespace. Nested spans
go to further columns, outermost first (the Wojood layout), and every line of a file
has the same number of columns, so the file is padded to its deepest nesting.

That depth must be known before the first line is written, yet a file is written as
its documents stream past (100,000 documents do not fit in memory tokenized). So the
writer is told the depth the spans have by their character offsets (a cheap pass over
spans only: `span_depth`, or the store's), writes with it and checks each document's
depth in tokens as it goes. They differ only in rare data (two spans inside one token,
spans that overlap only in whitespace); then the writer raises NestingDepthDiffers
with the depth in tokens, and the caller writes the file again with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from operator import add
from pathlib import Path

from annotator.core.exporters import write_lines_atomic
from annotator.core.exporters.options import TokenOptions
from annotator.core.exporters.parallel import Workers, ordered_map
from annotator.core.exporters.report import ExportReport
from annotator.core.exporters.tokenized import CODEC, Tokenized, tokenized
from annotator.core.formats import token_options
from annotator.core.lanes import nesting_depth
from annotator.core.schema import Schema
from annotator.core.types import DocumentRecord

DOCSTART = "-DOCSTART-"


class NestingDepthDiffers(Exception):
    """The documents nest to another depth in tokens than the writer was told.

    Nothing was written (the temporary file is removed); write again with `depth`.
    """

    def __init__(self, depth: int) -> None:
        super().__init__(f"the spans nest {depth} deep in tokens")
        self.depth = depth


def write_conll(records: Iterable[DocumentRecord], target: str | Path, schema: Schema,
                options: TokenOptions, depth: int | None = None,
                workers: Workers | None = None) -> ExportReport:
    """Write the records as CoNLL, one tag column per nesting level.

    ``depth`` is the file's nesting depth by character offsets (see `span_depth`).
    Given, the records are read once and NestingDepthDiffers is raised when the tokens
    nest otherwise. Not given, the records are held in a list and read twice (small
    inputs: tests, a split's part). `workers`: see core/exporters/parallel.py.
    """
    options = token_options(options, "conll")
    if options.nested == "outermost":
        return _write(records, target, options, 1, workers)
    if depth is not None:
        return _write(records, target, options, depth, workers)
    held = list(records)
    try:
        return _write(held, target, options, span_depth(held, options), workers)
    except NestingDepthDiffers as exc:
        return _write(held, target, options, exc.depth, workers)


def span_depth(records: Iterable[DocumentRecord], options: TokenOptions) -> int:
    """The deepest nesting of the exported spans of any record, by character offsets
    (at least 1): the number of tag columns, unless tokens make spans nest otherwise."""
    wanted = options.entity_labels
    deepest = 1
    for record in records:
        ranges = [(s.start, s.end) for layer in record.layers for s in layer.spans
                  if wanted is None or s.label in wanted]
        deepest = max(deepest, nesting_depth(ranges))
    return deepest


def _write(records: Iterable[DocumentRecord], target: str | Path, options: TokenOptions,
           depth: int, workers: Workers | None) -> ExportReport:
    report = ExportReport()
    deepest = [1]
    differs = [False]  # a document nests deeper: the rest is only measured, not written

    def documents() -> Iterator[bytes]:
        for lines, columns, part in ordered_map(_lines, records, (options, depth), workers,
                                                     codec=CODEC):
            report.add(part)
            deepest[0] = max(deepest[0], columns)
            differs[0] = differs[0] or columns > depth
            if not differs[0]:
                yield lines
        if deepest[0] != depth:
            raise NestingDepthDiffers(deepest[0])

    write_lines_atomic(documents(), target)
    if str(target) != "-":
        report.files.append(Path(target))
    return report


def _lines(record: DocumentRecord, context: tuple[TokenOptions, int],
           ) -> tuple[bytes, int, ExportReport]:
    """One document's lines (joined and encoded; b"" when it nests deeper than the file's
    depth), its number of tag columns and its part of the report (run in a worker
    process)."""
    options, depth = context
    part = ExportReport()
    doc = tokenized(record, options, part, widen=True)
    cols = doc.columns(options.scheme, options.nested == "outermost")
    part.spans += sum(1 for p in doc.placed if p.level < len(cols))
    lines = _document(doc, cols, depth).encode("utf-8") if len(cols) <= depth else b""
    return lines, len(cols), part


def _document(doc: Tokenized, cols: list[list[str]], depth: int) -> str:
    """A document's lines, joined: the DOCSTART line, a blank line, each sentence's
    token lines followed by a blank line.

    Most tokens are in no span: their tag columns are all "O", one shared string, so
    columns are joined only for the tokens the spans cover (the same bytes, made per
    span token instead of per token).
    """
    pad = " O" * (depth - len(cols))
    tags = [" O" * depth] * len(doc.tokens)
    for k in {k for p in doc.placed if p.level < len(cols) for k in range(p.first, p.last)}:
        tags[k] = " " + " ".join([col[k] for col in cols]) + pad
    lines = list(map(add, doc.texts, tags))
    parts = [DOCSTART + " O" * depth, ""]
    for first, last in doc.sentences():
        parts.extend(lines[first:last])
        parts.append("")
    return "\n".join(parts)
