"""A crisp QR code for an address, drawn from segno's module matrix (no network, no files)."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

# Light modules around the symbol that scanners need (the QR standard asks for 4).
QUIET_ZONE = 4


def qr_matrix(text: str) -> list[list[bool]]:
    """Dark (True) and light modules of a regular QR symbol for `text`, without quiet zone."""
    code = segno.make(text, error="m", micro=False)
    return [[bool(module) for module in row] for row in code.matrix]


def qr_image(text: str, module_px: int = 8) -> QImage:
    """The symbol as a black-on-white image, `module_px` pixels a module, quiet zone included."""
    matrix = qr_matrix(text)
    side = (len(matrix) + 2 * QUIET_ZONE) * module_px
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    _paint_modules(painter, matrix, QUIET_ZONE * module_px, QUIET_ZONE * module_px, module_px)
    painter.end()
    return image


def _paint_modules(painter: QPainter, matrix: list[list[bool]], x0: int, y0: int, px: int) -> None:
    black = QColor("black")
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(QRect(x0 + x * px, y0 + y * px, px, px), black)


class QrCodeView(QWidget):
    """Paints the code at the largest whole number of pixels per module that fits: crisp."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._matrix: list[list[bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self._text = text
        self._matrix = qr_matrix(text) if text else []
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return self._text

    def modules(self) -> int:
        return len(self._matrix) + 2 * QUIET_ZONE if self._matrix else 0

    def sizeHint(self) -> QSize:
        side = max(self.modules() * 8, 200)
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        side = max(self.modules() * 4, 120)
        return QSize(side, side)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._matrix:
            return
        total = self.modules()
        px = max(1, min(self.width(), self.height()) // total)
        side = total * px
        x0 = (self.width() - side) // 2
        y0 = (self.height() - side) // 2
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(QRect(x0, y0, side, side), Qt.GlobalColor.white)
        edge = QUIET_ZONE * px
        _paint_modules(painter, self._matrix, x0 + edge, y0 + edge, px)
        painter.end()
