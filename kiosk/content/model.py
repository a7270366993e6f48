"""What the content store hands to the rest of the app: plain, immutable dataclasses.

Story and SearchHit are in kiosk/content/page_model.py, imported when first used: the
home screen's first frame needs neither, and defining a record costs every start ~1.7 M
instructions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import field
from pathlib import Path

from kiosk.core.records import record


@record
class Language:
    """An interface or content language as the language bar lists it."""

    code: str
    name: str  # the language's own name, e.g. "Français"
    direction: str  # "ltr" or "rtl"
    position: int

    @property
    def is_rtl(self) -> bool:
        return self.direction == "rtl"


@record
class Shown:
    """Which language a text is shown in, and whether that is a fallback."""

    wanted: str
    lang: str

    @property
    def is_fallback(self) -> bool:
        return self.wanted != self.lang


@record
class Label:
    """A translated label for a topic tag or a country."""

    key: str
    text: str
    count: int = 0  # how many stories carry it


@record
class StoryCard:
    """What a carousel card shows: no body text."""

    id: str
    date: dt.date  # publication date of the language shown
    country: str | None
    tags: tuple[str, ...]
    credit: str | None
    image: Path | None
    sensitive: bool
    shown: Shown
    title: str
    summary: str
    languages: tuple[str, ...]  # every language the story exists in


@record
class SourceRef:
    """Where a resource's statements come from: a news item or a public document."""

    title: str
    date: dt.date
    publisher: str | None = None
    symbol: str | None = None  # a document symbol, e.g. "A/RES/64/293"


@record
class MediaFile:
    """One language's file of a resource (a document, a film, subtitles)."""

    lang: str
    path: Path  # absolute path on this machine
    sha256: str
    bytes: int

    @property
    def exists(self) -> bool:
        return self.path.is_file()


@record
class Resource:
    """A resource card and its page: a document, a film, a fund or a link."""

    id: str
    kind: str  # document | film | fund | link
    position: int
    icon: str  # a qtawesome name
    url: str | None
    shown: Shown
    title: str
    summary: str
    body: str
    files: dict[str, MediaFile] = field(default_factory=dict)
    subtitles: dict[str, MediaFile] = field(default_factory=dict)
    sources: tuple[SourceRef, ...] = ()
    # Language versions of the original named by the sources (None: they say nothing).
    original_languages: tuple[str, ...] | None = None

    def file_for(self, lang: str, order: list[str] | None = None) -> MediaFile | None:
        """The file for `lang`, else English, else the first available (see Shown)."""
        return pick_fallback(self.files, lang, order)

    def subtitles_for(self, lang: str) -> MediaFile | None:
        return self.subtitles.get(lang)


def fallback_order(wanted: str, available: list[str] | tuple[str, ...]) -> list[str]:
    """Languages to try, best first: the wanted one, then English, then the rest in order."""
    order = [wanted, "en", *available]
    seen: list[str] = []
    for code in order:
        if code in available and code not in seen:
            seen.append(code)
    return seen


def pick_fallback(by_lang: dict, wanted: str, order: list[str] | None = None):
    """The value for `wanted`, else English, else the first in `order` (or dict order)."""
    available = order if order is not None else list(by_lang)
    available = [code for code in available if code in by_lang]
    choice = fallback_order(wanted, available)
    return by_lang[choice[0]] if choice else None
