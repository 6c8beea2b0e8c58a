"""Reading documents: their texts (immutable after import), titles and list rows.

Documents are written by importing (store/importing.py) and merging (store/merge_rows.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from annotator.core.errors import UserError
from annotator.core.spans import check_offsets, check_span
from annotator.core.types import Document
from annotator.store.context import StoreContext


@dataclass(frozen=True, eq=False)
class DocumentStore:
    """Reads of documents; they are written by importing and merging."""

    ctx: StoreContext

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
        """The stored text of [start, end), offsets checked (core.spans.check_offsets),
        read by SQLite's substr(): adding a span to a 570,000-character document reads
        the text only up to the span, and copies none of it into Python (issue 13).

        SQLite counts characters as Python does (code points). A shorter answer means
        the range runs past the end: then the whole text is read, for the message.
        """
        check_offsets(0x7FFFFFFF, start, end)  # integers and a range, before SQL sees them
        row = self.ctx.db.execute(
            "SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
            [start + 1, end - start, document_id]).fetchone()
        if row is None:
            raise UserError(f"no document with id {document_id}")
        text: str = row[0]
        if len(text) == end - start:
            return text
        return check_span(self.text(document_id), start, end)

    def id_by_sha(self, text_sha256: str) -> int | None:
        row = self.ctx.db.execute(
            "SELECT id FROM documents WHERE text_sha256 = ?", [text_sha256]
        ).fetchone()
        return row[0] if row else None

    def rows(self, ids: list[int], layer: str) -> dict[int, tuple[str, str, int]]:
        """(title, this layer's status, span count) for each id, without loading texts."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.ctx.db.execute(
            f"SELECT d.id, d.title, coalesce(st.status, 'new'), "
            f"(SELECT count(*) FROM spans s WHERE s.document_id = d.id AND s.layer = ?) "
            f"FROM documents d LEFT JOIN document_status st "
            f"ON st.document_id = d.id AND st.layer = ? WHERE d.id IN ({marks})",
            [layer, layer, *ids],
        )
        return {r[0]: (r[1], r[2], r[3]) for r in rows}
