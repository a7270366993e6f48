"""The film page: silent until play, frames decode offscreen, versions, subtitles, failures.

Every test that starts video waits with a timeout (qtbot.waitUntil) and never
stop()s right after play() (see docs/pitfalls.md). Video tests ignore, by exact text,
the warnings QtMultimedia logs on a machine without PipeWire, sound card or GPU.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.media_fixtures import (
    MULTIMEDIA_NOISE,
    is_blank,
    make_clip,
    resource,
    show_hosted,
)

pytestmark = pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE)

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "media" / "affected-for-life"
VTT = "WEBVTT\n\n00:00.000 --> 00:00.800\nFirst words\n\n00:00.800 --> 00:02.000\nSecond words\n"


@pytest.fixture(scope="module")
def clips(tmp_path_factory):
    folder = tmp_path_factory.mktemp("film")
    (folder / "film.ar.vtt").write_text(VTT.replace("words", "كلمات"), encoding="utf-8")
    (folder / "film.en.vtt").write_text(VTT, encoding="utf-8")
    return {
        "en": make_clip(folder / "film.en.mp4", 1.5),
        "fr": make_clip(folder / "film.fr.mp4", 1.5, "red"),
        "subs": {"ar": folder / "film.ar.vtt", "en": folder / "film.en.vtt"},
        "folder": folder,
    }


def film(clips, wanted="en", shown="en", files=None):
    files = files if files is not None else {"en": clips["en"], "fr": clips["fr"]}
    return resource("film", files, clips["subs"], wanted=wanted, shown=shown, title="Film")


def open_film(qtbot, res, lang, **options):
    from kiosk.ui.pages.film_page import FilmPage

    options.setdefault("audio", False)
    page = FilmPage(res, lang, **options)
    window = show_hosted(qtbot, page, 960, 640)
    return page, window


def close(page, window):
    page.close_media()
    window.close()


def wait_for_picture(qtbot, page, code: str) -> None:
    """The film's picture is drawn: not one flat colour. The page hears of a frame from
    the video sink in the same signal as the video item, which may draw it a moment later."""
    try:
        qtbot.waitUntil(lambda: not is_blank(page.video.grab().toImage()), timeout=3000)
    except qtbot.TimeoutError:
        raise AssertionError(f"{code}: the film's picture stays blank") from None


def test_opens_silently_on_its_first_frame(qtbot, clips):
    page, window = open_film(qtbot, film(clips), "en", audio=True)
    qtbot.waitUntil(page.has_frame, timeout=5000)
    assert page.audio_output() is None  # nothing can sound before the visitor presses play
    assert not page.is_playing()
    assert page.video.has_poster()
    wait_for_picture(qtbot, page, "en")
    assert page.source().toLocalFile().endswith("film.en.mp4")
    close(page, window)


@pytest.mark.slow
def test_frames_decode_offscreen_and_the_end_returns_to_the_poster(qtbot, clips):
    page, window = open_film(qtbot, film(clips), "en")
    frames = []
    page.video.video_sink().videoFrameChanged.connect(lambda f: frames.append(f.isValid()))
    qtbot.waitUntil(page.has_frame, timeout=5000)
    with qtbot.waitSignal(page.playing_changed, timeout=5000) as started:
        qtbot.keyClick(page, Qt.Key.Key_Space)
    assert started.args == [True] and page.is_playing()
    qtbot.waitUntil(lambda: frames.count(True) >= 5, timeout=5000)
    with qtbot.waitSignal(page.playing_changed, timeout=8000) as ended:
        pass
    assert ended.args == [False]
    qtbot.waitUntil(page.video.poster_shown, timeout=3000)
    assert not is_blank(page.video.grab().toImage())  # the poster, not black
    assert page.seek_slider.value() == 0
    close(page, window)


@pytest.mark.slow
def test_play_creates_the_audio_output_only_then(qtbot, clips):
    page, window = open_film(qtbot, film(clips), "en", audio=True)
    qtbot.waitUntil(page.has_frame, timeout=5000)
    assert page.audio_output() is None
    page.play_button.click()
    qtbot.waitUntil(lambda: page.audio_output() is not None and page.is_playing(), timeout=5000)
    # Let the clip end by itself: no stop() right after play() with an audio output.
    qtbot.waitUntil(lambda: not page.is_playing(), timeout=10000)
    close(page, window)


def test_default_version_follows_the_interface_and_says_fallback(qtbot, clips):
    page, window = open_film(qtbot, film(clips, wanted="fr", shown="fr"), "fr")
    assert page.shown_file().lang == "fr"
    assert page.header.note_label.isHidden()
    assert page.subtitle_language() == ""  # French film, French interface: no subtitles
    close(page, window)

    page, window = open_film(qtbot, film(clips, wanted="ar"), "ar")
    assert page.shown_file().lang == "en"
    assert page.header.note_label.text() == "Published in English"
    assert page.subtitle_language() == "ar"  # English film, Arabic interface: Arabic subtitles
    assert [page.version_box.label(c) for c in page.version_box.codes()] == ["English", "Français"]
    assert page.subtitle_box.label("") == "Off"
    close(page, window)


def test_the_film_says_its_own_language_apart_from_the_text(qtbot, clips):
    """The text (title, description) and the film each say their own fallback: "Film in
    English" for a film with no version in the interface language, "Published in
    English" only when the text itself is not in that language."""
    page, window = open_film(qtbot, film(clips, wanted="zh", shown="zh"), "zh")
    assert page.shown_file().lang == "en"
    assert page.film_note.text() == "Film in English" and page.film_note.isVisibleTo(page)
    assert page.header.note_label.isHidden()  # the description is in Chinese
    close(page, window)

    page, window = open_film(qtbot, film(clips, wanted="ar"), "ar")  # text in English too
    assert page.film_note.text() == "Film in English"
    assert page.header.note_label.text() == "Published in English"
    QTest.mouseClick(page.version_box.segments["fr"], Qt.MouseButton.LeftButton)
    assert page.film_note.text() == "Film in French"  # the visitor's choice, still true
    close(page, window)

    page, window = open_film(qtbot, film(clips, wanted="fr", shown="fr"), "fr")
    QTest.mouseClick(page.version_box.segments["en"], Qt.MouseButton.LeftButton)
    assert page.film_note.isHidden()  # a French version exists: English is a choice
    close(page, window)


