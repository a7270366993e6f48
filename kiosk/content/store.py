"""The read-only content store the app reads from (standard sqlite3, no Qt).

Opens the database with `mode=ro`, so a wrong path is an error and never a new
empty file, verifies every page (`PRAGMA quick_check`) and checks the schema before
anything else reads it. A damaged file is a ContentStoreError at open.

Damage found later, during a read (`sqlite3.DatabaseError`), stops at this boundary:
the read returns an empty result, `damage` keeps the reason, and `on_damage(store,
reason)` runs once so that the app can switch to other content. Nothing above the
store ever sees a sqlite3 exception.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content.derived import DERIVED_TABLES, LABEL_COUNT_SQL, shown_order
from kiosk.content.model import (
    Label,
    Language,
    MediaFile,
    Resource,
    Shown,
    SourceRef,
    StoryCard,
)
from kiosk.content.schema import REQUIRED_TABLES, SCHEMA_VERSION
from kiosk.core.durable import write_atomic

if TYPE_CHECKING:  # imported when first used (kiosk/content/page_model.py)
    from kiosk.content.page_model import SearchHit, Story

log = logging.getLogger(__name__)

# Shortest term the trigram index can find; shorter terms use a plain scan.
_TRIGRAM_MIN = 3


class ContentStoreError(Exception):
    """The content database cannot be used; the message says what to do."""


# Picks, per story or resource, the language shown: wanted, then English, then list order.
_BEST_LANG = """
    SELECT t2.lang FROM {texts} t2 LEFT JOIN languages l ON l.code = t2.lang
    WHERE t2.{key} = {outer}.id
    ORDER BY CASE t2.lang WHEN :wanted THEN 0 WHEN 'en' THEN 1 ELSE 2 END, l.position
    LIMIT 1
