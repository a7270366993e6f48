"""A guide card draws its icon itself, where a 40 px label beside the title drew it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.theme import CALM


def accent_box(card) -> tuple[int, int, int, int] | None:
    """The bounding box (left, top, right, bottom) of the card's pixels in the accent."""
    QApplication.processEvents()
    image = card.grab().toImage()
    accent = CALM.accent.lower()
    found = [
        (x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).name() == accent
    ]
    if not found:
        return None
    xs, ys = [x for x, _ in found], [y for _, y in found]
    return min(xs), min(ys), max(xs), max(ys)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_icon_is_drawn_beside_the_title_on_its_reading_side(main_window, lang):
    window = main_window
    window.set_language(lang)
    window.resize(1280, 800)
    QApplication.processEvents()
    for card in window.resource_cards.cards:
        # The title is the card's only child widget: the icon is no widget of its own.
        assert [w for w in card.findChildren(QWidget) if w.parent() is card] == [card.title]
        rect = card.icon_rect()
        assert (rect.width(), rect.height()) == (36, 36)
        # Centred in the card's height, 12 px from the title, 14 px from the card's edge.
        assert abs(rect.center().y() - card.height() // 2) <= 1
        title = card.title.geometry()
        if lang == "ar":
            assert rect.right() == card.width() - 1 - 14
            assert title.right() + 1 + 12 + 4 == rect.left()
        else:
            assert rect.left() == 14
            assert rect.right() + 1 + 4 + 12 == title.left()
        box = accent_box(card)
        assert box is not None, "no icon drawn"
        left, top, right, bottom = box
        assert rect.left() <= left and right <= rect.right(), (box, rect)
        assert rect.top() <= top and bottom <= rect.bottom(), (box, rect)


def test_the_icon_follows_the_card_into_the_other_direction(main_window):
    window = main_window
    window.resize(1280, 800)
    window.set_language("en")
    QApplication.processEvents()
    card = window.resource_cards.cards[0]
    left = card.icon_rect()
    window.set_language("ar")
    QApplication.processEvents()
    assert card.layoutDirection() == Qt.LayoutDirection.RightToLeft
    right = card.icon_rect()
    assert left.left() < card.width() // 2 < right.left()
    box = accent_box(card)
    assert box is not None and box[0] >= right.left()
