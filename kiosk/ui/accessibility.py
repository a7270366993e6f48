"""What screen readers are told beyond Qt's defaults: roles of our own screens, announcements.

Qt gives a plain QWidget the role "filler" (AT-SPI) whatever it shows. `role(cls, r)`
registers the role of a whole screen class (the idle warning is an alert, the PIN pad a
dialog); `install()` adds the interface factory that applies them (call it once, before
the first window). `announce()` asks screen readers to say a short text now (the
carousel's "Story 3 of 34: <title>"). tests/e2e/test_screen_reader.py checks the result
from outside the process, over AT-SPI.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from kiosk.ui import app_filters

# Qt class name (the Python class name) -> the name of the QAccessible.Role its widgets
# get ("Dialog"): a name, so that registering a role at import touches no QAccessible.
_ROLES: dict[str, str] = {}
_installed = False
_factory = None  # the installed factory (Qt holds no reference to a Python callable)


def role(cls: type[QWidget], accessible_role: str) -> None:
    """Widgets of class `cls` are presented with QAccessible.Role.<accessible_role>."""
    _ROLES[cls.__name__] = accessible_role


def install() -> None:
    """Apply the registered roles from now on (once per process).

    While the app holds its set-up until the first frame (kiosk/ui/app_filters.py), the
    factory comes right after it: QAccessible's first use makes PySide6 create its eight
    enum classes (~3 ms), and no screen with a role of its own is shown before then.
    """
    global _installed
    if not _installed:
        _installed = True
        app_filters.after_first_frame(_install_factory)


def _install_factory() -> None:
    global _factory
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAccessibleWidget

    class WithRole(QAccessibleWidget):
        """Qt's own widget interface with another role (a Python subclass, so that the
        interface Qt keeps in its cache is never deleted by Python)."""

    def factory(key: str, obj: QObject):
        name = _ROLES.get(key)
        if name is None or not isinstance(obj, QWidget):
            return None
        return WithRole(obj, getattr(QAccessible.Role, name))

    _factory = factory
    QAccessible.installFactory(factory)


def name_scroll_area(area: QAbstractScrollArea, name: str) -> None:
    """Name a scroll area, its viewport and its scroll bars ("<name>, scroll bar")."""
    area.setAccessibleName(name)
    area.viewport().setAccessibleName(name)
    area.horizontalScrollBar().setAccessibleName(name)
    area.verticalScrollBar().setAccessibleName(name)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Ask screen readers to say `text` (polite: after what they are saying)."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
