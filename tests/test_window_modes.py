"""Window behaviour per mode: kiosk locks the window down, desktop is a normal window."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QTextEdit
from shiboken6 import delete

from kiosk.ui.pages.story_page import StoryBody
from kiosk.ui.screens.error_screen import ErrorScreen
from kiosk.ui.window_modes import KioskLock, apply_mode, visitor_text_flags

ROOT = Path(__file__).resolve().parents[1]

# The offscreen platform cannot honour every window hint; it says so, harmlessly.
pytestmark = pytest.mark.qt_log_ignore(r"does not support propagateSizeHints")


@pytest.fixture
def restore_cursor():
    yield
    while QGuiApplication.overrideCursor() is not None:
        QGuiApplication.restoreOverrideCursor()


def test_kiosk_mode_is_fullscreen_frameless_without_cursor(qapp, main_window, restore_cursor):
    lock = apply_mode(qapp, main_window, "kiosk")
    try:
        assert main_window.isFullScreen()
        assert main_window.windowFlags() & Qt.WindowType.FramelessWindowHint
        assert QGuiApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor
        # Closing (Alt+F4 from the window manager) is refused; staff quit from the admin panel.
        assert main_window.close() is False and main_window.isVisible()
        alt_f4 = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
        assert lock.eventFilter(main_window, alt_f4) is True
        menu = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), QPoint(5, 5))
        assert lock.eventFilter(main_window.carousel.card, menu) is True
        lock.allow_close = True
        assert main_window.close() is True
    finally:
        lock.remove(qapp)


def test_kiosk_mode_turns_off_text_selection(qapp, main_window, restore_cursor):
    lock = apply_mode(qapp, main_window, "kiosk")
    try:
        main_window.open_story("2011-09-09-queretaro")  # no content note: the text shows
        shown = [
            w
            for w in main_window.findChildren(QTextEdit) + main_window.findChildren(QLabel)
            if w.isVisible()
        ]
        assert any(isinstance(w, QTextEdit) for w in shown)  # the story text
        selectable = Qt.TextInteractionFlag.TextSelectableByMouse
        assert [w for w in shown if w.textInteractionFlags() & selectable] == []
        # A screen made later (the content error screen covering the window) too.
        assert not ErrorScreen("details").details.textInteractionFlags() & selectable
    finally:
        lock.allow_close = True
        lock.remove(qapp)
    # Outside a kiosk the details can be selected (and copied) as before.
    assert ErrorScreen("details").details.textInteractionFlags() & selectable


def test_the_text_rule_belongs_to_the_installed_lock(qapp):
    """No selection while a lock is installed, selection again once it is gone: removed,
    or deleted with its window (no state outlives the lock)."""
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    assert KioskLock.installed() is None and visitor_text_flags(selectable) == selectable
    first, second = QMainWindow(), QMainWindow()
    lock = KioskLock(first)
    lock.install(qapp)
    assert KioskLock.installed() is lock
    assert visitor_text_flags(selectable) == Qt.TextInteractionFlag.NoTextInteraction
    KioskLock(second).remove(qapp)  # another window's lock, never installed: no change
    assert KioskLock.installed() is lock
    lock.remove(qapp)
    assert KioskLock.installed() is None and visitor_text_flags(selectable) == selectable
    lock = KioskLock(second)
    lock.install(qapp)
    assert visitor_text_flags(selectable) == Qt.TextInteractionFlag.NoTextInteraction
    from kiosk.ui import app_filters

    app_filters.remove_from_windows(qapp, lock)  # the window filters, not the text rule
    delete(second)  # the window goes, and its lock with it
    assert KioskLock.installed() is None and visitor_text_flags(selectable) == selectable
    delete(first)


def right_click(window, widget) -> QMenu | None:
    """A right click as the platform sends it (through the window); the menu it opened."""
    point = widget.mapTo(window, widget.rect().center())
    QTest.mouseClick(
        window.windowHandle(), Qt.MouseButton.RightButton, Qt.KeyboardModifier(0), point
    )
    QApplication.processEvents()
    menu = QApplication.activePopupWidget()
    if menu is not None:
        menu.close()
    return menu


# The offscreen platform cannot raise the desktop's menu or grab the keyboard for it.
@pytest.mark.qt_log_ignore(r"does not support (raise|grabbing the keyboard)")
def test_kiosk_mode_opens_no_context_menu(qapp, main_window, restore_cursor):
    field = main_window.search_field
    assert isinstance(right_click(main_window, field), QMenu)  # desktop: the edit menu
    lock = apply_mode(qapp, main_window, "kiosk")
    try:
        assert right_click(main_window, field) is None
        main_window.open_story("2011-09-09-queretaro")
        body = main_window.story_page.findChild(StoryBody)
        assert right_click(main_window, body) is None
        # Alt+F4 reaches no widget (the window swallows it).
        seen = []
        probe = KeySpy(seen)
        main_window.installEventFilter(probe)
        QTest.keyClick(main_window.windowHandle(), Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
        QTest.keyClick(main_window.windowHandle(), Qt.Key.Key_F5)
        main_window.removeEventFilter(probe)
        assert Qt.Key.Key_F4 not in seen and Qt.Key.Key_F5 in seen
    finally:
        lock.allow_close = True
        lock.remove(qapp)
    assert isinstance(right_click(main_window, field), QMenu)


class KeySpy(QObject):
    def __init__(self, seen: list):
        super().__init__()
        self.seen = seen

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            self.seen.append(Qt.Key(event.key()))
        return False


def test_the_kiosk_lock_is_not_called_for_every_event(
    qapp, main_window, restore_cursor, monkeypatch
):
    """A language switch delivers ~1,000 events to widgets; the lock filters only the
    windows' input and the main window's own events (an application filter saw them all)."""
    calls = []
    monkeypatch.setattr(
        KioskLock, "eventFilter", lambda self, w, e: calls.append(e.type()) or False
    )
    lock = apply_mode(qapp, main_window, "kiosk")
    try:
        QApplication.processEvents()
        calls.clear()
        for code in ("fr", "ar", "zh"):
            main_window.language_bar.buttons[code].click()
            QApplication.processEvents()
        assert len(calls) < 60, calls
    finally:
        lock.allow_close = True
        lock.remove(qapp)


def test_text_widgets_made_selectable_take_their_flags_from_the_kiosk_rule():
    """Selection is turned off where text widgets are made (window_modes.visitor_text_flags):
    a selectable text widget made another way would be selectable on a locked kiosk."""
    offenders = []
    for path in sorted((ROOT / "kiosk" / "ui").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == (
                "setTextInteractionFlags"
            ):
                text = ast.get_source_segment(source, node) or ""
                if re.search(r"Selectable|TextBrowserInteraction|TextEditorInteraction", text) and (
                    "visitor_text_flags" not in text
                ):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            named = {getattr(n, "id", getattr(n, "attr", "")) for n in ast.walk(node)}
            if (
                isinstance(node, ast.ClassDef | ast.Call)
                and named & {"QTextEdit", "QTextBrowser", "QPlainTextEdit"}
                and "visitor_text_flags" not in source
                and path.name != "window_modes.py"
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} (selectable by default)")
    assert offenders == []


def test_workshop_is_fullscreen_with_a_cursor(qapp, main_window, restore_cursor):
    assert apply_mode(qapp, main_window, "workshop") is None
    assert main_window.isFullScreen()
    assert QGuiApplication.overrideCursor() is None


def test_desktop_menu_switches_language_and_is_translated(qapp, main_window, qtbot):
    from kiosk.ui.desktop_menu import DesktopMenu

    menu = DesktopMenu(main_window, open_admin=lambda: None, about_text="Awareness Kiosk 1.0")
    menu.fill()
    menu.language_actions["fr"].trigger()
    assert main_window.lang == "fr"
    assert menu.file_menu.title() == "&Fichier"
    assert menu.language_actions["fr"].isChecked()
    menu.text_size_actions[2].trigger()
    assert main_window.text_size.step() == 2 and main_window.theme.scale == 1.5
    assert menu.text_size_menu.title() == "Taille du texte"
    main_window.text_size.buttons[1].click()  # the footer and the menu agree
    assert menu.text_size_actions[1].isChecked() and main_window.theme.scale == 1.3
    menu.smaller_action.trigger()
    assert main_window.theme.scale == 1.0 and menu.text_size_actions[0].isChecked()
    box = menu.show_about()
    assert "Awareness Kiosk 1.0" in box.text() and box.isVisible()  # open(): never blocks
    box.close()


# A menu popping up on the offscreen platform: no raise, no keyboard grab (harmless).
@pytest.mark.qt_log_ignore(r"does not support (propagateSizeHints|raise|grabbing the keyboard)")
def test_desktop_menus_are_filled_after_the_first_frame_or_when_first_opened(
    qapp, main_window, window_factory, sample_store, qtbot
):
    """The bar and its titles are on the first frame; the menus' actions come right after
    it (warm_caches), or when a menu is first opened, and show the choices of the moment."""
    from kiosk.ui.desktop_menu import DesktopMenu

    menu = DesktopMenu(main_window, open_admin=lambda: None, about_text="")
    titles = [action.text() for action in main_window.menuBar().actions()]
    assert titles == ["&File", "&Language", "&View", "&Help"]
    assert not menu.filled and menu.language_menu.actions() == []
    main_window.set_language("fr")  # choices made before the fill are shown once filled
    main_window.contrast_button.setChecked(True)
    main_window.set_text_size(2)
    main_window.warm_caches()  # what the kiosk runs after its first frame
    qtbot.waitUntil(lambda: menu.filled)
    assert menu.language_actions["fr"].isChecked() and menu.contrast_action.isChecked()
    assert menu.text_size_actions[2].isChecked()
    assert [action.text() for action in menu.file_menu.actions()] == [
        "Studio de contenu…",
        "Administration…",
        "Quitter",
    ]
    main_window.contrast_button.setChecked(False)
    assert not menu.contrast_action.isChecked()
    # The shortcuts work with no menu opened: Ctrl+0 is normal text.
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    QTest.keyClick(main_window.focusWidget(), Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert main_window.text_size.step() == 0 and menu.text_size_actions[0].isChecked()
    late = DesktopMenu(main_window, open_admin=lambda: None, about_text="")
    assert late.filled  # made after the first frame: filled at once

    window = window_factory(sample_store)
    opened = DesktopMenu(window, open_admin=lambda: None, about_text="")
    assert not opened.filled
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    bar = window.menuBar()
    title = bar.actionGeometry(opened.language_menu.menuAction()).center()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=title)
    qtbot.waitUntil(opened.language_menu.isVisible)
    assert opened.filled  # filled as it opened, before it was shown
    names = [action.text() for action in opened.language_menu.actions()]
    assert names == [language.name for language in window.store.languages()]
    assert opened.language_actions["en"].isChecked()
    opened.language_menu.hide()
