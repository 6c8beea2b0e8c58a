"""brat export read back by brat's own rules: line breaks, fragments, what is reported."""

from __future__ import annotations

import random
from pathlib import Path

from annotator.core.exporters.brat import ann_lines, write_brat
from annotator.core.exporters.options import TokenOptions
from annotator.core.limits import SHOWN_PROBLEMS
from annotator.core.schema import Schema
from annotator.core.types import Argument, DocumentRecord, Event, LayerRecord, Span


def brat_read(folder: Path, stem: str) -> tuple[list[tuple[str, list[tuple[int, int]]]],
                                                list[str]]:
    """The T annotations (label, fragments) brat's server reads, and the lines it refuses.

    Follows nlplab/brat server/src/annotation.py: the .ann is read with codecs'
    readlines (str.splitlines: "\\n", U+2028, U+0085, ... end a line); a T line is
    "ID<tab>TYPE START END[;START END...]<tab>TEXT" where TEXT must be the fragments'
    texts joined by one space, fragments may not touch or overlap, and a TEXT of only
    whitespace is an error. The .txt is read whole, without newline translation.
    """
    text = (folder / f"{stem}.txt").read_bytes().decode("utf-8")
    ann = (folder / f"{stem}.ann").read_bytes().decode("utf-8")
    found, refused = [], []
    for line in ann.splitlines(keepends=True):
        if not line.startswith("T"):
            continue
        try:
            _id, id_tail = line.split("\t", 1)
            data, tail = id_tail[:id_tail.index("\t")], id_tail[id_tail.index("\t"):]
            label, rest = data.split(" ", 1)
            frags = [(int(a), int(b)) for a, b in (part.split(" ") for part in rest.split(";"))]
            seen: list[tuple[int, int]] = []
            for a, b in frags:
                assert 0 <= a <= b <= len(text)
                assert not any(b >= oa and a < ob for oa, ob in seen), "fragments overlap"
                seen.append((a, b))
            assert tail.strip() != "", "no text"
            length = sum(b - a for a, b in frags) + len(frags) - 1
            assert tail[1:length + 1] == " ".join(text[a:b] for a, b in frags), "text differs"
            rest_of_line = tail[length + 1:]
            assert rest_of_line == "" or rest_of_line[0].isspace()
        except (ValueError, AssertionError):
            refused.append(line)
            continue
        found.append((label, frags))
    return found, refused


def layer_doc(text: str, spans: list[Span], events: list[Event] | None = None,
              ident: str = "d") -> DocumentRecord:
    return DocumentRecord(ident, text, "t", layers=[LayerRecord("gold", "done", spans,
                                                                events or [])])


def test_a_span_across_a_line_break_is_one_discontinuous_annotation(
        tmp_path: Path, schema: Schema) -> None:
    text = "قال\u2028المتحدث إن الهجوم\x85انتهى في بغداد\nاليوم"
    spans = [Span(0, 11, "PER", text[0:11]),
             Span(text.index("الهجوم"), text.index("انتهى") + 5, "LOC",
                  text[text.index("الهجوم"):text.index("انتهى") + 5]),
             Span(text.index("بغداد"), len(text), "GPE", text[text.index("بغداد"):])]
    report = write_brat([layer_doc(text, spans)], tmp_path / "b", schema, TokenOptions())
    assert report.problems == [] and report.spans == 3
    found, refused = brat_read(tmp_path / "b", "d")
    assert refused == []
    assert [(lb, min(a for a, _ in fr), max(b for _, b in fr)) for lb, fr in found] == [
        ("PER", 0, 11), ("LOC", spans[1].start, spans[1].end), ("GPE", spans[2].start,
                                                                 len(text))]
    assert [len(fr) for _, fr in found] == [2, 2, 2]


