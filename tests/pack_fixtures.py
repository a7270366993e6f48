"""Helpers for content-pack tests: keys, a good pack, and hand-made (hostile) packs."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

from kiosk.packs.builder import build_pack
from kiosk.packs.reader import Trust
from kiosk.packs.signing import generate_key_files, load_private_key, sign
from tests.sample_content import write_sample_content

FILE_MODE = 0o100644 << 16


def make_key(folder: Path, name: str = "key") -> tuple[Path, str]:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    return path, generate_key_files(path)


def make_source(base: Path, title: str | None = None) -> Path:
    """A valid content tree; `title` replaces one story's English title (to tell versions apart)."""
    src = write_sample_content(base)
    if title:
        story = src / "stories" / "2011-09-09-queretaro" / "en.md"
        story.write_text(f"# {title}\n\nMexico became the first country.\n", encoding="utf-8")
    return src


def build_version(tmp: Path, key: Path, version: str, title: str | None = None) -> Path:
    src = make_source(tmp / f"src-{version}", title or f"Story of version {version}")
    out = tmp / f"content-{version}.kpack"
    build_pack(src, out, key, version=version, created=f"2030-01-{int(version):02d}T00:00:00Z")
    return out


def pack_entries(pack: Path) -> dict[str, bytes]:
    """The files of a pack (without manifest and signature)."""
    with zipfile.ZipFile(pack) as archive:
        return {
            name: archive.read(name)
            for name in archive.namelist()
            if name not in ("manifest.json", "manifest.sig")
        }


def manifest_of(pack: Path) -> dict:
    with zipfile.ZipFile(pack) as archive:
        return json.loads(archive.read("manifest.json"))


def manifest_for(files: dict[str, bytes], **fields) -> dict:
    data = {
        "pack_id": "content",
        "version": "9",
        "created": "2030-01-01T00:00:00Z",
        "schema_version": 1,
        "files": [
            {"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in sorted(files.items())
        ],
    }
    data.update(fields)
    return data


def write_pack(
    out: Path,
    files: dict[str, bytes],
    key: Path | None,
    manifest: dict | bytes | None = None,
    *,
    signature: bytes | None = None,
    modes: dict[str, int] | None = None,
) -> Path:
    """A zip as given: `manifest` (default: the honest one) signed with `key` unless `signature`."""
    if manifest is None:
        manifest = manifest_for(files)
    raw = manifest if isinstance(manifest, bytes) else json.dumps(manifest).encode()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(2030, 1, 1, 0, 0, 0))
            info.external_attr = (modes or {}).get(name, FILE_MODE)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
        archive.writestr("manifest.json", raw)
        if signature is not None:
            archive.writestr("manifest.sig", signature)
        elif key is not None:
            archive.writestr("manifest.sig", sign(load_private_key(key), raw))
    return out


def trust(public: str) -> Trust:
    return Trust((public,))


def two_installed(folder: Path) -> tuple[dict[str, Path], str, Path]:
    """Packs "1", "2" and "3" and a data folder with 2 active and 1 previous: (packs, key, data)."""
    from kiosk.packs.atomic_install import install_pack

    key, public = make_key(folder)
    packs = {v: build_version(folder, key, v) for v in ("1", "2", "3")}
    data = folder / "data"
    install_pack(packs["1"], data, trust(public))
    install_pack(packs["2"], data, trust(public))
    return packs, public, data
