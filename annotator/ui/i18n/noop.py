"""`QT_TRANSLATE_NOOP` with a type: lupdate reads the call by its name, whatever module
it comes from, and PySide6's own returns `object` to type checkers."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate's name)
    """Marks `text` for translation in `context`; returns it as it is (translate it
    where it is shown, with the same context)."""
    return text
