"""Content text is never interpreted as HTML outside the Markdown body.

A QLabel's default text format, Qt.AutoText, renders its text as HTML when it *looks*
like HTML (`Qt.mightBeRichText`): a story or resource title such as
`<img src="/tmp/x.png"> <b>BOLD</b>` would show an image and bold text on the resource
header, the attract screen, a card... Every label the app makes is therefore a
`PlainLabel`: Qt.PlainText from the start, unless it asks for rich text explicitly
(`setTextFormat(Qt.RichText)`, used only for HTML the app builds itself from escaped
text). tests/test_plain_text.py fails when a module makes a bare QLabel or a message box
without plain text; the self-test (and tests/test_hostile_titles.py) looks at every
visible label of every screen with HTML in every piece of content.

It was the application's style (a Python QProxyStyle making labels plain when it
polished them): a call into Python for every widget polished, and importing QProxyStyle
plus Qt handing its own private widgets (the menu bar's extension button) to Python made
PySide6 create ~80 enum classes before the first frame (~18 ms). Tooltips interpret HTML
the same way: `plain_tooltip` escapes the text it is given.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


class PlainLabel(QLabel):
    """A QLabel that shows its text literally (Qt.PlainText) unless told otherwise.

    Takes QLabel's arguments; `textFormat=Qt.TextFormat.RichText` (or setTextFormat
    later) for HTML the app builds itself from escaped text.
    """

    def __init__(self, *args, objectName: str = "", wordWrap: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        # Set here rather than handed to QLabel as keywords: PySide6 looks a keyword up
        # among the class's properties by name (QMetaObject::indexOfProperty).
        if objectName:
            self.setObjectName(objectName)
        if wordWrap:
            self.setWordWrap(True)
        if kwargs.get("textFormat", Qt.TextFormat.AutoText) == Qt.TextFormat.AutoText:
            self.setTextFormat(Qt.TextFormat.PlainText)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` literally: escaped when Qt would take it for HTML."""
    if not QtGui.Qt.mightBeRichText(text):  # QtGui's additions to the Qt namespace
        return text
    import html  # here: its 2,231 named entities are not loaded before the first frame

    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"
