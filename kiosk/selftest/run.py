"""`kiosk self-test`: visit every screen in every interface language offscreen, and check it.

Fails (exit 1, saying what) on a character that no bundled font can draw, an empty
carousel, a resource page that does not work (PDF not rendered, no film frame, no QR
code), or any Qt warning but QtMultimedia's harmless ones (kiosk/ui/media_noise.py);
with --screenshots DIR writes DIR/<screen>-<lang>.png.

Screens: the window's own (`SCREENS`: home, story, content note), every resource
page (kiosk/selftest/resource_screens.py) and the kiosk operation screens (attract, neutral,
"Still there?", PIN pad; kiosk/selftest/kiosk_screens.py). To add one, give a `Screen`:
`enter(window)` puts the main window on that screen and returns False when it cannot
be shown here (it is then reported and skipped), or a message string to report a
failure; `leave(window)`, if given, undoes what `enter` did before the next screen.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.selftest.screen import Screen

DEFAULT_SIZE = (1920, 1080)


def parse_size(text: str) -> tuple[int, int]:
    """ "1280x800" -> (1280, 800); raises ValueError for anything else."""
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise ValueError(f"not a size WIDTHxHEIGHT: {text!r}")
    return int(width), int(height)


def _home(window) -> None:
    window.go_home()
    window.carousel.restart()
    if window.carousel.count() == 0:
        return "the story carousel is empty"
    return None


def _story(window):
    card = window.carousel.current_card()
    if card is None:
        return "no story to open"
    window.open_story(card.id)
    window.story_page.accept_content_note()
    return None


def _map(window):
    """A story with a country: its page shows the locator map with the country highlighted."""
    from PySide6.QtGui import QColor

    ids = window.store.story_ids(window.lang)
    card = next((c for c in window.store.story_cards(ids, window.lang) if c.country), None)
    if card is None:
        return False
    window.open_story(card.id)
    window.story_page.accept_content_note()
    hero = window.story_page.hero
    if not hero.shows_map:
        return f"no map for {card.id} (country {card.country}): is resources/maps bundled?"
    point = hero.anchor_point()
    image = hero.grab().toImage()
    wanted = QColor(hero.colors().highlight)
    if image.pixelColor(round(point.x()), round(point.y())) != wanted:
        return f"the map of {card.id} does not highlight {card.country}"
    return None


def _content_note(window):
    sensitive = next((c for c in window.store.stories(window.lang) if c.sensitive), None)
    if sensitive is None:
        return False
    # As a visitor meets it: a story page last used for this same story (the map
    # screen opens it too) keeps the note accepted, and the note would not be seen.
    window.story_page.reset()
    window.open_story(sensitive.id)
    if not window.story_page.showing_content_note:
        return f"{sensitive.id} is sensitive but its page shows no content note"
    return None


def _search(window):
    """Results for a word of the first story's title, as a visitor would type it."""
    cards = window.store.stories(window.lang)
    if not cards:
        return "no story to search for"
    words = sorted(cards[0].title.split(), key=len)
    word = words[-1] if len(words) > 1 else cards[0].title[:2]
    window.search(word.strip(",.:;«»“”\"'"))
    if not window.search_page.hit_ids():
        return f"searching for {word!r} found nothing"
    return None


def _search_none(window):
    window.search("qqqxyzzy")
    return None


def _leave_search(window) -> None:
    window.go_home()


class _ErrorCover:
    """The error screen (content missing or damaged) laid over the window, as it fills it."""

    widget = None

    @classmethod
    def enter(cls, window):
        from kiosk.ui.screens.error_screen import ErrorScreen

        details = (
            "file is not a database: /var/lib/awareness-kiosk/packs/active/content.db"
            " (sqlite3.DatabaseError while reading the schema)"
        )
        cls.widget = ErrorScreen(details, window, can_retry=True)
        cls.widget.setGeometry(window.rect())
        cls.widget.show()
        cls.widget.raise_()
        return None

    @classmethod
    def leave(cls, window) -> None:
        if cls.widget is not None:
            cls.widget.hide()
            cls.widget.deleteLater()
            cls.widget = None


SCREENS: list[Screen] = [
    Screen("home", _home),
    Screen("story", _story),
    Screen("map", _map),
    Screen("content-note", _content_note),
    Screen("search", _search, leave=_leave_search),
    Screen("search-none", _search_none, leave=_leave_search),
    Screen("error", _ErrorCover.enter, leave=_ErrorCover.leave),
]


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    screenshots: list[Path] = field(default_factory=list)
    visited: int = 0


class GlyphChecker:
    """Says which characters of a text none of a font's families can draw."""

    def __init__(self):
        self._cache: dict[tuple[str, int], bool] = {}

    def missing(self, text: str, font) -> list[str]:
        from PySide6.QtGui import QFont, QRawFont

        families = list(font.families()) or [font.family()]
        absent: list[str] = []
        for char in set(text):
            if char.isspace() or unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp"):
                continue
            code = ord(char)
            covered = False
            for family in families:
                key = (family, code)
                if key not in self._cache:
                    probe = QFont(family)
                    # QRawFont is this one font file, without Qt's silent fallbacks.
                    raw = QRawFont.fromFont(probe)
                    exact = raw.isValid() and raw.familyName() == family
                    self._cache[key] = exact and raw.supportsCharacter(code)
                if self._cache[key]:
                    covered = True
                    break
            if not covered:
                absent.append(char)
        return sorted(absent)


