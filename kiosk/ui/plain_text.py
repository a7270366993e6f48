"""Content text is never interpreted as HTML outside the Markdown body.

A QLabel's default text format, Qt.AutoText, renders its text as HTML when it *looks*
like HTML (`Qt.mightBeRichText`): a story or resource title such as
`<img src="/tmp/x.png"> <b>BOLD</b>` would show an image and bold text on the resource
header, the attract screen, a card... `PlainTextStyle`, the application's style, makes
every label plain text before it is first shown (when the style polishes it), unless the
label asked for rich text explicitly (`setTextFormat(Qt.RichText)`, used only for HTML the
app builds itself from escaped text). That covers every QLabel whoever creates it and
whenever: the app's pages and screens, pages built later, Qt's own (a QMessageBox's text,
a QFormLayout's row labels). It was an application event filter at the Polish event, but
such a filter is a call into Python for every event of every object (a language switch
passes ~700 events through it); the style is called once per widget. Tooltips interpret
HTML the same way: `plain_tooltip` escapes the text it is given.
"""

from __future__ import annotations

import html

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QProxyStyle, QWidget

_INSTALLED = "kiosk_plain_text_labels"


class PlainTextStyle(QProxyStyle):
    """The platform's style, and Qt.AutoText labels become Qt.PlainText when polished."""

    def polish(self, target):  # type: ignore[override]  # a QWidget, QPalette or QApplication
        if isinstance(target, QLabel) and target.textFormat() == Qt.TextFormat.AutoText:
            target.setTextFormat(Qt.TextFormat.PlainText)
        return super().polish(target)


def plain_text_labels(app: QApplication) -> None:
    """Make PlainTextStyle the style of `app` once (safe to call again).

    Call it before the style sheet is set (kiosk/ui/theme.py), so that Qt wraps it once.
    """
    # Remembered on the application: under a style sheet, app.style() is Qt's private
    # style-sheet style, whose base style Python cannot reach.
    if app.property(_INSTALLED):
        return
    app.setStyle(PlainTextStyle())
    app.setProperty(_INSTALLED, True)


def make_plain(root: QWidget) -> None:
    """What PlainTextStyle does at a polish, at once for every label under `root`."""
    for label in root.findChildren(QLabel):
        if label.textFormat() == Qt.TextFormat.AutoText:
            label.setTextFormat(Qt.TextFormat.PlainText)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` literally: escaped when Qt would take it for HTML."""
    if not QtGui.Qt.mightBeRichText(text):  # QtGui's additions to the Qt namespace
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"
