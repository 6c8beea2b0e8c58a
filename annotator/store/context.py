"""What every part of the store shares: the connection, who edits, the clock, the schema.

The parts (spans, events, gold, ...) each get this context and the other parts they use,
explicitly, when the repository builds them; none reaches for attributes it does not
declare.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database

from annotator.core.schema import Schema, parse_schema
from annotator.store.values import Clock, utc_now


@dataclass
class StoreContext:
    """db: the project's connection; user: who the change log names; clock: every
    timestamp the store writes (created_at, updated_at, changes.at, decided_at, ...)."""

    db: Database
    user: str = "cli"
    clock: Clock = utc_now
    _schema: Schema | None = field(default=None, repr=False)

    def schema(self) -> Schema:
        """The project's label schema (read once, then kept until it is switched)."""
        if self._schema is None:
            row = self.db.execute(
                "SELECT value FROM project WHERE key = 'schema_toml'").fetchone()
            self._schema = parse_schema(row[0] if row else "", "project schema")
        return self._schema

    def schema_stored(self, schema: Schema) -> None:
        """The schema was just written to the project: use it from now on."""
        self._schema = schema

    def forget_schema(self) -> None:
        """Read the schema from the project again (a schema write was rolled back)."""
        self._schema = None
