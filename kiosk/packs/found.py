"""The `.kpack` files staff can install from: the watch folder and removable media (NO Qt).

`pack_folders` lists where to look: the watch folder, then the mount points a Linux
desktop or kiosk uses for USB sticks (`/media/<label>`, `/media/<user>/<label>`,
`/run/media/<user>/<label>`, `/mnt/<name>`), or the drive letters on Windows (the
system drive aside). `find_packs` describes each `.kpack` found at the top of those
folders with `describe_pack`: id, version, creation date and whether it is signed by
a trusted key, or why it would be refused. Only the manifest is read (no file is
hashed), so a listing stays quick even with large packs.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import string
import sys
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kiosk.packs.errors import PackError
from kiosk.packs.names import SIGNATURE
from kiosk.packs.reader import PackReader, Trust

log = logging.getLogger(__name__)

SUFFIX = ".kpack"
LINUX_MOUNT_PATTERNS = ("/media/*", "/media/*/*", "/run/media/*/*", "/mnt/*")


@dataclass(frozen=True)
class PackFile:
    """One `.kpack` file as the admin panel lists it."""

    path: Path
    size: int
    modified: dt.datetime  # the file's modification time (UTC)
    pack_id: str = ""
    version: str = ""
    created: str = ""  # the manifest's ISO date-time, "" when unreadable
    signed: bool = False  # it carries a signature
    trusted: bool = False  # signed by a key in trusted_keys
    problem: str = ""  # why an install would be refused now ("" = it would be tried)

    @property
    def date(self) -> str:
        """The pack's creation date (YYYY-MM-DD), else the file's date."""
        return self.created[:10] if self.created else self.modified.date().isoformat()


def describe_pack(path: Path, trust: Trust) -> PackFile:
    """What `path` holds, checked as far as its manifest and signature (never raises)."""
    path = Path(path)
    try:
        info = path.stat()
    except OSError as error:
        moment = dt.datetime.fromtimestamp(0, dt.UTC)
        return PackFile(path, 0, moment, problem=f"{path.name}: {error.strerror or error}")
    modified = dt.datetime.fromtimestamp(info.st_mtime, dt.UTC)
    # Read it as if unsigned packs were allowed, to describe it; judge the trust below.
    try:
        with PackReader(path, Trust(trust.keys, allow_unsigned=True)) as reader:
            manifest = reader.manifest
            trusted = reader.signer is not None
        with zipfile.ZipFile(path) as archive:
            signed = SIGNATURE in archive.namelist()
    except PackError as error:
        return PackFile(path, info.st_size, modified, problem=str(error))
    except (OSError, zipfile.BadZipFile) as error:
        return PackFile(path, info.st_size, modified, problem=f"{path.name}: {error}")
    problem = ""
    if not trusted and not trust.allow_unsigned:
        if not signed:
            problem = "unsigned"
        elif not trust.keys:
            problem = "no trusted keys"
        else:
            problem = "not signed by a trusted key"
    return PackFile(
        path,
        info.st_size,
        modified,
        manifest.pack_id,
        manifest.version,
        manifest.created,
        signed,
        trusted,
        problem,
    )


def _globbed(pattern: str) -> list[Path]:
    root = Path(pattern.split("*", 1)[0])
    rest = pattern[len(str(root)) :].lstrip("/")
    try:
        return sorted(p for p in root.glob(rest) if p.is_dir())
    except OSError:
        return []


def removable_folders() -> list[Path]:
    """Mounted removable media (and other mounts) where staff may bring a pack."""
    if sys.platform == "win32":
        system = (os.environ.get("SYSTEMDRIVE") or "C:").upper().rstrip("\\")
        drives = []
        for letter in string.ascii_uppercase[2:]:  # A: and B: are floppy drives
            drive = Path(f"{letter}:\\")
            if f"{letter}:" != system and drive.exists():
                drives.append(drive)
        return drives
    found: list[Path] = []
    for pattern in LINUX_MOUNT_PATTERNS:
        for folder in _globbed(pattern):
            if folder not in found:
                found.append(folder)
    return found


def pack_folders(watch_folder: Path | None, extra: Iterable[Path] | None = None) -> list[Path]:
    """The watch folder first, then removable media (or `extra` instead, for tests)."""
    folders = [Path(watch_folder)] if watch_folder is not None else []
    for folder in removable_folders() if extra is None else extra:
        if Path(folder) not in folders:
            folders.append(Path(folder))
    return folders


def _pack_files(folder: Path) -> list[Path]:
    try:
        return sorted(
            p
            for p in folder.iterdir()
            if p.name.lower().endswith(SUFFIX) and not p.name.startswith(".") and p.is_file()
        )
    except OSError:
        return []  # not mounted, unreadable, gone: nothing to offer there


def find_packs(folders: Iterable[Path], trust: Trust) -> list[PackFile]:
    """Every `.kpack` at the top of `folders`, described; newest creation date first."""
    packs: list[PackFile] = []
    seen: set[Path] = set()
    for folder in folders:
        for path in _pack_files(Path(folder)):
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                packs.append(describe_pack(path, trust))
    packs.sort(key=lambda p: p.created or p.modified.isoformat(), reverse=True)
    return packs
