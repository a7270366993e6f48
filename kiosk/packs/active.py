"""Which content database the app should open: the active installed pack's, if it is usable."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Collection
from pathlib import Path

from kiosk.packs.layout import DATABASE_NAME, content_dir, packs_dir
from kiosk.packs.pointer import read_pointer

log = logging.getLogger(__name__)

# Databases already checked page by page, by identity (kiosk.content.store.VerifiedFiles).
VERIFIED_NAME = "verified.json"


def installed_database(data_dir: Path, folder: str | None) -> Path | None:
    """The database of install folder `folder`, if it opens as a valid content store."""
    from kiosk.content.store import ContentStore, ContentStoreError

    if folder is None:
        return None
    db = packs_dir(data_dir) / folder / DATABASE_NAME
    if not db.is_file():
        log.warning("content pack %s has no database at %s; using the bundled content", folder, db)
        return None
    try:
        ContentStore(db).close()
    except (ContentStoreError, OSError, sqlite3.Error) as error:
        log.warning(
            "content pack database %s is unusable (%s); using the bundled content", db, error
        )
        return None
    return db


def candidate_databases(data_dir: Path | None) -> list[tuple[str, Path]]:
    """Where the app may find its content, in the order it tries them: (what, path).

    The active pack's database, the previous pack's (what `pack rollback` would
    return to), then the bundled database, the fallback of last resort.
    """
    from kiosk.core import locate

    found: list[tuple[str, Path]] = []
    if data_dir is not None:
        pointer = read_pointer(Path(data_dir))
        for role, folder in (("active", pointer.active), ("previous", pointer.previous)):
            if folder is not None:
                found.append((f"the {role} content pack {folder}", _pack_db(data_dir, folder)))
    try:
        found.append(("the bundled content", locate.bundled_database()))
    except FileNotFoundError as error:
        log.error("%s", error)
    return found


def _pack_db(data_dir: Path, folder: str) -> Path:
    return packs_dir(Path(data_dir)) / folder / DATABASE_NAME


def active_database(data_dir: Path | None) -> Path | None:
    """The installed database `<data_dir>/content/current` names, or None (use the bundled one)."""
    if data_dir is None:
        return None
    return installed_database(Path(data_dir), read_pointer(Path(data_dir)).active)


class OpenedContent:
    """What `open_content` found: a store (None when nothing was readable) and why.
    (A plain class: a dataclass costs its creation at every start, before the first frame.)"""

    __slots__ = ("skipped", "store", "what")

    def __init__(self, store: object | None, what: str = "", skipped: tuple[str, ...] = ()):
        self.store = store  # a ContentStore
        self.what = what  # e.g. "the bundled content"
        # One line per database passed over (damaged, missing...), in the order tried.
        self.skipped = skipped

    @property
    def error(self) -> str:
        return "\n".join(self.skipped) or "no content database found"


def open_content(
    data_dir: Path | None,
    *,
    db: Path | None = None,
    avoid: Collection[Path] = (),
    bundled_only: bool = False,
) -> OpenedContent:
    """Open the first readable content: `db` alone if given, else active, previous, bundled.

    Each database is verified as it opens (ContentStore); one that fails is logged with
    its reason and the next is tried. `avoid`: databases already found damaged while
    running. `bundled_only`: the crash-loop guard's choice. Never raises.
    """
    from kiosk.content.store import ContentStore, ContentStoreError, VerifiedFiles

    verified = VerifiedFiles(content_dir(Path(data_dir)) / VERIFIED_NAME) if data_dir else None
    if db is not None:
        candidates = [(f"the database {db}", Path(db))]
    else:
        candidates = candidate_databases(None if bundled_only else data_dir)
    skipped: list[str] = []
    avoided = {Path(p).resolve() for p in avoid}
    for what, path in candidates:
        if avoided and path.resolve() in avoided:  # resolving stats each folder on the way
            skipped.append(f"{what}: damaged while the kiosk was running")
            continue
        try:
            store = ContentStore(path, verified=verified)
        except (ContentStoreError, OSError, sqlite3.Error) as error:
            log.error("cannot use %s: %s", what, error)
            skipped.append(f"{what}: {error}")
            continue
        if skipped:
            log.warning("showing %s instead", what)
        return OpenedContent(store, what, tuple(skipped))
    return OpenedContent(None, skipped=tuple(skipped))


def check_bundled() -> str | None:
    """Why the bundled database (the fallback of last resort) is unusable, or None."""
    from kiosk.content.store import ContentStore, ContentStoreError
    from kiosk.core import locate

    try:
        ContentStore(locate.bundled_database()).close()
    except (ContentStoreError, FileNotFoundError, OSError, sqlite3.Error) as error:
        log.error("the bundled content is unusable: %s", error)
        return str(error)
    return None
