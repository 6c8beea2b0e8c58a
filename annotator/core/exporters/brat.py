"""brat standoff export: one .txt and one .ann per document, and annotation.conf.

brat counts offsets in characters of the .txt, which is the stored text written as
UTF-8, so our code-point offsets carry over unchanged. brat reads the .ann with
Python's readlines, which ends a line at every character of str.splitlines ("\n",
U+2028, U+0085, ...), and checks that a T line's text equals its fragments' text
joined by one space. So a span that crosses a line break becomes a discontinuous span
(`T1\tGPE 0 5;6 11`), one fragment per line; the fragments together cover exactly the
span. A span that starts or ends with a line break, or has nothing but whitespace
between its breaks, cannot be written without moving a boundary: it is left out and
reported (with the events and arguments that need it), never moved.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from annotator.core.errors import UserError
from annotator.core.exporters.options import TokenOptions
from annotator.core.exporters.report import ExportReport
from annotator.core.exporters.staging import fsync_folder, remove_replaced, temporary_folder
from annotator.core.schema import Schema
from annotator.core.spans import check_span, sorted_spans
from annotator.core.types import DocumentRecord, LayerRecord

_UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)
# The names of the files an export wrote into its folder (brat lists no hidden file): the
# next export there removes those it does not write again, and nothing else.
WRITTEN = ".annotator-files"


# Where brat's reader (codecs readlines = str.splitlines) ends a line.
LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]] | str:
    """brat fragments of [start, end): the pieces between line breaks, or why there are none.

    The answer is a list only when the fragments span exactly [start, end) and brat
    accepts their text (not only whitespace); otherwise it is the reason, for the report.
    """
    if text[start] in LINE_BREAKS:
        return "starts with a line break, which a brat fragment cannot hold"
    if text[end - 1] in LINE_BREAKS:
        return "ends with a line break, which a brat fragment cannot hold"
    out = []
    pos = start
    for k in range(start, end + 1):
        if k == end or text[k] in LINE_BREAKS:
            if pos < k:
                out.append((pos, k))
            pos = k + 1
    if not "".join(text[a:b] for a, b in out).strip():
        return "has only whitespace, which brat does not accept as a span text"
    return out


def ann_lines(text: str, layer: LayerRecord, schema: Schema, problems: list[str] | None = None,
              document: str = "") -> list[str]:
    """The .ann lines of one document layer: T (text-bound), E (events), A and notes.

    What brat cannot hold (see fragments) is left out and named in ``problems``: the
    span, an event it triggers, an argument it fills.
    """
    lines: list[str] = []
    tid: dict[int | None, str] = {}
    lost: list[str] = []
    n = 0
    for span in sorted_spans(layer.spans):
        check_span(text, span.start, span.end, span.text)
        frags = fragments(text, span.start, span.end)
        if isinstance(frags, str):
            lost.append(f"{document}: {span.label} span [{span.start}, {span.end}) "
                        f"{span.text!r}: {frags}; left out")
            continue
        n += 1
        where = ";".join(f"{a} {b}" for a, b in frags)
        shown = " ".join(text[a:b] for a, b in frags)
        tid[span.id] = f"T{n}"
        lines.append(f"T{n}\t{span.label} {where}\t{shown}")
    spans = {s.id: s for s in layer.spans}
    events = []
    for ev in layer.events:
        if ev.trigger not in tid:
            lost.append(f"{document}: {ev.type} event left out: its trigger span "
                        f"{spans[ev.trigger].text!r} is left out")
            continue
        kept = tuple(a for a in ev.arguments if a.span in tid)
        lost.extend(f"{document}: {ev.type} event: argument {a.role} left out: its span "
                    f"{spans[a.span].text!r} is left out" for a in ev.arguments if a not in kept)
        events.append(replace(ev, arguments=kept))
    if problems is not None:
        problems.extend(lost)
    by_trigger = {ev.trigger: ev for ev in events}
    order = sorted(events, key=lambda e: (int(tid[e.trigger][1:]), e.type, e.id or 0))
    eid = {id(ev): f"E{n}" for n, ev in enumerate(order, 1)}
    attr_n = 0
    notes = 0
    for ev in order:
        parts = [f"{ev.type}:{tid[ev.trigger]}"]
        counts: dict[str, int] = {}
        for arg in sorted(ev.arguments, key=lambda a: (a.role, int(tid[a.span][1:]))):
            counts[arg.role] = counts.get(arg.role, 0) + 1
            role = arg.role if counts[arg.role] == 1 else f"{arg.role}{counts[arg.role]}"
            # An argument filled by another event's trigger refers to that event.
            target = by_trigger.get(arg.span)
            ref = eid[id(target)] if target is not None and target is not ev else tid[arg.span]
            parts.append(f"{role}:{ref}")
        lines.append(f"{eid[id(ev)]}\t{' '.join(parts)}")
        for attr in schema.attributes_for(ev.type):
            value = ev.attributes.get(attr.name)
            if value is None:
                continue
            if attr.type == "integer":
                notes += 1
                lines.append(f"#{notes}\tAnnotatorNotes {eid[id(ev)]}\t{attr.name}={value}")
            else:
                attr_n += 1
                lines.append(f"A{attr_n}\t{attr.name} {eid[id(ev)]} {value}")
    return lines


def annotation_conf(schema: Schema) -> str:
    """brat's annotation.conf for the schema: entities, events with typed roles, attributes."""
    out = ["# Generated by annotator from schema "
           f"'{schema.name}' version {schema.version}", "", "[entities]"]
    out.extend(lb.name for lb in schema.labels)
    out += ["", "[relations]", "", "<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>", "",
            "[events]"]
    for et in schema.event_types:
        roles = []
        for r in et.roles:
            mark = "*" if r.multiple else "?"
            roles.append(f"{r.name}{mark}:{'|'.join(r.labels)}")
        out.append(f"{et.name}\t{', '.join(roles)}" if roles else et.name)
    out += ["", "[attributes]"]
    events = "|".join(et.name for et in schema.event_types)
    for attr in schema.event_attributes:
        if attr.type != "integer":
            out.append(f"{attr.name}\tArg:{events}, Value:{'|'.join(attr.values)}")
    for et in schema.event_types:
        for attr in et.attributes:
            if attr.type != "integer":
                out.append(f"{attr.name}\tArg:{et.name}, Value:{'|'.join(attr.values)}")
    return "\n".join(_merge_attribute_lines(out)) + "\n"


