"""The Team menu: assignment, merging other project files, the agreement report."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow


def install_team_menu(win: QMainWindow) -> None:
    """Add the Team menu and its actions to the main window."""
