"""Which content store the app opens: the active content pack's database, or the bundled one."""

from __future__ import annotations

from pathlib import Path

from kiosk.packs.active import open_content


def open_store(db: Path | None, data_dir: Path | None = None):
    """(store, None) or (None, error message) — never raises for a bad database.

    Without `db`: the active content pack's database in `data_dir`, else the previous
    pack's, else the bundled one (kiosk.packs.active.open_content).
    """
    opened = open_content(data_dir, db=db)
    return opened.store, None if opened.store is not None else opened.error
