"""The committed database is never stale against the committed content sources."""

from __future__ import annotations

from kiosk.content.build import content_hash
from kiosk.content.sources import read_tree
from kiosk.content.store import ContentStore
from kiosk.core import locate


def test_bundled_database_matches_its_sources():
    tree, log = read_tree(locate.content_sources())
    assert log.errors == []
    store = ContentStore(locate.bundled_database())
    try:
        assert store.content_hash == content_hash(tree), (
            "resources/content.db is stale: rebuild it with "
            "`python -m kiosk content build resources/content -o resources/content.db`"
        )
    finally:
        store.close()


def test_bundled_database_holds_every_story_and_the_core_resources():
    tree, _ = read_tree(locate.content_sources())
    store = ContentStore(locate.bundled_database())
    try:
        assert store.story_count() == len(tree.stories)
        resources = {r.id: r for r in store.resources("en")}
        assert resources["first-aid-kit"].kind == "document"
        assert resources["affected-for-life"].kind == "film"
        assert resources["trust-fund"].kind == "fund"
        cambodia = [c for c in store.stories("en", country="KH")]
        assert any(set(c.languages) >= {"en", "fr", "es", "ru"} for c in cambodia)
    finally:
        store.close()
