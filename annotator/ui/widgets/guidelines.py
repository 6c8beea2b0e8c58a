"""The guidelines panel: every label with its names, hotkey, colour and description,
the event roles and attributes (in the interface language), and the schema's boundary
guideline. Schema text is escaped, so a name that looks like HTML shows as typed."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from annotator.core.schema import Label, Schema
from annotator.ui.names import shown_name, shown_value


def _tr(text: str) -> str:
    return QCoreApplication.translate("Guidelines", text)


def _row(lb: Label) -> str:
    return (
        f"<tr><td style='background:{escape(lb.color)}'>&nbsp;&nbsp;&nbsp;</td>"
        f"<td><b>{escape(lb.hotkey)}</b></td><td><b>{escape(lb.name)}</b></td>"
        f"<td>{escape(lb.en)}</td><td dir='rtl'>{escape(lb.ar)}</td>"
        f"<td>{escape(lb.description)}</td></tr>"
    )


def guidelines_html(schema: Schema) -> str:
    parts = ["<h3>" + _tr("{0} (version {1})").format(escape(schema.name), schema.version)
             + "</h3>"]
    if schema.description:
        parts.append(f"<p>{escape(schema.description)}</p>")
    parts.append("<h4>" + _tr("Entity labels") + "</h4><table cellspacing='4'>")
    parts.extend(_row(lb) for lb in schema.labels)
    parts.append("</table>")
    if schema.event_types:
        parts.append("<h4>" + _tr("Event types") + "</h4><table cellspacing='4'>")
        for et in schema.event_types:
            parts.append(_row(et.label))
            roles = "; ".join(
                f"{escape(shown_name(r))} ({escape(' '.join(r.labels))})" for r in et.roles
            )
            attrs = "; ".join(
                f"{escape(shown_name(a))}: "
                + escape(" / ".join(shown_value(schema, et.name, a.name, v) for v in a.values)
                         or a.type)
                for a in schema.attributes_for(et.name)
            )
            parts.append("<tr><td></td><td></td><td colspan='4'>"
                         + _tr("roles: {0}").format(roles) + "<br>"
                         + _tr("attributes: {0}").format(attrs) + "</td></tr>")
        parts.append("</table>")
    if schema.document_fields:
        parts.append("<h4>" + _tr("Document fields (Document panel, Ctrl+D)") + "</h4><ul>")
        for f in schema.document_fields:
            values = ", ".join(
                (f"<b>{escape(v.hotkey)}</b> " if v.hotkey else "") + escape(v.name)
                for v in f.values) or _tr("free text")
            parts.append(f"<li><b>{escape(f.name)}</b> ({escape(f.type)}) "
                         f"<span dir='rtl'>{escape(f.ar)}</span>: {values}"
                         + (f"<br>{escape(f.description)}" if f.description else "")
                         + "</li>")
        parts.append("</ul>")
    if schema.guideline:
        parts.append("<h4>" + _tr("Boundaries") + "</h4><ul dir='rtl'>")
        for line in schema.guideline.splitlines():
            line = line.strip().lstrip("-").strip()
            if line:
                parts.append(f"<li>{escape(line)}</li>")
        parts.append("</ul>")
    return "".join(parts)


class GuidelinesPanel(QTextBrowser):
    def __init__(self, schema: Schema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidelinesPanel")
        self.setOpenLinks(False)
        self.setHtml(guidelines_html(schema))
