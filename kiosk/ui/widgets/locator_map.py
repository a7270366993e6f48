"""A story's picture: a locator map of its country, or a drawn illustration of its topic.

(A story with its own `image` shows that photo instead.)

Countries come from kiosk.core.worldmap (Natural Earth, Equal Earth projection). The map is
painted with QPainterPath into a cached pixmap, so a repaint (a carousel swipe, an
attract-loop fade) costs one pixmap copy. Geography is never mirrored: the painting
ignores the layout direction, in Arabic too. The high-contrast variant paints black
sea, grey land and the country in the theme's yellow.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from kiosk.core.records import record
from kiosk.ui.icons import Icons
from kiosk.ui.widgets.backdrops import BackdropStore

# The world (kiosk.core.worldmap) and its prepared paths (world_paths, with their Qt types)
# are imported when a picture first needs them: the first frame's usual picture, a topic
# over the world as the last start kept it (kiosk/ui/widgets/backdrops.py), needs neither.
if TYPE_CHECKING:
    from kiosk.core.worldmap import Box, WorldMap

# Topic tag -> qtawesome icon; the first tag of a story that is listed here wins.
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

# Slightly different blues per story so that neighbouring topic pictures are told apart.
_BLUES = ("#0B4F8A", "#0A5C9E", "#124A7C", "#0E6AA8", "#1B5A8F")


def icon_for_tags(tags: tuple[str, ...] | list[str]) -> str:
    return next((TOPIC_ICONS[tag] for tag in tags if tag in TOPIC_ICONS), DEFAULT_ICON)


@record
class MapColors:
    """The colours a map picture is drawn in (a theme's: CALM_MAP, HIGH_CONTRAST_MAP)."""

    sea_top: str
    sea_bottom: str
    land: str
    border: str
    highlight: str
    halo: str
    label: str
    graticule: QColor


# Land stands out from the sea and the highlighted country from the land, 3:1 or more
# (WCAG 2.1 non-text contrast; tests/test_contrast.py measures the drawn pixels).
CALM_MAP = MapColors(
    sea_top="#0A3A66",
    sea_bottom="#062A4C",
    land="#5B93C7",
    border="#0A4A82",
    highlight="#FFFFFF",
    halo="#06294A",
    label="#FFFFFF",
    graticule=QColor(255, 255, 255, 26),
)
HIGH_CONTRAST_MAP = MapColors(
    sea_top="#000000",
    sea_bottom="#000000",
    land="#6E6E6E",
    border="#000000",
    highlight="#FFE14D",
    halo="#000000",
    label="#FFE14D",
    graticule=QColor(255, 255, 255, 40),
)

# A country drawn smaller than this (pixels, both sides) also gets a ring around it.
SMALL_COUNTRY_PX = 24


def _country_paths() -> dict[str, QPainterPath]:
    """Every country as one QPainterPath in projected coordinates (prepared at build time:
    kiosk/ui/widgets/world_paths.py)."""
    from kiosk.ui.widgets.world_paths import world_paths

    return world_paths().countries


def _graticule() -> QPainterPath:
    """Meridians and parallels every 30 degrees."""
    from kiosk.ui.widgets.world_paths import world_paths

    return world_paths().graticule


def _transform(frame: Box, rect: QRectF) -> QTransform:
    """Projected frame -> widget rectangle, same scale on both axes (never mirrored)."""
    left, top, right, bottom = frame
    scale = min(rect.width() / (right - left), rect.height() / (bottom - top))
    cx, cy = (left + right) / 2, (top + bottom) / 2
    transform = QTransform()
    transform.translate(rect.center().x(), rect.center().y())
    transform.scale(scale, scale)
    transform.translate(-cx, -cy)
    return transform


class MapPainter:
    """Paints locator maps and topic pictures; the results are cached pixmaps."""

    def __init__(self, atlas: WorldMap | None = None):
        self._atlas = atlas
        self._cache: dict[tuple, QPixmap] = {}
        self._backdrops: BackdropStore | None = None
        self._stamp = ""

    def keep_backdrops_in(self, folder: Path | None, stamp: str) -> None:
        """Keep the topic pictures' sea and world in `folder` from one start to the next,
        valid under `stamp` (kiosk/ui/start_cache.py: what draws them); None: draw them
        every time (the default)."""
        self._backdrops = None if folder is None else BackdropStore(folder)
        self._stamp = stamp

    @property
    def atlas(self) -> WorldMap:
        """The countries' frames and anchors: read on first use (a topic picture, the
        first frame's usual picture, draws the prepared paths and needs none of it)."""
        if self._atlas is None:
            from kiosk.core.worldmap import world_map

            self._atlas = world_map()
        return self._atlas

    def anchor_point(self, iso: str, size: QSize) -> QPointF | None:
        """Where the country's anchor falls in a picture of `size` (for tests, labels)."""
        country = self.atlas.country(iso)
        if country is None:
            return None
        rect = QRectF(0, 0, size.width(), size.height())
        frame = self.atlas.frame(iso, rect.width() / max(1.0, rect.height()))
        return _transform(frame, rect).map(QPointF(*country.anchor))

    def locator(
        self,
        iso: str,
        label: str,
        size: QSize,
        dpr: float = 1.0,
        *,
        high_contrast: bool = False,
        radius: float = 0,
    ) -> QPixmap:
        """The map of `iso` named `label`; with `radius`, its corners rounded (transparent)."""
        key = ("map", iso, label, size.width(), size.height(), dpr, high_contrast, radius)
        if key not in self._cache:
            self._trim()
            picture = self._draw_locator(iso, label, size, dpr, high_contrast)
            self._cache[key] = rounded(picture, radius)
        return self._cache[key]

    def topic(
        self,
        tags: tuple[str, ...],
        seed: str,
        size: QSize,
        dpr: float,
        icons: Icons,
        *,
        high_contrast: bool = False,
        radius: float = 0,
    ) -> QPixmap:
        icon = icon_for_tags(tags)
        key = ("topic", icon, seed, icons.is_ready, size.width(), size.height(), dpr, high_contrast)
        key += (radius,)
        if key not in self._cache:
            self._trim()
            picture = self._draw_topic(tags, seed, size, dpr, icons, high_contrast)
            self._cache[key] = rounded(picture, radius)
        return self._cache[key]

    def world(self, size: QSize, dpr: float = 1.0, *, high_contrast: bool = False) -> QPixmap:
        """The whole world, faint, on the sea: a backdrop (the attract loop's headlines)."""
        key = ("world", size.width(), size.height(), dpr, high_contrast)
        if key not in self._cache:
            self._trim()
            colors = HIGH_CONTRAST_MAP if high_contrast else CALM_MAP
            pixmap, painter, rect = self._canvas(size, dpr)
            self._faint_world(painter, rect, colors)
            painter.end()
            self._cache[key] = pixmap
        return self._cache[key]

    def _faint_world(self, painter: QPainter, rect: QRectF, colors: MapColors) -> None:
        from kiosk.core.worldmap import world_box

        transform = _transform(world_box(rect.width() / max(1.0, rect.height())), rect)
        painter.setOpacity(0.45)
        self._world(painter, transform, colors, transform.m11(), hairline=True)
        painter.setOpacity(1.0)

    def _trim(self) -> None:
        if len(self._cache) > 48:  # a few screens' worth; older pictures are redrawn on demand
            for key in list(self._cache)[:16]:
                del self._cache[key]

    # --- drawing ---------------------------------------------------------------------

    def _canvas(self, size: QSize, dpr: float) -> tuple[QPixmap, QPainter, QRectF]:
        pixmap = QPixmap(max(1, round(size.width() * dpr)), max(1, round(size.height() * dpr)))
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        rect = QRectF(0, 0, size.width(), size.height())
        return pixmap, _painter(pixmap), rect

    def _backdrop(
        self, size: QSize, dpr: float, colors: MapColors, what: str, draw
    ) -> tuple[QPixmap, QPainter, QRectF]:
        """A canvas with a picture's sea and world on it, `what` (part of the key) drawn
        by `draw(painter, rect)`, or copied from the backdrop store when the app keeps
        one (the same pixels)."""
        key = self._backdrop_key(size, dpr, colors, what)
        if key is not None and (image := self._backdrops.load(key)) is not None:
            # As stored (premultiplied alpha): an opaque image would become RGB32, where
            # the rounded corners could not be transparent.
            pixmap = QPixmap.fromImage(image, Qt.ImageConversionFlag.NoFormatConversion)
            pixmap.setDevicePixelRatio(dpr)
            return pixmap, _painter(pixmap), QRectF(0, 0, size.width(), size.height())
        pixmap, painter, rect = self._canvas(size, dpr)
        draw(painter, rect)
        if key is not None:
            painter.end()
            self._backdrops.save(key, pixmap.toImage())
            painter = _painter(pixmap)
        return pixmap, painter, rect

    def _topic_backdrop(self, painter: QPainter, rect: QRectF, colors: MapColors, top):
        self._sea(painter, rect, colors, top)
        self._faint_world(painter, rect, colors)

    def _map_backdrop(self, painter, rect, colors: MapColors, transform: QTransform, iso: str):
        self._sea(painter, rect, colors)
        self._world(painter, transform, colors, transform.m11(), skip=iso)

    def _backdrop_key(self, size: QSize, dpr: float, colors: MapColors, what: str):
        """What a stored backdrop must have been drawn from; None: not kept."""
        if self._backdrops is None:
            return None
        return f"{self._stamp} {size.width()}x{size.height()}@{dpr!r} {colors.sea_top} {what}"

    def _sea(self, painter: QPainter, rect: QRectF, colors: MapColors, top: str | None = None):
        gradient = QLinearGradient(rect.topLeft(), rect.bottomLeft())
        gradient.setColorAt(0.0, QColor(top or colors.sea_top))
        gradient.setColorAt(1.0, QColor(colors.sea_bottom))
        painter.fillRect(rect, gradient)

    def _world(
        self,
        painter: QPainter,
        transform: QTransform,
        colors: MapColors,
        scale: float,
        skip="",
        *,
        hairline: bool = False,
    ):
        """Graticule and countries; `hairline`: borders one device pixel wide (the faint
        world under a topic: about 1 ms instead of 9 for 1.2 px, which Qt strokes as
        outlines, and no difference to see at its opacity)."""
        painter.save()
        painter.setTransform(transform, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colors.graticule, 1.0 / scale))
        painter.drawPath(_graticule())
        painter.setBrush(QColor(colors.land))
        if hairline:
            border = QPen(QColor(colors.border), 1.0)
            border.setCosmetic(True)
            painter.setPen(border)
        else:
            painter.setPen(QPen(QColor(colors.border), 1.2 / scale))
        for key, path in _country_paths().items():
            if key != skip:
                painter.drawPath(path)
        painter.restore()

    def _draw_locator(
        self, iso: str, label: str, size: QSize, dpr: float, high_contrast: bool
    ) -> QPixmap:
        colors = HIGH_CONTRAST_MAP if high_contrast else CALM_MAP
        rect = QRectF(0, 0, size.width(), size.height())
        country = self.atlas.country(iso)
        frame = self.atlas.frame(iso, rect.width() / max(1.0, rect.height()))
        transform = _transform(frame, rect)
        # The world around the country (which is drawn over it below) is its backdrop.
        skip = iso.upper()
        pixmap, painter, rect = self._backdrop(
            size,
            dpr,
            colors,
            f"map {skip} {frame!r}",
            lambda painter, rect: self._map_backdrop(painter, rect, colors, transform, skip),
        )
        if country is not None:
            path = transform.map(_country_paths()[country.iso])
            highlight = QColor(colors.highlight)
            painter.setBrush(highlight)
            # Its own colour around the edge too, so that a small island stays visible.
            painter.setPen(QPen(highlight, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawPath(path)
            box = path.boundingRect()
            anchor = transform.map(QPointF(*country.anchor))
            if box.width() < SMALL_COUNTRY_PX and box.height() < SMALL_COUNTRY_PX:
                radius = max(16.0, rect.height() * 0.05)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                for width, color in ((6.0, QColor(colors.halo)), (3.0, highlight)):
                    painter.setPen(QPen(color, width))
                    painter.drawEllipse(anchor, radius, radius)
                box = QRectF(anchor.x() - radius, anchor.y() - radius, 2 * radius, 2 * radius)
            if label:
                self._label(painter, rect, box, label, colors)
        painter.end()
        return pixmap

    def _label(self, painter: QPainter, rect: QRectF, box: QRectF, text: str, colors: MapColors):
        """The country's name above its shape (below when there is no room), with a halo."""
        font = QFont(painter.font())
        font.setPixelSize(max(15, min(30, round(min(rect.height(), rect.width()) * 0.06))))
        font.setBold(True)
        metrics = QFontMetricsF(font)
        width = metrics.horizontalAdvance(text)
        margin = max(8.0, rect.width() * 0.03)
        gap = metrics.height() * 0.35
        baseline = box.top() - gap - metrics.descent()
        if baseline - metrics.ascent() < rect.top() + margin:
            baseline = box.bottom() + gap + metrics.ascent()
        baseline = min(baseline, rect.bottom() - margin - metrics.descent())
        x = box.center().x() - width / 2
        x = max(rect.left() + margin, min(x, rect.right() - margin - width))
        path = QPainterPath()
        path.addText(QPointF(x, baseline), font, text)
        stroker = QPainterPathStroker()
        stroker.setWidth(max(4.0, font.pixelSize() * 0.28))
        stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colors.halo))
        painter.drawPath(stroker.createStroke(path))
        painter.setBrush(QColor(colors.label))
        painter.drawPath(path)

    def _draw_topic(
        self,
        tags: tuple[str, ...],
        seed: str,
        size: QSize,
        dpr: float,
        icons: Icons,
        high_contrast: bool,
    ) -> QPixmap:
        """A story without one country: the whole world, faint, under its topic's symbol."""
        colors = HIGH_CONTRAST_MAP if high_contrast else CALM_MAP
        top = None if high_contrast else _BLUES[sum(map(ord, seed)) % len(_BLUES)]
        pixmap, painter, rect = self._backdrop(
            size,
            dpr,
            colors,
            f"topic {top}",
            lambda painter, rect: self._topic_backdrop(painter, rect, colors, top),
        )
        side = min(rect.width(), rect.height())
        centre = rect.center()
        disc = QColor(colors.halo)
        disc.setAlpha(200)
        painter.setPen(QPen(QColor(colors.highlight), max(2.0, side * 0.012)))
        painter.setBrush(disc)
        painter.drawEllipse(centre, side * 0.27, side * 0.27)
        icon = icons.icon(icon_for_tags(tags), color=colors.highlight)
        glyph = int(side * 0.26)
        if icon is not None:
            painter.drawPixmap(
                QRectF(centre.x() - glyph / 2, centre.y() - glyph / 2, glyph, glyph),
                icon.pixmap(QSize(glyph, glyph), dpr),
                QRectF(0, 0, glyph * dpr, glyph * dpr),
            )
        painter.end()
        return pixmap


