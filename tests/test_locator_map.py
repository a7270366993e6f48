"""Locator maps: every story with a country is drawn with that country highlighted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor

from kiosk.content.store import ContentStore
from kiosk.core import locate
from kiosk.ui.icons import Icons
from kiosk.ui.widgets.locator_map import CALM_MAP, HIGH_CONTRAST_MAP, LocatorMap, shared_painter


def bundled_countries() -> list[tuple[str, str]]:
    store = ContentStore(locate.bundled_database(), locate.resources_root())
    try:
        return sorted({(card.id, card.country) for card in store.stories("en") if card.country})
    finally:
        store.close()


def pixel_at_anchor(widget: LocatorMap) -> QColor:
    image = widget.grab().toImage()
    point = widget.anchor_point()
    assert point is not None
    return image.pixelColor(round(point.x()), round(point.y()))


@pytest.fixture
def map_widget(qtbot):
    widget = LocatorMap(Icons(), radius=0)
    qtbot.addWidget(widget)
    widget.resize(480, 360)
    return widget


def test_the_bundled_content_has_stories_with_countries():
    assert len(bundled_countries()) >= 10


@pytest.mark.parametrize(("story_id", "iso"), bundled_countries())
def test_every_story_country_is_highlighted_at_its_centre(map_widget, story_id, iso):
    map_widget.show_story(story_id, iso, "Label", ())
    assert map_widget.shows_map
    assert pixel_at_anchor(map_widget) == QColor(CALM_MAP.highlight)


@pytest.mark.parametrize("size", [QSize(220, 160), QSize(900, 500), QSize(400, 700)])
def test_small_and_large_pictures_keep_the_highlight(map_widget, size):
    for iso in ("LB", "BS", "MX", "KH"):
        map_widget.resize(size)
        map_widget.show_story("x", iso, "", ())
        assert pixel_at_anchor(map_widget) == QColor(CALM_MAP.highlight), iso


def test_high_contrast_variant(map_widget):
    map_widget.set_high_contrast(True)
    map_widget.show_story("x", "AL", "Albania", ())
    assert pixel_at_anchor(map_widget) == QColor(HIGH_CONTRAST_MAP.highlight)
    image = map_widget.grab().toImage()
    colors = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 8)
        for y in range(0, image.height(), 8)
    }
    assert {HIGH_CONTRAST_MAP.sea_top, HIGH_CONTRAST_MAP.land.lower()} <= colors
    assert CALM_MAP.land.lower() not in colors


def test_geography_is_never_mirrored(map_widget):
    map_widget.show_story("x", "PT", "البرتغال", ())
    ltr = map_widget.grab().toImage()
    map_widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    shared_painter()._cache.clear()
    rtl = map_widget.grab().toImage()
    point = map_widget.anchor_point()
    assert rtl.pixelColor(point.toPoint()) == QColor(CALM_MAP.highlight)
    # Portugal is on the west (left) of its frame whatever the interface direction.
    assert point.x() < map_widget.width() / 2
    assert ltr == rtl


def test_a_story_without_a_country_shows_its_topic(map_widget):
    map_widget.show_story("x", None, "", ("children",))
    assert not map_widget.shows_map
    assert map_widget.anchor_point() is None
    assert map_widget.accessibleName() == ""
    map_widget.show_story("x", "QQ", "", ("children",))  # not on the map: the topic too
    assert not map_widget.shows_map
