"""Content text is never interpreted as HTML outside the Markdown body.

A QLabel's default text format, Qt.AutoText, renders its text as HTML when it *looks*
like HTML (`Qt.mightBeRichText`): a story or resource title such as
`<img src="/tmp/x.png"> <b>BOLD</b>` would show an image and bold text on the resource
header, the attract screen, a card... `PlainTextLabels` makes every label of the
application plain text before it is first shown (at its Polish event), unless the label
asked for rich text explicitly (`setTextFormat(Qt.RichText)`, used only for HTML the app
builds itself from escaped text). Tooltips interpret HTML the same way: `plain_tooltip`
escapes the text it is given.
"""

from __future__ import annotations

import html

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kiosk.ui import app_filters

_INSTALLED = "kiosk_plain_text_labels"


class PlainTextLabels(QObject):
    """Application event filter: Qt.AutoText labels become Qt.PlainText when polished."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Polish
            and isinstance(watched, QLabel)
            and watched.textFormat() == Qt.TextFormat.AutoText
        ):
            watched.setTextFormat(Qt.TextFormat.PlainText)
        return False


def plain_text_labels(app: QApplication) -> None:
    """Install PlainTextLabels on `app` once (safe to call again).

    While kiosk/ui/app_filters.py holds the filters back (the app's start), the labels
    polished meanwhile are made plain by `make_plain`.
    """
    if app.property(_INSTALLED):
        return
    guard = PlainTextLabels(app)
    app_filters.install(app, guard)
    app.setProperty(_INSTALLED, True)


def make_plain(root: QWidget) -> None:
    """What PlainTextLabels does at a Polish, at once for every label under `root`."""
    for label in root.findChildren(QLabel):
        if label.textFormat() == Qt.TextFormat.AutoText:
            label.setTextFormat(Qt.TextFormat.PlainText)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` literally: escaped when Qt would take it for HTML."""
    if not QtGui.Qt.mightBeRichText(text):  # QtGui's additions to the Qt namespace
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"
