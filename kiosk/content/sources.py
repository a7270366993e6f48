"""Reads and validates a content source tree (see README "Content format").

`read_tree(src)` returns the parsed tree and every problem found, so that
`kiosk content check` can list all of them at once and `build` can refuse to
write anything when there is one error.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.content.images import KIOSK_MAX_PX, image_size
from kiosk.content.model import SourceRef
from kiosk.content.problems import ProblemLog
from kiosk.content.text_file import TitledText, TitleMissing, decode_utf8, parse_titled_text
from kiosk.content.toml_file import TomlFile, read_toml
from kiosk.core.worldmap import world_map

RESOURCE_KINDS = ("document", "film", "fund", "link")
_STORY_KEYS = {
    "date",
    "country",
    "tags",
    "credit",
    "source",
    "image",
    "sensitive",
    "published",
    "translated_by",
    "publisher",
    "excerpt",
    "content_note",
}
_RESOURCE_KEYS = {
    "kind",
    "order",
    "icon",
    "url",
    "files",
    "subtitles",
    "sources",
    "original_languages",
}
_SOURCE_KEYS = {"title", "date", "publisher", "symbol"}
_LABEL_TABLES = ("tags", "countries", "notes", "publishers")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_LANG_FILE = re.compile(r"^([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\.md$")
_LANGUAGE_KEYS = {"code", "name", "direction"}

# Embedding, override and isolate controls: in a title they reorder what follows.
_BIDI_OVERRIDES = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# Above this much text a story is slow to lay out on the kiosk: `content check` warns.
STORY_TEXT_WARN_BYTES = 100_000
# A text file above this is refused (a story is not a book).
STORY_TEXT_MAX_BYTES = 2_000_000
# Images above these are warned about (they are scaled down for the kiosk at build).
IMAGE_WARN_PX = 4000
IMAGE_WARN_BYTES = 10_000_000


@dataclass(frozen=True)
class SourceLanguage:
    code: str
    name: str
    direction: str


@dataclass
class SourceStory:
    slug: str
    folder: Path
    date: dt.date
    country: str | None = None
    tags: list[str] = field(default_factory=list)
    credit: str | None = None
    source: str | None = None
    image: Path | None = None
    sensitive: bool = False
    published: dict[str, dt.date] = field(default_factory=dict)
    texts: dict[str, TitledText] = field(default_factory=dict)
    # Language versions translated by the organisation that publishes the content.
    translated_by: dict[str, str] = field(default_factory=dict)
    publisher: str | None = None  # who published the original, e.g. "UNODC"
    excerpt: bool = False  # the text is only the opening of the original item
    # The content note shown before a sensitive story, per language.
    content_note: dict[str, str] = field(default_factory=dict)


@dataclass
class SourceResource:
    id: str
    folder: Path
    kind: str
    order: int
    icon: str
    url: str | None = None
    files: dict[str, Path] = field(default_factory=dict)
    subtitles: dict[str, Path] = field(default_factory=dict)
    texts: dict[str, TitledText] = field(default_factory=dict)
    sources: list[SourceRef] = field(default_factory=list)
    # Language versions of the original that the sources name (None: not said).
    original_languages: list[str] | None = None


@dataclass
class ContentTree:
    root: Path
    media_root: Path
    languages: list[SourceLanguage] = field(default_factory=list)
    labels: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    stories: list[SourceStory] = field(default_factory=list)
    resources: list[SourceResource] = field(default_factory=list)
    # Symbolic links to a regular file inside the content or media folder (used, warned).
    links: set[Path] = field(default_factory=set)

    @property
    def language_codes(self) -> list[str]:
        return [language.code for language in self.languages]

    def source_files(self) -> list[Path]:
        """Every file that makes up the content, for the content hash."""
        files = [p for p in self.root.rglob("*") if p.is_file() and not p.name.startswith(".")]
        for resource in self.resources:
            files += [*resource.files.values(), *resource.subtitles.values()]
        files += [story.image for story in self.stories if story.image]
        return sorted(set(files))


def default_media_root(src: Path) -> Path:
    """Media referenced by a tree live in a `media` folder beside it, unless it has its own."""
    own = src / "media"
    return own if own.is_dir() else src.parent / "media"


def read_tree(src: Path, media_root: Path | None = None) -> tuple[ContentTree, ProblemLog]:
    src = Path(src)
    log = ProblemLog()
    tree = ContentTree(src, Path(media_root) if media_root else default_media_root(src))
    if not src.is_dir():
        log.error(src, "content folder not found")
        return tree, log
    tree.links = _check_links(src, (src.resolve(), tree.media_root.resolve()), log)
    if tree.media_root.is_dir() and not tree.media_root.resolve().is_relative_to(src.resolve()):
        tree.links |= _check_links(tree.media_root, (tree.media_root.resolve(),), log)
    tree.languages = _read_languages(src / "languages.toml", log)
    codes = tree.language_codes
    tree.labels = _read_labels(src / "labels.toml", codes, log)
    stories_dir = src / "stories"
    if not stories_dir.is_dir():
        log.error(stories_dir, "the 'stories' folder is missing")
    else:
        for folder in sorted(p for p in stories_dir.iterdir() if _real_dir(p)):
            story = _read_story(folder, tree, log)
            if story:
                tree.stories.append(story)
    resources_dir = src / "resources"
    if resources_dir.is_dir():
        for folder in sorted(p for p in resources_dir.iterdir() if _real_dir(p)):
            resource = _read_resource(folder, tree, log)
            if resource:
                tree.resources.append(resource)
    _check_seed_index(src / "seed-index.toml", tree, log)
    return tree, log


def check_item(src: Path, folder: Path, media_root: Path | None = None) -> ProblemLog:
    """The checks of `read_tree` for one story or resource folder, to check as someone types.

    Problems of languages.toml and labels.toml are left to `read_tree` (the whole check).
    """
    src, folder = Path(src), Path(folder)
    log = ProblemLog()
    tree = ContentTree(src, Path(media_root) if media_root else default_media_root(src))
    quiet = ProblemLog()
    tree.languages = _read_languages(src / "languages.toml", quiet)
    tree.labels = _read_labels(src / "labels.toml", tree.language_codes, quiet)
    if not _real_dir(folder):
        return log
    tree.links = _check_links(folder, (src.resolve(), tree.media_root.resolve()), log)
    reader = _read_story if folder.parent.name == "stories" else _read_resource
    reader(folder, tree, log)
    return log


def _real_dir(path: Path) -> bool:
    """A folder that is not a symbolic link (links are reported by _check_links)."""
    return path.is_dir() and not path.is_symlink()


def _check_links(root: Path, inside: tuple[Path, ...], log: ProblemLog) -> set[Path]:
    """Report every symbolic link under `root`; return those that may be used.

    Content files are regular files inside the content folder. A link to a regular
    file inside `inside` is used, with a warning; a link that dangles, loops, leaves
    the folder or names a folder (a story shown twice) is an error, never followed.
    """
    usable: set[Path] = set()
    for folder, folders, files in os.walk(root):  # never follows folder links
        for name in sorted(folders + files):
            path = Path(folder) / name
            if not path.is_symlink():
                continue
            target = os.readlink(path)
            try:
                resolved = path.resolve(strict=True)
            except FileNotFoundError:
                log.error(path, f"symbolic link to a missing file ({target}): not used")
                continue
            except (RuntimeError, OSError):  # a loop, or more links than the system follows
                log.error(path, f"symbolic link loop ({target}): not used")
                continue
            if not any(resolved.is_relative_to(base) for base in inside):
                log.error(path, f"symbolic link leaves the content folder (to {resolved})")
            elif resolved.is_dir():
                log.error(
                    path,
                    f"symbolic link to the folder {resolved}: not followed; copy or move the "
                    "folder instead (a linked story would be shown twice)",
                )
            elif not resolved.is_file():
                log.error(path, f"symbolic link to something that is not a file ({resolved})")
            else:
                log.warning(path, f"symbolic link to {resolved}: used; a copy of the file is safer")
                usable.add(path)
    return usable


def _check_seed_index(path: Path, tree: ContentTree, log: ProblemLog) -> None:
    """The optional record of where each item of the original listing went."""
    if not path.is_file():
        return
    toml = read_toml(path, log)
    if toml is None:
        return
    targets = {
        "story": {story.slug for story in tree.stories},
        "resource": {resource.id for resource in tree.resources},
    }
    for index, item in enumerate(toml.data.get("item", [])):
        line = _nth_table_line(toml, "item", index)
        treatment, target = item.get("treatment"), item.get("target")
        if treatment == "omitted":
            if not str(item.get("reason", "")).strip():
                log.error(path, "an omitted item needs a 'reason'", line)
        elif treatment in targets:
            if target not in targets[treatment]:
                log.error(path, f"{treatment} {target!r} does not exist", line)
        else:
            log.error(path, "'treatment' must be story, resource or omitted", line)


def _read_languages(path: Path, log: ProblemLog) -> list[SourceLanguage]:
    if not path.is_file():
        log.error(path, "languages.toml is missing: it lists the languages as [[language]] tables")
        return []
    toml = read_toml(path, log)
    if toml is None:
        return []
    entries = toml.data.get("language")
    if not isinstance(entries, list) or not entries:
        log.error(path, "no [[language]] tables found")
        return []
    languages: list[SourceLanguage] = []
    for index, entry in enumerate(entries):
        line = _nth_table_line(toml, "language", index)
        code, name = entry.get("code"), entry.get("name")
        direction = entry.get("direction", "ltr")
        if not isinstance(code, str) or not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]+)?", code):
            log.error(
                path, f"language {index + 1}: 'code' must be a language code like \"fr\"", line
            )
            continue
        if not isinstance(name, str) or not name.strip():
            log.error(
                path, f"language '{code}': 'name' (its own name, e.g. Français) is missing", line
            )
            continue
        if direction not in ("ltr", "rtl"):
            log.error(path, f'language \'{code}\': direction must be "ltr" or "rtl"', line)
            continue
        if code in (lang.code for lang in languages):
            log.error(path, f"language '{code}' is listed twice", line)
            continue
        for key in sorted(set(entry) - _LANGUAGE_KEYS):
            log.warning(path, f"language '{code}': unknown key '{key}' ignored", line)
        languages.append(SourceLanguage(code, name.strip(), direction))
    if languages and "en" not in [lang.code for lang in languages]:
        log.error(path, "English ('en') must be listed: it is the fallback language")
    return languages


def _nth_table_line(toml: TomlFile, name: str, index: int) -> int | None:
    seen = -1
    for number, line in enumerate(toml.lines, start=1):
        if line.split("#")[0].strip() == f"[[{name}]]":
            seen += 1
            if seen == index:
                return number
    return None


def _read_labels(path: Path, codes: list[str], log: ProblemLog) -> dict:
    labels: dict[str, dict[str, dict[str, str]]] = {kind: {} for kind in _LABEL_TABLES}
    if not path.is_file():
        return labels
    toml = read_toml(path, log)
    if toml is None:
        return labels
    for kind in _LABEL_TABLES:
        table = toml.data.get(kind, {})
        for key, texts in table.items():
            line = toml.line_of(key) or _header_line(toml, f"{kind}.{key}")
            if not isinstance(texts, dict) or not all(isinstance(t, str) for t in texts.values()):
                log.error(path, f'{kind}.{key}: expected lang = "label" pairs', line)
                continue
            for lang in texts:
                if codes and lang not in codes:
                    log.error(
                        path, f"{kind}.{key}: language '{lang}' is not in languages.toml", line
                    )
            missing = [c for c in codes if c not in texts]
            if missing:
                log.warning(path, f"{kind}.{key}: no label in {', '.join(missing)}", line)
            labels[kind][key] = dict(texts)
    for key in sorted(set(toml.data) - set(_LABEL_TABLES)):
        log.warning(path, f"unknown table '{key}' ignored")
    return labels


def _header_line(toml: TomlFile, dotted: str) -> int | None:
    for number, line in enumerate(toml.lines, start=1):
        if re.match(rf"^\s*\[\s*{re.escape(dotted)}\s*\]", line.replace('"', "")):
            return number
    return None


def _read_texts(folder: Path, tree: ContentTree, log: ProblemLog) -> dict[str, TitledText]:
    codes = tree.language_codes
    texts: dict[str, TitledText] = {}
    for path in sorted(folder.iterdir()):
        if path.suffix != ".md" or path.name.upper() == "README.MD":
            continue
        if path.is_symlink() and path not in tree.links:
            continue  # reported by _check_links
        match = _LANG_FILE.match(path.name)
        if not match:
            log.error(path, "a text file must be named <language code>.md, e.g. fr.md")
            continue
        lang = match.group(1)
        if codes and lang not in codes:
            log.error(path, f"language '{lang}' is not listed in languages.toml")
            continue
        try:
            size = path.stat().st_size
            if size > STORY_TEXT_MAX_BYTES:
                log.error(
                    path,
                    f"the text is {size // 1000:,} KB; the most a story may hold is "
                    f"{STORY_TEXT_MAX_BYTES // 1000:,} KB: split it or link to a document",
                )
                continue
            raw = path.read_bytes()
        except OSError as error:
            log.error(path, f"cannot read the file: {error.strerror}")
            continue
        if size > STORY_TEXT_WARN_BYTES:
            log.warning(
                path,
                f"long text ({size // 1000:,} KB): visitors read a story in a "
                f"few minutes; above {STORY_TEXT_WARN_BYTES // 1000} KB it opens slowly",
            )
        text, line, message = decode_utf8(raw)
        if text is None:
            log.error(path, message, line)
            continue
        try:
            texts[lang] = parse_titled_text(text)
        except TitleMissing as error:
            log.error(path, str(error), error.line)
            continue
        if not texts[lang].body.strip():
            log.warning(path, "the text has a title but no body")
        overrides = sorted({f"U+{ord(c):04X}" for c in texts[lang].title if c in _BIDI_OVERRIDES})
        if overrides:
            log.warning(
                path,
                f"the title holds invisible text-direction controls ({', '.join(overrides)}): "
                "the characters after them show reordered; remove them",
                1,
            )
    return texts


def _resolve_media(value: object, folder: Path, media_root: Path) -> Path | None:
    """A media path is relative to the item's folder, else to the media root."""
    if not isinstance(value, str) or not value.strip():
        return None
    relative = Path(value)
    if relative.is_absolute() or ".." in relative.parts:
        return None
    for base in (folder, media_root):
        if (base / relative).is_file():
            return base / relative
    return media_root / relative


