"""CoNLL, Hugging Face and spaCy exports of the gold fixture, read back by the real tools."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.core.exporters.conll import write_conll
from annotator.core.exporters.hf import write_hf
from annotator.core.exporters.options import TokenOptions
from annotator.core.exporters.spacy import write_spacy
from annotator.core.schema import Schema
from annotator.core.spans import sorted_spans
from annotator.core.types import DocumentRecord, LayerRecord, Span
from tests.core.training_fixture import entity_options


def entity_spans(records: list[DocumentRecord], schema: Schema) -> list[Span]:
    names = {lb.name for lb in schema.labels}
    return [s for r in records for s in sorted_spans(r.layers[0].spans) if s.label in names]


def read_conll_columns(path: Path) -> list[list[list[str]]]:
    """Sentences as rows of fields, -DOCSTART- lines left out (what seqeval users do)."""
    sents: list[list[list[str]]] = [[]]
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line or line.startswith("-DOCSTART-"):
            if sents[-1]:
                sents.append([])
            continue
        sents[-1].append(line.split(" "))
    return [s for s in sents if s]


def seqeval_entities(sents: list[list[list[str]]], column: int) -> list[tuple[str, str]]:
    from seqeval.metrics.sequence_labeling import get_entities

    found = []
    for sent in sents:
        tokens = [row[0] for row in sent]
        for label, first, last in get_entities([row[column] for row in sent]):
            found.append((label, " ".join(tokens[first:last + 1])))
    return found


def test_conll_with_split_clitics_gives_seqeval_every_span_nested_in_a_second_column(
        tmp_path: Path, schema: Schema, gold: list[DocumentRecord]) -> None:
    target = tmp_path / "gold.conll"
    report = write_conll(gold, target, schema, entity_options(schema, clitics="split"))
    spans = entity_spans(gold, schema)
    assert (report.records, report.spans, report.widened) == (2, len(spans), 0)
    assert report.problems == [] and report.files == [target]
    sents = read_conll_columns(target)
    assert {len(row) for s in sents for row in s} == {3}  # token, outer tag, inner tag
    rows = [row for s in sents for row in s]
    assert ["ل", "O", "O"] in rows and ["إيران", "B-GPE", "O"] in rows
    assert ["العراق", "I-ARMED_GROUP", "B-GPE"] in rows
    # Tokens are the span texts split at whitespace (NBSP included) since the gold
    # spans all start after a split proclitic or at a word.
    inner = [s for s in spans if s.text == "العراق"]
    outer = [s for s in spans if s not in inner]
    assert seqeval_entities(sents, 1) == [(s.label, " ".join(s.text.split())) for s in outer]
    assert seqeval_entities(sents, 2) == [("GPE", "العراق")]
    text = target.read_text(encoding="utf-8")
    assert text.count("-DOCSTART-") == 2 and "\u00a0" not in text
    assert "ATTACK" not in text  # the event trigger is left out with entity_labels


def test_conll_without_split_widens_spans_to_whole_tokens_and_names_them(
        tmp_path: Path, schema: Schema, gold: list[DocumentRecord]) -> None:
    target = tmp_path / "gold.conll"
    report = write_conll(gold, target, schema, entity_options(schema))
    assert report.widened == 3  # إيران in لإيران, وزارة in بوزارة, إسرائيل in وإسرائيل
    assert len(report.problems) == 3
    assert report.problems[0].startswith("gold-1: GPE span [42, 47) 'إيران'")
    assert "widened to 'لإيران'" in report.problems[0]
    rows = [row for s in read_conll_columns(target) for row in s]
    assert ["لإيران", "B-GPE", "O"] in rows and ["وإسرائيل", "B-GPE", "O"] in rows


def test_conll_bilou_and_outermost_only(tmp_path: Path, schema: Schema,
                                        gold: list[DocumentRecord]) -> None:
    target = tmp_path / "gold.conll"
    options = entity_options(schema, clitics="split", scheme="bilou", nested="outermost")
    report = write_conll(gold, target, schema, options)
    assert report.spans == len(entity_spans(gold, schema)) - 1  # العراق inside the group
    sents = read_conll_columns(target)
    rows = [row for s in sents for row in s]
    assert {len(row) for row in rows} == {2}
    assert ["إيران", "U-GPE"] in rows and ["العراق", "L-ARMED_GROUP"] in rows
    from seqeval.scheme import BILOU, Entities

    # strict mode: a malformed BILOU sequence (B without L, a lone I) yields no entity
    found = Entities([[r[1] for r in s] for s in sents], BILOU).entities
    labels = [e.tag for sent in found for e in sent]
    assert sorted(labels) == sorted(s.label for s in entity_spans(gold, schema)
                                    if s.text != "العراق")


def test_without_entity_labels_event_triggers_are_tagged_too(
        tmp_path: Path, schema: Schema, gold: list[DocumentRecord]) -> None:
    target = tmp_path / "all.conll"
    write_conll(gold, target, schema, TokenOptions(clitics="split"))
    assert "هجومًا B-ATTACK" in target.read_text(encoding="utf-8")


def test_conll_keeps_a_span_across_a_full_stop_in_one_sentence(tmp_path: Path,
                                                               schema: Schema) -> None:
    text = "وصل م. علي اليوم. ثم ذهب"
    span = Span(4, 10, "PER", "م. علي")
    record = DocumentRecord("d", text, "t", layers=[LayerRecord("gold", "done", [span])])
    target = tmp_path / "x.conll"
    write_conll([record], target, schema, TokenOptions())
    sents = read_conll_columns(target)
    assert [[r[0] for r in s] for s in sents] == [
        ["وصل", "م", ".", "علي", "اليوم", "."], ["ثم", "ذهب"]]
    assert seqeval_entities(sents, 1) == [("PER", "م . علي")]


def test_hf_export_loads_with_datasets_and_maps_tags_through_labels_json(
        tmp_path: Path, schema: Schema, gold: list[DocumentRecord]) -> None:
    import datasets

    target = tmp_path / "train.jsonl"
    report = write_hf(gold, target, schema, entity_options(schema, clitics="split"))
    assert report.files == [target, tmp_path / "labels.json"]
    mapping = json.loads((tmp_path / "labels.json").read_text(encoding="utf-8"))
    names = mapping["names"]
    assert names[0] == "O" and "B-ATTACK" not in names
    assert mapping["label2id"]["B-GPE"] == names.index("B-GPE")
    ds = datasets.load_dataset("json", data_files=str(target), split="train",
                               cache_dir=str(tmp_path / "cache"))
    assert ds.num_rows == 3  # gold-1 has two sentences, gold-2 one
    tagged = [(tok, names[tag]) for row in ds for tok, tag in zip(row["tokens"],
                                                                 row["ner_tags"], strict=True)]
    assert ("إيران", "B-GPE") in tagged and ("الأمريكية", "I-ORG") in tagged
    nested = [names[t] for row in ds for level in row["nested_ner_tags"] for t in level]
    assert nested.count("B-GPE") == 1 and set(nested) == {"O", "B-GPE"}


def test_hf_tag_ids_do_not_depend_on_the_split_written(
        tmp_path: Path, schema: Schema, gold: list[DocumentRecord]) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    write_hf(gold[:1], tmp_path / "a" / "train.jsonl", schema, TokenOptions())
    write_hf(gold[1:], tmp_path / "b" / "test.jsonl", schema, TokenOptions())
    assert (tmp_path / "a" / "labels.json").read_bytes() == \
        (tmp_path / "b" / "labels.json").read_bytes()


def test_spacy_export_offsets_match_the_text_and_docbin_holds_every_span(
        tmp_path: Path, schema: Schema, gold: list[DocumentRecord]) -> None:
    import spacy
    from spacy.tokens import Doc, DocBin

    target = tmp_path / "gold.jsonl"
    report = write_spacy(gold, target, schema, entity_options(schema, clitics="split"))
    assert report.problems == []
    assert report.files == [target, tmp_path / "gold.spacy"]
    tasks = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    nlp = spacy.blank("ar")
    for task, record in zip(tasks, gold, strict=True):
        text = task["text"]
        assert text == record.text
        tokens = task["tokens"]
        for tok in tokens:
            assert text[tok["start"]:tok["end"]] == tok["text"]
        doc = Doc(nlp.vocab, words=[t["text"] for t in tokens], spaces=[t["ws"] for t in tokens])
        assert doc.text == text
        for sp in task["spans"]:
            assert text[sp["start"]:sp["end"]] == sp["text"]
            found = doc.char_span(sp["start"], sp["end"], sp["label"])
            assert found is not None, sp
            assert (found.start, found.end - 1) == (sp["token_start"], sp["token_end"])
        expected = [(s.start, s.end, s.label) for s in entity_spans([record], schema)]
        assert [(s["start"], s["end"], s["label"]) for s in task["spans"]] == expected
    docs = list(DocBin().from_disk(tmp_path / "gold.spacy").get_docs(nlp.vocab))
    assert [d.text for d in docs] == [r.text for r in gold]
    sc = [(s.start_char, s.end_char, s.label_) for d in docs for s in d.spans["sc"]]
    assert sorted(sc) == sorted((s.start, s.end, s.label) for s in entity_spans(gold, schema))
    ents = [e.text for d in docs for e in d.ents]
    assert "المقاومة الإسلامية في العراق" in ents and "العراق" not in ents  # outermost only
    assert len(ents) == len(sc) - 1


def test_spacy_reports_a_span_inside_a_token_and_keeps_its_exact_offsets(
        tmp_path: Path, schema: Schema, gold: list[DocumentRecord]) -> None:
    from spacy.tokens import DocBin

    target = tmp_path / "gold.jsonl"
    report = write_spacy(gold, target, schema, entity_options(schema, clitics="keep"))
    assert report.widened == 0 and len(report.problems) == 3
    assert "gold-1: GPE span [42, 47) 'إيران'" in report.problems[0]
    task = json.loads(target.read_text(encoding="utf-8").splitlines()[0])
    iran = next(s for s in task["spans"] if s["text"] == "إيران")
    assert (iran["start"], iran["end"]) == (42, 47) and "token_start" not in iran
    import spacy

    docs = list(DocBin().from_disk(tmp_path / "gold.spacy").get_docs(spacy.blank("ar").vocab))
    assert "إيران" not in [s.text for s in docs[0].spans["sc"]]
    assert len(docs[0].spans["sc"]) == len(task["spans"]) - 1


def test_a_corpus_with_more_problems_than_shown_counts_them_all_in_bounded_memory(
        tmp_path: Path, schema: Schema) -> None:
    """Every span inside a word is a problem; 1,000 documents of 30 such spans each.
    The count and the "... N more" line hold every one, as before, but only the lines
    shown are kept, in one process and through the worker processes alike."""
    from annotator.core.exporters.parallel import Workers
    from annotator.core.limits import SHOWN_PROBLEMS

    text = " ".join(["بالحرب"] * 30)
    records = [DocumentRecord(f"d{n}", text, f"d{n}", layers=[LayerRecord("gold", "done", [
        Span(k * 7 + 1, k * 7 + 6, "GPE", "الحرب") for k in range(30)])])
        for n in range(1000)]
    for workers in (Workers(1), Workers(2, threshold=100)):
        report = write_conll(records, tmp_path / "out.conll", schema,
                             TokenOptions(clitics="keep"), workers=workers)
        assert report.widened == 30_000
        assert report.line("out.conll").endswith("; 30000 problem(s)")
        shown = report.shown_problems()
        assert len(report.problems) == SHOWN_PROBLEMS and len(shown) == SHOWN_PROBLEMS + 1
        assert shown[0].startswith("d0: GPE span [1, 6) 'الحرب': not on token boundaries")
        assert shown[-1] == f"... {30_000 - SHOWN_PROBLEMS} more"
