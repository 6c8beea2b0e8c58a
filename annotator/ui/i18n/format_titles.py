"""The names of the export and import formats in the interface language.

The registry (annotator/core/formats.py) is Qt-free and shared with the command line,
so its titles are English. The dialogs show them through `format_title`; the titles
are listed here for lupdate (a test fails when the registry has one not listed).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.ui.i18n.noop import QT_TRANSLATE_NOOP

CONTEXT = "FormatTitle"
TITLES = (
    # export formats
    QT_TRANSLATE_NOOP("FormatTitle", "Native JSONL (lossless, re-importable)"),
    QT_TRANSLATE_NOOP("FormatTitle", "brat standoff (folder)"),
    QT_TRANSLATE_NOOP("FormatTitle", "CoNLL (BIO/BILOU tokens)"),
    QT_TRANSLATE_NOOP("FormatTitle", "Hugging Face token classification (JSONL)"),
    QT_TRANSLATE_NOOP("FormatTitle", "spaCy (JSONL + DocBin)"),
    QT_TRANSLATE_NOOP("FormatTitle", "doccano (JSONL)"),
    QT_TRANSLATE_NOOP("FormatTitle", "Label Studio (JSON)"),
    QT_TRANSLATE_NOOP("FormatTitle", "CSV of spans (spreadsheet)"),
    QT_TRANSLATE_NOOP("FormatTitle", "Text classification from document labels (JSONL)"),
    # import formats
    QT_TRANSLATE_NOOP("FormatTitle", "plain text, one document per file"),
    QT_TRANSLATE_NOOP("FormatTitle", "JSON lines (native, doccano or Prodigy records)"),
    QT_TRANSLATE_NOOP("FormatTitle", "native JSONL records"),
    QT_TRANSLATE_NOOP("FormatTitle", "doccano JSONL records"),
    QT_TRANSLATE_NOOP("FormatTitle", "Prodigy JSONL records"),
    QT_TRANSLATE_NOOP("FormatTitle", "a Label Studio export (a JSON array of tasks)"),
    QT_TRANSLATE_NOOP("FormatTitle", "CoNLL tokens and tags (-DOCSTART- blocks)"),
    QT_TRANSLATE_NOOP("FormatTitle", "spaCy/Prodigy JSONL with tokens (checked)"),
)


def format_title(title: str) -> str:
    """A format's registry title in the interface language (as it is when not listed)."""
    return QCoreApplication.translate(CONTEXT, title)
