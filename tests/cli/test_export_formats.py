"""`annotator export` for every format: files, splits with a manifest, re-import."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from annotator.store.repository import Repository

if TYPE_CHECKING:
    from tests.conftest import CliResult

Cli = Callable[..., "CliResult"]

GOLD = Path(__file__).resolve().parents[1] / "data" / "training" / "gold.jsonl"
# File written by each format without a split (besides FILE.manifest.json).
SINGLE = {"jsonl": "out.jsonl", "conll": "out.conll", "hf": "out.jsonl",
          "spacy": "out.jsonl", "doccano": "out.jsonl", "label-studio": "out.json",
          "csv": "out.csv"}
SPLIT_FILE = {"jsonl": "{}.jsonl", "brat": "{}", "conll": "{}.conll", "hf": "{}.jsonl",
              "spacy": "{}.jsonl", "doccano": "{}.jsonl", "label-studio": "{}.json",
              "csv": "{}.csv"}


def gold_lines() -> list[dict]:
    return [json.loads(x) for x in GOLD.read_text(encoding="utf-8").splitlines() if x.strip()]


COPIES = 10
TOKEN_FORMATS = {"conll", "hf", "spacy"}
EVENT_TYPES = {"ATTACK", "THREATEN", "CONTACT", "CASUALTY", "CLAIM"}


def exported_labels(fmt: str) -> Counter:
    """Token formats are named-entity data: event triggers are left out by default."""
    labels = expected_labels()
    if fmt in TOKEN_FORMATS:
        return Counter({k: v for k, v in labels.items() if k not in EVENT_TYPES})
    return labels


def expected_labels() -> Counter:
    """Gold spans per label in the project, counted from the fixture file: each record
    once, plus once per copy made of it (copies are taken from the records in turn)."""
    base = gold_lines()
    times = Counter(n % len(base) for n in range(COPIES))
    out: Counter = Counter()
    for i, rec in enumerate(base):
        for span in rec["spans"]:
            out[span["label"]] += 1 + times[i]
    return out


def expected_docs() -> int:
    return len(gold_lines()) + COPIES


@pytest.fixture(scope="module")
def project(cli: Cli, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shared gold fixture, COPIES more copies of its documents (new ids and a numbered
    last line, so each text is new) and a second layer 'ali' on one document."""
    folder = tmp_path_factory.mktemp("formats")
    db = folder / "p.db"
    assert cli("import", GOLD, "--db", db).returncode == 0
    copies = []
    base = gold_lines()
    for n in range(COPIES):
        rec = dict(base[n % len(base)])
        rec["id"] = f"copy-{n}"
        rec["text"] = rec["text"] + f"\n({n})"
        rec.pop("text_sha256", None)
        copies.append(json.dumps(rec, ensure_ascii=False))
    more = folder / "copies.jsonl"
    more.write_text("\n".join(copies) + "\n", encoding="utf-8")
    assert cli("import", more, "--db", db).returncode == 0
    ali = {"id": base[0]["id"], "text": base[0]["text"], "label": [[6, 22, "GPE"]]}
    side = folder / "ali.jsonl"
    side.write_text(json.dumps(ali, ensure_ascii=False) + "\n", encoding="utf-8")
    assert cli("import", side, "--db", db, "--layer", "ali").returncode == 0
    return db


def spans_by_text(db: Path, layer: str) -> dict[str, set[tuple[int, int, str, str]]]:
    repo = Repository.open(db)
    try:
        return {repo.document_text(i): {(s.start, s.end, s.label, s.text)
                                        for s in repo.spans(i, layer)}
                for i in repo.document_ids()}
    finally:
        repo.close()


@pytest.mark.parametrize("fmt", sorted(SINGLE))
def test_every_format_writes_a_file_and_a_manifest(cli: Cli, project: Path, tmp_path: Path,
                                                   fmt: str) -> None:
    out = tmp_path / SINGLE[fmt]
    result = cli("export", "--db", project, "--format", fmt, "-o", out)
    assert result.returncode == 0, result.stderr
    assert out.is_file() and out.stat().st_size > 0
    # Every document has gold; the default layer is gold.
    labels = exported_labels(fmt)
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"wrote {expected_docs()} record(s), {labels.total()} span(s) to")
    if fmt != "jsonl":
        manifest = json.loads((tmp_path / f"{out.name}.manifest.json").read_text("utf-8"))
        assert manifest["layer"] == "gold" and manifest["format"] == fmt
        assert manifest["schema"] == {"name": "default", "version": 1}
        assert manifest["tool"]["name"] == "annotator" and manifest["tool"]["version"]
        assert manifest["labels"] == labels
        assert manifest["records"] == expected_docs() and manifest["spans"] == labels.total()


def test_brat_writes_a_folder(cli: Cli, project: Path, tmp_path: Path) -> None:
    result = cli("export", "--db", project, "--format", "brat", "-o", tmp_path / "b")
    assert result.returncode == 0, result.stderr
    assert len(list((tmp_path / "b").glob("*.ann"))) == expected_docs()