def test_switching_the_film_language_changes_the_source(qtbot, clips):
    page, window = open_film(qtbot, film(clips), "en")
    qtbot.waitUntil(page.has_frame, timeout=5000)
    first = page.player()
    QTest.mouseClick(page.version_box.segments["fr"], Qt.MouseButton.LeftButton)
    assert page.source().toLocalFile().endswith("film.fr.mp4")
    assert page.player() is not first  # a fresh player, never stop()
    qtbot.waitUntil(page.has_frame, timeout=5000)
    assert page.header.note_label.text() == ""  # the visitor chose it; English is available
    close(page, window)


def test_subtitles_show_the_cue_at_the_position(qtbot, clips):
    page, window = open_film(qtbot, film(clips), "en")
    qtbot.waitUntil(page.has_frame, timeout=5000)
    page.set_subtitle_language("en")
    page.seek(1200)
    qtbot.waitUntil(lambda: page.subtitle_text() == "Second words", timeout=3000)
    page.seek(100)
    qtbot.waitUntil(lambda: page.subtitle_text() == "First words", timeout=3000)
    assert page.video.subtitle_item.isVisible()
    page.set_subtitle_language("")
    assert page.subtitle_text() == "" and not page.video.subtitle_item.isVisible()
    assert page.subtitle_box.current() == ""
    close(page, window)


@pytest.mark.qt_log_ignore(  # the closest mark wins: repeat the machine's noise
    *MULTIMEDIA_NOISE, r"^Could not open media\. FFmpeg error description: Invalid data"
)
def test_corrupt_file_shows_a_message_and_a_way_back(qtbot, clips):
    corrupt = clips["folder"] / "corrupt.mp4"
    corrupt.write_bytes(os.urandom(20000))
    page, window = open_film(qtbot, film(clips, files={"en": corrupt}), "en")
    qtbot.waitUntil(lambda: page.problem() != "", timeout=6000)
    assert page.stack.currentWidget() is not page.video
    assert "cannot be played" in page.message_label.text()
    assert not page.is_playing() and page.player() is None
    with qtbot.waitSignal(page.back_requested, timeout=1000):
        page.message_back.click()
    close(page, window)


@pytest.mark.slow
def test_no_frame_in_time_shows_the_message(qtbot, clips):
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        pytest.skip("ffmpeg is not installed")
    sound_only = clips["folder"] / "sound-only.mp4"
    subprocess.run(
        [ffmpeg, "-loglevel", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=300",
         "-t", "2", "-c:a", "aac", str(sound_only)],
        check=True, timeout=60,
    )  # fmt: skip
    page, window = open_film(
        qtbot, film(clips, files={"en": sound_only}), "en", first_frame_timeout_ms=1500
    )
    qtbot.waitUntil(lambda: page.problem() in ("timeout", "error"), timeout=6000)
    assert "cannot be played" in page.message_label.text()
    close(page, window)


def test_missing_file_is_a_message(qtbot, clips):
    page, window = open_film(qtbot, film(clips, files={"en": clips["folder"] / "gone.mp4"}), "en")
    assert page.problem() == "missing"
    assert "not installed" in page.message_label.text()
    close(page, window)


def test_transport_stays_left_to_right_in_arabic(qtbot, clips):
    page, window = open_film(qtbot, film(clips, wanted="ar"), "ar")
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert page.isRightToLeft()
    assert page.transport.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert page.play_button.x() < page.seek_slider.x() < page.mute_button.x()
    with qtbot.waitSignal(page.back_requested, timeout=1000):
        qtbot.keyClick(page, Qt.Key.Key_Escape)
    close(page, window)


