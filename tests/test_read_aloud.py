"""Read aloud (Listen buttons), wired with Qt's mock text-to-speech engine.

The mock engine has voices for English (en_GB, en_US), Finnish and Norwegian only: a
French or Arabic text has no voice there, which is how "hidden where no voice exists"
is checked. The mock reads 10 words a second. Real voices (speech-dispatcher with
espeak-ng): tests/test_read_aloud_voices.py.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from PySide6.QtCore import QLocale, Qt

from kiosk.core.config import Settings
from kiosk.operation import KioskOperation
from kiosk.session import SessionState, SessionTimings
from kiosk.ui.read_aloud import (
    ReadAloud,
    _HostProcess,
    best_locales,
    collect_ended,
    speakable_text,
)
from tests.window_input import click_in_window, key_in_window

QUERETARO = "2011-09-09-queretaro"  # English only
OSCE = "2012-03-30-osce-review"  # French only
CAMBODIA = "2012-07-04-cambodia"  # en, fr, ru, zh; sensitive (content note first)


@pytest.fixture
def window(main_window, qtbot):
    read_aloud = main_window.read_aloud
    assert read_aloud.engine_name == "mock"
    read_aloud.prepare()
    qtbot.waitUntil(lambda: read_aloud.ready)
    return main_window


def listen(window):
    return window.story_page.listen_button


def press(qtbot, button):
    click_in_window(button)  # through the window, as a visitor's tap (the session sees it)


def test_voices_per_language_from_the_engine():
    locales = [QLocale(name) for name in ("en_GB", "en_US", "fr_CA", "fr_FR", "ar_EG", "C")]
    assert best_locales(locales) == {"en": "en_US", "fr": "fr_FR", "ar": "ar_EG"}
    assert best_locales([QLocale("fr_CA")]) == {"fr": "fr_CA"}


def test_reads_the_title_then_the_text_without_markup(qapp):
    text = speakable_text("Querétaro", "# Heading\n\nSome **bold** text <b>x</b>.")
    assert text == "Querétaro\n\nHeading\nSome bold text <b>x</b>."


def test_listen_shows_only_where_the_text_shown_has_a_voice(window):
    window.open_story(QUERETARO)
    assert listen(window).isVisible() and listen(window).lang == "en"
    assert listen(window).text() == "Listen" and not listen(window).icon().isNull()
    assert listen(window).height() >= 56  # a touch target
    window.open_story(OSCE)  # French: the mock engine has no French voice
    assert listen(window).lang == "fr" and not listen(window).isVisible()
    window.set_language("ar")
    window.open_story(QUERETARO)  # its English version in the Arabic interface
    assert listen(window).lang == "en" and listen(window).isVisible()
    assert listen(window).text() != "Listen"  # translated
    window.open_story(OSCE)  # French in the Arabic interface: no French voice
    assert not listen(window).isVisible()


def test_arabic_text_is_never_read_with_another_languages_voice(window):
    assert not window.read_aloud.has_voice("ar")
    assert not window.read_aloud.read("نص عربي", "ar")
    assert not window.read_aloud.is_speaking()


def test_never_starts_by_itself_and_a_second_press_stops(window, qtbot):
    window.open_story(QUERETARO)
    qtbot.wait(300)
    assert not window.read_aloud.is_speaking()
    with qtbot.waitSignal(window.read_aloud.speaking_changed):
        press(qtbot, listen(window))
    assert window.read_aloud.is_speaking() and listen(window).isChecked()
    assert listen(window).text() == "Stop reading"
    qtbot.waitUntil(lambda: window.read_aloud.voice_used[1] != "")
    assert window.read_aloud.voice_used[1].startswith("en_")
    press(qtbot, listen(window))
    assert not window.read_aloud.is_speaking() and not listen(window).isChecked()
    assert listen(window).text() == "Listen"


def test_english_fallback_in_the_arabic_interface_is_read_with_an_english_voice(window, qtbot):
    window.set_language("ar")
    window.open_story(QUERETARO)
    press(qtbot, listen(window))
    qtbot.waitUntil(lambda: window.read_aloud.voice_used[1] != "")
    assert QLocale(window.read_aloud.voice_used[1]).language() == QLocale.Language.English


def test_a_reading_ends_by_itself_at_the_end_of_the_text(window, qtbot):
    window.open_story(QUERETARO)
    press(qtbot, listen(window))
    qtbot.waitUntil(lambda: not window.read_aloud.is_speaking(), timeout=10_000)
    assert not listen(window).isChecked() and listen(window).text() == "Listen"


@pytest.mark.parametrize("how", ["back", "escape", "next story", "help page", "language"])
def test_reading_stops_when_the_page_changes(window, qtbot, how):
    window.set_language("fr")
    window.open_story(CAMBODIA)
    window.story_page.accept_content_note()
    window.set_language("en")
    assert listen(window).isVisible()
    press(qtbot, listen(window))
    assert window.read_aloud.is_speaking()
    if how == "back":
        press(qtbot, window.story_page.back_button)
        assert window.current_page_name() == "home"
    elif how == "escape":
        key_in_window(window.story_page.body, Qt.Key.Key_Escape)
        assert window.current_page_name() == "home"
    elif how == "next story":
        step = window.story_page.next_button
        if not step.isEnabled():
            step = window.story_page.previous_button
        press(qtbot, step)
        assert window.story_page.story.id != CAMBODIA
    elif how == "help page":
        press(qtbot, window.story_page.help_cards[0])
        assert window.current_page_name() == "resource:trust-fund"
    else:
        window.set_language("fr")  # the story is now shown in French: the English reading ends
    assert not window.read_aloud.is_speaking()
    assert not listen(window).isChecked()


def test_nothing_is_read_before_the_content_note_is_passed(window):
    window.open_story(CAMBODIA)
    assert window.story_page.showing_content_note and not listen(window).isVisible()
    window.story_page.accept_content_note()
    assert listen(window).isVisible()


def test_fund_page_reads_its_text_and_stops_on_back(window, qtbot):
    window.open_resource("trust-fund")
    page = window.page("resource:trust-fund")
    assert page.listen_button.isVisible() and page.listen_button.lang == "en"
    press(qtbot, page.listen_button)
    assert window.read_aloud.is_reading_for(page.listen_button)
    assert not listen(window).isChecked()  # only the button that reads shows Stop
    press(qtbot, page.header.back_button)
    assert not window.read_aloud.is_speaking()


def test_a_new_reading_stops_the_one_before(window, qtbot):
    window.open_story(QUERETARO)
    window.open_resource("trust-fund")
    fund = window.page("resource:trust-fund").listen_button
    press(qtbot, fund)
    window.read_aloud.read("Another text", "en", owner=listen(window))
    assert window.read_aloud.is_reading_for(listen(window))
    assert not fund.isChecked() and fund.text() == "Listen"


def test_pdf_and_film_pages_have_no_listen_button(window):
    window.open_resource("first-aid-kit")
    page = window.page("resource:first-aid-kit")
    assert not hasattr(page, "listen_button")


@pytest.fixture
def operation(window, qapp):
    timings = SessionTimings(idle_ms=400, warning_ms=300, attract_ms=0)
    operation = KioskOperation(qapp, window, Settings(), mode="kiosk", counts=None, timings=timings)
    yield operation
    operation.uninstall()


def test_quick_exit_stops_the_reading(window, operation, qtbot):
    window.open_story(QUERETARO)
    press(qtbot, listen(window))
    press(qtbot, window.quick_exit_button)
    assert not window.read_aloud.is_speaking()
    assert operation.cover.name == "neutral"


def test_quick_exit_gesture_stops_the_reading(window, operation, qtbot):
    window.open_story(QUERETARO)
    press(qtbot, listen(window))
    for _ in range(3):
        key_in_window(window.story_page.body, Qt.Key.Key_Shift)
    assert operation.cover.name == "neutral"
    assert not window.read_aloud.is_speaking()


def test_a_reading_defers_the_idle_reset_like_a_film(window, operation, qtbot):
    session = operation.session
    window.open_story(QUERETARO)
    long_text = " ".join(["word"] * 40)  # four seconds of mock reading
    listen(window).set_text("Title", long_text, "en")
    press(qtbot, listen(window))
    assert session.state is SessionState.ACTIVE and window.is_presenting()
    qtbot.wait(1500)  # the idle time (0.4 s) and the warning (0.3 s) would have passed
    assert session.state is SessionState.ACTIVE and window.current_page_name() == "story"
    assert window.read_aloud.is_speaking()
    press(qtbot, listen(window))  # stopped: the idle time counts from now
    assert not window.is_presenting()
    with qtbot.waitSignal(session.reset_requested, timeout=3000):
        pass
    assert window.current_page_name() == "home"


def test_a_reading_is_counted_with_its_language(window, qapp, qtbot, tmp_path):
    from kiosk.core.analytics import UsageCounts

    counts = UsageCounts(tmp_path / "usage.db", flush_interval_s=0)
    operation = KioskOperation(
        qapp, window, Settings(), mode="kiosk", counts=counts, timings=SessionTimings()
    )
    try:
        window.set_language("ar")
        window.open_story(QUERETARO)  # read in English in the Arabic interface
        press(qtbot, listen(window))
        press(qtbot, listen(window))
        counts.flush()
        assert counts.totals_by_event()["read_aloud"] == 1
        assert [row[1:4] for row in counts.rows() if row[1] == "read_aloud"] == [
            ("read_aloud", "en", "ar")
        ]
    finally:
        operation.uninstall()
        counts.close()


def test_the_idle_reset_stops_a_reading(window, operation, qtbot):
    window.open_story(QUERETARO)
    press(qtbot, listen(window))
    operation.session.reset()  # what the idle countdown does at its end
    assert not window.read_aloud.is_speaking()
    assert window.current_page_name() == "home"


def test_a_covering_screen_stops_the_reading(window, operation, qtbot):
    window.open_story(QUERETARO)
    press(qtbot, listen(window))
    operation.open_admin()  # the PIN pad covers the window
    assert not window.read_aloud.is_speaking()


def test_reading_off_hides_every_listen_button(window_factory, sample_store, monkeypatch):
    monkeypatch.setenv("KIOSK_SPEECH_ENGINE", "none")
    window = window_factory(sample_store)
    window.open_story(QUERETARO)
    assert window.read_aloud.ready and not listen(window).isVisible()


def test_the_helper_process_reads_in_json_lines(qtbot):
    """`kiosk speech-host` (real engines run there, off the interface) with the mock engine."""
    host = _HostProcess("mock")
    with qtbot.waitSignal(host.voices_found, timeout=30_000) as voices:
        host.start()
    assert voices.args[0]["en"].startswith("en_") and "fr" not in voices.args[0]
    states = []
    host.state_changed.connect(lambda reading, speaking: states.append((reading, speaking)))
    with qtbot.waitSignal(host.voice_chosen, timeout=5000) as chosen:
        host.say(7, "one two three", "en")
    assert chosen.args[0] == 7 and chosen.args[2].startswith("en_")
    qtbot.waitUntil(lambda: (7, False) in states, timeout=5000)
    assert (7, True) in states
    host.say(8, "texte", "fr")  # no French voice: refused, never read with another voice
    qtbot.waitUntil(lambda: (8, False) in states, timeout=5000)
    assert (8, True) not in states
    host.end()
    qtbot.waitUntil(lambda: collect_ended(0))
    assert host._process.state().name == "NotRunning"


def test_a_missing_engine_means_no_voice(qtbot):
    read_aloud = ReadAloud("no-such-engine")
    read_aloud.prepare()
    qtbot.waitUntil(lambda: read_aloud.ready, timeout=30_000)
    assert read_aloud.languages() == []
    read_aloud.shutdown()


def test_a_helper_that_dies_leaves_no_voice_and_no_reading(qtbot):
    host = _HostProcess("mock")
    with qtbot.waitSignal(host.voices_found, timeout=30_000):
        host.start()
    events = []
    host.voices_found.connect(lambda voices: events.append(("voices", voices)))
    host.state_changed.connect(lambda reading, speaking: events.append((reading, speaking)))
    host.say(1, " ".join(["word"] * 50), "en")
    qtbot.waitUntil(lambda: (1, True) in events, timeout=10_000)
    host._process.kill()
    qtbot.waitUntil(lambda: (-1, False) in events, timeout=10_000)
    assert ("voices", {}) in events


def test_read_aloud_can_be_turned_off_in_the_settings(tmp_path):
    from kiosk.core.config import load_settings

    path = tmp_path / "settings.toml"
    path.write_text("read_aloud = false\n", encoding="utf-8")
    assert load_settings(path) == (Settings(read_aloud=False), [])
    path.write_text('read_aloud = "sometimes"\n', encoding="utf-8")
    settings, warnings = load_settings(path)
    assert settings.read_aloud is True and len(warnings) == 1


# A stand-in for the kiosk: starts the helper as _HostProcess does (its own process id in
# KIOSK_SPEECH_PARENT), on the input given (fd argv[1]), says when the helper is up, waits.
STAND_IN = """
import os, subprocess, sys, time
env = dict(os.environ, KIOSK_SPEECH_PARENT=str(os.getpid()))
helper = subprocess.Popen(
    [sys.executable, "-m", "kiosk", "speech-host", "--engine", "mock"],
    stdin=int(sys.argv[1]), stdout=subprocess.PIPE, env=env, pass_fds=(int(sys.argv[1]),),
)
helper.stdout.readline()  # its voices: up, past the set-up
print(helper.pid, flush=True)
time.sleep(120)
"""


def _gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")  # not reaped yet
    except FileNotFoundError:
        return True


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG: Linux")
def test_the_helper_ends_with_the_kiosk_that_started_it(qtbot):
    """A kiosk killed (kill -9) leaves no helper behind, even one whose input stays open
    (here the test holds it: a helper busy in its engine does not read it either)."""
    read_end, write_end = os.pipe()
    stand_in = subprocess.Popen(
        [sys.executable, "-c", STAND_IN, str(read_end)],
        stdout=subprocess.PIPE, pass_fds=(read_end,), text=True,
    )  # fmt: skip
    helper = None
    try:
        os.close(read_end)
        helper = int(stand_in.stdout.readline())
        assert not _gone(helper)
        stand_in.kill()
        stand_in.wait()
        qtbot.waitUntil(lambda: _gone(helper), timeout=10_000)
    finally:
        os.close(write_end)
        stand_in.kill()
        stand_in.wait()
        stand_in.stdout.close()
        if helper is not None and not _gone(helper):
            os.kill(helper, signal.SIGKILL)


@pytest.mark.skipif(os.name != "posix", reason="other platform: POSIX process ids")
def test_speech_server_folders_of_ended_helpers_are_removed(tmp_path):
    """A helper ended before its engine connected (a kiosk stopped seconds after its
    start) leaves its speech server's folder: the next helper removes the folders whose
    helper has ended, and only those (a running helper's, other files, links kept)."""
    from kiosk.ui.read_aloud import SERVER_FOLDER, remove_stale_folders

    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    stale = tmp_path / f"{SERVER_FOLDER}{ended.pid}-abcd1234"
    running = tmp_path / f"{SERVER_FOLDER}{os.getpid()}-efgh5678"
    other = tmp_path / f"{SERVER_FOLDER}notanumber"
    for folder in (stale, running, other):
        folder.mkdir()
        (folder / "speechd.pid").write_text("1\n")
    link = tmp_path / f"{SERVER_FOLDER}{ended.pid}-link"
    link.symlink_to(running)
    remove_stale_folders(str(tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in (running, other, link)
    )
    assert (running / "speechd.pid").exists()
