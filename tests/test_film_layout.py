"""The film page as trainers see it on laptops, projectors and portrait stands.

The film is the largest thing on the page; the page's side margins are the header's;
the language and subtitle choosers sit beside the title on a wide screen and under the
transport, within reach, on a portrait stand. Measured on the bundled demo film through
the self-test (which also runs the layout audit: nothing clipped, targets large enough).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel

from kiosk.ui.media_noise import MULTIMEDIA_NOISE
from kiosk.ui.theme import TEXT_SIZES
from kiosk.ui.widgets.video_view import BACKGROUND
from tests.resource_screen_helpers import bundled_resource_screens, in_window

pytestmark = pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE)


def drawn_picture(page) -> QRect:
    """The film's picture as drawn: the part of the video view that is not its backdrop."""
    image = page.video.grab().toImage()
    backdrop = BACKGROUND.rgb()
    rows = [
        y
        for y in range(0, image.height(), 2)
        if any(image.pixel(x, y) != backdrop for x in range(0, image.width(), 4))
    ]
    columns = [
        x
        for x in range(0, image.width(), 2)
        if any(image.pixel(x, y) != backdrop for y in range(0, image.height(), 4))
    ]
    if not rows or not columns:
        return QRect()
    return QRect(columns[0], rows[0], columns[-1] - columns[0] + 1, rows[-1] - rows[0] + 1)


def visit_film(sizes, scales, check) -> None:
    """Open the film page in every language at `sizes` x `scales`; `check(window, page)`
    returns what is wrong. The self-test's own checks and layout audit run too."""
    from kiosk.selftest.run import run_self_test

    seen = []

    def inspect(window):
        page = window.pages.currentWidget()
        seen.append(page)
        where = f"{window.width()}x{window.height()}/{window.theme.text_scale:g}/{window.lang}"
        return [f"{where}: {problem}" for problem in check(window, page)]

    lines: list[str] = []
    code = run_self_test(
        None,
        screens=bundled_resource_screens("film"),
        size=sizes,
        text_scales=scales,
        say=lines.append,
        inspect=inspect,
    )
    assert code == 0, "\n".join(line for line in lines if line.startswith("FAIL"))
    assert len(seen) == 6 * len(sizes) * len(scales), lines


def landscape_checks(least_picture: int):
    def check(window, page) -> list[str]:
        problems = []
        picture = drawn_picture(page)
        if picture.height() < least_picture:
            problems.append(f"the picture is {picture.height()} px tall (< {least_picture})")
        # The page's sides line up with the window's title and footer.
        title = in_window(window.title, window)
        header_side = window.width() - title.right() - 1 if window.isRightToLeft() else title.left()
        for part in (page.header.back_button, page.video, page.transport):
            box = in_window(part, window)
            side = window.width() - box.right() - 1 if window.isRightToLeft() else box.left()
            if side != header_side:
                problems.append(
                    f"{part.objectName() or type(part).__name__} is {side} px from the side,"
                    f" the header {header_side} px"
                )
        # The choosers share the row of the Back button and the title.
        back = in_window(page.header.back_button, window)
        for chooser in (page.version_box, page.subtitle_box):
            box = in_window(chooser, window)
            if not chooser.isVisible() or box.bottom() < back.top() or box.top() > back.bottom():
                problems.append(f"{chooser.objectName()} is not beside the title")
        for control in (page.version_box.sheet_button, page.subtitle_box.sheet_button):
            if control.isVisible() and min(control.width(), control.height()) < 56:
                problems.append(f"{control.objectName()} is {control.size().toTuple()}")
        return problems

    return check


@pytest.mark.slow
def test_the_film_is_the_hero_on_laptops_at_the_largest_text(qapp):
    """Before: 109-169 px of picture at 1366x768 (Arabic the least), 8 px side margins."""
    visit_film([(1366, 768), (1280, 800)], [TEXT_SIZES[-1]], landscape_checks(240))


@pytest.mark.slow
def test_the_film_is_the_hero_on_laptops_and_kiosks_at_normal_text(qapp):
    """Before: 182-224 px at 1366x768, 580 px at 1920x1080."""
    visit_film([(1366, 768)], [1.0], landscape_checks(320))
    visit_film([(1920, 1080)], [1.0], landscape_checks(640))


