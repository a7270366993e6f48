"""The First Aid Kit page lines up with the rest of the kiosk: its Back button, page
view and controls keep the side margins of the window's title and footer (they were
~10 px from the edge while the header had 48 px), at every shape and text size, in
every language. Measured through the self-test, which also runs the layout audit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect


def in_window(widget, window) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def side_of(box: QRect, window) -> int:
    """Distance from the reading direction's starting edge."""
    return window.width() - box.right() - 1 if window.isRightToLeft() else box.left()


@pytest.mark.slow
def test_the_document_page_keeps_the_headers_side_margins(qapp):
    from kiosk.core.store_choice import open_store
    from kiosk.selftest.resource_screens import resource_screens
    from kiosk.selftest.run import run_self_test

    store, error = open_store(None)
    assert store is not None, error
    try:
        screens = [s for s in resource_screens(store) if s.name.startswith("document")]
    finally:
        store.close()
    assert screens, "the bundled content has a document"
    seen = []

    def inspect(window):
        page = window.pages.currentWidget()
        seen.append(page)
        where = f"{window.width()}x{window.height()}/{window.theme.text_scale:g}/{window.lang}"
        header = side_of(in_window(window.title, window), window)
        problems = []
        for part in (page.header.back_button, page.stack, page.controls):
            side = side_of(in_window(part, window), window)
            if side != header:
                name = part.objectName() or type(part).__name__
                problems.append(f"{where}: {name} is {side} px from the side, the header {header}")
        return problems

    lines: list[str] = []
    sizes = [(1366, 768), (1080, 1920), (1920, 1080)]
    code = run_self_test(
        None, screens=screens, size=sizes, text_scales=[1.0, 1.5], say=lines.append, inspect=inspect
    )
    assert code == 0, "\n".join(line for line in lines if line.startswith("FAIL"))
    assert len(seen) == 6 * len(sizes) * 2 * len(screens), lines