def visible_texts(window):
    """(widget, text) for every visible piece of interface or story text."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QLabel,
        QLineEdit,
        QListWidget,
        QTextEdit,
        QWidget,
    )

    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget, widget.text()
        elif isinstance(widget, QLineEdit):
            yield widget, widget.text() + widget.placeholderText()
        elif isinstance(widget, QTextEdit):
            yield widget, widget.toPlainText()
        elif isinstance(widget, QListWidget):
            yield widget, " ".join(widget.item(i).text() for i in range(widget.count()))


def parse_sizes(text: str) -> list[tuple[int, int]]:
    """ "1920x1080,1080x1920" -> [(1920, 1080), (1080, 1920)]; raises ValueError."""
    return [parse_size(part.strip()) for part in text.split(",") if part.strip()] or [
        parse_size(text)
    ]


def parse_scales(text: str) -> list[float]:
    """ "1.0,1.3" -> [1.0, 1.3]; raises ValueError for anything not between 0.5 and 3."""
    scales = []
    for part in text.split(","):
        try:
            scale = float(part)
        except ValueError:
            raise ValueError(f"not a text scale: {part!r}") from None
        if not 0.5 <= scale <= 3.0:
            raise ValueError(f"text scale {scale} is not between 0.5 and 3")
        scales.append(scale)
    return scales


CONTRASTS = {"normal": False, "high": True}


def parse_contrasts(text: str) -> list[bool]:
    """ "normal,high" -> [False, True] (high contrast off, on); raises ValueError."""
    contrasts = []
    for part in text.split(","):
        word = part.strip().lower()
        if word not in CONTRASTS:
            raise ValueError(f"not a contrast (normal or high): {part!r}")
        contrasts.append(CONTRASTS[word])
    return contrasts


def run_self_test(
    db: Path | None = None,
    screenshots: Path | None = None,
    screens: list[Screen] | None = None,
    size: tuple[int, int] | list[tuple[int, int]] = DEFAULT_SIZE,
    say: Callable[[str], None] = print,
    text_scales: list[float] | None = None,
    inspect: Callable[[object], list[str]] | None = None,
    contrasts: list[bool] | None = None,
) -> int:
    """Visit `screens` in every language at every size, text scale and contrast (False:
    normal, True: high); 0 when all is well.

    Problems are reported as "screen/lang/WxH/scale: widget: problem"; the layout
    audit (kiosk/selftest/layout_audit.py) runs on every screen. `inspect(window)`, if given,
    runs on every screen after the built-in checks and returns problems to report
    (tests use it for checks of their own).
    """
    sizes = [size] if isinstance(size, tuple) else list(size)
    scales = text_scales or [1.0]
    themes = contrasts or [False]
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.core.store_choice import open_store
    from kiosk.ui.assembly import build_main_window, create_application
    from kiosk.ui.media_noise import is_multimedia_noise
    from kiosk.ui.theme import set_style_sheet

    warnings: list[str] = []

    def on_message(kind, context, message) -> None:
        serious = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        if kind in serious and not is_multimedia_noise(message):
            warnings.append(message)
        if previous is not None:
            previous(kind, context, message)

    previous = qInstallMessageHandler(on_message)
    report = Report()
    try:
        app = create_application()
        # Put the application back as found (the self-test may run inside a larger program).
        saved = (app.styleSheet(), app.palette(), app.layoutDirection())
        store, error = open_store(db)
        if store is None:
            say(f"FAIL content: {error}")
            return 1
        window = build_main_window(app, store, "en", auto_advance_ms=0, animation_ms=0)
        kiosk_screens = None
        try:
            say(_read_aloud_voices(app, window))
            if screens is None:
                from kiosk.selftest.kiosk_screens import KioskScreens
                from kiosk.selftest.resource_screens import resource_screens

                kiosk_screens = KioskScreens(app, window)
                screens = [*SCREENS, *resource_screens(store), *kiosk_screens.screens()]
            for width, height in sizes:
                for scale in scales:
                    for high in themes:
                        shape = Shape(width, height, scale, len(sizes) > 1, len(scales) > 1, high)
                        _visit_all(app, window, store, screens, screenshots, shape, report, inspect)
            if store.damage:
                report.problems.append(f"content: {store.path} is damaged: {store.damage}")
        finally:
            if kiosk_screens is not None:
                kiosk_screens.close()
            window.read_aloud.shutdown()
            window.close()
            window.language.uninstall()
            window.deleteLater()
            store.close()
            set_style_sheet(app, saved[0])
            app.setPalette(saved[1])
            app.setLayoutDirection(saved[2])
    finally:
        qInstallMessageHandler(previous)
    report.problems += [f"Qt warning: {message}" for message in dict.fromkeys(warnings)]
    for line in report.skipped:
        say(f"skip {line}")
    for line in report.problems:
        say(f"FAIL {line}")
    verdict = "failed" if report.problems else "ok"
    say(
        f"self-test {verdict}: {report.visited} screens visited at"
        f" {', '.join(f'{w}x{h}' for w, h in sizes)}, text scale"
        f" {', '.join(f'{s:g}' for s in scales)},"
        f" {', '.join('high contrast' if high else 'normal contrast' for high in themes)},"
        f" {len(report.problems)} problem(s)"
        + (f", {len(report.screenshots)} screenshots in {screenshots}" if screenshots else "")
    )
    return 1 if report.problems else 0


def _read_aloud_voices(app, window, timeout_s: float = 30) -> str:
    """Start the read-aloud engine and wait for its voices: the Listen buttons show in the
    screenshots wherever a voice exists. Says which interface languages can be read."""
    import time

    from kiosk.core.config import UI_LANGUAGES

    read_aloud = window.read_aloud
    read_aloud.prepare()
    deadline = time.monotonic() + timeout_s
    while not read_aloud.ready and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    if not read_aloud.enabled:
        return "read aloud: turned off"
    voiced = [code for code in UI_LANGUAGES if read_aloud.has_voice(code)]
    if not read_aloud.ready:
        return f"read aloud: the engine gave no voices within {timeout_s:g} s"
    return "read aloud: voices for " + (", ".join(voiced) if voiced else "no interface language")


def _settle(app, rounds: int = 6) -> None:
    """Let layouts finish: a relayout posts further layout requests (scroll areas, wrapping)."""
    for _ in range(rounds):
        app.processEvents()


@dataclass(frozen=True)
class Shape:
    """One window size and text scale the screens are visited at."""

    width: int
    height: int
    scale: float
    name_size: bool = False  # screenshots carry the size in their names
    name_scale: bool = False  # ... and the scale
    high_contrast: bool = False  # screenshots end in "-hc"

    def where(self, screen: str, lang: str) -> str:
        where = f"{screen}/{lang}/{self.width}x{self.height}/{self.scale:g}"
        return where + ("/high-contrast" if self.high_contrast else "")

    def file_name(self, screen: str, lang: str) -> str:
        name = f"{screen}-{lang}"
        if self.name_size:
            name += f"-{self.width}x{self.height}"
        if self.name_scale:
            name += f"-text{self.scale:g}"
        if self.high_contrast:
            name += "-hc"
        return name + ".png"


def markup_shown(window) -> list[str]:
    """Visible labels and tooltips whose text Qt would render as HTML (never content text)."""
    from PySide6 import QtGui
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QWidget

    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        name = widget.objectName() or type(widget).__name__
        if (
            isinstance(widget, QLabel)
            and widget.textFormat() == Qt.TextFormat.AutoText
            and QtGui.Qt.mightBeRichText(widget.text())
        ):
            found.append(f"{name} would show its text as HTML: {widget.text()[:60]!r}")
    return found


def _visit_all(
    app, window, store, screens, screenshots, shape: Shape, report: Report, inspect=None
) -> None:
    from dataclasses import replace

    from kiosk.selftest.layout_audit import audit, shown_root

    window.icons.load()
    window.set_theme(
        replace(window.theme, text_scale=shape.scale, high_contrast=shape.high_contrast)
    )
    window.resize(shape.width, shape.height)
    window.show()
    if screenshots:
        screenshots.mkdir(parents=True, exist_ok=True)
    checker = GlyphChecker()
    for language in store.languages():
        window.go_home()
        window.set_language(language.code)
        for screen in screens:
            outcome = screen.enter(window)
            _settle(app)
            where = shape.where(screen.name, language.code)
            if outcome is False:
                report.skipped.append(f"{where}: nothing to show")
                continue
            report.visited += 1
            if isinstance(outcome, str):
                report.problems.append(f"{where}: {outcome}")
            for widget, text in visible_texts(window):
                absent = checker.missing(text, widget.font())
                if absent:
                    name = widget.objectName() or type(widget).__name__
                    chars = " ".join(f"U+{ord(c):04X} {c!r}" for c in absent[:8])
                    report.problems.append(
                        f"{where}: no font draws {chars} in {name}: {text[:60]!r}"
                    )
            for finding in audit(shown_root(window), touch=True):
                report.problems.append(f"{where}: {finding}")
            checks = [*markup_shown(window), *(inspect(window) if inspect else [])]
            report.problems += [f"{where}: {problem}" for problem in checks]
            if screenshots:
                path = screenshots / shape.file_name(screen.name, language.code)
                if not window.grab().save(str(path)):
                    report.problems.append(f"{where}: could not write {path}")
                report.screenshots.append(path)
            if screen.leave is not None:
                screen.leave(window)
                app.processEvents()
    window.reset_session()
