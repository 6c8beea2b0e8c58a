"""Writing exports: every format goes through the atomic writer and the span check.

The formats themselves are listed in annotator.core.formats (the export registry).
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from annotator.core.bulk import collector_paused
from annotator.core.errors import UserError


def write_lines_atomic(lines: Iterable[str | bytes], target: str | Path) -> int:
    """Write lines to `target` ("-" for stdout) via a temporary file and a rename.

    A reader never sees half an export, and a failure leaves any old file intact.
    Lines are UTF-8 and end with "\n" on every platform (stdout too), so exports
    compare byte for byte. A line given as bytes is UTF-8 already (a worker process
    encoded it: core/exporters/parallel.py). Returns the number of lines written.
    """
    with collector_paused():
        if str(target) == "-":
            return _write_stdout(lines)
        return _write_lines_to_file(lines, target)


def _write_lines_to_file(lines: Iterable[str | bytes], target: str | Path) -> int:
    count = [0]

    def write(fh: BinaryIO) -> None:
        for line in lines:
            fh.write(_utf8(line))
            fh.write(b"\n")
            count[0] += 1

    _write_atomic(target, write)
    return count[0]


def write_binary_atomic(target: Path, write: Callable[[BinaryIO], object]) -> None:
    """A binary file written by `write(fh)`, atomically; it may replace a folder (the
    spaCy DocBin: a file, or a folder of parts when it is too large for one)."""
    _write_atomic(target, write, replace_folder=True)


def write_folder_atomic(target: Path,
                        files: Iterable[tuple[str, Callable[[BinaryIO], object]]]) -> None:
    """A folder of files, each written by its `write(fh)`, put in place at once (replacing
    a file or folder of that name), or inside staging.staged_writes at the batch's commit."""
    from annotator.core.exporters.staging import (
        current_staging,
        fsync_folder,
        replace_path,
        temporary_folder,
    )

    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"{target}: folder {folder} does not exist")
    tmp = temporary_folder(folder, target.name)
    try:
        for name, write in files:
            with open(tmp / name, "xb") as fh:
                write(fh)
                fh.flush()
                os.fsync(fh.fileno())
        fsync_folder(tmp)
        batch = current_staging()
        if batch is not None:
            batch.files.append((tmp, target))
            return
        replace_path(tmp, target)
        fsync_folder(folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _write_atomic(target: str | Path, write: Callable[[BinaryIO], object],
                  replace_folder: bool = False) -> None:
    """Write a complete, fsynced temporary and rename it to `target`, or, inside
    staging.staged_writes, leave the rename to the batch's commit."""
    # Imported here, not above: `annotator export --help` reads the token options from
    # this package and needs none of the file machinery.
    from annotator.core.exporters.staging import (
        current_staging,
        fsync_folder,
        open_temporary,
        replace_path,
    )

    path = Path(target)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"{path}: folder {folder} does not exist")
    if path.is_dir() and not replace_folder:
        raise UserError(f"{path}: is a folder; give a file name")
    tmp, fh = open_temporary(folder, path.name)
    try:
        with fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        batch = current_staging()
        if batch is not None:
            batch.files.append((tmp, path))
            return
        replace_path(tmp, path)
        fsync_folder(folder)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _utf8(line: str | bytes) -> bytes:
    return line if isinstance(line, bytes) else line.encode("utf-8")


def _write_stdout(lines: Iterable[str | bytes]) -> int:
    out = getattr(sys.stdout, "buffer", None)
    n = 0
    if out is None:  # stdout replaced by a text-only stream
        for line in lines:
            sys.stdout.write((line.decode("utf-8") if isinstance(line, bytes) else line) + "\n")
            n += 1
        sys.stdout.flush()
        return n
    sys.stdout.flush()
    for line in lines:
        out.write(_utf8(line))
        out.write(b"\n")
        n += 1
    out.flush()
    return n
