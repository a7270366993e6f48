"""Chooses the page for a resource by its kind; QtPdf and QtMultimedia load only here, on open.

Every page has the same small interface (a protocol, not a base class, so each
page stays one plain widget):

- signal ``back_requested()``: the visitor pressed Back or Esc;
- ``set_language(lang, resource)``: the interface language changed; pass the
  resource as read for the new language. Pages keep their state (PDF page, a
  film that is playing keeps playing in the version the visitor chose);
- ``is_playing() -> bool``: the idle reset must not cut a playing film;
- ``close_media()``: release the document or the player before the page is
  deleted (call it, then ``deleteLater()``).

The film page also has ``playing_changed(bool)``.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from kiosk.content.model import Resource
from kiosk.ui.pages.film_choices import FilmChoices
from kiosk.ui.read_aloud import ReadAloud


class ResourcePage(Protocol):
    back_requested: SignalInstance

    def set_language(self, lang: str, resource: Resource) -> None: ...

    def is_playing(self) -> bool: ...

    def close_media(self) -> None: ...


def create_resource_page(
    resource: Resource,
    lang: str,
    parent: QWidget | None = None,
    language_names: dict[str, str] | None = None,
    film_choices: FilmChoices | None = None,
    read_aloud: ReadAloud | None = None,
) -> QWidget:
    """The page showing `resource` in interface language `lang`.

    `language_names` maps codes to the languages' own names (from
    ContentStore.languages()); without it Qt's locale names are used.
    `film_choices` carries the visitor's film language and subtitles between films.
    `read_aloud` reads the text pages aloud (fund, link); a film speaks for itself and a
    PDF is a document to look at, printed and handed out: neither has a Listen button.
    """
    if resource.kind == "document":
        from kiosk.ui.pages.document_page import DocumentPage

        return DocumentPage(resource, lang, parent, language_names)
    if resource.kind == "film":
        from kiosk.ui.pages.film_page import FilmPage

        return FilmPage(resource, lang, parent, language_names, choices=film_choices)
    from kiosk.ui.pages.link_page import LinkPage

    # "fund", "link" and any kind added later: title, text and address.
    return LinkPage(resource, lang, parent, language_names, read_aloud)
