"""Settings: typed defaults, per-key fallback with one warning per problem, edits that keep the file."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from kiosk.core.config import (
    DEFAULTS,
    Settings,
    SettingsFileError,
    change_settings,
    default_settings_path,
    load_settings,
)

#: Ed25519 public keys as `kiosk pack keygen` writes them (base64 of 32 bytes).
KEY_1 = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="
KEY_2 = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8="


def test_missing_file_gives_defaults_without_warnings(tmp_path):
    settings, warnings = load_settings(tmp_path / "absent.toml")
    assert settings == DEFAULTS
    assert warnings == []
    assert (settings.mode, settings.default_language, settings.idle_timeout_s) == (
        "desktop",
        "en",
        60,
    )
    assert not settings.pin_is_set


def test_valid_file_is_read(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text(
        'mode = "kiosk"\ndefault_language = "ar"\nidle_timeout_s = 45\ntext_scale = 1.25\n'
        f'high_contrast = true\ntrusted_keys = ["{KEY_1}"]\ndata_dir = "data"\n',
        encoding="utf-8",
    )
    settings, warnings = load_settings(path)
    assert warnings == []
    assert settings.mode == "kiosk"
    assert settings.default_language == "ar"
    assert settings.idle_timeout_s == 45
    assert settings.text_scale == 1.25
    assert settings.high_contrast is True
    assert settings.trusted_keys == (KEY_1,)
    assert settings.data_dir == tmp_path / "data"  # relative to the settings file


def test_bad_values_fall_back_per_key_and_each_is_reported(tmp_path, caplog):
    path = tmp_path / "settings.toml"
    path.write_text(
        'mode = "arcade"\nidle_timeout_s = "soon"\nattract_timeout_s = 5\n'
        'default_language = "de"\nhigh_contrast = "yes"\nadmin_pin_hash = "1234"\n'
        "colour = 3\n"
        # these are fine and must survive
        "idle_warning_s = 20\ncarousel_interval_s = 12\n",
        encoding="utf-8",
    )
    settings, warnings = load_settings(path)
    assert settings.mode == DEFAULTS.mode
    assert settings.idle_timeout_s == 60
    assert settings.attract_timeout_s == 90
    assert settings.default_language == "en"
    assert settings.high_contrast is False
    assert settings.admin_pin_hash == ""
    assert settings.idle_warning_s == 20
    assert settings.carousel_interval_s == 12
    assert len(warnings) == 7
    for key in (
        "mode",
        "idle_timeout_s",
        "attract_timeout_s",
        "default_language",
        "high_contrast",
        "admin_pin_hash",
        "colour",
    ):
        assert any(key in w for w in warnings), key
    assert all(str(path) in w for w in warnings)
    # returned, not logged: the caller reports each warning once (`config show`, the app)
    assert [r for r in caplog.records if r.name == "kiosk.core.config"] == []


def test_broken_toml_gives_defaults_and_one_warning(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('mode = "kiosk\nidle_timeout_s = 30\n', encoding="utf-8")
    settings, warnings = load_settings(path)
    assert settings == DEFAULTS
    assert len(warnings) == 1
    assert "not valid TOML" in warnings[0]


def test_bool_is_not_a_number(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text("idle_timeout_s = true\n", encoding="utf-8")
    settings, warnings = load_settings(path)
    assert settings.idle_timeout_s == 60 and len(warnings) == 1


def test_change_round_trips_atomically(tmp_path):
    path = tmp_path / "sub" / "settings.toml"
    wanted = Settings(
        mode="kiosk",
        default_language="zh",
        idle_timeout_s=30,
        data_dir=tmp_path / "d",
        admin_pin_hash="scrypt$1$2$3$YWJj$ZGVm",
        watch_folder=tmp_path / 'quote"d',
    )
    changes = {f.name: getattr(wanted, f.name) for f in dataclasses.fields(Settings)}
    change_settings(path, **changes)
    assert [p.name for p in path.parent.iterdir()] == ["settings.toml"]  # no temp left
    loaded, warnings = load_settings(path)
    assert warnings == []
    assert loaded == wanted


COMMENTED = """\
# Hall 2, entrance kiosk. Ask Maria before changing anything.
mode = "kiosk"            # touch screen, no keyboard
trusted_keys = ["k"]      # not a real key: kept as written

# [ignored] the old timeout was too short
idle_timeout_s = 45
watch_folder = "/media/usb"
"""


def test_change_keeps_comments_order_and_other_keys_byte_for_byte(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text(COMMENTED, encoding="utf-8")
    path.chmod(0o640)
    change_settings(path, idle_timeout_s=90, default_language="fr")
    text = path.read_text(encoding="utf-8")
    assert text == COMMENTED.replace("idle_timeout_s = 45", "idle_timeout_s = 90") + (
        'default_language = "fr"\n'
    )
    assert path.stat().st_mode & 0o777 == 0o640
    change_settings(path, default_language=None)  # None: back to the default, key removed
    assert path.read_text(encoding="utf-8") == COMMENTED.replace("= 45", "= 90")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('mode = "kiosk"\ntrusted_keys = ["k"]\nwatch_folder = "/m"\nhigh_contrast = True\n', 4),
        ('mode = "kiosk"\nmode = "desktop"\n', 2),
        ("idle_timeout_s = \n", 1),
    ],
)
def test_change_refuses_a_file_that_is_not_valid_toml(tmp_path, text, line):
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    path.chmod(0o644)
    with pytest.raises(SettingsFileError, match=f"line {line} ") as raised:
        change_settings(path, admin_pin_hash="scrypt$1$2$3$YWJj$ZGVm")
    assert raised.value.line == line
    assert path.read_text(encoding="utf-8") == text
    assert path.stat().st_mode & 0o777 == 0o644


def test_change_refuses_a_file_it_cannot_decode(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_bytes(b'mode = "\xff"\n')
    with pytest.raises(SettingsFileError, match="cannot read"):
        change_settings(path, idle_timeout_s=30)
    assert path.read_bytes() == b'mode = "\xff"\n'


def test_a_new_settings_file_is_private_and_says_what_it_is(tmp_path):
    path = tmp_path / "new" / "settings.toml"
    change_settings(path, admin_pin_hash="scrypt$1$2$3$YWJj$ZGVm")
    assert path.read_text(encoding="utf-8").startswith("# Awareness kiosk settings")
    assert path.stat().st_mode & 0o777 == 0o600  # it holds the PIN hash
    assert load_settings(path)[0].pin_is_set


def test_an_unknown_key_suggests_the_nearest_known_one(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text("idle_timeout = 30\ncolour = 1\n", encoding="utf-8")
    _, warnings = load_settings(path)
    assert "unknown setting 'idle_timeout' ignored (did you mean 'idle_timeout_s'?)" in warnings[0]
    assert "did you mean" not in warnings[1]


def test_default_path_follows_xdg(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert default_settings_path() == Path(tmp_path) / "awareness-kiosk" / "settings.toml"
