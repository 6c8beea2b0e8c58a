"""The app runs on what `pip install .` installs: no module of the package needs a test
extra (pytest, hypothesis, spacy, datasets, pgserver, ...) to be imported.

The test run has every extra installed, so an import of one of them from the program
would pass every other test and still break a user's install (the window once needed
psycopg, then only a test extra, to open). Each module is imported in a fresh interpreter
that refuses any top-level module outside the standard library, this package and the
distributions the package requires (transitively, without extras).
"""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_PROBE = r"""
import importlib, importlib.abc, pkgutil, sys
allowed = set(sys.argv[1].split(","))
class Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        top = name.partition(".")[0]
        if top in allowed or top in sys.stdlib_module_names or top.startswith("_"):
            return None
        raise ModuleNotFoundError(f"not a dependency of the app: {name}", name=name)
sys.meta_path.insert(0, Refuse())
import annotator
failed = []
for info in pkgutil.walk_packages(annotator.__path__, "annotator."):
    if info.name.endswith("__main__"):  # runs the program
        continue
    try:
        importlib.import_module(info.name)
    except ModuleNotFoundError as exc:
        failed.append(f"{info.name}: {exc}")
print("\n".join(failed))
"""


def _required(dist: str, seen: set[str]) -> None:
    """Distributions `dist` needs, without extras, transitively."""
    key = re.sub(r"[-_.]+", "-", dist).lower()
    if key in seen:
        return
    seen.add(key)
    try:
        requires = metadata.requires(dist) or []
    except metadata.PackageNotFoundError:
        return
    for line in requires:
        if "extra ==" in line.replace("'", '"').replace('extra=="', 'extra == "'):
            continue
        name = re.match(r"[A-Za-z0-9_.\-]+", line)
        if name:
            _required(name.group(0), seen)


def test_every_module_imports_with_only_the_apps_dependencies() -> None:
    dists: set[str] = set()
    _required("annotator", dists)
    assert "pyside6-essentials" in dists and "psycopg" in dists
    tops = {top for top, owners in metadata.packages_distributions().items()
            if any(re.sub(r"[-_.]+", "-", o).lower() in dists for o in owners)}
    tops.add("annotator")
    out = subprocess.run([sys.executable, "-c", _PROBE, ",".join(sorted(tops))],
                         capture_output=True, text=True, timeout=120, cwd=ROOT,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.strip() == "", "modules that need more than the app installs:\n" + out.stdout
