"""Dialogs and windows opened from the menus (team work, export)."""
