"""The top bar shared by the resource pages: back button, title and the fallback note."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.content.model import Resource, Shown, SourceRef
from kiosk.ui.pages.reach import ReachRow
from kiosk.ui.plain_text import PlainLabel
from kiosk.ui.wording import fallback_note, format_date, language_name

# Smallest side of anything a visitor touches, in pixels.
TOUCH = 56

# The interface languages' own names, used when the caller passes none
# (Qt's locale data says "American English" and writes "français" in lower case).
OWN_NAMES = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ru": "Русский",
    "ar": "العربية",
    "zh": "中文",
}


def native_name(code: str, names: dict[str, str] | None = None) -> str:
    """A language's own name ("Français", "العربية"): from `names`, else from Qt's locale data."""
    if names and code in names:
        return names[code]
    if code in OWN_NAMES:
        return OWN_NAMES[code]
    name = QLocale(code).nativeLanguageName()
    if not name or QLocale(code).language() == QLocale.Language.C:
        return code
    return name[:1].upper() + name[1:]


def set_icon(button: QPushButton, name: str, size: int = 28) -> None:
    """Give `button` a Font Awesome icon in the theme's button text colour (the checked
    colour when checked), read when painted: it follows a switch to high contrast."""
    from kiosk.ui.icons import icon

    button.setIcon(
        icon(name, color=QPalette.ColorRole.ButtonText, color_on=QPalette.ColorRole.HighlightedText)
    )
    button.setIconSize(QSize(size, size))


def problem_message(object_name: str) -> QLabel:
    """The large, centred label a resource page shows instead of a file it cannot show."""
    label = PlainLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    label.setFont(font)
    return label


class ResourceHeader(QWidget):
    """Back button, the resource's title and a note saying which language is shown."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.back_button = QPushButton()
        self.back_button.setMinimumSize(TOUCH * 2, TOUCH)
        self.back_button.clicked.connect(self.back_requested)
        self.title_label = PlainLabel()
        self.title_label.setObjectName("resourceTitle")
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.note_label = PlainLabel()
        self.note_label.setObjectName("FallbackNote")  # the same banner as on stories
        self.note_label.setWordWrap(True)
        self.note_label.hide()
        # Where the page's statements come from, and which versions of the original exist.
        self.sources_label = PlainLabel()
        self.sources_label.setObjectName("SourceText")
        self.sources_label.setWordWrap(True)
        self.sources_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sources_label.hide()
        self._resource: Resource | None = None
        self._lang = "en"
        # Back and the page's actions at the bottom of a portrait page, within reach (the
        # page adds it last to its column; see set_portrait).
        self.reach = ReachRow()
        self._actions: list[QWidget] = []

        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addWidget(self.title_label, 1)
        self.extra = QHBoxLayout()  # pages put their choosers here
        row.addLayout(self.extra)
        self._row = row
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.note_label)
        column.addWidget(self.sources_label)
        self.retranslate()

    def add_action(self, widget: QWidget) -> None:
        """A page action beside the title (Listen): with Back at the bottom in portrait."""
        self._actions.append(widget)
        self.extra.addWidget(widget)

    def set_portrait(self, portrait: bool) -> bool:
        """Back and the actions in the reach row (portrait) or in the top row; True when
        they moved (the page lays itself out again)."""
        if portrait == self.reach.holding:
            return False
        if portrait:
            self.reach.hold([self.back_button], self._actions, self._row)
        else:
            self.reach.give_back(self._put_back)
        return True

    def _put_back(self, widget: QWidget, _home: object) -> None:
        if widget is self.back_button:
            self._row.insertWidget(0, widget)
        else:
            self.extra.addWidget(widget)

    def take_sources(self) -> QLabel:
        """The sources label, out of the header, for a page that shows it with its text
        (it scrolls there; the header keeps filling it in)."""
        self.layout().removeWidget(self.sources_label)
        return self.sources_label

    def take_note(self) -> QLabel:
        """The fallback note, out of the header, for a page that shows it elsewhere (the
        film page, beside its picture; the header keeps filling it in)."""
        self.layout().removeWidget(self.note_label)
        return self.note_label

    def set_title(self, title: str) -> None:
        self.title_label.setText(title)

    def set_note(self, text: str) -> None:
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))

    def set_fallback(self, wanted: str, shown: str) -> None:
        """Say "Published in Y" (in the interface language) when the version shown is not the one wanted."""
        self.set_note(fallback_note(Shown(wanted, shown)))

    def set_sources(self, resource: Resource, lang: str) -> None:
        """Show the resource's sources and the language versions of its original they name."""
        self._resource, self._lang = resource, lang
        self._update_sources()

    def _update_sources(self) -> None:
        resource = self._resource
        if resource is None:
            return
        lines = []
        if resource.sources:
            cited = "; ".join(cite(ref, self._lang) for ref in resource.sources)
            lines.append(self.tr("Sources: %1").replace("%1", cited))
        if resource.original_languages is not None:
            if resource.original_languages:
                names = ", ".join(language_name(code) for code in resource.original_languages)
                lines.append(
                    self.tr("Language versions of the original named in the sources: %1").replace(
                        "%1", names
                    )
                )
            else:
                lines.append(self.tr("The sources name no language version of the original."))
        self.sources_label.setText("\n".join(lines))
        self.sources_label.setVisible(bool(lines))

    def retranslate(self) -> None:
        self._update_sources()
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        arrow = "fa5s.arrow-right" if self.isRightToLeft() else "fa5s.arrow-left"
        set_icon(self.back_button, arrow)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self.retranslate()
        super().changeEvent(event)


def cite(ref: SourceRef, lang: str) -> str:
    """One source as text: "A/RES/64/293, Global Plan of Action (General Assembly, 30 July 2010)".

    The title and the publisher keep their own direction inside the sentence (U+2068 FSI ..
    U+2069 PDI): an English title in an Arabic line otherwise took the parentheses, commas
    and semicolons around it into its own run, and the list of sources read out of order.
    """
    publisher = isolate(ref.publisher) if ref.publisher else ""
    who = ", ".join(part for part in (publisher, format_date(ref.date, lang)) if part)
    title = f"{ref.symbol}, {ref.title}" if ref.symbol else ref.title
    return f"{isolate(title)} ({who})"


def isolate(text: str) -> str:
    """`text` as an isolated run of its own direction (first strong character) in a line."""
    return f"\u2068{text}\u2069"
