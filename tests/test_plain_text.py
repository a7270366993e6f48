"""Every QLabel shows text literally unless the app asked for rich text (kiosk/ui/plain_text.py).

Whoever creates the label and whenever: after the style sheet is set, inside a widget with
its own style sheet, in a dialog, Qt's own labels (a message box, a form's row label).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QMessageBox, QWidget

from kiosk.ui.plain_text import make_plain, plain_text_labels
from kiosk.ui.theme import Theme

HTML = "<b>bold</b> <img src='/tmp/x.png'>"

# The offscreen platform's note about a top-level window with a layout (the message box).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_every_label_is_plain_when_polished_whoever_made_it(qtbot, qapp):
    plain_text_labels(qapp)
    plain_text_labels(qapp)  # a second call changes nothing
    Theme().apply(qapp)  # the style sheet wraps the app's style
    window = QWidget()
    qtbot.addWidget(window)
    form = QFormLayout(window)
    ours = QLabel(HTML)
    rich = QLabel("<b>built from escaped text</b>")
    rich.setTextFormat(Qt.TextFormat.RichText)
    styled = QWidget()
    styled.setStyleSheet("QLabel { color: red; }")
    inner = QLabel(HTML, styled)
    form.addRow(ours)
    form.addRow(rich)
    form.addRow(HTML, styled)  # Qt makes the row's label
    window.show()
    qtbot.waitExposed(window)
    later = QLabel(HTML, window)  # made after the window was shown
    later.show()
    box = QMessageBox(QMessageBox.Icon.Information, "About", HTML, parent=window)
    box.show()
    QApplication.processEvents()
    row_label = form.labelForField(styled)
    for label in (ours, inner, row_label, later, *box.findChildren(QLabel)):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    assert rich.textFormat() == Qt.TextFormat.RichText
    box.close()


def test_make_plain_does_what_the_style_does_at_once(qapp):
    root = QWidget()
    auto, rich = QLabel(HTML, root), QLabel("<b>ours</b>", root)
    rich.setTextFormat(Qt.TextFormat.RichText)  # HTML the app builds itself
    make_plain(root)
    assert auto.textFormat() == Qt.TextFormat.PlainText
    assert rich.textFormat() == Qt.TextFormat.RichText
