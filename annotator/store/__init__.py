"""Persistence: every SQL statement of the project lives in this package."""

import sys


def _import_sqlite_utils_without_pandas() -> None:
    """Import sqlite_utils with pandas and numpy hidden, unless they are loaded already.

    sqlite_utils imports both when installed (the test extras bring them) only to map their
    column types, which no project value has; that took a second or more of every
    `annotator` start. Hidden only for this import: a later `import pandas` works.
    """
    hidden = [name for name in ("pandas", "numpy") if name not in sys.modules]
    if "sqlite_utils" in sys.modules or not hidden:
        return
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # import raises ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]


_import_sqlite_utils_without_pandas()
