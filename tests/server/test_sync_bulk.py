"""Spans that enter a synced project in bulk reach the server like spans made by hand: a
layer imported from a file (`annotator import`) and spans merged from another project
file (`annotator merge`). Before, their change-log rows named no span, so the sync sent
only the statuses and said all was sent."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.store.repository import Repository
from tests.server.test_sync_rules import project, run, server_spans  # noqa: F401


def layer_file(path: Path, text: str, word: str, label: str) -> Path:
    """A native JSONL record of amina's layer (done) with one span over `word`."""
    start = text.index(word)
    record = {"text": text, "layer": "amina", "status": "done",
              "spans": [{"start": start, "end": start + len(word), "label": label}],
              "doc_labels": {"relevance": "relevant"}}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_imported_and_merged_spans_of_my_layer_reach_the_server(project, tmp_path,  # noqa: F811
                                                                clock, cli):
    team = project
    path = tmp_path / "amina.db"
    repo = Repository.open(path, user="amina", clock=clock)
    run(team, repo, "amina")
    first, second = repo.assigned_document_ids("amina")[:2]
    texts = [repo.document_text(first), repo.document_text(second)]
    repo.close()
    words = [next(w for w in t.split() if len(w) > 3 and w.isalpha()) for t in texts]

    imported = layer_file(tmp_path / "layer.jsonl", texts[0], words[0], "PER")
    assert cli("import", str(imported), "--db", str(path)).returncode == 0
    side = tmp_path / "side.db"  # another project file holding amina's layer
    assert cli("import", str(layer_file(tmp_path / "side.jsonl", texts[1], words[1], "GPE")),
               "--db", str(side)).returncode == 0
    assert cli("merge", str(side), "--db", str(path)).returncode == 0

    repo = Repository.open(path, user="amina", clock=clock)
    result = run(team, repo, "amina")
    on_server = sorted((start, end, label) for _, layer, start, end, label, deleted
                       in server_spans(team) if layer == "amina" and not deleted)
    starts = [t.index(w) for t, w in zip(texts, words, strict=True)]
    assert on_server == sorted([(starts[0], starts[0] + len(words[0]), "PER"),
                                (starts[1], starts[1] + len(words[1]), "GPE")])
    assert result.waiting == 0
    with team.connect() as conn:
        assert conn.execute("SELECT count(*) FROM annotator.doc_labels WHERE layer = "
                            "'amina'").fetchone()[0] == 2  # one per document
    assert run(team, repo, "amina").sent == 0  # sent once

    two = Repository.open(tmp_path / "two.db", user="amina", clock=clock)  # her other machine
    run(team, two, "amina")
    assert sorted((s.start, s.end, s.label) for d in two.document_ids()
                  for s in two.spans(d, "amina")) == on_server
    two.close()
    repo.close()
