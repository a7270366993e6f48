"""The self-test's layout audit: nothing clipped, nothing overlapping, targets large enough.

`audit(root)` walks every visible widget under `root` (a window, or a screen shown
over it) and returns one `Finding` per problem:

- a label or button whose text needs more room than it has: a word-wrapped text
  taller for its width than the label, or an unwrapped text wider (or taller) than
  it. A label that shortens its text on purpose (ClampedLabel, elided with "…") is
  measured on the text it shows, so it passes as long as that fits, and its full
  text must be its tooltip;
- a widget outside the window, or sticking out of the widget it lies in (Qt cuts
  it there), except inside a scroll area's viewport (it scrolls);
- a widget overlapping a sibling laid out next to it (overlays not placed by a
  layout, such as the attract screen or the "Still there?" card, are exempt);
- with `touch=True` (kiosk mode), an interactive widget smaller than 48x48 px.

Glyph coverage is checked by the self-test itself (`kiosk.selftest.run.GlyphChecker`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QScrollBar,
    QWidget,
)

from kiosk.ui.plain_text import plain_tooltip

# The smallest touch target in px (Material and Apple guidance).
MIN_TARGET = 48
# Pixels of rounding a measurement may be off by before it counts.
SLACK = 1
ELLIPSIS = "…"


@dataclass(frozen=True)
class Finding:
    widget: str
    problem: str

    def __str__(self) -> str:
        return f"{self.widget}: {self.problem}"


def describe(widget: QWidget) -> str:
    """A short name for a widget in a report: object name or class, and its text."""
    name = widget.objectName() or type(widget).__name__
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()
    if text and not text.lstrip().startswith("<"):
        short = " ".join(text.split())
        short = short if len(short) <= 40 else short[:39] + ELLIPSIS
        return f'{name} "{short}"'
    return name


def shown_root(window: QWidget) -> QWidget:
    """What the visitor sees: the topmost opaque screen laid over the whole window, or it.

    Covers (attract loop, neutral screen, PIN pad, error screen) hide the window under
    them, so only they are audited; a see-through overlay (property "see_through",
    e.g. the "Still there?" card over a dimmed page) leaves the window in view.
    """
    central = window.centralWidget() if hasattr(window, "centralWidget") else None
    covers = [
        child
        for child in window.children()
        if isinstance(child, QWidget)
        and child is not central
        and child.isVisible()
        and not child.isWindow()
        and child.geometry() == window.rect()
        and not child.property("see_through")
    ]
    return covers[-1] if covers else window


def audit(root: QWidget, *, touch: bool = False) -> list[Finding]:
    """Every layout problem of the visible widgets under `root` (itself included)."""
    findings: list[Finding] = []
    window = root.window()
    window_rect = window.rect()
    outside: set[QWidget] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or (widget.isWindow() and widget is not root.window()):
            continue
        if _inside_scrolled_content(widget):
            continue  # scroll areas show part of their content by design
        name = describe(widget)
        for problem in _text_problems(widget):
            findings.append(Finding(name, problem))
        if widget is not window:
            top_left = widget.mapTo(window, widget.rect().topLeft())
            where = QRect(top_left, widget.size())
            if not _contains(window_rect, where):
                outside.add(widget)
                if widget.parentWidget() not in outside:  # say it once, for the outermost
                    findings.append(Finding(name, f"outside the window ({_rect(where)})"))
            else:
                parent = widget.parentWidget()
                if (
                    parent is not None
                    and not _scrolls(parent)
                    and not _contains(parent.rect(), widget.geometry())
                ):
                    findings.append(
                        Finding(
                            name,
                            f"cut by {describe(parent)}: {_rect(widget.geometry())}"
                            f" in {parent.width()}x{parent.height()}",
                        )
                    )
        if (
            touch
            and _interactive(widget)
            and (widget.width() < MIN_TARGET or widget.height() < MIN_TARGET)
        ):
            findings.append(
                Finding(
                    name,
                    f"touch target {widget.width()}x{widget.height()} px,"
                    f" less than {MIN_TARGET}x{MIN_TARGET}",
                )
            )
        findings += _overlaps(widget)
        if isinstance(widget, QAbstractScrollArea):
            findings += _unscrollable(widget, name)
    return findings


def _unscrollable(area: QAbstractScrollArea, name: str) -> list[Finding]:
    """Content cut across the direction a scroll area scrolls in.

    The direction is the area's "scrolls" property ("horizontal", "vertical"; a row
    panned by touch and arrows with its bars hidden says so), else any direction whose
    scroll bar is not always off. Across it, the content must fit.
    """
    content = getattr(area, "widget", lambda: None)()
    if content is None:
        return []
    off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    scrolls = area.property("scrolls") or ""
    view = area.viewport().size()
    findings = []
    fixed_v = scrolls == "horizontal" or (not scrolls and area.verticalScrollBarPolicy() == off)
    fixed_h = scrolls == "vertical" or (not scrolls and area.horizontalScrollBarPolicy() == off)
    if fixed_v and content.height() > view.height() + SLACK:
        findings.append(Finding(name, f"content {content.height()} px high, {view.height()} shown"))
    if fixed_h and content.width() > view.width() + SLACK:
        findings.append(Finding(name, f"content {content.width()} px wide, {view.width()} shown"))
    return findings


def _rect(rect: QRect) -> str:
    return f"{rect.width()}x{rect.height()} at {rect.x()},{rect.y()}"


def _contains(outer: QRect, inner: QRect) -> bool:
    return (
        inner.left() >= outer.left() - SLACK
        and inner.top() >= outer.top() - SLACK
        and inner.right() <= outer.right() + SLACK
        and inner.bottom() <= outer.bottom() + SLACK
    )


def _scrolls(widget: QWidget) -> bool:
    """True for a scroll area's viewport: what lies in it may extend beyond it."""
    area = widget.parentWidget()
    return isinstance(area, QAbstractScrollArea) and area.viewport() is widget