def _check_media(
    path: Path | None,
    value: object,
    toml: TomlFile,
    key: str,
    table: str | None,
    log: ProblemLog,
    links: set[Path],
) -> Path | None:
    line = toml.line_of(key, table)
    if path is None:
        log.error(toml.path, f"'{key}' must be a relative path inside the media folder", line)
        return None
    if path.is_symlink() and path not in links:
        log.error(
            toml.path, f"{key}: {value} is a symbolic link that is not used (see above)", line
        )
        return None
    if not path.is_file():
        log.error(toml.path, f"{key}: file not found: {value} (looked in {path.parent})", line)
        return None
    return path


def _check_image_size(image: Path, toml: TomlFile, log: ProblemLog) -> None:

    line = toml.line_of("image")
    size = image.stat().st_size
    if size > IMAGE_WARN_BYTES:
        log.warning(toml.path, f"image: {image.name} is {size / 1e6:.0f} MB; keep photos under "
                    f"{IMAGE_WARN_BYTES // 1_000_000} MB", line)  # fmt: skip
    pixels = image_size(image)
    if pixels is None:
        log.error(toml.path, f"image: {image.name} is not an image the kiosk can show", line)
    elif max(pixels) > IMAGE_WARN_PX:
        log.warning(
            toml.path,
            f"image: {image.name} is {pixels[0]}x{pixels[1]} pixels; the kiosk shows at most "
            f"{KIOSK_MAX_PX} (the build stores a scaled copy); above {IMAGE_WARN_PX} it is waste",
            line,
        )


