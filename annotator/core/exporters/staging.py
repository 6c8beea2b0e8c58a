"""Temporary files of an export: names a later export can clean up, and staged renames.

An export writes every file under a hidden temporary name beside its target and renames
it when complete, so a reader never sees half a file. A process killed mid-export
(kill -9, power loss) cannot remove its temporaries, so each carries the writer's
process id: `.NAME.PID-RANDOM.tmp` (a file, or a folder for brat and splits). Before an
export creates a temporary in a folder it removes the ones there whose process no
longer runs; one of a live export (another process) is left alone.

Files that belong together (a data file, the files beside it and its manifest) are
staged: each is written and fsynced under its temporary name, and only then are they
renamed, the manifest last, after the old manifest has been removed. So a manifest on
disk always describes the files beside it (its checksums say so); an export killed
while renaming leaves no manifest rather than a wrong one. See docs/decisions/0011.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import shutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import BinaryIO

from annotator.core.errors import UserError

_TEMPORARY = re.compile(r"^\..+\.(?P<pid>\d+)-[0-9a-f]{8}\.tmp$")


def temporary_name(name: str) -> str:
    """A fresh hidden name for a temporary of `name`, carrying this process's id."""
    return f".{name}.{os.getpid()}-{secrets.token_hex(4)}.tmp"


def open_temporary(folder: Path, name: str) -> tuple[Path, BinaryIO]:
    """A new temporary file for `name` in `folder`, after removing stale ones there.

    Unlike tempfile.mkstemp (always 0600), open(..., "xb") honours the umask, so the
    finished export is as readable as any other file the user writes.
    """
    remove_stale_temporaries(folder)
    for _ in range(100):
        tmp = folder / temporary_name(name)
        try:
            return tmp, open(tmp, "xb")  # closed by the caller
        except FileExistsError:
            continue
    raise UserError(f"{folder}: cannot create a temporary file")


def temporary_folder(parent: Path, name: str) -> Path:
    """A new temporary folder for `name` in `parent`, after removing stale ones there."""
    remove_stale_temporaries(parent)
    for _ in range(100):
        tmp = parent / temporary_name(name)
        try:
            tmp.mkdir()
            return tmp
        except FileExistsError:
            continue
    raise UserError(f"{parent}: cannot create a temporary folder")


def remove_stale_temporaries(folder: Path) -> list[str]:
    """Remove the temporaries in `folder` whose exporting process no longer runs.

    Only names of our pattern are touched; returns the names removed.
    """
    removed: list[str] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMPORARY.match(entry.name)
        if match is None or process_running(int(match["pid"])):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
        except OSError:
            continue  # gone already (another export cleaned it) or not ours to remove
        removed.append(entry.name)
    return removed


def process_running(pid: int) -> bool:
    """Whether a process with this id exists (a zombie counts until its parent reaps it)."""
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return _windows_process_running(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else (EPERM), or unknown: keep its files
    return True


def _windows_process_running(pid: int) -> bool:
    """OpenProcess + GetExitCodeProcess (os.kill(pid, 0) would end the process there)."""
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        error: int = ctypes.get_last_error()  # type: ignore[attr-defined]
        return error == 5  # ERROR_ACCESS_DENIED: it exists
    try:
        code = wintypes.DWORD()
        ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return not ok or code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def remove_replaced(folder: Path, before: Iterable[str], now: Iterable[str]) -> None:
    """Remove the files (paths relative to `folder`) that the previous export into the
    folder wrote and this one did not, and folders they leave empty.

    A folder export written again (after documents were removed, with other split names)
    must hold what was just exported, not a stale file beside it; files the user put
    there themselves were never in the previous export's list, and stay."""
    kept = set(now)
    root = folder.resolve()
    for name in sorted(set(before) - kept):
        path = (folder / name).resolve()
        if root not in path.parents or not path.is_file():
            continue  # never outside the folder; never a folder
        path.unlink()
        parent = path.parent
        while parent != root and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent


def fsync_folder(folder: Path) -> None:
    """Make renames in `folder` durable (POSIX; Windows has no directory fsync)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_path(tmp: Path, target: Path) -> None:
    """`os.replace`, also where a folder replaces a file or a folder, or a file a folder
    (the spaCy export's DocBin is a file, or a folder of parts when it is too large)."""
    if tmp.is_dir() or target.is_dir():
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        elif target.exists() or target.is_symlink():
            target.unlink()
    os.replace(tmp, target)


def checksum(path: Path) -> dict[str, int | str]:
    """Size in bytes and SHA-256 of a file, as the manifest records them."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return {"bytes": size, "sha256": digest.hexdigest()}


class StagedFiles:
    """Complete, fsynced temporaries waiting to be renamed to their targets together."""

    def __init__(self) -> None:
        # (temporary, target), in writing order; a temporary is a file or a folder of files
        self.files: list[tuple[Path, Path]] = []

    def checksums(self) -> dict[str, dict[str, int | str]]:
        """Checksums of the staged files, by target file name (a staged folder's files
        by `folder/name`)."""
        out: dict[str, dict[str, int | str]] = {}
        for tmp, target in self.files:
            if tmp.is_dir():
                out.update({f"{target.name}/{p.relative_to(tmp).as_posix()}": checksum(p)
                            for p in sorted(tmp.rglob("*")) if p.is_file()})
            else:
                out[target.name] = checksum(tmp)
        return out

    def commit(self, retire: Iterable[Path] = ()) -> None:
        """Remove the `retire` files (an old manifest), then rename every staged file in
        the order written, then make the renames durable."""
        for path in retire:
            path.unlink(missing_ok=True)
        for tmp, target in self.files:
            replace_path(tmp, target)
        for folder in {target.parent for _, target in self.files}:
            fsync_folder(folder)
        self.files.clear()

    def discard(self) -> None:
        for tmp, _ in self.files:
            with contextlib.suppress(OSError):
                if tmp.is_dir():
                    shutil.rmtree(tmp)
                else:
                    tmp.unlink()
        self.files.clear()


_STAGING: ContextVar[StagedFiles | None] = ContextVar("export_staging", default=None)


def current_staging() -> StagedFiles | None:
    return _STAGING.get()


@contextmanager
def staged_writes() -> Iterator[StagedFiles]:
    """Inside the block the atomic writers stage their files instead of renaming them;
    `commit()` renames them. Whatever is not committed when the block ends (an error, a
    cancel) is removed."""
    batch = StagedFiles()
    token = _STAGING.set(batch)
    try:
        yield batch
    finally:
        _STAGING.reset(token)
        batch.discard()
