"""Shared interface wording: dates in the interface language, language names, fallback notes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from kiosk.content.model import Shown

_CONTEXT = "Wording"

# Language names as they are said inside a sentence of the interface language.
_LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("Wording", "English"),
    "fr": QT_TRANSLATE_NOOP("Wording", "French"),
    "es": QT_TRANSLATE_NOOP("Wording", "Spanish"),
    "ru": QT_TRANSLATE_NOOP("Wording", "Russian"),
    "ar": QT_TRANSLATE_NOOP("Wording", "Arabic"),
    "zh": QT_TRANSLATE_NOOP("Wording", "Chinese"),
}


def language_name(code: str) -> str:
    """The language's name in the current interface language ("anglais" in French)."""
    name = _LANGUAGE_NAMES.get(code)
    return QCoreApplication.translate(_CONTEXT, name) if name else code


def format_date(date: dt.date, lang: str) -> str:
    """A long date in the interface language, e.g. "9 juillet 2012", "2012年7月9日"."""
    #: A QDate format: d day, M month number, MMMM the month's name, yyyy the year.
    #: Write it in your language's order, e.g. French "d MMMM yyyy", Chinese "yyyy年M月d日".
    pattern = QCoreApplication.translate("Wording", "d MMMM yyyy")
    return QLocale(lang).toString(QDate(date.year, date.month, date.day), pattern)


def fallback_note(shown: Shown) -> str:
    """ "Published in English" when the text is not in the wanted language, else "".

    It says what is true (the version shown and its language), never a promise of a
    translation that may not come.
    """
    if not shown.is_fallback:
        return ""
    note = QCoreApplication.translate("Wording", "Published in %1")
    return note.replace("%1", language_name(shown.lang))


def meta_line(date: dt.date, country: str | None, lang: str) -> str:
    """Date and country for a card or a page header."""
    parts = [format_date(date, lang)]
    if country:
        parts.append(country)
    return "  ·  ".join(parts)
