"""`kiosk self-test`: passes on good content and says what is wrong otherwise."""

from __future__ import annotations

import pytest

from kiosk.cli.commands import main
from kiosk.core.config import UI_LANGUAGES
from kiosk.ui.media_noise import MULTIMEDIA_NOISE
from tests.media_fixtures import make_clip, make_pdf

LANGS = UI_LANGUAGES
FILM_TOML = 'kind = "film"\norder = 3\nicon = "fa5s.film"\n\n[files]\nen = "film/film.en.mp4"\n'


@pytest.fixture
def media_db(sample_src):
    """The sample content with real media: two PDFs and a film (made here, with ffmpeg)."""
    from kiosk.content.build import build_database

    media = sample_src.parent / "media"
    make_pdf(media / "kit" / "kit.en.pdf", 2, "First Aid Kit")
    make_pdf(media / "kit" / "kit.fr.pdf", 2, "Trousse")
    make_clip(media / "film" / "film.en.mp4")
    film = sample_src / "resources" / "film"
    film.mkdir()
    (film / "resource.toml").write_text(FILM_TOML, encoding="utf-8")
    (film / "en.md").write_text("# Affected for Life\n\nA training film.\n", encoding="utf-8")
    return build_database(sample_src, sample_src.parent / "media.db").path


@pytest.mark.slow
@pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE)
def test_self_test_visits_every_screen_and_writes_screenshots(qapp, media_db, tmp_path, capsys):
    from PySide6.QtGui import QImage

    out = tmp_path / "shots"
    argv = ["self-test", "--db", str(media_db), "--screenshots", str(out), "--size", "1280x800"]
    assert main(argv) == 0, capsys.readouterr().out
    names = {path.name for path in out.glob("*.png")}
    screens = ("home", "story", "map", "document", "film", "fund")
    kiosk_screens = ("attract", "neutral", "idle-warning", "pin-pad")
    for lang in LANGS:
        assert {f"{screen}-{lang}.png" for screen in (*screens, *kiosk_screens)} <= names
    assert QImage(str(out / "film-ar.png")).size().toTuple() == (1280, 800)
    assert "self-test ok" in capsys.readouterr().out


@pytest.mark.slow
@pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE)
def test_self_test_names_a_missing_media_file(qapp, media_db, sample_src):
    from kiosk.selftest.run import run_self_test

    missing = sample_src.parent / "media" / "kit" / "kit.fr.pdf"
    missing.unlink()
    lines: list[str] = []
    assert run_self_test(media_db, say=lines.append) == 1
    failures = [line for line in lines if line.startswith("FAIL")]
    assert failures == [f"FAIL document/fr/1920x1080/1: document file missing: {missing}"], lines


def test_self_test_size_option():
    from kiosk.selftest.run import parse_size

    assert parse_size("1280x800") == (1280, 800)
    for bad in ("1280", "x800", "wide"):
        with pytest.raises(ValueError):
            parse_size(bad)
    with pytest.raises(SystemExit):
        main(["self-test", "--size", "big"])


def test_self_test_fails_on_a_missing_database(qapp, tmp_path, capsys):
    assert main(["self-test", "--db", str(tmp_path / "nope.db")]) == 1
    assert "FAIL content" in capsys.readouterr().out


@pytest.mark.qt_log_ignore("something broke")
def test_self_test_fails_on_an_empty_carousel_and_on_a_qt_warning(qapp, sample_db, capsys):
    from PySide6.QtCore import qWarning

    from kiosk.selftest.run import SCREENS, Screen, run_self_test

    def empty(window):
        window.carousel.model.set_cards([], window.lang)
        return "the story carousel is empty" if window.carousel.count() == 0 else None

    def warn(window):
        qWarning("something broke")

    lines: list[str] = []
    assert (
        run_self_test(sample_db, screens=[*SCREENS, Screen("empty", empty)], say=lines.append) == 1
    )
    assert any("empty/fr/1920x1080/1: the story carousel is empty" in line for line in lines)
    lines.clear()
    assert run_self_test(sample_db, screens=[Screen("warn", warn)], say=lines.append) == 1
    assert any("Qt warning: something broke" in line for line in lines)


def test_glyph_checker_finds_characters_no_font_draws(qapp):
    from PySide6.QtGui import QFont

    from kiosk.selftest.run import GlyphChecker
    from kiosk.ui.assembly import load_fonts_once

    load_fonts_once(qapp)
    font = qapp.font()  # the bundled families, in fallback order
    checker = GlyphChecker()
    assert checker.missing("Réfugiés Беженцы اللاجئون 故事 返回 ‹›", font) == []
    assert checker.missing("ok \U0001f600 \u0f00", font) == ["\u0f00", "\U0001f600"]
    latin_only = QFont()
    latin_only.setFamilies(["Noto Sans"])
    assert "故" in checker.missing("故事", latin_only)


@pytest.mark.slow
@pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE)
def test_soak_plays_films_and_pdfs_and_reports_memory_each_round(qapp, media_db, capsys):
    """`kiosk self-test --soak N` (what the soak bench runs, from the checkout and frozen)."""
    import json

    assert main(["self-test", "--soak", "2", "--soak-first", "5", "--db", str(media_db)]) == 0
    rounds = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["round"] for r in rounds] == [5, 6]
    for sample in rounds:
        assert sample["films"] == 2 and sample["pdfs"] == 2, sample
        assert sample["slides"] == 100 and sample["switches"] == 10
        assert sample["skipped"] == [] and sample["rss"] > 0


def test_soak_refuses_a_round_count_that_is_no_count(capsys):
    with pytest.raises(SystemExit):
        main(["self-test", "--soak", "0"])
    assert "not a number of rounds (1 or more): '0'" in capsys.readouterr().err
