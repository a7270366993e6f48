"""The film's picture: video, poster frame and subtitles drawn over it in one graphics scene.

A QVideoWidget inside a proxy renders black, so the video is a QGraphicsVideoItem
with the subtitle text item above it. The poster (a kept valid frame) covers the
video whenever the player has no picture to show (before the first frame, at the
end of the film, while a new player takes over), so the visitor never sees black.
Imports QtMultimediaWidgets: load this module only when a film is first opened.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPixmap, QResizeEvent, QTextOption
from PySide6.QtMultimedia import QVideoFrame, QVideoSink
from PySide6.QtMultimediaWidgets import QGraphicsVideoItem
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsTextItem,
    QGraphicsView,
    QWidget,
)

BACKGROUND = QColor("#101014")


class VideoView(QGraphicsView):
    """Shows the player's frames, a poster when there are none, and the current subtitle."""

    frame_changed = Signal(QVideoFrame)  # from whichever video item is current

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("videoView")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(QBrush(BACKGROUND))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)

        self.video_item = self._new_video_item()
        self.poster_item = QGraphicsPixmapItem()
        self.poster_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.poster_item.setZValue(1)
        self._scene.addItem(self.poster_item)
        self._poster = QImage()
        self._subtitle = ""

        self.subtitle_box = QGraphicsRectItem()
        self.subtitle_box.setBrush(QBrush(QColor(0, 0, 0, 180)))
        self.subtitle_box.setPen(Qt.PenStyle.NoPen)
        self.subtitle_box.setZValue(2)
        self._scene.addItem(self.subtitle_box)
        self.subtitle_item = QGraphicsTextItem()
        self.subtitle_item.setDefaultTextColor(QColor("white"))
        self.subtitle_item.setZValue(3)
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        self.subtitle_item.document().setDefaultTextOption(option)
        self._scene.addItem(self.subtitle_item)
        self.set_subtitle("")

    def video_sink(self) -> QVideoSink:
        return self.video_item.videoSink()

    def _new_video_item(self) -> QGraphicsVideoItem:
        item = QGraphicsVideoItem()
        item.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        item.videoSink().videoFrameChanged.connect(self.frame_changed)
        self._scene.addItem(item)
        return item

    def renew_video_item(self) -> QGraphicsVideoItem:
        """A fresh video output for a new player.

        The old item stays with the old player until Qt's event loop deletes both:
        attaching a new player to an output another player still holds can block on
        that player's FFmpeg thread while it waits for the Python lock (a deadlock).
        """
        old = self.video_item
        old.hide()
        self.video_item = self._new_video_item()
        self._layout()
        old.deleteLater()
        return self.video_item

    # -- poster --------------------------------------------------------------------
    def set_poster(self, image: QImage) -> None:
        self._poster = image
        self._layout()

    def has_poster(self) -> bool:
        return not self._poster.isNull()

    def show_poster(self, shown: bool) -> None:
        self.poster_item.setVisible(shown and self.has_poster())

    def poster_shown(self) -> bool:
        return self.poster_item.isVisible()

    # -- subtitles -------------------------------------------------------------------
    def set_subtitle(self, text: str) -> None:
        if text == self._subtitle and self.subtitle_item.isVisible() == bool(text):
            return
        self._subtitle = text
        self.subtitle_item.setPlainText(text)
        self.subtitle_item.setVisible(bool(text))
        self.subtitle_box.setVisible(bool(text))
        self._place_subtitle()

    def subtitle_text(self) -> str:
        return self._subtitle

    # -- geometry ---------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout()

    def _layout(self) -> None:
        size = self.viewport().size()
        rect = QRectF(0, 0, size.width(), size.height())
        self._scene.setSceneRect(rect)
        self.video_item.setPos(0, 0)
        self.video_item.setSize(QSizeF(size))
        if self.has_poster():
            pixmap = QPixmap.fromImage(self._poster).scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            self.poster_item.setPixmap(pixmap)
            self.poster_item.setPos(
                (size.width() - pixmap.width()) / 2, (size.height() - pixmap.height()) / 2
            )
        self._place_subtitle()

    def _place_subtitle(self) -> None:
        size = self.viewport().size()
        font = self.subtitle_item.font()
        font.setPixelSize(max(18, size.height() // 16))
        self.subtitle_item.setFont(font)
        width = size.width() * 0.86
        self.subtitle_item.setTextWidth(width)
        text_height = self.subtitle_item.boundingRect().height()
        x = (size.width() - width) / 2
        y = size.height() - text_height - size.height() * 0.05
        self.subtitle_item.setPos(x, y)
        # The dark box hugs the text (centred lines), not the whole width.
        used = min(width, self.subtitle_item.document().idealWidth())
        margin = font.pixelSize() / 2
        left = (size.width() - used) / 2 - margin
        self.subtitle_box.setRect(QRectF(left, y, used + 2 * margin, text_height))
