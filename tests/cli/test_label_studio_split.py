"""A Label Studio export split into train/dev/test numbers its tasks across the files, so
train and dev imported into one Label Studio project keep distinct task ids."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.conftest import CliResult

Cli = Callable[..., CliResult]
CITIES = ["بغداد", "أربيل", "دمشق", "بيروت", "طهران", "عمان", "صنعاء", "حلب", "الموصل", "غزة"]


def project_of(cli: Cli, tmp_path: Path) -> Path:
    """Ten documents with a gold layer of one span each, and one with an annotator's too."""
    records = []
    for n, city in enumerate(CITIES):
        text = f"وصل الوفد رقم {n} إلى {city} صباح اليوم"
        start = text.index(city)
        records.append({"id": f"doc-{n}", "text": text, "layer": "gold", "status": "done",
                        "spans": [{"start": start, "end": start + len(city), "label": "GPE",
                                   "text": city}]})
    records.append({**records[0], "layer": "amina"})
    source = tmp_path / "docs.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                      encoding="utf-8")
    project = tmp_path / "p.db"
    assert cli("import", source, "--db", project).returncode == 0
    return project


def tasks(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def test_split_task_ids_are_unique_across_the_files(cli: Cli, tmp_path: Path) -> None:
    project = project_of(cli, tmp_path)
    out = tmp_path / "split"
    result = cli("export", "--db", project, "--format", "label-studio", "--layer", "all",
                 "--split", "train=0.6,dev=0.2,test=0.2", "-o", out)
    assert result.returncode == 0, result.stderr
    parts = {name: tasks(out / f"{name}.json") for name in ("train", "dev", "test")}
    assert all(parts.values())
    ids = [t["id"] for name in ("train", "dev", "test") for t in parts[name]]
    assert ids == list(range(1, 12))  # 11 tasks: 10 gold, 1 amina; numbered file by file
    # Our document ids stay in data.id: train and dev read back as the documents they were.
    both = tmp_path / "both.db"
    back = cli("import", out / "train.json", out / "dev.json", "--db", both)
    assert back.returncode == 0, back.stderr
    exported = sorted({t["data"]["id"] for name in ("train", "dev") for t in parts[name]})
    again = cli("export", "--db", both, "--format", "label-studio", "--layer", "all")
    assert sorted({t["data"]["id"] for t in json.loads(again.stdout)}) == exported


def test_one_file_is_numbered_from_one(cli: Cli, tmp_path: Path) -> None:
    project = project_of(cli, tmp_path)
    result = cli("export", "--db", project, "--format", "label-studio", "--layer", "gold")
    assert result.returncode == 0
    assert [t["id"] for t in json.loads(result.stdout)] == list(range(1, 11))