def test_what_brat_cannot_hold_is_reported_with_its_events_never_moved(
        tmp_path: Path, schema: Schema) -> None:
    text = "قصف في بغداد\nاليوم.  هجوم"
    baghdad = text.index("بغداد")
    spans = [Span(baghdad, baghdad + 6, "GPE", "بغداد\n", 1),  # ends with the line break
             Span(baghdad + 5, baghdad + 6, "LOC", "\n", 2),  # only a line break
             Span(0, 3, "ATTACK", "قصف", 3),
             Span(text.index("  "), text.index("  ") + 2, "LOC", "  ", 4),  # only spaces
             Span(text.index("\n") + 1, text.index("\n") + 5, "DATE", "اليو", 5)]
    events = [Event("ATTACK", 3, (Argument("Place", 1), Argument("Time", 5)))]
    report = write_brat([layer_doc(text, spans, events)], tmp_path / "b", schema,
                        TokenOptions())
    assert report.problems == [
        f"d: GPE span [{baghdad}, {baghdad + 6}) 'بغداد\\n': ends with a line break, which a "
        "brat fragment cannot hold; left out",
        f"d: LOC span [{baghdad + 5}, {baghdad + 6}) '\\n': starts with a line break, which a "
        "brat fragment cannot hold; left out",
        f"d: LOC span [{text.index('  ')}, {text.index('  ') + 2}) '  ': has only whitespace, "
        "which brat does not accept as a span text; left out",
        "d: ATTACK event: argument Place left out: its span 'بغداد\\n' is left out"]
    found, refused = brat_read(tmp_path / "b", "d")
    assert refused == [] and [lb for lb, _ in found] == ["ATTACK", "DATE"]
    ann = (tmp_path / "b" / "d.ann").read_text(encoding="utf-8").splitlines()
    assert "E1\tATTACK:T1 Time:T2" in ann
    trigger_gone = write_brat([layer_doc("هجوم\n", [Span(0, 5, "ATTACK", "هجوم\n", 1)],
                                         [Event("ATTACK", 1)])], tmp_path / "c", schema,
                              TokenOptions())
    assert trigger_gone.problems[-1] == "d: ATTACK event left out: its trigger span " \
        "'هجوم\\n' is left out"
    assert (tmp_path / "c" / "d.ann").read_text(encoding="utf-8") == ""


def test_random_documents_every_span_is_read_back_exactly_or_reported(
        tmp_path: Path, schema: Schema) -> None:
    """The measurement of issue 11: random texts with line breaks of every kind brat knows,
    random spans. Each span comes back from brat's reading with its exact boundaries, or
    is in the report; nothing else."""
    rng = random.Random(11)
    pieces = ["بغداد", "العراق", "قصف", " ", " ", "\n", "\u2028", "\x85", "\u2029", "،", "x"]
    docs, wanted = [], {}
    for n in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(3, 25)))
        spans = set()
        for _ in range(rng.randint(1, 6)):
            a = rng.randrange(len(text))
            b = rng.randint(a + 1, min(len(text), a + 12))
            spans.add((a, b))
        ident = f"doc{n}"
        wanted[ident] = (text, sorted(spans))
        docs.append(layer_doc(text, [Span(a, b, "LOC", text[a:b]) for a, b in sorted(spans)],
                              ident=ident))
    report = write_brat(docs, tmp_path / "b", schema, TokenOptions())
    problems: list[str] = []  # every document's, as the export finds them (it keeps 20)
    for doc in docs:
        ann_lines(doc.text, doc.layers[0], schema, problems, doc.external_id)
    assert report.problems == problems[:SHOWN_PROBLEMS]
    assert report.problems.total == len(problems)
    reported = {(p.split(":")[0], p.split("[")[1].split(")")[0]) for p in problems}
    assert len(reported) == len(problems)
    moved_before = 0
    for ident, (text, spans) in wanted.items():
        found, refused = brat_read(tmp_path / "b", ident)
        assert refused == []
        got = sorted((min(a for a, _ in fr), max(b for _, b in fr)) for _, fr in found)
        kept = [(a, b) for a, b in spans if (ident, f"{a}, {b}") not in reported]
        assert got == kept
        for a, b in spans:
            if (ident, f"{a}, {b}") in reported:
                ends = text[a] + text[b - 1]
                assert set(ends) & set("\n\u2028\x85\u2029") or not text[a:b].strip() or \
                    not "".join(c for c in text[a:b] if c not in "\n\u2028\x85\u2029").strip()
                moved_before += 1
    assert moved_before > 0 and report.spans == sum(len(s) for _, s in wanted.values()) - \
        moved_before
