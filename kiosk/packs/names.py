"""Which file names a pack may hold: relative posix paths under content/ or media/, no `..`."""

from __future__ import annotations

import re

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
TOP_FOLDERS = ("content", "media")
# Pack ids and versions become part of a folder name: keep them plain.
_TOKEN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$")


def name_problem(name: str) -> str | None:
    """Why `name` may not be unpacked, or None when it is a safe relative path."""
    if not name:
        return "an empty file name"
    if "\\" in name or "\0" in name:
        return f"{name!r}: backslashes and NUL are not allowed in names"
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return f"{name!r}: an absolute path"
    parts = name.split("/")
    if ".." in parts:
        return f"{name!r}: a path that climbs out of the pack (..)"
    if any(part in ("", ".") for part in parts):
        return f"{name!r}: an empty or '.' path component"
    return None


def packed_file_problem(name: str) -> str | None:
    """Like name_problem, and the file must live under content/ or media/."""
    problem = name_problem(name)
    if problem:
        return problem
    if name.split("/")[0] not in TOP_FOLDERS or "/" not in name:
        return f"{name!r}: files must be under content/ or media/"
    return None


def token_problem(what: str, value: object) -> str | None:
    if not isinstance(value, str) or not _TOKEN.match(value):
        return f"{what} must be 1-64 letters, digits, '.', '_', '+' or '-', got {value!r}"
    return None
