"""Deployment settings: a TOML file with typed defaults, tolerant loading, atomic saving.

Qt-free on purpose (the CLI and the analytics layer read it too). A broken file or a
bad value never stops the kiosk: every problem becomes a warning (shown in the admin
panel and by `kiosk config show`) and that one key falls back to its default.

The file is flat, one `key = value` per setting, e.g.::

    mode = "kiosk"
    default_language = "fr"
    idle_timeout_s = 45

Admin PIN: there is no default PIN. While `admin_pin_hash` is empty the admin panel
cannot be opened from the kiosk screen; staff set a PIN with `kiosk admin set-pin`.
A forgotten PIN is recovered by whoever can edit this file: delete the
`admin_pin_hash` line and run `kiosk admin set-pin` again.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.core.durable import write_atomic
from kiosk.core.records import record

log = logging.getLogger(__name__)

# Folder name used under the per-user config and data locations.
APP_DIR_NAME = "awareness-kiosk"
SETTINGS_FILE_NAME = "settings.toml"

# The three ways the kiosk runs (README "Three modes"); the one definition of them.
MODES = ("kiosk", "workshop", "desktop")
# The six UN languages of the interface, in the order the language bar shows them; the
# one definition of them (kiosk/i18n, the tools and the tests import it from here).
UI_LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")


@record
class Settings:
    """Effective deployment settings (every field has a safe default)."""

    mode: str = "desktop"
    default_language: str = "en"
    idle_timeout_s: int = 60  # no input for this long -> "Still there?" countdown
    idle_warning_s: int = 15  # length of that countdown, then the session resets
    attract_timeout_s: int = 90  # no input for this long -> attract loop (kiosk mode)
    # Seconds between carousel stories; 0 = never; None = the mode's default (8 s,
    # off in workshop mode where a trainer talks about the story shown).
    carousel_interval_s: int | None = None
    admin_pin_hash: str = ""  # empty: no PIN set, admin panel locked in kiosk mode
    data_dir: Path | None = None  # writable folder for usage counts, logs, crash files
    text_scale: float = 1.0
    high_contrast: bool = False
    # Listen buttons (text to speech). false: a kiosk without headphones, in a hall.
    read_aloud: bool = True
    trusted_keys: tuple[str, ...] = ()  # Ed25519 public keys (base64) trusted to sign packs
    watch_folder: Path | None = None  # folder watched for content packs (USB, Syncthing)
    allow_unsigned_packs: bool = False  # true: install unsigned/untrusted packs (testing only)

    @property
    def pin_is_set(self) -> bool:
        return bool(self.admin_pin_hash)

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


DEFAULTS = Settings()


# --- per-user locations (a few lines instead of a platformdirs dependency) ---------


def user_config_dir() -> Path:
    """Per-user folder for settings.toml (XDG on Linux, %APPDATA% on Windows)."""
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Application Support")
    else:
        base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / APP_DIR_NAME


def user_data_dir() -> Path:
    """Per-user writable folder for counts, logs and crash files."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Application Support")
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_DIR_NAME


CAROUSEL_INTERVAL_S = 8


def carousel_interval_ms(settings: Settings, mode: str) -> int:
    """Auto-advance interval of the story carousel in `mode`; 0 = it never advances alone.

    Unset, the carousel advances every CAROUSEL_INTERVAL_S seconds, except in workshop
    mode: a trainer talking about a story must not see it slide away.
    """
    seconds = settings.carousel_interval_s
    if seconds is None:
        seconds = 0 if mode == "workshop" else CAROUSEL_INTERVAL_S
    return seconds * 1000


def default_settings_path() -> Path:
    return user_config_dir() / SETTINGS_FILE_NAME


def data_dir(settings: Settings) -> Path:
    """The writable data folder: the configured override or the per-user default."""
    return settings.data_dir or user_data_dir()


# --- validation, one function per kind of value ------------------------------------

Check = Callable[[Any, Path], Any]  # returns the typed value or raises ValueError


def _int_between(low: int, high: int) -> Check:
    def check(value: Any, _base: Path) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"expected a whole number of seconds, got {value!r}")
        if not low <= value <= high:
            raise ValueError(f"must be between {low} and {high}, got {value}")
        return value

    return check


