"""Gazetteers kept in the project: imported name lists, and the names of the done and
gold layers.

Imported lists (``annotator gazetteer import FILE``) are rows under their file's name;
importing the same file again replaces its rows. The names of the layers are learned
(core.suggest.gazetteer.Gazetteer.from_documents: tokenizing every finished document,
seconds for a large project), so they are a cache: rows under the source '' with the
fingerprint of the layers they came from. ``layers_stale`` compares it with the
layers now; the training job, ``annotator train`` and ``annotator suggest`` rebuild
it, so the window never tokenizes the whole project on its own thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from annotator.core.suggest.data import TrainingDocument
from annotator.core.suggest.gazetteer import Gazetteer, GazetteerEntry, distinct_names
from annotator.core.suggest.model import detect_proclitic_inside
from annotator.store.changelog import ChangeLog
from annotator.store.context import StoreContext
from annotator.store.db import write_transaction
from annotator.store.project import ProjectInfo

LAYERS_SOURCE = ""  # the source of the names learned from the done and gold layers
_FINGERPRINT = "suggest:layers_fingerprint"
_PROCLITIC_INSIDE = "suggest:proclitic_inside"

# What the layer names depend on: the spans of documents marked done and of gold, and
# which documents are done. Counts, id sums and the latest edit time change with every
# add, delete, relabel or move there, and with every document marked done or reopened.
_LAYERS_STATE = (
    "SELECT (SELECT count(*) || ':' || coalesce(sum(document_id), 0) || ':' || "
    "coalesce(max(updated_at), '') FROM document_status WHERE status = 'done' OR "
    "layer = 'gold'), (SELECT count(*) || ':' || coalesce(sum(s.id), 0) || ':' || "
    "coalesce(max(s.updated_at), '') FROM spans s WHERE s.layer = 'gold' OR EXISTS "
    "(SELECT 1 FROM document_status t WHERE t.document_id = s.document_id AND "
    "t.layer = s.layer AND t.status = 'done'))"
)


@dataclass(frozen=True, eq=False)
class GazetteerStore:
    """Imported name lists and the cached names of the layers."""

    ctx: StoreContext
    log: ChangeLog
    project: ProjectInfo

    # ---------------------------------------------------------------- imported
    def import_entries(self, source: str, entries: Sequence[GazetteerEntry]) -> int:
        """Store one file's names under its name (replacing an earlier import of it);
        how many distinct names it holds."""
        if not source:
            raise ValueError("an imported list needs a source name")
        rows = {key: (key, e.name, e.label) for key, e in distinct_names(entries).items()}
        t = self.ctx.clock()
        with write_transaction(self.ctx.db):
            removed = self._delete(source)
            self.ctx.db.conn.executemany(
                "INSERT INTO gazetteer_entries (key, name, label, source, added_at) "
                "VALUES (?,?,?,?,?)", [(*row, source, t) for row in rows.values()])
            self.log.log("import_gazetteer", None, None, "gazetteer", None,
                         {"source": source, "names": removed} if removed else None,
                         {"source": source, "names": len(rows)})
        return len(rows)

    def remove(self, source: str) -> int:
        """Forget an imported list; how many names it held."""
        with write_transaction(self.ctx.db):
            removed = self._delete(source)
            if removed:
                self.log.log("remove_gazetteer", None, None, "gazetteer", None,
                             {"source": source, "names": removed}, None)
        return removed

    def _delete(self, source: str) -> int:
        return self.ctx.db.execute("DELETE FROM gazetteer_entries WHERE source = ?",
                                   [source]).rowcount

    def sources(self) -> list[tuple[str, int]]:
        """(file name, names) of each imported list, in import order."""
        return [(r[0], r[1]) for r in self.ctx.db.execute(
            "SELECT source, count(*) FROM gazetteer_entries WHERE source != ? "
            "GROUP BY source ORDER BY min(id)", [LAYERS_SOURCE])]

    def layer_names(self) -> int:
        """How many names the layers' cache holds."""
        count: int = self.ctx.db.execute(
            "SELECT count(*) FROM gazetteer_entries WHERE source = ?",
            [LAYERS_SOURCE]).fetchone()[0]
        return count

    def _names(self, imported: bool) -> dict[str, str]:
        op = "!=" if imported else "="
        names: dict[str, str] = {}
        for key, label in self.ctx.db.execute(
            f"SELECT key, label FROM gazetteer_entries WHERE source {op} ? ORDER BY id",
            [LAYERS_SOURCE],
        ):
            names.setdefault(key, label)  # the first list that names it wins
        return names

    # ------------------------------------------------------------------ layers
    def layers_state(self) -> str:
        row = self.ctx.db.execute(_LAYERS_STATE).fetchone()
        return f"{row[0]}|{row[1]}"

    def layers_stale(self) -> bool:
        """Whether the done and gold layers changed since their names were learned."""
        return self.project.value(_FINGERPRINT) != self.layers_state()

    def refresh_layers(self, docs: Sequence[TrainingDocument], state: str) -> int:
        """Learn the names of ``docs`` (the done and gold layers, read when the layers
        were in ``state``) and keep them; how many names."""
        inside = detect_proclitic_inside(docs)
        learned = Gazetteer.from_documents(docs, proclitic_inside=inside)
        t = self.ctx.clock()
        with write_transaction(self.ctx.db):
            self._delete(LAYERS_SOURCE)
            self.ctx.db.conn.executemany(
                "INSERT INTO gazetteer_entries (key, name, label, source, added_at) "
                "VALUES (?,?,?,?,?)",
                [(key, key, label, LAYERS_SOURCE, t) for key, label in learned.names.items()])
            self.project.set_value(_FINGERPRINT, state)
            self.project.set_value(_PROCLITIC_INSIDE, "1" if inside else "0")
        return len(learned)

    def proclitic_inside(self) -> bool:
        """The project's convention as learned from its layers (False, the guideline's,
        until names were learned)."""
        return self.project.value(_PROCLITIC_INSIDE) == "1"

    # ---------------------------------------------------------------- together
    def version(self) -> str:
        """Changes whenever a list is imported or removed or the layer names are rebuilt."""
        row = self.ctx.db.execute(
            "SELECT count(*), coalesce(max(id), 0) FROM gazetteer_entries").fetchone()
        return f"{row[0]}.{row[1]}"

    def gazetteer(self, labels: Sequence[str] | None = None) -> Gazetteer:
        """Imported names first, then the layers' names (a name imported with one label
        is never suggested with another the layers learned); ``labels`` limits them."""
        names = self._names(imported=False)
        names.update(self._names(imported=True))
        if labels is not None:
            wanted = set(labels)
            names = {k: v for k, v in names.items() if v in wanted}
        return Gazetteer(names, self.proclitic_inside())
