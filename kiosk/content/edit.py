"""Reading and writing a content folder for the content studio (Qt-free).

The studio edits the same TOML and Markdown files people edit by hand, so that both
can be mixed and the folder can live in git:

- TOML files are changed with tomlkit, key by key: comments, order and formatting of
  everything else stay as they were; a file is written only when its text changes.
- A `<lang>.md` keeps its body verbatim when only its title changes.
- Every write is atomic (a temporary file beside it, then a rename).

Reading is lenient: a story with problems is still listed and editable; the checks
of `kiosk content check` (kiosk.content.sources) say what is wrong, and
`field_of` tells which field a problem belongs to.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import tomlkit

from kiosk.content.problems import Problem, ProblemLog
from kiosk.content.sources import (
    ContentTree,
    SourceLanguage,
    check_item,
    default_media_root,
    read_tree,
)
from kiosk.content.text_file import TitleMissing, parse_titled_text
from kiosk.core.durable import write_atomic

STORIES, RESOURCES = "stories", "resources"
STORY_FILE, RESOURCE_FILE = "story.toml", "resource.toml"
# Used when languages.toml cannot be read, so that a broken folder can still be repaired.
_FALLBACK_LANGUAGES = [
    SourceLanguage("en", "English", "ltr"),
    SourceLanguage("fr", "Français", "ltr"),
    SourceLanguage("es", "Español", "ltr"),
    SourceLanguage("ru", "Русский", "ltr"),
    SourceLanguage("ar", "العربية", "rtl"),
    SourceLanguage("zh", "中文", "ltr"),
]
_LANG_MD = re.compile(r"^([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\.md$")
_TITLE_LINE = re.compile(r"^\s*#(?!#)")


class EditError(Exception):
    """An edit that cannot be made; the message says why, in plain words."""


@dataclass
class Text:
    """One language version: title and Markdown body (as in `<lang>.md`)."""

    title: str
    body: str


@dataclass
class StoryRecord:
    slug: str
    folder: Path
    data: dict  # story.toml as plain values ({} when unreadable)
    texts: dict[str, Text] = field(default_factory=dict)

    @property
    def date(self) -> dt.date | None:
        value = self.data.get("date")
        return value if isinstance(value, dt.date) and not isinstance(value, dt.datetime) else None

    @property
    def translated_by(self) -> dict[str, str]:
        table = self.data.get("translated_by")
        return (
            {k: v for k, v in table.items() if isinstance(v, str)}
            if isinstance(table, dict)
            else {}
        )

    def title(self, order: list[str]) -> str:
        """The title in the first language of `order` that has one."""
        for lang in [*order, *self.texts]:
            text = self.texts.get(lang)
            if text and text.title.strip():
                return text.title
        return self.slug


@dataclass
class ResourceRecord:
    id: str
    folder: Path
    data: dict
    texts: dict[str, Text] = field(default_factory=dict)

    @property
    def order(self) -> int:
        value = self.data.get("order", 0)
        return value if isinstance(value, int) and not isinstance(value, bool) else 0

    def title(self, order: list[str]) -> str:
        for lang in [*order, *self.texts]:
            text = self.texts.get(lang)
            if text and text.title.strip():
                return text.title
        return self.id


@dataclass(frozen=True)
class Snapshot:
    """Every file of one story or resource folder, to undo a deletion."""

    folder: Path
    files: dict[str, bytes]
    exists: bool = True


def slug_words(title: str, limit: int = 40) -> str:
    """Plain ASCII kebab words from a title, at most `limit` characters ("" without Latin letters)."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = ""
    for word in re.findall(r"[a-z0-9]+", ascii_text.lower()):
        longer = f"{slug}-{word}" if slug else word
        if len(longer) > limit:
            break
        slug = longer
    return slug


def compose_text(title: str, body: str) -> str:
    """A `<lang>.md` file as written by hand: `# Title`, a blank line, the body."""
    body = body.strip("\n")
    return f"# {title.strip()}\n\n{body}\n" if body else f"# {title.strip()}\n"


