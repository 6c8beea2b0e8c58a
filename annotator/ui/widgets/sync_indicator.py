"""The status bar's team server indicator: synced, N edits waiting, offline, conflict.

It only shows what the window's background sync (ui/team_sync.py) tells it; a click asks
for what the state needs (the conflicts to be read, a password, a sync now). The tooltip
says when the last sync succeeded, the last error and the conflicts (user data: plain
text).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtWidgets import QToolButton, QWidget

from annotator.ui.bidi import plain_tooltip
from annotator.ui.i18n.core_messages import core_message

# The indicator's states (also its `state` property, for tests and style sheets).
NOT_CONNECTED = "not connected"
SYNCING = "syncing"
SYNCED = "synced"
WAITING = "waiting"
OFFLINE = "offline"
CONFLICT = "conflict"
FAILED = "failed"

COLOURS = {SYNCED: "#2e7d32", WAITING: "#8d6e00", OFFLINE: "#757575", CONFLICT: "#c62828",
           FAILED: "#c62828", SYNCING: "#1565c0", NOT_CONNECTED: "#757575"}
MAX_CONFLICTS_SHOWN = 10


@dataclass
class SyncView:
    """What the indicator shows."""

    state: str = NOT_CONNECTED
    waiting: int = 0
    server: str = ""
    member: str = ""  # "amina (annotator)"
    last_ok: str | None = None  # UTC ISO time of the last successful sync
    last_error: str = ""
    conflicts: list[str] = field(default_factory=list)


def local_time(iso: str | None) -> str:
    """A stored UTC time as the user's local date and time (to the second)."""
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return iso


class SyncIndicator(QToolButton):
    """A flat button in the status bar; `clicked` is handled by the team sync."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncIndicator")
        self.setAutoRaise(True)
        self.view = SyncView()
        self.show_view(self.view)

    @property
    def state(self) -> str:
        return self.view.state

    def text_for(self, view: SyncView) -> str:
        if view.state == SYNCED:
            return self.tr("Synced")
        if view.state == WAITING:
            if view.waiting == 1:
                return self.tr("1 edit waiting")
            return self.tr("{0} edits waiting").format(view.waiting)
        if view.state == OFFLINE:
            return self.tr("Offline")
        if view.state == CONFLICT:
            return self.tr("Conflict")
        if view.state == FAILED:
            return self.tr("Sync failed")
        if view.state == SYNCING:
            return self.tr("Syncing…")
        return self.tr("Not connected")

    def tooltip_for(self, view: SyncView) -> str:
        if view.state == NOT_CONNECTED:
            return self.tr("This project does not sync with a team server: "
                           "File → Connect to team server…")
        lines = [self.tr("Team server: {0}").format(view.server)]
        if view.member:
            lines.append(self.tr("You are {0}").format(view.member))
        lines.append(self.tr("Last synced: {0}").format(local_time(view.last_ok) or
                                                         self.tr("never")))
        if view.waiting:
            lines.append(self.tr("Edits not yet on the server: {0}").format(view.waiting))
        if view.last_error:
            lines.append(self.tr("Last error: {0}").format(core_message(view.last_error)))
        if view.conflicts:
            lines.append(self.tr("Conflicts (the newer edit won):"))
            lines += [f"  {c}" for c in view.conflicts[:MAX_CONFLICTS_SHOWN]]
            if len(view.conflicts) > MAX_CONFLICTS_SHOWN:
                lines.append(self.tr("  … and {0} more (in the change log)").format(
                    len(view.conflicts) - MAX_CONFLICTS_SHOWN))
            lines.append(self.tr("Click to read them."))
        else:
            lines.append(self.tr("Click to sync now."))
        return "\n".join(lines)

    def show_view(self, view: SyncView) -> None:
        self.view = view
        self.setText(self.text_for(view))
        self.setToolTip(plain_tooltip(self.tooltip_for(view)))
        self.setStyleSheet(f"color: {COLOURS.get(view.state, '#757575')};")
        self.setProperty("state", view.state)
