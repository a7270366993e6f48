"""WCAG 2.1 AA in both themes: text 4.5:1, large text and UI parts 3:1.

The colour pairs come from the theme (kiosk/ui/contrast.py reads them out of the style
sheet and the palette); the maps and topic pictures are measured on drawn pixels.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QImage

from kiosk.ui import contrast
from kiosk.ui.contrast import TEXT, UI, contrast_ratio, style_pairs, style_rules, theme_pairs
from kiosk.ui.icons import Icons
from kiosk.ui.screens import attract_screen
from kiosk.ui.theme import CALM, HIGH_CONTRAST, Theme, reset_look
from kiosk.ui.widgets.locator_map import (
    CALM_MAP,
    HIGH_CONTRAST_MAP,
    LocatorMap,
    MapPainter,
    _country_paths,
    _transform,
)

THEMES = pytest.mark.parametrize("high", [False, True], ids=["normal", "high-contrast"])


def test_the_ratio_is_wcag_s():
    assert contrast_ratio("#FFFFFF", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#0B5CAB", "#0B5CAB") == 1.0
    assert contrast_ratio("#000000", "#FFFFFF") == contrast_ratio("#FFFFFF", "#000000")


@THEMES
def test_every_colour_of_the_style_sheet_is_read(qapp, high):
    """The parser sees every rule and every colour the real style sheet uses."""
    sheet = Theme(high_contrast=high).stylesheet()
    rules = style_rules(high)
    selectors = sum(len(head.split(",")) for head in re.findall(r"([^{}]+)\{", sheet))
    assert len(rules) == selectors
    used = {token for _, declarations in rules for v in declarations.values() for token in
            re.findall(r"@(\w+)", v)}  # fmt: skip
    colors = HIGH_CONTRAST if high else CALM
    shown = {getattr(colors, name) for name in used}
    assert shown == set(re.findall(r"#[0-9A-Fa-f]{6}\b", sheet)) - {"#Header", "#Footer"}
    # Every colour but the decorative divider takes part in at least one judged pair, or
    # is used only for disabled controls (WCAG exempts them: the PIN pad's keys while off).
    judged = {name for pair in style_pairs(high) for name in (pair.fg, pair.bg)}
    disabled = {token for selector, declarations in rules if ":disabled" in selector
                for v in declarations.values() for token in re.findall(r"@(\w+)", v)}  # fmt: skip
    assert used - judged <= {"divider"} | disabled


@THEMES
def test_every_pair_meets_wcag_aa(qapp, high):
    pairs = theme_pairs(high)
    assert len(pairs) > 100
    failing = [str(pair) for pair in pairs if not pair.ok]
    assert not failing, "\n".join(failing)


def test_a_failing_colour_would_be_found(qapp):
    grey = replace(CALM, muted="#9A9A9A", border="#D0D0D0", accent_soft="#5A6B7F")
    failing = {(p.where, p.fg, p.bg) for p in style_pairs(False, grey) if not p.ok}
    assert ("#Muted", "muted", "window") in failing  # small grey text
    assert ("QLineEdit", "border", "surface") in failing  # a field's outline
    assert ("QPushButton:pressed", "text", "accent_soft") in failing  # a state's text


def test_each_theme_lowest_pair_is_reported(qapp):
    report = contrast.report()
    assert "== normal:" in report and "== high contrast:" in report
    assert "FAIL" not in report


# -- drawn pictures ---------------------------------------------------------------------


def mode_around(image: QImage, point: QPointF, radius: int = 2) -> QColor:
    """The commonest colour in a small square (a graticule line may cross the point)."""
    counts: dict[str, int] = {}
    for dx in range(-radius, radius + 1):
        for dy in range(-radius, radius + 1):
            name = image.pixelColor(round(point.x()) + dx, round(point.y()) + dy).name()
            counts[name] = counts.get(name, 0) + 1
    return QColor(max(counts, key=counts.get))


@THEMES
@pytest.mark.parametrize(("iso", "neighbour"), [("PT", "ES"), ("MX", "US"), ("KH", "TH")])
def test_map_land_country_and_sea_stand_apart(qapp, high, iso, neighbour):
    """Measured on the drawn map: land on sea, the story's country on land and sea, 3:1."""
    painter = MapPainter()
    size = QSize(480, 360)
    image = painter.locator(iso, "", size, 1.0, high_contrast=high).toImage()
    rect = QRectF(0, 0, size.width(), size.height())
    frame = painter.atlas.frame(iso, rect.width() / rect.height())
    where = _transform(frame, rect)
    country = where.map(QPointF(*painter.atlas.country(iso).anchor))
    land = where.map(QPointF(*painter.atlas.country(neighbour).anchor))
    colours = HIGH_CONTRAST_MAP if high else CALM_MAP
    highlight = mode_around(image, country).name()
    land_colour = mode_around(image, land).name()
    assert highlight == colours.highlight.lower()
    assert land_colour == colours.land.lower()
    # The sea: points of a grid with no country within 4 px (the gradient: every row).
    back, _ = where.inverted()
    paths = list(_country_paths().values())
    seas = set()
    for x in range(8, size.width() - 8, 24):
        for y in range(8, size.height() - 8, 12):
            box = back.mapRect(QRectF(x - 4, y - 4, 8, 8))
            if not any(path.intersects(box) for path in paths):
                seas.add(mode_around(image, QPointF(x, y)).name())
    assert seas, "no sea found"
    for sea in seas:
        assert contrast_ratio(land_colour, sea) >= UI, (sea, land_colour)
        assert contrast_ratio(highlight, sea) >= UI, (sea, highlight)
    assert contrast_ratio(highlight, land_colour) >= UI
    assert contrast_ratio(colours.label, colours.halo) >= TEXT  # the country's name


