"""One annotator of bench_team.py's load run, in its own process (killed with SIGKILL at
random moments, started again by the bench):

    python tests/bench/team_bench_worker.py URL DB USER EDITS LOG SEED PACE

Edits its local project until the change log holds EDITS edits by USER (so a restarted
worker goes on where the killed one stopped): adds a span at a random place of an
assigned document, relabels or deletes one, or sets or clears a document's relevance
(a document label), one edit every PACE seconds; and syncs once a
second on a kept connection (as the window does). Appends to LOG one line per sync:
"B time" when it starts, then "E time seconds sent [uids]" when it succeeded (the
identities of the layer's live spans: what the sync reported as on the server) or
"F time message" when it failed. Ends with a sync that succeeds, then prints "done".
"""

from __future__ import annotations

import json
import random
import sys
import time

from annotator.core.errors import UserError
from annotator.operations.sync import sync
from annotator.store.repository import Repository
from annotator.store.server.connection import TeamServer

EDITS = ("add_span", "relabel_span", "delete_span", "set_doc_label")
RELEVANCE = ("relevant", "partly", "not_relevant", None)  # None: cleared
LABELS = ("PER", "ORG", "GPE", "LOC")
SYNC_EVERY = 1.0


def edits_made(repo: Repository, user: str) -> int:
    return int(repo.db.execute(
        "SELECT count(*) FROM changes WHERE user = ? AND action IN (?, ?, ?, ?)",
        [user, *EDITS]).fetchone()[0])


class Annotator:
    def __init__(self, url: str, db: str, user: str, log: str, seed: str) -> None:
        self.url, self.user, self.log_path = url, user, log
        self.repo = Repository.open(db, user=user)
        self.rng = random.Random(f"{seed}-{time.time_ns()}")
        self.server: TeamServer | None = None

    def log(self, *parts: object) -> None:
        with open(self.log_path, "a", encoding="utf-8") as f:
            f.write(" ".join(str(p) for p in parts) + "\n")
            f.flush()

    def sync(self) -> bool:
        self.log("B", time.time())
        began = time.perf_counter()
        try:
            if self.server is None:
                self.server = TeamServer.connect(self.url)
            result = sync(self.repo, self.server)
        except UserError as exc:
            if self.server is not None:
                self.server.close()
                self.server = None
            self.log("F", time.time(), str(exc).replace("\n", " "))
            return False
        seconds = time.perf_counter() - began
        uids = [r[0] for r in self.repo.db.execute(
            "SELECT uid FROM spans WHERE layer = ?", [self.user])]
        self.log("E", time.time(), f"{seconds:.6f}", result.sent, json.dumps(uids))
        return True

    def edit(self) -> None:
        repo, rng, user = self.repo, self.rng, self.user
        doc = rng.choice(repo.assigned_document_ids(user))
        spans = repo.spans(doc, user)
        move = rng.random()
        try:
            if move < 0.1:  # a document label (issue 16), or clearing it
                repo.set_doc_label(doc, user, "relevance", rng.choice(RELEVANCE))
            elif spans and move < 0.3:
                repo.delete_span(rng.choice(spans).id)  # type: ignore[arg-type]
            elif spans and move < 0.5:
                span = rng.choice(spans)
                repo.relabel_span(span.id,  # type: ignore[arg-type]
                                  rng.choice([x for x in LABELS if x != span.label]))
            else:
                text = repo.document_text(doc)
                start = rng.randrange(len(text) - 8)
                repo.add_span(doc, user, start, start + rng.randint(1, 6), rng.choice(LABELS))
        except UserError:
            pass  # the same span already there: not an edit

    def run(self, total: int, pace: float) -> None:
        while not self.repo.assigned_document_ids(self.user):  # the first sync brings them
            if not self.sync():
                time.sleep(0.2)
        next_sync = time.monotonic() + SYNC_EVERY
        while edits_made(self.repo, self.user) < total:
            self.edit()
            if time.monotonic() >= next_sync:
                self.sync()
                next_sync = time.monotonic() + SYNC_EVERY
            time.sleep(pace)
        while not self.sync():
            time.sleep(0.2)


def main() -> int:
    url, db, user, total, log, seed, pace = sys.argv[1:]
    Annotator(url, db, user, log, seed).run(int(total), float(pace))
    print("done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
