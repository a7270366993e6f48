"""The pack manifest: id, version, created (UTC ISO), schema version and every file's hash."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from kiosk.packs.errors import PackError
from kiosk.packs.names import packed_file_problem, token_problem

_SHA256_HEX = frozenset("0123456789abcdef")


@dataclass(frozen=True)
class FileEntry:
    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    pack_id: str
    version: str
    created: str
    schema_version: int
    files: tuple[FileEntry, ...]

    def to_bytes(self) -> bytes:
        """The exact bytes that are signed and stored as manifest.json."""
        data = {
            "pack_id": self.pack_id,
            "version": self.version,
            "created": self.created,
            "schema_version": self.schema_version,
            "files": [{"path": f.path, "size": f.size, "sha256": f.sha256} for f in self.files],
        }
        return (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode()

    @property
    def created_at(self) -> dt.datetime:
        """`created` as an aware UTC date-time (for comparing packs)."""
        moment = dt.datetime.fromisoformat(self.created.replace("Z", "+00:00"))
        return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)

    @property
    def total_bytes(self) -> int:
        return sum(f.size for f in self.files)


def utc_now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def short_hash(manifest_bytes: bytes) -> str:
    """Twelve hex digits naming one exact manifest (used in the install folder name)."""
    return hashlib.sha256(manifest_bytes).hexdigest()[:12]


def parse_manifest(raw: bytes) -> Manifest:
    """The manifest in `raw`, checked field by field; PackError says what is wrong."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise PackError(f"manifest.json is not valid JSON ({error})") from None
    if not isinstance(data, dict):
        raise PackError("manifest.json must hold a JSON object")
    for key, what in (("pack_id", "pack id"), ("version", "version")):
        problem = token_problem(f"manifest {what}", data.get(key))
        if problem:
            raise PackError(problem)
    created = data.get("created")
    try:
        dt.datetime.fromisoformat(str(created).replace("Z", "+00:00"))
    except ValueError:
        raise PackError(f"manifest 'created' is not an ISO date-time: {created!r}") from None
    schema = data.get("schema_version")
    if isinstance(schema, bool) or not isinstance(schema, int):
        raise PackError(f"manifest 'schema_version' must be a whole number, got {schema!r}")
    files = data.get("files")
    if not isinstance(files, list):
        raise PackError("manifest 'files' must be a list")
    entries = []
    seen = set()
    for item in files:
        entry = _entry(item)
        if entry.path in seen:
            raise PackError(f"manifest lists {entry.path!r} twice")
        seen.add(entry.path)
        entries.append(entry)
    return Manifest(data["pack_id"], data["version"], str(created), schema, tuple(entries))


def _entry(item: object) -> FileEntry:
    if not isinstance(item, dict):
        raise PackError(f"manifest file entry is not an object: {item!r}")
    path, size, digest = item.get("path"), item.get("size"), item.get("sha256")
    if not isinstance(path, str):
        raise PackError(f"manifest file entry without a path: {item!r}")
    problem = packed_file_problem(path)
    if problem:
        raise PackError(f"manifest: {problem}")
    if isinstance(size, bool) or not isinstance(size, int) or size < 0:
        raise PackError(f"manifest: {path}: size must be a whole number >= 0, got {size!r}")
    if not isinstance(digest, str) or len(digest) != 64 or not set(digest) <= _SHA256_HEX:
        raise PackError(f"manifest: {path}: sha256 must be 64 lowercase hex digits")
    return FileEntry(path, size, digest)
