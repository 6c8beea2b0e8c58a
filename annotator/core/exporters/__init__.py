"""Writing exports: every format goes through the atomic writer and the span check."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from annotator.core.errors import UserError

FORMATS = ("jsonl",)


def write_lines_atomic(lines: Iterable[str], target: str | Path) -> int:
    """Write lines to `target` ("-" for stdout) via a temporary file and a rename.

    A reader never sees half an export, and a failure leaves any old file intact.
    Returns the number of lines written.
    """
    if str(target) == "-":
        n = 0
        out = sys.stdout
        for line in lines:
            out.write(line)
            out.write("\n")
            n += 1
        out.flush()
        return n
    path = Path(target)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"{path}: folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    n = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            for line in lines:
                fh.write(line)
                fh.write("\n")
                n += 1
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return n
