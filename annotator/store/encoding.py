"""How values are written into rows: timestamps, JSON, hashes, change-log snapshots."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from typing import Any

from annotator.core.types import Event, Span


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def new_uid() -> str:
    """A span's or event's identity across project files (see migrations m002)."""
    return os.urandom(16).hex()


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def event_dict(ev: Event) -> dict[str, Any]:
    return {"type": ev.type, "trigger": ev.trigger, "attributes": ev.attributes,
            "arguments": [{"role": a.role, "span": a.span} for a in ev.arguments]}


def span_dict(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "label": span.label, "text": span.text,
            "origin": span.origin}
