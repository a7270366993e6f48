"""Builds a signed `.kpack` from a content source tree: check, collect, hash, sign, zip atomically."""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.problems import ContentError
from kiosk.content.schema import SCHEMA_VERSION
from kiosk.content.sources import ContentTree, read_tree
from kiosk.core.durable import replaced_atomically
from kiosk.packs.errors import PackError
from kiosk.packs.limits import DEFAULT_LIMITS, PackLimits
from kiosk.packs.manifest import FileEntry, Manifest, utc_now_iso
from kiosk.packs.names import MANIFEST, SIGNATURE, packed_file_problem, token_problem
from kiosk.packs.progress import Progress, no_progress
from kiosk.packs.signing import load_private_key, sign

# Already compressed: stored as they are (deflating a film only costs time).
_STORED_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".mp4", ".webm", ".mkv", ".mov", ".pdf"}
_FILE_MODE = 0o100644 << 16  # a regular file, rw-r--r--


@dataclass(frozen=True)
class BuiltPack:
    path: Path
    manifest: Manifest
    signed: bool


def pack_files(tree: ContentTree) -> dict[str, Path]:
    """Name in the pack -> file on disk: the whole content tree plus the media it references."""
    root = tree.root.resolve()
    media_root = tree.media_root.resolve()
    files: dict[str, Path] = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if path.is_file() and not any(part.startswith(".") for part in relative.parts):
            files[f"content/{relative.as_posix()}"] = path
    referenced = [story.image for story in tree.stories if story.image]
    for resource in tree.resources:
        referenced += [*resource.files.values(), *resource.subtitles.values()]
    for path in referenced:
        resolved = path.resolve()
        if resolved.is_relative_to(root):
            continue  # already packed with content/
        if not resolved.is_relative_to(media_root):
            raise PackError(f"{path}: media outside the content and media folders cannot be packed")
        files[f"media/{resolved.relative_to(media_root).as_posix()}"] = resolved
    for name in files:
        problem = packed_file_problem(name)
        if problem:
            raise PackError(f"cannot pack {problem}")
    return dict(sorted(files.items()))


def build_pack(
    src: Path,
    out: Path,
    key_path: Path | None,
    *,
    pack_id: str = "content",
    version: str | None = None,
    media_root: Path | None = None,
    created: str | None = None,
    limits: PackLimits = DEFAULT_LIMITS,
    progress: Progress = no_progress,
) -> BuiltPack:
    """Check `src` (ContentError lists every problem), then write the pack to `out` atomically.

    Without `key_path` the pack is unsigned (kiosks refuse it unless configured otherwise).
    `created` (UTC ISO, default now) orders packs: the watched folder never installs an older one.
    """
    key = load_private_key(key_path) if key_path is not None else None
    version = version or dt.datetime.now(dt.UTC).strftime("%Y%m%d.%H%M%S")
    for what, value in (("pack id", pack_id), ("version", version)):
        problem = token_problem(what, value)
        if problem:
            raise PackError(problem)
    tree, log = read_tree(Path(src), media_root)
    if log.errors:
        raise ContentError(log.problems)
    files = pack_files(tree)
    sizes = {name: path.stat().st_size for name, path in files.items()}
    if len(files) > limits.max_files or sum(sizes.values()) > limits.max_total_bytes:
        raise PackError(
            f"{len(files)} files, {sum(sizes.values()):,} bytes: over the limits kiosks accept "
            f"({limits.max_files} files, {limits.max_total_bytes:,} bytes)"
        )
    out = Path(out)
    with replaced_atomically(out) as temp:
        manifest = _write_zip(
            temp, files, (pack_id, version, created or utc_now_iso()), key, sizes, progress
        )
    return BuiltPack(out, manifest, key is not None)


def _write_zip(temp, files, identity, key, sizes, progress) -> Manifest:
    pack_id, version, created = identity
    total = sum(sizes.values())
    stamp = dt.datetime.fromisoformat(created.replace("Z", "+00:00")).timetuple()[:6]
    entries = []
    done = 0
    progress("packing", 0, total)
    with zipfile.ZipFile(temp, "w") as archive:
        for name, path in files.items():
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.external_attr = _FILE_MODE
            stored = path.suffix.lower() in _STORED_SUFFIXES
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            digest = hashlib.sha256()
            size = 0
            with path.open("rb") as src, archive.open(info, "w", force_zip64=True) as dst:
                for block in iter(lambda: src.read(1 << 20), b""):
                    digest.update(block)
                    dst.write(block)
                    size += len(block)
                    done += len(block)
                    progress("packing", done, total)
            entries.append(FileEntry(name, size, digest.hexdigest()))
        manifest = Manifest(pack_id, version, created, SCHEMA_VERSION, tuple(entries))
        data = manifest.to_bytes()
        for name, payload in ((MANIFEST, data), (SIGNATURE, sign(key, data) if key else None)):
            if payload is None:
                continue
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.external_attr = _FILE_MODE
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, payload)
    progress("packing", total, total)
    return manifest