def split_text(raw: str) -> Text:
    """Title and body of a `<lang>.md` file, leniently (a missing title is an empty one)."""
    try:
        parsed = parse_titled_text(raw)
        return Text(parsed.title, parsed.body)
    except TitleMissing:
        lines = raw.splitlines()
        for number, line in enumerate(lines):
            if line.strip():
                if _TITLE_LINE.match(line):
                    return Text(
                        line.strip().lstrip("#").strip(), "\n".join(lines[number + 1 :]).strip("\n")
                    )
                return Text("", "\n".join(lines[number:]).strip("\n"))
        return Text("", "")


def replace_text(raw: str | None, title: str, body: str) -> str:
    """`raw` with its title and body replaced; what did not change stays byte for byte."""
    if raw is None:
        return compose_text(title, body)
    old = split_text(raw)
    if old.title == title.strip() and old.body == body.strip("\n"):
        return raw
    lines = raw.splitlines(keepends=True)
    head = next((i for i, line in enumerate(lines) if line.strip()), None)
    if head is None or not _TITLE_LINE.match(lines[head]):
        return compose_text(title, body)
    ending = "\n"
    new_title = f"# {title.strip()}{ending}"
    if old.body == body.strip("\n"):
        return "".join([*lines[:head], new_title, *lines[head + 1 :]])
    return "".join(lines[:head]) + compose_text(title, body)


def _read_toml_lenient(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}


def _read_texts(folder: Path) -> dict[str, Text]:
    texts: dict[str, Text] = {}
    for path in sorted(folder.glob("*.md")):
        match = _LANG_MD.match(path.name)
        if not match:
            continue
        try:
            texts[match.group(1)] = split_text(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError):
            texts[match.group(1)] = Text("", "")
    return texts