"""


def _guarded(empty: Callable[[], object]):
    """Read method decorator: a sqlite3.DatabaseError becomes `empty()` plus a damage report."""

    def wrap(method):
        @functools.wraps(method)
        def guarded(self: ContentStore, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except sqlite3.DatabaseError as error:
                self._damaged(f"{method.__name__}: {error}")
                return empty()

        guarded.guards_damage = True  # tests/test_store_damage.py checks every reader has it
        return guarded

    return wrap


class VerifiedFiles:
    """Databases that passed `quick_check`, by identity (size, mtime, inode), in a JSON file.

    Opening an unchanged file again skips the check (0.2-0.3 s for a 140 MB pack of
    10,000 stories; ~1 ms for the bundled one); a file replaced or written since is
    checked again. Damage that leaves the file's identity alone (a failing disk) is
    caught by the first read that meets it, at the store boundary.
    """

    def __init__(self, path: Path):
        self.path = Path(path)

    def passed(self, db: Path) -> bool:
        key, identity = _identity(db)
        return identity is not None and self._load().get(key) == identity

    def record(self, db: Path) -> None:
        key, identity = _identity(db)
        if identity is None:
            return
        known = {k: v for k, v in self._load().items() if Path(k).is_file()}
        known[key] = identity
        try:
            # Not fsynced: this is written before the first frame, where an fsync waits for
            # the disk (behind whatever else the system is writing); a record lost in a
            # power cut only means the next start checks the database again.
            write_atomic(self.path, json.dumps(known, indent=1).encode(), durable=False)
        except OSError as error:  # a full or read-only data folder: check every time
            log.info("cannot record the checked database in %s (%s)", self.path, error)

    def _load(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}


def _identity(db: Path) -> tuple[str, str | None]:
    try:
        resolved = Path(db).resolve()
        st = resolved.stat()
    except OSError:
        return str(db), None
    return str(resolved), f"{st.st_size}:{st.st_mtime_ns}:{st.st_ino}"


class ContentStore:
    def __init__(
        self,
        db_path: Path | str,
        base: Path | None = None,
        *,
        verify: bool = True,
        verified: VerifiedFiles | None = None,
        on_damage: Callable[[ContentStore, str], None] | None = None,
    ):
        self.path = Path(db_path)
        # Folder that stored media paths are relative to (holds media/ and content/).
        self.base = Path(base) if base else self.path.parent
        # Why a read failed (None while every read worked).
        self.damage: str | None = None
        self.on_damage = on_damage
        self._conn = _open_read_only(self.path)
        self._conn.create_function("kiosk_fold", 1, _fold, deterministic=True)
        if verify and not (verified is not None and verified.passed(self.path)):
            self._verify()
            if verified is not None:
                verified.record(self.path)
        self.meta = self._check_schema()
        # A database built before the chips' counts and story orders were stored (schema
        # version 1 without them): the store works them out from the stories.
        self._derived = set(DERIVED_TABLES) <= self._tables
        # Databases built before [translated_by] existed have no such column: read NULL.
        columns = {row[1] for row in self._conn.execute("PRAGMA table_info(story_texts)")}
        self._translated_by = (
            "t.translated_by" if "translated_by" in columns else "NULL AS translated_by"
        )
        self._fallbacks: dict[str, list[int]] = {}
        self._chunks: dict[str, list[tuple[list[int], str]]] = {}
        self._resources: dict[str, list[Resource]] = {}
        self._texts: list[sqlite3.Row] | None = None
        self._shown_orders: dict[str, list[tuple[str, int, bool]]] = {}
        self._ids: dict[str, list[str]] = {}
        self._meta: dict[str, tuple[str | None, tuple[str, ...]]] | None = None
        self._label_cache: dict[tuple[str, str], list[Label]] = {}
        self._ranges: dict[str, tuple[int, int] | None] = {}
        self._tags: dict[str, tuple[str, ...]] = {}
        self._langs: dict[str, tuple[str, ...]] = {}
        self._shown: dict[tuple[str, str], Shown] = {}
        try:
            self._languages = [
                Language(row["code"], row["name"], row["direction"], row["position"])
                for row in self._conn.execute("SELECT * FROM languages ORDER BY position")
            ]
        except sqlite3.DatabaseError as error:
            self._conn.close()
            raise self._unreadable(error) from error

    def close(self) -> None:
        self._conn.close()

    def _damaged(self, reason: str) -> None:
        first = self.damage is None
        if first:
            self.damage = reason
            log.error("content database %s is damaged (%s)", self.path, reason)
        if first and self.on_damage is not None:
            self.on_damage(self, reason)

    # -- languages and labels -------------------------------------------------
    def languages(self) -> list[Language]:
        return list(self._languages)

    @property
    def content_hash(self) -> str:
        return self.meta.get("content_hash", "")

    @_guarded(list)
    def labels(self, kind: str, lang: str) -> list[Label]:
        """Tags (kind "tag") or countries ("country") used by stories, labelled in `lang`."""
        if (kind, lang) not in self._label_cache:
            self._label_cache[kind, lang] = self._labels(kind, lang)
        return list(self._label_cache[kind, lang])

    def _labels(self, kind: str, lang: str) -> list[Label]:
        kind_counted = "tag" if kind == "tag" else "country"
        if self._derived:  # counted by the build
            counts = self._conn.execute(
                "SELECT key, story_count AS n FROM label_counts WHERE kind = ?", (kind_counted,)
            )
        else:
            counts = self._conn.execute(LABEL_COUNT_SQL[kind_counted])
        result = [Label(row["key"], self.label(kind, row["key"], lang), row["n"]) for row in counts]
        return sorted(result, key=lambda label: (-label.count, label.text))

    def label(self, kind: str, key: str, lang: str) -> str:
        return self._label(kind, key, lang) or key

    @_guarded(lambda: None)
    def _label(self, kind: str, key: str, lang: str) -> str | None:
        row = self._conn.execute(
            "SELECT text FROM labels WHERE kind = ? AND key = ?"
            " ORDER BY CASE lang WHEN ? THEN 0 WHEN 'en' THEN 1 ELSE 2 END LIMIT 1",
            (kind, key, lang),
        ).fetchone()
        return row["text"] if row else None

    # -- stories ----------------------------------------------------------------
    @_guarded(list)
    def stories(
        self, lang: str, *, tag: str | None = None, country: str | None = None
    ) -> list[StoryCard]:
        """Story cards newest first, each in the best language available for `lang`."""
        where, params = [], {"wanted": lang, "fallback": json.dumps(self._fallback_rowids(lang))}
        if tag:
            where.append("EXISTS (SELECT 1 FROM json_each(s.tags) WHERE value = :tag)")
            params["tag"] = tag
        if country:
            where.append("s.country = :country")
            params["country"] = country
        clauses = " AND ".join(["1", *where])
        # The wanted language straight from the cards index; the few stories that lack
        # it through their precomputed fallback text. No body is read.
        select = """
            SELECT s.*, t.lang, t.title, t.summary, t.published,
                   (SELECT group_concat(lang) FROM story_texts a WHERE a.story_id = s.id) AS langs
            FROM story_texts t JOIN stories s ON s.id = t.story_id
        """
        rows = self._conn.execute(
            f"""{select} WHERE t.lang = :wanted AND {clauses}
                UNION ALL
                {select} WHERE t.rowid IN (SELECT value FROM json_each(:fallback)) AND {clauses}
                ORDER BY published DESC, id""",
            params,
        ).fetchall()
        return [self._story_card(row, lang) for row in rows]

    @_guarded(list)
    def story_ids(
        self, lang: str, *, tag: str | None = None, country: str | None = None
    ) -> list[str]:
        """The ids `stories()` would return, in the same order, without building any card.

        A carousel holds these and asks `story_cards` for the few it shows. Read from
        the order the build stored (older databases: one scan of the cards index) and
        kept: the store is read-only, so every language's list is worked out once.
        """
        if not tag and not country:
            if lang not in self._ids:
                if self._derived and lang not in self._shown_orders:  # ids alone: the start
                    self._ids[lang] = [
                        row[0]
                        for row in self._tuples(
                            "SELECT story_id FROM story_order WHERE lang = ? ORDER BY position",
                            (lang,),
                        )
                    ]
                if not self._ids.get(lang):  # older database, or not a content language
                    self._ids[lang] = [story_id for story_id, _r, _f in self._shown_order(lang)]
            return list(self._ids[lang])
        shown = self._shown_order(lang)
        meta = self._story_meta()
        return [
            story_id
            for story_id, _rowid, _fallback in shown
            if (not country or meta[story_id][0] == country)
            and (not tag or tag in meta[story_id][1])
        ]

    def _shown_order(self, lang: str) -> list[tuple[str, int, bool]]:
        """(story id, rowid of the text shown for `lang`, is a fallback) newest first (cached).

        The text shown is the one in `lang`, else English, else the first language in
        the languages' order; the order is its publication date, newest first, then id.
        """
        if lang not in self._shown_orders:
            position = {language.code: language.position for language in self._languages}
            if self._derived and lang in position:  # worked out by the build
                self._shown_orders[lang] = [
                    (story_id, rowid, fallback == 1)
                    for story_id, rowid, fallback in self._tuples(
                        "SELECT story_id, text_rowid, fallback FROM story_order"
                        " WHERE lang = ? ORDER BY position",
                        (lang,),
                    )
                ]
            else:
                if self._texts is None:
                    self._texts = self._conn.execute(
                        "SELECT story_id, lang, published, rowid FROM story_texts"
                    ).fetchall()
                self._shown_orders[lang] = shown_order(self._texts, lang, position)
        return self._shown_orders[lang]

    def _tuples(self, sql: str, params: tuple = ()) -> sqlite3.Cursor:
        """Rows as plain tuples (sqlite3.Row costs ~3x more for 10,000 rows)."""
        cursor = self._conn.cursor()
        cursor.row_factory = None
        return cursor.execute(sql, params)

    def _story_meta(self) -> dict[str, tuple[str | None, tuple[str, ...]]]:
        """Country and tags of every story, read once (the filters need nothing else)."""
        if self._meta is None:
            self._meta = {
                row[0]: (row[1], tuple(json.loads(row[2] or "[]")))
                for row in self._conn.execute("SELECT id, country, tags FROM stories")
            }
        return self._meta

    @_guarded(list)
    def related_ids(self, story_id: str, among: list[str], limit: int = 3) -> list[str]:
        """Up to `limit` stories of `among` that share the country or a topic with `story_id`.

        The same country counts most, then the number of shared topics, then closeness
        in `among` (the carousel's order: newest first), so related stories follow the
        visitor's active filter.
        """
        meta = self._story_meta()
        if story_id not in meta:
            return []
        country, tags = meta[story_id]
        here = among.index(story_id) if story_id in among else 0
        scored = []
        for position, other in enumerate(among):
            if other == story_id or other not in meta:
                continue
            other_country, other_tags = meta[other]
            score = 2 * bool(country and other_country == country)
            score += len(set(tags) & set(other_tags))
            if score:
                scored.append((-score, abs(position - here), position, other))
        return [other for *_rank, other in sorted(scored)[:limit]]

    @_guarded(list)
    def story_cards(self, ids: list[str], lang: str) -> list[StoryCard]:
        """The cards of `ids`, in that order (unknown ids left out), as `stories()` makes them."""
        if not ids:
            return []
        best = _BEST_LANG.format(texts="story_texts", key="story_id", outer="s")
        rows = self._conn.execute(
            f"""SELECT s.*, t.lang, t.title, t.summary, t.published,
                   (SELECT group_concat(lang) FROM story_texts a WHERE a.story_id = s.id) AS langs
                FROM stories s JOIN story_texts t ON t.story_id = s.id AND t.lang = ({best})
                WHERE s.id IN (SELECT value FROM json_each(:ids))""",
            {"wanted": lang, "ids": json.dumps(list(ids))},
        ).fetchall()
        found = {row["id"]: self._story_card(row, lang) for row in rows}
        return [found[story_id] for story_id in ids if story_id in found]

    def _fallback_rowids(self, lang: str) -> list[int]:
        """Rowids of the texts shown for stories that have no text in `lang` (cached)."""
        if lang not in self._fallbacks:
            self._fallbacks[lang] = [
                rowid for _story_id, rowid, fallback in self._shown_order(lang) if fallback
            ]
        return self._fallbacks[lang]

    def _lang_rowids(self, lang: str) -> tuple[int, int] | None:
        """(first, last) rowid of the texts in `lang` when they are consecutive (cached)."""
        if lang not in self._ranges:
            first, last, count = self._conn.execute(
                "SELECT min(rowid), max(rowid), count(*) FROM story_texts WHERE lang = ?", (lang,)
            ).fetchone()
            if not count:  # no text in `lang`: an empty range
                self._ranges[lang] = (1, 0)
            else:
                self._ranges[lang] = (first, last) if last - first + 1 == count else None
        return self._ranges[lang]

    @_guarded(lambda: None)
    def story(self, story_id: str, lang: str) -> Story | None:
        row = self._conn.execute(
            self._story_sql(["s.id = :id"]), {"wanted": lang, "id": story_id}
        ).fetchone()
        if row is None:
            return None
        from kiosk.content.page_model import Story

        card = self._story_card(row, lang)
        keys = row.keys()  # databases built before a column existed read as without it
        return Story(
            **card.__dict__,
            body=row["body"],
            source=row["source"],
            translated_by=row["translated_by"],
            publisher=row["publisher"] if "publisher" in keys else None,
            excerpt=bool(row["excerpt"]) if "excerpt" in keys else False,
            content_note=json.loads(row["content_note"] or "{}") if "content_note" in keys else {},
        )

    @_guarded(int)
    def story_count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM stories").fetchone()[0]

    def _story_sql(self, where: list[str]) -> str:
        best = _BEST_LANG.format(texts="story_texts", key="story_id", outer="s")
        clauses = " AND ".join(["1", *where])
        return f"""
            SELECT s.*, t.lang, t.title, t.summary, t.body, t.published, {self._translated_by},
                   (SELECT group_concat(lang) FROM story_texts a WHERE a.story_id = s.id) AS langs
            FROM stories s JOIN story_texts t ON t.story_id = s.id AND t.lang = ({best})
            WHERE {clauses}
        """

    def _story_card(self, row: sqlite3.Row, wanted: str) -> StoryCard:
        # Tags, language lists and Shown repeat across thousands of stories: parse each once.
        tags, langs, lang = row["tags"] or "[]", row["langs"], row["lang"]
        if tags not in self._tags:
            self._tags[tags] = tuple(json.loads(tags))
        if langs not in self._langs:
            self._langs[langs] = tuple(self._ordered(langs.split(",")))
        if (wanted, lang) not in self._shown:
            self._shown[wanted, lang] = Shown(wanted, lang)
        return StoryCard(
            id=row["id"],
            date=dt.date.fromisoformat(row["published"] or row["date"]),
            country=row["country"],
            tags=self._tags[tags],
            credit=row["credit"],
            image=self.base / row["image"] if row["image"] else None,
            sensitive=bool(row["sensitive"]),
            shown=self._shown[wanted, lang],
            title=row["title"],
            summary=row["summary"],
            languages=self._langs[langs],
        )

    def _ordered(self, codes: list[str]) -> list[str]:
        position = {lang.code: lang.position for lang in self._languages}
        return sorted(codes, key=lambda code: position.get(code, 99))

    # -- resources -----------------------------------------------------------
    @_guarded(list)
    def resources(self, lang: str) -> list[Resource]:
        """Every resource in the best language for `lang`, in order (read once per language:
        a language switch relabels the resource cards)."""
        if lang not in self._resources:
            self._resources[lang] = self._read_resources(lang)
        return list(self._resources[lang])

    def _read_resources(self, lang: str) -> list[Resource]:
        best = _BEST_LANG.format(texts="resource_texts", key="resource_id", outer="r")
        rows = self._conn.execute(
            f"""SELECT r.*, t.lang, t.title, t.summary, t.body FROM resources r
                JOIN resource_texts t ON t.resource_id = r.id AND t.lang = ({best})
                ORDER BY r.position, r.id""",
            {"wanted": lang},
        ).fetchall()
        files: dict[tuple[str, str], dict[str, MediaFile]] = {}
        for f in self._conn.execute("SELECT * FROM resource_files"):
            media = MediaFile(f["lang"], self._media_path(f["path"]), f["sha256"], f["bytes"])
            files.setdefault((f["resource_id"], f["role"]), {})[f["lang"]] = media
        order = [language.code for language in self._languages]

        def by_language(found: dict[str, MediaFile]) -> dict[str, MediaFile]:
            return {code: found[code] for code in order if code in found} | found

        return [
            Resource(
                id=row["id"],
                kind=row["kind"],
                position=row["position"],
                icon=row["icon"],
                url=row["url"],
                shown=Shown(lang, row["lang"]),
                title=row["title"],
                summary=row["summary"],
                body=row["body"],
                files=by_language(files.get((row["id"], "file"), {})),
                subtitles=by_language(files.get((row["id"], "subtitles"), {})),
                sources=_sources(row),
                original_languages=_original_languages(row),
            )
            for row in rows
        ]

    @_guarded(lambda: None)
    def resource(self, resource_id: str, lang: str) -> Resource | None:
        return next((r for r in self.resources(lang) if r.id == resource_id), None)

    def _media_path(self, stored: str) -> Path:
        path = Path(stored)
        return path if path.is_absolute() else self.base / path

    @_guarded(list)
    def coverage(self) -> list[tuple[str, str, set[str]]]:
        """(kind, id, languages with a text) for every story and resource."""
        found: dict[tuple[str, str], set[str]] = {}
        for kind, table, key in (
            ("story", "story_texts", "story_id"),
            ("resource", "resource_texts", "resource_id"),
        ):
            for item, lang in self._conn.execute(f"SELECT {key}, lang FROM {table} ORDER BY {key}"):
                found.setdefault((kind, item), set()).add(lang)
        return [(kind, item, langs) for (kind, item), langs in found.items()]

    # -- search ----------------------------------------------------------------
    @_guarded(list)
    def search(self, query: str, lang: str, limit: int = 50) -> list[SearchHit]:
        """Stories whose shown text contains every word of `query` (any script), newest first.

        Visitor input is never passed to FTS as syntax: each word is quoted. Only the
        text each story is shown in for `lang` is searched (the wanted language, or the
        fallback for stories without it), and the search stops at `limit` hits.
        """
        terms = [term for term in query.split() if term.strip('"')]
        if not terms:
            return []
        fallback = self._fallback_rowids(lang)
        if all(len(term) >= _TRIGRAM_MIN for term in terms):
            match = " ".join('"' + term.replace('"', '""') + '"' for term in terms)
            rowids = self._fts_rowids(match, lang, limit)
            if fallback:
                rowids += self._fts_fallback_rowids(match, lang, limit, set(fallback))
        else:
            rowids = self._scan_rowids(terms, lang, limit, fallback)
        if not rowids:
            return []
        rows = self._conn.execute(
            "SELECT story_id, lang, title, body, published FROM story_texts"
            " WHERE rowid IN (SELECT value FROM json_each(?))"
            " ORDER BY published DESC, story_id",
            (json.dumps(rowids),),
        ).fetchall()
        from kiosk.content.page_model import SearchHit

        return [
            SearchHit(
                row["story_id"],
                row["title"],
                _snippet(row["body"], terms[0]),
                row["lang"],
                dt.date.fromisoformat(row["published"]),
            )
            for row in rows[:limit]
        ]

    @_guarded(lambda: None)
    def prepare_search(self, lang: str) -> None:
        """Work out what a search in `lang` needs before the visitor's first one (idle time)."""
        self._fallback_rowids(lang)
        self._shown_chunks(lang)
        for language in self._languages:
            self._lang_rowids(language.code)

    def _fts_rowids(self, match: str, lang: str, limit: int) -> list[int]:
        """Up to `limit` texts in `lang` matching `match`, newest first."""
        span = self._lang_rowids(lang)
        if span is not None:  # built newest first per language: rowid order is date order
            found = self._conn.execute(
                "SELECT rowid FROM story_texts_fts WHERE story_texts_fts MATCH ?"
                " AND rowid BETWEEN ? AND ? ORDER BY rowid LIMIT ?",
                (match, *span, limit),
            )
        else:  # a database from an older build
            found = self._conn.execute(
                "SELECT t.rowid FROM story_texts_fts f JOIN story_texts t ON t.rowid = f.rowid"
                " WHERE story_texts_fts MATCH ? AND t.lang = ? ORDER BY t.published DESC LIMIT ?",
                (match, lang, limit),
            )
        return [row[0] for row in found]

    def _fts_fallback_rowids(
        self, match: str, lang: str, limit: int, fallback: set[int]
    ) -> list[int]:
        """Up to `limit` fallback texts matching, per language newest first (stops early)."""
        spans = [self._lang_rowids(other.code) for other in self._languages]
        if any(span is None for span in spans):  # a database from an older build
            found = self._conn.execute(
                "SELECT rowid FROM story_texts_fts WHERE story_texts_fts MATCH ?", (match,)
            )
            return [row[0] for row in found if row[0] in fallback][:limit]
        rowids: list[int] = []
        for other, span in zip(self._languages, spans, strict=True):
            if other.code == lang or not span:
                continue
            found = self._conn.execute(
                "SELECT rowid FROM story_texts_fts WHERE story_texts_fts MATCH ?"
                " AND rowid BETWEEN ? AND ? ORDER BY rowid",
                (match, *span),
            )
            taken = 0
            for (rowid,) in found:  # the cursor is lazy: leaving the loop ends the scan
                if rowid in fallback:
                    rowids.append(rowid)
                    taken += 1
                    if taken >= limit:
                        break
        return rowids

    def _scan_rowids(
        self, terms: list[str], lang: str, limit: int, fallback: list[int]
    ) -> list[int]:
        """Terms too short for trigrams: scan the texts shown for `lang`, newest first.

        In C (`instr`, each term in the case forms a visitor types or a text has:
        as typed, lower, upper, capitalised) and in growing chunks of the shown order,
        so the scan stops as soon as `limit` texts matched; `fallback` is part of
        that order already.
        """
        clauses, values = [], []
        for term in terms:
            variants = _case_forms(term)
            tests = ["instr(title, ?) > 0 OR instr(body, ?) > 0"] * len(variants)
            clauses.append("(" + " OR ".join(tests) + ")")
            values += [form for form in variants for _ in (0, 1)]
        sql = (
            "SELECT rowid FROM story_texts WHERE rowid IN (SELECT value FROM json_each(?))"
            f" AND {' AND '.join(clauses)}"
        )
        found: list[int] = []
        for chunk, chunk_json in self._shown_chunks(lang):
            hits = {row[0] for row in self._conn.execute(sql, [chunk_json, *values])}
            found += [rowid for rowid in chunk if rowid in hits]
            if len(found) >= limit:
                break
        return found[:limit]

    def _shown_chunks(self, lang: str) -> list[tuple[list[int], str]]:
        """The rowids shown for `lang` newest first, in growing chunks (256, 512, ...),
        each with its JSON for `json_each` (cached: the store is read-only)."""
        if lang not in self._chunks:
            shown = [rowid for _story_id, rowid, _fallback in self._shown_order(lang)]
            chunks, start, size = [], 0, 256
            while start < len(shown):
                chunk = shown[start : start + size]
                chunks.append((chunk, json.dumps(chunk)))
                start, size = start + size, size * 2
            self._chunks[lang] = chunks
        return self._chunks[lang]

    # -- opening ---------------------------------------------------------------
    def _unreadable(self, error: object) -> ContentStoreError:
        return ContentStoreError(
            f"{self.path} is not a readable content database ({error}). "
            "Rebuild it with: kiosk content build resources/content -o " + str(self.path)
        )

    def _verify(self) -> None:
        """Every page of the file is read and checked once (`PRAGMA quick_check`)."""
        try:
            found = [row[0] for row in self._conn.execute("PRAGMA quick_check(5)")]
        except sqlite3.DatabaseError as error:
            self._conn.close()
            raise self._unreadable(error) from error
        if found != ["ok"]:
            self._conn.close()
            raise self._unreadable("damaged: " + "; ".join(found))

    def _check_schema(self) -> dict[str, str]:
        try:
            tables = {
                row[0]
                for row in self._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
        except sqlite3.DatabaseError as error:
            self._conn.close()
            raise self._unreadable(error) from error
        self._tables = tables
        missing = [name for name in REQUIRED_TABLES if name not in tables]
        if missing:
            self._conn.close()
            what = "empty" if not tables else f"missing tables: {', '.join(missing)}"
            raise ContentStoreError(
                f"{self.path} is not a kiosk content database ({what}). "
                "Rebuild it with: kiosk content build resources/content -o " + str(self.path)
            )
        try:
            meta = {row[0]: row[1] for row in self._conn.execute("SELECT key, value FROM meta")}
        except sqlite3.DatabaseError as error:
            self._conn.close()
            raise self._unreadable(error) from error
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            self._conn.close()
            raise ContentStoreError(
                f"{self.path} has schema version {meta.get('schema_version')!r}; this program "
                f"reads version {SCHEMA_VERSION}. Rebuild the database with this program's "
                "`kiosk content build`."
            )
        return meta


def _sources(row: sqlite3.Row) -> tuple[SourceRef, ...]:
    columns = row.keys()  # (`in row` would look at the values of a sqlite3.Row)
    if "sources" not in columns or not row["sources"]:
        return ()
    return tuple(
        SourceRef(
            entry["title"],
            dt.date.fromisoformat(entry["date"]),
            entry.get("publisher"),
            entry.get("symbol"),
        )
        for entry in json.loads(row["sources"])
    )


def _original_languages(row: sqlite3.Row) -> tuple[str, ...] | None:
    columns = row.keys()
    if "original_languages" not in columns or row["original_languages"] is None:
        return None
    return tuple(json.loads(row["original_languages"]))


def _open_read_only(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise ContentStoreError(
            f"content database not found: {path}. Build it with "
            f"`kiosk content build resources/content -o {path}` or pass --db PATH."
        )
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    except sqlite3.Error as error:
        raise ContentStoreError(f"cannot open the content database {path}: {error}") from error
    conn.row_factory = sqlite3.Row
    return conn


def _case_forms(term: str) -> list[str]:
    """The forms of a short term a text may hold: as typed, lower, upper, capitalised."""
    forms = [term, term.lower(), term.upper(), term[:1].upper() + term[1:].lower()]
    return list(dict.fromkeys(forms))


def _fold(text: str | None) -> str:
    return (text or "").casefold()


def _snippet(body: str, term: str, width: int = 80) -> str:
    """`width` characters either side of `term`'s first occurrence, whitespace collapsed.

    Only the part of the body around the term is flattened (bodies run to many
    kilobytes and a search shows fifty snippets); a term found only through Unicode
    case folding (ß and ss) takes the whole-body path.
    """
    found = re.search(re.escape(term), body, re.IGNORECASE) if term else None
    if found is None or found.group().casefold() != term.casefold():
        return _snippet_whole(body, term, width)
    at, end = found.span()
    reach = 2 * width + 16
    while True:
        before = body[max(0, at - reach) : at]
        flat_before = " ".join(before.split())
        if before[-1:].isspace() and flat_before:
            flat_before += " "
        if len(flat_before) > width or at - reach <= 0:
            break
        reach *= 4  # long whitespace runs: look further back
    reach = 2 * width + 16
    while True:
        after = body[end : end + reach]
        flat_after = " ".join(after.split())
        if after[:1].isspace() and flat_after:
            flat_after = " " + flat_after
        if len(flat_after) > width or end + reach >= len(body):
            break
        reach *= 4
    return (
        ("…" if len(flat_before) > width else "")
        + flat_before[-width:]
        + body[at:end]
        + flat_after[:width]
        + ("…" if len(flat_after) > width else "")
    )


def _snippet_whole(body: str, term: str, width: int = 80) -> str:
    flat = " ".join(body.split())
    at = flat.casefold().find(term.casefold())
    if at < 0:
        return flat[: width * 2] + ("…" if len(flat) > width * 2 else "")
    start = max(0, at - width)
    end = min(len(flat), at + len(term) + width)
    return ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")
