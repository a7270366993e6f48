"""Crash-safe file writing (Qt-free): a file is replaced whole or not at all, and survives power loss."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path


def _keep_mode(path: Path, temp: Path) -> None:
    """The replacement keeps the permissions of the file it replaces (a new file: 0600)."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        return
    os.chmod(temp, mode)


def fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def fsync_dir(path: Path) -> None:
    """Make a rename or a new entry in `path` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return  # Windows: folders cannot be opened; NTFS journals the rename
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def replaced_atomically(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; write it, and on success it replaces `path`.

    The temporary file is fsynced before the rename and the folder after it; on any
    error it is removed and `path` is left exactly as it was.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        fsync_file(temp)
        _keep_mode(path, temp)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    fsync_dir(path.parent)


def write_atomic(path: Path, data: bytes, before_replace=None, *, durable: bool = True) -> None:
    """Write `data` to a temp file beside `path`, fsync it, then os.replace (and fsync the folder).

    The new file keeps the permissions of the one it replaces.

    `before_replace()` runs between the fsync and the rename (a test hook).
    `durable=False`: no fsync; the file is still replaced whole or not at all when the
    program dies, but a power cut may lose the change (for records that only matter
    while the system stays up, written where an fsync's wait would be felt).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            if durable:
                os.fsync(out.fileno())
        _keep_mode(path, Path(temp))
        if before_replace is not None:
            before_replace()
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    if durable:
        fsync_dir(path.parent)
