"""A word-wrapped label that shows at most N lines, the last one ending in an ellipsis.

Long titles (Russian, French) wrap to more lines than a card has room for; Qt would
cut the last line in half. This label lays the text out itself with QTextLayout (the
same line breaking Qt uses, so Chinese breaks between characters and Arabic keeps its
right-to-left order), keeps the first N-1 lines and elides the N-th with QFontMetrics.
The full text stays available as tooltip and accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.plain_text import PlainLabel, plain_tooltip

ELLIPSIS = "…"


def has_its_size(widget: QWidget) -> bool:
    """True once `widget` was given a size in a window that exists on screen.

    Not while a window is being built before it is first shown: sizes are then Qt's
    defaults (640x480, 100x30), and fitting text to them is work thrown away. Every
    widget gets a resize event with its real size when the window is first shown.
    """
    return widget.testAttribute(Qt.WidgetAttribute.WA_Resized) and widget.window().testAttribute(
        Qt.WidgetAttribute.WA_WState_Created
    )


def _utf16_to_index(text: str, offset: int) -> int:
    """Python index of the character at UTF-16 `offset` (Qt counts UTF-16 code units)."""
    if text.isascii() or all(ord(c) < 0x10000 for c in text):
        return offset
    units = 0
    for index, char in enumerate(text):
        if units >= offset:
            return index
        units += 2 if ord(char) >= 0x10000 else 1
    return len(text)


def _wrapped_starts(
    text: str, font: QFont, width: float, direction: Qt.LayoutDirection, limit: int
) -> list[int]:
    """Where each line of `text` starts (UTF-16 offsets), wrapped at `width`: `limit` at most."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    option.setTextDirection(direction)
    layout.setTextOption(option)
    starts: list[int] = []
    layout.beginLayout()
    while len(starts) < limit:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    return starts


def clamp_text(
    text: str,
    font: QFont,
    width: float,
    max_lines: int,
    direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight,
) -> str:
    """`text` cut so that, wrapped at `width` pixels in `font`, it takes <= `max_lines` lines."""
    text = " ".join(text.split())
    if not text or width <= 0 or max_lines < 1:
        return text
    starts = _wrapped_starts(text, font, width, direction, max_lines + 2)
    if len(starts) <= max_lines:
        return text
    last = _utf16_to_index(text, starts[max_lines - 1])
    head, rest = text[:last], text[last:]
    # The last line and the next one are all elidedText needs (they cannot fit on one
    # line), not the rest of a long summary: it shapes all it is given.
    piece = rest
    if len(starts) > max_lines + 1:
        piece = text[last : _utf16_to_index(text, starts[max_lines + 1])]
    metrics = QFontMetricsF(font)
    tail = metrics.elidedText(piece, Qt.TextElideMode.ElideRight, width)
    if not tail or tail == ELLIPSIS:
        # Not even one word of the last line fits: end the previous line instead.
        return head.rstrip() + ELLIPSIS if head else tail
    if not tail.endswith(ELLIPSIS):  # elidedText kept it whole (it measured it as fitting)
        tail = metrics.elidedText(piece, Qt.TextElideMode.ElideRight, width - 1)
    kept = tail.removesuffix(ELLIPSIS).rstrip("\u200d")  # Arabic: Qt adds a joiner
    if " " in text and not rest[len(kept) :].startswith(" "):
        # Latin, Cyrillic, Arabic: end after a whole word; Chinese has no spaces and
        # may end after any character.
        if " " not in kept.strip():  # the last line's first word does not fit with "…"
            return head.rstrip(" ,.;:") + ELLIPSIS if head.strip() else tail
        kept = kept.rstrip().rsplit(" ", 1)[0]
    return head + kept.rstrip(" ,.;:") + ELLIPSIS


class ClampedLabel(PlainLabel):
    """Plain-text, word-wrapped QLabel showing at most `max_lines` lines of `setText`."""

    def __init__(self, max_lines: int = 2, parent: QWidget | None = None, **kwargs):
        super().__init__(parent, **kwargs)
        self._full = ""
        self._max_lines = max_lines
        self._fitted: tuple | None = None  # what the shown text was last fitted for
        self._shown = ""
        # Texts cut and heights measured, by what they were for: a card asks for a few
        # widths and line counts on every relayout, then shows one of them.
        self._measured: dict[tuple, str | int] = {}
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def setText(self, text: str) -> None:
        if text == self._full and self._fitted is not None and super().text() == self._shown:
            return  # a language switch sets most texts again unchanged
        self._full = text
        self.setToolTip(plain_tooltip(text))
        self.setAccessibleName(text)
        self._refit()

    def full_text(self) -> str:
        return self._full

    def max_lines(self) -> int:
        return self._max_lines

    def set_max_lines(self, lines: int) -> None:
        if lines != self._max_lines:
            self._max_lines = lines
            self._refit()

    def height_for(self, width: int, lines: int | None = None) -> int:
        """The height this label needs at `width` px showing at most `lines` lines.

        Measured as QLabel measures plain text (before the label has that width, so a
        layout can be given the right height ahead of the resize).
        """
        self.ensurePolished()
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right() - 2 * self.margin()
        lines = self._max_lines if lines is None else lines
        flags = int(self.alignment()) | int(Qt.TextFlag.TextWordWrap)
        key = ("height", inner, lines, flags, self._full, self.font().key(), self.layoutDirection())
        height = self._measured.get(key)
        if height is None:
            shown = self._clamped(inner - 4, lines)
            box = self.fontMetrics().boundingRect(QRect(0, 0, max(1, inner), 100_000), flags, shown)
            height = self._remember(key, box.height())
        return height + margins.top() + margins.bottom() + 2 * self.margin()

    def _clamped(self, width: int, lines: int) -> str:
        """clamp_text of the full text in this label's font and direction (remembered)."""
        font, direction = self.font(), self.layoutDirection()
        key = ("text", width, lines, self._full, font.key(), direction)
        shown = self._measured.get(key)
        if shown is None:
            shown = self._remember(key, clamp_text(self._full, font, width, lines, direction))
        return shown

    def _remember(self, key: tuple, value):
        if len(self._measured) >= 64:  # other texts, sizes and fonts than now
            self._measured.clear()
        self._measured[key] = value
        return value

    def is_clamped(self) -> bool:
        return self.text() != " ".join(self._full.split())

    def _refit(self) -> None:
        if not has_its_size(self):
            # Fitted to its real width when it gets it (the window's first show); until
            # then the whole text, so that size hints are about right.
            self._fitted = None
            self._shown = " ".join(self._full.split())
            if super().text() != self._shown:
                super().setText(self._shown)
            return
        margins = self.contentsMargins()
        # A few pixels to spare: QLabel lays out through QTextDocument, whose line
        # breaks can differ from a bare QTextLayout's by a fraction of a pixel.
        width = self.width() - margins.left() - margins.right() - 2 * self.margin() - 4
        font, direction = self.font(), self.layoutDirection()
        fitted = (self._full, width, self._max_lines, direction, font.key())
        if fitted == self._fitted and super().text() == self._shown:
            return  # laid out for exactly this already (resizes and style passes repeat)
        self._fitted = fitted
        shown = self._clamped(width, self._max_lines)
        self._shown = shown
        if shown != super().text():
            super().setText(shown)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._refit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.LayoutDirectionChange,
        ):
            self._refit()