class ContentFolder:
    """One content source folder (stories/, resources/, labels.toml, languages.toml)."""

    def __init__(self, root: Path, media_root: Path | None = None):
        self.root = Path(root)
        self.media_root = Path(media_root) if media_root else default_media_root(self.root)
        if not (self.root / STORIES).is_dir():
            raise EditError(f"{self.root} is not a content folder: it has no 'stories' folder")

    # -- languages and labels ---------------------------------------------------
    def languages(self) -> list[SourceLanguage]:
        entries = _read_toml_lenient(self.root / "languages.toml").get("language", [])
        found = [
            SourceLanguage(e["code"], str(e.get("name", e["code"])), e.get("direction", "ltr"))
            for e in entries
            if isinstance(e, dict) and isinstance(e.get("code"), str)
        ]
        return found or list(_FALLBACK_LANGUAGES)

    def labels(self, kind: str) -> dict[str, dict[str, str]]:
        """Tags (kind "tags") or countries ("countries"): key -> {lang: label}."""
        table = _read_toml_lenient(self.root / "labels.toml").get(kind, {})
        return {k: dict(v) for k, v in table.items() if isinstance(v, dict)}

    # -- listing ------------------------------------------------------------------
    def story_slugs(self) -> list[str]:
        return sorted(
            p.name
            for p in (self.root / STORIES).iterdir()
            if p.is_dir() and not p.name.startswith(".")
        )

    def resource_ids(self) -> list[str]:
        folder = self.root / RESOURCES
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))

    def story(self, slug: str) -> StoryRecord:
        folder = self.root / STORIES / slug
        return StoryRecord(
            slug, folder, _read_toml_lenient(folder / STORY_FILE), _read_texts(folder)
        )

    def stories(self) -> list[StoryRecord]:
        return [self.story(slug) for slug in self.story_slugs()]

    def resource(self, resource_id: str) -> ResourceRecord:
        folder = self.root / RESOURCES / resource_id
        return ResourceRecord(
            resource_id, folder, _read_toml_lenient(folder / RESOURCE_FILE), _read_texts(folder)
        )

    def resources(self) -> list[ResourceRecord]:
        found = [self.resource(rid) for rid in self.resource_ids()]
        return sorted(found, key=lambda r: (r.order, r.id))

    def signature(self) -> tuple[int, int]:
        """(files, newest change) of the content files: differs after any edit, by anyone."""
        count, newest = 0, 0
        for folder, _folders, files in os.walk(self.root):
            for name in files:
                if name.startswith("."):
                    continue
                try:
                    stamp = os.stat(os.path.join(folder, name)).st_mtime_ns
                except OSError:
                    continue
                count, newest = count + 1, max(newest, stamp)
        return count, newest

    # -- checking -----------------------------------------------------------------
    def check(self) -> tuple[ContentTree, ProblemLog]:
        """The checks of `kiosk content check`, on this folder as it is on disk."""
        return read_tree(self.root, self.media_root)

    def check_item(self, kind: str, name: str) -> ProblemLog:
        """The same checks for one story or resource (fast: for checking as someone types)."""
        return check_item(self.root, self.root / kind / name, self.media_root)

    # -- stories ------------------------------------------------------------------
    def add_story(self, date: dt.date, lang: str, title: str, body: str = "") -> str:
        """A new story folder with story.toml and `<lang>.md`; returns its slug."""
        words = slug_words(title) or "story"
        slug = self._free_name(self.root / STORIES, f"{date.isoformat()}-{words}")
        folder = self.root / STORIES / slug
        doc = tomlkit.document()
        doc["date"] = date
        doc["tags"] = tomlkit.array()
        folder.mkdir(parents=True)
        write_atomic(folder / STORY_FILE, tomlkit.dumps(doc).encode())
        self.set_text(STORIES, slug, lang, title, body)
        return slug

    def duplicate(self, kind: str, name: str) -> str:
        source = self.root / kind / name
        copy = self._free_name(self.root / kind, f"{name}-copy")
        shutil.copytree(source, self.root / kind / copy)
        return copy

    def snapshot(self, kind: str, name: str) -> Snapshot:
        folder = self.root / kind / name
        if not folder.is_dir():
            return Snapshot(folder, {}, exists=False)
        files = {
            p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*"))
            if p.is_file()
        }
        return Snapshot(folder, files)

    def delete(self, kind: str, name: str) -> Snapshot:
        """Remove a story or resource folder; the snapshot brings it back (`restore`)."""
        saved = self.snapshot(kind, name)
        shutil.rmtree(saved.folder)
        return saved

    def restore(self, saved: Snapshot) -> None:
        if saved.folder.exists():
            raise EditError(f"{saved.folder} exists again; not overwriting it")
        for relative, data in saved.files.items():
            write_atomic(saved.folder / relative, data)

    def put(self, saved: Snapshot) -> None:
        """Make the folder exactly as in `saved` (files that already match are not rewritten)."""
        if not saved.exists:
            if saved.folder.exists():
                shutil.rmtree(saved.folder)
            return
        if saved.folder.is_dir():
            for path in sorted(saved.folder.rglob("*"), reverse=True):
                relative = path.relative_to(saved.folder).as_posix()
                if path.is_file() and relative not in saved.files:
                    path.unlink()
        for relative, data in saved.files.items():
            path = saved.folder / relative
            if not path.is_file() or path.read_bytes() != data:
                write_atomic(path, data)

    def set_text(self, kind: str, name: str, lang: str, title: str, body: str) -> bool:
        """Write `<lang>.md` (created if missing); True when the file changed."""
        path = self.root / kind / name / f"{lang}.md"
        raw = path.read_text(encoding="utf-8-sig") if path.is_file() else None
        new = replace_text(raw, title, body)
        if new == raw:
            return False
        write_atomic(path, new.encode("utf-8"))
        return True

    def remove_text(self, kind: str, name: str, lang: str) -> None:
        """Delete one language version (and its [published] / [translated_by] entries)."""
        path = self.root / kind / name / f"{lang}.md"
        if path.is_file():
            path.unlink()
        if kind == STORIES:
            self.set_value(kind, name, lang, None, table="published")
            self.set_value(kind, name, lang, None, table="translated_by")

    def set_value(
        self, kind: str, name: str, key: str, value: object, *, table: str | None = None
    ) -> bool:
        """Set (or with None, remove) one key of story.toml / resource.toml, keeping the rest.

        With `table`, the key lives in `[table]` (created when needed, removed when empty).
        Returns True when the file changed.
        """
        path = self.root / kind / name / (STORY_FILE if kind == STORIES else RESOURCE_FILE)
        raw = path.read_text(encoding="utf-8-sig") if path.is_file() else ""
        try:
            doc = tomlkit.parse(raw)
        except tomlkit.exceptions.ParseError as error:
            raise EditError(f"{path} has a TOML error; fix it by hand first ({error})") from None
        container, emptied = doc, False
        if table is not None:
            if table not in doc:
                if value is None:
                    return False
                doc[table] = tomlkit.table()
            container = doc[table]
        if value is None or (value == [] and key != "tags"):
            if key not in container:
                return False
            del container[key]
            if table is not None and not container:
                del doc[table]
                emptied = True
        else:
            if key in container and _same(container[key], value):
                return False
            _put(container, key, _toml_value(value), _KEY_ORDER[kind] if table is None else ())
        new = tomlkit.dumps(doc)
        if emptied:  # the blank line that separated the removed table goes with it
            new = new.rstrip("\n") + "\n"
        if new == raw:
            return False
        write_atomic(path, new.encode("utf-8"))
        return True

    # -- resources ------------------------------------------------------------------
    def reorder_resources(self, ids: list[str]) -> None:
        """Give the resources in `ids` the orders 1, 2, 3... (files whose order is right stay)."""
        for position, resource_id in enumerate(ids, start=1):
            if self.resource(resource_id).data.get("order") != position:
                self.set_value(RESOURCES, resource_id, "order", position)

    def add_resource(self, kind: str, lang: str, title: str) -> str:
        words = slug_words(title) or "resource"
        resource_id = self._free_name(self.root / RESOURCES, words)
        folder = self.root / RESOURCES / resource_id
        doc = tomlkit.document()
        doc["kind"] = kind
        doc["order"] = len(self.resource_ids()) + 1
        doc["icon"] = "fa5s.info-circle"
        folder.mkdir(parents=True)
        write_atomic(folder / RESOURCE_FILE, tomlkit.dumps(doc).encode())
        self.set_text(RESOURCES, resource_id, lang, title, "")
        return resource_id

    # -- media ----------------------------------------------------------------------
    def import_story_image(self, slug: str, source: Path) -> str:
        """Copy a picture into the story's folder; returns the value for `image`."""
        target = self.root / STORIES / slug / _safe_file_name(source.name)
        _copy_file(source, target)
        return target.name

    def import_media(self, resource_id: str, source: Path) -> str:
        """Copy a document, film or subtitle file into media/<resource id>/; returns its path."""
        target = self.media_root / resource_id / _safe_file_name(source.name)
        _copy_file(source, target)
        return target.relative_to(self.media_root).as_posix()

    def media_path(self, kind: str, name: str, value: str) -> Path:
        """Where a media value of a story or resource points (its folder first, then media/)."""
        inside = self.root / kind / name / value
        return inside if inside.is_file() else self.media_root / value

    @staticmethod
    def _free_name(parent: Path, wanted: str) -> str:
        name, number = wanted, 2
        while (parent / name).exists():
            name = f"{wanted}-{number}"
            number += 1
        return name