@pytest.mark.slow
def test_a_portrait_stand_keeps_the_choosers_and_transport_within_reach(qapp):
    """The picture fills the width at the top; everything touched is in the lower two
    thirds (the reach of a seated or short visitor), right under the picture: no empty
    band between them (before: 608-771 px); the room under the controls holds the notes
    and the film's description."""

    def check(window, page) -> list[str]:
        problems = []
        picture = drawn_picture(page)
        if picture.width() < page.width() - 2 * 48:
            problems.append(f"the picture is {picture.width()} px wide")
        for control in (page.play_button, page.version_box, page.subtitle_box):
            if in_window(control, window).top() < window.height() // 3:
                problems.append(f"{control.objectName()} is out of reach")
        picture_bottom = page.video.mapTo(window, picture.bottomLeft()).y()
        band = in_window(page.transport, window).top() - picture_bottom - 1
        if band > 32:
            problems.append(f"{band} px of empty band between the picture and the controls")
        area = getattr(page, "about_area", None)
        if area is None or not area.isVisible():
            return [*problems, "the film's description is not shown"]
        about = in_window(area, window)
        if about.top() < in_window(page.controls, window).bottom():
            problems.append("the film's description is not under the controls")
        elif about.height() < 3 * page.about.fontMetrics().lineSpacing():
            problems.append(f"the film's description has {about.height()} px")
        # One block in the middle: a width-limited picture cannot grow, so the spare room
        # is shared above the picture and under the notes (before: all of it, ~500 px at
        # text 1.0, under the notes, and nothing above the picture).
        sources = page.header.sources_label
        last = in_window(sources if sources.isVisible() else area, window)
        end = in_window(page, window).bottom() - page.layout().contentsMargins().bottom()
        if page.header.reach.isVisible():  # Back, within reach, under the notes
            end = in_window(page.header.reach, window).top() - page.layout().spacing() - 1
        above = in_window(page.stack, window).top() - in_window(page.header, window).bottom() - 1
        below = end - last.bottom()
        if abs(above - below) > 32:
            problems.append(f"spare room: {above} px above the picture, {below} px under the notes")
        # Read at arm's length: where all of it has room, the description at 16 pt (~21 px).
        if window.theme.text_scale == 1.0:
            sizes = [
                float(size) for size in re.findall(r"font-size:([0-9.]+)pt", page.about.text())
            ]
            if not sizes or min(sizes) < 16:
                problems.append(f"the film's description is at {sizes} pt")
            if area.verticalScrollBar().maximum() > 0:
                problems.append("the film's description scrolls")
        return problems

    visit_film([(1080, 1920)], [1.0, TEXT_SIZES[-1]], check)


@pytest.mark.slow
def test_the_film_says_its_language_by_the_film_in_every_shape(qapp):
    """Where no version speaks the interface language (the demo film has none in Chinese),
    "Film in English" sits with the film: on a portrait stand on the choosers' row under
    the transport (or just above the choosers), never just above the film's description,
    which is in the interface language; on a wide page over or beside the picture. Before:
    on a portrait stand "Published in English" sat right above the Chinese description,
    read as being about it."""
    from kiosk.ui.wording import language_name

    def check(window, page) -> list[str]:
        spoken = language_name(page.shown_file().lang)
        notes = [  # what a visitor sees: a note naming the language the film speaks
            label
            for label in page.findChildren(QLabel, "FallbackNote")
            if label.isVisible() and spoken in label.text()
        ]
        if window.lang in page.resource.files:
            return [f"a note with its own version: {n.text()!r}" for n in notes]
        if len(notes) != 1:
            return [f"{len(notes)} notes say the film is in {spoken}"]
        note, problems = notes[0], []
        # Read at arm's length: the size of the film's description on a stand (16 pt at
        # normal text), not the 11 pt of the notes on the text (before: 11 pt).
        if note.font().pointSizeF() < 16 * window.theme.text_scale - 0.05:
            problems.append(f"the note is {note.font().pointSizeF():g} pt")
        box = in_window(note, window)
        picture = in_window(page.stack, window)
        if page.arrangement == "tall":
            choosers = in_window(page.version_box, window)
            if not picture.bottom() < box.top() <= choosers.bottom():
                problems.append(f"the note {box} is not with the choosers {choosers}")
            about = page.about_area
            if about.isVisible() and in_window(about, window).top() <= choosers.bottom():
                problems.append("the film's description is not under the choosers")
        elif page.arrangement == "beside":
            if not picture.top() <= box.top() < picture.bottom():
                problems.append(f"the note {box} is not beside the picture {picture}")
        elif not in_window(page.header, window).bottom() < box.bottom() < picture.top():
            problems.append(f"the note {box} is not over the picture {picture}")
        return problems

    visit_film([(1080, 1920), (1366, 768), (1920, 1080)], [1.0, TEXT_SIZES[-1]], check)
