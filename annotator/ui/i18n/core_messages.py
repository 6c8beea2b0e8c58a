"""What core, store and operations say, shown in the interface language.

Core and store are Qt-free and shared with the command line, so their lines (results,
refusals, a file's problems) are English. The window shows them through `core_message`,
which knows their fixed templates (core_templates.py, extracted by lupdate) and gives
the translation with the same values. A line is read in three ways, the first that applies:

- the whole line is a known template; its values are read the same way (a message may
  hold another one: "its label schema differs ... ({0}); nothing merged");
- "PLACE: REASON", where the reason is a known message (a file, "file:3", "task 2",
  "labels[1] (PER)"): the place stays as it is unless it is a template itself;
- "PART; PART" (result lines such as the import summary): each part on its own.

What is not known stays English rather than half translated. A new message in core
belongs in core_templates.py too (tests/ui/test_core_messages.py produces the window's
messages from real bad input and fails on English it finds).
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from annotator.ui.i18n.core_templates import SEPARATOR, TEMPLATES

CONTEXT = "CoreMessage"
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
        if shown_parts != parts:  # a part not known is a value (a path): shown as it is
            return QCoreApplication.translate(CONTEXT, SEPARATOR).join(
                shown if shown != part else _as_is(part)
                for shown, part in zip(shown_parts, parts, strict=True))
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
