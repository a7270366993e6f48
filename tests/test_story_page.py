"""The story page: its picture, chips, source line, excerpt marking, and ways on.

Uses the bundled content (34 stories): previous, next and related stories must follow
the carousel's active filter.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kiosk.content.store import ContentStore
from kiosk.core import locate
from kiosk.ui.pages.story_page import HERO_MIN

CAMBODIA = "2012-07-04-cambodia-trust-fund-children"
INDIA = "2012-06-18-india-border-guards"
QUERETARO = "2011-09-09-queretaro-blue-heart-city"
OSCE_REVIEW = "2012-03-30-unodc-osce-review"  # English and French


@pytest.fixture
def bundled_store():
    store = ContentStore(locate.bundled_database(), locate.resources_root())
    yield store
    store.close()


@pytest.fixture
def window(window_factory, bundled_store):
    return window_factory(bundled_store)


def test_next_and_previous_follow_the_active_filter(window, bundled_store, qtbot):
    window.chips.select("tag", "children")
    ids = window.carousel.model.ids()
    assert ids == bundled_store.story_ids("en", tag="children") and len(ids) >= 3
    window.open_story(ids[1])
    page = window.story_page
    assert (page.context.previous_id, page.context.next_id) == (ids[0], ids[2])
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.story.id == ids[2]
    assert window.carousel.current_index == 2  # Back shows the story last read
    window.open_story(ids[-1])
    assert page.context.next_id is None and not page.next_button.isEnabled()
    window.open_story(ids[0])
    assert page.context.previous_id is None and not page.previous_button.isEnabled()


def test_related_stories_share_topic_or_country_within_the_filter(window, bundled_store):
    window.chips.select("tag", "trust-fund")
    shown = set(window.carousel.model.ids())
    window.open_story(CAMBODIA)
    related = window.story_page.context.related
    assert 1 <= len(related) <= 3
    cambodia = bundled_store.story(CAMBODIA, "en")
    for card in related:
        assert card.id in shown and card.id != CAMBODIA
        assert card.country == cambodia.country or set(card.tags) & set(cambodia.tags)
    window.chips.select("", "")
    window.open_story(CAMBODIA)
    everything = {card.id for card in window.story_page.context.related}
    assert len(everything) == 3
    tapped = window.story_page.related_cards[0]
    tapped.click()
    assert window.story_page.story.id == tapped.story_id


def test_a_chip_on_the_story_page_filters_the_carousel(window):
    window.open_story(CAMBODIA)
    page = window.story_page
    assert set(page.filter_chips) == {
        ("country", "KH"),
        ("tag", "children"),
        ("tag", "trust-fund"),
        ("tag", "victim-support"),
    }
    assert page.filter_chips[("country", "KH")].text() == "Cambodia"
    page.filter_chips[("country", "KH")].click()
    assert window.current_page_name() == "home"
    assert window.chips.selected == ("country", "KH")
    assert window.carousel.model.ids() == [CAMBODIA]


def test_related_help_opens_the_trust_fund_and_the_first_aid_kit(window):
    window.open_story(CAMBODIA)  # tagged with the Trust Fund
    assert [card.resource_id for card in window.story_page.help_cards] == ["trust-fund"]
    window.open_story(INDIA)  # about first responders (law enforcement)
    assert [card.resource_id for card in window.story_page.help_cards] == ["first-aid-kit"]
    window.story_page.help_cards[0].click()
    assert window.current_page_name() == "resource:first-aid-kit"
    window.open_story(QUERETARO)
    assert window.story_page.help_cards == []
    assert window.story_page.help_panel.isHidden()


def test_source_line_instead_of_a_photo_credit(window):
    window.set_language("fr")
    window.open_story(CAMBODIA)
    page = window.story_page
    page.accept_content_note()
    source = "Source : ONUDC, article d’actualité du 4 juillet 2012"
    # After the text, as a news item ends (it scrolls with the text on a short screen).
    assert page.body.tail_text().startswith(source)
    assert page.body.toPlainText().rstrip().endswith(page.body.tail_text())
    texts = [label.text() for label in page.findChildren(type(page.title))]
    assert not any("Crédit" in text or "Credit" in text for text in texts)
    assert not window.carousel.card.credit.isVisibleTo(window.carousel.card)


def test_excerpts_are_marked(window):
    window.open_story(CAMBODIA)
    page = window.story_page
    page.accept_content_note()
    assert page.fallback.text() == "Excerpt: only the opening of the news item"
    assert page.fallback.isVisibleTo(page)
    window.open_story(QUERETARO)
    assert "Excerpt" not in page.fallback.text()


def test_an_english_excerpt_says_both_in_one_note_in_arabic(window, qapp):
    """ "Published in English" and "Excerpt" share one banner: on a laptop with the
    largest text the story shows four lines of its text (two and a half before)."""
    from dataclasses import replace

    from kiosk.ui.theme import TEXT_SIZES

    window.set_theme(replace(window.theme, text_scale=TEXT_SIZES[-1]))
    window.resize(1366, 768)
    window.set_language("ar")
    window.open_story(CAMBODIA)
    page = window.story_page
    page.accept_content_note()
    assert page.fallback.text() == "منشور باللغة الإنجليزية  ·  مقتطف: بداية الخبر فقط"
    notes = [
        label for label in page.findChildren(QLabel, "FallbackNote") if label.isVisibleTo(page)
    ]
    assert notes == [page.fallback]
    for _ in range(6):
        qapp.processEvents()
    body = page.body
    assert body.viewport().height() >= 4 * body.fontMetrics().lineSpacing()


def test_the_content_note_is_worded_for_the_story(window):
    window.set_language("ru")
    window.open_story(CAMBODIA)
    text = window.story_page.content_note.text.text()
    assert text.startswith("Эта история о детях")
    assert "реальн" not in text  # not "a real person": the story is about children in general


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "Publié en anglais"),
        ("es", "Publicado en inglés"),
        ("ru", "Опубликовано на языке «английский»"),
        ("ar", "منشور باللغة الإنجليزية"),
        ("zh", "以英文发布"),
    ],
)
def test_an_english_only_story_says_published_in_english(window, lang, expected):
    window.set_language(lang)
    window.open_story(QUERETARO)
    page = window.story_page
    assert page.fallback.text() == expected and page.fallback.isVisibleTo(page)
    row = window.carousel.model.row_of(QUERETARO)
    window.carousel.set_current(row)
    assert window.carousel.card.fallback.text() == expected


def test_no_fallback_banner_in_the_stories_own_language(window):
    window.set_language("fr")
    window.open_story(OSCE_REVIEW)
    assert not window.story_page.fallback.isVisibleTo(window.story_page)
    window.set_language("en")
    assert not window.story_page.fallback.isVisibleTo(window.story_page)


def test_the_hero_shows_the_country_or_the_topic(window):
    window.open_story(CAMBODIA)
    hero = window.story_page.hero
    assert hero.shows_map and hero.country == "KH"
    window.open_story("2011-10-18-trust-fund-first-grants")  # no country: its topic
    assert not hero.shows_map


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1366, 768)])
def test_reading_column_keeps_a_readable_line(window, qapp, size):
    window.resize(*size)
    window.open_story(INDIA)
    for _ in range(4):
        qapp.processEvents()
    page = window.story_page
    metrics = page.body.fontMetrics()
    per_line = page.body.viewport().width() / metrics.averageCharWidth()
    assert 45 <= per_line <= 90, per_line
    assert page.hero.isVisible() and page.hero.height() >= HERO_MIN
    top = page.hero.mapTo(page, page.hero.rect().topLeft()).y()
    title = page.title.mapTo(page, page.title.rect().topLeft()).y()
    if size[1] > size[0]:
        assert top < title  # portrait: the picture above the text


def test_portrait_page_uses_its_height_for_a_short_story(window, qapp):
    """No empty band: the picture grows and the whole text shows without scrolling."""
    window.resize(1080, 1920)
    window.open_story(QUERETARO)
    for _ in range(6):
        qapp.processEvents()
    page = window.story_page
    assert page.body.verticalScrollBar().maximum() == 0  # the short text shows whole
    bottoms = [
        widget.mapTo(page, widget.rect().bottomLeft()).y()
        for widget in (page.hero, page.reading, page.help_panel, page.aside)
        if widget.isVisible()
    ]
    steps = page.steps.mapTo(page, page.steps.rect().topLeft()).y()
    assert steps - max(bottoms) < page.height() // 8, (steps, bottoms)
    assert page.hero.height() >= page.height() // 4
