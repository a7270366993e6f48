"""The kiosk itself on the edited content: built into a temporary database, any language and shape.

While the preview is open the interface language is the preview's (Qt translates the
whole application at once); closing it brings the studio's language back.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
)

from kiosk.content.edit import ContentFolder
from kiosk.content.problems import ContentError
from kiosk.core.config import MODES
from kiosk.i18n import InterfaceLanguage
from kiosk.studio.fields import Retranslating, form_rows
from kiosk.ui.plain_text import PlainLabel

SHAPES = {
    "1920x1080": (1920, 1080),
    "1080x1920": (1080, 1920),
    "1366x768": (1366, 768),
    "1280x800": (1280, 800),
}


class KioskPreview(QObject):
    """Opens MainWindow on a temporary build of the folder; cleans up when it closes."""

    closed = Signal()

    def __init__(
        self, folder: ContentFolder, studio_language: InterfaceLanguage | None, parent=None
    ):
        super().__init__(parent)
        self.folder = folder
        self.studio_language = studio_language
        self.window = None
        self._temp: Path | None = None
        self._look = None  # the application's style sheet and palette before the preview

    def open(self, lang: str, size: tuple[int, int], mode: str = "kiosk"):
        """The preview window, or raises ContentError when the content does not build."""
        from kiosk.content.build import build_database
        from kiosk.content.store import ContentStore
        from kiosk.ui.assembly import build_main_window

        self.close()
        self._temp = Path(tempfile.mkdtemp(prefix="kiosk-preview-"))
        try:
            db = build_database(self.folder.root, self._temp / "content.db", self.folder.media_root)
            store = ContentStore(db.path, base=self.folder.root.parent)
        except ContentError:
            self._cleanup()
            raise
        app = QApplication.instance()
        from kiosk.ui.theme import Theme

        # The kiosk's look for that mode (as `kiosk --mode` starts it); the studio's own look
        # (perhaps high contrast or larger text) comes back when the preview closes.
        self._look = (app.styleSheet(), app.palette())
        theme = Theme(base_pt=14.0 if mode == "kiosk" else 12.0)
        window = build_main_window(app, store, lang, mode, theme)
        window.icons.load()
        window.resize(*size)
        window.installEventFilter(self)
        window.show()
        self.window = window
        return window

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self._after_close()
        return False

    def close(self) -> None:
        if self.window is not None:
            self.window.close()

    def _after_close(self) -> None:
        window, self.window = self.window, None
        if window is None:
            return
        window.removeEventFilter(self)
        window.language.uninstall()
        window.store.close()
        window.deleteLater()
        if self._look is not None:
            from kiosk.ui.theme import set_style_sheet

            app = QApplication.instance()
            app.setPalette(self._look[1])
            set_style_sheet(app, self._look[0])
            self._look = None
        if self.studio_language is not None:
            self.studio_language.switch(self.studio_language.code or "en")
        self._cleanup()
        self.closed.emit()

    def _cleanup(self) -> None:
        if self._temp is not None:
            shutil.rmtree(self._temp, ignore_errors=True)
            self._temp = None


class PreviewDialog(Retranslating, QDialog):
    """Language, screen shape and mode of the preview."""

    def __init__(self, folder: ContentFolder, parent=None):
        super().__init__(parent)
        self.language = QComboBox()
        for language in folder.languages():
            self.language.addItem(language.name, language.code)
        self.shape = QComboBox()
        for name, size in SHAPES.items():
            self.shape.addItem(name, size)
        self.mode = QComboBox()
        for mode in MODES:
            self.mode.addItem(mode, mode)
        self.note = PlainLabel(wordWrap=True, objectName="Muted")
        self.form = QFormLayout()
        self.form_labels = form_rows(self.form, [self.language, self.shape, self.mode])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.retranslate()

    def choice(self) -> tuple[str, tuple[int, int], str]:
        return self.language.currentData(), self.shape.currentData(), self.mode.currentData()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preview in the kiosk"))
        labels = [self.tr("Language"), self.tr("Screen"), self.tr("Mode")]
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        shapes = [
            self.tr("Landscape kiosk, 1920 × 1080"),
            self.tr("Portrait stand, 1080 × 1920"),
            self.tr("Laptop or projector, 1366 × 768"),
            self.tr("Small laptop, 1280 × 800"),
        ]
        for index, text in enumerate(shapes):
            self.shape.setItemText(index, text)
        modes = [self.tr("Kiosk"), self.tr("Workshop"), self.tr("Desktop")]
        for index, text in enumerate(modes):
            self.mode.setItemText(index, text)
        self.note.setText(
            self.tr(
                "The kiosk opens on your edited content, as visitors will see it. "
                "Close its window to come back."
            )
        )
        self.ok_button.setText(self.tr("Open the preview"))
