"""What the store says after an action, and status names, in the interface language.

The store (Qt-free, shared with the command line) reports each action with one English
line built from a fixed template ("added PER «بغداد»"). The window shows it through
`store_message`, which recognises the templates listed here and gives their
translation with the same values; a line it does not know (a refusal of core or store)
goes to `core_messages.core_message`, which shows it as it is when it knows it neither. A new
template in `store/actions.py` belongs in TEMPLATES too (tests/ui/test_language.py
checks that every template there is listed).
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication

from annotator.core.changes import Change
from annotator.core.schema import Schema
from annotator.ui.i18n.core_messages import core_message
from annotator.ui.i18n.core_templates import SEPARATOR
from annotator.ui.i18n.noop import QT_TRANSLATE_NOOP
from annotator.ui.names import shown_code, shown_doc_label, shown_role

CONTEXT = "StoreMessage"
# Longer templates first where one could swallow another.
TEMPLATES = (
    QT_TRANSLATE_NOOP("StoreMessage", "labelled {0} occurrence(s) as {1} in {2} documents"),
    QT_TRANSLATE_NOOP("StoreMessage", "labelled {0} occurrence(s) as {1}"),
    QT_TRANSLATE_NOOP("StoreMessage", "added {0} event «{1}»"),
    QT_TRANSLATE_NOOP("StoreMessage", "added gold {0}"),
    QT_TRANSLATE_NOOP("StoreMessage", "added {0} «{1}»"),
    QT_TRANSLATE_NOOP("StoreMessage", "deleted {0} event"),
    QT_TRANSLATE_NOOP("StoreMessage", "deleted {0} «{1}»"),
    QT_TRANSLATE_NOOP("StoreMessage", "restored {0} span(s)"),
    QT_TRANSLATE_NOOP("StoreMessage", "restored {0} argument(s)"),
    QT_TRANSLATE_NOOP("StoreMessage", "restored {0} event"),
    QT_TRANSLATE_NOOP("StoreMessage", "restored {0} «{1}»"),
    QT_TRANSLATE_NOOP("StoreMessage", "removed {0} span(s)"),
    QT_TRANSLATE_NOOP("StoreMessage", "relabelled «{0}» as {1}"),
    QT_TRANSLATE_NOOP("StoreMessage", "span is now «{0}»"),
    QT_TRANSLATE_NOOP("StoreMessage", "{0} of {1} added"),
    QT_TRANSLATE_NOOP("StoreMessage", "{0} of {1} removed"),
    QT_TRANSLATE_NOOP("StoreMessage", "{0} attributes saved"),
    QT_TRANSLATE_NOOP("StoreMessage", "marked {0}"),
    QT_TRANSLATE_NOOP("StoreMessage", "document: {0}"),
    QT_TRANSLATE_NOOP("StoreMessage", "label schema saved as version {0}"),
    QT_TRANSLATE_NOOP("StoreMessage", "label schema is again version {0}"),
    QT_TRANSLATE_NOOP("StoreMessage", "undone"),
    QT_TRANSLATE_NOOP("StoreMessage", "redone"),
    QT_TRANSLATE_NOOP("StoreMessage", "gold span is now {0} «{1}»"),
    QT_TRANSLATE_NOOP("StoreMessage", "gold span is again {0} «{1}»"),
    QT_TRANSLATE_NOOP("StoreMessage", "accepted unanimous"),
    QT_TRANSLATE_NOOP("StoreMessage", "accepted {0} suggestions"),
    QT_TRANSLATE_NOOP("StoreMessage", "accepted {0} «{1}»"),
    QT_TRANSLATE_NOOP("StoreMessage", "rejected {0} suggestions"),
    QT_TRANSLATE_NOOP("StoreMessage", "rejected {0} suggestion"),
    QT_TRANSLATE_NOOP("StoreMessage", "rejected {0} «{1}»"),
    QT_TRANSLATE_NOOP("StoreMessage", "{0} suggestion(s) offered again"),
)
STATUS_NAMES = {
    "new": QT_TRANSLATE_NOOP("Status", "new"),
    "in_progress": QT_TRANSLATE_NOOP("Status", "in progress"),
    "done": QT_TRANSLATE_NOOP("Status", "done"),
    "skipped": QT_TRANSLATE_NOOP("Status", "skipped"),
}


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{\d\})", template)
    return re.compile("".join("(.+?)" if re.fullmatch(r"\{\d\}", p) else re.escape(p)
                              for p in parts) + r"\Z", re.DOTALL)


def status_name(status: str) -> str:
    """A document status (new, in_progress or 'in progress', done, skipped), shown."""
    source = STATUS_NAMES.get(status.replace(" ", "_"))
    return QCoreApplication.translate("Status", source) if source else status


def store_message(message: str) -> str:
    """The store's line in the interface language (as it is when not a known template)."""
    for template in TEMPLATES:
        match = _pattern(template).match(message)
        if match:
            values = [status_name(v) if template == "marked {0}" else v
                      for v in match.groups()]
            return QCoreApplication.translate(CONTEXT, template).format(*values)
    return core_message(message)  # a refusal of core or store, or as it is


_ARGUMENT_LINES = ("{0} of {1} added", "{0} of {1} removed")  # both in TEMPLATES


def change_message(change: Change, schema: Schema) -> str:
    """A committed action's line in the interface language. Document labels are named
    as the Document panel names them (the store's line has the stored names)."""
    if change.ok and change.doc_labels and change.message.startswith("document: "):
        parts = [shown_doc_label(schema.document_field(name), name, value)
                 for name, value in change.doc_labels]
        return QCoreApplication.translate(CONTEXT, "document: {0}").format(
            QCoreApplication.translate("CoreMessage", SEPARATOR).join(parts))
    for template in _ARGUMENT_LINES:  # the role and event type as the panel names them
        match = _pattern(template).match(change.message) if change.ok else None
        if match:
            role, event_type = match.groups()
            return QCoreApplication.translate(CONTEXT, template).format(
                shown_role(schema, event_type, role),
                shown_code(schema, event_type))
    return store_message(change.message)


# How a gold span came to be (core.adjudication HOW_*), and a reviewer's decision.
HOW_NAMES = {
    "unanimous": QT_TRANSLATE_NOOP("Review", "unanimous"),
    "accepted": QT_TRANSLATE_NOOP("Review", "accepted"),
    "edited": QT_TRANSLATE_NOOP("Review", "edited"),
    "manual": QT_TRANSLATE_NOOP("Review", "manual"),
    "imported": QT_TRANSLATE_NOOP("Review", "imported"),
    "rejected": QT_TRANSLATE_NOOP("Review", "rejected"),
    "open": QT_TRANSLATE_NOOP("Review", "open"),
}


def how_name(how: str) -> str:
    """A provenance (unanimous, accepted, edited, manual, imported) or decision, shown."""
    source = HOW_NAMES.get(how)
    return QCoreApplication.translate("Review", source) if source else how
