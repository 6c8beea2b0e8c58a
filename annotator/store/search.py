"""Searching the project: the document list's filter and Find in project (issue 13).

Both look through the matching view (core.arabic.normalize_for_search) and both answer
at 100,000 documents without reading every title or text into Python:

- `search_titles` holds each document's title and external id in the view; the filter
  is one `instr()` scan in SQL.
- `search_text` (FTS5, trigram tokenizer, no positions, no copy of the text) holds each
  text's view; a query's trigrams give candidate documents, and the hits are found in
  their stored texts (core.project_search), so offsets are exact.

A trigger cannot call Python, so a new document (import, merge, sync: any writer) is
only queued by the trigger of migration m006 (`search_titles.title` NULL,
`search_pending`); the searches read queued documents themselves, so they are complete
at any moment, and `catch_up` (the window runs it in the background, one short
transaction per batch) moves them into the index. Nothing here writes the change log:
the index is derived data.
"""

from __future__ import annotations

import heapq
import sqlite3
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice

from annotator.core.progress import Progress
from annotator.core.project_search import SearchHit, SearchPage, context, trigram_query
from annotator.store.context import StoreContext
from annotator.store.db import write_transaction
from annotator.store.migrations import index_titles

TEXT_BATCH = 100  # texts per catch-up transaction: about 0.1 s of the write lock
READ_BATCH = 32  # candidate texts read per query


@dataclass(frozen=True, eq=False)
class TitleView:
    """Every document's title and external id in the matching view, in import order, up
    to document id `upto`: the filter's column held in memory (about 20 MB at 100,000
    documents), because matching it in SQL took 100-250 ms per keystroke on a busy
    machine (a scan of 100,000 rows spread over the file) and in memory takes 5-40.
    Documents are never deleted or changed, so a view stays true; newer ones are added."""

    upto: int
    ids: array[int]
    titles: list[str]
    external_ids: list[str]

    def matching(self, needle: str) -> list[int]:
        return [doc for doc, title, ext in zip(self.ids, self.titles, self.external_ids,
                                               strict=True)
                if needle in title or needle in ext]


