"""The read-only content store: fallback, search, and clear errors."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from kiosk.content.model import fallback_order
from kiosk.content.store import ContentStore, ContentStoreError


def test_stories_newest_first_with_language_shown(sample_store):
    cards = sample_store.stories("ru")
    assert [c.id for c in cards] == [
        "2012-07-04-cambodia",
        "2012-03-30-osce-review",
        "2011-09-09-queretaro",
    ]
    cambodia, osce, queretaro = cards
    assert (cambodia.shown.lang, cambodia.shown.is_fallback) == ("ru", False)
    assert cambodia.title.startswith("Камбоджа")
    assert (queretaro.shown.lang, queretaro.shown.is_fallback) == ("en", True)
    # no English version: falls back to the first language that has one
    assert (osce.shown.lang, osce.shown.is_fallback) == ("fr", True)


def test_fallback_order_is_wanted_then_english_then_list_order():
    assert fallback_order("ar", ["fr", "es", "en"]) == ["en", "fr", "es"]
    assert fallback_order("es", ["fr", "es", "en"]) == ["es", "en", "fr"]
    assert fallback_order("zh", ["ru", "fr"]) == ["ru", "fr"]


def test_story_date_is_the_shown_language_publication(sample_store):
    assert str(sample_store.story("2012-07-04-cambodia", "en").date) == "2012-07-09"
    assert str(sample_store.story("2012-07-04-cambodia", "fr").date) == "2012-07-04"


def test_story_page_has_body_source_and_languages(sample_store):
    story = sample_store.story("2012-07-04-cambodia", "es")
    assert story.shown.lang == "en" and story.shown.is_fallback
    assert "Second paragraph." in story.body
    assert story.summary == "The thriving cross-border trade in Poipet."
    assert story.languages == ("en", "fr", "ru", "zh")
    assert story.sensitive
    assert sample_store.story("no-such-story", "en") is None


def test_filters_by_tag_and_country(sample_store):
    assert {c.id for c in sample_store.stories("en", tag="children")} == {
        "2012-07-04-cambodia",
        "2011-09-09-queretaro",
    }
    assert [c.id for c in sample_store.stories("en", country="KH")] == ["2012-07-04-cambodia"]
    tags = {label.key: label.text for label in sample_store.labels("tag", "ar")}
    assert tags == {"children": "الأطفال", "trust-fund": "الصندوق الاستئماني"}


def test_resource_files_fall_back_per_language(sample_store):
    kit = sample_store.resource("first-aid-kit", "ar")
    assert kit.shown.is_fallback and kit.title == "First Aid Kit"
    assert kit.file_for("fr").path.name == "kit.fr.pdf"
    assert kit.file_for("ar").path.name == "kit.en.pdf"
    assert kit.file_for("ar").exists
    fund = sample_store.resource("trust-fund", "fr")
    assert fund.url.startswith("https://") and fund.file_for("fr") is None


@pytest.mark.parametrize(
    ("query", "lang", "found"),
    [
        ("Камбоджа", "ru", "2012-07-04-cambodia"),
        ("камбоджа", "ru", "2012-07-04-cambodia"),  # case-folded in Cyrillic
        ("信托基金", "zh", "2012-07-04-cambodia"),
        ("信托", "zh", "2012-07-04-cambodia"),  # two characters: shorter than a trigram
        ("poipet", "en", "2012-07-04-cambodia"),
        ("Blue Heart", "fr", "2011-09-09-queretaro"),  # the English text shown in French
    ],
)
def test_search_finds_story_in_any_script(sample_store, query, lang, found):
    assert [hit.story_id for hit in sample_store.search(query, lang)] == [found]


@pytest.mark.parametrize("query", ["", "   ", '"*(', "*", "AND OR NOT", '"', "NEAR(a b)", "%_"])
def test_search_input_cannot_break_it(sample_store, query):
    assert sample_store.search(query, "en") == []


def test_wrong_path_is_a_clear_error_and_creates_nothing(tmp_path):
    missing = tmp_path / "nope" / "content.db"
    with pytest.raises(ContentStoreError, match="content database not found"):
        ContentStore(missing)
    assert not missing.exists() and not missing.parent.exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "not a kiosk content database \\(empty\\)"),
        (b"this is not sqlite at all" * 100, "not a readable content database"),
    ],
)
def test_empty_or_corrupt_file_is_a_clear_error(tmp_path, data, message):
    path = tmp_path / "content.db"
    path.write_bytes(data)
    with pytest.raises(ContentStoreError, match=message):
        ContentStore(path)


def test_wrong_schema_is_a_clear_error(sample_db):
    conn = sqlite3.connect(sample_db)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(ContentStoreError, match="schema version '99'"):
        ContentStore(sample_db)


def test_other_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    with pytest.raises(ContentStoreError, match="missing tables: languages"):
        ContentStore(path)


def test_store_is_read_only(sample_db):
    store = ContentStore(sample_db)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store._conn.execute("DELETE FROM stories")
    store.close()


def test_story_ids_and_cards_match_stories_in_every_language(sample_store):
    for lang in ("en", "fr", "ru", "ar", "zh", "xx"):
        cards = sample_store.stories(lang)
        assert sample_store.story_ids(lang) == [card.id for card in cards]
        assert sample_store.story_cards([c.id for c in reversed(cards)], lang) == cards[::-1]
        for tag in ("children", "police"):
            expected = [card.id for card in sample_store.stories(lang, tag=tag)]
            assert sample_store.story_ids(lang, tag=tag) == expected
        expected = [card.id for card in sample_store.stories(lang, country="Cambodia")]
        assert sample_store.story_ids(lang, country="Cambodia") == expected
    assert sample_store.story_cards(["nope"], "en") == []


@pytest.mark.parametrize("lang", ["en", "fr", "ru", "ar", "zh"])
def test_short_terms_ignore_case_reach_fallback_texts_newest_first(sample_store, lang):
    def ids(query: str) -> list[str]:
        return [hit.story_id for hit in sample_store.search(query, lang)]

    # "Blue Heart" is in the English text, which French, Arabic... visitors are shown.
    for query in ("bl", "BL", "Bl", "b", "B"):
        assert "2011-09-09-queretaro" in ids(query), query
    hits = sample_store.search("e", lang)
    assert [hit.date for hit in hits] == sorted((hit.date for hit in hits), reverse=True)
    assert len(sample_store.search("e", lang, limit=2)) == 2
    assert ids("qz") == []


def test_short_cyrillic_terms_ignore_case(sample_store):
    for query in ("ка", "КА", "Ка"):
        assert "2012-07-04-cambodia" in [hit.story_id for hit in sample_store.search(query, "ru")]


def test_resource_sources_and_story_notes_round_trip(tmp_path):
    from kiosk.content.build import build_database
    from kiosk.content.model import SourceRef
    from tests.sample_content import write_sample_content

    src = write_sample_content(tmp_path)
    (src / "resources/trust-fund/resource.toml").write_text(
        'kind = "fund"\norder = 2\noriginal_languages = ["en"]\n\n[[sources]]\n'
        'symbol = "A/RES/64/293"\ntitle = "Global Plan of Action"\n'
        'publisher = "United Nations General Assembly"\ndate = 2010-07-30\n',
        encoding="utf-8",
    )
    story = src / "stories/2012-07-04-cambodia/story.toml"
    story.write_text(
        story.read_text(encoding="utf-8").replace('content_note = "children-exploited"\n', "")
        + '\n[content_note]\nen = "About children."\nfr = "Des enfants."\n',
        encoding="utf-8",
    )
    (src / "stories/2011-09-09-queretaro/en.md").write_text(
        "# Querétaro\n\nThis year's theme of...\n", encoding="utf-8"
    )
    build_database(src, tmp_path / "c.db")
    store = ContentStore(tmp_path / "c.db", tmp_path)
    fund = store.resource("trust-fund", "en")
    assert fund.sources == (
        SourceRef(
            "Global Plan of Action",
            dt.date(2010, 7, 30),
            "United Nations General Assembly",
            "A/RES/64/293",
        ),
    )
    assert fund.original_languages == ("en",)
    assert store.resource("first-aid-kit", "en").original_languages is None
    cambodia = store.story("2012-07-04-cambodia", "ru")
    assert cambodia.content_note_for("fr") == "Des enfants."
    assert cambodia.content_note_for("zh") == "About children."
    assert store.story("2011-09-09-queretaro", "en").excerpt  # ends in "..."
    assert not cambodia.excerpt


def test_snippet_flattens_only_around_the_term_and_says_the_same():
    """The windowed snippet equals the whole-body one (whitespace runs, edges, scripts)."""
    import random

    from kiosk.content.store import _snippet, _snippet_whole

    rng = random.Random(17)
    words = ["victims", "court", "Суд", "жертвы", "الضحايا", "儿童", "a", "trafficking", "é"]
    spaces = [" ", "  ", "\n", "\n\n", "\t ", " " * 300]
    for _ in range(400):
        body = "".join(rng.choice(words) + rng.choice(spaces) for _ in range(rng.randint(0, 90)))
        if rng.random() < 0.3:
            body = rng.choice(spaces) + body
        term = rng.choice([*words, "VICTIMS", "суд", "ict", "zzz"])
        assert _snippet(body, term) == _snippet_whole(body, term), (body, term)
        assert _snippet(body, term, width=5) == _snippet_whole(body, term, width=5), (body, term)
