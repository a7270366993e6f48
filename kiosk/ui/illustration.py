"""A calm drawn illustration for a story: its photo, or a topic icon on the campaign blue."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.icons import Icons
from kiosk.ui.theme import CAMPAIGN_BLUE

#: Topic tag -> qtawesome icon; the first tag of a story that is listed here wins.
TOPIC_ICONS: dict[str, str] = {
    "children": "fa5s.child",
    "trust-fund": "fa5s.hand-holding-heart",
    "victim-support": "fa5s.hands-helping",
    "women": "fa5s.female",
    "blue-heart": "fa5s.heart",
    "justice": "fa5s.balance-scale",
    "law-enforcement": "fa5s.shield-alt",
    "migrant-smuggling": "fa5s.route",
    "awareness": "fa5s.bullhorn",
    "cooperation": "fa5s.handshake",
}
DEFAULT_ICON = "fa5s.globe"

#: Slightly different blues per story so that neighbouring cards are told apart.
_BLUES = ("#0B4F8A", "#0A5C9E", "#124A7C", "#0E6AA8", "#1B5A8F")


def icon_for_tags(tags: tuple[str, ...] | list[str]) -> str:
    return next((TOPIC_ICONS[tag] for tag in tags if tag in TOPIC_ICONS), DEFAULT_ICON)


class Illustration(QWidget):
    """Paints the story's image when it has one, else a large topic icon on blue."""

    def __init__(self, icons: Icons, parent: QWidget | None = None):
        super().__init__(parent)
        self._icons = icons
        self._icon_name = DEFAULT_ICON
        self._pixmap: QPixmap | None = None
        self._blue = QColor(CAMPAIGN_BLUE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        icons.ready.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    @property
    def icon_name(self) -> str:
        return self._icon_name

    def show_story(self, story_id: str, tags: tuple[str, ...], image: Path | None) -> None:
        self._icon_name = icon_for_tags(tags)
        self._blue = QColor(_BLUES[sum(map(ord, story_id)) % len(_BLUES)])
        self._pixmap = None
        if image is not None and image.is_file():
            pixmap = QPixmap(str(image))
            self._pixmap = None if pixmap.isNull() else pixmap
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        clip = QPainterPath()
        clip.addRoundedRect(rect, 18, 18)
        painter.setClipPath(clip)
        if self._pixmap is not None:
            scaled = self._pixmap.scaled(
                rect.size().toSize(),
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )
            x = (scaled.width() - rect.width()) / 2
            y = (scaled.height() - rect.height()) / 2
            painter.drawPixmap(rect.topLeft(), scaled, QRectF(x, y, rect.width(), rect.height()))
            return
        gradient = QLinearGradient(rect.topLeft(), rect.bottomRight())
        gradient.setColorAt(0.0, self._blue.lighter(125))
        gradient.setColorAt(1.0, self._blue.darker(115))
        painter.fillRect(rect, gradient)
        # Soft rings, like ripples, for depth without imagery.
        painter.setPen(Qt.PenStyle.NoPen)
        side = min(rect.width(), rect.height())
        centre = rect.center()
        for factor, alpha in ((0.95, 18), (0.72, 22), (0.5, 28)):
            painter.setBrush(QColor(255, 255, 255, alpha))
            painter.drawEllipse(centre, side * factor / 2, side * factor / 2)
        icon = self._icons.icon(self._icon_name)
        size = int(side * 0.34)
        if icon is not None:
            pixmap = icon.pixmap(QSize(size, size), self.devicePixelRatioF())
            painter.drawPixmap(int(centre.x() - size / 2), int(centre.y() - size / 2), pixmap)
        else:
            painter.setBrush(QColor(255, 255, 255, 230))
            painter.drawPath(_heart(centre, size))
        painter.end()


def _heart(centre: QPointF, size: float) -> QPainterPath:
    """The Blue Heart campaign's heart, drawn (no icon font needed)."""
    s = size / 2
    x, y = centre.x(), centre.y()
    path = QPainterPath(QPointF(x, y + s * 0.9))
    path.cubicTo(x - s * 1.2, y + s * 0.05, x - s * 0.95, y - s * 1.0, x, y - s * 0.45)
    path.cubicTo(x + s * 0.95, y - s * 1.0, x + s * 1.2, y + s * 0.05, x, y + s * 0.9)
    return path
