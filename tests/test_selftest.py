"""`kiosk self-test`: passes on good content and says what is wrong otherwise."""

from __future__ import annotations

import pytest

from kiosk.cli import main


def test_self_test_passes_and_writes_screenshots(qapp, sample_db, tmp_path, capsys):
    out = tmp_path / "shots"
    assert main(["self-test", "--db", str(sample_db), "--screenshots", str(out)]) == 0
    names = {path.name for path in out.glob("*.png")}
    for lang in ("en", "fr", "es", "ru", "ar", "zh"):
        assert {f"home-{lang}.png", f"story-{lang}.png"} <= names
    assert len(names) >= 12
    assert "self-test ok" in capsys.readouterr().out


def test_self_test_fails_on_a_missing_database(qapp, tmp_path, capsys):
    assert main(["self-test", "--db", str(tmp_path / "nope.db")]) == 1
    assert "FAIL content" in capsys.readouterr().out


@pytest.mark.qt_log_ignore("something broke")
def test_self_test_fails_on_an_empty_carousel_and_on_a_qt_warning(qapp, sample_db, capsys):
    from PySide6.QtCore import qWarning

    from kiosk.selftest import SCREENS, Screen, run_self_test

    def empty(window):
        window.carousel.model.set_cards([], window.lang)
        return "the story carousel is empty" if window.carousel.count() == 0 else None

    def warn(window):
        qWarning("something broke")

    lines: list[str] = []
    assert (
        run_self_test(sample_db, screens=[*SCREENS, Screen("empty", empty)], say=lines.append) == 1
    )
    assert any("empty-fr: the story carousel is empty" in line for line in lines)
    lines.clear()
    assert run_self_test(sample_db, screens=[Screen("warn", warn)], say=lines.append) == 1
    assert any("Qt warning: something broke" in line for line in lines)


def test_glyph_checker_finds_characters_no_font_draws(qapp):
    from PySide6.QtGui import QFont

    from kiosk.app import load_fonts_once
    from kiosk.selftest import GlyphChecker

    load_fonts_once(qapp)
    font = qapp.font()  # the bundled families, in fallback order
    checker = GlyphChecker()
    assert checker.missing("Réfugiés Беженцы اللاجئون 故事 返回 ‹›", font) == []
    assert checker.missing("ok \U0001f600 \u0f00", font) == ["\u0f00", "\U0001f600"]
    latin_only = QFont()
    latin_only.setFamilies(["Noto Sans"])
    assert "故" in checker.missing("故事", latin_only)
