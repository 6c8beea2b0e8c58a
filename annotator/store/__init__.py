"""Persistence: every SQL statement of the project lives in this package.

sqlite-utils imports pandas and numpy at import time whenever they are installed, only
to map their scalar types (timestamps, numpy integers and floats) to column types; we
never store such values. Those imports were most of the command line's start: about
0.35 s (pandas) and 0.1 s (numpy) of `annotator stats`' 0.45 s. So sqlite-utils is
imported here, before any store module uses it, with pandas and numpy hidden unless
something already imported them. Anything that imports them afterwards (the agreement
report's numpy) still gets them.
"""

import sys

_HIDDEN = ("pandas", "numpy")


def _import_sqlite_utils_alone() -> None:
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in _HIDDEN if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # import name -> ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


_import_sqlite_utils_alone()
