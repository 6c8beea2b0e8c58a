"""Label Studio export: integer task ids, events as relations, and their way back in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.errors import ImportFileError
from annotator.core.exporters.label_studio import write_label_studio
from annotator.core.exporters.options import TokenOptions
from annotator.core.exporters.request import ExportRequest
from annotator.core.importers import read_file
from annotator.core.schema import Schema, load_schema
from annotator.core.types import Argument, DocumentRecord, Event, LayerRecord, Span
from annotator.operations.exporting import export
from annotator.operations.importing import import_files
from annotator.store.repository import Repository

# An emoji first, so UTF-16 offsets differ from code points.
TEXT = ("🔴 قصفت المقاومة الإسلامية قاعدة حرير في أربيل بطائرة مسيرة يوم الأحد، "
        "وقتل جنديان، وتبنت كتائب حزب الله الهجوم")
WORDS = [("قصفت", "ATTACK"), ("المقاومة الإسلامية", "ARMED_GROUP"), ("قاعدة حرير", "FAC"),
         ("أربيل", "GPE"), ("طائرة مسيرة", "WEAPON"), ("الأحد", "DATE"), ("قتل", "CASUALTY"),
         ("جنديان", "MILITARY"), ("تبنت", "CLAIM"), ("كتائب حزب الله", "ARMED_GROUP"),
         ("الهجوم", "ATTACK")]


def attack_document() -> DocumentRecord:
    spans = []
    for n, (word, label) in enumerate(WORDS, 1):
        start = TEXT.index(word)
        spans.append(Span(start, start + len(word), label, word, n))
    events = [
        Event("ATTACK", 1, (Argument("Attacker", 2), Argument("Target", 3), Argument("Place", 4),
                            Argument("Instrument", 5), Argument("Time", 6)),
              {"mode": "air_drone_strike", "polarity": "positive", "modality": "asserted"}),
        # A second event on the same trigger span keeps its own attributes and arguments.
        Event("ATTACK", 1, (Argument("Target", 4),), {"modality": "hypothetical"}),
        Event("CASUALTY", 7, (Argument("Victim", 8),), {"count": 2}),
        # An argument filled by another event's trigger.
        Event("CLAIM", 9, (Argument("Claimant", 10), Argument("Claimed", 1)), {}),
        Event("ATTACK", 11, (), {}),  # no arguments, no attributes
    ]
    return DocumentRecord("attack-1", TEXT, "هجوم", "test", {"outlet": "x"},
                          [LayerRecord("gold", "done", spans, events)])


def readable_events(doc: DocumentRecord) -> list[tuple]:
    """Events by span texts and offsets, independent of local span ids."""
    (layer,) = doc.layers
    spans = {s.id: (s.start, s.end, s.label, s.text) for s in layer.spans}
    return sorted((ev.type, spans[ev.trigger], tuple(sorted(
        (a.role, spans[a.span]) for a in ev.arguments)), tuple(sorted(ev.attributes.items())))
        for ev in layer.events)


def read_tasks(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def test_tasks_have_integer_ids_and_keep_the_document_id_in_data(tmp_path: Path) -> None:
    out = tmp_path / "ls.json"
    docs = [attack_document(), DocumentRecord("second", "نص آخر عن بغداد", "t", layers=[
        LayerRecord("gold", "done", [Span(10, 15, "GPE", "بغداد")])])]
    write_label_studio(docs, out, load_schema(), TokenOptions())
    tasks = read_tasks(out)
    assert [t["id"] for t in tasks] == [1, 2]
    assert [t["data"]["id"] for t in tasks] == ["attack-1", "second"]


def test_events_are_relations_from_the_trigger_region_with_the_role_as_label(
        tmp_path: Path) -> None:
    out = tmp_path / "ls.json"
    write_label_studio([attack_document()], out, load_schema(), TokenOptions())
    (task,) = read_tasks(out)
    result = task["annotations"][0]["result"]
    regions = {r["id"]: r for r in result if r["type"] == "labels"}
    units = TEXT.encode("utf-16-le")

    def shown(rid: str) -> str:  # what Label Studio shows for a region (UTF-16 offsets)
        v = regions[rid]["value"]
        return units[2 * v["start"]:2 * v["end"]].decode("utf-16-le")

    relations = [(shown(r["from_id"]), r["labels"], shown(r["to_id"]))
                 for r in result if r["type"] == "relation"]
    assert ("قصفت", ["Attacker"], "المقاومة الإسلامية") in relations
    assert ("تبنت", ["Claimed"], "قصفت") in relations
    assert ("قتل", ["Victim"], "جنديان") in relations
    assert all(r["direction"] == "right" for r in result if r["type"] == "relation")
    assert len(relations) == 5 + 1 + 1 + 2
    count = next(r for r in result if r["type"] == "number")
    assert (count["from_name"], count["value"]["number"], shown(count["id"])) == ("count", 2, "قتل")
    modes = [(r["from_name"], r["value"]["choices"], shown(r["id"]))
             for r in result if r["type"] == "choices"]
    assert ("mode", ["air_drone_strike"], "قصفت") in modes
    # The second event on "قصفت" has a region of its own, with its own attribute.
    second = [r for r in result if r["type"] == "choices"
              and r["value"]["choices"] == ["hypothetical"]]
    assert len(second) == 1 and second[0]["id"] not in {r["id"] for r in result
                                                        if r["type"] == "labels"
                                                        and r["id"].startswith("s")}
    assert shown(second[0]["id"]) == "قصفت"


def test_export_import_export_gives_the_same_events_and_the_same_file(
        tmp_path: Path, schema: Schema) -> None:
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    source = attack_document()
    write_label_studio([source], first, schema, TokenOptions())
    (back,) = read_file(first, schema, "auto", layer="gold")
    assert readable_events(back) == readable_events(source)
    assert {(s.start, s.end, s.label) for s in back.layers[0].spans} == {
        (s.start, s.end, s.label) for s in source.layers[0].spans}
    back.layers[0].status = "done"
    write_label_studio([back], second, schema, TokenOptions())
    assert second.read_bytes() == first.read_bytes()


def test_events_survive_a_project_round_trip_through_label_studio(tmp_path: Path) -> None:
    """Project -> Label Studio file -> fresh project: the native export has the same events."""
    native = tmp_path / "in.jsonl"
    doc = attack_document()
    (layer,) = doc.layers
    rec = {"id": doc.external_id, "text": doc.text, "meta": {"title": doc.title},
           "layer": "gold", "status": "done",
           "spans": [{"id": s.id, "start": s.start, "end": s.end, "label": s.label,
                      "text": s.text} for s in layer.spans],
           "events": [{"type": e.type, "trigger": e.trigger, "attributes": e.attributes,
                       "arguments": [{"role": a.role, "span": a.span} for a in e.arguments]}
                      for e in layer.events]}
    native.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    outs = []
    for name, source, fmt in [("a", native, "auto"), ("b", tmp_path / "ls.json", "auto")]:
        repo = Repository.open(tmp_path / f"{name}.db")
        try:
            summary = import_files(repo, [source], fmt, layer="gold")
            assert summary.errors == [], summary.errors
            if name == "a":
                export(repo, ExportRequest("label-studio", tmp_path / "ls.json", "gold"))
            out = tmp_path / f"{name}.jsonl"
            export(repo, ExportRequest("jsonl", out, "gold"))
            outs.append(json.loads(out.read_text(encoding="utf-8")))
        finally:
            repo.close()

    def events(r: dict) -> list:
        spans = {s["id"]: (s["start"], s["end"], s["label"]) for s in r["spans"]}
        return sorted((e["type"], spans[e["trigger"]], sorted(
            (a["role"], spans[a["span"]]) for a in e["arguments"]), sorted(
            e["attributes"].items())) for e in r["events"])

    assert len(outs[0]["events"]) == 5
    assert events(outs[1]) == events(outs[0])


def test_a_trigger_span_without_an_event_is_reported(tmp_path: Path, schema: Schema) -> None:
    doc = attack_document()
    doc.layers[0].events = doc.layers[0].events[:-1]  # "الهجوم" keeps its ATTACK label only
    report = write_label_studio([doc], tmp_path / "ls.json", schema, TokenOptions())
    start = TEXT.index("الهجوم")
    assert report.problems == [f"attack-1: ATTACK span [{start}, {start + 6}) 'الهجوم': "
                               "triggers no event; Label Studio reads it as one"]


def ls_file(tmp_path: Path, result: list[dict]) -> Path:
    text = "قصفت المقاومة قاعدة حرير"
    regions = [{"id": rid, "from_name": "label", "to_name": "text", "type": "labels",
                "value": {"start": text.index(word), "end": text.index(word) + len(word),
                          "labels": [label]}}
               for rid, word, label in [("t", "قصفت", "ATTACK"), ("a", "المقاومة", "ARMED_GROUP"),
                                        ("f", "قاعدة حرير", "FAC")]]
    path = tmp_path / "foreign.json"
    path.write_text(json.dumps([{"id": 7, "data": {"text": text},
                                 "annotations": [{"result": regions + result}]}],
                               ensure_ascii=False), encoding="utf-8")
    return path


def test_a_label_studio_users_relations_become_arguments(tmp_path: Path,
                                                          schema: Schema) -> None:
    path = ls_file(tmp_path, [
        # Drawn from the argument to the trigger: "left" points back at from_id.
        {"type": "relation", "from_id": "a", "to_id": "t", "direction": "left",
         "labels": ["Attacker"]},
        {"type": "relation", "from_id": "t", "to_id": "f", "direction": "right",
         "labels": ["Target"]},
        {"type": "relation", "from_id": "a", "to_id": "f", "labels": []},  # no event: left out
        {"id": "t", "type": "choices", "from_name": "polarity", "to_name": "text",
         "value": {"start": 0, "end": 4, "choices": ["negative"]}},
    ])
    (doc,) = read_file(path, schema, "auto", layer="gold")
    assert doc.external_id == "7"
    assert readable_events(doc) == [("ATTACK", (0, 4, "ATTACK", "قصفت"), (
        ("Attacker", (5, 13, "ARMED_GROUP", "المقاومة")),
        ("Target", (14, 24, "FAC", "قاعدة حرير"))), (("polarity", "negative"),))]


@pytest.mark.parametrize("relation, message", [
    ({"type": "relation", "from_id": "t", "to_id": "zz", "labels": ["Target"]},
     'task 1: relation "t" -> "zz": "zz" is not a labelled region of this annotation'),
    ({"type": "relation", "from_id": "t", "to_id": "f", "labels": ["Attacker"]},
     "task 1: region t: event ATTACK, role Attacker: does not accept a FAC span"),
    ({"type": "relation", "from_id": "t", "to_id": "f", "labels": []},
     "task 1: relation t -> f has no role label"),
    ({"id": "t", "type": "choices", "from_name": "mode", "to_name": "text",
      "value": {"choices": ["tank"]}},
     "task 1: region t: event ATTACK: attribute 'mode' is \"tank\", not one of"),
])
def test_a_bad_event_refuses_the_file_with_one_clear_line(
        tmp_path: Path, schema: Schema, relation: dict, message: str) -> None:
    path = ls_file(tmp_path, [relation])
    with pytest.raises(ImportFileError) as caught:
        read_file(path, schema, "auto")
    assert message in str(caught.value) and str(path) in str(caught.value)


def test_label_studio_converter_reads_the_file(tmp_path: Path, schema: Schema) -> None:
    """label-studio-converter (not a dependency; checked where installed) failed with
    KeyError: 'id' on our tasks."""
    converter = pytest.importorskip("label_studio_converter")
    out = tmp_path / "ls.json"
    write_label_studio([attack_document()], out, schema, TokenOptions())
    labels = "".join(f'<Label value="{lb.name}"/>' for lb in schema.all_labels)
    config = (f'<View><Labels name="label" toName="text">{labels}</Labels>'
              '<Text name="text" value="$text"/></View>')
    conv = converter.Converter(config, project_dir=None)
    conv.convert(str(out), str(tmp_path / "min"), "JSON_MIN", is_dir=False)
    (row,) = json.loads((tmp_path / "min" / "result.json").read_text(encoding="utf-8"))
    # Every span, and the second event's own region on "قصفت".
    assert row["id"] == 1 and len(row["label"]) == len(WORDS) + 1