def _read_story(folder: Path, tree: ContentTree, log: ProblemLog) -> SourceStory | None:
    path = folder / "story.toml"
    if not _SLUG.match(folder.name):
        log.error(folder, "a story folder name must be lower-case letters, digits and '-'")
    if not path.is_file():
        log.error(path, "story.toml is missing (it holds at least the date)")
        _read_texts(folder, tree, log)
        return None
    toml = read_toml(path, log)
    texts = _read_texts(folder, tree, log)
    if toml is None:
        return None
    data = toml.data
    ok = True
    date = data.get("date")
    if "date" not in data:
        log.error(path, "'date' is missing (write it as date = 2012-07-09)")
        ok = False
    elif not isinstance(date, dt.date) or isinstance(date, dt.datetime):
        log.error(
            path, "'date' must be a TOML date like 2012-07-09 (no quotes)", toml.line_of("date")
        )
        ok = False
    for key in sorted(set(data) - _STORY_KEYS):
        log.warning(path, f"unknown key '{key}' ignored", toml.line_of(key))
    for key in ("country", "credit", "source", "publisher"):
        if key in data and not isinstance(data[key], str):
            log.error(path, f"'{key}' must be text in quotes", toml.line_of(key))
            ok = False
    tags = data.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        log.error(
            path, "'tags' must be a list of words, e.g. tags = [\"children\"]", toml.line_of("tags")
        )
        ok, tags = False, []
    known_tags = tree.labels.get("tags", {})
    for tag in tags:
        if known_tags and tag not in known_tags:
            log.warning(path, f"tag '{tag}' has no labels in labels.toml", toml.line_of("tags"))
    country = data.get("country")
    if isinstance(country, str) and not _check_country(country, tree, path, toml, log):
        ok = False
    sensitive = data.get("sensitive", False)
    if not isinstance(sensitive, bool):
        log.error(path, "'sensitive' must be true or false", toml.line_of("sensitive"))
        ok = False
    published = data.get("published", {})
    if not isinstance(published, dict) or not all(
        isinstance(d, dt.date) and not isinstance(d, dt.datetime) for d in published.values()
    ):
        log.error(path, "[published] must hold lang = 2012-07-09 dates", toml.line_of("published"))
        ok, published = False, {}
    for lang in published:
        if lang not in texts:
            log.error(
                path,
                f"[published] names '{lang}' but there is no {lang}.md",
                toml.line_of(lang, "published"),
            )
            ok = False
    translated_by = _read_translated_by(toml, texts, log)
    if translated_by is None:
        ok, translated_by = False, {}
    excerpt = data.get("excerpt")
    if excerpt is not None and not isinstance(excerpt, bool):
        log.error(path, "'excerpt' must be true or false", toml.line_of("excerpt"))
        ok, excerpt = False, None
    if excerpt is None:  # the seed's openings end in "..." or mid-sentence
        excerpt = any(looks_cut_off(text.body) for text in texts.values())
    content_note = _read_content_note(toml, tree, log)
    if content_note is None:
        ok, content_note = False, {}
    if sensitive is True and not content_note:
        log.warning(
            path,
            "a sensitive story should have a content_note worded for it (see README);"
            " a general note is shown",
            toml.line_of("sensitive"),
        )
    image = None
    if "image" in data:
        image = _check_media(
            _resolve_media(data["image"], folder, tree.media_root),
            data["image"],
            toml,
            "image",
            None,
            log,
            tree.links,
        )
        ok = ok and image is not None
        if image is not None:
            _check_image_size(image, toml, log)
    if not texts and not any(p.suffix == ".md" for p in folder.iterdir()):
        log.error(folder, "the story has no text file: add at least one <lang>.md, e.g. en.md")
        ok = False
    if not ok or not texts:
        return None
    return SourceStory(
        slug=folder.name,
        folder=folder,
        date=date,
        country=country,
        tags=list(tags),
        credit=data.get("credit"),
        source=data.get("source"),
        image=image,
        sensitive=sensitive,
        published=dict(published),
        texts=texts,
        translated_by=translated_by,
        publisher=data.get("publisher"),
        excerpt=excerpt,
        content_note=content_note,
    )