@pytest.mark.slow
@pytest.mark.skipif(not DEMO.is_dir(), reason="demo films not made yet (tools/make_demo_media.py)")
def test_demo_films_show_a_frame_and_subtitles(qtbot):
    files = {p.name.split(".")[-2]: p for p in sorted(DEMO.glob("*.mp4"))}
    subs = {p.name.split(".")[-2]: p for p in sorted(DEMO.glob("*.vtt"))}
    assert files and subs
    res = resource("film", files, subs, wanted="zh", title="Affected for Life")
    page, window = open_film(qtbot, res, "zh")
    for code in files:
        page.open_version(code)
        qtbot.waitUntil(lambda: page.has_frame() or page.problem() != "", timeout=5000)
        assert page.problem() == "", code
        wait_for_picture(qtbot, page, code)
    page.set_subtitle_language("zh")
    assert len(page._subtitles) > 0
    close(page, window)


def test_a_tap_on_the_seek_bar_seeks_there_and_the_buttons_jump_ten_seconds(qtbot, clips):
    page, window = open_film(qtbot, film(clips), "en")
    qtbot.waitUntil(page.has_frame, timeout=5000)
    qtbot.waitUntil(lambda: page.seek_slider.maximum() > 1000, timeout=5000)
    bar = page.seek_slider
    assert bar.height() >= 48
    duration = bar.maximum()
    x = round(bar.x_of(duration * 2 // 3))
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(x, bar.height() // 2))
    qtbot.waitUntil(lambda: abs(page.player().position() - duration * 2 // 3) < 120, timeout=3000)
    assert page.elapsed_label.text() == "0:01"
    QTest.mouseClick(page.back_10, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.player().position() < 50, timeout=3000)
    QTest.mouseClick(page.forward_10, Qt.MouseButton.LeftButton)  # past the end: the last ms
    qtbot.waitUntil(lambda: page.player().position() >= duration - 100, timeout=3000)
    for button in (page.back_10, page.forward_10, page.mute_button):
        assert button.width() >= 48 and button.height() >= 48
    assert page.play_button.width() >= 64
    close(page, window)


def test_film_choices_are_taps_and_remembered_for_the_visit(qtbot, clips):
    from kiosk.ui.pages.film_choices import FilmChoices

    choices = FilmChoices()
    page, window = open_film(qtbot, film(clips), "en", choices=choices)
    qtbot.waitUntil(page.has_frame, timeout=5000)
    assert page.version_box.is_segmented()  # two versions: two large buttons
    QTest.mouseClick(page.version_box.segments["fr"], Qt.MouseButton.LeftButton)
    QTest.mouseClick(page.subtitle_box.segments["ar"], Qt.MouseButton.LeftButton)
    assert (choices.version, choices.subtitles) == ("fr", "ar")
    close(page, window)
    # the next film the visitor opens starts in those
    page, window = open_film(qtbot, film(clips), "en", choices=choices)
    assert page.shown_file().lang == "fr" and page.subtitle_language() == "ar"
    assert page.version_box.segments["fr"].isChecked()
    close(page, window)
    choices.clear()  # the idle reset
    page, window = open_film(qtbot, film(clips), "en", choices=choices)
    assert page.shown_file().lang == "en" and page.subtitle_language() == ""
    close(page, window)


def test_controls_step_aside_while_playing_and_a_touch_brings_them_back(qtbot, clips):
    page, window = open_film(qtbot, film(clips), "en", controls_hide_ms=150)
    qtbot.waitUntil(page.has_frame, timeout=5000)
    assert page.controls_shown()
    QTest.mouseClick(page.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.is_playing, timeout=5000)
    qtbot.waitUntil(lambda: not page.controls_shown(), timeout=3000)
    viewport = page.video.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=viewport.rect().center())
    assert page.controls_shown()
    assert page.is_playing() or page.player().position() > 0  # the touch did not pause it
    qtbot.waitUntil(lambda: not page.is_playing(), timeout=8000)  # the clip ends by itself
    assert page.controls_shown(), "paused or ended: the controls stay"
    close(page, window)


def test_tab_reads_the_page_back_choosers_transport_and_space_plays(qtbot, clips):
    """Keyboard first: Back, the choosers beside the title, then the transport; the page
    opens with the focus on play, and Space plays."""
    from PySide6.QtWidgets import QApplication

    page, window = open_film(qtbot, film(clips), "en")
    qtbot.waitUntil(page.has_frame, timeout=5000)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    page.header.back_button.setFocus()
    walked = [QApplication.focusWidget()]
    for _ in range(7):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    assert walked == [
        page.header.back_button,
        page.version_box.segments["en"],  # Tab enters a choice at the chosen one
        page.subtitle_box.segments[""],
        page.back_10,
        page.play_button,
        page.forward_10,
        page.seek_slider,
        page.mute_button,
    ]
    page.focus_first()
    assert QApplication.focusWidget() is page.play_button
    QTest.keyClick(page.play_button, Qt.Key.Key_Space)
    qtbot.waitUntil(page.is_playing, timeout=3000)
    page.pause()
    close(page, window)
