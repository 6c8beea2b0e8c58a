"""What an export did: counts, problems and files, for the CLI line and the GUI message."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.limits import SHOWN_PROBLEMS


class Problems(list[str]):
    """An export's problems, one line each naming the document and span: every one is
    counted (`total`), only the first SHOWN_PROBLEMS are kept.

    Only those are ever shown (the CLI's warnings, the Export dialog's details), and a
    corpus export can have as many problems as documents (about 90,000 spans off token
    boundaries in the 100,000-document benchmark): keeping every line made the export's
    memory grow with the corpus.
    """

    def __init__(self, items: Iterable[str] = ()) -> None:
        super().__init__()
        self.total = 0
        self.extend(items)

    def append(self, item: str) -> None:
        self.total += 1
        if len(self) < SHOWN_PROBLEMS:
            super().append(item)

    def extend(self, items: Iterable[str]) -> None:
        for item in items:
            self.append(item)

    def __reduce__(self) -> tuple[Any, ...]:
        # A worker process's report comes back pickled: its kept lines and its count.
        return _problems, (list(self), self.total)

    def merge(self, other: Problems) -> None:
        """Add another report's problems, those it counted without keeping included."""
        self.extend(other)
        self.total += other.total - len(other)


def _problems(kept: list[str], total: int) -> Problems:
    problems = Problems(kept)
    problems.total = total
    return problems


@dataclass
class ExportReport:
    """Counts and problems of one export, for the CLI line and the GUI message."""

    records: int = 0
    spans: int = 0
    widened: int = 0  # spans widened to whole tokens (token formats without a split)
    problems: Problems = field(default_factory=Problems)
    files: list[Path] = field(default_factory=list)

    def add(self, other: ExportReport) -> None:
        self.records += other.records
        self.spans += other.spans
        self.widened += other.widened
        self.problems.merge(other.problems)
        self.files.extend(other.files)

    def line(self, target: str | Path) -> str:
        """The one-line result the CLI prints and the GUI shows."""
        text = f"wrote {self.records} record(s), {self.spans} span(s) to {target}"
        if self.widened:
            text += f"; widened {self.widened} span(s) to whole tokens"
        if self.problems:
            text += f"; {self.problems.total} problem(s)"
        return text

    def shown_problems(self) -> list[str]:
        """The problems kept (the first SHOWN_PROBLEMS) and, if there were more,
        "... N more"."""
        more = self.problems.total - len(self.problems)
        return list(self.problems) + ([f"... {more} more"] if more > 0 else [])
