"""How values are written into rows: timestamps, identities (uids) and JSON."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

Clock = Callable[[], str]
"""Where the store's timestamps come from: an ISO-8601 text that sorts in time order.

Merge compares them as text ("the newer edit wins"), so every clock must give the same
format; tests pass one that steps forward instead of sleeping (tests/clock.py)."""


def utc_now() -> str:
    """The default clock: UTC, milliseconds, e.g. 2025-01-31T12:00:00.123+00:00."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def new_uid() -> str:
    """A span's or event's identity across project files (see migrations m002)."""
    return os.urandom(16).hex()


def uid_sequence() -> Iterator[str]:
    """Identities for one bulk write (an imported file): 24 random hex digits shared by
    the batch, then 8 counting up. As unique as `new_uid` between batches (96 random bits),
    unique within one, and in index order: a random uid per span sends each insert of a
    100,000-document import to another page of the uid index (decision 0006)."""
    prefix = os.urandom(12).hex()
    return (f"{prefix}{n:08x}" for n in range(1, 1 << 32))


def to_json(value: Any) -> str:
    """JSON as stored: UTF-8 text (not ASCII-escaped), keys sorted so equal values compare
    equal as text."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
