"""Token exports keep every span: spaCy and Hugging Face split a proclitic off by default.

The gold fixture's spans start after a proclitic ("إيران" in "لإيران", "وزارة" in
"بوزارة", "إسرائيل" in "وإسرائيل"), as the guideline asks. Before, the default export
left them out of the .spacy DocBin and widened them in the hf tags.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from annotator.core.exporters.options import TokenOptions
from annotator.core.exporters.request import ExportRequest
from annotator.operations.exporting import export as export_request
from annotator.operations.importing import import_files
from annotator.store.repository import Repository

if TYPE_CHECKING:
    from tests.conftest import CliResult

Cli = Callable[..., "CliResult"]

GOLD = Path(__file__).resolve().parents[1] / "data" / "training" / "gold.jsonl"
EVENT_TYPES = {"ATTACK", "THREATEN", "CONTACT", "CASUALTY", "CLAIM"}


def gold_spans(events: bool = False) -> set[tuple[str, int, int, str]]:
    """(document, start, end, label) of every span of the fixture file."""
    out = set()
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        out |= {(rec["id"], s["start"], s["end"], s["label"]) for s in rec["spans"]
                if events or s["label"] not in EVENT_TYPES}
    return out


@pytest.fixture(scope="module")
def project(cli: Cli, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("gold") / "p.db"
    assert cli("import", GOLD, "--db", db).returncode == 0
    return db


def export(db: Path, fmt: str, out: Path, clitics: str = "auto", events: bool = False):
    """What `annotator export --format FMT -o OUT` does, in this process (faster)."""
    repo = Repository.open(db)
    try:
        return export_request(repo, ExportRequest(fmt, out, options=TokenOptions(clitics=clitics),
                                                  include_events=events))
    finally:
        repo.close()


def docbin_spans(path: Path) -> tuple[set, set]:
    """(document, start, end, label) of doc.spans["sc"] and of doc.ents in a DocBin."""
    import spacy
    from spacy.tokens import DocBin

    sc, ents = set(), set()
    for doc in DocBin().from_disk(path).get_docs(spacy.blank("ar").vocab):
        ident = doc.user_data["id"]
        sc |= {(ident, s.start_char, s.end_char, s.label_) for s in doc.spans["sc"]}
        ents |= {(ident, e.start_char, e.end_char, e.label_) for e in doc.ents}
    return sc, ents


@pytest.mark.parametrize("events", [False, True])
def test_default_spacy_export_holds_every_gold_span_in_the_docbin_and_the_jsonl(
        cli: Cli, project: Path, tmp_path: Path, events: bool) -> None:
    out = tmp_path / "gold.jsonl"
    if events:
        assert export(project, "spacy", out, events=True).problems == []
    else:  # the command as a user types it, with its default
        result = cli("export", "--db", project, "--format", "spacy", "-o", out)
        assert result.returncode == 0, result.stderr
        assert "warning" not in result.stderr  # nothing to report
    want = gold_spans(events)
    assert ("gold-1", 42, 47, "GPE") in want  # إيران inside لإيران
    sc, ents = docbin_spans(tmp_path / "gold.spacy")
    assert sc == want
    assert ("gold-1", 42, 47, "GPE") in ents
    jsonl = set()
    for line in out.read_text(encoding="utf-8").splitlines():
        task = json.loads(line)
        tokens = task["tokens"]
        for s in task["spans"]:
            # On tokens: token_start/token_end name the tokens that hold exactly the span.
            assert tokens[s["token_start"]]["start"] == s["start"]
            assert tokens[s["token_end"]]["end"] == s["end"]
            jsonl.add((task["meta"]["id"], s["start"], s["end"], s["label"]))
    assert jsonl == want
    assert "لإيران" not in [t["text"] for t in json.loads(out.read_text("utf-8").split("\n")[0])[
        "tokens"]]


def hf_entities(out: Path) -> list[tuple[str, str, str]]:
    """(document, label, tokens joined by a space) of every tag column of an hf export."""
    from seqeval.metrics.sequence_labeling import get_entities

    names = json.loads((out.parent / "labels.json").read_text(encoding="utf-8"))["names"]
    found = []
    for line in out.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for column in [row["ner_tags"], *row["nested_ner_tags"]]:
            for label, first, last in get_entities([names[t] for t in column]):
                found.append((row["document"], label, " ".join(row["tokens"][first:last + 1])))
    return found


def test_default_hf_export_tags_every_gold_span_on_exactly_its_tokens(
        cli: Cli, project: Path, tmp_path: Path) -> None:
    out = tmp_path / "train.jsonl"
    report = export(project, "hf", out)
    assert report.widened == 0 and report.problems == []
    texts = {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        texts[rec["id"]] = rec["text"]
    want = sorted((doc, label, " ".join(texts[doc][a:b].split()))
                  for doc, a, b, label in gold_spans())
    assert sorted(hf_entities(out)) == want
    assert ("gold-1", "GPE", "إيران") in want
    manifest = json.loads((tmp_path / "train.jsonl.manifest.json").read_text("utf-8"))
    assert manifest["token_options"]["clitics"] == "split"


def test_conll_keeps_whole_words_by_default_and_reports_each_widened_span(
        cli: Cli, project: Path, tmp_path: Path) -> None:
    out = tmp_path / "gold.conll"
    result = cli("export", "--db", project, "--format", "conll", "-o", out)
    assert result.returncode == 0, result.stderr
    assert "لإيران B-GPE O" in out.read_text(encoding="utf-8").splitlines()
    assert "widened 3 span(s)" in result.stderr
    assert "warning: gold-1: GPE span [42, 47) 'إيران': not on token boundaries; widened to " \
        "'لإيران'" in result.stderr.splitlines()


@pytest.mark.parametrize("fmt", ["hf", "spacy", "conll"])
def test_without_spans_after_a_proclitic_the_default_tokens_are_those_of_keep(
        tmp_path: Path, fmt: str) -> None:
    """Splitting happens only where a span needs it: other data is written as before."""
    recs = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        rec["spans"] = [s for s in rec["spans"] if s["text"] not in ("إيران", "إسرائيل")
                        and not s["text"].startswith("وزارة")]
        rec["events"] = []
        recs.append(json.dumps(rec, ensure_ascii=False))
    src = tmp_path / "plain.jsonl"
    src.write_text("\n".join(recs) + "\n", encoding="utf-8")
    db = tmp_path / "p.db"
    repo = Repository.open(db)
    import_files(repo, [src])
    repo.close()
    (tmp_path / "auto").mkdir()
    (tmp_path / "keep").mkdir()
    auto, keep = tmp_path / "auto" / "out.txt", tmp_path / "keep" / "out.txt"
    assert export(db, fmt, auto).problems == []
    assert export(db, fmt, keep, clitics="keep").problems == []
    assert auto.read_bytes() == keep.read_bytes()
    assert "لإيران" in auto.read_text(encoding="utf-8")  # the word is one token


def test_a_span_that_no_token_split_can_hold_is_reported_and_kept_in_the_jsonl(
        cli: Cli, tmp_path: Path) -> None:
    text = "أدانت الحكومة الهجمات الإيرانية على القواعد"
    start = text.index("الإيرانية") + 2  # "إيران" inside "الإيرانية": a suffix, not a clitic
    rec = {"id": "d", "text": text, "meta": {"title": "d", "source": "t"}, "layer": "gold",
           "status": "done", "spans": [{"start": start, "end": start + 5, "label": "GPE",
                                        "text": text[start:start + 5]}], "events": []}
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "p.db"
    repo = Repository.open(db)
    import_files(repo, [src])
    repo.close()
    out = tmp_path / "s.jsonl"
    result = cli("export", "--db", db, "--format", "spacy", "-o", out)
    assert result.returncode == 0
    assert (f"warning: d: GPE span [{start}, {start + 5}) 'إيران': not on token boundaries "
            "(tokens 'الإيرانية'); in the JSONL with character offsets only, not in the "
            ".spacy DocBin"
            ) in result.stderr.splitlines()
    (span,) = json.loads(out.read_text(encoding="utf-8"))["spans"]
    assert (span["start"], span["end"], span["text"]) == (start, start + 5, "إيران")
    assert "token_start" not in span
    assert docbin_spans(tmp_path / "s.spacy")[0] == set()
