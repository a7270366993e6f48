"""What the visitor chose on a film page (version, subtitles), kept for the visit (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class FilmChoices:
    """The film language and subtitles a visitor chose, kept for the visit.

    None: not chosen (the film follows the interface language); "" for subtitles: off.
    The main window owns one and clears it at the idle reset.
    """

    version: str | None = None
    subtitles: str | None = None

    def clear(self) -> None:
        self.version = self.subtitles = None