def test_exporting_into_a_folder_again_leaves_only_the_new_export(
        cli: Cli, project: Path, tmp_path: Path) -> None:
    """brat of every layer, then of gold only, into one folder: the layer files of the
    first are gone (not stale beside the new ones), a file of the user's own stays; a
    document's layers are named after it alone (not id_2__ali)."""
    out = tmp_path / "b"
    assert cli("export", "--db", project, "--format", "brat", "--layer", "all",
               "-o", out).returncode == 0
    first = {p.name for p in out.glob("*.ann")}
    doc = gold_lines()[0]["id"]
    assert {f"{doc}__gold.ann", f"{doc}__ali.ann"} <= first
    (out / "visual.conf").write_text("[labels]\n", encoding="utf-8")  # the user's own
    assert cli("export", "--db", project, "--format", "brat", "-o", out).returncode == 0
    assert {p.name for p in out.glob("*.ann")} == {f"{d['id']}.ann" for d in gold_lines()} \
        | {f"copy-{n}.ann" for n in range(COPIES)}
    assert not list(out.glob("*__*")) and (out / "visual.conf").exists()


def test_a_split_written_again_with_other_names_leaves_no_stale_split(
        cli: Cli, project: Path, tmp_path: Path) -> None:
    out = tmp_path / "s"
    for spec in ("train=0.6,dev=0.2,test=0.2", "train=0.8,dev=0.2"):
        assert cli("export", "--db", project, "--format", "brat", "--split", spec,
                   "-o", out).returncode == 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(p.name for p in out.iterdir()) == ["dev", "manifest.json", "train"]
    on_disk = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert on_disk == {*manifest["checksums"], "manifest.json"}


@pytest.mark.parametrize("fmt", sorted(SPLIT_FILE))
def test_split_writes_train_dev_test_and_a_manifest(cli: Cli, project: Path, tmp_path: Path,
                                                    fmt: str) -> None:
    out = tmp_path / "split"
    result = cli("export", "--db", project, "--format", fmt, "--split",
                 "train=0.5,dev=0.25,test=0.25", "--seed", "7", "-o", out)
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["split"] == {"train": 0.5, "dev": 0.25, "test": 0.25}
    assert manifest["seed"] == 7 and manifest["layer"] == "gold"
    splits = manifest["splits"]
    n = expected_docs()  # 12 with the two-record fixture: 6 / 3 / 3
    sizes = [splits[s]["documents"] for s in ("train", "dev", "test")]
    assert sum(sizes) == n and abs(sizes[0] - n / 2) <= 1 and abs(sizes[1] - n / 4) <= 1
    for name in ("train", "dev", "test"):
        assert (out / SPLIT_FILE[fmt].format(name)).exists()
    total = Counter()
    for entry in splits.values():
        total.update(entry["labels"])
    assert total == exported_labels(fmt)
    assert set(splits["train"]["labels"]) == set(total)  # every label in train
    assert manifest["labels_missing_from_train"] == []
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_split_counts_match_the_files(cli: Cli, project: Path, tmp_path: Path) -> None:
    out = tmp_path / "d"
    assert cli("export", "--db", project, "--format", "doccano", "--split",
               "train=0.8,dev=0.1,test=0.1", "-o", out).returncode == 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    seen_ids = []
    for name, entry in manifest["splits"].items():
        rows = [json.loads(x) for x in (out / f"{name}.jsonl").read_text("utf-8").splitlines()]
        assert Counter(lb for r in rows for *_, lb in r["label"]) == entry["labels"]
        assert entry["records"] == len(rows)
        seen_ids += [r["id"] for r in rows]
    assert len(set(seen_ids)) == len(seen_ids) == expected_docs()  # each document once


@pytest.mark.parametrize("fmt", ["jsonl", "textcat"])
def test_a_manifest_counts_the_records_its_files_hold(cli: Cli, project: Path, tmp_path: Path,
                                                      fmt: str) -> None:
    """Every layer (a document with two is two lines of native JSONL; textcat writes none
    for a project without document labels): each split's count is its file's lines."""
    out = tmp_path / "s"
    assert cli("export", "--db", project, "--format", fmt, "--layer", "all", "--split",
               "train=0.5,dev=0.5", "-o", out).returncode == 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    lines = {name: len((out / f"{name}.jsonl").read_text("utf-8").splitlines())
             for name in manifest["splits"]}
    assert {name: entry["records"] for name, entry in manifest["splits"].items()} == lines
    assert fmt == "textcat" or sum(lines.values()) == expected_docs() + 1  # ali's layer too


