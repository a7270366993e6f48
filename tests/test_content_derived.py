"""The chips' counts and the story orders the build stores (kiosk/content/derived.py) match
the stories, after a build, a rebuild and a pack install; a database without them (built
by an older version) reads the same."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from kiosk.content.build import build_database
from kiosk.content.derived import DERIVED_TABLES, LABEL_COUNT_SQL, shown_order
from kiosk.content.store import ContentStore
from kiosk.packs.atomic_install import install_pack
from kiosk.packs.builder import build_pack
from tests.pack_fixtures import make_key, make_source, trust

CAMBODIA = "stories/2012-07-04-cambodia/story.toml"


def stored_matches_stories(db: Path) -> dict[str, int]:
    """Asserts both tables hold what the stories say; returns the stored tag counts."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        for kind, sql in LABEL_COUNT_SQL.items():
            stored = dict(
                conn.execute("SELECT key, story_count FROM label_counts WHERE kind = ?", (kind,))
            )
            assert stored == dict(conn.execute(sql)), kind
        positions = dict(conn.execute("SELECT code, position FROM languages"))
        texts = conn.execute("SELECT story_id, lang, published, rowid FROM story_texts").fetchall()
        for lang in positions:
            stored_order = [
                (story_id, rowid, bool(fallback))
                for story_id, rowid, fallback in conn.execute(
                    "SELECT story_id, text_rowid, fallback FROM story_order"
                    " WHERE lang = ? ORDER BY position",
                    (lang,),
                )
            ]
            assert stored_order == shown_order(texts, lang, positions), lang
            # The rowids name the texts shown (they survive the build's VACUUM).
            for story_id, rowid, fallback in stored_order:
                text_lang = conn.execute(
                    "SELECT lang FROM story_texts WHERE rowid = ? AND story_id = ?",
                    (rowid, story_id),
                ).fetchone()[0]
                assert (text_lang != lang) == fallback
        return dict(conn.execute("SELECT key, story_count FROM label_counts WHERE kind = 'tag'"))
    finally:
        conn.close()


def test_build_stores_tag_counts_and_orders_that_match_the_stories(sample_db):
    assert stored_matches_stories(sample_db) == {"children": 2, "trust-fund": 1}
    store = ContentStore(sample_db)
    try:
        assert store._derived  # the store reads them rather than scanning the stories
        tags = {label.key: label.count for label in store.labels("tag", "en")}
        assert tags == {"children": 2, "trust-fund": 1}
        assert {label.key: label.count for label in store.labels("country", "en")} == {"KH": 1}
    finally:
        store.close()


def test_a_rebuild_after_an_edit_counts_again(tmp_path):
    src = make_source(tmp_path / "src")
    db = build_database(src, tmp_path / "content.db").path
    toml = src / CAMBODIA
    toml.write_text(toml.read_text().replace('"trust-fund"]', '"trust-fund", "labour"]'))
    build_database(src, db)
    assert stored_matches_stories(db) == {"children": 2, "trust-fund": 1, "labour": 1}


def test_an_installed_pack_has_counts_of_its_own_stories(tmp_path):
    key, public = make_key(tmp_path / "keys")
    src = make_source(tmp_path / "src", "Story of version 7")
    toml = src / CAMBODIA
    toml.write_text(toml.read_text().replace('["children", "trust-fund"]', '["trust-fund"]'))
    pack = build_pack(src, tmp_path / "v7.kpack", key, version="7").path
    result = install_pack(pack, tmp_path / "data", trust(public))
    assert stored_matches_stories(result.database) == {"children": 1, "trust-fund": 1}


def without_derived_tables(db: Path, out: Path) -> Path:
    """The database as a build of an older version wrote it."""
    shutil.copy(db, out)
    conn = sqlite3.connect(out)
    for table in DERIVED_TABLES:
        conn.execute(f"DROP TABLE {table}")
    conn.commit()
    conn.close()
    return out


def test_a_database_without_them_loads_and_reads_the_same(sample_db, tmp_path):
    old = without_derived_tables(sample_db, tmp_path / "old.db")
    new_store, old_store = ContentStore(sample_db), ContentStore(old)
    try:
        assert not old_store._derived
        for language in new_store.languages():
            lang = language.code
            for kind in ("tag", "country"):
                assert old_store.labels(kind, lang) == new_store.labels(kind, lang)
            assert old_store.story_ids(lang) == new_store.story_ids(lang)
            cards = [(c.id, c.shown, c.title) for c in new_store.stories(lang)]
            assert [(c.id, c.shown, c.title) for c in old_store.stories(lang)] == cards
            assert old_store.search("the", lang) == new_store.search("the", lang)
            assert old_store.search("Po", lang) == new_store.search("Po", lang)
        assert old_store.story_ids("de") == new_store.story_ids("de")  # not a content language
    finally:
        new_store.close()
        old_store.close()


def test_the_bundled_database_has_them():
    from kiosk.core import locate

    stored_matches_stories(locate.bundled_database())