def _merge_attribute_lines(lines: list[str]) -> list[str]:
    """brat allows one definition per attribute name: merge its event types and values."""
    head = lines[: lines.index("[attributes]") + 1]
    merged: dict[str, tuple[list[str], list[str]]] = {}
    for line in lines[len(head):]:
        name, rest = line.split("\t", 1)
        args, values = rest.split(", Value:")
        types, vals = merged.setdefault(name, ([], []))
        types.extend(t for t in args.removeprefix("Arg:").split("|") if t not in types)
        vals.extend(v for v in values.split("|") if v not in vals)
    return head + [f"{n}\tArg:{'|'.join(t)}, Value:{'|'.join(v)}" for n, (t, v) in merged.items()]


def file_stem(doc: DocumentRecord, taken: set[str]) -> str:
    stem = _UNSAFE.sub("_", doc.external_id).strip("._") or "document"
    candidate, n = stem, 1
    while candidate in taken:
        n += 1
        candidate = f"{stem}_{n}"
    taken.add(candidate)
    return candidate


def _written_before(folder: Path) -> list[str]:
    """The files the previous export into this folder wrote (its WRITTEN list)."""
    try:
        return (folder / WRITTEN).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []


def write_brat(docs: Iterable[DocumentRecord], folder: str | Path, schema: Schema,
               options: TokenOptions) -> ExportReport:
    """Write the collection into `folder` (created): the documents written (records),
    spans written and what brat cannot hold (problems).

    Files are written to a temporary folder beside the target and moved in at the end,
    so a failed export leaves no half-written collection (a killed one leaves the
    temporary folder, which the next export there removes).
    """
    target = Path(folder)
    if target.exists() and not target.is_dir():
        raise UserError(f"{target}: exists and is not a folder")
    parent = target.resolve().parent
    if not parent.is_dir():
        raise UserError(f"{target}: folder {parent} does not exist")
    tmp = temporary_folder(parent, target.name)
    taken: set[str] = set()
    report = ExportReport(files=[target])
    try:
        for doc in docs:
            base = file_stem(doc, taken)  # once per document: its layers are base__layer
            for layer in doc.layers or [LayerRecord(None)]:
                stem = base if len(doc.layers) <= 1 else f"{base}__{layer.layer}"
                (tmp / f"{stem}.txt").write_text(doc.text, encoding="utf-8", newline="\n")
                body = ann_lines(doc.text, layer, schema, report.problems,
                                 stem) if layer.layer else []
                (tmp / f"{stem}.ann").write_text("".join(f"{x}\n" for x in body),
                                                 encoding="utf-8", newline="\n")
                report.records += 1
                report.spans += sum(x.startswith("T") for x in body)
        (tmp / "annotation.conf").write_text(annotation_conf(schema), encoding="utf-8")
        written = sorted(f.name for f in tmp.iterdir())
        (tmp / WRITTEN).write_text("".join(f"{n}\n" for n in written), encoding="utf-8")
        target.mkdir(exist_ok=True)
        remove_replaced(target, _written_before(target), [*written, WRITTEN])
        for f in tmp.iterdir():
            os.replace(f, target / f.name)
        fsync_folder(target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return report