def looks_cut_off(body: str) -> bool:
    """True when a text stops mid-sentence or with "...": only its opening was given."""
    end = body.rstrip()
    if not end:
        return False
    if end.endswith(("...", "…")):
        return True
    return end[-1] not in ".!?\"”»)’'。！？»؟"


def _read_content_note(toml: TomlFile, tree: ContentTree, log: ProblemLog) -> dict | None:
    """content_note = "<id from labels.toml [notes]>", or a [content_note] table per language."""
    value = toml.data.get("content_note")
    line = toml.line_of("content_note")
    if value is None:
        return {}
    if isinstance(value, str):
        notes = tree.labels.get("notes", {})
        if value not in notes:
            known = ", ".join(sorted(notes)) or "none yet"
            log.error(
                toml.path,
                f"content_note '{value}' is not in labels.toml [notes] (known: {known});"
                " or write the note itself in a [content_note] table, one line per language",
                line,
            )
            return None
        return dict(notes[value])
    if isinstance(value, dict) and value and all(isinstance(v, str) for v in value.values()):
        codes = tree.language_codes
        for lang in value:
            if codes and lang not in codes:
                log.error(
                    toml.path,
                    f"[content_note] language '{lang}' is not in languages.toml",
                    toml.line_of(lang, "content_note"),
                )
                return None
        return {lang: text.strip() for lang, text in value.items()}
    log.error(
        toml.path,
        'content_note must be a note id (content_note = "personal-account")'
        ' or a [content_note] table of lang = "text" lines',
        line,
    )
    return None


