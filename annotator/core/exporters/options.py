"""The options of the token-based export formats (conll, hf, spacy) and their choices.

`annotator export` (--scheme, --clitics, --nested) and the Export dialog offer the same
choices, from here. What `clitics="auto"` means is each format's own default, in its
registry entry (annotator.core.formats; docs/decisions/0010-token-exports.md).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

SCHEMES = ("bio", "bilou")
# "split": a leading و ف ب ل ك becomes its own token where a span starts after it.
CLITICS = ("auto", "keep", "split")
NESTED = ("columns", "outermost")  # one tag column per nesting level, or the outermost only


@dataclass(frozen=True)
class TokenOptions:
    """Options of the token-based formats (conll, hf, spacy)."""

    scheme: str = "bio"  # one of SCHEMES
    clitics: str = "auto"  # one of CLITICS; "auto": the format's default
    nested: str = "columns"  # one of NESTED
    # Labels to export (the schema's entity labels, to leave event triggers out); None = all.
    entity_labels: frozenset[str] | None = None
    # Several layers are exported (--layer all): each record names its layer (hf "layer"
    # and an id of document, layer and sentence; spaCy meta.layer and user_data), so two
    # annotators' copies of a document can be told apart. Not a choice of the user's.
    layer_named: bool = False

    def with_clitics_default(self, default: str) -> TokenOptions:
        """These options with "auto" replaced by `default` (a format's own choice,
        annotator.core.formats.token_options)."""
        return self if self.clitics != "auto" else replace(self, clitics=default)
