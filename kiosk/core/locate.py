"""The one place that finds bundled read-only files (content, media, fonts, database).

Works from a checkout (resources/ beside the package), an installed wheel
(resources/ installed as the package kiosk.bundled) and a PyInstaller bundle
(the spec copies resources/ to kiosk/bundled inside the bundle), without a
`sys.frozen` branch: every case is a folder next to the package's own files.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parents[1]  # kiosk/ (this file is kiosk/core/locate.py)

# Name of the bundled content database inside the resources folder.
DATABASE_NAME = "content.db"


@cache
def resources_root() -> Path:
    """The folder holding content/, media/, fonts/ and the bundled database."""
    override = os.environ.get("KIOSK_RESOURCES")
    candidates = [Path(override)] if override else []
    candidates += [_PACKAGE_DIR / "bundled", _PACKAGE_DIR.parent / "resources"]
    for candidate in candidates:
        if (candidate / "content").is_dir() or (candidate / DATABASE_NAME).is_file():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"bundled resources not found (looked in {searched})")


def bundled(*parts: str) -> Path:
    """Path of a bundled file or folder, e.g. bundled("fonts", "NotoSans-Regular.ttf")."""
    return resources_root().joinpath(*parts)


def bundled_database() -> Path:
    return bundled(DATABASE_NAME)


def content_sources() -> Path:
    return bundled("content")


def media_root() -> Path:
    return bundled("media")