def _read_translated_by(toml: TomlFile, texts: dict, log: ProblemLog) -> dict[str, str] | None:
    """[translated_by]: lang = "organisation" for versions the publisher translated itself."""
    table = toml.data.get("translated_by", {})
    line = toml.line_of("translated_by")
    if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
        log.error(toml.path, '[translated_by] must hold lang = "organisation" pairs', line)
        return None
    ok = True
    for lang, who in table.items():
        at = toml.line_of(lang, "translated_by")
        if lang not in texts:
            log.error(toml.path, f"[translated_by] names '{lang}' but there is no {lang}.md", at)
            ok = False
        elif not who.strip():
            log.error(toml.path, f"[translated_by] {lang}: the organisation's name is empty", at)
            ok = False
    return {lang: who.strip() for lang, who in table.items()} if ok else None


def _check_country(
    code: str, tree: ContentTree, path: Path, toml: TomlFile, log: ProblemLog
) -> bool:
    """`country` is an ISO 3166-1 alpha-2 code that the world map can place."""
    line = toml.line_of("country")
    atlas = world_map()
    if atlas.country(code) is None or code != code.upper():
        named = next((c.iso for c in atlas.countries if c.iso and c.name == code), None)
        hint = f': write country = "{named}"' if named else ' such as "MX" for Mexico'
        log.error(
            path,
            f"country {code!r} is not an ISO 3166-1 alpha-2 code the map can place{hint}",
            line,
        )
        return False
    known = tree.labels.get("countries", {})
    if known and code not in known:
        log.warning(path, f"country '{code}' has no labels in labels.toml", line)
    return True


