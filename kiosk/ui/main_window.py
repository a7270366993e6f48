"""The main window: header with title and language bar, pages (home, story, search), footer."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.model import StoryCard
from kiosk.content.store import ContentStore
from kiosk.core.native_memory import release_freed_memory
from kiosk.core.screen_shape import COMPACT, PORTRAIT, shape_for
from kiosk.i18n import DEFAULT_LANGUAGE, InterfaceLanguage, direction_for
from kiosk.ui import app_filters
from kiosk.ui.accessibility import name_scroll_area
from kiosk.ui.icons import Icons
from kiosk.ui.one_frame import one_frame
from kiosk.ui.pages.film_choices import FilmChoices
from kiosk.ui.plain_text import PlainLabel
from kiosk.ui.read_aloud import ReadAloud
from kiosk.ui.theme import Theme, text_size_step
from kiosk.ui.widgets.filter_chips import FilterChips
from kiosk.ui.widgets.focus_ring import KeyboardFocus
from kiosk.ui.widgets.language_bar import LanguageBar
from kiosk.ui.widgets.readable import line_height, margin_for
from kiosk.ui.widgets.resource_cards import ResourceCards
from kiosk.ui.widgets.scroll_viewport import own_viewport
from kiosk.ui.widgets.search_field import SearchField
from kiosk.ui.widgets.story_carousel import StoryCarousel
from kiosk.ui.widgets.text_size import TextSizeChoice

if TYPE_CHECKING:
    from kiosk.ui.pages.search_results import SearchResultsPage
    from kiosk.ui.pages.story_page import StoryContext, StoryPage

# A closed resource page's memory goes back to the system this long after it closed.
RELEASE_AFTER_MS = 1500
# Pause between two languages warmed after the first frame (the visitor comes first).
WARM_STEP_MS = 100
HOME, STORY, SEARCH = "home", "story", "search"
RESOURCE = "resource:"  # resource pages are named "resource:<id>"


class MainWindow(QMainWindow):
    """Everything a visitor sees. Pages live in a stack; `go_back` returns where they were.

    Adding a page (e.g. a resource page)::

        window.add_page("resource:first-aid-kit", page)   # any QWidget
        window.resource_requested.connect(lambda rid: window.show_page(f"resource:{rid}"))
        page.back_button.clicked.connect(window.go_back)   # Esc/Backspace also go back

    A page may define `set_content_language(lang)` (called on every language switch)
    and `reset()` (called by `reset_session`); it retranslates its own interface text
    in `changeEvent(QEvent.LanguageChange)`.
    """

    quick_exit_requested = Signal()
    resource_requested = Signal(str)
    resource_opened = Signal(str)
    media_playing_changed = Signal(bool)
    story_opened = Signal(str)
    language_changed = Signal(str)
    page_changed = Signal(str)
    theme_changed = Signal()

    def __init__(
        self,
        store: ContentStore,
        language: InterfaceLanguage,
        icons: Icons,
        *,
        mode: str = "desktop",
        theme: Theme | None = None,
        default_language: str = DEFAULT_LANGUAGE,
        auto_advance_ms: int = 9000,
        resume_after_ms: int = 20000,
        animation_ms: int = 350,
        read_aloud: ReadAloud | None = None,
    ):
        super().__init__()
        self.store = store
        self.language = language
        self.icons = icons
        self.mode = mode
        self.theme = theme or Theme()
        # Contrast and text size as configured: each visit starts with them (reset_session).
        self.start_theme = self.theme
        self.default_language = default_language
        self._languages = {lang.code: lang for lang in store.languages()}
        self._lang = ""
        self._history: list[str] = []
        # The widget that had the focus when a page was opened from home (a guide card,
        # Read, the search field): Back returns the focus there, as after a dialog.
        self._home_focus: QWidget | None = None
        self._pages: dict[str, QWidget] = {}
        self._filter: tuple[str, str] = ("", "")
        self._country_labels: dict[str, str] = {}
        self._tag_labels: dict[str, str] = {}
        # Work that waits for the first frame (`when_idle`); None once warm_caches began.
        self._idle_steps: list[Callable[[], None]] | None = []
        # Film language and subtitles the visitor chose: kept for the visit (reset_session).
        self.film_choices = FilmChoices()
        # Read aloud (Listen buttons): its engine starts on first need, never before the
        # first frame; a reading stops whenever another page opens.
        self.read_aloud = read_aloud or ReadAloud()
        self.read_aloud.setParent(self)
        self.page_changed.connect(self.read_aloud.stop)
        self.quick_exit_requested.connect(self.read_aloud.stop)

        # Every widget is made in its place in the window (its parent given), from the
        # window down: a widget made apart and put in later makes Qt walk all of it again
        # (its style, font and palette passed down, each widget told its style changed).
        central = QWidget()
        self.setCentralWidget(central)
        # Object names set, not given as keywords (a keyword is looked up by name).
        header = QFrame(central)
        header.setObjectName("Header")
        self.pages = QStackedWidget(central)
        footer = QFrame(central)
        footer.setObjectName("Footer")
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(header)
        column.addWidget(self.pages, 1)
        column.addWidget(footer)
        self.header, self.footer = header, footer

        # -- header ---------------------------------------------------------------
        self.title = PlainLabel(header, objectName="AppTitle", wordWrap=True)
        self.subtitle = PlainLabel(header, objectName="AppSubtitle", wordWrap=True)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        self.language_bar = LanguageBar(store.languages(), header)
        self.language_bar.language_chosen.connect(self.set_language)
        self.search_field = SearchField(header)
        self.search_field.search_requested.connect(self.search)
        self._titles = titles
        self._header_grid = QGridLayout(header)
        self._header_grid.setContentsMargins(28, 12, 28, 12)
        self._header_grid.setHorizontalSpacing(20)
        self._header_grid.setVerticalSpacing(10)

        # -- pages ----------------------------------------------------------------
        self.home = QWidget(self.pages)
        self.home.setObjectName("Home")
        self.chips = FilterChips(self.home)
        self.chips.filter_changed.connect(self._on_filter)
        self.carousel = StoryCarousel(
            icons,
            self.home,
            interval_ms=auto_advance_ms,
            resume_after_ms=resume_after_ms,
            animation_ms=animation_ms,
        )
        self.carousel.story_opened.connect(self.open_story)
        self.resource_panel = QWidget(self.home)
        self.resource_panel.setObjectName("ResourcePanel")
        self.resources_title = PlainLabel(
            self.resource_panel, objectName="SectionTitle", wordWrap=True
        )
        self.resource_cards = ResourceCards(icons)
        self.resource_cards.resource_requested.connect(self.resource_requested)
        self.resource_requested.connect(self.open_resource)
        panel = QVBoxLayout(self.resource_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.setSpacing(10)
        panel.addWidget(self.resources_title)
        # Beside the carousel (compact) the guides scroll, the bar showing there are more.
        self.resource_scroll = QScrollArea(self.resource_panel)
        self.resource_scroll.setObjectName("ResourceScroll")
        viewport = own_viewport(self.resource_scroll)  # not Qt's: see scroll_viewport.py
        self.resource_scroll.setWidgetResizable(True)
        self.resource_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.resource_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.resource_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.resource_scroll.setWidget(self.resource_cards)
        app_filters.touch_scrolling(viewport)
        self.resource_cards.height_changed.connect(self._fit_resource_scroll)
        panel.addWidget(self.resource_scroll, 1)
        self._home_grid = QGridLayout(self.home)
        self._home_grid.setContentsMargins(28, 14, 28, 14)
        self._home_grid.setSpacing(12)
        self.shape = ""
        self._header_rows = 0
        # The story and search pages are built when first shown (see `story_page`):
        # the first frame shows the home page only.
        self._story_page: StoryPage | None = None
        self._search_page: SearchResultsPage | None = None
        self.add_page(HOME, self.home)

        # -- footer ---------------------------------------------------------------
        self.help_text = PlainLabel(footer, objectName="Muted", wordWrap=True)
        self.contrast_button = QPushButton(footer)
        self.contrast_button.setCheckable(True)
        self.contrast_button.toggled.connect(self._on_display_options)
        self.text_size = TextSizeChoice(footer)
        self.text_size.set_step(text_size_step(self.theme.scale))
        self.text_size.chosen.connect(lambda _step: self._on_display_options())
        self.quick_exit_button = QPushButton(footer)
        self.quick_exit_button.setObjectName("QuickExit")
        self.quick_exit_button.clicked.connect(self.quick_exit_requested)
        # The help line beside the display options and Quick exit, or above them (narrow).
        footer_grid = QGridLayout(footer)
        footer_grid.setContentsMargins(28, 8, 28, 8)
        footer_grid.setHorizontalSpacing(12)
        footer_grid.setVerticalSpacing(4)
        self._footer_controls = QHBoxLayout()
        self._footer_controls.setSpacing(12)
        self._footer_controls.addStretch(1)
        self._footer_controls.addWidget(self.contrast_button)
        self._footer_controls.addWidget(self.text_size)
        self._footer_controls.addWidget(self.quick_exit_button)
        self._footer_grid = footer_grid
        self._two_row_footer: bool | None = None

        self.setMinimumSize(640, 600)
        self.retranslate()  # the texts, then the layout for the shape (measures the texts)
        # Once in the header (hidden or shown before, it would be a window of its own).
        self.search_field.setHidden(mode == "kiosk")  # kiosk: chips only, no keyboard
        self.set_language(language.code or default_language)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            KeyboardFocus.install(app)  # the focus ring after keyboard use only
        self.focus_home()  # keys act on the stories first, never on a language button

    # -- layout per screen shape --------------------------------------------------------
    def _apply_shape(self) -> None:
        """Lay the header and home page out for the window's shape (kiosk/core/screen_shape.py)."""
        shape = shape_for(self.width(), self.height(), self.theme.scale)
        side = margin_for(self.width(), low=16, high=96)
        # A landscape screen short of room (a laptop, larger text) keeps its height for
        # the pages: the window's name keeps the normal text size's, the gaps are smaller.
        compact = shape == COMPACT
        self._header_grid.setContentsMargins(side, *(8, side, 8) if compact else (12, side, 12))
        self._header_grid.setVerticalSpacing(8 if compact else 10)
        if bool(self.title.property("compact")) != compact:
            self.title.setProperty("compact", compact)
            if self.title.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
                self.title.style().unpolish(self.title)
                self.title.style().polish(self.title)
            # Not polished yet (the window's build): its polish reads the property, and
            # Python never touches the QStyle before the first frame (11 enum classes).
            else:
                self.title.ensurePolished()
        self._home_grid.setContentsMargins(side, 14, side, 14)
        self.footer.layout().setContentsMargins(side, 8, side, 8)
        # Every script gets the same line height: the header keeps its height in Arabic,
        # and so does the guides' heading (the story card's picture with them).
        for label in (self.title, self.subtitle, self.resources_title):
            label.setMinimumHeight(line_height(label.font()))
        self._lay_out_footer(side, shape)
        two_rows = shape == PORTRAIT or not self._header_fits_one_row(side)
        # Two rows, or three where the search has no room beside the languages (a portrait
        # stand with larger text): its invitation is never cut.
        rows = 1 if not two_rows else 2 if self._search_fits_beside_languages(side) else 3
        if (shape, rows) == (self.shape, self._header_rows):
            return
        self.shape, self._header_rows = shape, rows
        grid = self._header_grid
        for item in (self._titles, self.language_bar, self.search_field):
            grid.removeItem(item) if item is self._titles else grid.removeWidget(item)
        # A landscape screen short of room keeps its height for the stories: no tagline.
        self.subtitle.setVisible(shape != COMPACT)
        if two_rows:
            grid.addLayout(self._titles, 0, 0, 1, 3)
            grid.addWidget(self.language_bar, 1, 0)
            if rows == 2:
                grid.addWidget(self.search_field, 1, 2)
            else:
                grid.addWidget(self.search_field, 2, 0, 1, 3, Qt.AlignmentFlag.AlignTrailing)
            grid.setColumnStretch(0, 0)
            grid.setColumnStretch(1, 1)
        else:
            grid.addLayout(self._titles, 0, 0)
            grid.addWidget(self.language_bar, 0, 1)
            grid.addWidget(self.search_field, 0, 2)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 0)
        home = self._home_grid
        for widget in (self.chips, self.carousel, self.resource_panel):
            home.removeWidget(widget)
        home.addWidget(self.chips, 0, 0, 1, 2)
        if shape == COMPACT:
            # Guides beside the carousel: the story card keeps the window's height.
            home.addWidget(self.carousel, 1, 0)
            home.addWidget(self.resource_panel, 1, 1)
            home.setColumnStretch(0, 7)
            home.setColumnStretch(1, 3)
            home.setRowStretch(2, 0)
            self.resource_cards.set_max_columns(1)
            self.resource_panel.layout().setStretch(1, 1)
        else:
            home.addWidget(self.carousel, 1, 0, 1, 2)
            home.addWidget(self.resource_panel, 2, 0, 1, 2)
            home.setColumnStretch(0, 1)
            home.setColumnStretch(1, 0)
            self.resource_cards.set_max_columns(0)
        home.setRowStretch(1, 1)
        self._fit_resource_scroll()
        self.carousel.card.set_stacked(shape == PORTRAIT)

    def _lay_out_footer(self, side: int, shape: str) -> None:
        """The help line beside the display options and Quick exit, on two lines at most
        within the buttons' height, or over them on a row of its own.

        Beside them first, with the text size's caption. Where the help line has not that
        room, a landscape window (short of height: a laptop with larger text) lets the
        caption step aside (the three A's of growing size keep their spoken names); a
        portrait stand, or a window where even that is not enough, puts the help line over
        the buttons, whose row keeps the caption where it has room for it.
        """
        controls = (self.contrast_button, self.text_size.chooser, self.quick_exit_button)
        hints = [widget.sizeHint() for widget in controls]
        height = max(hint.height() for hint in hints)
        width = sum(hint.width() for hint in hints)
        width += self._footer_controls.spacing() * (len(hints) - 1)
        caption = self.text_size.caption.sizeHint().width() + self.text_size.layout().spacing()
        row = self.width() - 2 * side
        beside = row - self._footer_grid.horizontalSpacing() - width

        # A line of the help text in its own script (an Arabic line is taller).
        line = self.help_text.heightForWidth(16777215)

        def fits_beside(help_width: int) -> bool:
            if help_width <= 0:
                return False
            lines = self.help_text.heightForWidth(help_width)
            return lines <= height and lines < 2.5 * line  # two lines at most

        if fits_beside(beside - caption):
            two_rows, caption_shown = False, True
        elif shape != PORTRAIT and fits_beside(beside):
            two_rows, caption_shown = False, False
        else:
            two_rows, caption_shown = True, row >= width + caption
        self.text_size.set_caption_shown(caption_shown)
        if two_rows == self._two_row_footer:
            return
        self._two_row_footer = two_rows
        grid = self._footer_grid
        grid.removeWidget(self.help_text)
        grid.removeItem(self._footer_controls)
        grid.addWidget(self.help_text, 0, 0)
        grid.addLayout(self._footer_controls, 1 if two_rows else 0, 0 if two_rows else 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 0)

    def _header_fits_one_row(self, side: int) -> bool:
        """True when title, languages and search fit side by side, the title on one line."""
        # Room for the longest translation, not just this one's: the header keeps its rows,
        # and its height, when the language changes. The French (43 letters) measures about
        # 36 of the bold face's average widths (which count its widest letters).
        metrics = self.title.fontMetrics()
        title = max(metrics.horizontalAdvance(self.title.text()), 36 * metrics.averageCharWidth())
        spacing = self._header_grid.horizontalSpacing()
        return title + spacing + self._languages_and_search_width(side) <= self.width()

    def _search_fits_beside_languages(self, side: int) -> bool:
        return self._languages_and_search_width(side) <= self.width()

    def _languages_and_search_width(self, side: int) -> int:
        """The header's row of languages and search (none in kiosk mode), with its margins."""
        search = self.search_field.sizeHint().width() if self.mode != "kiosk" else 0
        spacing = self._header_grid.horizontalSpacing()
        return 2 * side + self.language_bar.sizeHint().width() + spacing + search

    def _fit_resource_scroll(self) -> None:
        """Under the carousel the guides take the room they need; beside it, what is left."""
        scroll = self.resource_scroll
        if self.shape == COMPACT:
            scroll.setMinimumHeight(0)
            scroll.setMaximumHeight(16777215)
            scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        else:
            scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setFixedHeight(self.resource_cards.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_shape()

    # -- pages and navigation ------------------------------------------------------
    def add_page(self, name: str, page: QWidget) -> None:
        """Register `page` under `name`; show it with `show_page(name)`."""
        if name in self._pages:
            raise ValueError(f"a page named {name!r} exists already")
        self._pages[name] = page
        self.pages.addWidget(page)

    def page(self, name: str) -> QWidget | None:
        if name == STORY:
            return self.story_page
        if name == SEARCH:
            return self.search_page
        return self._pages.get(name)

    @property
    def story_page(self) -> StoryPage:
        """The story page, built the first time it is needed (not before the first frame)."""
        if self._story_page is None:
            from kiosk.ui.pages.story_page import StoryPage

            page = StoryPage(icons=self.icons, read_aloud=self.read_aloud)
            page.back_requested.connect(self.go_back)
            page.story_requested.connect(self.open_story)
            page.filter_requested.connect(self.filter_stories)
            page.resource_requested.connect(self.resource_requested)
            self._story_page = page
            self.add_page(STORY, page)
        return self._story_page

    @property
    def search_page(self) -> SearchResultsPage:
        """The search results page, built the first time it is needed."""
        if self._search_page is None:
            from kiosk.ui.pages.search_results import SearchResultsPage

            page = SearchResultsPage()
            page.story_opened.connect(self.open_story)
            page.back_requested.connect(self.go_back)
            self._search_page = page
            self.add_page(SEARCH, page)
        return self._search_page

    def current_page_name(self) -> str:
        current = self.pages.currentWidget()
        return next((name for name, page in self._pages.items() if page is current), "")

    def show_page(self, name: str, *, remember: bool = True) -> None:
        """Show page `name`; with `remember`, `go_back` returns to the page shown before."""
        page = self.page(name)
        if page is None:
            raise KeyError(name)
        current = self.current_page_name()
        if current == name:
            return
        if remember and current:
            self._history.append(current)
            if current == HOME:
                self._home_focus = QApplication.focusWidget()
        self.pages.setCurrentWidget(page)
        focus_first = getattr(page, "focus_first", None)
        if callable(focus_first):
            focus_first()
        self.page_changed.emit(name)

    def go_back(self) -> None:
        """Return to the page the visitor came from (home when there is none)."""
        leaving = self.current_page_name()
        target = self._history.pop() if self._history else HOME
        if target == leaving:
            target = HOME
        self.show_page(target, remember=False)
        if leaving.startswith(RESOURCE):
            self._remove_page(leaving)
        if target == HOME:
            self._history.clear()
            self._restore_home_focus()

    def _restore_home_focus(self) -> None:
        """Back on the home screen: the focus where it was when the visitor left it (Tab
        from the film's card, Enter, Esc: the film's card again), else on the story card."""
        widget, self._home_focus = self._home_focus, None
        try:
            usable = (
                widget is not None
                and widget.isVisible()
                and widget.isEnabled()
                and self.isAncestorOf(widget)
            )
        except RuntimeError:  # deleted meanwhile (a language's guide cards rebuilt)
            usable = False
        if usable:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.focus_home()

    def go_home(self) -> None:
        self._home_focus = None
        self._history.clear()
        self.search_field.clear()
        if self._search_page is not None:
            self._search_page.clear()
        self.show_page(HOME, remember=False)
        self._close_resource_pages()
        self.focus_home()

    def focus_home(self) -> None:
        """Keyboard focus on the story card: Left/Right move stories, Enter opens one."""
        self.carousel.card.setFocus(Qt.FocusReason.OtherFocusReason)

    def _remove_page(self, name: str) -> None:
        page = self._pages.pop(name)
        close_media = getattr(page, "close_media", None)
        if callable(close_media):
            close_media()
        self.pages.removeWidget(page)
        page.deleteLater()
        # Once Qt deleted the page and its player threads ended, hand the freed heap back.
        QTimer.singleShot(RELEASE_AFTER_MS, release_freed_memory)

    def _close_resource_pages(self) -> None:
        for name in [name for name in self._pages if name.startswith(RESOURCE)]:
            self._remove_page(name)

    # -- resources ----------------------------------------------------------------
    def open_resource(self, resource_id: str) -> None:
        """Open the page of a resource (PDF, film, fund or link); Back returns here."""
        resource = self.store.resource(resource_id, self._lang)
        if resource is None:
            return
        from kiosk.ui.pages.resource_page import create_resource_page  # QtPdf/QtMultimedia: lazily

        name = RESOURCE + resource_id
        if name in self._pages:
            self._remove_page(name)
        names = {code: language.name for code, language in self._languages.items()}
        page = create_resource_page(
            resource, self._lang, self.pages, names, self.film_choices, self.read_aloud
        )
        page.back_requested.connect(self.go_back)
        playing_changed = getattr(page, "playing_changed", None)
        if playing_changed is not None:
            playing_changed.connect(self.media_playing_changed)
        self.add_page(name, page)
        self.show_page(name)
        self.resource_opened.emit(resource_id)

    def is_presenting(self) -> bool:
        """True while the window presents something a visitor follows: a film playing or a
        text read aloud. The idle reset waits for it (KioskOperation.busy)."""
        return self.read_aloud.is_speaking() or any(
            page.is_playing() for name, page in self._pages.items() if name.startswith(RESOURCE)
        )

    # -- content ------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self._lang

    def set_language(self, code: str) -> None:
        """Switch interface and story language live; Arabic mirrors the layout."""
        if code not in self._languages:
            code = self.default_language if self.default_language in self._languages else "en"
        language = self._languages.get(code)
        rtl = language.is_rtl if language else None
        with one_frame(self):  # one paint of the new texts, laid out (not two)
            if code != self.language.code or direction_for(code, rtl) != self.layoutDirection():
                # Not when it is already the interface language (the window's first set-up):
                # every widget would retranslate for nothing.
                self.language.switch(code, rtl)
            self._lang = code
            self.language_bar.set_current(code)
            self._reload_content()
            self.language_changed.emit(code)

    def when_idle(self, step: Callable[[], None]) -> None:
        """Run `step` just after the first frame (`warm_caches`: before anything else
        there, one step per event-loop turn); at once if that has begun."""
        if self._idle_steps is None:
            step()
        else:
            self._idle_steps.append(step)

    def warm_caches(self) -> None:
        """After the first frame, in idle moments: the steps given to `when_idle`, build
        the story and search pages, then work out every language's story order.

        One step per event-loop turn (a page, or a language: 5-25 ms each at 10,000
        stories), so the first story opened, the first search and the first switch to a
        language cost what every later one does, and the first frame waits for none.
        """
        store = self.store
        codes = [self._lang, *(code for code in self._languages if code != self._lang)]
        steps, self._idle_steps = self._idle_steps or [], None
        pages = [lambda: self.story_page, lambda: self.search_page]

        def next_step() -> None:
            if steps:
                steps.pop(0)()
                QTimer.singleShot(0, next_step)
            else:
                QTimer.singleShot(WARM_STEP_MS, next_page)

        def next_page() -> None:
            if pages:
                pages.pop(0)()
                QTimer.singleShot(WARM_STEP_MS, next_page)
            else:
                next_language()

        def next_language() -> None:
            if not codes or store is not self.store:
                return
            code = codes.pop(0)
            store.story_ids(code)
            store.labels("tag", code)
            store.labels("country", code)
            store.prepare_search(code)
            QTimer.singleShot(WARM_STEP_MS, next_language)

        QTimer.singleShot(0, next_step)

    def set_store(self, store: ContentStore) -> None:
        """Show another content store live (a pack was installed or rolled back).

        Closes story, resource and search pages, rebuilds the language bar if the
        languages changed, then reloads everything in the current language and starts
        the carousel from its first story. The caller closes the old store afterwards.
        """
        self.go_home()  # closes resource pages and their media (and clears the search)
        if self._story_page is not None:
            self._story_page.reset()
        self.store = store
        self._languages = {lang.code: lang for lang in store.languages()}
        if self.language_bar.codes() != list(self._languages):
            self.language_bar.set_languages(store.languages())
        self.chips.select("", "")
        self.set_language(self._lang)  # the default language if this one is gone
        self._reload_stories(keep_current=False)
        self.carousel.restart()

    def _reload_content(self) -> None:
        lang = self._lang
        countries = self.store.labels("country", lang)
        self._country_labels = {label.key: label.text for label in countries}
        tags = self.store.labels("tag", lang)
        self._tag_labels = {label.key: label.text for label in tags}
        self.chips.set_labels(tags, countries)
        self._filter = self.chips.selected
        self._reload_stories(keep_current=True)
        self.resource_cards.set_resources(self.store.resources(lang))
        self._update_tab_order()
        story_page, search_page = self._story_page, self._search_page
        if story_page is not None and story_page.story is not None:
            story = self.store.story(story_page.story.id, lang)
            if story is not None:
                story_page.show_story(story, lang, context=self._story_context(story))
        if search_page is not None and search_page.query:
            self.search(search_page.query, show=False)
        for name, page in self._pages.items():
            if name.startswith(RESOURCE):
                resource = self.store.resource(name.removeprefix(RESOURCE), lang)
                if resource is not None:
                    page.set_language(lang, resource)
                continue
            update = getattr(page, "set_content_language", None)
            if callable(update):
                update(lang)

    def _update_tab_order(self) -> None:
        """Tab walks the screen as it reads: languages, search, chips, the story (previous,
        card, Read, next), the guides, then the footer; focus starts on the story card."""
        chain = [
            *self.language_bar.buttons.values(),
            self.search_field,
            *self.chips.in_order(),
            self.carousel.previous_button,
            self.carousel.card,
            self.carousel.card.read_button,
            self.carousel.next_button,
            *self.resource_cards.cards,
            self.contrast_button,
            *self.text_size.buttons,
            self.quick_exit_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _reload_stories(self, keep_current: bool) -> None:
        """The carousel on the ids of the stories to show; it loads the cards it shows."""
        kind, key = self._filter
        current = self.carousel.model.story_id(self.carousel.current_index)
        ids = self.store.story_ids(
            self._lang,
            tag=key if kind == "tag" else None,
            country=key if kind == "country" else None,
        )
        self.carousel.model.set_ids(
            ids,
            self._lang,
            self.store.story_cards,
            self._country_labels,
            keep=current if keep_current else None,
        )

    def _country(self, card: StoryCard) -> str:
        return self._country_labels.get(card.country, card.country) if card.country else ""

    def _on_filter(self, kind: str, key: str) -> None:
        self._filter = (kind, key)
        self.carousel.pause_for_interaction()
        self._reload_stories(keep_current=False)

    def filter_stories(self, kind: str, key: str) -> None:
        """Show the stories of one country or topic (a chip on the story page)."""
        self.chips.select(kind, key)
        self.go_home()

    def _story_context(self, story: StoryCard) -> StoryContext:
        """Previous, next and related stories within the active filter; related help."""
        from kiosk.ui.pages.story_page import HELP_FOR_TAGS, StoryContext

        ids = self.carousel.model.ids()
        if story.id not in ids:  # opened from search: neighbours among all stories
            ids = self.store.story_ids(self._lang)
        at = ids.index(story.id) if story.id in ids else -1
        related = self.store.story_cards(self.store.related_ids(story.id, ids), self._lang)
        wanted = [HELP_FOR_TAGS[tag] for tag in story.tags if tag in HELP_FOR_TAGS]
        resources = self.store.resources(self._lang) if wanted else []
        help_pages = tuple(r for r in resources if r.id in wanted)
        publisher = getattr(story, "publisher", None)
        return StoryContext(
            previous_id=ids[at - 1] if at > 0 else None,
            next_id=ids[at + 1] if 0 <= at < len(ids) - 1 else None,
            related=tuple(related),
            help=help_pages,
            country_label=self._country(story),
            tag_labels=dict(self._tag_labels),
            publisher_label=self.store.label("publisher", publisher, self._lang)
            if publisher
            else "",
            related_countries=dict(self._country_labels),
        )

    def open_story(self, story_id: str) -> None:
        story = self.store.story(story_id, self._lang)
        if story is None:
            return
        self.story_page.show_story(story, self._lang, context=self._story_context(story))
        row = self.carousel.model.row_of(story_id)
        if row >= 0 and row != self.carousel.current_index:
            self.carousel.set_current(row)  # Back returns to the story last read
        self.show_page(STORY)
        self.story_page.focus_first()
        self.story_opened.emit(story_id)

    def search(self, query: str, show: bool = True) -> None:
        """Full-text search in the interface language; shows the results page."""
        query = query.strip()
        if not query:
            return
        hits = self.store.search(query, self._lang)
        # Country labels of the hits only (not a card for every story: 10,000 at scale).
        found = self.store.story_cards([hit.story_id for hit in hits], self._lang)
        countries = {card.id: self._country(card) for card in found if card.country}
        self.search_page.show_hits(query, hits, self._lang, countries)
        if show:
            self.show_page(SEARCH)

    def attract_cards(self, lang: str | None = None, limit: int = 12) -> list[StoryCard]:
        """The newest stories the attract loop may show in `lang`: never a sensitive one."""
        lang = lang or self._lang
        ids = self.store.story_ids(lang)
        found: list[StoryCard] = []
        for start in range(0, len(ids), 4 * limit):
            cards = self.store.story_cards(ids[start : start + 4 * limit], lang)
            found += [card for card in cards if not card.sensitive]
            if len(found) >= limit:
                break
        return found[:limit]

    # -- session --------------------------------------------------------------------
    def reset_session(self) -> None:
        """Back to a fresh start: home, default language, all stories, first card, no search."""
        self.read_aloud.stop()
        self.search_field.clear()
        if self._search_page is not None:
            self._search_page.clear()
        if self._story_page is not None:
            self._story_page.reset()
        self.film_choices.clear()
        self.chips.select("", "")
        self._filter = ("", "")
        for page in self._pages.values():
            reset = getattr(page, "reset", None)
            if callable(reset) and page is not self._story_page:
                reset()
        self.go_home()
        if (self.theme.high_contrast, self.theme.scale) != (
            self.start_theme.high_contrast,
            self.start_theme.scale,
        ):
            self.set_theme(self.start_theme)  # the next visitor starts with the set defaults
        self.set_language(self.default_language)
        self._reload_stories(keep_current=False)
        self.carousel.restart()

    def set_theme(self, theme: Theme) -> None:
        """Switch contrast and text size at run time."""
        self.theme = theme
        self.contrast_button.blockSignals(True)
        self.contrast_button.setChecked(theme.high_contrast)
        self.contrast_button.blockSignals(False)
        self.text_size.set_step(text_size_step(theme.scale))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app)
        self._apply_shape()
        self.theme_changed.emit()

    def set_text_size(self, step: int) -> None:
        """Normal (0), larger (1) or largest (2) text, as if chosen in the footer."""
        self.text_size.set_step(step)
        self._on_display_options()

    def _on_display_options(self) -> None:
        self.set_theme(
            Theme(
                high_contrast=self.contrast_button.isChecked(),
                text_size=self.text_size.step(),
                base_pt=self.theme.base_pt,
            )
        )

    # -- text -------------------------------------------------------------------------
    def retranslate(self) -> None:
        """The window's texts, then the layout for the shape (it measures the texts)."""
        self._retranslate_texts()
        if hasattr(self, "shape"):  # the title's and help line's widths decide the rows
            self._apply_shape()

    def _retranslate_texts(self) -> None:
        self.setWindowTitle(self.tr("Together against human trafficking"))
        self.title.setText(self.tr("Together against human trafficking"))
        self.subtitle.setText(self.tr("True stories, guides and films, available offline"))
        self.resources_title.setText(self.tr("Guides, films and support"))
        self.resource_cards.setAccessibleName(self.tr("Guides, films and support"))
        name_scroll_area(self.resource_scroll, self.tr("Guides, films and support"))
        self.help_text.setText(
            self.tr("If you or someone you know needs help, ask a member of staff.")
        )
        self.contrast_button.setText(self.tr("High contrast"))
        self.contrast_button.setAccessibleName(self.tr("High contrast"))
        self.quick_exit_button.setText(self.tr("Quick exit"))
        self.quick_exit_button.setAccessibleName(self.tr("Quick exit"))
        self.quick_exit_button.setAccessibleDescription(
            self.tr("Leave this page at once for a neutral screen")
        )
        self.carousel.setAccessibleName(self.tr("Stories"))
        self.chips.setAccessibleName(self.tr("Filter the stories"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_texts()  # the children's own texts come after (see event)
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # Qt hands a LanguageChange to the window's changeEvent, then to each child: the
        # layout waits for all of them (the text size's caption, the search invitation),
        # so each is translated once and measured in the new language.
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "shape"):
            self._apply_shape()
        return handled

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.read_aloud.shutdown()  # no reading, no helper process after the window

    def keyPressEvent(self, event) -> None:
        if (
            event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Backspace)
            and self.current_page_name() != HOME
        ):
            self.go_back()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            # Enter presses the focused button, as Space does: Qt's push buttons take
            # Enter only in a dialog, so on a guide card, Back or Quick exit it came here.
            focused = QApplication.focusWidget()
            if (
                isinstance(focused, QPushButton)
                and focused.isEnabled()
                and focused.isVisible()
                and self.isAncestorOf(focused)
            ):
                focused.click()
                return
        super().keyPressEvent(event)
