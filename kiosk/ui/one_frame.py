"""A change to a window shown in one paint: painting held while it changes, laid out, painted once.

A language switch changes the text of nearly every widget. Left to Qt, the window was
painted twice (measured, issue 17): the window's first UpdateRequest, posted at the first
text change, was delivered before the LayoutRequests that the first layouts post to
their parents (header, footer, chip rows, story card, resource cards), so the first
paint showed the new texts in the old geometry and a second one repainted the 45-90
widgets that moved; a label shown during the change (the story card's fallback note)
asked for its paint with a posted UpdateLater, one more paint after the layouts.

`one_frame(window)` holds the window's painting (`setUpdatesEnabled(False)`: Qt then
ignores every `update()` in it), lets the change happen, delivers the layout requests
hop by hop until none is left (each hop posts the next: a child's layout asks its
parent's, a scroll area resizes its inner widget) and the UpdateLaters, then lets the
window paint again, which repaints it once, in its final geometry.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

# Rounds of posted layout requests delivered before the paint. A request posted while
# one is delivered waits for the next round; the chain is as long as the widget tree is
# deep where sizes changed (measured: 3-4 rounds for a language switch, the fifth finds
# none). An empty round costs a few microseconds.
LAYOUT_ROUNDS = 12


@contextmanager
def one_frame(window: QWidget) -> Iterator[None]:
    """Within the block, changes to `window` are not painted; after it, one paint shows them
    all, laid out. A hidden window (still being built) paints nothing anyway, and nested
    use (or a window whose painting is already held) holds nothing more."""
    if not window.isVisible() or not window.updatesEnabled():
        yield
        return
    window.setUpdatesEnabled(False)
    try:
        yield
        lay_out_posted()
    finally:
        window.setUpdatesEnabled(True)  # posts one update of the whole window


def lay_out_posted() -> None:
    """Deliver the posted layout requests until none is left, then the posted UpdateLaters."""
    for _ in range(LAYOUT_ROUNDS):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateLater)
