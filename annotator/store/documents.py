"""Reading documents: their texts (immutable after import), titles and list rows.

Documents are written by importing (store/importing.py) and merging (store/merge_rows.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from annotator.core.errors import UserError
from annotator.core.spans import check_offsets, check_span
from annotator.core.types import Document
from annotator.store.context import StoreContext


@dataclass(frozen=True, eq=False)
class DocumentStore:
    """Reads of documents; they are written by importing and merging."""

    ctx: StoreContext
    # The text whose spans were checked last, as (document id, text_sha256, text): the
    # next span of the same document is checked against it (see span_text).
    _checked: list[tuple[int, str, str]] = field(default_factory=list)

    def count(self) -> int:
        count: int = self.ctx.db.execute("SELECT count(*) FROM documents").fetchone()[0]
        return count

    def ids(self) -> list[int]:
        return [r[0] for r in self.ctx.db.execute("SELECT id FROM documents ORDER BY id")]

    def document(self, document_id: int, with_text: bool = True) -> Document:
        cols = "id, external_id, title, text_sha256, source, meta" + (", text" if with_text else "")
        row = self.ctx.db.execute(
            f"SELECT {cols} FROM documents WHERE id = ?", [document_id]
        ).fetchone()
        if row is None:
            raise UserError(f"no document with id {document_id}")
        return Document(row[0], row[1], row[2], row[3], row[4], json.loads(row[5]),
                        row[6] if with_text else None)

    def text(self, document_id: int) -> str:
        row = self.ctx.db.execute(
            "SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()
        if row is None:
            raise UserError(f"no document with id {document_id}")
        text: str = row[0]
        return text

    def span_text(self, document_id: int, start: int, end: int) -> str:
        """The stored text of [start, end), offsets checked (core.spans.check_offsets).

        The text of the document checked last is kept, under its text_sha256 (unique:
        a document id that came back with another text, after a rolled-back import, is
        told apart): a label key in a 570,000-character document then reads one short
        column, not the text (issue 13), wherever the span is.
        """
        check_offsets(0x7FFFFFFF, start, end)  # integers and a range, before SQL sees them
        row = self.ctx.db.execute(
            "SELECT text_sha256 FROM documents WHERE id = ?", [document_id]).fetchone()
        if row is None:
            raise UserError(f"no document with id {document_id}")
        kept = self._checked[0] if self._checked else None
        if kept is not None and kept[0] == document_id and kept[1] == row[0]:
            text = kept[2]
        else:
            text = self.text(document_id)
            self._checked[:] = [(document_id, row[0], text)]
        return check_span(text, start, end)

    def id_by_sha(self, text_sha256: str) -> int | None:
        row = self.ctx.db.execute(
            "SELECT id FROM documents WHERE text_sha256 = ?", [text_sha256]
        ).fetchone()
        return row[0] if row else None

    def rows(self, ids: list[int], layer: str,
             counts: bool = True) -> dict[int, tuple[str, str, int]]:
        """(title, this layer's status, span count) for each id, without loading texts.
        Without `counts` the count is 0: counting 50,000 spans of one document in SQL
        takes 15 ms, and the window knows the open document's count."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        count = ("(SELECT count(*) FROM spans s WHERE s.document_id = d.id AND s.layer = ?1)"
                 if counts else "0")
        rows = self.ctx.db.execute(
            f"SELECT d.id, d.title, coalesce(st.status, 'new'), {count} "
            f"FROM documents d LEFT JOIN document_status st "
            f"ON st.document_id = d.id AND st.layer = ?1 WHERE d.id IN ({marks})",
            [layer, *ids],
        )
        return {r[0]: (r[1], r[2], r[3]) for r in rows}
