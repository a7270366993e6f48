"""The installed packs: list them, roll back to the previous one, prune older ones, lock installs."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kiosk.packs.active import installed_database
from kiosk.packs.errors import PackBusy, PackError
from kiosk.packs.layout import (
    KEEP_INSTALLED,
    MANIFEST_COPY,
    content_dir,
    is_folder_name,
    is_leftover,
    packs_dir,
)
from kiosk.packs.manifest import Manifest, parse_manifest
from kiosk.packs.pointer import Pointer, read_pointer, write_pointer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class InstalledPack:
    folder: str
    manifest: Manifest | None  # None when the folder's manifest copy is unreadable
    active: bool
    previous: bool
    usable: bool  # its database opens


def list_installed(data_dir: Path) -> list[InstalledPack]:
    """Installed pack folders: the active one, the previous one, then newest first."""
    pointer = read_pointer(data_dir)
    root = packs_dir(data_dir)
    packs = []
    for folder in sorted(root.iterdir()) if root.is_dir() else []:
        if not is_folder_name(folder.name) or not folder.is_dir():
            continue
        try:
            manifest = parse_manifest((folder / MANIFEST_COPY).read_bytes())
        except (OSError, PackError):
            manifest = None
        packs.append(
            InstalledPack(
                folder.name,
                manifest,
                folder.name == pointer.active,
                folder.name == pointer.previous,
                installed_database(data_dir, folder.name) is not None,
            )
        )
    packs.sort(key=lambda p: p.manifest.created if p.manifest else "", reverse=True)
    packs.sort(key=lambda p: (not p.active, not p.previous))  # stable: newest first after these
    return packs


def rollback(data_dir: Path) -> Pointer:
    """Make the previous version active again (the bundled content if there is none)."""
    with lock_installs(data_dir):
        pointer = read_pointer(data_dir)
        if pointer.active is None:
            raise PackError("nothing to roll back: the bundled content is active")
        target = pointer.previous
        if target is not None and installed_database(data_dir, target) is None:
            raise PackError(
                f"the previous version {target} is missing or damaged; not rolling back "
                "(install a pack again instead)"
            )
        new = Pointer(target, None)
        write_pointer(data_dir, new)
        prune(data_dir)
        log.info("content rolled back from %s to %s", pointer.active, target or "bundled")
        return new


def prune(
    data_dir: Path, keep: int = KEEP_INSTALLED, on_trashed: Callable[[], None] = lambda: None
) -> list[str]:
    """Delete install folders the pointer does not name (at most `keep` are named)."""
    pointer = read_pointer(data_dir)
    kept = {name for name in (pointer.active, pointer.previous)[:keep] if name}
    removed = []
    root = packs_dir(data_dir)
    for folder in sorted(root.iterdir()) if root.is_dir() else []:
        if is_folder_name(folder.name) and folder.name not in kept:
            trash = folder.with_name(f".trash-{folder.name}-{os.getpid()}")
            try:
                os.rename(folder, trash)
            except OSError as error:
                log.warning("cannot prune %s: %s", folder, error)
                continue
            on_trashed()
            shutil.rmtree(trash, ignore_errors=True)
            removed.append(folder.name)
    return removed


def remove_leftovers(data_dir: Path) -> None:
    """Temp and trash folders of an install or prune that was killed (call under the lock)."""
    root = packs_dir(data_dir)
    for folder in root.iterdir() if root.is_dir() else []:
        if is_leftover(folder.name):
            shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def lock_installs(data_dir: Path) -> Iterator[None]:
    """One install or rollback at a time (the kiosk's watcher and a staff command, say)."""
    path = content_dir(data_dir) / "install.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as handle:
        try:
            import fcntl
        except ImportError:  # Windows: msvcrt locks a byte range instead
            import msvcrt

            try:
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            except OSError:
                raise PackBusy("another pack install is running; try again later") from None
            yield
            return
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise PackBusy("another pack install is running; try again later") from None
        yield
