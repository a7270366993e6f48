"""The staff member's studio profile (Qt-free): signing key, organisation, last folder.

Lives in the per-user data folder (`<user data>/awareness-kiosk/studio/`), never in
the content folder: the private key must not travel with the content or into git.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tomllib
from pathlib import Path

import tomlkit

from kiosk.core.config import user_data_dir
from kiosk.core.durable import write_atomic
from kiosk.packs.errors import PackError
from kiosk.packs.signing import (
    generate_key_files,
    load_private_key,
    public_key_text,
    public_path,
)

KEY_NAME = "signing.key"
SETTINGS_NAME = "studio.toml"


class StudioProfile:
    def __init__(self, folder: Path | None = None):
        self.folder = Path(folder) if folder else user_data_dir() / "studio"

    # -- small settings -------------------------------------------------------------
    @property
    def settings_path(self) -> Path:
        return self.folder / SETTINGS_NAME

    def _settings(self) -> dict:
        try:
            return tomllib.loads(self.settings_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            return {}

    def _set(self, key: str, value: str) -> None:
        try:
            doc = tomlkit.parse(self.settings_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomlkit.exceptions.ParseError):
            doc = tomlkit.document()
        if doc.get(key) == value:
            return
        doc[key] = value
        write_atomic(self.settings_path, tomlkit.dumps(doc).encode("utf-8"))

    @property
    def organisation(self) -> str:
        value = self._settings().get("organisation", "")
        return value if isinstance(value, str) else ""

    @organisation.setter
    def organisation(self, name: str) -> None:
        self._set("organisation", name.strip())

    @property
    def last_folder(self) -> Path | None:
        value = self._settings().get("last_folder")
        return Path(value) if isinstance(value, str) and value else None

    @last_folder.setter
    def last_folder(self, folder: Path) -> None:
        self._set("last_folder", str(folder))

    # -- the signing key --------------------------------------------------------------
    @property
    def key_path(self) -> Path:
        return self.folder / KEY_NAME

    def has_key(self) -> bool:
        return self.key_path.is_file()

    def public_key(self) -> str:
        """The public key (base64 text) of the profile's key; PackError when there is none."""
        return public_key_text(load_private_key(self.key_path).verify_key)

    def ensure_key(self) -> str:
        """The profile's key, created on first use; returns its public key."""
        if not self.has_key():
            self.folder.mkdir(parents=True, exist_ok=True)
            return generate_key_files(self.key_path)
        return self.public_key()

    def export_key(self, target: Path) -> Path:
        """Copy the private key to `target` (for a second machine), readable by its owner only."""
        if not self.has_key():
            raise PackError("there is no signing key yet: publish once, or import a key")
        target = Path(target)
        write_atomic(target, self.key_path.read_bytes())
        os.chmod(target, 0o600)
        return target

    def import_key(self, source: Path) -> str:
        """Use the private key in `source`; an existing different key is kept beside it."""
        key = load_private_key(Path(source))  # PackError when it is not a key
        if self.has_key():
            if self.key_path.read_bytes() == Path(source).read_bytes():
                return self.public_key()
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            shutil.move(self.key_path, self.folder / f"{KEY_NAME}.replaced-{stamp}")
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(self.key_path, Path(source).read_bytes())
        os.chmod(self.key_path, 0o600)
        public = public_key_text(key.verify_key)
        public_path(self.key_path).write_text(public + "\n", encoding="ascii")
        return public


def prepare_workspace(target: Path, bundled_content: Path, bundled_media: Path) -> Path:
    """The content folder in `target` (`target/content`, media beside it), copied on first use."""
    content = Path(target) / "content"
    if not (content / "stories").is_dir():
        shutil.copytree(bundled_content, content, dirs_exist_ok=True)
        if bundled_media.is_dir() and not (Path(target) / "media").exists():
            shutil.copytree(bundled_media, Path(target) / "media")
    return content
