"""Scaled copies of large story images, made at build time beside the database.

A photo of 8000x8000 pixels costs the kiosk a long decode and a slow repaint on every
frame; it never shows one larger than KIOSK_MAX_PX on its longest side. The content
build (kiosk/content/build.py) asks `kiosk_copy` for each story image: a larger image
gets a copy scaled down to that size in `<database name>-images/`, named by the
source's hash (an unchanged image is not scaled twice), and the database names the copy.
Qt's image readers do the work; the content layer stays Qt-free and imports this module
only while building.
"""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImageReader

from kiosk.content.images import KIOSK_MAX_PX, image_size
from kiosk.core.durable import replaced_atomically


def copies_dir(database: Path) -> Path:
    return database.with_name(f"{database.stem}-images")


def kiosk_copy(source: Path, database: Path, max_px: int = KIOSK_MAX_PX) -> Path:
    """`source` itself when small enough, else its scaled copy beside `database` (made once)."""
    size = image_size(source)
    if size is None or max(size) <= max_px:
        return source
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:20]
    suffix = ".png" if source.suffix.lower() == ".png" else ".jpg"  # PNG may be transparent
    target = copies_dir(database) / f"{digest}-{max_px}{suffix}"
    if target.is_file():
        return target
    reader = QImageReader(str(source))
    reader.setScaledSize(QSize(*size).scaled(max_px, max_px, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return source  # Qt cannot decode it: the kiosk will show what it can
    target.parent.mkdir(parents=True, exist_ok=True)
    with replaced_atomically(target) as temp:
        if not image.save(str(temp), suffix[1:].upper(), 90):
            raise OSError(f"cannot write the scaled copy {target}")
    return target


def prune_copies(database: Path, used: set[Path]) -> None:
    """Remove scaled copies the new database no longer names."""
    folder = copies_dir(database)
    for path in folder.iterdir() if folder.is_dir() else []:
        if path not in used:
            with contextlib.suppress(OSError):
                path.unlink()
