"""Which layout suits the window: chosen from its size and the text scale, not from the mode.

- "wide": a large landscape window at normal text size (1920x1080 and up): the header
  on one row, the story card with its picture beside the text, the guides in one row
  under the carousel;
- "compact": a smaller landscape window (1280x720 to 1440x900), or any landscape
  window with larger text: the guides move to a column beside the carousel so the
  story card keeps its height;
- "portrait": a window taller than wide (a kiosk stand): the header on two rows, the
  story card stacked (picture above text), the guides in a 2- or 3-column grid.
"""

from __future__ import annotations

WIDE, COMPACT, PORTRAIT = "wide", "compact", "portrait"

# The smallest window (at text scale 1) that gets the wide layout.
WIDE_MIN = (1600, 1000)


def shape_for(width: int, height: int, text_scale: float = 1.0) -> str:
    """The layout for a window `width` x `height` px at `text_scale`."""
    if height > width:
        return PORTRAIT
    if width >= WIDE_MIN[0] * text_scale and height >= WIDE_MIN[1] * text_scale:
        return WIDE
    return COMPACT
