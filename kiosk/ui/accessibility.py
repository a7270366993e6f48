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
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAccessibleWidget, QWidget

# Qt class name (the Python class name) -> the role its widgets get.
_ROLES: dict[str, QAccessible.Role] = {}
_installed = False


class _WithRole(QAccessibleWidget):
    """Qt's own widget interface with another role (a Python subclass, so that the
    interface Qt keeps in its cache is never deleted by Python)."""


def role(cls: type[QWidget], accessible_role: QAccessible.Role) -> None:
    """Widgets of class `cls` are presented with `accessible_role`."""
    _ROLES[cls.__name__] = accessible_role


def _factory(key: str, obj: QObject):
    accessible_role = _ROLES.get(key)
    if accessible_role is None or not isinstance(obj, QWidget):
        return None
    return _WithRole(obj, accessible_role)


def install() -> None:
    """Apply the registered roles from now on (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def name_scroll_area(area: QAbstractScrollArea, name: str) -> None:
    """Name a scroll area, its viewport and its scroll bars ("<name>, scroll bar")."""
    area.setAccessibleName(name)
    area.viewport().setAccessibleName(name)
    area.horizontalScrollBar().setAccessibleName(name)
    area.verticalScrollBar().setAccessibleName(name)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Ask screen readers to say `text` (polite: after what they are saying)."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
