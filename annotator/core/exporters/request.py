"""What to export and how: the one request `annotator export` and the Export dialog build.

Both build an ExportRequest and hand it, as one value, to the export operation
(annotator.operations.exporting.export); both refuse a bad request the same way
(`check`) before anything is opened or written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.errors import UserError
from annotator.core.exporters.options import TokenOptions
from annotator.core.formats import ExportFormat, export_format
from annotator.core.limits import check_seed
from annotator.core.splits import parse_split

STDOUT = "-"


@dataclass(frozen=True)
class ExportRequest:
    """`annotator export`'s arguments (and the Export dialog's fields), as one value."""

    format: str  # a name in core.formats.EXPORT_FORMATS
    target: str | Path = STDOUT  # a file, a folder (brat, --split), or "-" for stdout
    layer: str | None = None  # gold, a layer name, "all"; None: gold if any, else all
    split: str | None = None  # e.g. "train=0.8,dev=0.1,test=0.1"; None: no split
    seed: int = 0  # of the split
    options: TokenOptions = field(default_factory=TokenOptions)  # token formats only
    include_events: bool = False  # token formats: tag event triggers too
    strict: bool = False  # problems make the export a failure (the files are still written)

    @property
    def spec(self) -> ExportFormat:
        return export_format(self.format)

    @property
    def to_stdout(self) -> bool:
        return str(self.target) == STDOUT

    def check(self) -> dict[str, float] | None:
        """Refuse a bad format, split, seed or output before any work; the parsed split."""
        spec = self.spec
        fractions = parse_split(self.split) if self.split is not None else None
        check_seed(self.seed)
        target = Path(self.target)
        if self.format == "spacy" and not fractions and target.suffix == ".spacy":
            raise UserError(f"{self.target}: give the JSONL file (e.g. {target.stem}.jsonl); "
                            "the .spacy DocBin is written beside it")
        if self.to_stdout and (fractions or not spec.stdout):
            what = "--split writes a folder" if fractions else (
                f"{self.format} export writes a folder" if spec.folder
                else f"{self.format} export writes files")
            raise UserError(f"{what}: give it with -o")
        return fractions
