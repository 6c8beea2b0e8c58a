"""Where things live: the default project file and the bundled resources."""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path


def user_data_dir() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
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
    """A bundled file: from the installed package, else from the source tree."""
    try:
        return Path(str(resources.files("annotator.resources").joinpath(*parts)))
    except ModuleNotFoundError:  # editable install or running from a checkout
        return Path(__file__).resolve().parent.parent.joinpath("resources", *parts)
