"""What an export did: counts, problems and files, for the CLI line and the GUI message."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.limits import SHOWN_PROBLEMS


@dataclass
class ExportReport:
    """Counts and problems of one export, for the CLI line and the GUI message."""

    records: int = 0
    spans: int = 0
    widened: int = 0  # spans widened to whole tokens (token formats without a split)
    problems: list[str] = field(default_factory=list)  # one line each, naming document+span
    files: list[Path] = field(default_factory=list)

    def add(self, other: ExportReport) -> None:
        self.records += other.records
        self.spans += other.spans
        self.widened += other.widened
        self.problems.extend(other.problems)
        self.files.extend(other.files)

    def line(self, target: str | Path) -> str:
        """The one-line result the CLI prints and the GUI shows."""
        text = f"wrote {self.records} record(s), {self.spans} span(s) to {target}"
        if self.widened:
            text += f"; widened {self.widened} span(s) to whole tokens"
        if self.problems:
            text += f"; {len(self.problems)} problem(s)"
        return text

    def shown_problems(self) -> list[str]:
        """The first SHOWN_PROBLEMS problems and, if there are more, "... N more"."""
        shown = self.problems[:SHOWN_PROBLEMS]
        more = len(self.problems) - len(shown)
        return shown + ([f"... {more} more"] if more > 0 else [])
