"""Spans as CSV for spreadsheets: document, layer, start, end, label, text.

UTF-8 with a byte order mark when written to a file, because Excel opens a CSV without
one in the system's ANSI code page and shows Arabic as mojibake; pandas and Python read
it with encoding "utf-8-sig". Standard output gets no BOM (it is read by programs).
Offsets are code points, like every other export. Fields are quoted only when needed
(comma, quote, line break), quotes doubled, as RFC 4180 says.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from pathlib import Path

from annotator.core.exporters import write_lines_atomic
from annotator.core.exporters.options import TokenOptions
from annotator.core.exporters.report import ExportReport
from annotator.core.schema import Schema
from annotator.core.spans import check_span, sorted_spans
from annotator.core.types import DocumentRecord

COLUMNS = ("document", "layer", "start", "end", "label", "text")
BOM = "\ufeff"


def csv_rows(records: Iterable[DocumentRecord],
             report: ExportReport) -> Iterator[list[str | int | None]]:
    for doc in records:
        (layer,) = doc.layers
        report.records += 1
        for s in sorted_spans(layer.spans):
            check_span(doc.text, s.start, s.end, s.text)
            report.spans += 1
            yield [doc.external_id, layer.layer, s.start, s.end, s.label, s.text]


def write_csv(records: Iterable[DocumentRecord], target: str | Path, schema: Schema,
              options: TokenOptions) -> ExportReport:
    report = ExportReport()
    buf = io.StringIO()
    # The terminator must contain \r and \n: the csv module quotes a field holding a
    # line break only when that character occurs in the terminator.
    out = csv.writer(buf, lineterminator="\r\n")

    def line(row: Iterable[object]) -> str:
        buf.seek(0)
        buf.truncate()
        out.writerow(row)
        return buf.getvalue()[:-2]

    def lines() -> Iterator[str]:
        yield ("" if str(target) == "-" else BOM) + line(COLUMNS)
        for row in csv_rows(records, report):
            yield line(row)

    write_lines_atomic(lines(), target)
    if str(target) != "-":
        report.files.append(Path(target))
    return report
