"""The content store's records for the pages after the home screen: a whole story for the
story page, a search hit for the search results.

Defined on first use, not at every start before the first frame (each record costs
~1.7 M instructions to define).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import field

from kiosk.content.model import StoryCard, pick_fallback
from kiosk.core.records import record


@record
class Story(StoryCard):
    """A whole story for the story page."""

    body: str = ""
    source: str | None = None
    # The organisation that translated the version shown (None: as published).
    translated_by: str | None = None
    publisher: str | None = None  # who published the original, e.g. "UNODC"
    excerpt: bool = False  # only the opening of the original item is in the content
    # The content note worded for this story, per language ({} : the general note).
    content_note: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def content_note_for(self, lang: str) -> str:
        """The story's own content note in `lang` (else English, else any), or ""."""
        return pick_fallback(self.content_note, lang) or ""


@record
class SearchHit:
    """One story found by a search, in the language it matched."""

    story_id: str
    title: str
    snippet: str
    lang: str
    date: dt.date
