"""A scroll area's viewport made in Python, for scroll areas built before the first frame.

`QAbstractScrollArea.viewport()` on the viewport Qt made itself hands Python a QWidget*
it has never seen: PySide6 then works out its most derived type by trying every
QtWidgets class, creating the Python type and enums of each (about 80 enum classes,
~11 ms of CPU the first time in a process). A viewport made here is a Python object
from the start, so `viewport()` returns it as is.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QWidget


def own_viewport(area: QAbstractScrollArea, viewport: QWidget | None = None) -> QWidget:
    """Give `area` a viewport made in Python (`viewport`, or a plain QWidget), set up as
    Qt sets up its own; return it.

    Call it before `setWidget`: the viewport Qt made is deleted with its children.
    """
    viewport = viewport if viewport is not None else QWidget()
    # As QAbstractScrollAreaPrivate::init() sets up the viewport it makes.
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    area.setViewport(viewport)  # the area takes it and deletes the one Qt made
    return viewport