# Where a key goes when it is added: after the nearest key written before it in the README.
_KEY_ORDER = {
    STORIES: (
        "date",
        "country",
        "tags",
        "publisher",
        "credit",
        "source",
        "image",
        "sensitive",
        "content_note",
        "excerpt",
    ),
    RESOURCES: ("kind", "order", "icon", "url"),
}


def _put(container, key: str, value: object, order: tuple[str, ...]) -> None:
    """Set `key`; a new key is placed in the documented order (as a person writes it)."""
    if key in container or key not in order:
        container[key] = value
        return
    before = [k for k in order[: order.index(key)] if k in container]
    if before:
        try:
            container._insert_after(before[-1], key, value)  # tomlkit: keeps everything else
            return
        except (AttributeError, KeyError, ValueError):
            pass
    container[key] = value


def _same(item: object, value: object) -> bool:
    plain = item.unwrap() if hasattr(item, "unwrap") else item
    return type(plain) is type(value) and plain == value


def _toml_value(value: object):
    if isinstance(value, list):
        array = tomlkit.array()
        array.extend(value)
        return array
    return value


def _safe_file_name(name: str) -> str:
    stem, dot, suffix = name.rpartition(".")
    base = slug_words(stem if dot else name, limit=60) or "file"
    return f"{base}.{suffix.lower()}" if dot and suffix.isalnum() else base


