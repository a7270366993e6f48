"""What a widget paints, read from its pixels as a visitor would see it."""

from __future__ import annotations


def chevron_points_left(button) -> bool:
    """Whether the chevron painted on enabled `button` points left: on the middle row of its
    ink (opaque dark pixels: the glyph, not the lighter ring round it), the ink sits at the
    left end."""
    image = button.grab().toImage()
    ink = [
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 128 and image.pixelColor(x, y).lightness() < 80
    ]
    assert ink, "no chevron painted"
    top = min(y for _, y in ink)
    bottom = max(y for _, y in ink)
    left = min(x for x, _ in ink)
    right = max(x for x, _ in ink)
    middle = [x for x, y in ink if y == (top + bottom) // 2]
    return sum(middle) / len(middle) < (left + right) / 2
