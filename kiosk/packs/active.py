"""Which content database the app should open: the active installed pack's, if it is usable."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from kiosk.packs.layout import DATABASE_NAME, packs_dir
from kiosk.packs.pointer import read_pointer

log = logging.getLogger(__name__)


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


def active_database(data_dir: Path | None) -> Path | None:
    """The installed database `<data_dir>/content/current` names, or None (use the bundled one)."""
    if data_dir is None:
        return None
    return installed_database(Path(data_dir), read_pointer(Path(data_dir)).active)
