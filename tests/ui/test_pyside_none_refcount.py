"""Guard against the PySide6 build that aborts Python (FACTS.md: "none_dealloc").

PySide6 6.12.0 on CPython 3.11 drops a reference to None on every Qt call that returns
nothing; a few thousand calls later the interpreter dies with "Fatal Python error:
none_dealloc". pyproject.toml pins around it; this test fails if the installed pair of
Python and PySide6 has the bug. It runs in a subprocess because the failure is an abort.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytest.importorskip("PySide6.QtGui")

CALLS = 10_000

PROBE = f"""
import sys
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument

doc = QTextDocument()
doc.setPlainText("قصفت طائرة مسيرة قاعدة عين الأسد " * 20)
cursor = QTextCursor(doc)
fmt = QTextCharFormat()
colour = QColor("#3cb44b")
length = doc.characterCount() - 1
before = sys.getrefcount(None)
for i in range({CALLS}):
    assert cursor.setPosition(i % length) is None   # a Qt method that returns nothing
    fmt.setBackground(colour)                       # another one
after = sys.getrefcount(None)
print(before, after, flush=True)
"""


def test_ten_thousand_none_returning_qt_calls_exit_cleanly() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          env=env, timeout=120)
    assert "none_dealloc" not in proc.stderr
    assert proc.returncode == 0, proc.stderr
    before, after = map(int, proc.stdout.split())
    if sys.version_info < (3, 12):  # from 3.12 None is immortal and its count is fixed
        # 2 x 10,000 lost references would show; a healthy build keeps the count steady.
        assert after >= before - 100, (before, after)
