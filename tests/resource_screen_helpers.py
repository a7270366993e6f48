"""For the resource pages' layout tests: the self-test's screens of one resource kind in
the bundled content, and a widget's place in its window."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect


def in_window(widget, window) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def bundled_resource_screens(prefix: str) -> list:
    """The self-test's resource screens whose names start with `prefix` ("film", "document")."""
    from kiosk.core.store_choice import open_store
    from kiosk.selftest.resource_screens import resource_screens

    store, error = open_store(None)
    assert store is not None, error
    try:
        screens = [screen for screen in resource_screens(store) if screen.name.startswith(prefix)]
    finally:
        store.close()
    assert screens, f"the bundled content has a {prefix}"
    return screens
