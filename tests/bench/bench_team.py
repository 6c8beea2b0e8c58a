"""The team server under load and faults, and at scale (issue 15, items 7 and 8).

Run from the repository root with the test extras installed (pgserver starts a real
PostgreSQL 16 in a temporary folder; not collected by pytest):

    python tests/bench/bench_team.py                  # both parts, full size
    python tests/bench/bench_team.py --part load --workers 5 --edits 100   # quicker
    python tests/bench/bench_team.py --part scale --docs 20000

**Load and faults** (`--part load`): 20 annotator processes (tests/bench/
team_bench_worker.py) each make 500 edits in their own local project and sync every
second against one server, while syncing processes are killed with SIGKILL at random
moments (a worker whose log says it is inside a sync is chosen when there is one) and
started again, and the server is restarted once (an immediate stop, as a crash).
Checked afterwards, and printed: every annotator's change log holds exactly its 500
edits; the server holds exactly the union of the local projects (each layer's live spans
equal the local ones, identity and content, and its statuses; the counts add up); no
sync reported success for a span the server does not have. Printed: the run's time,
the kills (and how many hit a sync), the time per synced edit (the time of the
successful syncs over the edits) next to inserting the same final rows into PostgreSQL
directly (each annotator's rows, as that member, in one transaction).

**Scale** (`--part scale`): a server project of 100,000 documents (COPY) given to 20
annotators; an annotator's first sync pulls only their assigned documents (counted,
timed); syncing 500 edits (three rounds, median) against inserting the same 500 spans
into `annotator.spans` directly as the same member in one transaction (target: within
2x); and the cost of row-level security at that size: the policies' queries as the
annotator against the owner (who bypasses it), with their plans.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import psycopg  # noqa: E402
from bench_import_export import load_paragraphs  # noqa: E402

from annotator.core.schema import load_schema  # noqa: E402
from annotator.operations.sync import sync, writable_layers  # noqa: E402
from annotator.store import sync_state  # noqa: E402
from annotator.store.repository import Repository  # noqa: E402
from annotator.store.server import admin  # noqa: E402
from annotator.store.server.connection import TeamServer  # noqa: E402
from annotator.store.server.push import insert_many  # noqa: E402
from annotator.store.sync_outbox import collect  # noqa: E402
from tests.postgres import Postgres  # noqa: E402

WORKER = Path(__file__).with_name("team_bench_worker.py")
LABELS = ("PER", "ORG", "GPE", "LOC")
SPAN_COLUMNS = ("uid, document_id, layer, start, \"end\", label, text, origin, created_at, "
                "updated_at, deleted, provenance, origin_detail")
TARGET_RATIO = 2.0


# ------------------------------------------------------------------ server and data
def start_postgres(folder: Path) -> Postgres:
    import pgserver

    folder.mkdir()
    for f in (folder.parent, folder):  # as root, PostgreSQL runs as pgserver's own user
        f.chmod(0o755)
    server = pgserver.get_server(folder / "data", cleanup_mode="delete")
    return Postgres(server, folder / "data")


def new_team(pg: Postgres, database: str, members: dict[str, str]) -> None:
    with psycopg.connect(pg.uri(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {database}")
        conn.execute(f"CREATE DATABASE {database}")
    with psycopg.connect(pg.uri(database), autocommit=True) as conn:
        admin.init(conn, load_schema(None))
        for name, role in members.items():
            admin.add_user(conn, name, role)


def texts(n: int, seed: int = 15) -> list[str]:
    """n unique texts of about 800 characters: a numbered line and seed paragraphs."""
    rng = random.Random(seed)
    paragraphs = [p for p in load_paragraphs() if len(p) < 700]
    out = []
    for i in range(n):
        parts = [f"نشرة رقم {i + 1}"]
        while sum(len(p) + 1 for p in parts) < 800:
            parts.append(rng.choice(paragraphs))
        out.append("\n".join(parts))
    return out


def copy_documents(conn: psycopg.Connection[Any], docs: list[str]) -> list[int]:
    """COPY the documents in (as the owner); their server ids in order."""
    now = datetime.now(UTC).isoformat(timespec="milliseconds")
    with conn.transaction(), conn.cursor().copy(
            "COPY annotator.documents (text_sha256, external_id, title, text, source, meta, "
            "created_at) FROM STDIN") as copy:
        for i, text in enumerate(docs):
            copy.write_row((hashlib.sha256(text.encode()).hexdigest(), f"doc_{i + 1:06d}",
                            f"وثيقة {i + 1}", text, "bench", "{}", now))
    return [r[0] for r in conn.execute("SELECT id FROM annotator.documents ORDER BY id")]


def copy_assignments(conn: psycopg.Connection[Any], ids: list[int], names: list[str],
                     per_document: int) -> dict[str, int]:
    """Each document to `per_document` annotators in turn; documents per annotator."""
    counts = dict.fromkeys(names, 0)
    with conn.transaction(), conn.cursor().copy(
            "COPY annotator.assignments (document_id, annotator, assigned_at) FROM STDIN"
    ) as copy:
        for n, doc in enumerate(ids):
            for k in range(per_document):
                name = names[(n * per_document + k) % len(names)]
                counts[name] += 1
                copy.write_row((doc, name, "2025-01-01T00:00:00.000+00:00"))
    conn.execute("ANALYZE annotator.documents")
    conn.execute("ANALYZE annotator.assignments")
    return counts


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    began = time.perf_counter()
    value = fn()
    return time.perf_counter() - began, value


def say(text: str = "") -> None:
    print(text, flush=True)


# ---------------------------------------------------------------------------- scale
def explain(conn: psycopg.Connection[Any], query: str, args: list[Any]) -> tuple[float, str]:
    """The query's execution time (EXPLAIN ANALYZE) and its plan's first lines."""
    lines = [r[0] for r in conn.execute(f"EXPLAIN (ANALYZE, BUFFERS OFF) {query}", args)]
    ms = next(float(x.split(":")[1].split()[0]) for x in lines
              if x.startswith("Execution Time"))
    return ms, "\n".join("      " + x for x in lines[:6])


RLS_QUERIES = (
    ("documents visible", "SELECT count(*) FROM annotator.documents", []),
    ("a document by hash", "SELECT id FROM annotator.documents WHERE text_sha256 = %s",
     ["<sha>"]),
    ("the pull's first query", "SELECT id FROM annotator.documents WHERE txid >= '0'::xid8 "
     "UNION SELECT document_id FROM annotator.assignments WHERE txid >= '0'::xid8 "
     "UNION SELECT document_id FROM annotator.spans WHERE txid >= '0'::xid8 "
     "UNION SELECT document_id FROM annotator.statuses WHERE txid >= '0'::xid8", []),
    ("spans of a page of 200", "SELECT count(*) FROM annotator.spans WHERE document_id = "
     "ANY(%s)", ["<page>"]),
    ("progress", "SELECT a.annotator, count(*) FROM annotator.assignments a LEFT JOIN "
     "annotator.statuses s ON s.document_id = a.document_id AND s.layer = a.annotator "
     "GROUP BY a.annotator", []),
)


def rls_costs(pg: Postgres, database: str, user: str, sha: str, page: list[int]) -> None:
    say("  row-level security at this size (EXPLAIN ANALYZE, best of 3, ms): as the owner "
        "(who bypasses it) and as the annotator:")
    with psycopg.connect(pg.uri(database), autocommit=True) as owner, \
            psycopg.connect(pg.uri(database, user), autocommit=True) as member:
        for name, query, args in RLS_QUERIES:
            args = [sha if a == "<sha>" else page if a == "<page>" else a for a in args]
            plain, _ = explain(owner, query, args)
            ms, plan = min((explain(member, query, args) for _ in range(3)),
                           key=lambda x: x[0])
            say(f"    {name:<26} owner {plain:9.2f}   {user} {ms:9.2f}")
            if os.environ.get("BENCH_PLANS"):
                say(plan)
    # The documents' read policy of s001 (a SECURITY DEFINER function per row), which
    # s003 replaced, measured on the same data in a transaction that is rolled back.
    role = "(SELECT annotator.role_of(current_user))"
    with psycopg.connect(pg.uri(database)) as conn:
        conn.execute(f"ALTER POLICY read ON annotator.documents USING ({role} IN "
                     "('reviewer', 'admin') OR annotator.is_assigned(id, current_user))")
        conn.execute(f"SET ROLE {user}")
        for name, query, args in RLS_QUERIES[:3:2]:
            ms = min(explain(conn, query, args)[0] for _ in range(3))
            say(f"    {name:<26} with the s001 policy (a function per row): {user} {ms:9.2f}")
        conn.rollback()


def make_edits(repo: Repository, user: str, docs: list[int], n: int, rng: random.Random
               ) -> None:
    """n new spans in `docs` (one transaction each, as the window makes them)."""
    made = 0
    while made < n:
        doc = docs[made % len(docs)]
        text = repo.document_text(doc)
        start = rng.randrange(len(text) - 8)
        try:
            repo.add_span(doc, user, start, start + rng.randint(1, 6), rng.choice(LABELS))
        except Exception:  # noqa: BLE001  (the same span twice: not an edit)
            continue
        made += 1


def direct_insert(conn: psycopg.Connection[Any], rows: list[tuple[Any, ...]],
                  one_statement: bool = False) -> float:
    """Insert span rows into annotator.spans in one transaction, row by row (executemany)
    or all in one statement (unnest of arrays, as a push writes them); seconds."""
    began = time.perf_counter()
    with conn.transaction():
        if one_statement:
            insert_many(conn, "spans", SPAN_COLUMNS, [list(r) for r in rows])
        else:
            conn.cursor().executemany(
                f"INSERT INTO annotator.spans ({SPAN_COLUMNS}) VALUES "
                "(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)", rows)
    return time.perf_counter() - began


def scale(pg: Postgres, work: Path, n_docs: int, n_annotators: int, edits: int,
          rounds: int) -> None:
    say(f"\n== scale: {n_docs:,} documents, {n_annotators} annotators ==")
    names = [f"a{i + 1:02d}" for i in range(n_annotators)]
    new_team(pg, "scale", {**dict.fromkeys(names, "annotator"), "rania": "reviewer"})
    seconds, docs = timed(lambda: texts(n_docs))
    say(f"  generated {n_docs:,} texts in {seconds:.1f} s")
    with psycopg.connect(pg.uri("scale"), autocommit=True) as conn:
        seconds, ids = timed(lambda: copy_documents(conn, docs))
        say(f"  COPY of the documents: {seconds:.1f} s")
        seconds, counts = timed(lambda: copy_assignments(conn, ids, names, 1))
        say(f"  COPY of the assignments: {seconds:.1f} s ({counts[names[0]]:,} each)")
    user = names[0]
    url = pg.uri("scale", user)
    repo = Repository.open(work / f"{user}.db", user=user)
    server = TeamServer.connect(url)
    seconds, result = timed(lambda: sync(repo, server))
    pulled = repo.document_count()
    say(f"  first sync of {user}: {seconds:.1f} s, {pulled:,} documents pulled "
        f"(assigned: {counts[user]:,}; on the server: {n_docs:,}) -> "
        f"{'OK' if pulled == counts[user] else 'WRONG'}")
    mine = repo.assigned_document_ids(user)
    rng = random.Random(8)
    ratios: dict[bool, list[float]] = {False: [], True: []}
    with psycopg.connect(url, autocommit=True) as member, \
            psycopg.connect(pg.uri("scale"), autocommit=True) as owner:
        for k in range(rounds):
            make_edits(repo, user, mine[k * 50:(k + 1) * 50], edits, rng)
            box = collect(repo.db, sync_state.pushed_change_id(repo.db),
                          writable_layers(server), edits + 1000)
            shas = {sha: i for i, sha in owner.execute(
                "SELECT id, text_sha256 FROM annotator.documents WHERE text_sha256 = ANY(%s)",
                [list({s.document for s in box.spans})]).fetchall()}
            sync_seconds, result = timed(lambda: sync(repo, server))
            line = (f"  round {k + 1}: sync of {len(box.spans)} new spans and "
                    f"{len(box.statuses)} statuses {sync_seconds * 1000:.0f} ms "
                    f"(sent {result.sent}); the same spans inserted directly")
            for one in (False, True):
                rows = [(f"direct-{one}-{s.uid}", shas[s.document], s.layer, s.start, s.end,
                         s.label, s.text, s.origin, s.created_at, s.updated_at, False, None,
                         s.origin_detail)
                        for s in box.spans]
                direct = direct_insert(member, rows, one)
                ratios[one].append(sync_seconds / direct)
                line += (f", {'in one statement' if one else 'row by row'} "
                         f"{direct * 1000:.0f} ms")
            owner.execute("DELETE FROM annotator.spans WHERE uid LIKE 'direct-%'")
            say(line)
    for one in (False, True):
        ratio = statistics.median(ratios[one])
        how = "in one statement" if one else "row by row (executemany)"
        say(f"  sync of {edits} edits / direct insert {how} (median of {rounds}): "
            f"{ratio:.2f} (target <= {TARGET_RATIO}) -> "
            f"{'PASS' if ratio <= TARGET_RATIO else 'FAIL'}")
    server.close()
    repo.close()
    sha = hashlib.sha256(docs[0].encode()).hexdigest()
    rls_costs(pg, "scale", user, sha, ids[:200])


# ----------------------------------------------------------------------------- load
class Workers:
    """The annotator processes: started, killed (SIGKILL), started again."""

    def __init__(self, url: Callable[[str], str], work: Path, edits: int, pace: float
                 ) -> None:
        self.url, self.work, self.edits, self.pace = url, work, edits, pace
        self.env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        self.running: dict[str, subprocess.Popen[str]] = {}
        self.finished: set[str] = set()
        self.kills = self.kills_in_sync = self.starts = 0

    def synced(self) -> int:
        """Successful syncs so far, all workers."""
        total = 0
        for name in self.running.keys() | self.finished:
            try:
                total += self.log(name).read_text(encoding="utf-8").count("\nE ")
            except FileNotFoundError:
                pass
        return total

    def log(self, name: str) -> Path:
        return self.work / f"{name}.log"

    def start(self, name: str) -> None:
        self.starts += 1
        self.running[name] = subprocess.Popen(
            [sys.executable, str(WORKER), self.url(name), str(self.work / f"{name}.db"),
             name, str(self.edits), str(self.log(name)), "15", str(self.pace)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=self.env)

    def syncing(self) -> list[str]:
        """The running workers whose last log line is the start of a sync."""
        out = []
        for name in self.running:
            try:
                lines = self.log(name).read_text(encoding="utf-8").splitlines()
            except FileNotFoundError:
                continue
            if lines and lines[-1].startswith("B "):
                out.append(name)
        return out

    def reap(self) -> None:
        for name, proc in list(self.running.items()):
            if proc.poll() is not None:
                out, err = proc.communicate()
                if proc.returncode != 0 or out.strip() != "done":
                    raise SystemExit(f"worker {name} failed:\n{err}")
                self.finished.add(name)
                del self.running[name]

    def kill_one(self, rng: random.Random, look: float = 1.0) -> None:
        """Kill a worker that is inside a sync (watching for one up to `look` seconds),
        else any running one; start it again."""
        until = time.monotonic() + look
        syncing = self.syncing()
        while not syncing and time.monotonic() < until:
            time.sleep(0.005)
            syncing = self.syncing()
        name = rng.choice(sorted(syncing or self.running))
        self.running[name].send_signal(signal.SIGKILL)
        self.running[name].wait()
        self.kills += 1
        self.kills_in_sync += bool(syncing)
        with open(self.log(name), "a", encoding="utf-8") as f:
            f.write(f"K {time.time()}\n")
        self.start(name)


def read_log(path: Path) -> dict[str, Any]:
    ok = failed = killed_in_sync = 0
    seconds = 0.0
    sent = 0
    times: list[float] = []
    batches: list[int] = []
    reported: set[str] = set()
    last = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        kind = line[:1]
        if kind == "E":
            _, _, dt, n, uids = line.split(" ", 4)
            ok += 1
            seconds += float(dt)
            sent += int(n)
            times.append(float(dt))
            batches.append(int(n))
            reported |= set(json.loads(uids))
        elif kind == "F":
            failed += 1
        elif kind == "K" and last == "B":
            killed_in_sync += 1
        last = kind
    return {"ok": ok, "failed": failed, "seconds": seconds, "sent": sent, "times": times,
            "batches": batches, "reported": reported, "killed_in_sync": killed_in_sync}


def server_layers(conn: psycopg.Connection[Any], names: list[str]
                  ) -> tuple[dict[str, dict[str, tuple]], set[str], dict[str, dict],
                             dict[str, dict]]:
    spans: dict[str, dict[str, tuple]] = {n: {} for n in names}
    every: set[str] = set()
    for uid, layer, start, end, label, text, deleted in conn.execute(
            "SELECT uid, layer, start, \"end\", label, text, deleted FROM annotator.spans"):
        every.add(uid)
        if not deleted:
            spans[layer][uid] = (start, end, label, text)
    statuses: dict[str, dict] = {n: {} for n in names}
    for sha, layer, status, seconds in conn.execute(
            "SELECT d.text_sha256, s.layer, s.status, s.seconds FROM annotator.statuses s "
            "JOIN annotator.documents d ON d.id = s.document_id"):
        statuses[layer][sha] = (status, round(seconds, 3))
    labels: dict[str, dict] = {n: {} for n in names}
    for sha, layer, name, value in conn.execute(
            "SELECT d.text_sha256, l.layer, l.field, l.value FROM annotator.doc_labels l "
            "JOIN annotator.documents d ON d.id = l.document_id WHERE l.value IS NOT NULL"):
        labels[layer][sha, name] = value
    return spans, every, statuses, labels


def local_layer(path: Path, name: str) -> tuple[dict[str, tuple], dict, dict, int]:
    repo = Repository.open(path, user=name)
    try:
        spans = {uid: (s, e, label, text) for uid, s, e, label, text in repo.db.execute(
            "SELECT uid, start, end, label, text FROM spans WHERE layer = ?", [name])}
        statuses = {sha: (status, round(seconds, 3)) for sha, status, seconds in repo.db.execute(
            "SELECT d.text_sha256, s.status, s.seconds FROM document_status s JOIN documents "
            "d ON d.id = s.document_id WHERE s.layer = ?", [name])}
        labels = {(sha, field): value for sha, field, value in repo.db.execute(
            "SELECT d.text_sha256, l.field, l.value FROM document_labels l JOIN documents d "
            "ON d.id = l.document_id WHERE l.layer = ? AND l.value IS NOT NULL", [name])}
        edits = int(repo.db.execute(
            "SELECT count(*) FROM changes WHERE user = ? AND action IN ('add_span', "
            "'relabel_span', 'delete_span', 'set_doc_label')", [name]).fetchone()[0])
    finally:
        repo.close()
    return spans, statuses, labels, edits


def load(pg: Postgres, work: Path, n_workers: int, edits: int, pace: float, kills: int
         ) -> bool:
    say(f"\n== load and faults: {n_workers} annotators x {edits} edits, a sync every "
        f"second, SIGKILLs of syncing processes, one server restart ==")
    names = [f"w{i + 1:02d}" for i in range(n_workers)]
    new_team(pg, "load", {**dict.fromkeys(names, "annotator")})
    with psycopg.connect(pg.uri("load"), autocommit=True) as conn:
        ids = copy_documents(conn, texts(5 * n_workers, seed=7))
        copy_assignments(conn, ids, names, 2)
    workers = Workers(lambda name: pg.uri("load", name), work, edits, pace)
    rng = random.Random(15)
    began = time.perf_counter()
    for name in names:
        workers.start(name)
    restarted_at = None
    deadline = edits * pace * 30 + 900
    while len(workers.finished) < n_workers:
        time.sleep(rng.uniform(0.2, 0.6))
        workers.reap()
        elapsed = time.perf_counter() - began
        if workers.running and workers.kills < kills and workers.synced() >= n_workers:
            workers.kill_one(rng)
        if restarted_at is None and workers.synced() >= 4 * n_workers:
            pg.restart()  # in the middle of the editing: every worker synced a few times
            restarted_at = elapsed
        if elapsed > deadline:
            raise SystemExit("the workers did not finish")
    run_time = time.perf_counter() - began

    with psycopg.connect(pg.uri("load"), autocommit=True) as conn:
        server, every, server_status, server_labels = server_layers(conn, names)
    ok = equal = reported_ok = True
    total_local = total_edits = syncs = failed = total_labels = 0
    sync_seconds = 0.0
    sent = 0
    killed_in_sync = 0
    times: list[float] = []
    syncs_of: dict[str, int] = {}
    for name in names:
        spans, statuses, labels, made = local_layer(work / f"{name}.db", name)
        log = read_log(workers.log(name))
        problems = []
        if made != edits:
            problems.append(f"{made} edits in the change log, not {edits}")
        equal = equal and (spans, statuses, labels) == (
            server[name], server_status[name], server_labels[name])
        if spans != server[name]:
            problems.append(f"local spans differ from the server's ({len(spans)} here, "
                            f"{len(server[name])} there)")
        if statuses != server_status[name]:
            problems.append("local statuses differ from the server's")
        if labels != server_labels[name]:
            problems.append(f"local document labels differ from the server's ({len(labels)} "
                            f"here, {len(server_labels[name])} there)")
        missing = log["reported"] - every
        reported_ok = reported_ok and not missing
        if missing:
            problems.append(f"{len(missing)} span(s) reported as synced are not on the "
                            "server")
        for p in problems:
            ok = False
            say(f"  {name}: {p}")
        total_local += len(spans)
        total_labels += len(labels)
        total_edits += made
        syncs += log["ok"]
        failed += log["failed"]
        sync_seconds += log["seconds"]
        sent += log["sent"]
        killed_in_sync += log["killed_in_sync"]
        times += log["times"]
        syncs_of[name] = max(1, sum(1 for n in log["batches"] if n))
    on_server = sum(len(v) for v in server.values())
    labels_on_server = sum(len(v) for v in server_labels.values())
    ok = ok and on_server == total_local and labels_on_server == total_labels
    restart = ("not restarted (too short a run)" if restarted_at is None
               else f"server restarted at {restarted_at:.1f} s")
    say(f"  run time {run_time:.1f} s; {workers.kills} kills ({killed_in_sync} inside a "
        f"sync), {workers.starts} process starts, {restart}")
    say(f"  edits {total_edits:,} (= {n_workers} x {edits}: "
        f"{'yes' if total_edits == n_workers * edits else 'NO'}); successful syncs "
        f"{syncs:,}, failed syncs {failed:,} (server down, connection cut)")
    say(f"  live spans: on the server {on_server:,}, in the local projects {total_local:,}; "
        f"document labels: on the server {labels_on_server:,}, in the local projects "
        f"{total_labels:,}; every local project equals the server's view of its annotator "
        f"(spans, statuses, document labels): {'yes' if equal else 'NO'}; every span a "
        f"sync reported is on the server: {'yes' if reported_ok else 'NO'}")
    # Baseline: the same final rows inserted directly, each annotator's as that member.
    new_team(pg, "direct", {**dict.fromkeys(names, "annotator")})
    with psycopg.connect(pg.uri("direct"), autocommit=True) as conn:
        ids = copy_documents(conn, texts(5 * n_workers, seed=7))
        copy_assignments(conn, ids, names, 2)
        shas = {sha: i for i, sha in conn.execute(
            "SELECT id, text_sha256 FROM annotator.documents")}
    # (row by row, all in one statement; one transaction per annotator, or as many
    # transactions as the annotator had syncs that sent something)
    direct = {(one, split): 0.0 for one in (False, True) for split in (False, True)}
    rows_in = 0
    for name in names:
        repo = Repository.open(work / f"{name}.db", user=name)
        rows = [(uid, shas[sha], name, s, e, label, text, "manual", at, at, False, None, "")
                for uid, sha, s, e, label, text, at in repo.db.execute(
                    "SELECT s.uid, d.text_sha256, s.start, s.end, s.label, s.text, "
                    "s.updated_at FROM spans s JOIN documents d ON d.id = s.document_id "
                    "WHERE s.layer = ?", [name])]
        repo.close()
        k = syncs_of[name]
        parts = [rows[i * len(rows) // k:(i + 1) * len(rows) // k] for i in range(k)]
        with psycopg.connect(pg.uri("direct", name), autocommit=True) as member, \
                psycopg.connect(pg.uri("direct"), autocommit=True) as owner:
            for one, split in direct:
                for part in (parts if split else [rows]):
                    if part:
                        direct[one, split] += direct_insert(member, part, one)
                owner.execute("DELETE FROM annotator.spans")
        rows_in += len(rows)
    per_edit = sync_seconds / max(total_edits, 1)
    say(f"  time in successful syncs {sync_seconds:.1f} s (a sync: median "
        f"{statistics.median(times) * 1000:.0f} ms, 90th percentile "
        f"{statistics.quantiles(times, n=10)[-1] * 1000:.0f} ms; sent {sent:,} rows): "
        f"{per_edit * 1000:.2f} ms per synced edit")
    for (one, split), seconds in direct.items():
        per_row = seconds / max(rows_in, 1)
        how = "in one statement" if one else "row by row"
        where = ("a transaction per sync that sent something" if split
                 else "one transaction per annotator")
        say(f"  inserting the {rows_in:,} final span rows directly, {how}, {where}: "
            f"{seconds * 1000:.0f} ms, {per_row * 1000:.3f} ms per row (synced edit / "
            f"row: {per_edit / per_row:.1f})")
    say(f"  load and faults: {'PASS' if ok else 'FAIL'}")
    return ok


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--part", choices=("load", "scale", "all"), default="all")
    p.add_argument("--workers", type=int, default=20)
    p.add_argument("--edits", type=int, default=500)
    p.add_argument("--pace", type=float, default=0.05,
                   help="seconds between a worker's edits (default 0.05)")
    p.add_argument("--kills", type=int, default=40)
    p.add_argument("--docs", type=int, default=100_000)
    p.add_argument("--annotators", type=int, default=20)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--scale-edits", type=int, default=500)
    args = p.parse_args(argv)
    say(f"bench_team: {platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, psycopg {psycopg.__version__}")
    ok = True
    with tempfile.TemporaryDirectory(prefix="annotator-bench-team-") as tmp:
        work = Path(tmp)
        pg = start_postgres(work / "pg")
        (work / "run").mkdir()
        try:
            with psycopg.connect(pg.uri(), autocommit=True) as conn:
                version = conn.execute("SHOW server_version").fetchone()
            say(f"PostgreSQL {version[0] if version else '?'} (pgserver, Unix socket)")
            if args.part in ("scale", "all"):
                scale(pg, work / "run", args.docs, args.annotators, args.scale_edits,
                      args.rounds)
            if args.part in ("load", "all"):
                ok = load(pg, work / "run", args.workers, args.edits, args.pace, args.kills)
        finally:
            pg.server.cleanup()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
