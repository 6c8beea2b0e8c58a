"""Before the window starts on Linux: a missing library of Qt's X11 plugin is named with
its Debian/Ubuntu package in one line, instead of Qt's misleading abort.

The ldd output is real: `ldd PySide6/Qt/plugins/platforms/libqxcb.so` on a Debian 12
where the window did not open (libxcb-icccm4 and libxcb-keysyms1 missing; Qt named
libxcb-cursor0, which was installed).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.ui.display_check import (
    SYSTEM_PACKAGES,
    display_problem,
    missing_libraries,
    package,
    problem_line,
    would_use_xcb,
    xcb_plugin,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "data" / "ldd-libqxcb-debian12-missing.txt"


def test_the_missing_libraries_of_a_real_ldd_output_and_their_packages() -> None:
    output = SAMPLE.read_text(encoding="utf-8")
    missing = missing_libraries(output)
    assert missing == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    line = problem_line(missing, "libxcb-icccm.so.4: cannot open shared object file")
    assert "\n" not in line
    assert line.endswith("sudo apt-get install libxcb-icccm4 libxcb-keysyms1")
    assert "libxcb-cursor" not in line  # what Qt wrongly names


@pytest.mark.parametrize(("soname", "expected"), [
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libEGL.so.1", "libegl1"),
    ("libdbus-1.so.3", "libdbus-1-3"),
    ("libglib-2.0.so.0", "libglib2.0-0"),
    ("libgcc_s.so.1", "libgcc-s1"),
    ("libz.so.1", "zlib1g"),
    ("linux-vdso.so.1", None),
])
def test_package_names(soname: str, expected: str | None) -> None:
    assert package(soname) == expected


def test_package_names_agree_with_dpkg_for_every_library_of_the_plugin() -> None:
    """On a Debian-like machine: every library the plugin loads, resolved by ldd, belongs
    to the package our rule names (dpkg -S asks the package database)."""
    plugin = xcb_plugin()
    if plugin is None or not shutil.which("dpkg") or not shutil.which("ldd"):
        pytest.skip("needs PySide6's xcb plugin, ldd and dpkg (Debian/Ubuntu)")
    output = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    libraries = {}
    for line in output.splitlines():
        parts = line.split()
        if len(parts) < 3 or parts[1] != "=>" or "PySide6" in parts[2] or parts[2] == "not":
            continue
        libraries[parts[0]] = (parts[2], "/usr" + parts[2])
    # One dpkg call for all of them: "package[:arch][, ...]: /path" per path it knows.
    paths = [path for candidates in libraries.values() for path in candidates]
    search = subprocess.run(["dpkg", "-S", *paths], capture_output=True, text=True).stdout
    owners = {}
    for line in search.splitlines():
        owner, sep, path = line.partition(": ")
        if sep and not owner.startswith("diversion"):
            owners[path.strip()] = owner.split(":")[0]
    checked = 0
    for soname, candidates in libraries.items():
        found = next((owners[path] for path in candidates if path in owners), "")
        if found:
            assert package(soname) in (found, found.removesuffix("t64")), soname
            checked += 1
    assert checked >= 20


@pytest.mark.parametrize(("env", "xcb"), [
    ({}, True),
    ({"QT_QPA_PLATFORM": "xcb"}, True),
    ({"QT_QPA_PLATFORM": "xcb:display=:1;wayland"}, True),
    ({"QT_QPA_PLATFORM": "offscreen"}, False),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, False),
    ({"XDG_SESSION_TYPE": "wayland"}, False),
    ({"XDG_SESSION_TYPE": "x11"}, True),
])
def test_when_qt_would_use_its_xcb_plugin(env: dict[str, str], xcb: bool) -> None:
    assert would_use_xcb(env) is xcb


def test_the_check_matches_what_ldd_says_on_this_machine() -> None:
    """Without a display or a mock: the real plugin loads exactly when ldd finds all of its
    libraries, and then nothing is printed."""
    plugin = xcb_plugin()
    if not sys.platform.startswith("linux") or plugin is None or not shutil.which("ldd"):
        pytest.skip("Linux with PySide6's xcb plugin and ldd only")
    output = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    problem = display_problem({"QT_QPA_PLATFORM": "xcb"})
    missing = missing_libraries(output)
    if missing:
        assert problem is not None and all(lib in problem for lib in missing)
    else:
        assert problem is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_the_readme_set_up_line_installs_the_packages_the_check_knows() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = next(line for line in readme.splitlines() if "apt-get install" in line)
    assert line.split("apt-get install", 1)[1].split() == ["python3-venv", *SYSTEM_PACKAGES]
