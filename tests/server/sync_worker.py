"""One annotator at work: edits in a local project and syncs after every few edits (a
helper process of test_sync_load.py; it is killed with SIGKILL at random moments).

    python sync_worker.py URL DB USER EDITS REPORT SEED

Edits until the project's change log holds EDITS edits by USER (so a restarted worker goes
on where the killed one stopped): adds a span at a random place of an assigned document,
relabels or deletes one, or sets or clears a document's relevance. After every successful
sync it appends to REPORT one JSON line: the identities and contents of the layer's live
spans, everything the sync reported as stored. A failed sync (server down, connection
cut) is retried later. Ends with a sync that succeeds, then prints "done".
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


def edits_made(repo: Repository, user: str) -> int:
    return sum(1 for c in repo.changes() if c["user"] == user and c["action"] in EDITS)


def live(repo: Repository, user: str) -> dict[str, list]:
    out = {}
    for doc in repo.document_ids():
        for s in repo.spans(doc, user):
            assert s.id is not None
            out[repo.uid_of("span", s.id)] = [s.start, s.end, s.label, s.text]
    return out


def try_sync(url: str, repo: Repository, user: str, report: str) -> bool:
    try:
        server = TeamServer.connect(url)
        try:
            sync(repo, server)
        finally:
            server.close()
    except UserError:
        return False
    with open(report, "a", encoding="utf-8") as f:  # only after the sync said it succeeded
        f.write(json.dumps(live(repo, user), ensure_ascii=False) + "\n")
    return True


def edit(repo: Repository, user: str, rng: random.Random) -> None:
    docs = repo.assigned_document_ids(user)
    doc = rng.choice(docs)
    spans = repo.spans(doc, user)
    move = rng.random()
    try:
        if move < 0.1:  # a document label, or clearing it
            repo.set_doc_label(doc, user, "relevance", rng.choice(RELEVANCE))
        elif spans and move < 0.3:
            repo.delete_span(rng.choice(spans).id)  # type: ignore[arg-type]
        elif spans and move < 0.5:
            repo.relabel_span(rng.choice(spans).id, rng.choice(LABELS))  # type: ignore[arg-type]
        else:
            text = repo.document_text(doc)
            start = rng.randrange(len(text) - 8)
            repo.add_span(doc, user, start, start + rng.randint(1, 6), rng.choice(LABELS))
    except UserError:
        pass  # the same span already there: not an edit


def main() -> int:
    url, db, user, total, report, seed = sys.argv[1:]
    rng = random.Random(f"{seed}-{time.time_ns()}")
    repo = Repository.open(db, user=user)
    while not repo.assigned_document_ids(user):  # the first sync brings the assignments
        if not try_sync(url, repo, user, report):
            time.sleep(0.1)
    made = edits_made(repo, user)
    while made < int(total):
        edit(repo, user, rng)
        made = edits_made(repo, user)
        if made % 4 == 0:
            try_sync(url, repo, user, report)
    while not try_sync(url, repo, user, report):
        time.sleep(0.2)
    repo.close()
    print("done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
