"""Window behaviour per mode: kiosk locks the window down, desktop is a normal window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QLabel, QTextEdit

from kiosk.ui.window_modes import apply_mode

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
        qapp.removeEventFilter(lock)


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
    finally:
        lock.allow_close = True
        qapp.removeEventFilter(lock)


def test_workshop_is_fullscreen_with_a_cursor(qapp, main_window, restore_cursor):
    assert apply_mode(qapp, main_window, "workshop") is None
    assert main_window.isFullScreen()
    assert QGuiApplication.overrideCursor() is None


def test_desktop_menu_switches_language_and_is_translated(qapp, main_window, qtbot):
    from kiosk.ui.desktop_menu import DesktopMenu

    menu = DesktopMenu(main_window, open_admin=lambda: None, about_text="Awareness Kiosk 1.0")
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
