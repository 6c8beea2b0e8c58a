"""A clock for tests: time moves forward one step on every reading, never by sleeping.

Pass it to `Repository.open(..., clock=...)`; give two projects the same clock and every
edit is strictly newer than the edits before it, in either project, which is what merge
compares ("the newer edit wins"). Qt-free, for tests/store, tests/cli and tests/ui.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class StepClock:
    """Readings in the store's format (UTC ISO-8601, milliseconds), one `step` apart."""

    def __init__(self, start: datetime = datetime(2025, 1, 1, tzinfo=UTC),
                 step: timedelta = timedelta(milliseconds=1)) -> None:
        self.at = start
        self.step = step
        self.given: list[str] = []  # every reading so far

    def __call__(self) -> str:
        self.at += self.step
        self.given.append(self.at.isoformat(timespec="milliseconds"))
        return self.given[-1]
