"""Installs a checked pack atomically: unpack to a temp folder, build its database, rename, switch.

Order of durable steps (each one fsynced before the next):
  1. `<packs>/.tmp-<name>-XXXX/`: every file checked against the signed manifest while written
  2. its `content.db` built there with build_database, opened once with ContentStore
  3. rename to `<packs>/<name>/` (a complete folder or none)
  4. the pointer `<data_dir>/content/current` replaced in one os.replace
  5. older folders pruned (keep the active one and the one before it)
A kill at any moment leaves the pointer on the old folder or the new one; leftovers of
steps 1-3 and 5 are removed by the next install.

Test hook: with KIOSK_PACK_PAUSE_AT=<point> the installer prints
"pack install paused at <point>" on stderr and sleeps there (see PAUSE_POINTS), so that a
test can kill it at that exact moment.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.problems import ContentError
from kiosk.core.durable import fsync_dir
from kiosk.packs.active import installed_database
from kiosk.packs.errors import PackError
from kiosk.packs.installed_versions import lock_installs, prune, remove_leftovers
from kiosk.packs.layout import DATABASE_NAME, MANIFEST_COPY, packs_dir
from kiosk.packs.limits import DEFAULT_LIMITS, PackLimits
from kiosk.packs.manifest import Manifest
from kiosk.packs.names import SIGNATURE
from kiosk.packs.pointer import Pointer, read_pointer, write_pointer
from kiosk.packs.progress import Progress, no_progress
from kiosk.packs.reader import PackReader, Trust

log = logging.getLogger(__name__)

PAUSE_POINTS = (
    "checked",  # signature, schema and structure checked; nothing written yet
    "unpacking",  # the first file is in the temp folder
    "unpacked",  # all files written, no database yet
    "built",  # database built in the temp folder
    "renamed",  # the complete folder has its final name; pointer not switched
    "pointer-written",  # the new pointer is in a temp file, fsynced, not yet renamed
    "switched",  # the pointer names the new folder; nothing pruned yet
    "pruning",  # an old folder was moved to the trash, not yet deleted
)


@dataclass(frozen=True)
class InstallResult:
    folder: Path
    database: Path
    manifest: Manifest
    previous: str | None  # the folder active before (None: the bundled content)
    already_active: bool = False


def pause_point(name: str) -> None:
    """The test hook described in the module docstring (a no-op unless the variable is set)."""
    if os.environ.get("KIOSK_PACK_PAUSE_AT") == name:
        print(f"pack install paused at {name}", file=sys.stderr, flush=True)
        time.sleep(3600)


def install_pack(
    pack: Path,
    data_dir: Path,
    trust: Trust,
    *,
    limits: PackLimits = DEFAULT_LIMITS,
    progress: Progress = no_progress,
) -> InstallResult:
    """Check and install `pack`, then make it the active content; PackError when refused.

    On any refusal or error the active content and the pointer are left unchanged.
    """
    data_dir = Path(data_dir)
    root = packs_dir(data_dir)
    root.mkdir(parents=True, exist_ok=True)
    with lock_installs(data_dir), PackReader(pack, trust, limits) as reader:
        remove_leftovers(data_dir)
        pause_point("checked")
        name = reader.folder_name
        before = read_pointer(data_dir)
        final = root / name
        if before.active == name and installed_database(data_dir, name) is not None:
            prune(data_dir)  # finishes a prune a killed install left undone
            return InstallResult(
                final, final / DATABASE_NAME, reader.manifest, before.previous, True
            )
        named = name in (before.active, before.previous)
        if not (named and installed_database(data_dir, name) is not None):
            # Not installed yet, or a damaged copy: unpack and build it afresh.
            _install_folder(reader, data_dir, before, progress)
        # else: the previous version again; its folder (the name holds the pack's hash)
        # is kept as it is, so that a kill at any moment leaves it where the pointer says.
        pause_point("renamed")
        previous = before.active if before.active != name else before.previous
        progress("switching", 0, 1)
        write_pointer(data_dir, Pointer(name, previous), lambda: pause_point("pointer-written"))
        progress("switching", 1, 1)
        pause_point("switched")
        prune(data_dir, on_trashed=lambda: pause_point("pruning"))
        log.info("content pack %s installed (previous: %s)", name, previous or "bundled")
        return InstallResult(final, final / DATABASE_NAME, reader.manifest, previous)


def _install_folder(reader: PackReader, data_dir: Path, before: Pointer, progress: Progress):
    """Unpack and build into a temp folder, then rename it to its final name (steps 1-3)."""
    name = reader.folder_name
    root = packs_dir(data_dir)
    final = root / name
    temp = Path(tempfile.mkdtemp(prefix=f".tmp-{name}-", dir=root))
    try:
        _unpack(reader, temp, progress)
        pause_point("unpacked")
        _build(temp, progress)
        pause_point("built")
        if final.exists():  # an earlier, damaged or unnamed, copy of the same pack
            if name in (before.active, before.previous):
                # The pointer names it: name it no more before it goes (never a pointer
                # to a missing folder, whenever the install stops).
                write_pointer(data_dir, _without(before, name))
            _discard(final)
        os.rename(temp, final)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    fsync_dir(root)


def _without(pointer: Pointer, name: str) -> Pointer:
    if pointer.active == name:
        return Pointer(pointer.previous, None)
    return Pointer(pointer.active, None if pointer.previous == name else pointer.previous)


def _unpack(reader: PackReader, temp: Path, progress: Progress) -> None:
    total = reader.manifest.total_bytes
    done = 0
    progress("unpacking", 0, total)

    def advance(n: int) -> None:
        nonlocal done
        done += n
        progress("unpacking", done, total)

    folders = {temp}
    for i, entry in enumerate(reader.manifest.files):
        target = temp.joinpath(*entry.path.split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        folders.update(p for p in target.parents if p.is_relative_to(temp))
        with open(target, "xb") as out:  # "x": never follow or reuse an existing entry
            reader.copy_checked(entry, out, advance)
            out.flush()
            os.fsync(out.fileno())
        if i == 0:
            pause_point("unpacking")
    (temp / MANIFEST_COPY).write_bytes(reader.manifest_bytes)
    if reader.signer is not None:
        (temp / SIGNATURE).write_text(reader.signer + "\n", encoding="ascii")
    progress("unpacking", total, total)
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        fsync_dir(folder)


def _build(folder: Path, progress: Progress) -> None:
    from kiosk.content.build import build_database
    from kiosk.content.store import ContentStore, ContentStoreError

    progress("building database", 0, 1)
    db = folder / DATABASE_NAME
    try:
        build_database(folder / "content", db)  # media: folder/media (or content/media)
        ContentStore(db).close()
    except ContentError as error:
        raise PackError(
            f"the pack's content does not pass `kiosk content check`:\n{error}"
        ) from None
    except ContentStoreError as error:
        raise PackError(f"the database built from the pack is unusable: {error}") from None
    except sqlite3.OperationalError as error:  # disk full, I/O error: nothing was switched
        raise PackError(f"cannot build the pack's database in {folder}: {error}") from None
    progress("building database", 1, 1)


def _discard(folder: Path) -> None:
    trash = folder.with_name(f".trash-{folder.name}-{os.getpid()}")
    os.rename(folder, trash)
    with contextlib.suppress(OSError):
        shutil.rmtree(trash)
