"""Every resource opens from the main window, in every language, and Back returns home."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.content.model import Shown
from kiosk.content.store import ContentStore
from kiosk.core import locate
from kiosk.ui.wording import fallback_note
from tests.media_fixtures import MULTIMEDIA_NOISE

pytestmark = pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE)

LANGUAGES = ["en", "fr", "es", "ru", "ar", "zh"]


@pytest.fixture
def bundled_window(window_factory):
    """The main window on the real bundled content and demonstration media."""
    store = ContentStore(locate.bundled_database())
    yield window_factory(store)
    store.close()


def card_for(window, resource_id):
    return next(card for card in window.resource_cards.cards if card.resource_id == resource_id)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_resource_opens_and_back_returns_home(bundled_window, qtbot, lang):
    window = bundled_window
    window.set_language(lang)
    ids = [card.resource_id for card in window.resource_cards.cards]
    assert ids[:3] == ["first-aid-kit", "affected-for-life", "trust-fund"]
    for resource_id in ids:
        with qtbot.waitSignal(window.resource_opened, timeout=5000):
            qtbot.mouseClick(card_for(window, resource_id), Qt.MouseButton.LeftButton)
        assert window.current_page_name() == f"resource:{resource_id}"
        page = window.page(f"resource:{resource_id}")
        problem = getattr(page, "problem", lambda: "")()
        assert problem == "", (resource_id, lang, problem)
        qtbot.keyClick(page, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: window.current_page_name() == "home", timeout=3000)
        assert window.page(f"resource:{resource_id}") is None  # closed, media released


def test_document_opens_the_visitor_language_or_says_which(bundled_window, qtbot):
    window = bundled_window
    window.set_language("fr")
    window.open_resource("first-aid-kit")
    page = window.page("resource:first-aid-kit")
    assert page.shown_file().path.name == "first-aid-kit.demo.fr.pdf"
    assert page.page_count() == 5
    window.set_language("ar")  # no Arabic file: English, and the page says so
    assert page.shown_file().path.name == "first-aid-kit.demo.en.pdf"
    assert page.header.note_label.text() == fallback_note(Shown("ar", "en"))  # in Arabic
    assert page.header.note_label.isVisibleTo(page)


def test_film_defers_to_playback_and_closes_on_reset(bundled_window, qtbot):
    window = bundled_window
    window.open_resource("affected-for-life")
    page = window.page("resource:affected-for-life")
    qtbot.waitUntil(page.has_frame, timeout=8000)
    assert not window.is_presenting()
    # Muted, the film plays without an audio output: with one, and no sound card here,
    # pausing can block in the FFmpeg backend (docs/pitfalls.md).
    page.set_muted(True)
    with qtbot.waitSignal(window.media_playing_changed, timeout=5000):
        page.play()
    assert page.audio_output() is None
    qtbot.waitUntil(window.is_presenting, timeout=5000)
    page.pause()
    qtbot.waitUntil(lambda: not window.is_presenting(), timeout=5000)
    window.reset_session()
    assert window.current_page_name() == "home"
    assert window.page("resource:affected-for-life") is None


def test_film_language_chosen_in_the_sheet_is_kept_for_the_visit(bundled_window, qtbot):
    window = bundled_window
    window.open_resource("affected-for-life")
    page = window.page("resource:affected-for-life")
    chooser = page.version_box
    assert not chooser.is_segmented(), "five versions: one button opening a sheet"
    qtbot.mouseClick(chooser.sheet_button, Qt.MouseButton.LeftButton)
    sheet = chooser.sheet
    assert sheet is not None and sheet.parentWidget() is window
    assert all(row.height() >= 64 for row in sheet.rows.values())
    qtbot.mouseClick(sheet.rows["es"], Qt.MouseButton.LeftButton)
    assert page.shown_file().lang == "es"
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.current_page_name() == "home", timeout=3000)
    window.open_resource("affected-for-life")
    page = window.page("resource:affected-for-life")
    assert page.shown_file().lang == "es", "remembered for the visit"
    window.reset_session()
    window.open_resource("affected-for-life")
    page = window.page("resource:affected-for-life")
    assert page.shown_file().lang == "en", "the idle reset forgets it"
