"""Where things live: the default project file and the bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def user_data_dir() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "annotator"


def user_cache_dir() -> Path:
    """Where copies that can be made again live (a team server's read cache)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "annotator"


def default_db_path(explicit: str | None = None) -> Path:
    """--db, else $ANNOTATOR_DB, else annotator.db in the user data folder."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("ANNOTATOR_DB")
    if env:
        return Path(env)
    return user_data_dir() / "annotator.db"


def resource_path(*parts: str) -> Path:
    """A bundled file: installed beside the package, or in the checkout's resources/."""
    package = Path(__file__).resolve().parent
    for base in (package / "resources", package.parent / "resources"):
        if base.is_dir():
            return base.joinpath(*parts)
    raise FileNotFoundError("the annotator resources folder is missing from the installation")
