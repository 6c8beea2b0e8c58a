"""The type checker passes on core and store, with the strict settings of pyproject.toml.

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


def test_core_and_store_are_type_clean() -> None:
    api = pytest.importorskip("mypy.api", reason="mypy is in the test extras")
    cache = Path(tempfile.gettempdir()) / (
        "annotator-mypy-" + hashlib.sha256(str(ROOT).encode()).hexdigest()[:12])
    stdout, stderr, status = api.run([
        "--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(cache),
        "--no-error-summary", "--hide-error-context",
        str(ROOT / "annotator" / "core"), str(ROOT / "annotator" / "store"),
    ])
    assert (stdout + stderr).strip() == "" and status == 0, stdout + stderr