def _painter(pixmap: QPixmap) -> QPainter:
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return painter


def rounded(picture: QPixmap, radius: float) -> QPixmap:
    """`picture` with its corners cut round (made transparent), in place; once per picture.

    Painting a picture through a rounded clip path costs several milliseconds a frame
    (an antialiased clip); a picture whose corners are already transparent is a blit.
    """
    if radius <= 0 or picture.isNull():
        return picture
    size = picture.deviceIndependentSize()
    outline = QPainterPath()
    outline.addRoundedRect(QRectF(0, 0, size.width(), size.height()), radius, radius)
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0))
    painter.drawPath(outline)
    painter.end()
    return picture


@cache
def shared_painter() -> MapPainter:
    return MapPainter()


class LocatorMap(QWidget):
    """The picture of one story: its country on a map, else its topic over the world."""

    def __init__(self, icons: Icons, parent: QWidget | None = None, *, radius: float = 18):
        super().__init__(parent)
        self._icons = icons
        self._radius = radius
        self._iso = ""
        self._label = ""
        self._tags: tuple[str, ...] = ()
        self._seed = ""
        self._photo: QPixmap | None = None
        self._scaled: tuple[tuple[int, int, float], QPixmap] | None = None
        self._high_contrast: bool | None = None  # None: follow the theme (Theme.apply)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        icons.ready.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    @property
    def country(self) -> str:
        return self._iso

    @property
    def shows_map(self) -> bool:
        # No country, no map: the world is read only when a picture is drawn.
        return bool(self._iso) and shared_painter().atlas.country(self._iso) is not None

    @property
    def icon_name(self) -> str:
        return icon_for_tags(self._tags)

    def show_story(
        self, story_id: str, country: str | None, label: str, tags, image: Path | None = None
    ) -> None:
        """Show the map of `country` (ISO code) named `label`, or the topic of `tags`."""
        self._iso, self._label = (country or "").upper(), label
        self._tags, self._seed = tuple(tags), story_id
        self._photo, self._scaled = None, None
        if image is not None and image.is_file():
            photo = QPixmap(str(image))
            self._photo = None if photo.isNull() else photo
        description = label if self.shows_map else ""
        self.setAccessibleName(description)
        self.update()

    def set_high_contrast(self, on: bool | None) -> None:
        """Force the high-contrast variant on or off; None follows the application theme."""
        if on != self._high_contrast:
            self._high_contrast = on
            self.update()

    @property
    def high_contrast(self) -> bool:
        if self._high_contrast is not None:
            return self._high_contrast
        app = QApplication.instance()
        return bool(app and app.property("highContrast"))

    def colors(self) -> MapColors:
        return HIGH_CONTRAST_MAP if self.high_contrast else CALM_MAP

    def picture(self) -> QPixmap:
        painter = shared_painter()
        size, dpr = self.size(), self.devicePixelRatioF()
        high_contrast = self.high_contrast
        if self._photo is not None:
            # Scaled, centred and rounded once per size: a repaint then costs a blit,
            # whatever the photo's size.
            key = (size.width(), size.height(), dpr)
            if self._scaled is None or self._scaled[0] != key:
                self._scaled = (key, self._covering_photo(size, dpr))
            return self._scaled[1]
        if self.shows_map:
            return painter.locator(
                self._iso,
                self._label,
                size,
                dpr,
                high_contrast=high_contrast,
                radius=self._radius,
            )
        return painter.topic(
            self._tags,
            self._seed,
            size,
            dpr,
            self._icons,
            high_contrast=high_contrast,
            radius=self._radius,
        )

    def _covering_photo(self, size: QSize, dpr: float) -> QPixmap:
        """The photo scaled to cover `size`, centred, cut to it, its corners rounded."""
        scaled = self._photo.scaled(
            size * dpr,
            Qt.AspectRatioMode.KeepAspectRatioByExpanding,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(dpr)
        picture = QPixmap(max(1, round(size.width() * dpr)), max(1, round(size.height() * dpr)))
        picture.setDevicePixelRatio(dpr)
        picture.fill(Qt.GlobalColor.transparent)
        offset = (QSizeF(scaled.deviceIndependentSize()) - QSizeF(size)) / 2
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(QPointF(-offset.width(), -offset.height()), scaled)
        painter.end()
        return rounded(picture, self._radius)

    def anchor_point(self) -> QPointF | None:
        return shared_painter().anchor_point(self._iso, self.size()) if self.shows_map else None

    def paintEvent(self, event) -> None:
        # The picture comes with its corners rounded (cached): no clip path here.
        painter = QPainter(self)
        painter.drawPixmap(QPointF(0, 0), self.picture())
        painter.end()