def _off_or_between(low: int, high: int) -> Check:
    """0 (off) or a whole number of seconds between low and high."""
    between = _int_between(low, high)

    def check(value: Any, base: Path) -> int:
        if value == 0 and not isinstance(value, bool):
            return 0
        try:
            return between(value, base)
        except ValueError as error:
            raise ValueError(f"{error} (or 0 for never)") from None

    return check


def _float_between(low: float, high: float) -> Check:
    def check(value: Any, _base: Path) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"expected a number, got {value!r}")
        if not low <= value <= high:
            raise ValueError(f"must be between {low} and {high}, got {value}")
        return float(value)

    return check


def _one_of(choices: tuple[str, ...]) -> Check:
    def check(value: Any, _base: Path) -> str:
        if value not in choices:
            raise ValueError(f"must be one of {', '.join(choices)}, got {value!r}")
        return value

    return check


def _bool(value: Any, _base: Path) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"expected true or false, got {value!r}")
    return value


_PIN_HASH = re.compile(r"^(scrypt|pbkdf2_sha256)\$[0-9$A-Za-z+/=_-]+$")


def _pin_hash(value: Any, _base: Path) -> str:
    if not isinstance(value, str):
        raise ValueError("expected the string written by `kiosk admin set-pin`")
    if value and not _PIN_HASH.match(value):
        raise ValueError(
            "not a PIN hash written by `kiosk admin set-pin` (a plain PIN is not accepted)"
        )
    return value


def _optional_path(value: Any, base: Path) -> Path | None:
    if not isinstance(value, str):
        raise ValueError(f"expected a folder path as a string, got {value!r}")
    if not value:
        return None
    path = Path(value).expanduser()
    return path if path.is_absolute() else (base / path)


def _string_list(value: Any, _base: Path) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"expected a list of strings, got {value!r}")
    return tuple(value)


def _is_public_key(text: str) -> bool:
    """Base64 of 32 bytes, as `kiosk pack keygen` writes an Ed25519 public key."""
    import base64
    import binascii

    try:
        return len(base64.b64decode(text.strip(), validate=True)) == 32
    except (binascii.Error, ValueError):
        return False


def _public_keys(value: Any, base: Path) -> tuple[str, ...]:
    keys = _string_list(value, base)
    bad = [key for key in keys if not _is_public_key(key)]
    if bad:
        # Reported by load_settings, key by key; the good keys stay trusted.
        raise _SomeBad(tuple(k for k in keys if k not in bad), bad)
    return keys


class _SomeBad(ValueError):
    def __init__(self, good: tuple[str, ...], bad: list[str]):
        super().__init__(", ".join(repr(key[:60]) for key in bad))
        self.good, self.bad = good, bad


_CHECKS: dict[str, Check] = {
    "mode": _one_of(MODES),
    "default_language": _one_of(UI_LANGUAGES),
    "idle_timeout_s": _int_between(10, 3600),
    "idle_warning_s": _int_between(0, 120),
    "attract_timeout_s": _int_between(10, 7200),
    "carousel_interval_s": _off_or_between(2, 600),
    "admin_pin_hash": _pin_hash,
    "data_dir": _optional_path,
    "text_scale": _float_between(0.75, 2.5),
    "high_contrast": _bool,
    "read_aloud": _bool,
    "trusted_keys": _public_keys,
    "watch_folder": _optional_path,
    "allow_unsigned_packs": _bool,
}
assert set(_CHECKS) == {f.name for f in dataclasses.fields(Settings)}


