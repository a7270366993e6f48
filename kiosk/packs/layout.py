"""Where installed packs live under the data folder, and the names their folders may have."""

from __future__ import annotations

import re
from pathlib import Path

# The database built inside each installed pack folder, beside its content/ and media/.
DATABASE_NAME = "content.db"
# Copies of the pack's signed manifest kept in each installed folder (for `pack list`).
MANIFEST_COPY = "manifest.json"
KEEP_INSTALLED = 2  # the active version and the one before it (for rollback)

_FOLDER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]*-[0-9a-f]{12}$")


def content_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "content"


def packs_dir(data_dir: Path) -> Path:
    return content_dir(data_dir) / "packs"


def pointer_path(data_dir: Path) -> Path:
    return content_dir(data_dir) / "current"


def seen_path(data_dir: Path) -> Path:
    """The watched folder's record of packs already installed or rejected."""
    return content_dir(data_dir) / "seen.json"


def folder_name(pack_id: str, version: str, short: str) -> str:
    return f"{pack_id}-{version}-{short}"


def is_folder_name(name: object) -> bool:
    """True for an install folder name (never a path, never hidden)."""
    return isinstance(name, str) and bool(_FOLDER.match(name))


def is_leftover(name: str) -> bool:
    """Temp and trash folders a killed install or prune may leave behind."""
    return name.startswith((".tmp-", ".trash-"))
