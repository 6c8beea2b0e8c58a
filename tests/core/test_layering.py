"""core and store (and the CLI) never import Qt: proved in a process where Qt cannot load."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = r"""
import importlib, json, pkgutil, sys

class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
            raise ImportError(f"Qt is blocked in this test: {name}")
        return None

sys.meta_path.insert(0, BlockQt())
import annotator.commands, annotator.core, annotator.operations, annotator.store

names = ["annotator.paths", "annotator.cli"]
for pkg in (annotator.core, annotator.store, annotator.operations, annotator.commands):
    names += [m.name for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + ".")]
imported, failed = [], {}
for name in names:
    try:
        importlib.import_module(name)
        imported.append(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:  # an optional module that does not exist in this checkout
            continue
        failed[name] = repr(exc)
    except Exception as exc:
        failed[name] = repr(exc)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"imported": imported, "failed": failed, "qt": qt}))
"""


def test_core_store_and_cli_import_without_qt() -> None:
    proc = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["failed"] == {}, report["failed"]
    assert report["qt"] == []
    imported = set(report["imported"])
    # The walk really covered the layers (not an empty list that trivially passes).
    assert {"annotator.core.schema", "annotator.core.importers.jsonl",
            "annotator.core.exporters.jsonl", "annotator.store.repository",
            "annotator.store.migrations", "annotator.cli", "annotator.operations.exporting",
            "annotator.commands.export"} <= imported


def test_the_probe_would_notice_qt() -> None:
    """The blocker works: importing the GUI package in the same set-up fails."""
    probe = PROBE.replace('names = ["annotator.paths"', 'names = ["annotator.ui.app", '
                          '"annotator.paths"')
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert "Qt is blocked" in report["failed"]["annotator.ui.app"]
