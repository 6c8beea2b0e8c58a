"""What an export did and the options of the token-based formats."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class TokenOptions:
    """Options of the token-based formats (conll, hf, spacy)."""

    scheme: str = "bio"  # "bio" or "bilou"
    clitics: str = "keep"  # "keep" or "split": a leading و ف ب ل ك becomes its own token
    nested: str = "columns"  # "columns" (one tag column per nesting level) or "outermost"
    # Labels to export (the schema's entity labels, to leave event triggers out); None = all.
    entity_labels: frozenset[str] | None = None


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
