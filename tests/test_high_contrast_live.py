"""High contrast switches LIVE: icons, pictures, chips, focus ring, film and PDF controls.

One window visits the pages: each is opened first (so it is already built), then high
contrast is turned on with the footer's button, as a visitor does, and the pixels of the
page's controls are looked at; then it is turned off again and looked at once more.
(One window for all: a window deleted between the checks is not what a kiosk does.)
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.content.store import ContentStore
from kiosk.core import locate
from kiosk.ui.theme import CALM, HIGH_CONTRAST
from kiosk.ui.widgets.focus_ring import KeyboardFocus
from kiosk.ui.widgets.locator_map import CALM_MAP, HIGH_CONTRAST_MAP
from tests.media_fixtures import MULTIMEDIA_NOISE
from tests.window_input import key_in_window

pytestmark = pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE)


@pytest.fixture
def bundled_window(window_factory):
    store = ContentStore(locate.bundled_database())
    yield window_factory(store)
    store.close()


def colours(widget: QWidget) -> set[str]:
    """The exact colours of a widget's pixels as drawn now (lower-case #rrggbb)."""
    QApplication.processEvents()
    image = widget.grab().toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(0, image.height())
    }


def toggle_contrast(window, qtbot, on: bool) -> None:
    qtbot.mouseClick(window.contrast_button, Qt.MouseButton.LeftButton)
    assert window.theme.high_contrast is on
    QApplication.processEvents()


def shows(widget: QWidget, colour: str) -> bool:
    return colour.lower() in colours(widget)


def check_both_ways(window, qtbot, widgets: dict[str, tuple[QWidget, str, str]]) -> None:
    """`widgets`: name -> (widget, colour in calm, colour in high contrast); both switches."""
    for name, (widget, calm, _high) in widgets.items():
        assert shows(widget, calm), f"{name}: {calm} missing before the switch"
    toggle_contrast(window, qtbot, True)
    for name, (widget, calm, high) in widgets.items():
        seen = colours(widget)
        assert high.lower() in seen, f"{name}: no {high} in high contrast"
        assert calm.lower() not in seen, f"{name}: still {calm} in high contrast"
    toggle_contrast(window, qtbot, False)
    for name, (widget, calm, high) in widgets.items():
        seen = colours(widget)
        assert calm.lower() in seen, f"{name}: no {calm} back in normal contrast"
        assert high.lower() not in seen or high.lower() == "#ffffff", name


def test_high_contrast_switches_live_on_every_page(bundled_window, qtbot):
    window = bundled_window
    home(window, qtbot)
    story(window, qtbot)
    film(window, qtbot)
    window.go_home()
    pdf(window, qtbot)
    window.go_home()
    focus_ring(window, qtbot)
    idle_warning(window, qtbot)
    search(window, qtbot)


def search(window, qtbot):
    window.search("trafficking")
    assert window.search_page.hit_ids()
    check_both_ways(
        window,
        qtbot,
        {"words found": (window.search_page.results, CALM.accent_soft, HIGH_CONTRAST.accent_soft)},
    )


def idle_warning(window, qtbot):
    from kiosk.ui.screens.idle_warning import IdleWarning

    warning = IdleWarning(window)
    warning.show()
    warning.raise_()
    check_both_ways(
        window,
        qtbot,
        {
            "still there? card": (warning.title, CALM.text, HIGH_CONTRAST.text),
            "continue": (warning.continue_button, CALM.accent, HIGH_CONTRAST.accent),
        },
    )
    warning.hide()


def home(window, qtbot):
    card = window.resource_cards.cards[0]
    chip = next(b for b in window.chips.findChildren(QWidget) if b.objectName() == "Chip")
    chip.setChecked(True)  # the selected chip: the accent
    check_both_ways(
        window,
        qtbot,
        {
            "resource icon": (card, CALM.accent, HIGH_CONTRAST.accent),  # drawn by the card
            "chip": (chip, CALM.accent, HIGH_CONTRAST.accent),
            "story picture": (
                window.carousel.card.illustration,
                CALM_MAP.highlight,
                HIGH_CONTRAST_MAP.highlight,
            ),
        },
    )


def story(window, qtbot):
    ids = window.store.story_ids("en")
    story = next(c for c in window.store.story_cards(ids, "en") if c.country)
    window.open_story(story.id)
    window.story_page.accept_content_note()
    page = window.story_page
    check_both_ways(
        window,
        qtbot,
        {
            "back": (page.back_button, CALM.text, HIGH_CONTRAST.text),
            "next story": (page.next_button, CALM.text, HIGH_CONTRAST.text),
            "map": (page.hero, CALM_MAP.sea_bottom, HIGH_CONTRAST_MAP.sea_bottom),
        },
    )
    point = page.hero.anchor_point()
    toggle_contrast(window, qtbot, True)
    image = page.hero.grab().toImage()
    assert image.pixelColor(point.toPoint()).name() == HIGH_CONTRAST_MAP.highlight.lower()
    toggle_contrast(window, qtbot, False)


def film(window, qtbot):
    window.open_resource("affected-for-life")
    page = window.page("resource:affected-for-life")
    qtbot.waitUntil(lambda: page.seek_slider.maximum() > 0, timeout=5000)
    controls = {
        "play": (page.play_button, CALM.text, HIGH_CONTRAST.text),
        "back 10 s": (page.back_10, CALM.text, HIGH_CONTRAST.text),
        "mute": (page.mute_button, CALM.text, HIGH_CONTRAST.text),
        "seek bar": (page.seek_slider, CALM.accent, HIGH_CONTRAST.accent),
        "seek track": (page.seek_slider, CALM.border, HIGH_CONTRAST.border),
        "header back": (page.header.back_button, CALM.text, HIGH_CONTRAST.text),
    }
    if page.version_box.isVisible():
        controls["language chooser"] = (page.version_box, CALM.text, HIGH_CONTRAST.text)
    check_both_ways(window, qtbot, controls)


def pdf(window, qtbot):
    window.open_resource("first-aid-kit")
    page = window.page("resource:first-aid-kit")
    qtbot.waitUntil(lambda: page.page_count() > 0, timeout=5000)
    checked = page.fit_page_button if page.fit_page_button.isChecked() else page.fit_button
    check_both_ways(
        window,
        qtbot,
        {
            "next page": (page.next_button, CALM.text, HIGH_CONTRAST.text),
            "zoom in": (page.zoom_in_button, CALM.text, HIGH_CONTRAST.text),
            "checked fit": (checked, CALM.accent_text, HIGH_CONTRAST.accent_text),
            "pages behind": (page.view.viewport(), CALM.backdrop, HIGH_CONTRAST.backdrop),
        },
    )


def focus_ring(window, qtbot):
    ring = KeyboardFocus.install(QApplication.instance())
    button = window.quick_exit_button
    button.setFocus(Qt.FocusReason.TabFocusReason)
    key_in_window(button, Qt.Key.Key_Shift)  # keyboard use: the ring shows
    assert ring.marked() is button
    assert shows(button, CALM.focus)
    window.set_theme(type(window.theme)(high_contrast=True))
    assert shows(button, HIGH_CONTRAST.focus) and not shows(button, CALM.focus)
    window.set_theme(type(window.theme)(high_contrast=False))
    assert shows(button, CALM.focus) and not shows(button, HIGH_CONTRAST.focus)
