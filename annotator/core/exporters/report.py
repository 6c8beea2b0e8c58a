"""What an export did and the options of the token-based formats."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

# What --clitics means when not given, per token format (docs/decisions/0010): spaCy and
# Hugging Face hold a span only on whole tokens, so a proclitic is split off where a span
# starts after it; CoNLL keeps whole words (the Wojood layout) and widens, reported.
CLITICS_DEFAULT = {"conll": "keep", "hf": "split", "spacy": "split"}


@dataclass
class TokenOptions:
    """Options of the token-based formats (conll, hf, spacy)."""

    scheme: str = "bio"  # "bio" or "bilou"
    # "keep", "split" (a leading و ف ب ل ك becomes its own token where a span starts after
    # it) or "auto": the format's default, CLITICS_DEFAULT.
    clitics: str = "auto"
    nested: str = "columns"  # "columns" (one tag column per nesting level) or "outermost"
    # Labels to export (the schema's entity labels, to leave event triggers out); None = all.
    entity_labels: frozenset[str] | None = None

    def for_format(self, fmt: str) -> TokenOptions:
        """These options with "auto" replaced by the format's own clitics default."""
        if self.clitics != "auto":
            return self
        return replace(self, clitics=CLITICS_DEFAULT.get(fmt, "keep"))


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