@dataclass(frozen=True, eq=False)
class SearchStore:
    """The search tables: kept up to date by `catch_up`, read by `filter_ids` and `find`."""

    ctx: StoreContext
    _titles: list[TitleView] = field(default_factory=list)  # the one in use, if any

    # ---------------------------------------------------------------- indexing
    def pending(self) -> int:
        """Texts not in the index yet."""
        count: int = self.ctx.db.execute("SELECT count(*) FROM search_pending").fetchone()[0]
        return count

    def index_titles(self) -> int:
        with write_transaction(self.ctx.db):
            return index_titles(self.ctx.db)

    def index_texts(self, limit: int = TEXT_BATCH) -> int:
        """Index up to `limit` queued texts in one transaction; how many were."""
        from annotator.core.arabic import normalize_for_search as view

        db = self.ctx.db
        with write_transaction(db):
            rows = db.execute(
                "SELECT d.id, d.text FROM search_pending p JOIN documents d "
                "ON d.id = p.document_id ORDER BY p.document_id LIMIT ?", [limit]).fetchall()
            if not rows:
                return 0
            db.conn.executemany("INSERT INTO search_text (rowid, text) VALUES (?, ?)",
                                [(doc, view(text)) for doc, text in rows])
            marks = ",".join("?" * len(rows))
            db.execute(f"DELETE FROM search_pending WHERE document_id IN ({marks})",
                       [doc for doc, _ in rows])
        return len(rows)

    def catch_up(self, progress: Progress | None = None, batch: int = TEXT_BATCH) -> int:
        """Index every queued title, then every queued text, a batch per transaction
        (`progress(done, total)` may raise Cancelled between batches); how many texts."""
        self.index_titles()
        total, done = self.pending(), 0
        while (n := self.index_texts(batch)) > 0:
            done += n
            if progress is not None:
                progress(done, max(total, done))
        return done

    # -------------------------------------------------------------- the filter
    def filter_ids(self, query: str) -> list[int]:
        """Document ids in import order whose title or id holds `query` in the view;
        through the title view in memory once there is one (`title_view`, `adopt`)."""
        db = self.ctx.db
        if self._titles:
            kept = self.title_view()
            if not query.strip():
                return kept.ids.tolist()
            from annotator.core.arabic import normalize_for_search as view

            return kept.matching(view(query))
        if not query.strip():
            # Every document has its row here (m006's triggers): reading the ids from
            # documents would walk the pages of every text (0.3 s at 100,000).
            return [r[0] for r in db.execute(
                "SELECT document_id FROM search_titles ORDER BY document_id")]
        from annotator.core.arabic import normalize_for_search as view

        needle = view(query)
        ids = [r[0] for r in db.execute(
            "SELECT document_id FROM search_titles WHERE instr(title, ?1) > 0 "
            "OR instr(external_id, ?1) > 0 ORDER BY document_id", [needle])]
        queued = [doc for doc, title, ext in db.execute(
            "SELECT d.id, d.title, d.external_id FROM search_titles s JOIN documents d "
            "ON d.id = s.document_id WHERE s.title IS NULL")
            if needle in view(title) or needle in view(ext)]
        return sorted(ids + queued) if queued else ids

    def title_view(self) -> TitleView:
        """The title view, read now or brought up to date with the documents added since
        (one short query when there are none). Titles not normalized yet in the table
        are normalized here, as the table will hold them."""
        from annotator.core.arabic import normalize_for_search as view

        db = self.ctx.db
        top: int = db.execute(
            "SELECT coalesce(max(document_id), 0) FROM search_titles").fetchone()[0]
        kept = self._titles[0] if self._titles else None
        after = kept.upto if kept is not None else 0
        if kept is not None and top <= after:
            return kept
        rows = db.execute(
            "SELECT document_id, title, external_id FROM search_titles "
            "WHERE document_id > ? AND document_id <= ? AND title IS NOT NULL",
            [after, top]).fetchall()
        queued = db.execute(
            "SELECT d.id, d.title, d.external_id FROM search_titles s JOIN documents d "
            "ON d.id = s.document_id WHERE s.title IS NULL AND s.document_id > ? "
            "AND s.document_id <= ?", [after, top]).fetchall()
        if queued:
            rows += [(doc, view(title), view(ext)) for doc, title, ext in queued]
            rows.sort()
        ids = kept.ids[:] if kept is not None else array("q")
        titles = kept.titles[:] if kept is not None else []
        exts = kept.external_ids[:] if kept is not None else []
        ids.extend(r[0] for r in rows)
        titles.extend(r[1] for r in rows)
        exts.extend(r[2] for r in rows)
        fresh = TitleView(top, ids, titles, exts)
        self._titles[:] = [fresh]
        return fresh

    def adopt(self, titles: TitleView) -> None:
        """Use a title view read elsewhere (the window reads it on a thread of its own)
        unless a newer one is in use."""
        if not self._titles or self._titles[0].upto <= titles.upto:
            self._titles[:] = [titles]

    # --------------------------------------------------------- find in project
    def find(self, query: str, after: int = 0, limit: int = 200) -> SearchPage:
        """Hits of `query` (core.arabic.find_all: the matching view, exact stored
        offsets) in the documents after id `after`, in document order, until at least
        `limit` hits (whole documents)."""
        from annotator.core.arabic import find_all
        from annotator.core.arabic import normalize_for_search as view

        query = query.strip()
        needle = view(query)
        if not needle.strip():
            return SearchPage((), None)
        db = self.ctx.db
        cursors: list[sqlite3.Cursor] = []
        candidates = self._candidates(needle, after, cursors)
        hits: list[SearchHit] = []
        try:
            while batch := list(islice(candidates, READ_BATCH)):
                marks = ",".join("?" * len(batch))
                for doc, title, text in db.execute(
                    f"SELECT id, title, text FROM documents WHERE id IN ({marks}) "
                    "ORDER BY id", batch,
                ).fetchall():
                    for start, end in find_all(text, query):  # none: a trigram match only
                        hits.append(SearchHit(doc, title, start, end,
                                              *context(text, start, end)))
                    if len(hits) >= limit:
                        return SearchPage(tuple(hits), doc)
        finally:
            for cursor in cursors:  # an unfinished SELECT would hold its read snapshot
                cursor.close()
        return SearchPage(tuple(hits), None)

    def _candidates(self, needle: str, after: int,
                    cursors: list[sqlite3.Cursor]) -> Iterator[int]:
        """Ids after `after`, ascending, of the documents that may hold `needle`: those
        the trigram index names, and every text not indexed yet (cursors it opens are
        added to `cursors`)."""
        conn = self.ctx.db.conn
        match = trigram_query(needle)
        if match is None:  # one or two characters: every document may hold them
            cursors.append(conn.execute("SELECT id FROM documents WHERE id > ? ORDER BY id",
                                        [after]))
            return (r[0] for r in cursors[0])
        cursors.append(conn.execute(
            "SELECT rowid FROM search_text WHERE search_text MATCH ? AND rowid > ? "
            "ORDER BY rowid", [match, after]))
        cursors.append(conn.execute(
            "SELECT document_id FROM search_pending WHERE document_id > ? "
            "ORDER BY document_id", [after]))
        return heapq.merge(*((r[0] for r in cursor) for cursor in cursors))
