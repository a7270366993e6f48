"""The watched folder (USB stick, Syncthing or rsync target): find new packs, install at idle.

`scan` only looks (cheap checks, nothing installed); `install_pending` installs the newest
valid new pack and sets bad ones aside once: renamed to `<name>.rejected` when the folder
is writable, and in every case recorded by file hash in `<data_dir>/content/seen.json`
(with the installed ones, so that a pack rolled back is not installed again).
A pack is "new" when its file hash is not in seen.json and it was created after the
active pack (the watcher never downgrades). Files still being copied (modified less than
`settle_s` ago) wait for the next check.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import time
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.durable import write_atomic
from kiosk.packs.atomic_install import InstallResult, install_pack
from kiosk.packs.errors import PackBusy, PackError
from kiosk.packs.layout import MANIFEST_COPY, packs_dir, seen_path
from kiosk.packs.limits import DEFAULT_LIMITS, PackLimits
from kiosk.packs.manifest import Manifest, parse_manifest, utc_now_iso
from kiosk.packs.pointer import read_pointer
from kiosk.packs.progress import Progress, no_progress
from kiosk.packs.reader import PackReader, Trust

log = logging.getLogger(__name__)

SUFFIX = ".kpack"
REJECTED_SUFFIX = ".rejected"
SETTLE_S = 10.0
_NEVER = dt.datetime.min.replace(tzinfo=dt.UTC)

# (path, size, mtime_ns) -> sha256: a watcher passes one dict to avoid re-hashing big files.
HashCache = dict[tuple[str, int, int], str]


@dataclass(frozen=True)
class PackCandidate:
    path: Path
    sha256: str
    manifest: Manifest | None
    problem: str | None  # why it will be refused; None when the cheap checks passed

    @property
    def created(self) -> dt.datetime:
        return self.manifest.created_at if self.manifest else _NEVER


def scan(
    watch_folder: Path | None,
    data_dir: Path,
    trust: Trust,
    *,
    limits: PackLimits = DEFAULT_LIMITS,
    settle_s: float = SETTLE_S,
    cache: HashCache | None = None,
) -> list[PackCandidate]:
    """New packs in `watch_folder`: valid ones newest first, then the ones to set aside."""
    if watch_folder is None:
        return []
    try:
        files = sorted(p for p in Path(watch_folder).iterdir() if _is_pack_file(p))
    except OSError:
        return []  # not mounted, not synced yet: nothing to do
    seen = read_seen(data_dir)
    floor = _active_created(data_dir)
    now = time.time()
    good, bad = [], []
    for path in files:
        try:
            info = path.stat()
            if now - info.st_mtime < settle_s:
                continue  # still being copied
            digest = _file_hash(path, info.st_size, info.st_mtime_ns, cache)
        except OSError as error:
            log.warning("cannot read %s: %s", path, error)
            continue
        if digest in seen:
            continue
        try:
            with PackReader(path, trust, limits) as reader:
                manifest = reader.manifest
        except PackError as error:
            bad.append(PackCandidate(path, digest, None, str(error)))
            continue
        if manifest.created_at <= floor:
            continue  # not newer than what is active: never downgrade on our own
        good.append(PackCandidate(path, digest, manifest, None))
    good.sort(key=lambda c: c.created, reverse=True)
    return good + bad


def install_pending(
    watch_folder: Path | None,
    data_dir: Path,
    trust: Trust,
    *,
    limits: PackLimits = DEFAULT_LIMITS,
    settle_s: float = SETTLE_S,
    cache: HashCache | None = None,
    progress: Progress = no_progress,
) -> InstallResult | None:
    """Install the newest valid new pack (None when there is none); set bad ones aside once."""
    found = scan(watch_folder, data_dir, trust, limits=limits, settle_s=settle_s, cache=cache)
    for candidate in found:
        if candidate.problem:
            reject(candidate, data_dir, candidate.problem)
    for candidate in (c for c in found if not c.problem):
        try:
            result = install_pack(candidate.path, data_dir, trust, limits=limits, progress=progress)
        except PackBusy as error:
            log.info("%s", error)
            return None
        except PackError as error:
            reject(candidate, data_dir, str(error))
            continue
        except OSError as error:  # disk full, data folder unwritable: not the pack's fault
            log.error("cannot install %s: %s", candidate.path, error)
            return None
        _record(data_dir, candidate, "installed", "")
        return result
    return None


def reject(candidate: PackCandidate, data_dir: Path, reason: str) -> None:
    """Log and set a bad pack aside, once."""
    log.error("content pack %s refused: %s", candidate.path, reason)
    target = candidate.path.with_name(candidate.path.name + REJECTED_SUFFIX)
    try:
        if not target.exists():
            candidate.path.rename(target)
    except OSError:
        pass  # a read-only stick: seen.json alone keeps us from trying it again
    _record(data_dir, candidate, "rejected", reason)


def read_seen(data_dir: Path) -> dict[str, dict]:
    try:
        data = json.loads(seen_path(data_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _record(data_dir: Path, candidate: PackCandidate, outcome: str, reason: str) -> None:
    seen = read_seen(data_dir)
    seen[candidate.sha256] = {
        "file": candidate.path.name,
        "outcome": outcome,
        "reason": reason,
        "at": utc_now_iso(),
    }
    try:
        write_atomic(seen_path(data_dir), (json.dumps(seen, indent=1) + "\n").encode())
    except OSError as error:
        log.error("cannot record %s in %s: %s", candidate.path.name, seen_path(data_dir), error)


def _is_pack_file(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIX) and not path.name.startswith(".") and path.is_file()


def _file_hash(path: Path, size: int, mtime_ns: int, cache: HashCache | None) -> str:
    key = (str(path), size, mtime_ns)
    if cache is not None and key in cache:
        return cache[key]
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    if cache is not None:
        cache[key] = digest.hexdigest()
    return digest.hexdigest()


def _active_created(data_dir: Path) -> dt.datetime:
    active = read_pointer(data_dir).active
    if active is None:
        return _NEVER
    path = packs_dir(data_dir) / active / MANIFEST_COPY
    try:
        return parse_manifest(path.read_bytes()).created_at
    except (OSError, PackError):
        return _NEVER
