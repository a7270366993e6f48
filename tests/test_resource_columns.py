"""The guide cards' columns on a portrait stand: a Chinese title breaks between any two
characters, so it is no wider than an English one when the grid chooses its columns.

Before: a card's narrowest width was its title's longest run between spaces, which for
a Chinese title is the whole title; at 1080x1920 and the largest text the six guides
fell to one column of tall, mostly empty cards, and the story card above them shrank to
its title and button (~440 px)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.core import locate
from kiosk.ui.theme import TEXT_SIZES
from kiosk.ui.widgets.resource_cards import unbreakable_parts


def test_a_title_breaks_where_its_script_allows():
    assert unbreakable_parts("First Aid Kit for Use") == ["First", "Aid", "Kit", "for", "Use"]
    assert unbreakable_parts("联合国基金") == ["联", "合", "国", "基", "金"]
    assert unbreakable_parts("影片《Affected for Life》") == [
        "影",
        "片",
        "《Affected",
        "for",
        "Life》",
    ]
    assert unbreakable_parts("الصندوق الاستئماني") == ["الصندوق", "الاستئماني"]
    assert unbreakable_parts("") == []


@pytest.fixture
def bundled_store():
    from kiosk.content.store import ContentStore

    store = ContentStore(locate.bundled_database())
    yield store
    store.close()


def test_chinese_guides_take_the_columns_english_ones_do(window_factory, bundled_store):
    window = window_factory(bundled_store)
    window.resize(1080, 1920)
    window.set_text_size(len(TEXT_SIZES) - 1)
    columns, heights = {}, {}
    for lang in ("en", "ru", "ar", "zh"):
        window.set_language(lang)
        QApplication.processEvents()
        cards = window.resource_cards
        columns[lang] = cards._columns
        heights[lang] = cards.height()
    assert columns["zh"] >= columns["en"] >= 2, columns
    assert heights["zh"] <= heights["en"], heights
    # The story card keeps room for its text, as in the other languages.
    assert window.carousel.card.summary.isVisible()