def load_settings(path: Path | None = None) -> tuple[Settings, list[str]]:
    """Read settings from `path` (default: the per-user file); never raises for bad input.

    Returns the effective settings and one human-readable warning per problem. A missing
    file is not a problem (all defaults); a file that is not valid TOML gives one warning
    and all defaults; each bad value gives one warning and that key's default.
    """
    path = path or default_settings_path()
    warnings: list[str] = []
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return DEFAULTS, warnings
    except (OSError, UnicodeDecodeError) as error:
        warnings.append(f"{path}: cannot read settings ({error}); using defaults")
        text = ""
    import tomllib  # a file to read (~3 ms of import a start without one does not pay)

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        warnings.append(f"{path}: not valid TOML ({error}); using defaults")
        raw = {}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        check = _CHECKS.get(key)
        if check is None:
            warnings.append(f"{path}: unknown setting {key!r} ignored{_nearest_key(key)}")
            continue
        try:
            values[key] = check(value, path.parent)
        except _SomeBad as error:
            values[key] = error.good
            for bad in error.bad:
                warnings.append(
                    f"{path}: {key}: {bad[:60]!r} is not an Ed25519 public key (base64 of "
                    "32 bytes, as `kiosk pack keygen` writes it); ignored"
                )
        except ValueError as error:
            default = getattr(DEFAULTS, key)
            warnings.append(f"{path}: {key}: {error}; using the default ({default!r})")
    return Settings(**values), warnings


# --- saving: only the keys that change, the rest of the file kept byte for byte --------


class SettingsFileError(Exception):
    """The settings file cannot be read as TOML, so it is not written (nothing is lost)."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line


_TOML_LINE = re.compile(r"at line (\d+)")


def _nearest_key(key: str) -> str:
    """ " (did you mean 'idle_timeout_s'?)" for a near miss, else ""."""
    import difflib  # only for a misspelt key

    close = difflib.get_close_matches(key, list(_CHECKS), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _shown(value: Any) -> str:
    """A value as TOML text, for `kiosk config show`."""
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, tuple | list):
        return "[" + ", ".join(_shown(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)  # a TOML basic string


def _toml_item(value: Any) -> Any:
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, tuple):
        return list(value)
    return value


def change_settings(path: Path | None = None, **changes: Any) -> Path:
    """Set `changes` in the settings file, leaving every other byte of it as it was.

    Comments, order, formatting and the other keys (even ones with bad values) are kept
    (tomlkit); the file keeps its permissions and is replaced atomically. A value None
    removes its key (the default applies). Raises SettingsFileError, naming the line,
    when the file is not valid TOML or cannot be read: it is then never written.
    """
    import tomllib

    import tomlkit  # only the commands and the admin panel that save settings need it

    path = path or default_settings_path()
    unknown = sorted(set(changes) - set(_CHECKS))
    if unknown:
        raise KeyError(f"not a setting: {', '.join(unknown)}")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = "# Awareness kiosk settings: see `kiosk config show` and the README.\n"
    except (OSError, UnicodeDecodeError) as error:
        raise SettingsFileError(f"{path}: cannot read the settings ({error})") from error
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = _TOML_LINE.search(str(error))
        line = int(found.group(1)) if found else None
        where = f"line {line}" if line else "the file"
        raise SettingsFileError(
            f"{path}: {where} is not valid TOML ({error}); fix it first, nothing was changed",
            line,
        ) from error
    document = tomlkit.parse(text)
    for key, value in changes.items():
        if value is None:
            document.pop(key, None)
        else:
            document[key] = _toml_item(value)
    write_atomic(path, tomlkit.dumps(document).encode("utf-8"))
    return path


def describe(settings: Settings) -> list[tuple[str, str]]:
    """(key, shown value) pairs for `kiosk config show`; the PIN hash is never shown."""
    rows = []
    for f in dataclasses.fields(Settings):
        value = getattr(settings, f.name)
        if f.name == "admin_pin_hash":
            shown = "(set)" if value else "(not set: run `kiosk admin set-pin`)"
        elif f.name == "data_dir" and value is None:
            shown = f"{user_data_dir()} (default)"
        elif f.name == "carousel_interval_s" and value is None:
            shown = f"(default: {CAROUSEL_INTERVAL_S}; off in workshop mode)"
        elif value is None:
            shown = "(none)"
        else:
            shown = _shown(value)
        rows.append((f.name, shown))
    return rows


__all__ = [
    "CAROUSEL_INTERVAL_S",
    "DEFAULTS",
    "MODES",
    "UI_LANGUAGES",
    "Settings",
    "SettingsFileError",
    "carousel_interval_ms",
    "change_settings",
    "data_dir",
    "default_settings_path",
    "describe",
    "load_settings",
    "user_config_dir",
    "user_data_dir",
]
