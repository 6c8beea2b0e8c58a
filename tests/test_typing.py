"""The type checker passes on the whole package: strict for core and store (pyproject.toml),
the default checks for the CLI and the window.

Run through the README's test command, so CI checks types too. mypy keeps its cache in
the system's temporary folder (one per checkout): a first run takes about ten seconds,
later ones about one.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_the_package_is_type_clean() -> None:
    api = pytest.importorskip("mypy.api", reason="mypy is in the test extras")
    cache = Path(tempfile.gettempdir()) / (
        "annotator-mypy-" + hashlib.sha256(str(ROOT).encode()).hexdigest()[:12])
    stdout, stderr, status = api.run([
        "--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(cache),
        "--no-error-summary", "--hide-error-context",
        str(ROOT / "annotator"),
    ])
    assert (stdout + stderr).strip() == "" and status == 0, stdout + stderr
