"""The PIN pad and the admin panel follow the text size, as every visitor screen does.

Staff open them over a kiosk whose visitor chose the largest text (or whose settings
start with it): their type and their touch targets grow with it, and nothing is cut
(the self-test's layout audit) on a laptop and a portrait stand, in the six languages
(Arabic mirrored), in both themes. On a short screen the PIN pad puts its keypad beside
its title instead of shrinking the keys. Before: both screens kept 22/14/28 pt and
96 px keys whatever the text size.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.selftest.screen import Screen
from kiosk.ui.screens.admin_panel import AdminPanel
from kiosk.ui.screens.pin_pad import PinPad
from kiosk.ui.theme import TEXT_SIZES

LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
SIZES = [(1366, 768), (1080, 1920)]
SCALES = [TEXT_SIZES[0], TEXT_SIZES[-1]]
# The largest text step is 1.5x: type, keys and icons at least 1.4x (whole px).
GROWTH = 1.4


def staff_screens(visits: int) -> list[Screen]:
    """The self-test's PIN pad and admin panel screens (a KioskOperation in kiosk mode),
    made once the self-test has built its window, closed after the last of `visits`."""
    made: dict[str, object] = {}
    left: list[str] = []

    def screen(window, name: str) -> Screen:
        if not made:
            from kiosk.selftest.kiosk_screens import KioskScreens

            made["kiosk"] = KioskScreens(QApplication.instance(), window)
            made.update({s.name: s for s in made["kiosk"].screens()})
        return made[name]

    def leave(window, name: str) -> None:
        screen(window, name).leave(window)
        left.append(name)
        if len(left) == 2 * visits:
            made["kiosk"].close()

    return [
        Screen(name, lambda w, n=name: screen(w, n).enter(w), lambda w, n=name: leave(w, n))
        for name in ("pin-pad", "admin")
    ]


def measure(window) -> tuple[str, dict[str, float]]:
    """What grows on the staff screen shown: type (font px) and targets (px)."""
    pads = [pad for pad in window.findChildren(PinPad) if pad.isVisible()]
    if pads:
        pad = pads[0]
        key = pad.keys["5"]
        return "pin-pad", {
            "title type": pad.title.fontInfo().pixelSize(),
            "message type": pad.message.fontInfo().pixelSize(),
            "key type": key.fontInfo().pixelSize(),
            "Cancel type": pad.cancel.fontInfo().pixelSize(),
            "key side": min(key.width(), key.height()),
            "Enter key icon": pad.ok.iconSize().width(),
            "Cancel height": pad.cancel.height(),
        }
    (panel,) = [panel for panel in window.findChildren(AdminPanel) if panel.isVisible()]
    number, label = panel.figure_labels["session_start"]
    return "admin", {
        "title type": panel.title.fontInfo().pixelSize(),
        "section type": panel.usage_title.fontInfo().pixelSize(),
        "figure type": number.fontInfo().pixelSize(),
        "figure label type": label.fontInfo().pixelSize(),
        "button type": panel.close_button.fontInfo().pixelSize(),
    }


@pytest.mark.slow
@pytest.mark.parametrize("high", [False, True], ids=["normal", "high-contrast"])
def test_pin_pad_and_admin_panel_grow_with_the_text_size(qapp, high):
    from kiosk.selftest.run import run_self_test

    seen: dict[tuple, dict[str, float]] = {}

    def inspect(window) -> list[str]:
        name, figures = measure(window)
        scale = window.theme.text_scale
        seen[(name, window.width(), window.height(), window.lang, scale)] = figures
        return []

    lines: list[str] = []
    code = run_self_test(
        None,
        screens=staff_screens(len(SIZES) * len(SCALES) * len(LANGUAGES)),
        size=SIZES,
        text_scales=SCALES,
        contrasts=[high],
        say=lines.append,
        inspect=inspect,
    )
    # The layout audit: nothing cut or overlapping, every target at least 48 px.
    assert code == 0, "\n".join(line for line in lines if line.startswith("FAIL"))
    assert len(seen) == 2 * len(SIZES) * len(SCALES) * len(LANGUAGES), sorted(seen)
    problems = []
    for (name, width, height, lang, scale), large in seen.items():
        if scale == SCALES[0]:
            continue
        normal = seen[(name, width, height, lang, SCALES[0])]
        for what, value in large.items():
            # Buttons are as tall as their text or 48 px (the house rule): Cancel grows less.
            least = 1.05 if what == "Cancel height" else GROWTH
            if value < least * normal[what]:
                problems.append(
                    f"{name} {width}x{height} {lang}: {what} {normal[what]} -> {value} px"
                    f" at text {scale:g} (< {least}x)"
                )
    assert not problems, "\n".join(problems)
