"""Persistence: every SQL statement of the project lives in this package.

sqlite-utils imports pandas at import time whenever pandas is installed (only to map
pandas timestamps to TEXT, which we never store), and that was most of the command
line's start: 0.35 s of `annotator stats`' 0.45 s. So sqlite-utils is imported here,
before any store module uses it, with pandas hidden unless something already imported
it; anything that imports pandas afterwards still gets it.
"""

import sys


def _import_sqlite_utils_without_pandas() -> None:
    if "sqlite_utils" in sys.modules or "pandas" in sys.modules:
        return
    sys.modules["pandas"] = None  # type: ignore[assignment]  # import pandas -> ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        if sys.modules.get("pandas", 0) is None:
            del sys.modules["pandas"]


_import_sqlite_utils_without_pandas()