def _read_resource(folder: Path, tree: ContentTree, log: ProblemLog) -> SourceResource | None:
    path = folder / "resource.toml"
    codes = tree.language_codes
    if not path.is_file():
        log.error(path, "resource.toml is missing")
        return None
    toml = read_toml(path, log)
    texts = _read_texts(folder, tree, log)
    if toml is None:
        return None
    data = toml.data
    ok = True
    kind = data.get("kind")
    if kind not in RESOURCE_KINDS:
        log.error(
            path,
            f"unknown resource kind {kind!r}: use one of {', '.join(RESOURCE_KINDS)}",
            toml.line_of("kind"),
        )
        ok = False
    order = data.get("order", 0)
    if not isinstance(order, int) or isinstance(order, bool):
        log.error(path, "'order' must be a whole number", toml.line_of("order"))
        ok = False
    icon = data.get("icon", "fa5s.info-circle")
    if not isinstance(icon, str) or not re.fullmatch(r"[a-z0-9]+\.[a-z0-9-]+", icon):
        log.error(
            path, "'icon' must be a qtawesome name like \"fa5s.first-aid\"", toml.line_of("icon")
        )
        ok = False
    url = data.get("url")
    if url is not None and (not isinstance(url, str) or not re.match(r"^https?://\S+$", url)):
        log.error(path, "'url' must be an address starting with https://", toml.line_of("url"))
        ok = False
    sources = _read_sources(toml, log)
    if sources is None:
        ok, sources = False, []
    elif not sources:
        log.warning(
            path,
            "no [[sources]]: list where the statements of this resource come from"
            " (a news item or a public document, with its title and date)",
        )
    originals = data.get("original_languages")
    if originals is not None and (
        not isinstance(originals, list) or not all(isinstance(c, str) for c in originals)
    ):
        log.error(
            path,
            '\'original_languages\' must be a list of language codes, e.g. ["en", "fr"]',
            toml.line_of("original_languages"),
        )
        ok, originals = False, None
    for key in sorted(set(data) - _RESOURCE_KEYS):
        log.warning(path, f"unknown key '{key}' ignored", toml.line_of(key))
    media: dict[str, dict[str, Path]] = {"files": {}, "subtitles": {}}
    for table in ("files", "subtitles"):
        entries = data.get(table, {})
        if not isinstance(entries, dict):
            log.error(path, f'[{table}] must hold lang = "file" pairs', toml.line_of(table))
            ok = False
            continue
        if entries and table == "subtitles" and kind != "film":
            log.warning(path, "[subtitles] is only used by films", toml.line_of(table))
        for lang, value in entries.items():
            if codes and lang not in codes:
                log.error(
                    path,
                    f"[{table}] language '{lang}' is not in languages.toml",
                    toml.line_of(lang, table),
                )
                ok = False
                continue
            resolved = _check_media(
                _resolve_media(value, folder, tree.media_root),
                value,
                toml,
                lang,
                table,
                log,
                tree.links,
            )
            if resolved is None:
                ok = False
            else:
                media[table][lang] = resolved
    if kind in ("document", "film") and not data.get("files"):
        log.error(path, f"a {kind} resource needs a [files] table with at least one file")
        ok = False
    if not texts:
        log.error(folder, "the resource has no text file: add at least en.md")
        ok = False
    if not ok:
        return None
    return SourceResource(
        id=folder.name,
        folder=folder,
        kind=kind,
        order=order,
        icon=icon,
        url=url,
        files=media["files"],
        subtitles=media["subtitles"],
        texts=texts,
        sources=sources,
        original_languages=originals,
    )


