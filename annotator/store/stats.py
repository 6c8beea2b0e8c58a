"""Project statistics (`annotator stats`): documents, spans, events and statuses per layer."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from annotator.store.context import StoreContext
from annotator.store.documents import DocumentStore


@dataclass(frozen=True, eq=False)
class StatsStore:
    """Counts for `annotator stats`."""

    ctx: StoreContext
    documents: DocumentStore

    def stats(self) -> dict[str, Any]:
        spans: dict[str, dict[str, int]] = defaultdict(dict)
        for layer, label, n in self.ctx.db.execute(
            "SELECT layer, label, count(*) FROM spans GROUP BY layer, label ORDER BY layer, label"
        ):
            spans[layer][label] = n
        status: dict[str, dict[str, int]] = defaultdict(dict)
        for layer, st, n in self.ctx.db.execute(
            "SELECT layer, status, count(*) FROM document_status GROUP BY layer, status "
            "ORDER BY layer, status"
        ):
            status[layer][st] = n
        events: dict[str, dict[str, int]] = defaultdict(dict)
        for layer, typ, n in self.ctx.db.execute(
            "SELECT layer, type, count(*) FROM events GROUP BY layer, type ORDER BY layer, type"
        ):
            events[layer][typ] = n
        return {
            "documents": self.documents.count(),
            "spans": dict(spans),
            "events": dict(events),
            "status": dict(status),
            "schema": {"name": self.ctx.schema().name, "version": self.ctx.schema().version},
        }
