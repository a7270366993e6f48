"""[translated_by]: a version translated by the publishing organisation says so to visitors."""

from __future__ import annotations

import shutil
import sqlite3

from kiosk.content.build import build_database
from kiosk.content.edit import STORIES, ContentFolder
from kiosk.content.store import ContentStore
from kiosk.ui.pages.story_page import StoryPage


def test_translated_by_reaches_the_store(sample_src, tmp_path):
    folder = ContentFolder(sample_src)
    slug = "2011-09-09-queretaro"
    folder.set_text(STORIES, slug, "ar", "كويريتارو", "أول مدينة.")
    folder.set_value(STORIES, slug, "ar", "Hope NGO", table="translated_by")
    store = ContentStore(build_database(sample_src, tmp_path / "c.db").path)
    try:
        assert store.story(slug, "ar").translated_by == "Hope NGO"
        assert store.story(slug, "en").translated_by is None
    finally:
        store.close()


def test_old_databases_without_translated_by_still_open(sample_db, tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(sample_db, old)
    with sqlite3.connect(old) as conn:
        conn.execute("ALTER TABLE story_texts DROP COLUMN translated_by")
    store = ContentStore(old)
    try:
        assert store.story("2011-09-09-queretaro", "en").translated_by is None
    finally:
        store.close()


def test_story_page_says_who_translated_the_version_shown(qtbot, sample_src, tmp_path):
    folder = ContentFolder(sample_src)
    slug = "2011-09-09-queretaro"
    folder.set_text(STORIES, slug, "ar", "كويريتارو", "أول مدينة.")
    folder.set_value(STORIES, slug, "ar", "Hope NGO", table="translated_by")
    store = ContentStore(build_database(sample_src, tmp_path / "c.db").path)
    page = StoryPage()
    qtbot.addWidget(page)
    try:
        page.show_story(store.story(slug, "ar"), "ar")
        assert not page.fallback.isHidden()
        assert page.fallback.text() == "Translated by Hope NGO"
        page.show_story(store.story(slug, "en"), "en")
        assert page.fallback.isHidden()
    finally:
        store.close()