def _read_sources(toml: TomlFile, log: ProblemLog) -> list[SourceRef] | None:
    """[[sources]] tables: title and date, optionally publisher and document symbol."""
    entries = toml.data.get("sources", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        log.error(
            toml.path,
            "sources must be [[sources]] tables with a title and a date",
            toml.line_of("sources"),
        )
        return None
    found: list[SourceRef] = []
    ok = True
    for index, entry in enumerate(entries):
        line = _nth_table_line(toml, "sources", index)
        title, date = entry.get("title"), entry.get("date")
        if not isinstance(title, str) or not title.strip():
            log.error(toml.path, f"source {index + 1}: 'title' (as published) is missing", line)
            ok = False
            continue
        if not isinstance(date, dt.date) or isinstance(date, dt.datetime):
            log.error(
                toml.path, f"source {index + 1}: 'date' must be a TOML date like 2011-10-18", line
            )
            ok = False
            continue
        for key in ("publisher", "symbol"):
            if key in entry and not isinstance(entry[key], str):
                log.error(toml.path, f"source {index + 1}: '{key}' must be text in quotes", line)
                ok = False
        for key in sorted(set(entry) - _SOURCE_KEYS):
            log.warning(toml.path, f"source {index + 1}: unknown key '{key}' ignored", line)
        found.append(SourceRef(title.strip(), date, entry.get("publisher"), entry.get("symbol")))
    return found if ok else None
