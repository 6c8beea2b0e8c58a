"""What core, store and operations say, shown in the interface language.

Core and store are Qt-free and shared with the command line, so their lines (results,
refusals, a file's problems) are English. The window shows them through `core_message`,
which knows their fixed templates (listed here, extracted by lupdate) and gives the
translation with the same values. A line is read in three ways, the first that applies:

- the whole line is a known template; its values are read the same way (a message may
  hold another one: "its label schema differs ... ({0}); nothing merged");
- "PLACE: REASON", where the reason is a known message (a file, "file:3", "task 2",
  "labels[1] (PER)"): the place stays as it is unless it is a template itself;
- "PART; PART" (result lines such as the import summary): each part on its own.

What is not known stays English rather than half translated. A new message in core
belongs here too (tests/ui/test_core_messages.py produces the window's messages from
real bad input and fails on English it finds).
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from annotator.ui.i18n.noop import QT_TRANSLATE_NOOP

CONTEXT = "CoreMessage"
SEPARATOR = QT_TRANSLATE_NOOP("CoreMessage", "; ")
TEMPLATES = (
    QT_TRANSLATE_NOOP("CoreMessage", "imported {0} document(s), {1} span(s)"),
    QT_TRANSLATE_NOOP("CoreMessage", "added layers to {0} existing document(s)"),
    QT_TRANSLATE_NOOP("CoreMessage", "skipped {0} already in the project"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} file(s) failed"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} warning(s)"),
    QT_TRANSLATE_NOOP("CoreMessage", "cancelled"),
    QT_TRANSLATE_NOOP("CoreMessage", "no importable files (.txt, .jsonl, .json) found"),
    QT_TRANSLATE_NOOP("CoreMessage", "no such file or folder"),
    QT_TRANSLATE_NOOP("CoreMessage", "cannot read ({0})"),
    QT_TRANSLATE_NOOP("CoreMessage", "empty file"),
    QT_TRANSLATE_NOOP("CoreMessage", "empty file (only white space)"),
    QT_TRANSLATE_NOOP("CoreMessage", "looks like {0}, not plain text: pass --format {1} to import its records, or --format txt to import the file as one text"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "cannot import ({0})"),
    QT_TRANSLATE_NOOP("CoreMessage", "a Label Studio export is a JSON array of tasks"),
    QT_TRANSLATE_NOOP("CoreMessage", "task {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "no tasks"),
    QT_TRANSLATE_NOOP("CoreMessage", "no records"),
    QT_TRANSLATE_NOOP("CoreMessage", "no tokens"),
    QT_TRANSLATE_NOOP("CoreMessage", "record {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "line {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "expected a token and at least one tag"),
    QT_TRANSLATE_NOOP("CoreMessage", "cannot read tag {0} (expected O or B-, I-, L-, U-, E-, S- and a label)"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "unknown label {0} in tag {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "a record must be a JSON object"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} must be an integer, got {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} {1} is out of range"),
    QT_TRANSLATE_NOOP("CoreMessage", "'text' is missing or empty"),
    QT_TRANSLATE_NOOP("CoreMessage", "'text' contains NUL characters (U+0000)"),
    QT_TRANSLATE_NOOP("CoreMessage", "'text_sha256' does not match the text"),
    QT_TRANSLATE_NOOP("CoreMessage", "unknown label {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "span 'text' must be a string"),
    QT_TRANSLATE_NOOP("CoreMessage", "'label' must be a list"),
    QT_TRANSLATE_NOOP("CoreMessage", "cannot read span {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "'spans' must be a list"),
    QT_TRANSLATE_NOOP("CoreMessage", "each span must be an object"),
    QT_TRANSLATE_NOOP("CoreMessage", "a record with spans, events or doc_labels needs a 'layer'"),
    QT_TRANSLATE_NOOP("CoreMessage", "'layer' must be a non-empty string"),
    QT_TRANSLATE_NOOP("CoreMessage", "unknown status {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "'spans' and 'events' must be lists"),
    QT_TRANSLATE_NOOP("CoreMessage", "'doc_labels' must be an object"),
    QT_TRANSLATE_NOOP("CoreMessage", "span id {0} is used twice"),
    QT_TRANSLATE_NOOP("CoreMessage", "each event must be an object"),
    QT_TRANSLATE_NOOP("CoreMessage", "unknown event type {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "event {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "event {0}, role {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "trigger {0} is not a span id of this record"),
    QT_TRANSLATE_NOOP("CoreMessage", "its trigger span is labelled {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "'arguments' must be a list"),
    QT_TRANSLATE_NOOP("CoreMessage", "unknown role in {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "span {0} is not a span id of this record"),
    QT_TRANSLATE_NOOP("CoreMessage", "'attributes' must be an object"),
    QT_TRANSLATE_NOOP("CoreMessage", "invalid JSON ({0}, column {1})"),
    QT_TRANSLATE_NOOP("CoreMessage", "invalid JSON ({0})"),
    QT_TRANSLATE_NOOP("CoreMessage", "invalid JSON (nested too deeply to read)"),
    QT_TRANSLATE_NOOP("CoreMessage", "span [{0}, {1}) text {2} does not match the document ({3})"),
    QT_TRANSLATE_NOOP("CoreMessage", "span [{0}, {1}) is out of range for a text of {2} characters"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "span offsets must be integers, got {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "id {0} is also the id of {1}, with a different text (both imported)"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "unknown import format '{0}' (use {1})"),
    QT_TRANSLATE_NOOP("CoreMessage", "unknown export format '{0}' (use {1})"),
    QT_TRANSLATE_NOOP("CoreMessage", "wrote {0} record(s), {1} span(s) to {2}"),
    QT_TRANSLATE_NOOP("CoreMessage", "widened {0} span(s) to whole tokens"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} problem(s)"),
    QT_TRANSLATE_NOOP("CoreMessage", "... {0} more"),
    QT_TRANSLATE_NOOP("CoreMessage", "covers no token; left out"),
    QT_TRANSLATE_NOOP("CoreMessage", "not on token boundaries; widened to {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "label {0} is not in the label list; left out"),
    QT_TRANSLATE_NOOP("CoreMessage", "triggers no event; Label Studio reads it as one"),
    QT_TRANSLATE_NOOP("CoreMessage", "merged {0}: nothing new ({1})"),
    QT_TRANSLATE_NOOP("CoreMessage", "merged {0}: {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} documents matched, {1} added"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} document matched, {1} added"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} spans added, {1} updated (newer), {2} deleted"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} span added, {1} updated (newer), {2} deleted"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} events added, {1} updated (newer), {2} deleted"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} event added, {1} updated (newer), {2} deleted"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} statuses updated"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} status updated"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} document labels updated"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} document label updated"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} conflicts kept local"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} conflict kept local"),
    QT_TRANSLATE_NOOP("CoreMessage", "this is the project itself; merge another annotator's file"),
    QT_TRANSLATE_NOOP("CoreMessage", "its label schema differs from the project's ({0}); nothing merged"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "it lacks {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "it has {0}, which the project lacks"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} is defined differently"),
    QT_TRANSLATE_NOOP("CoreMessage", "label {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "event attribute {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "document field {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "database problem ({0}); nothing merged"),
    QT_TRANSLATE_NOOP("CoreMessage", "no such file"),
    QT_TRANSLATE_NOOP("CoreMessage", "not a file"),
    QT_TRANSLATE_NOOP("CoreMessage", "not an annotator project file"),
    QT_TRANSLATE_NOOP("CoreMessage", "not an annotator project file ({0})"),
    QT_TRANSLATE_NOOP("CoreMessage", "not an annotator project file (no label schema)"),
    QT_TRANSLATE_NOOP("CoreMessage", "made by an older version of annotator; open it once with this version to upgrade it (annotator stats --db {0})"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "made by a newer version of annotator: upgrade annotator to open it ({0} is unknown to annotator {1})"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "migration {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "table {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "column {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "the team server was made by a newer version of annotator: upgrade annotator (migration {0} is unknown to annotator {1})"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "no such folder: {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "cannot open as a project database ({0})"),
    QT_TRANSLATE_NOOP("CoreMessage", "invalid schema:"),
    QT_TRANSLATE_NOOP("CoreMessage", "cannot read schema ({0})"),
    QT_TRANSLATE_NOOP("CoreMessage", "schema is not UTF-8"),
    QT_TRANSLATE_NOOP("CoreMessage", "not valid TOML: {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "'{0}' must be a string"),
    QT_TRANSLATE_NOOP("CoreMessage", "'{0}' is missing"),
    QT_TRANSLATE_NOOP("CoreMessage", "must be a table"),
    QT_TRANSLATE_NOOP("CoreMessage", "name must start with a letter and use only A-Z, 0-9, _ or -"),
    QT_TRANSLATE_NOOP("CoreMessage", "category '{0}' is not one of actor, location, other"),
    QT_TRANSLATE_NOOP("CoreMessage", "color '{0}' is not of the form #rrggbb"),
    QT_TRANSLATE_NOOP("CoreMessage", "hotkey '{0}' must be one ASCII letter or digit, or Shift+digit"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "type '{0}' is not 'choice' or 'integer'"),
    QT_TRANSLATE_NOOP("CoreMessage", "'values' must be a non-empty list of strings"),
    QT_TRANSLATE_NOOP("CoreMessage", "'values' has duplicates"),
    QT_TRANSLATE_NOOP("CoreMessage", "default '{0}' is not one of its values"),
    QT_TRANSLATE_NOOP("CoreMessage", "default must be an integer"),
    QT_TRANSLATE_NOOP("CoreMessage", "must be a list of tables"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} '{1}' is defined twice"),
    QT_TRANSLATE_NOOP("CoreMessage", "[schema] must be a table"),
    QT_TRANSLATE_NOOP("CoreMessage", "'version' must be a positive integer"),
    QT_TRANSLATE_NOOP("CoreMessage", "the schema needs at least one label"),
    QT_TRANSLATE_NOOP("CoreMessage", "[[event_types]] must be a list of tables"),
    QT_TRANSLATE_NOOP("CoreMessage", "'roles' must be a list of tables"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} role '{1}'"),
    QT_TRANSLATE_NOOP("CoreMessage", "'labels' must list the allowed labels"),
    QT_TRANSLATE_NOOP("CoreMessage", "attribute '{0}' is already defined for every event"),
    QT_TRANSLATE_NOOP("CoreMessage", "hotkey '{0}' is already used by {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "hotkey '{0}' is the program's key for {1}; choose another key"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "event type {0}, role {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "names unknown label '{0}'"),
    QT_TRANSLATE_NOOP("CoreMessage", "Expecting value"),
    QT_TRANSLATE_NOOP("CoreMessage", "Extra data"),
    QT_TRANSLATE_NOOP("CoreMessage", "Expecting property name enclosed in double quotes"),
    QT_TRANSLATE_NOOP("CoreMessage", "Expecting ',' delimiter"),
    QT_TRANSLATE_NOOP("CoreMessage", "Expecting ':' delimiter"),
    QT_TRANSLATE_NOOP("CoreMessage", "Unterminated string starting at"),
    QT_TRANSLATE_NOOP("CoreMessage", "Invalid control character {0} at"),
    QT_TRANSLATE_NOOP("CoreMessage", "nothing to restore"),
    QT_TRANSLATE_NOOP("CoreMessage", "a span to restore needs its document and layer"),
    QT_TRANSLATE_NOOP("CoreMessage", "unknown event type '{0}'"),
    QT_TRANSLATE_NOOP("CoreMessage", "unknown label '{0}'"),
    QT_TRANSLATE_NOOP("CoreMessage", "the document labels are already so"),
    QT_TRANSLATE_NOOP("CoreMessage", "Gold already has every document label all annotators agree on."),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "Gold already has everything all annotators marked identically."),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "cannot rename {0} to {1}: {1} is already a label (rename it first, in another save)"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "cannot rename {0} to {1}: the new schema has no {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "cannot rename {0} to {1}: layer {2} has both on [{3}, {4}) of document {5}"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "the schema cannot be saved, existing annotations would be orphaned:"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "no suggestion to accept"),
    QT_TRANSLATE_NOOP("CoreMessage", "nothing to accept: the layer has those places labelled"),
    QT_TRANSLATE_NOOP("CoreMessage", "no other occurrence to label"),
    QT_TRANSLATE_NOOP("CoreMessage", "nothing to remove"),
    QT_TRANSLATE_NOOP("CoreMessage", "no span with id {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "no event with id {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "the same span ({0} [{1}, {2})) is already in layer {3}"),
    QT_TRANSLATE_NOOP("CoreMessage", "the span is the trigger of an event: delete the event first"),
    QT_TRANSLATE_NOOP("CoreMessage", "the trigger of a {0} event must be a {0} span, not {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "gold already has this {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "gold has this {0}: undo or delete it instead"),
    QT_TRANSLATE_NOOP("CoreMessage", "span"),
    QT_TRANSLATE_NOOP("CoreMessage", "event"),
    QT_TRANSLATE_NOOP("CoreMessage", "Add span as argument"),
    QT_TRANSLATE_NOOP("CoreMessage", "Next disagreement (review)"),
    QT_TRANSLATE_NOOP("CoreMessage", "Reject this version (review) or the current suggestion"),
    QT_TRANSLATE_NOOP("CoreMessage", "Set gold boundary to selection (review)"),
    QT_TRANSLATE_NOOP("CoreMessage", "gold's {0} «{1}» is part of a gold event and stays: accept this version as well (keep both) instead"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "events enter gold by accepting an annotator's event"),
    QT_TRANSLATE_NOOP("CoreMessage", "only gold spans are edited in review mode"),
    QT_TRANSLATE_NOOP("CoreMessage", "bad --split '{0}': expected e.g. {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "bad --split '{0}': '{1}' is not NAME=FRACTION"),
    QT_TRANSLATE_NOOP("CoreMessage", "bad --split '{0}': unknown split '{1}' (use {2})"),
    QT_TRANSLATE_NOOP("CoreMessage", "bad --split '{0}': '{1}' is given twice"),
    QT_TRANSLATE_NOOP("CoreMessage", "bad --split '{0}': {1}={2} is not a fraction between 0 and 1"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "bad --split '{0}': a train fraction above 0 is required"),
    QT_TRANSLATE_NOOP("CoreMessage", "bad --split '{0}': the fractions add up to {1}, not 1"),
    QT_TRANSLATE_NOOP("CoreMessage", "give the JSONL file (e.g. {0}.jsonl); the .spacy DocBin is written beside it"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "file is not a database"),
    QT_TRANSLATE_NOOP("CoreMessage", "no team project on this server: run annotator server init --server URL"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "the team server needs upgrading to this version of annotator: its admin runs annotator server init --server URL"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "the team server connection failed: {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "the team server refused it: {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "not a PostgreSQL connection URL: {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} is not a member of this team project: ask its admin to run annotator server add-user {1}"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "wrong password for the team server ({0})"),
    QT_TRANSLATE_NOOP("CoreMessage", "the team server ({0}) asks for a password: give it in the URL, PGPASSWORD, ~/.pgpass or a service file"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "no such user on the team server ({0}): ask its admin to add you"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "cannot reach the team server ({0}): {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "the team server's label schema cannot hold this project's annotations: {0}"),  # noqa: E501
)
_DEPTH = 6  # messages held in messages: a few levels at most
RLM, FSI, PDI = "\u200f", "\u2068", "\u2069"


def _literal_length(template: str) -> int:
    return len(re.sub(r"\{\d\}", "", template))


# The most specific first: "unknown label {0} in tag {1}" before "unknown label {0}".
_ORDERED = sorted(TEMPLATES, key=_literal_length, reverse=True)


@cache
def _pattern(template: str) -> re.Pattern[str]:
    """The template as a regular expression; a value at the start holds no "; " (so
    "{0} file(s) failed" does not swallow a whole summary line)."""
    parts = re.split(r"(\{\d\})", template)
    out = []
    for n, part in enumerate(parts):
        if re.fullmatch(r"\{\d\}", part):
            out.append("((?:(?!; ).)+?)" if n == 1 and not parts[0] else "(.+?)")
        else:
            out.append(re.escape(part))
    return re.compile("".join(out) + r"\Z", re.DOTALL)


def core_message(text: str) -> str:
    """A message of core, store or operations in the interface language, line by line
    (indents kept); what is not known stays as it is."""
    return "\n".join(_line(line) for line in text.split("\n"))


def _line(line: str) -> str:
    stripped = line.lstrip()
    if not stripped:
        return line
    text = stripped.rstrip()
    shown = _message(text, 0)
    if shown != text and _right_to_left():
        shown = RLM + shown  # an Arabic line, even when it starts with a file name
    return line[:len(line) - len(stripped)] + shown + stripped[len(text):]


def _right_to_left() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def _as_is(value: str) -> str:
    """A value shown as it is (a path, a quoted value, a number) in a translated line:
    isolated in a right-to-left interface, so its own characters keep their order."""
    return f"{FSI}{value}{PDI}" if _right_to_left() else value


def _message(text: str, depth: int) -> str:
    if depth > _DEPTH:
        return text
    known = _template(text, depth)
    if known is not None:
        return known
    start = text.find(": ")
    while start != -1:  # PLACE: REASON
        reason = text[start + 2:]
        shown = _message(reason, depth + 1)
        if shown != reason:
            place = text[:start]
            return f"{_template(place, depth + 1) or _as_is(place)}: {shown}"
        start = text.find(": ", start + 1)
    if "; " in text:  # PART; PART
        parts = text.split("; ")
        shown_parts = [_message(part, depth + 1) for part in parts]
        if shown_parts != parts:
            return QCoreApplication.translate(CONTEXT, SEPARATOR).join(shown_parts)
    return text


def _template(text: str, depth: int) -> str | None:
    """The translation of `text` when it is one of TEMPLATES, else None."""
    for template in _ORDERED:
        match = _pattern(template).match(text)
        if match:
            values = [shown if (shown := _message(v, depth + 1)) != v else _as_is(v)
                      for v in match.groups()]
            return QCoreApplication.translate(CONTEXT, template).format(*values)
    return None
