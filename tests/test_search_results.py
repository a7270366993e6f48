"""The search results page: a list view that paints only the hits on screen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtTest import QTest

from kiosk.content.page_model import SearchHit
from kiosk.ui.pages.search_results import (
    ResultDelegate,
    ResultModel,
    SearchResultsPage,
    marked_spans,
)

# A top-level page on the offscreen platform (the window's own tests show whole windows).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _hits(count: int, lang: str = "en") -> list[SearchHit]:
    return [
        SearchHit(
            f"story-{n:03}",
            f"Story {n}: victims of trafficking find help",
            f"… the court heard the victims of trafficking in case {n} …",
            lang,
            dt.date(2020, 1, 1) + dt.timedelta(days=n),
        )
        for n in range(count)
    ]


@pytest.fixture
def page(qtbot):
    page = SearchResultsPage()
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_marks_every_word_of_the_query_whatever_its_case():
    text = "Victims of trafficking: the VICTIMS speak"
    assert marked_spans(text, "victims") == [(0, 7), (28, 35)]
    assert marked_spans(text, "of trafficking") == [(8, 10), (11, 22)]
    assert marked_spans("Straße in Köln", "köln") == [(10, 14)]  # ß folds to two letters
    assert marked_spans("Жертвы торговли", "торг") == [(7, 11)]
    assert marked_spans("儿童贩运", "儿童") == [(0, 2)]
    assert marked_spans("nothing here", "zzz") == []


def test_only_the_hits_on_screen_are_painted(page, qtbot, monkeypatch):
    painted: list[int] = []
    original = ResultDelegate.paint

    def counting(self, painter, option, index):
        painted.append(index.row())
        original(self, painter, option, index)

    monkeypatch.setattr(ResultDelegate, "paint", counting)
    page.show_hits("victims", _hits(50), "en", {"story-000": "Cambodia"})
    view = page.results
    qtbot.waitUntil(lambda: view.indexAt(QPoint(view.viewport().width() // 2, 2)).isValid())
    painted.clear()
    page.grab()
    assert page.hit_ids() == [f"story-{n:03}" for n in range(50)]
    assert painted and painted[0] == 0
    assert len(set(painted)) < 10  # a screenful, not fifty


def test_a_tap_or_enter_opens_the_story(page, qtbot):
    page.show_hits("victims", _hits(5), "en")
    view = page.results
    second = view.visualRect(view.model().index(1, 0)).center()
    with qtbot.waitSignal(page.story_opened, timeout=1000) as opened:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert opened.args == ["story-001"]
    page.focus_first()
    with qtbot.waitSignal(page.story_opened, timeout=1000) as opened:
        QTest.keyClick(view, Qt.Key.Key_Down)
        QTest.keyClick(view, Qt.Key.Key_Down)
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == ["story-002"]


def test_each_hit_names_its_story_and_says_where_it_comes_from(page):
    page.show_hits("victims", _hits(2), "en", {"story-001": "Mexico"})
    model = page.results.model()
    first, second = model.index(0, 0), model.index(1, 0)
    assert (
        first.data(Qt.ItemDataRole.AccessibleTextRole)
        == "Story 0: victims of trafficking find help"
    )
    description = second.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "Mexico" in description and "2 January 2020" in description
    assert "case 1" in description


def test_a_story_found_in_another_language_says_so_as_its_card_does(page):
    """The truthful note of the home card and the story page ("Published in English"),
    on the hit's date line and in what a screen reader says; none for a hit in the
    interface language."""
    found = [
        SearchHit("ar-1", "ضحايا الاتجار", "… الضحايا …", "ar", dt.date(2021, 5, 1)),
        SearchHit("en-1", "Victims", "… the victims in court …", "en", dt.date(2021, 5, 2)),
    ]
    page.show_hits("victims", found, "en", {"en-1": "Mexico"})
    model = page.results.model()
    arabic, english = model.index(0, 0), model.index(1, 0)
    assert arabic.data(ResultModel.META) == "1 May 2021 · Published in Arabic"
    assert "Published in Arabic" in arabic.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert english.data(ResultModel.META) == "2 May 2021 · Mexico"


def test_back_has_the_arrow_of_every_other_page_pointing_the_way_the_page_reads(page):
    def arrow() -> QImage:
        assert not page.back_button.icon().isNull()
        return page.back_button.icon().pixmap(24, 24).toImage()

    left = arrow()
    page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    right = arrow()
    assert right != left  # arrow-right in right-to-left pages


def test_an_arabic_hit_reads_right_to_left_in_an_english_interface(page):
    arabic = [
        SearchHit("ar-1", "ضحايا الاتجار", "… الضحايا في المحكمة …", "ar", dt.date(2021, 5, 1))
    ]
    english = [SearchHit("en-1", "Victims", "… the victims in court …", "en", dt.date(2021, 5, 1))]
    ink = []
    for found in (arabic, english):
        page.show_hits("الضحايا", found, "en")
        ink.append(_title_ink(page.results))
    (ar_left, ar_right), (en_left, en_right) = ink
    # A short title: the Arabic one ends at the card's right edge, the English one starts
    # at its left edge.
    assert ar_left > en_right
    assert ar_right > en_right + 200 and en_left < ar_left - 200


def _title_ink(view) -> tuple[int, int]:
    """Leftmost and rightmost columns of text pixels in the first card's title line."""
    image: QImage = view.viewport().grab().toImage()
    delegate = view.itemDelegate()
    width = delegate.card_width()
    left = (view.viewport().width() - width) // 2
    top = view.visualRect(view.model().index(0, 0)).top() + delegate.PAD[1]
    title_font = delegate.fonts()[0]
    bottom = top + QFontMetrics(title_font).ascent()
    background = image.pixelColor(left + width // 2, top - 8).lightness()
    columns = [
        x
        for x in range(left + 8, left + width - 8)
        for y in range(top + 4, bottom, 2)
        if image.pixelColor(x, y).lightness() < background - 100
    ]
    assert columns, "no text painted in the title line"
    return min(columns), max(columns)


def test_no_results_shows_the_message_not_an_empty_list(page):
    page.show_hits("zzzz", [], "en")
    assert not page.results.isVisible()
    assert page.no_results.isVisible()
    assert "zzzz" in page.no_results.text()


def test_each_card_is_as_tall_as_its_text(page, qtbot):
    short = SearchHit("short", "Help", "… victims …", "en", dt.date(2021, 5, 1))
    long = SearchHit(
        "long", "Victims " * 30, "victims of trafficking " * 20, "en", dt.date(2021, 5, 1)
    )
    page.show_hits("victims", [short, long], "en")
    view = page.results
    qtbot.waitUntil(lambda: view.indexAt(QPoint(view.viewport().width() // 2, 2)).isValid())
    first, second = (view.visualRect(view.model().index(row, 0)) for row in (0, 1))
    assert first.height() + 30 < second.height()  # more title and snippet lines
    assert second.height() < view.viewport().height()  # clamped: a card fits the screen
