"""Events through the formats: native JSONL round trip and the brat export."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import CliResult, run_cli

DATA = Path(__file__).resolve().parents[1] / "data"
TEXT = "قصفت المقاومة الإسلامية قاعدة حرير الأمريكية في أربيل بطائرة مسيرة يوم الأحد"
WORDS = [("قصفت", "ATTACK"), ("المقاومة الإسلامية", "ARMED_GROUP"),
         ("قاعدة حرير الأمريكية", "FAC"), ("أربيل", "GPE"), ("طائرة مسيرة", "WEAPON"),
         ("الأحد", "DATE")]


def run(*args: str) -> CliResult:
    return run_cli(*args)


def attack_record() -> dict:
    spans = []
    for n, (word, label) in enumerate(WORDS, 1):
        start = TEXT.index(word)
        spans.append({"id": n * 10, "start": start, "end": start + len(word), "label": label,
                      "text": word})
    args = [{"role": r, "span": s} for r, s in
            [("Attacker", 20), ("Target", 30), ("Place", 40), ("Instrument", 50), ("Time", 60)]]
    return {"id": "attack", "text": TEXT, "meta": {"title": "attack", "source": "test"},
            "layer": "gold", "status": "done", "spans": spans,
            "events": [{"id": 7, "type": "ATTACK", "trigger": 10, "arguments": args,
                        "attributes": {"mode": "air_drone_strike", "polarity": "positive",
                                       "modality": "asserted"}}],
            "schema": {"name": "default", "version": 1}}


def test_events_round_trip_through_native_jsonl(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(attack_record(), ensure_ascii=False) + "\n", encoding="utf-8")
    db1, db2 = tmp_path / "a.db", tmp_path / "b.db"
    assert run("import", str(src), "--db", str(db1)).returncode == 0
    out1, out2 = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    assert run("export", "--format", "jsonl", "--db", str(db1), "-o", str(out1)).returncode == 0
    record = json.loads(out1.read_text(encoding="utf-8"))
    (event,) = record["events"]
    by_id = {s["id"]: s for s in record["spans"]}
    assert by_id[event["trigger"]]["text"] == "قصفت"
    assert {a["role"]: by_id[a["span"]]["text"] for a in event["arguments"]} == {
        "Attacker": "المقاومة الإسلامية", "Target": "قاعدة حرير الأمريكية", "Place": "أربيل",
        "Instrument": "طائرة مسيرة", "Time": "الأحد"}
    assert event["attributes"] == {"modality": "asserted", "mode": "air_drone_strike",
                                   "polarity": "positive"}
    assert run("import", str(out1), "--db", str(db2)).returncode == 0
    assert run("export", "--format", "jsonl", "--db", str(db2), "-o", str(out2)).returncode == 0
    assert out1.read_bytes() == out2.read_bytes()


def test_event_argument_with_wrong_label_is_rejected_on_import(tmp_path: Path) -> None:
    rec = attack_record()
    rec["events"][0]["arguments"].append({"role": "Time", "span": 40})  # a GPE as Time
    src = tmp_path / "bad.jsonl"
    src.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "p.db"
    result = run("import", str(src), "--db", str(db))
    assert result.returncode != 0
    assert "bad.jsonl:1" in result.stderr and "Time" in result.stderr
    assert "Traceback" not in result.stderr
    assert not db.exists()  # nothing stored: the new project file is not left behind


def test_brat_export_matches_hand_written_ann(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(attack_record(), ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "p.db"
    assert run("import", str(src), "--db", str(db)).returncode == 0
    out = tmp_path / "brat"
    result = run("export", "--format", "brat", "--db", str(db), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert (out / "attack.txt").read_text(encoding="utf-8") == TEXT
    assert (out / "attack.ann").read_text(encoding="utf-8") == (
        DATA / "brat" / "attack.ann").read_text(encoding="utf-8")
    conf = (out / "annotation.conf").read_text(encoding="utf-8")
    sections = [line for line in conf.splitlines() if line.startswith("[")]
    assert sections == ["[entities]", "[relations]", "[events]", "[attributes]"]
    assert ("ATTACK\tAttacker?:PER|ORG|ARMED_GROUP|MILITARY|GPE, "
            "Target*:PER|ORG|ARMED_GROUP|MILITARY|FAC|GPE, Instrument*:WEAPON, "
            "Place?:GPE|FAC|LOC, Time?:DATE") in conf.splitlines()
    # Every T line's offsets index the .txt exactly (brat counts characters).
    for line in (out / "attack.ann").read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            _tid, body, shown = line.split("\t")
            _label, start, end = body.split(" ")
            assert TEXT[int(start):int(end)] == shown


def test_brat_export_needs_a_folder(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    result = run("export", "--format", "brat", "--db", str(db))
    assert result.returncode != 0 and "folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_schema_switch_refused_when_it_would_orphan_annotations(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(attack_record(), ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "p.db"
    assert run("import", str(src), "--db", str(db)).returncode == 0
    default = (Path(__file__).resolve().parents[2] / "resources" / "schemas" /
               "default.toml").read_text(encoding="utf-8")
    renamed = tmp_path / "renamed.toml"
    renamed.write_text(default.replace('name = "WEAPON"', 'name = "ARMS"')
                       .replace('["WEAPON"]', '["ARMS"]'), encoding="utf-8")
    result = run("schema", "--set", str(renamed), "--db", str(db))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "1 span(s) labelled WEAPON" in result.stderr
    assert "WEAPON" in run("schema", "--db", str(db)).stdout  # unchanged

    extended = tmp_path / "extended.toml"
    extended.write_text(default.replace("version = 1", "version = 2") + '''
[[labels]]
name = "VEHICLE"
category = "other"
ar = "مركبة"
en = "Vehicle"
color = "#123456"
hotkey = "0"
''', encoding="utf-8")
    result = run("schema", "--set", str(extended), "--db", str(db))
    assert result.returncode == 0, result.stderr
    stats = json.loads(run("stats", "--json", "--db", str(db)).stdout)
    assert stats["schema"] == {"name": "default", "version": 2}


def test_invalid_schema_is_reported_in_one_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    default = (Path(__file__).resolve().parents[2] / "resources" / "schemas" /
               "default.toml").read_text(encoding="utf-8")
    bad.write_text(default.replace('hotkey = "2"', 'hotkey = "1"')
                   .replace('labels = ["WEAPON"]', 'labels = ["GUN"]'), encoding="utf-8")
    result = run("schema", "--set", str(bad), "--db", str(tmp_path / "p.db"))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "hotkey '1' is already used by PER" in result.stderr
    assert "unknown label 'GUN'" in result.stderr
