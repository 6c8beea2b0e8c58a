"""How a long operation (import, export, merge, agreement) reports progress and is stopped.

The operation calls `progress(done, total)` now and then; a caller that wants it to stop
(the Cancel button of a progress dialog) raises Cancelled from that callback, and the
operation rolls back the file it was writing.
"""

from __future__ import annotations

from collections.abc import Callable

from annotator.core.errors import UserError

Progress = Callable[[int, int], None]


class Cancelled(UserError):
    """The user cancelled; the file in progress was rolled back."""
