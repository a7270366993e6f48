"""Builds the content database from a source tree with sqlite-utils, atomically.

The database is written to a temporary file beside the target and renamed into
place only when everything succeeded: a failed build never touches the
previous database.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.derived import write_tables
from kiosk.content.problems import ContentError
from kiosk.content.schema import SCHEMA_VERSION
from kiosk.content.sources import ContentTree, read_tree
from kiosk.core.durable import replaced_atomically

_LABEL_KINDS = {"tags": "tag", "countries": "country", "notes": "note", "publishers": "publisher"}


@dataclass(frozen=True)
class BuildResult:
    path: Path
    stories: int
    story_texts: int
    resources: int
    media_files: int
    content_hash: str


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def relative_to_base(path: Path, base: Path) -> str:
    """Paths are stored relative to the folder holding content/ and media/ (posix style)."""
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return str(path.resolve())


def content_hash(tree: ContentTree) -> str:
    """A hash of every source and media file: same sources, same hash."""
    base = tree.root.parent
    digest = hashlib.sha256()
    for path in tree.source_files():
        digest.update(relative_to_base(path, base).encode())
        digest.update(b"\0")
        digest.update(file_sha256(path).encode())
        digest.update(b"\n")
    return digest.hexdigest()


def _json(value) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def build_database(src: Path, out: Path, media_root: Path | None = None) -> BuildResult:
    """Validate `src` and build the database at `out`; raise ContentError on any problem."""
    tree, log = read_tree(Path(src), media_root)
    if log.errors:
        raise ContentError(log.problems)
    out = Path(out)
    images = _kiosk_images(tree, out)
    with replaced_atomically(out) as temp:
        result = _write(tree, temp, images)
    if images:
        from kiosk.ui.image_copies import prune_copies

        prune_copies(out, set(images.values()))
    return BuildResult(out, *result)


def _kiosk_images(tree: ContentTree, out: Path) -> dict[str, Path]:
    """Story slug -> the image the database names: the source, or a scaled copy of it."""
    stories = [story for story in tree.stories if story.image]
    if not stories:
        return {}
    # Decoding and scaling photos needs Qt's image readers; the rest of the build does not.
    from kiosk.ui.image_copies import kiosk_copy

    return {story.slug: kiosk_copy(story.image, out) for story in stories}


def _write(
    tree: ContentTree, path: Path, images: dict[str, Path]
) -> tuple[int, int, int, int, str]:
    import sqlite_utils  # build-time only: the app reads with sqlite3

    base = tree.root.parent
    digest = content_hash(tree)
    db = sqlite_utils.Database(path, recreate=True)
    try:
        with db.conn:
            db["languages"].insert_all(
                (
                    {
                        "code": lang.code,
                        "name": lang.name,
                        "direction": lang.direction,
                        "position": i,
                    }
                    for i, lang in enumerate(tree.languages)
                ),
                pk="code",
            )
            db["labels"].create(
                {"kind": str, "key": str, "lang": str, "text": str}, pk=("kind", "key", "lang")
            )
            db["labels"].insert_all(
                {
                    "kind": _LABEL_KINDS[kind],
                    "key": key,
                    "lang": lang,
                    "text": text,
                }
                for kind, entries in tree.labels.items()
                for key, texts in entries.items()
                for lang, text in texts.items()
            )
            db["stories"].create(
                {
                    "id": str,
                    "date": str,
                    "country": str,
                    "tags": str,
                    "credit": str,
                    "source": str,
                    "image": str,
                    "sensitive": int,
                    "publisher": str,
                    "excerpt": int,
                    "content_note": str,
                },
                pk="id",
            )
            db["stories"].insert_all(
                {
                    "id": story.slug,
                    "date": story.date.isoformat(),
                    "country": story.country,
                    "tags": json.dumps(story.tags, ensure_ascii=False),
                    "credit": story.credit,
                    "source": story.source,
                    "image": (relative_to_base(images[story.slug], base) if story.image else None),
                    "sensitive": int(story.sensitive),
                    "publisher": story.publisher,
                    "excerpt": int(story.excerpt),
                    "content_note": _json(story.content_note or None),
                }
                for story in tree.stories
            )
            db["story_texts"].create(
                {
                    "story_id": str,
                    "lang": str,
                    "title": str,
                    "summary": str,
                    "body": str,
                    "published": str,
                    "translated_by": str,
                },
                pk=("story_id", "lang"),
                foreign_keys=[("story_id", "stories", "id"), ("lang", "languages", "code")],
            )
            text_rows = [
                {
                    "story_id": story.slug,
                    "lang": lang,
                    "title": text.title,
                    "summary": text.summary,
                    "body": text.body,
                    "published": story.published.get(lang, story.date).isoformat(),
                    "translated_by": story.translated_by.get(lang),
                }
                for story in tree.stories
                for lang, text in story.texts.items()
            ]
            # Rows of one language get consecutive rowids, newest first: the store then
            # searches one language as a rowid range and stops at the first N hits.
            position = {code: i for i, code in enumerate(tree.language_codes)}
            text_rows.sort(key=lambda row: (row["story_id"], row["lang"]))
            text_rows.sort(key=lambda row: row["published"], reverse=True)
            text_rows.sort(key=lambda row: position.get(row["lang"], len(position)))
            db["story_texts"].insert_all(text_rows)
            # Story cards (no body) in one language, newest first, from the index alone.
            db.execute(
                "CREATE INDEX story_texts_cards ON story_texts"
                " (lang, published, story_id, title, summary)"
            )
            # The chips' counts and every language's story order, read at start.
            write_tables(db.conn)
            db["resources"].create(
                {
                    "id": str,
                    "kind": str,
                    "position": int,
                    "icon": str,
                    "url": str,
                    "sources": str,
                    "original_languages": str,
                },
                pk="id",
            )
            db["resources"].insert_all(
                {
                    "id": r.id,
                    "kind": r.kind,
                    "position": r.order,
                    "icon": r.icon,
                    "url": r.url,
                    "sources": _json(
                        [
                            {
                                "title": ref.title,
                                "date": ref.date.isoformat(),
                                "publisher": ref.publisher,
                                "symbol": ref.symbol,
                            }
                            for ref in r.sources
                        ]
                    ),
                    "original_languages": _json(r.original_languages),
                }
                for r in tree.resources
            )
            db["resource_texts"].create(
                {"resource_id": str, "lang": str, "title": str, "summary": str, "body": str},
                pk=("resource_id", "lang"),
                foreign_keys=[("resource_id", "resources", "id")],
            )
            db["resource_texts"].insert_all(
                {
                    "resource_id": r.id,
                    "lang": lang,
                    "title": text.title,
                    "summary": text.summary,
                    "body": text.body,
                }
                for r in tree.resources
                for lang, text in r.texts.items()
            )
            db["resource_files"].create(
                {
                    "resource_id": str,
                    "lang": str,
                    "role": str,
                    "path": str,
                    "sha256": str,
                    "bytes": int,
                },
                pk=("resource_id", "lang", "role"),
                foreign_keys=[("resource_id", "resources", "id")],
            )
            file_rows = [
                {
                    "resource_id": r.id,
                    "lang": lang,
                    "role": role,
                    "path": relative_to_base(file, base),
                    "sha256": file_sha256(file),
                    "bytes": file.stat().st_size,
                }
                for r in tree.resources
                for role, files in (("file", r.files), ("subtitles", r.subtitles))
                for lang, file in files.items()
            ]
            db["resource_files"].insert_all(file_rows)
            db["meta"].insert_all(
                [
                    {"key": "schema_version", "value": str(SCHEMA_VERSION)},
                    {"key": "content_hash", "value": digest},
                    {"key": "languages", "value": ",".join(tree.language_codes)},
                ],
                pk="key",
            )
        # Trigram tokenizer: splits Chinese (no spaces) and folds case in every script.
        db["story_texts"].enable_fts(["title", "body"], tokenize="trigram", create_triggers=False)
        db["resource_texts"].enable_fts(
            ["title", "body"], tokenize="trigram", create_triggers=False
        )
        db.execute("PRAGMA journal_mode = DELETE")
        db.vacuum()
    finally:
        db.close()
    return len(tree.stories), len(text_rows), len(tree.resources), len(file_rows), digest
