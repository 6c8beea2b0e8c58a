"""Before Qt starts on Linux: can its X11 (xcb) display plugin load, and if not, why.

When a system library of the plugin is missing, Qt prints that `libxcb-cursor0` is
needed (whatever is missing) and aborts the interpreter. Here the plugin is loaded
first, as Qt would load it; only when that fails is `ldd` run to list every missing
library, named by its Debian/Ubuntu package, in one line. No Qt import in this module:
it runs before PySide6 is imported, so a library that Qt's own modules need is caught too.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

# What the README's set-up line installs: the xcb plugin's and QtGui's system libraries
# that a Debian or Ubuntu without a Qt desktop may lack (their own dependencies follow).
SYSTEM_PACKAGES = (
    "libegl1", "libgl1", "libfontconfig1", "libglib2.0-0", "libdbus-1-3", "libxkbcommon0",
    "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1",
    "libxcb-image0", "libxcb-render-util0", "libxcb-randr0", "libxcb-shape0", "libxcb-xkb1",
)

# Packages whose names do not follow Debian's rule for library packages (see `package`).
_PACKAGE_EXCEPTIONS = {
    "libglib-2.0": "libglib2.0-0", "libgthread-2.0": "libglib2.0-0",
    "libgobject-2.0": "libglib2.0-0", "libgio-2.0": "libglib2.0-0",
    "libGLdispatch": "libglvnd0", "libbrotlidec": "libbrotli1", "libbrotlicommon": "libbrotli1",
    "libz": "zlib1g", "libm": "libc6", "libdl": "libc6", "libpthread": "libc6", "librt": "libc6",
}
_SONAME = re.compile(r"(lib[\w+.-]+?)\.so\.(\d+)(?:\.[\d.]+)?")
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)


def display_problem(environ: Mapping[str, str] | None = None) -> str | None:
    """One line saying which packages to install when Qt's xcb plugin cannot load, else None.

    Checked only on Linux when Qt would use xcb. Costs one `dlopen` of the plugin, which
    Qt does next anyway; `ldd` runs only when that fails.
    """
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or not would_use_xcb(env):
        return None
    plugin = xcb_plugin()
    if plugin is None:
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        return problem_line(missing_libraries(_ldd(plugin)), str(exc))
    return None


def would_use_xcb(env: Mapping[str, str]) -> bool:
    """Whether Qt would pick its xcb plugin: QT_QPA_PLATFORM's first choice, else X11
    unless the session is Wayland (Qt then tries its wayland plugin first)."""
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0].strip() == "xcb"
    return env.get("XDG_SESSION_TYPE", "").lower() != "wayland"


def xcb_plugin() -> Path | None:
    """The xcb plugin inside the installed PySide6 wheel (found without importing Qt)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder, "Qt", "plugins", "platforms", "libqxcb.so")
        if plugin.is_file():
            return plugin
    return None


def _ldd(plugin: Path) -> str:
    ldd = shutil.which("ldd")
    if ldd is None:
        return ""
    try:
        return subprocess.run([ldd, str(plugin)], capture_output=True, text=True,
                              timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries `ldd` reports as "not found", each once, in its order."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def package(soname: str) -> str | None:
    """The Debian/Ubuntu package that installs a library, by Debian's naming rule.

    `libfoo.so.N` is in `libfooN`, lower case, `_` as `-`, with a hyphen before N when the
    name ends in a digit (`libxkbcommon-x11.so.0` → `libxkbcommon-x11-0`); the few exceptions
    are listed. None for something that is not a library so-name.
    """
    match = _SONAME.fullmatch(soname)
    if match is None:
        return None
    name, number = match.groups()
    if name in _PACKAGE_EXCEPTIONS:
        return _PACKAGE_EXCEPTIONS[name]
    name = name.lower().replace("_", "-")
    return f"{name}-{number}" if name[-1].isdigit() else f"{name}{number}"


def problem_line(missing: list[str], error: str) -> str:
    """The one line for a plugin that cannot load: the missing libraries and their packages,
    or (nothing reported missing) the loader's error and the README's package list."""
    packages = list(dict.fromkeys(p for p in map(package, missing) if p))
    if missing and packages:
        return (f"the window cannot start: Qt's X11 display plugin needs "
                f"{', '.join(missing)}, missing on this system; on Debian/Ubuntu install "
                f"them with: sudo apt-get install {' '.join(packages)}")
    return (f"the window cannot start: Qt's X11 display plugin does not load ({error}); "
            f"on Debian/Ubuntu: sudo apt-get install {' '.join(SYSTEM_PACKAGES)}")
