"""A small version of the load and fault test (issue 15, item 7): annotators edit and sync
in their own processes while syncing processes are killed with SIGKILL at random moments
and the server is restarted once. Afterwards the server holds exactly every edit, each
local project equals the server's view of that annotator (spans and document labels),
and every sync that reported success had its data on the server. (The full benchmark,
20 processes x 500 edits, is tests/bench's.)"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.store.repository import Repository
from tests.conftest import SEED_FILES

WORKER = Path(__file__).with_name("sync_worker.py")
ANNOTATORS = ("amina", "badr", "chadi")
EDITS = 40


@pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGKILLs real processes")
def test_killed_syncs_and_a_server_restart_lose_and_duplicate_nothing(team, cli, tmp_path):
    team.add("lead", "admin")
    for name in ANNOTATORS:
        team.add(name, "annotator")
    assert cli("import", *SEED_FILES, "--server", team.url("lead")).returncode == 0
    assert cli("assign", "--users", ",".join(ANNOTATORS), "--per-document", "3",
               "--server", team.url("lead")).returncode == 0
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    rng = random.Random(15)

    def start(name: str) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, str(WORKER), team.url(name), str(tmp_path / f"{name}.db"), name,
             str(EDITS), str(tmp_path / f"{name}.jsonl"), "15"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)

    running = {name: start(name) for name in ANNOTATORS}
    finished: set[str] = set()
    kills = 0
    restarted = False
    deadline = time.monotonic() + 90
    while len(finished) < len(ANNOTATORS):
        assert time.monotonic() < deadline, "the workers did not finish"
        time.sleep(rng.uniform(0.2, 0.6))
        for name, proc in list(running.items()):
            if proc.poll() is not None:
                out, err = proc.communicate()
                assert proc.returncode == 0 and out.strip() == "done", err
                finished.add(name)
                del running[name]
        if running and kills < 8:
            name = rng.choice(sorted(running))
            running[name].send_signal(signal.SIGKILL)
            running[name].wait()
            kills += 1
            running[name] = start(name)
        if kills == 3 and not restarted:
            team.postgres.restart()
            restarted = True
    assert kills >= 3 and restarted

    with team.connect() as conn:
        server = {name: {uid: [s, e, label, text] for uid, s, e, label, text in conn.execute(
            "SELECT uid, start, \"end\", label, text FROM annotator.spans WHERE layer = %s "
            "AND NOT deleted", [name])} for name in ANNOTATORS}
        stored = {r[0] for r in conn.execute("SELECT uid FROM annotator.spans")}
        labels = {name: dict(conn.execute(
            "SELECT d.text_sha256, l.value FROM annotator.doc_labels l JOIN "
            "annotator.documents d ON d.id = l.document_id WHERE l.layer = %s AND "
            "l.field = 'relevance' AND l.value IS NOT NULL", [name]).fetchall())
            for name in ANNOTATORS}
    total = 0
    for name in ANNOTATORS:
        repo = Repository.open(tmp_path / f"{name}.db", user=name)
        local = {repo.uid_of("span", s.id): [s.start, s.end, s.label, s.text]
                 for doc in repo.document_ids() for s in repo.spans(doc, name)}
        mine = dict(repo.db.execute(
            "SELECT d.text_sha256, l.value FROM document_labels l JOIN documents d ON "
            "d.id = l.document_id WHERE l.layer = ? AND l.value IS NOT NULL", [name]))
        edits = sum(1 for c in repo.changes() if c["user"] == name and c["action"] in (
            "add_span", "relabel_span", "delete_span", "set_doc_label"))
        repo.close()
        assert edits == EDITS
        assert local == server[name], name  # the local project is the server's view
        assert mine == labels[name], name  # its document labels too
        total += len(local)
        reports = (tmp_path / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(reports) >= 2
        for line in reports:  # every span a successful sync reported is on the server
            assert set(json.loads(line)) <= stored
    assert sum(len(v) for v in server.values()) == total > 0
