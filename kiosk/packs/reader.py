"""Opens a `.kpack` and checks it before anything is trusted: structure, signature, schema, hashes.

Opening checks everything that does not need the file data (names, symlinks,
duplicates, sizes, counts, manifest, signature, schema, the file list). Reading a
file (`copy_checked`) never trusts a size header: it reads at most the size the
signed manifest declares, plus one byte, and compares the sha256.
"""

from __future__ import annotations

import hashlib
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from kiosk.content.schema import SCHEMA_VERSION
from kiosk.packs.errors import PackError
from kiosk.packs.layout import folder_name
from kiosk.packs.limits import DEFAULT_LIMITS, PackLimits
from kiosk.packs.manifest import FileEntry, parse_manifest, short_hash
from kiosk.packs.names import MANIFEST, SIGNATURE, name_problem
from kiosk.packs.progress import Progress, no_progress
from kiosk.packs.signing import trusted_signer

_BLOCK = 1 << 20
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError)


@dataclass(frozen=True)
class Trust:
    """Which signatures are accepted: the config's trusted keys, and whether unsigned is allowed."""

    keys: tuple[str, ...] = ()
    allow_unsigned: bool = False


class PackReader:
    """A pack opened and checked (see the module docstring); use as a context manager."""

    def __init__(self, path: Path, trust: Trust, limits: PackLimits = DEFAULT_LIMITS):
        self.path = Path(path)
        self.limits = limits
        try:
            self._zip = zipfile.ZipFile(self.path)
        except FileNotFoundError:
            raise PackError(f"{self.path}: file not found") from None
        except (zipfile.BadZipFile, OSError) as error:
            raise PackError(
                f"{self.path}: not a content pack (not a readable zip: {error})"
            ) from None
        try:
            self._infos = self._check_structure()
            self.manifest_bytes = self._read_small(MANIFEST)
            self.manifest = parse_manifest(self.manifest_bytes)
            self.signer = self._check_signature(trust)
            self._check_schema()
            self._check_file_list()
        except BaseException:
            self._zip.close()
            raise

    def __enter__(self) -> PackReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()

    @property
    def folder_name(self) -> str:
        m = self.manifest
        return folder_name(m.pack_id, m.version, short_hash(self.manifest_bytes))

    # -- checks that need no file data ---------------------------------------------------
    def _refuse(self, message: str) -> PackError:
        return PackError(f"{self.path.name}: {message}")

    def _check_structure(self) -> dict[str, zipfile.ZipInfo]:
        infos = self._zip.infolist()
        if len(infos) > self.limits.max_files + 2:
            raise self._refuse(
                f"{len(infos)} entries, more than the limit of {self.limits.max_files} files"
            )
        files: dict[str, zipfile.ZipInfo] = {}
        folded: set[str] = set()
        total = 0
        for info in infos:
            problem = name_problem(info.filename.rstrip("/") if info.is_dir() else info.filename)
            if problem:
                raise self._refuse(f"unsafe name {problem}")
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise self._refuse(f"{info.filename!r} is a symbolic link; links are not allowed")
            if stat.S_IFMT(mode) not in (0, stat.S_IFREG, stat.S_IFDIR):
                raise self._refuse(f"{info.filename!r} is not a regular file")
            if info.flag_bits & 0x1:
                raise self._refuse(f"{info.filename!r} is encrypted")
            if info.is_dir():
                continue
            key = info.filename.casefold()
            if key in folded:
                raise self._refuse(f"{info.filename!r} appears twice (names must be unique)")
            folded.add(key)
            files[info.filename] = info
            total += info.file_size
            if total > self.limits.max_total_bytes:
                raise self._refuse(
                    f"more than {self.limits.max_total_bytes:,} bytes uncompressed "
                    "(the size limit; refused as a possible zip bomb)"
                )
        if MANIFEST not in files:
            raise self._refuse("no manifest.json: not a content pack")
        return files

    def _read_small(self, name: str) -> bytes:
        info = self._infos[name]
        limit = self.limits.max_manifest_bytes
        try:
            with self._zip.open(info) as src:
                data = src.read(limit + 1)
        except _ZIP_ERRORS as error:
            raise self._refuse(f"{name} is damaged ({error})") from None
        if len(data) > limit:
            raise self._refuse(f"{name} is larger than {limit:,} bytes")
        return data

    def _check_signature(self, trust: Trust) -> str | None:
        if SIGNATURE not in self._infos:
            if trust.allow_unsigned:
                return None
            raise self._refuse(
                "unsigned pack refused (no manifest.sig). Sign it with "
                "`kiosk pack build --key KEYFILE`, or set allow_unsigned_packs = true in the config"
            )
        signer = trusted_signer(self.manifest_bytes, self._read_small(SIGNATURE), trust.keys)
        if signer is not None or trust.allow_unsigned:
            return signer
        if not trust.keys:
            raise self._refuse(
                "signed, but no trusted keys are configured: add the publisher's public key "
                "to trusted_keys in the config"
            )
        raise self._refuse(
            "signature check failed: the manifest was changed after signing, or it was signed "
            "by a key that is not in trusted_keys"
        )

    def _check_schema(self) -> None:
        found = self.manifest.schema_version
        if found != SCHEMA_VERSION:
            raise self._refuse(
                f"made for content schema version {found}; this program reads version "
                f"{SCHEMA_VERSION}. Rebuild the pack with a matching program version"
            )

    def _check_file_list(self) -> None:
        packed = set(self._infos) - {MANIFEST, SIGNATURE}
        listed = {entry.path for entry in self.manifest.files}
        extra = sorted(packed - listed)
        if extra:
            raise self._refuse(f"files not in the manifest: {', '.join(extra[:5])}")
        missing = sorted(listed - packed)
        if missing:
            raise self._refuse(f"files in the manifest but missing: {', '.join(missing[:5])}")
        if len(listed) > self.limits.max_files:
            raise self._refuse(f"{len(listed)} files, more than the limit {self.limits.max_files}")
        if self.manifest.total_bytes > self.limits.max_total_bytes:
            raise self._refuse(
                f"the manifest declares {self.manifest.total_bytes:,} bytes, more than the "
                f"limit of {self.limits.max_total_bytes:,} (refused as a possible zip bomb)"
            )
        for entry in self.manifest.files:
            header = self._infos[entry.path].file_size
            if header != entry.size:
                raise self._refuse(
                    f"{entry.path}: the zip says {header:,} bytes, the manifest {entry.size:,}"
                )

    # -- reading file data ------------------------------------------------------------------
    def copy_checked(
        self, entry: FileEntry, out: BinaryIO | None = None, on_bytes=lambda _n: None
    ) -> None:
        """Read `entry` (at most its declared size + 1 byte), check size and sha256, copy to out."""
        digest = hashlib.sha256()
        remaining = entry.size
        try:
            with self._zip.open(self._infos[entry.path]) as src:
                while True:
                    block = src.read(min(_BLOCK, remaining + 1))
                    if not block:
                        break
                    if len(block) > remaining:
                        raise self._refuse(
                            f"{entry.path}: larger than the {entry.size:,} bytes declared "
                            "(refused as a possible zip bomb)"
                        )
                    remaining -= len(block)
                    digest.update(block)
                    if out is not None:
                        out.write(block)
                    on_bytes(len(block))
        except _ZIP_ERRORS as error:
            raise self._refuse(f"{entry.path}: damaged zip data ({error})") from None
        if remaining:
            raise self._refuse(f"{entry.path}: {remaining:,} bytes shorter than declared")
        if digest.hexdigest() != entry.sha256:
            raise self._refuse(
                f"{entry.path}: sha256 mismatch (the file was changed or damaged after signing)"
            )

    def verify_all(self, progress: Progress = no_progress) -> None:
        """Check every file's size and hash without writing anything."""
        total = self.manifest.total_bytes
        done = 0
        progress("checking", 0, total)

        def advance(n: int) -> None:
            nonlocal done
            done += n
            progress("checking", done, total)

        for entry in self.manifest.files:
            self.copy_checked(entry, None, advance)
        progress("checking", total, total)