def test_same_seed_same_files(cli: Cli, project: Path, tmp_path: Path) -> None:
    args = ("export", "--db", project, "--format", "csv", "--split", "train=0.5,test=0.5")
    assert cli(*args, "--seed", "3", "-o", tmp_path / "a").returncode == 0
    assert cli(*args, "--seed", "3", "-o", tmp_path / "b").returncode == 0
    for name in ("train.csv", "test.csv", "manifest.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


@pytest.mark.parametrize("spec", ["train=0.9,test=0.2", "train=0.8,valid=0.2", "train"])
def test_bad_split_is_one_line_exit_2(cli: Cli, project: Path, tmp_path: Path,
                                      spec: str) -> None:
    result = cli("export", "--db", project, "--format", "conll", "--split", spec,
                 "-o", tmp_path / "s")
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: bad --split '{spec}'")
    assert list(tmp_path.iterdir()) == []


def test_token_formats_need_a_file(cli: Cli, project: Path) -> None:
    result = cli("export", "--db", project, "--format", "hf")
    assert result.returncode == 2
    assert result.stderr.strip() == "error: hf export writes files: give it with -o"


def test_layer_all_writes_one_record_per_layer(cli: Cli, project: Path,
                                               tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    assert cli("export", "--db", project, "--format", "csv", "--layer", "all",
               "-o", out).returncode == 0
    rows = out.read_text(encoding="utf-8-sig").splitlines()[1:]
    assert Counter(r.split(",")[1] for r in rows) == {"gold": expected_labels().total(),
                                                       "ali": 1}


def test_hf_and_spacy_of_several_layers_say_whose_each_record_is(cli: Cli, project: Path,
                                                                  tmp_path: Path) -> None:
    """gold and ali both have the first document: two records, told apart by their layer
    (and distinct hf ids); an export of one layer stays as it was, without a layer."""
    doc = gold_lines()[0]["id"]
    for layer, named in (("all", True), ("gold", False)):
        hf, sp = tmp_path / f"{layer}.hf.jsonl", tmp_path / f"{layer}.sp.jsonl"
        for fmt, out in (("hf", hf), ("spacy", sp)):
            assert cli("export", "--db", project, "--format", fmt, "--layer", layer,
                       "-o", out).returncode == 0
        rows = [json.loads(x) for x in hf.read_text("utf-8").splitlines()]
        tasks = [json.loads(x) for x in sp.read_text("utf-8").splitlines()]
        ids = [r["id"] for r in rows]
        assert len(set(ids)) == len(ids)
        mine = [r for r in rows if r["document"] == doc]
        if named:
            assert {r.get("layer") for r in mine} == {"gold", "ali"}
            assert sorted(t["meta"]["layer"] for t in tasks if t["meta"]["id"] == doc) == \
                ["ali", "gold"]
        else:
            assert all("layer" not in r for r in rows) and all(
                "layer" not in t["meta"] for t in tasks)


@pytest.mark.parametrize("fmt, name", [("doccano", "d.jsonl"), ("label-studio", "ls.json")])
def test_span_formats_reimport_with_the_same_spans(cli: Cli, project: Path, tmp_path: Path,
                                                   fmt: str, name: str) -> None:
    out = tmp_path / name
    assert cli("export", "--db", project, "--format", fmt, "-o", out).returncode == 0
    fresh = tmp_path / "fresh.db"
    result = cli("import", out, "--db", fresh, "--layer", "gold")
    assert result.returncode == 0, result.stderr
    assert spans_by_text(fresh, "gold") == spans_by_text(project, "gold")


@pytest.mark.parametrize("fmt, name, extra", [
    ("conll", "c.conll", []), ("spacy", "s.jsonl", ["--format", "spacy"]),
])
def test_token_formats_reimport_with_the_same_spans(cli: Cli, project: Path, tmp_path: Path,
                                                    fmt: str, name: str,
                                                    extra: list[str]) -> None:
    """With proclitics split off, every gold span sits on tokens. CoNLL keeps tokens, not
    the spacing (the NBSP becomes a space), so labels and texts are compared, not offsets."""
    out = tmp_path / name
    assert cli("export", "--db", project, "--format", fmt, "--clitics", "split",
               "-o", out).returncode == 0
    fresh = tmp_path / "fresh.db"
    result = cli("import", out, "--db", fresh, "--layer", "gold", *extra)
    assert result.returncode == 0, result.stderr

    def labelled(db: Path) -> Counter:
        return Counter((label, " ".join(text.split())) for spans in
                       spans_by_text(db, "gold").values() for _, _, label, text in spans
                       if label not in EVENT_TYPES)

    assert labelled(fresh) == labelled(project)
    assert sum(labelled(fresh).values()) == exported_labels(fmt).total()
    if fmt == "spacy":  # spaCy JSONL keeps the text: offsets too
        entities = {k: {s for s in v if s[2] not in EVENT_TYPES}
                    for k, v in spans_by_text(project, "gold").items()}
        assert spans_by_text(fresh, "gold") == entities


def test_event_triggers_are_tagged_only_when_asked(cli: Cli, project: Path,
                                                   tmp_path: Path) -> None:
    plain, events = tmp_path / "plain.conll", tmp_path / "events.conll"
    assert cli("export", "--db", project, "--format", "conll", "-o", plain).returncode == 0
    assert cli("export", "--db", project, "--format", "conll", "--include-events",
               "-o", events).returncode == 0
    assert "B-ATTACK" not in plain.read_text(encoding="utf-8")
    assert "B-ATTACK" in events.read_text(encoding="utf-8")
    assert json.loads((tmp_path / "events.conll.manifest.json").read_text("utf-8"))[
        "labels"]["ATTACK"] == expected_labels()["ATTACK"]