@THEMES
def test_map_sea_colours_meet_3_to_1_against_land(high):
    colours = HIGH_CONTRAST_MAP if high else CALM_MAP
    for sea in (colours.sea_top, colours.sea_bottom):
        assert contrast_ratio(colours.land, sea) >= UI
        assert contrast_ratio(colours.highlight, sea) >= UI
    assert contrast_ratio(colours.highlight, colours.land) >= UI


@THEMES
@pytest.mark.parametrize("seed", ["a", "bb", "ccc", "dddd", "eeeee"])  # every calm blue
def test_topic_picture_symbol_and_ring_stand_out(qapp, high, seed):
    """Measured: the topic symbol on its disc, the disc's ring on the sea around it."""
    icons = Icons()
    icons.load()
    size = QSize(400, 300)
    image = MapPainter().topic(("children",), seed, size, 1.0, icons, high_contrast=high).toImage()
    colours = HIGH_CONTRAST_MAP if high else CALM_MAP
    centre = QPointF(size.width() / 2, size.height() / 2)
    side = min(size.width(), size.height())

    def around(radius: float) -> list[str]:
        import math

        return [
            image.pixelColor(
                round(centre.x() + radius * math.cos(a / 10)),
                round(centre.y() + radius * math.sin(a / 10)),
            ).name()
            for a in range(63)
        ]

    symbol = colours.highlight.lower()
    assert symbol in {
        image.pixelColor(x, y).name() for x in range(150, 250) for y in range(100, 200)
    }
    for disc in around(side * 0.2):  # between the symbol and the ring
        assert contrast_ratio(symbol, disc) >= UI, disc
    for sea in around(side * 0.34):  # outside the ring
        assert contrast_ratio(symbol, sea) >= UI, sea


def test_the_attract_loop_colours_meet_wcag_aa():
    """The attract loop is drawn on the campaign blues in both themes."""
    for background in (attract_screen.CAMPAIGN_BLUE, attract_screen.DEEP_BLUE):
        assert contrast_ratio("#FFFFFF", background) >= TEXT
        assert contrast_ratio(attract_screen.PROMPT_COLOR, background) >= TEXT


@THEMES
def test_a_map_widget_follows_the_theme_it_is_shown_in(qapp, qtbot, high):
    Theme(high_contrast=high).apply(qapp)
    try:
        widget = LocatorMap(Icons(), radius=0)
        qtbot.addWidget(widget)
        widget.resize(480, 360)
        widget.show_story("x", "AL", "", ())
        image = widget.grab().toImage()
        point = widget.anchor_point()
        wanted = (HIGH_CONTRAST_MAP if high else CALM_MAP).highlight
        assert image.pixelColor(point.toPoint()).name() == wanted.lower()
    finally:
        reset_look(qapp)
