"""Bringing other project files' layers into this project (`annotator merge`).

Annotators on separate machines each work in their own copy of a project; a reviewer
merges the copies. Spans and events are matched by their identity (`uid`, kept when a
file is copied), documents by the SHA-256 of their text. Each file is merged in one
write transaction: a file is all-or-nothing, and a file that is not a project, comes
from an older version, or has a different label schema is refused before any write.
The other file is only ever opened read-only. docs/decisions/0007 has the rules.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.errors import SchemaError
from annotator.core.progress import Progress
from annotator.core.schema import Attribute, Schema, parse_schema
from annotator.store.db import ProjectFileError, connect_read_only, write_transaction
from annotator.store.merge_rows import MergeCounts, MergeError, RowMerger
from annotator.store.repository import Repository

__all__ = ["MergeError", "MergeReport", "merge_project", "read_schema"]

# What makes a file an annotator project this version can merge.
_TABLES = ("project", "documents", "annotators", "spans", "events", "event_arguments",
           "document_status", "changes", "gold_provenance")


@dataclass
class MergeReport(MergeCounts):
    """What merging one file did. `conflicts` lists only conflicts found for the first
    time (each is logged once), so merging the same file again reports nothing."""

    source: str = ""
    conflicts: list[str] = field(default_factory=list)

    def changed(self) -> bool:
        return any((self.documents_added, self.spans_added, self.spans_updated,
                    self.spans_deleted, self.events_added, self.events_updated,
                    self.events_deleted, self.statuses_updated, self.doc_labels_updated,
                    self.conflicts))

    def line(self) -> str:
        docs = f"{_n(self.documents_matched, 'document')} matched, {self.documents_added} added"
        if not self.changed():
            return f"merged {self.source}: nothing new ({docs})"
        parts = [
            docs,
            f"{_n(self.spans_added, 'span')} added, {self.spans_updated} updated (newer), "
            f"{self.spans_deleted} deleted",
            f"{_n(self.events_added, 'event')} added, {self.events_updated} updated (newer), "
            f"{self.events_deleted} deleted",
            f"{_n(self.statuses_updated, 'status', 'statuses')} updated",
        ]
        if self.doc_labels_updated:
            parts.append(f"{_n(self.doc_labels_updated, 'document label')} updated")
        if self.conflicts:
            parts.append(f"{_n(len(self.conflicts), 'conflict')} kept local")
        return f"merged {self.source}: " + "; ".join(parts)


def _n(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def read_schema(path: str | Path) -> Schema:
    """The label schema stored in another project file (checked to be mergeable).

    The CLI uses it to create a new reviewer project with the first file's schema.
    """
    conn = _open_readonly(path)
    try:
        return _their_schema(conn, path)
    finally:
        conn.close()


def merge_project(repo: Repository, other: str | Path,
                  progress: Progress | None = None) -> MergeReport:
    """Merge every layer of `other` into `repo` in one write transaction.

    `progress(done, total)` is called once per document of the other file, inside the
    transaction: an exception from it (a cancelled GUI job) rolls the whole file back.
    Raises MergeError (nothing written) when the file cannot be merged.
    """
    name = str(other)
    if _same_file(repo, Path(other)):
        raise MergeError(name, "this is the project itself; merge another annotator's file")
    conn = _open_readonly(other)
    try:
        theirs = _their_schema(conn, other)
        difference = schema_difference(repo.schema(), theirs)
        if difference:
            raise MergeError(name, f"its label schema differs from the project's "
                                   f"({difference}); nothing merged")
        report = MergeReport(source=name)
        try:
            with write_transaction(repo.db):
                parts = repo.parts
                RowMerger(repo.ctx, parts.changelog, parts.documents, parts.spans, parts.events,
                          conn, report, report.conflicts, name).run(progress)
        except sqlite3.Error as exc:
            raise MergeError(name, f"database problem ({exc}); nothing merged") from None
        return report
    finally:
        conn.close()


def _same_file(repo: Repository, other: Path) -> bool:
    main = next((r[2] for r in repo.db.execute("PRAGMA database_list") if r[1] == "main"), "")
    try:
        return bool(main) and other.exists() and os.path.samefile(main, other)
    except OSError:
        return False


def _open_readonly(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to an annotator project of this version, or MergeError."""
    p = Path(path)
    if not p.exists():
        raise MergeError(path, "no such file")
    if not p.is_file():
        raise MergeError(path, "not a file")
    try:
        conn = connect_read_only(p).conn  # also in a read-only folder; refuses a newer file
    except ProjectFileError as exc:
        raise MergeError(path, exc.reason) from None
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.Error as exc:
        conn.close()
        raise MergeError(path, f"not an annotator project file ({exc})") from None
    missing = [t for t in _TABLES if t not in tables]
    if "spans" not in tables or "project" not in tables:
        conn.close()
        raise MergeError(path, "not an annotator project file")
    uid_columns = {r[1] for r in conn.execute("PRAGMA table_info(spans)")}
    if missing or "uid" not in uid_columns:
        conn.close()
        raise MergeError(path, "made by an older version of annotator; open it once with "
                               f"this version to upgrade it (annotator stats --db {p})")
    return conn


def _their_schema(conn: sqlite3.Connection, path: str | Path) -> Schema:
    row = conn.execute("SELECT value FROM project WHERE key = 'schema_toml'").fetchone()
    if row is None:
        raise MergeError(path, "not an annotator project file (no label schema)")
    try:
        return parse_schema(row[0], "its stored schema")
    except SchemaError as exc:
        raise MergeError(path, str(exc).splitlines()[0]) from None


def schema_difference(ours: Schema, theirs: Schema) -> str | None:
    """The first difference that matters for merging, in words; None if there is none.

    Names, categories, event roles (the labels each accepts, whether it repeats),
    event attributes (names, kinds, values) and document fields (names, kinds, values)
    matter: they decide what a span or event
    means and what the store accepts. Colours, hotkeys, display names, descriptions,
    order, defaults and the schema's name and version do not.
    """
    a, b = _meaning(ours), _meaning(theirs)
    for name in sorted(a.keys() | b.keys()):
        if name not in b:
            return f"it lacks {name}"
        if name not in a:
            return f"it has {name}, which the project lacks"
        if a[name] != b[name]:
            return f"{name} is defined differently"
    return None


def _meaning(schema: Schema) -> dict[str, tuple[object, ...]]:
    """label or attribute name -> what about it must agree between two files."""
    def attrs(items: tuple[Attribute, ...]) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
        return tuple(sorted((x.name, x.type, tuple(sorted(x.values))) for x in items))

    out: dict[str, tuple[object, ...]] = {}
    for lb in schema.all_labels:
        et = schema.event_type(lb.name)
        roles = tuple(sorted((r.name, tuple(sorted(r.labels)), r.multiple)
                             for r in et.roles)) if et else ()
        out[f"label {lb.name}"] = (lb.category, roles, attrs(et.attributes) if et else ())
    for at in schema.event_attributes:
        out[f"event attribute {at.name}"] = attrs((at,))
    for fld in schema.document_fields:
        out[f"document field {fld.name}"] = (fld.type, tuple(sorted(fld.value_names)))
    return out
