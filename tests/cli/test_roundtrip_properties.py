"""Property tests: any text, any valid spans and events survive import and export exactly.

Native JSONL is written by hand from generated data, then: import -> export -> import
into another empty project -> export. The two exports must be the same bytes, every span
must still be `text[start:end]`, and the spans must be the ones written (moved only by
the storage normalisation: CRLF -> LF and NFC). Runs the real CLI entry point in-process
(`annotator.cli.main`) to stay fast; the subprocess tests cover the process boundary.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.cli import main
from annotator.core.schema import load_schema
from annotator.core.textio import normalize_text

SCHEMA = load_schema()
LABELS = sorted(SCHEMA.label_names())
LAYERS = ["gold", "ali", "سارة", "annotator 2"]
# Pieces that break naive offset code: emoji (outside the BMP), NBSP, RLM, ZWNJ, tatweel,
# tashkeel, lam-alef, decomposed letters (NFC changes their length) and line endings.
PIECES = ["😀", "🇮🇶", "\u00a0", "\u200f", "\u200c", "ـ", "مُحَمَّد", "لإيران", "لا",
          "e\u0301", "\u0627\u0653", "\r\n", "\r", "\n", " ", "عين الأسد", "٢٠٢٤", "\t"]
chars = st.characters(codec="utf-8", exclude_characters="\x00")
texts = (
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(chars, min_size=1, max_size=6)),
             min_size=1, max_size=25)
    .map("".join)
    .filter(lambda t: t.strip() != "")
)
SETTINGS = settings(max_examples=50, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture])


def safe_cuts(raw: str) -> list[int]:
    """Offsets where cutting the text does not split a CRLF or a letter from its mark."""
    whole = normalize_text(raw)
    return [i for i in range(len(raw) + 1)
            if normalize_text(raw[:i]) + normalize_text(raw[i:]) == whole]


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    raw = draw(texts)
    cuts = safe_cuts(raw)
    spans: list[dict[str, Any]] = []
    if len(cuts) >= 2:
        for n in range(draw(st.integers(0, 8))):
            a, b = sorted(draw(st.lists(st.sampled_from(cuts), min_size=2, max_size=2,
                                        unique=True)))
            spans.append({"id": n + 1, "start": a, "end": b,
                          "label": draw(st.sampled_from(LABELS)), "text": raw[a:b]})
    events = []
    for sp in spans:
        etype = SCHEMA.event_type(sp["label"])
        if etype is None or not draw(st.booleans()):
            continue
        arguments = []
        for role in etype.roles:
            fits = [o["id"] for o in spans if o["label"] in role.labels and o is not sp]
            if fits and draw(st.booleans()):
                arguments.append({"role": role.name, "span": draw(st.sampled_from(fits))})
        attributes = {a.name: draw(st.sampled_from(a.values)) if a.type == "choice"
                      else draw(st.integers(0, 500))
                      for a in SCHEMA.attributes_for(etype.name) if draw(st.booleans())}
        events.append({"type": etype.name, "trigger": sp["id"], "arguments": arguments,
                       "attributes": attributes})
    record: dict[str, Any] = {"id": draw(st.text(chars, max_size=8)), "text": raw}
    if draw(st.booleans()):
        record["meta"] = {"title": draw(st.text(chars, max_size=10)), "source": "gen",
                          "extra": draw(st.sampled_from([1, "ب", None, [1, 2]]))}
    if spans or draw(st.booleans()):
        record.update(layer=draw(st.sampled_from(LAYERS)),
                      status=draw(st.sampled_from(["new", "in_progress", "done", "skipped"])),
                      spans=spans, events=events)
    return record


def run(*argv: str | Path) -> tuple[int, str, str]:
    """(exit status, stderr, stdout) of one `annotator` command."""
    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        code = main([str(a) for a in argv])
    assert "Traceback" not in err.getvalue()
    return code, err.getvalue(), out.getvalue()


def export_all(db: Path, out: Path) -> bytes:
    code, err, _ = run("export", "--format", "jsonl", "--layer", "all", "--db", db, "-o", out)
    assert code == 0, err
    return out.read_bytes()


@SETTINGS
@given(st.lists(documents(), min_size=1, max_size=3))
def test_native_jsonl_round_trip_is_byte_identical(docs: list[dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        src = d / "input.jsonl"
        src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in docs),
                       encoding="utf-8")
        code, err, _ = run("import", src, "--db", d / "a.db")
        assert code == 0, err
        first = export_all(d / "a.db", d / "one.jsonl")
        code, err, _ = run("import", d / "one.jsonl", "--db", d / "b.db")
        assert code == 0, err
        second = export_all(d / "b.db", d / "two.jsonl")
        assert second == first

        lines = first.decode("utf-8").splitlines()  # also splits at U+2028, U+0085 ...
        assert len(lines) == first.count(b"\n")  # ... which must therefore be escaped
        exported = [json.loads(line) for line in lines]
        by_text: dict[str, list[dict[str, Any]]] = {}
        for rec in exported:
            by_text.setdefault(rec["text"], []).append(rec)
            assert not (set(rec["text"]) & {"\r"})
            for sp in rec["spans"]:
                assert rec["text"][sp["start"]:sp["end"]] == sp["text"]
            ids = {sp["id"]: sp for sp in rec["spans"]}
            for ev in rec["events"]:
                assert ids[ev["trigger"]]["label"] == ev["type"]
        # The first record of each text decides its layer (later same-text records can
        # only add layers the document does not have yet).
        seen: set[tuple[str, str | None]] = set()
        for doc in docs:
            text = normalize_text(doc["text"])
            assert text in by_text
            key = (text, doc.get("layer"))
            if key in seen or doc.get("layer") is None:
                continue
            seen.add(key)
            (rec,) = [r for r in by_text[text] if r["layer"] == doc["layer"]]
            expected = {(len(normalize_text(doc["text"][:s["start"]])),
                         len(normalize_text(doc["text"][:s["end"]])), s["label"])
                        for s in doc["spans"]}
            assert {(s["start"], s["end"], s["label"]) for s in rec["spans"]} == expected
            assert rec["status"] == doc["status"]
            assert len(rec["events"]) == len(doc["events"])


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(before=st.text(chars, max_size=5), after=st.text(chars, max_size=5),
       unit=st.sampled_from(["\r\n", "e\u0301", "\u0627\u0653", "ب\u0651\u064e"]),
       label=st.sampled_from(LABELS), start_inside=st.booleans())
def test_span_boundary_inside_a_normalised_unit_is_a_clear_error(
    before: str, after: str, unit: str, label: str, start_inside: bool
) -> None:
    raw = "ن" + before + unit + after
    cut = len(before) + 2  # inside `unit`
    if normalize_text(raw[:cut]) + normalize_text(raw[cut:]) == normalize_text(raw):
        return  # the neighbours happened to make this cut harmless
    start, end = (cut, len(raw)) if start_inside else (0, cut)
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        src = d / "split.jsonl"
        record = {"text": raw, "layer": "gold",
                  "spans": [{"start": start, "end": end, "label": label}]}
        src.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        code, err, _ = run("import", src, "--db", d / "a.db")
        assert code != 0
        (line,) = [x for x in err.splitlines() if x.startswith("error:")]
        assert f"{src}:1:" in line and "normalization" in line
        assert not (d / "a.db").exists()  # nothing stored, no empty project left