def _inside_scrolled_content(widget: QWidget) -> bool:
    """True for anything laid out inside a scroll area's content (it scrolls into view)."""
    parent = widget.parentWidget()
    while parent is not None:
        if _scrolls(parent):
            return True
        parent = parent.parentWidget()
    return False


def _interactive(widget: QWidget) -> bool:
    if isinstance(widget, QScrollBar):
        return False  # the content itself pans by touch; the bar only shows where it is
    return isinstance(
        widget, QAbstractButton | QLineEdit | QAbstractSlider | QComboBox | QAbstractItemView
    )


def _text_problems(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return _label_problems(widget)
    if isinstance(widget, QAbstractButton) and widget.text():
        need = widget.sizeHint()
        if need.width() > widget.width() + SLACK:
            return [f"text needs {need.width()} px wide, has {widget.width()}"]
        if need.height() > widget.height() + SLACK:
            return [f"text needs {need.height()} px high, has {widget.height()}"]
    return []


def _label_problems(label: QLabel) -> list[str]:
    text = label.text()
    if not text.strip():
        return []
    problems: list[str] = []
    full = getattr(label, "full_text", None)
    if callable(full) and text.endswith(ELLIPSIS) and label.toolTip() != plain_tooltip(full()):
        problems.append("shortened without its full text as tooltip")
    if label.wordWrap():
        need_height = label.heightForWidth(label.width())
        if need_height > label.height() + SLACK:
            problems.append(
                f"text needs {need_height} px high at {label.width()} px wide, has {label.height()}"
            )
        need_width = label.minimumSizeHint().width()
        if need_width > label.width() + SLACK:
            problems.append(f"a word needs {need_width} px wide, has {label.width()}")
        return problems
    need = label.sizeHint()
    if need.width() > label.width() + SLACK:
        problems.append(f"text needs {need.width()} px wide, has {label.width()}")
    if need.height() > label.height() + SLACK:
        problems.append(f"text needs {need.height()} px high, has {label.height()}")
    return problems


def _laid_out(parent: QWidget) -> list[QWidget]:
    """The visible children of `parent` placed by its layout (nested layouts included).

    Asks each layout `indexOf(widget)` rather than walking its items: a Python wrapper
    of a QLayoutItem outlives the item (PySide cannot see it deleted) and crashed later.
    """
    top = parent.layout()
    if top is None:
        return []
    layouts = [top, *top.findChildren(QLayout)]
    return [
        child
        for child in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if child.isVisible() and any(layout.indexOf(child) >= 0 for layout in layouts)
    ]


def _overlaps(parent: QWidget) -> list[Finding]:
    children = _laid_out(parent)
    findings = []
    for i, first in enumerate(children):
        a = first.geometry()
        for second in children[i + 1 :]:
            common = a.intersected(second.geometry())
            if common.width() > SLACK and common.height() > SLACK:
                findings.append(
                    Finding(
                        describe(first),
                        f"overlaps {describe(second)} by {common.width()}x{common.height()} px",
                    )
                )
    return findings
