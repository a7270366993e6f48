"""Every label shows text literally unless the app asked for rich text (kiosk/ui/plain_text.py).

The app makes every label as a `PlainLabel` (and sets plain text on the message boxes it
makes): these tests fail when a module makes a label another way. The self-test looks at
every visible label of every screen (tests/test_hostile_titles.py, with HTML in every
piece of content).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from kiosk.ui.plain_text import PlainLabel

HTML = "<b>bold</b> <img src='/tmp/x.png'>"
KIOSK = Path(__file__).resolve().parents[1] / "kiosk"

# The offscreen platform's note about a top-level window with a layout (the message box).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_a_plain_label_shows_html_literally_unless_asked_for_rich_text(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    form = QFormLayout(window)
    given = PlainLabel(HTML, objectName="Given", wordWrap=True)
    later = PlainLabel(window)
    later.setText(HTML)
    rich = PlainLabel("<b>built from escaped text</b>", textFormat=Qt.TextFormat.RichText)
    rich_later = PlainLabel("<b>built from escaped text</b>")
    rich_later.setTextFormat(Qt.TextFormat.RichText)
    form.addRow(given)
    form.addRow(PlainLabel("A row"), later)
    form.addRow(rich)
    form.addRow(rich_later)
    window.show()
    qtbot.waitExposed(window)
    assert given.objectName() == "Given" and given.wordWrap()  # QLabel's arguments
    for label in (given, later):
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert label.text() == HTML
    assert rich.textFormat() == rich_later.textFormat() == Qt.TextFormat.RichText


def test_the_desktop_menus_message_boxes_show_text_literally(qapp, main_window):
    from kiosk.ui.desktop_menu import DesktopMenu

    menu = DesktopMenu(main_window, open_admin=lambda: None, about_text=HTML)
    box = menu.show_about()
    assert box.text() == HTML and box.textFormat() == Qt.TextFormat.PlainText
    labels = [label for label in box.findChildren(QLabel) if label.text() == HTML]
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    box.close()


def _calls(tree: ast.AST, name: str) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and (
            (isinstance(node.func, ast.Name) and node.func.id == name)
            or (isinstance(node.func, ast.Attribute) and node.func.attr == name)
        )
    ]


def guessing_labels(package: Path) -> list[str]:
    """Where the modules under `package` make a label that guesses rich text (Qt.AutoText):
    QLabel(...), a subclass of QLabel, a message box left as it is, a form row made from a
    string (Qt makes its label)."""
    problems = []
    for path in sorted(package.rglob("*.py")):
        where = path.relative_to(package.parent).as_posix()
        tree = ast.parse(path.read_text("utf-8"))
        if where == "kiosk/ui/plain_text.py":
            continue
        problems += [f"{where}:{call.lineno}: QLabel(...)" for call in _calls(tree, "QLabel")]
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases = [ast.unparse(base) for base in node.bases]
                if any(base.split(".")[-1] == "QLabel" for base in bases):
                    problems.append(f"{where}:{node.lineno}: class {node.name}(QLabel)")
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and _calls(
                node, "QMessageBox"
            ):
                formats = [ast.unparse(call) for call in _calls(node, "setTextFormat")]
                if not any("PlainText" in text for text in formats):
                    problems.append(f"{where}:{node.lineno}: a QMessageBox without plain text")
            if isinstance(node, ast.Call) and _calls(node, "addRow") == [node] and node.args:
                first = node.args[0]  # a string makes Qt create the row's label
                if isinstance(first, ast.Constant | ast.JoinedStr) or (
                    isinstance(first, ast.Call) and ast.unparse(first.func).endswith("tr")
                ):
                    problems.append(f"{where}:{node.lineno}: a form row labelled by a string")
    return problems


def test_no_module_makes_a_label_that_guesses_rich_text():
    assert guessing_labels(KIOSK) == []


def test_the_check_finds_a_careless_label(tmp_path):
    """The source check above is not vacuous: it finds each way of making a guessing label."""
    careless = tmp_path / "kiosk" / "ui" / "careless.py"
    careless.parent.mkdir(parents=True)
    careless.write_text(
        "from PySide6 import QtWidgets\n"
        "from PySide6.QtWidgets import QLabel, QMessageBox\n"
        "a = QLabel('x')\n"
        "b = QtWidgets.QLabel('x')\n"
        "class Title(QtWidgets.QLabel):\n"
        "    pass\n"
        "def warn(text):\n"
        "    QMessageBox(QMessageBox.Icon.Warning, 'x', text).open()\n"
        "def rows(form):\n"
        "    form.addRow(form.tr('Name'), None)\n",
        encoding="utf-8",
    )
    assert guessing_labels(careless.parents[1]) == [
        "kiosk/ui/careless.py:3: QLabel(...)",
        "kiosk/ui/careless.py:4: QLabel(...)",
        "kiosk/ui/careless.py:5: class Title(QLabel)",
        "kiosk/ui/careless.py:7: a QMessageBox without plain text",
        "kiosk/ui/careless.py:10: a form row labelled by a string",
    ]
