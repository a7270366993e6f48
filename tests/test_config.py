"""Settings: typed defaults, per-key fallback with one warning per problem, atomic save."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.config import (
    DEFAULTS,
    Settings,
    default_settings_path,
    load_settings,
    save_settings,
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
    assert len([r for r in caplog.records if r.levelname == "WARNING"]) == 7


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


def test_save_round_trips_atomically(tmp_path):
    path = tmp_path / "sub" / "settings.toml"
    wanted = Settings(
        mode="kiosk",
        default_language="zh",
        idle_timeout_s=30,
        data_dir=tmp_path / 'quote"d',  # TOML escaping (trusted keys are base64 now)
        trusted_keys=(KEY_1, KEY_2),
        admin_pin_hash="scrypt$1$2$3$YWJj$ZGVm",
    )
    save_settings(wanted, path)
    assert [p.name for p in path.parent.iterdir()] == ["settings.toml"]  # no temp left
    loaded, warnings = load_settings(path)
    assert warnings == []
    assert loaded == wanted


def test_default_path_follows_xdg(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert default_settings_path() == Path(tmp_path) / "awareness-kiosk" / "settings.toml"
