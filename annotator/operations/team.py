"""What an admin does on a team server, and reading one with the local commands.

Each rule is the local one: an import is read and checked by the importers and stored by
the store's import into a copy of the server's project (the read cache), then that file's
documents and layers go to the server in one server transaction (all-or-nothing per file
on the server too); an assignment is planned by the store's assign on the same copy.
`stats`, `export` and `agreement` run on the copy, brought up to date first (a pull, no
push). The copy lives in the user cache folder, one per server project and member, and
is only ever written by a sync: it can be deleted at any time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.core.errors import UserError
from annotator.core.progress import Progress
from annotator.core.schema import Schema, parse_schema
from annotator.core.suggest.gazetteer import GazetteerEntry, distinct_names
from annotator.core.textio import text_digest
from annotator.core.types import DocumentRecord
from annotator.operations.importing import ImportSummary, import_files
from annotator.operations.sync import sync
from annotator.paths import user_cache_dir
from annotator.store.db import write_transaction
from annotator.store.importing import ImportOutcome
from annotator.store.repository import Repository
from annotator.store.server import admin
from annotator.store.server.admin import members, put_assignments, put_documents
from annotator.store.server.connection import NotPermitted, TeamServer
from annotator.store.server.push import push_rows
from annotator.store.sync_rows import documents, layer_rows
from annotator.store.values import utc_now


def cache_path(server: TeamServer) -> Path:
    """The read cache of a server project for one member."""
    return user_cache_dir() / "servers" / f"{server.project_id}-{server.user}.db"


def open_cache(server: TeamServer, progress: Progress | None = None) -> Repository:
    """The member's copy of the team project, brought up to date (pull only)."""
    path = cache_path(server)
    path.parent.mkdir(parents=True, exist_ok=True)
    repo = Repository.open(path, user=server.user)
    try:
        sync(repo, server, progress, push=False)
    except BaseException:
        repo.close()
        raise
    return repo


def _admin_only(server: TeamServer, what: str) -> None:
    """A clear refusal before trying; PostgreSQL refuses it anyway (row security)."""
    if server.role != "admin":
        article = "an" if server.role[:1] in "aeiou" else "a"
        raise NotPermitted(f"permission denied: {article} {server.role} cannot {what} "
                           "(only an admin of the team project can)")


def import_to_server(server: TeamServer, paths: list[str], fmt: str, encoding: str | None,
                     layer: str, progress: Progress | None = None,
                     on_error: object = None) -> ImportSummary:
    """`annotator import PATH... --server URL`: as a local import, each file one server
    transaction; "already in the project" means already on the server."""
    _admin_only(server, "import documents")
    cache = open_cache(server)
    try:
        def store(records: list[DocumentRecord], *, progress: Progress | None,
                  total: int) -> ImportOutcome:
            with write_transaction(cache.db):
                outcome = cache.import_records(records, progress=progress, total=total)
                places = set()
                doc_ids = []
                for rec in records:
                    doc = cache.document_id_by_sha(text_digest(rec.text))
                    assert doc is not None
                    doc_ids.append(doc)
                    places |= {(doc, lr.layer) for lr in rec.layers if lr.layer}
                spans, events, statuses, labels = layer_rows(cache.db, sorted(places))
                with server.transaction() as conn:
                    put_documents(conn, documents(cache.db, doc_ids))
                    push_rows(conn, spans, events, statuses, doc_labels=labels)
            return outcome

        return import_files(cache, paths, fmt, encoding, layer, progress,
                            on_error, store)  # type: ignore[arg-type]
    finally:
        cache.close()


def set_team_schema(server: TeamServer, schema: Schema) -> None:
    """The team project's label schema becomes `schema` (store/server/admin.set_schema
    says when it cannot)."""
    _admin_only(server, "change the label schema")
    admin.set_schema(server.conn, schema)


def team_gazetteer_store(server: TeamServer
                         ) -> tuple[list[str], Callable[[str, Sequence[GazetteerEntry]], int]]:
    """The team's entity labels and a `store(list, entries)` that puts a name list on
    the server (the names one list holds once, as a project keeps them)."""
    _admin_only(server, "import the team's name lists")
    schema = parse_schema(admin.schema_toml(server.conn), "the team server's schema")

    def store(source: str, entries: Sequence[GazetteerEntry]) -> int:
        names = [(e.name, e.label) for e in distinct_names(entries).values()]
        admin.put_gazetteer(server.conn, source, names, utc_now())
        return len(names)

    return [lb.name for lb in schema.labels], store


def remove_team_gazetteer(server: TeamServer, source: str) -> bool:
    _admin_only(server, "remove the team's name lists")
    return admin.remove_gazetteer(server.conn, source, utc_now())


def assign_on_server(server: TeamServer, users: list[str], per_document: int,
                     seed: int | None) -> tuple[dict[str, int], dict[str, int]]:
    """`annotator assign --server URL`: (new assignments per user, all per user)."""
    _admin_only(server, "assign documents")
    roles = members(server.conn)
    for name in users:
        if name and name not in roles:
            raise UserError(f"{name} is not a member of the team project: annotator server "
                            f"add-user {name} --role annotator")
        if name and roles[name] != "annotator":
            raise UserError(f"{name}: a {roles[name]}, not an annotator")
    cache = open_cache(server)
    try:
        from annotator.store.sync_rows import assignment_rows, last_assignment

        with write_transaction(cache.db):
            before = last_assignment(cache.db)
            new = cache.assign(users, per_document, seed)
            rows = assignment_rows(cache.db, after_rowid=before)
            with server.transaction() as conn:
                put_assignments(conn, rows)
        return new, cache.assignment_counts()
    finally:
        cache.close()


@dataclass(frozen=True)
class AnnotatorProgress:
    """One annotator in Team → Progress: documents from the server; agreement with the
    other annotators over the documents both marked done (from a project that holds
    their layers, e.g. a reviewer's synced copy), weighted by documents per pair."""

    name: str
    assigned: int
    in_progress: int
    done: int
    compared: int = 0  # documents compared with another annotator (pairs summed)
    exact_f1: float | None = None
    cohen_kappa: float | None = None


@dataclass(frozen=True)
class TeamProgress:
    annotators: list[AnnotatorProgress]
    documents_compared: int  # documents two or more annotators marked done
    exact_f1: float | None  # over all pairs (the agreement report's overall)
    cohen_kappa: float | None


def _weighted(pairs: list[dict[str, Any]], name: str, measure: str) -> float | None:
    values = [(p[measure], p["documents"]) for p in pairs
              if name in (p["a"], p["b"]) and p.get(measure) is not None]
    total = sum(n for _, n in values)
    return sum(v * n for v, n in values) / total if total else None


def team_progress(server: TeamServer, repo: Repository) -> TeamProgress:
    """Per annotator: assigned, in progress and done on the server (what row security
    lets this member read) and the agreement so far in `repo` (operations.agreement)."""
    from annotator.operations.agreement import agreement_report
    from annotator.store.server.admin import progress

    rows = progress(server.conn)
    report = agreement_report(repo)
    pairs: list[dict[str, Any]] = report.get("pairs", [])
    out = [AnnotatorProgress(
        r.name, r.assigned, r.in_progress, r.done,
        sum(p["documents"] for p in pairs if r.name in (p["a"], p["b"])),
        _weighted(pairs, r.name, "exact_f1"), _weighted(pairs, r.name, "cohen_kappa"))
        for r in rows]
    overall = report.get("overall", {})
    return TeamProgress(out, int(report.get("documents", 0)), overall.get("exact_f1"),
                        overall.get("cohen_kappa"))
