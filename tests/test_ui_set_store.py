"""MainWindow.set_store: a new content store (an installed pack) replaces the old one live."""

from __future__ import annotations

from pathlib import Path

from kiosk.content.build import build_database
from kiosk.content.store import ContentStore
from tests.sample_content import LANGUAGES, write_sample_content

NEW_STORY = "2030-01-01-new-story"


def build_store(base: Path, *, new_story: bool = False, languages: str = LANGUAGES) -> ContentStore:
    """The sample content, optionally with one more story or other languages."""
    src = write_sample_content(base)
    (src / "languages.toml").write_text(languages, encoding="utf-8")
    if new_story:
        folder = src / "stories" / NEW_STORY
        folder.mkdir()
        (folder / "story.toml").write_text("date = 2030-01-01\n", encoding="utf-8")
        (folder / "en.md").write_text("# A story from the new pack\n\nNew.\n", encoding="utf-8")
    return ContentStore(build_database(src, base / "content.db").path)


def test_set_store_shows_the_new_stories_and_closes_open_pages(window_factory, tmp_path):
    old = build_store(tmp_path / "old")
    new = build_store(tmp_path / "new", new_story=True)
    window = window_factory(old)
    window.set_language("fr")
    window.chips.select("tag", "children")
    window.search("Poipet")
    window.open_story("2012-07-04-cambodia")
    window.open_resource("trust-fund")
    assert window.current_page_name() == "resource:trust-fund"
    assert NEW_STORY not in window.carousel.model.ids()

    window.set_store(new)
    old.close()

    assert window.store is new
    assert window.current_page_name() == "home"
    assert window.page("resource:trust-fund") is None
    assert window.story_page.story is None and not window.search_page.query
    assert window.lang == "fr" and window.chips.selected == ("", "")
    assert NEW_STORY in window.carousel.model.ids()
    assert window.carousel.model.rowCount() == new.story_count()
    assert window.carousel.current_index == 0
    assert [card.resource_id for card in window.resource_cards.cards] == [
        r.id for r in new.resources("fr")
    ]
    window.open_story(NEW_STORY)
    assert window.current_page_name() == "story"
    window.go_home()
    new.close()


def test_set_store_rebuilds_the_language_bar_when_the_languages_change(window_factory, tmp_path):
    old = build_store(tmp_path / "old")
    more = LANGUAGES + '\n[[language]]\ncode = "pt"\nname = "Português"\ndirection = "ltr"\n'
    new = build_store(tmp_path / "new", languages=more)
    window = window_factory(old)
    window.set_language("zh")
    window.set_store(new)
    old.close()
    assert window.language_bar.codes() == ["en", "fr", "es", "ru", "ar", "zh", "pt"]
    assert window.lang == "zh" and window.language_bar.current() == "zh"
    window.language_bar.buttons["ru"].click()
    assert window.lang == "ru"
    window.go_home()
    new.close()
