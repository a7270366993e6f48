"""The desktop mode's menu bar: language, text size, contrast, administration, about, quit."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QMenu, QWidget

from kiosk.ui.main_window import MainWindow
from kiosk.ui.theme import TEXT_SIZES

if TYPE_CHECKING:  # a message box when one is shown: not before the first frame
    from PySide6.QtWidgets import QMessageBox


class DesktopMenu(QObject):
    """Builds the menu bar on `window` and keeps it translated.

    The bar and its menus' titles are on the first frame; what the menus hold (actions,
    shortcuts, the text size menu) is made just after it (`MainWindow.when_idle`), or
    when a menu first opens (a click or Alt+letter), whichever comes first: QAction,
    QActionGroup and QKeySequence cost the start ~5 ms (their Python types and enums).
    `fill()` makes them at once.
    """

    def __init__(
        self,
        window: MainWindow,
        *,
        open_admin: Callable[[], None],
        about_text: str | Callable[[], str],
        open_studio: Callable[[], None] | None = None,
    ):
        super().__init__(window)
        self.window = window
        self._about_text = about_text
        self._open_admin = open_admin
        self._open_studio = open_studio or self.open_studio
        self.studio: QWidget | None = None
        self._about: QMessageBox | None = None
        self.filled = False
        bar = window.menuBar()
        # addMenu(title): the bar's action for the menu stays in Qt (no QAction before
        # the first frame).
        self.file_menu = bar.addMenu("")
        self.language_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        for menu in (self.file_menu, self.language_menu, self.view_menu, self.help_menu):
            menu.aboutToShow.connect(self.fill)
        window.installEventFilter(self)
        self.retranslate()
        window.when_idle(self.fill)

    def fill(self) -> None:
        """Make the menus' actions (once): the language, text size and contrast ones show
        the window's current choices."""
        if self.filled:
            return
        self.filled = True
        from PySide6.QtGui import QAction, QActionGroup, QKeySequence

        window = self.window
        self.admin_action = QAction(self)
        self.admin_action.triggered.connect(self._open_admin)
        self.studio_action = QAction(self)
        self.studio_action.triggered.connect(self._open_studio)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(window.close)
        self.file_menu.addActions([self.studio_action, self.admin_action, self.quit_action])

        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for language in window.store.languages():
            action = QAction(language.name, self, checkable=True)
            action.triggered.connect(lambda _=False, code=language.code: self._choose(code))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[language.code] = action
        window.language_changed.connect(self._show_language)
        self._show_language(window.lang)

        # View > Text size: the footer's steps; Ctrl++ / Ctrl+- step, Ctrl+0 is normal.
        self.text_size_menu = QMenu(self.view_menu)
        sizes = QActionGroup(self)
        self.text_size_actions: list[QAction] = []
        for step in range(len(TEXT_SIZES)):
            action = QAction(self, checkable=True)
            if step == 0:
                action.setShortcut(QKeySequence("Ctrl+0"))
            action.triggered.connect(lambda _=False, s=step: window.set_text_size(s))
            sizes.addAction(action)
            self.text_size_actions.append(action)
        self.text_size_menu.addActions(self.text_size_actions)
        self.larger_action = QAction(self)
        self.larger_action.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.larger_action.triggered.connect(lambda: self._step_text(1))
        self.smaller_action = QAction(self)
        self.smaller_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.smaller_action.triggered.connect(lambda: self._step_text(-1))
        self.text_size_menu.addSeparator()
        self.text_size_menu.addActions([self.larger_action, self.smaller_action])
        self.contrast_action = QAction(self, checkable=True)
        self.contrast_action.setChecked(window.contrast_button.isChecked())
        self.contrast_action.toggled.connect(window.contrast_button.setChecked)
        window.contrast_button.toggled.connect(self.contrast_action.setChecked)
        self.view_menu.addMenu(self.text_size_menu)
        self.view_menu.addAction(self.contrast_action)
        window.theme_changed.connect(self._show_text_size)
        self._show_text_size()

        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)
        self._retranslate_actions()

    def open_studio(self) -> QWidget | None:
        """The content studio in its own window, on the staff member's content folder."""
        from kiosk.content.edit import EditError
        from kiosk.studio.run import open_studio

        if self.studio is not None and self.studio.isVisible():
            self.studio.raise_()
            self.studio.activateWindow()
            return self.studio
        try:
            self.studio = open_studio(None, self.window.language)
        except (EditError, OSError) as error:
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Content studio"), str(error))
            box.setTextFormat(Qt.TextFormat.PlainText)  # a file name is shown as it is
            box.setParent(self.window, box.windowFlags())
            box.open()
            return None
        self.studio.show()
        return self.studio

    def _step_text(self, by: int) -> None:
        step = self.window.text_size.step() + by
        if 0 <= step < len(self.text_size_actions):
            self.window.set_text_size(step)

    def _show_text_size(self) -> None:
        self.text_size_actions[self.window.text_size.step()].setChecked(True)

    def _choose(self, code: str) -> None:
        self.window.language_bar.language_chosen.emit(code)

    def _show_language(self, code: str) -> None:
        action = self.language_actions.get(code)
        if action is not None:
            action.setChecked(True)

    def show_about(self) -> QMessageBox:
        """Non-blocking About box (version, bundled fonts and libraries with licences)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About"), "", parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        about = self._about_text
        box.setText(about() if callable(about) else about)  # built when asked: not at start
        box.open()
        self._about = box
        return box

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        if self.filled:
            self._retranslate_actions()

    def _retranslate_actions(self) -> None:
        self.admin_action.setText(self.tr("Administration…"))
        self.studio_action.setText(self.tr("Content studio…"))
        self.quit_action.setText(self.tr("Quit"))
        self.text_size_menu.setTitle(self.tr("Text size"))
        for action, name in zip(
            self.text_size_actions,
            (self.tr("Normal text"), self.tr("Larger text"), self.tr("Largest text")),
            strict=True,
        ):
            action.setText(name)
        self.larger_action.setText(self.tr("Larger"))
        self.smaller_action.setText(self.tr("Smaller"))
        self.contrast_action.setText(self.tr("High contrast"))
        self.about_action.setText(self.tr("About"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