def _copy_file(source: Path, target: Path) -> None:
    if source.resolve() == target.resolve():
        return
    if not source.is_file():
        raise EditError(f"{source} is not a file")
    write_atomic(target, source.read_bytes())


# -- problems to fields ----------------------------------------------------------------
@dataclass(frozen=True)
class FieldProblem:
    """A problem of `kiosk content check`, placed on the field it concerns."""

    kind: str  # "stories", "resources" or "" (the folder as a whole)
    name: str  # story slug or resource id ("" for the folder)
    field: str  # e.g. "date", "tags", "published.fr", "text.ar.title", "" (the item)
    problem: Problem

    file: str = ""  # the file, relative to the content folder when inside it

    @property
    def where(self) -> str:
        """`file:line`, for those who also edit by hand."""
        path = self.file or str(self.problem.path)
        return f"{path}:{self.problem.line}" if self.problem.line else path


_KEY_LINE = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")
_TABLE_LINE = re.compile(r"^\s*\[+\s*([^\]]+?)\s*\]+")
_QUOTED_KEY = re.compile(r"'([a-z_]+)'")


def field_of(problem: Problem, root: Path) -> FieldProblem:
    """Which item and field a problem of `read_tree(root)` concerns."""
    try:
        relative = Path(problem.path).resolve().relative_to(Path(root).resolve()).parts
    except ValueError:
        relative = ()
    placed = _placed(problem, relative)
    return FieldProblem(*placed, problem, "/".join(relative))


def _placed(problem: Problem, relative: tuple[str, ...]) -> tuple[str, str, str]:
    if len(relative) < 2 or relative[0] not in (STORIES, RESOURCES):
        return "", "", ""
    kind, name = relative[0], relative[1]
    file_name = relative[2] if len(relative) > 2 else ""
    match = _LANG_MD.match(file_name)
    if match:
        lang = match.group(1)
        part = "title" if problem.line in (None, 1) or "title" in problem.message else "body"
        if "no body" in problem.message:
            part = "body"
        return kind, name, f"text.{lang}.{part}"
    if file_name in (STORY_FILE, RESOURCE_FILE):
        return kind, name, _toml_field(problem)
    return kind, name, ""


def _toml_field(problem: Problem) -> str:
    """The key a problem in a TOML file concerns: from its line, else from its message."""
    if problem.line:
        try:
            lines = Path(problem.path).read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError):
            lines = []
        table = ""
        for number, line in enumerate(lines, start=1):
            header = _TABLE_LINE.match(line)
            if header:
                table = header.group(1)
            if number == problem.line:
                key = _KEY_LINE.match(line)
                if key:
                    return f"{table}.{key.group(1)}" if table else key.group(1)
                return table
    quoted = _QUOTED_KEY.search(problem.message)
    if quoted:
        return quoted.group(1)
    table = re.search(r"\[([a-z_]+)\]", problem.message)
    return table.group(1) if table else ""
