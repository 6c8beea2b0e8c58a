"""Re-extract the interface's strings and rebuild the Arabic translation.

    python -m annotator.ui.i18n.update          # lupdate + lrelease, list unfinished
    python -m annotator.ui.i18n.update --check  # exit 1 if anything is unfinished

Runs `pyside6-lupdate` over the ui package into `annotator_ar.ts` (translations kept,
new strings added as unfinished, vanished ones marked obsolete and dropped), then
`pyside6-lrelease` into `annotator_ar.qm`, and prints every source text still without
an Arabic translation (context, file:line). Run it after merging a branch that adds
strings; translate what it lists in the .ts (Qt Linguist or a text editor), run it again.

Besides `self.tr(...)` and `QCoreApplication.translate("Context", ...)`, modules may
define `def _tr(text): return QCoreApplication.translate("Context", text)` and call
`_tr("...")`: lupdate does not know such helpers, so it reads a copy of the sources
in which `_tr(` is spelled out as `translate("Context", ` (same lines, same columns).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
UI = HERE.parent
ROOT = UI.parent.parent  # the folder holding the annotator package
LANGUAGES = ("ar",)
_HELPER = re.compile(r'def _tr\(\w+(?::\s*str)?\)(?:\s*->\s*str)?:\s*\n\s*return\s+'
                     r'(?:QCoreApplication\.)?translate\(\s*("[^"]+")\s*,')
_CALL = re.compile(r"(?<![\w.])(?<!def )_tr\(")


def ts_path(language: str) -> Path:
    return HERE / f"annotator_{language}.ts"


def qm_path(language: str) -> Path:
    return HERE / f"annotator_{language}.qm"


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: next to this Python, else on PATH, else the
    binaries inside the PySide6 package (PySide6-Essentials ships them)."""
    for candidate in (Path(sys.executable).with_name(f"pyside6-{name}"),):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    return str(Path(PySide6.__file__).with_name(name))


def spelled_out(source: str) -> str:
    """The module's text with `_tr(` calls written as lupdate reads them."""
    helper = _HELPER.search(source)
    if not helper:
        return source
    return _CALL.sub(f"translate({helper.group(1)}, ", source)


def sources(tree: Path) -> list[Path]:
    """A copy of the ui package under `tree` (same relative paths), helpers spelled out."""
    files = []
    for path in sorted(UI.rglob("*.py")):
        rel = path.relative_to(ROOT)
        target = tree / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(spelled_out(path.read_text(encoding="utf-8")), encoding="utf-8")
        files.append(target)
    return files


def lupdate(language: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp)
        files = sources(tree)
        ts_copy = tree / ts_path(language).relative_to(ROOT)
        if ts_path(language).exists():
            shutil.copyfile(ts_path(language), ts_copy)
        subprocess.run([qt_tool("lupdate"), "-silent", "-no-obsolete", "-locations",
                        "absolute", "-target-language", language, *map(str, files),
                        "-ts", str(ts_copy)], check=True)
        shutil.copyfile(ts_copy, ts_path(language))


def lrelease(language: str) -> None:
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts_path(language)), "-qm",
                    str(qm_path(language))], check=True)


def unfinished(language: str) -> list[str]:
    """'context: source (file:line)' of every entry without a finished translation."""
    root = ET.parse(ts_path(language)).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished") \
                    or not (translation.text or "").strip():
                if translation is not None and translation.get("type") == "vanished":
                    continue
                where = message.find("location")
                at = f" ({where.get('filename')}:{where.get('line')})" if where is not None \
                    else ""
                out.append(f"{name}: {message.findtext('source', '')!r}{at}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m annotator.ui.i18n.update",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when an entry is unfinished")
    parser.add_argument("--no-lupdate", action="store_true",
                        help="only compile the .ts files (lrelease)")
    args = parser.parse_args(argv)
    missing = []
    for language in LANGUAGES:
        if not args.no_lupdate:
            lupdate(language)
        lrelease(language)
        todo = unfinished(language)
        missing += todo
        print(f"{ts_path(language).name}: {len(todo)} unfinished")
        for line in todo:
            print(f"  {line}")
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
