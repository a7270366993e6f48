"""The single pointer `<data_dir>/content/current` naming the active and previous pack folders.

A small JSON file, switched atomically (temp file, fsync, os.replace): after a crash it
names either the old folders or the new ones. Missing or unreadable means "bundled".
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from kiosk.core.durable import write_atomic
from kiosk.core.records import record
from kiosk.packs.layout import is_folder_name, pointer_path


@record
class Pointer:
    """What the pointer file names."""

    active: str | None = None  # None: the bundled content
    previous: str | None = None  # what `pack rollback` returns to (None: the bundled content)


def read_pointer(data_dir: Path) -> Pointer:
    """The pointer, or Pointer() (bundled) when it is missing or broken."""
    try:
        data = json.loads(pointer_path(data_dir).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return Pointer()
    if not isinstance(data, dict):
        return Pointer()
    active, previous = data.get("active"), data.get("previous")
    return Pointer(
        active if is_folder_name(active) else None,
        previous if is_folder_name(previous) else None,
    )


def write_pointer(
    data_dir: Path, pointer: Pointer, before_replace: Callable[[], None] | None = None
) -> None:
    data = {"active": pointer.active, "previous": pointer.previous}
    text = json.dumps(data, indent=1) + "\n"
    write_atomic(pointer_path(data_dir), text.encode(), before_replace)
