"""CoNLL: one token per line with its tag columns, a blank line between sentences.

Each document starts with a "-DOCSTART-" line (and a blank line), as in CoNLL-2003.
Columns are separated by one space; tokens never contain whitespace. Nested spans
go to further columns, outermost first (the Wojood layout), and every line of a file
has the same number of columns, so the file is padded to its deepest nesting.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from annotator.core.exporters import write_lines_atomic
from annotator.core.exporters.options import TokenOptions
from annotator.core.exporters.report import ExportReport
from annotator.core.exporters.tokenized import Tokenized, tokenized
from annotator.core.formats import token_options
from annotator.core.schema import Schema
from annotator.core.types import DocumentRecord

DOCSTART = "-DOCSTART-"


def write_conll(records: Iterable[DocumentRecord], target: str | Path, schema: Schema,
                options: TokenOptions) -> ExportReport:
    options = token_options(options, "conll")
    report = ExportReport()
    outermost = options.nested == "outermost"
    docs: list[tuple[Tokenized, list[list[str]]]] = []
    for record in records:
        doc = tokenized(record, options, report, widen=True)
        cols = doc.columns(options.scheme, outermost)
        report.spans += sum(1 for p in doc.placed if p.level < len(cols))
        docs.append((doc, cols))
    depth = max((len(cols) for _, cols in docs), default=1)
    write_lines_atomic(_lines(docs, depth), target)
    if str(target) != "-":
        report.files.append(Path(target))
    return report


def _lines(docs: list[tuple[Tokenized, list[list[str]]]], depth: int) -> Iterator[str]:
    pad = " O" * depth
    for doc, cols in docs:
        yield DOCSTART + pad
        yield ""
        words = doc.words()
        for first, last in doc.sentences():
            for k in range(first, last):
                tags = [col[k] for col in cols] + ["O"] * (depth - len(cols))
                yield " ".join([words[k], *tags])
            yield ""
