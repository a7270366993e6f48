"""Deterministic database damage for the fault tests.

`damage_first_story_page(db)` overwrites the root page of the `stories` table with
zeros, the page every story list reads first, so that the damage is met on the first
read (never "sometimes", as random bytes at a random page would be). The file's
change counter is bumped too, so a connection that opened the file before the damage
drops its page cache and reads the damaged page from disk, as it would after the disk
went bad under a running kiosk.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def table_root_page(db: Path, table: str) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
        (size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    assert root > 1 and size == 4096
    return root


def damage_page(db: Path, page: int, page_size: int = 4096) -> None:
    """Zero page `page` (1-based) and bump the header's change counter."""
    with open(db, "r+b") as handle:
        handle.seek((page - 1) * page_size)
        handle.write(bytes(page_size))
        handle.seek(24)
        counter = int.from_bytes(handle.read(4), "big")
        handle.seek(24)
        handle.write(((counter + 1) % 2**32).to_bytes(4, "big"))


def damage_first_story_page(db: Path) -> int:
    """Damage what the first read of stories hits; returns the page number."""
    page = table_root_page(db, "stories")
    damage_page(db, page)
    return page
