"""What the app reads at start, worked out from the stories: written by the build, or
computed by the store for a database built before these tables existed.

- `label_counts(kind, key, story_count)`: how many stories carry each tag (kind "tag")
  or country ("country"): the filter chips' counts.
- `story_order(lang, position, story_id, text_rowid, fallback)`: per interface language,
  every story newest first with the text shown for it (that language, else English,
  else the first in the languages' order) and whether that text is a fallback.

Both depend on nothing but the stories and the languages, which a content database
never changes after its build, so the build writes them once and the app reads them
instead of scanning every story at start (10,000 stories: ~60-100 ms of Python and
json_each before the first frame). The one function below makes the order for both.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

# SQL counting the stories per tag / country (the build and older databases alike).
LABEL_COUNT_SQL = {
    "tag": "SELECT j.value AS key, count(*) AS n FROM stories, json_each(stories.tags) j"
    " GROUP BY j.value",
    "country": "SELECT country AS key, count(*) AS n FROM stories"
    " WHERE country IS NOT NULL GROUP BY country",
}

DERIVED_TABLES = ("label_counts", "story_order")


def shown_order(
    texts: Iterable[tuple[str, str, str, int]], lang: str, positions: dict[str, int]
) -> list[tuple[str, int, bool]]:
    """(story id, rowid of the text shown for `lang`, is a fallback), newest first.

    `texts` are (story id, language, published, rowid) of every story text;
    `positions` the languages' order. Ties in date go by story id.
    """
    best: dict[str, tuple[tuple[int, int], str, int, bool]] = {}
    for story_id, text_lang, published, rowid in texts:
        if text_lang == lang:
            rank = (0, 0)
        elif text_lang == "en":
            rank = (1, 0)
        else:
            rank = (2, positions.get(text_lang, 1 << 30))
        found = best.get(story_id)
        if found is None or rank < found[0]:
            best[story_id] = (rank, published, rowid, text_lang != lang)
    order = sorted(best.items(), key=lambda item: item[0])  # id ascending, then
    order.sort(key=lambda item: item[1][1], reverse=True)  # newest first (stable)
    return [(story_id, rowid, fallback) for story_id, (_r, _p, rowid, fallback) in order]


def write_tables(conn: sqlite3.Connection) -> None:
    """Creates and fills both tables from the stories and languages already written."""
    conn.execute(
        "CREATE TABLE label_counts (kind TEXT, key TEXT, story_count INTEGER,"
        " PRIMARY KEY (kind, key)) WITHOUT ROWID"
    )
    for kind, sql in LABEL_COUNT_SQL.items():
        conn.executemany(
            "INSERT INTO label_counts VALUES (?, ?, ?)",
            [(kind, key, n) for key, n in conn.execute(sql)],
        )
    conn.execute(
        "CREATE TABLE story_order (lang TEXT, position INTEGER, story_id TEXT,"
        " text_rowid INTEGER, fallback INTEGER, PRIMARY KEY (lang, position)) WITHOUT ROWID"
    )
    positions = dict(conn.execute("SELECT code, position FROM languages"))
    texts = conn.execute("SELECT story_id, lang, published, rowid FROM story_texts").fetchall()
    for lang in positions:
        conn.executemany(
            "INSERT INTO story_order VALUES (?, ?, ?, ?, ?)",
            [
                (lang, position, story_id, rowid, int(fallback))
                for position, (story_id, rowid, fallback) in enumerate(
                    shown_order(texts, lang, positions)
                )
            ],
        )
