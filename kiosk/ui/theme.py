"""The look of the kiosk: a calm UN-blue theme, a high-contrast variant, larger text."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from kiosk.core.records import record
from kiosk.ui.widgets.readable import line_height

# The text sizes a visitor or staff member can choose (footer, desktop menu, settings
# file): normal, larger, largest. The layout audit runs at the first and the last.
TEXT_SIZES = (1.0, 1.3, 1.5)


def text_size_step(scale: float) -> int:
    """The step of TEXT_SIZES nearest to `scale` (e.g. a settings file's text_scale)."""
    return min(range(len(TEXT_SIZES)), key=lambda step: abs(TEXT_SIZES[step] - scale))


# The PIN pad's keys at the normal text size, in px (a diameter; larger text, larger keys).
PIN_KEY = 96

# The Blue Heart campaign blue, used behind illustrations in every theme.
CAMPAIGN_BLUE = "#0B4F8A"


@record
class Colors:
    """A theme's colours; tests/test_contrast.py checks every pair the style sheet uses
    (WCAG 2.1 AA: text 4.5:1; borders, focus ring, icons and other UI parts 3:1).

    `border` outlines controls (buttons, chips, fields, the seek bar's track) and must
    stand out; `divider` is for decorative lines only (header and footer rules, list
    separators, the edges of cards and notes whose text says what they are).
    `backdrop` is behind a document's pages (and draws the PIN pad's keys while they
    are off). `error` is for errors only (a wrong PIN) and staff's "Quit the program".
    """

    window: str
    surface: str
    text: str
    muted: str
    accent: str
    accent_text: str
    accent_soft: str
    border: str
    focus: str
    note: str
    note_text: str
    exit: str
    exit_text: str
    divider: str
    backdrop: str
    error: str


CALM = Colors(
    window="#F3F7FB",
    surface="#FFFFFF",
    text="#17263A",
    muted="#4A5B70",
    accent="#0B5CAB",
    accent_text="#FFFFFF",
    accent_soft="#DCEAF7",
    border="#6E8196",
    focus="#B35900",
    note="#FFF4D6",
    note_text="#4A3B00",
    exit="#3A4656",
    exit_text="#FFFFFF",
    divider="#C9D7E6",
    backdrop="#9AA5B1",
    error="#8A1C1C",
)

HIGH_CONTRAST = Colors(
    window="#000000",
    surface="#000000",
    text="#FFFFFF",
    muted="#FFFFFF",
    accent="#FFE14D",
    accent_text="#000000",
    accent_soft="#333333",
    border="#FFFFFF",
    focus="#00E5FF",
    note="#000000",
    note_text="#FFE14D",
    exit="#FFFFFF",
    exit_text="#000000",
    divider="#FFFFFF",
    backdrop="#333333",
    error="#FF8A80",
)


# Qt keeps what its style sheets computed for each widget in one cache object, shared by
# every QStyleSheetStyle and deleted with the last of them: `app.setStyleSheet("")` with no
# widget style sheet alive deletes it. A widget styled before then but never polished
# keeps Qt's "styled" mark, so its entries in the next cache are never dropped when it is
# deleted, and the next style sheet change (a contrast or text-size switch) walks a freed
# widget: a segfault in QApplication::setStyleSheet (Qt 6.11). The application therefore
# never has an empty style sheet once it had one: `set_style_sheet` puts this one instead.
NO_STYLE_SHEET = "/* no theme */"


def set_style_sheet(app: QApplication, sheet: str) -> None:
    """The application's style sheet, `NO_STYLE_SHEET` for none (never "", see above).
    Every change of the application's style sheet goes through here."""
    with no_collection_during_walk():
        app.setStyleSheet(sheet or NO_STYLE_SHEET)


@contextmanager
def no_collection_during_walk() -> Iterator[None]:
    """Python's cyclic garbage collector paused while Qt walks every widget.

    Qt restyles (and repaints on a palette change) from a list of the widgets taken
    before the walk, and sends each one an event on the way, so Python code runs
    inside it (changeEvent handlers), and with it, at any allocation, the collector.
    A widget that Python owns (made without a parent) and that only a reference cycle
    kept alive (the page or window holding it, itself garbage) is deleted by the
    collector there, and the walk reaches the freed widget later: a segfault in
    QApplication::setStyleSheet (Qt 6.11, PySide6; seen in the full test suite's
    self-test, which restyles after hundreds of windows were built). Paused, the
    collector frees them after the walk; nothing else changes.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def reset_look(app: QApplication) -> None:
    """No theme: Qt's own palette and no style rules (tests, the self-test, the studio)."""
    set_style_sheet(app, "")
    with no_collection_during_walk():
        app.setPalette(QPalette())
    app.setProperty("highContrast", False)


def line_px(points: float) -> int:
    """The tallest line, in px, of the application font's families at `points`."""
    app = QGuiApplication.instance()
    font = QFont(app.font() if app is not None else QFont())
    font.setPointSizeF(points)
    return line_height(font)


@record
class Theme:
    """One combination of contrast and text size; `apply` switches it at run time."""

    high_contrast: bool = False
    text_size: int = 0  # a step of TEXT_SIZES
    base_pt: float = 12.0
    # An explicit text scale (the self-test's --text-scale); 0 means "from text_size".
    text_scale: float = 0.0

    @property
    def colors(self) -> Colors:
        return HIGH_CONTRAST if self.high_contrast else CALM

    @property
    def scale(self) -> float:
        if self.text_scale > 0:
            return self.text_scale
        return TEXT_SIZES[max(0, min(self.text_size, len(TEXT_SIZES) - 1))]

    def pt(self, size: float) -> str:
        return f"{size * self.scale:.1f}pt"

    def control_px(self, size: float) -> int:
        """A control's inner height for text of `size` pt (scaled): at least 48 px, and
        the tallest line of the bundled scripts, so an Arabic label fits as a Latin one
        does and buttons keep their height when the language changes."""
        return max(48, line_px(size * self.scale))

    def pin_cancel_px(self) -> int:
        """The PIN pad's Cancel height: 56 px at the normal text size, growing with the
        text, never under 48. (It was also at least `control_px(14)`, the tallest line at
        14 pt: always lower than 56 px per text scale, tests/test_theme_switches.py; asking
        for it loaded the Arabic and Chinese 14 pt fonts before the first frame.)"""
        return max(48, round(56 * self.scale))

    def palette(self) -> QPalette:
        c = self.colors
        palette = QPalette()
        for role, color in (
            (QPalette.ColorRole.Window, c.window),
            (QPalette.ColorRole.Base, c.surface),
            (QPalette.ColorRole.AlternateBase, c.accent_soft),
            (QPalette.ColorRole.WindowText, c.text),
            (QPalette.ColorRole.Text, c.text),
            (QPalette.ColorRole.ButtonText, c.text),
            (QPalette.ColorRole.Button, c.surface),
            (QPalette.ColorRole.Highlight, c.accent),
            (QPalette.ColorRole.HighlightedText, c.accent_text),
            (QPalette.ColorRole.PlaceholderText, c.muted),
            (QPalette.ColorRole.Link, c.accent),
            (QPalette.ColorRole.ToolTipBase, c.surface),
            (QPalette.ColorRole.ToolTipText, c.text),
            (QPalette.ColorRole.Mid, c.border),  # drawn outlines: the seek bar's track
            (QPalette.ColorRole.Dark, c.backdrop),  # behind a document's pages (QPdfView)
        ):
            palette.setColor(role, QColor(color))
        return palette

    def stylesheet(self) -> str:
        c, pt, ctl = self.colors, self.pt, self.control_px
        # The PIN pad's round keys and its Cancel grow with the text (the pad lays itself
        # out beside its title where a column of larger keys has no room).
        key, cancel = round(PIN_KEY * self.scale), self.pin_cancel_px()
        return f"""
QWidget {{ color: {c.text}; font-size: {pt(12)}; }}
QMainWindow, #Home, #StoryPage, #SearchResults, #ErrorScreen {{ background: {c.window}; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
QScrollBar:horizontal {{ height: 14px; background: transparent; }}
QScrollBar::handle:horizontal {{ background: {c.border}; border-radius: 7px; min-width: 48px; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
#Header {{ background: {c.surface}; border-bottom: 1px solid {c.divider}; }}
#Footer {{ background: {c.surface}; border-top: 1px solid {c.divider}; }}
#AppTitle {{ font-size: {pt(18)}; font-weight: bold; color: {c.accent if not self.high_contrast else c.text}; }}
#AppTitle[compact="true"] {{ font-size: {min(18 * self.scale, 20):.1f}pt; }}
#AppSubtitle, #Muted, #CardMeta, #Credit, #SourceText, #ErrorDetails {{ color: {c.muted}; font-size: {pt(11)}; }}
#SectionTitle {{ font-size: {pt(13)}; font-weight: bold; }}
QPushButton, QToolButton {{
    min-height: {ctl(12)}px; padding: 6px 18px; border-radius: 24px;
    border: 3px solid {c.border}; background: {c.surface}; color: {c.text};
    font-size: {pt(12)};
}}
QPushButton:hover {{ border-color: {c.accent}; }}
QPushButton:pressed {{ background: {c.accent_soft}; }}
QPushButton:checked {{ background: {c.accent}; color: {c.accent_text}; border-color: {c.accent}; }}
*[keyboardFocus="true"], #StoryCardView[keyboardFocus="true"], #ResourceCard[keyboardFocus="true"],
#QuickExit[keyboardFocus="true"], #PrimaryButton[keyboardFocus="true"],
#LanguageButton[keyboardFocus="true"], #Segment[keyboardFocus="true"],
#TouchSheetRow[keyboardFocus="true"], #Chip[keyboardFocus="true"] {{
    border: 3px solid {c.focus};
}}
#Segment {{ min-height: {ctl(12)}px; padding: 6px 16px; }}
#Segment[textStep] {{ min-width: 56px; max-width: 56px; padding: 0; font-weight: bold; }}
#Segment[textStep="0"] {{ font-size: 12pt; }}
#Segment[textStep="1"] {{ font-size: 15pt; }}
#Segment[textStep="2"] {{ font-size: 18pt; }}
#FilmTime {{ font-size: {pt(18)}; }}
#ChooserLabel {{ font-size: {pt(12)}; color: {c.muted}; }}
#playPause {{ min-width: 82px; max-width: 82px; min-height: 82px; max-height: 82px; padding: 0;
    border-radius: 44px; border: 3px solid {c.accent}; }}
#ChooserButton {{ min-height: {ctl(12)}px; padding: 6px 18px; }}
#TouchSheet {{ background: {c.surface}; border: 2px solid {c.divider}; border-radius: 20px; }}
#TouchSheetTitle {{ font-size: {pt(16)}; font-weight: bold; }}
#TouchSheetRow {{ min-height: 64px; border-radius: 16px; font-size: {pt(14)}; text-align: left; padding: 0 24px; }}
#Stepper {{ border: 2px solid transparent; border-radius: 30px; }}
#StepperButton {{ min-height: 48px; padding: 0; border-radius: 24px; font-size: {pt(18)}; font-weight: bold; }}
#StepperValue {{ font-size: {pt(14)}; }}
QScrollBar:vertical {{ width: 14px; background: transparent; }}
QScrollBar::handle:vertical {{ background: {c.border}; border-radius: 7px; min-height: 48px; }}
#CarouselArrow {{ min-width: 60px; max-width: 60px; min-height: 60px; max-height: 60px;
    border-radius: 32px; padding: 0; font-size: 26pt; }}
#ChipArrow {{ min-height: 0; border-radius: 24px; padding: 0; font-size: 16pt; font-weight: bold;
              background: {c.accent_soft}; border-color: {c.border}; color: {c.text}; }}
#ChipArrow:disabled {{ background: transparent; border-color: {c.divider}; color: {c.divider}; }}
#LanguageButton {{ padding: 6px 14px; font-size: {pt(12)}; }}
#Chip {{ min-height: 48px; max-height: 48px; padding: 0 16px; border-radius: 24px; font-size: {pt(11)}; }}
#PrimaryButton {{ background: {c.accent}; color: {c.accent_text}; border-color: {c.accent}; font-weight: bold; }}
#QuickExit {{ background: {c.exit}; color: {c.exit_text}; border-color: {c.exit}; font-weight: bold; }}
#StoryCardView {{ background: {c.surface}; border: 1px solid {c.divider}; border-radius: 20px; }}
#CardTitle {{ font-size: {pt(22)}; font-weight: bold; }}
#CardSummary {{ font-size: {pt(14)}; }}
#FallbackNote {{ background: {c.accent_soft}; color: {c.text}; border-radius: 10px; padding: 6px 12px; font-size: {pt(11)}; }}
#FallbackNote[film="true"] {{ font-size: {pt(16)}; }}
#ContentNote {{ background: {c.note}; color: {c.note_text}; border: 1px solid {c.divider}; border-radius: 16px; }}
#ContentNoteTitle {{ font-size: {pt(16)}; font-weight: bold; color: {c.note_text}; }}
#ContentNoteText {{ font-size: {pt(13)}; color: {c.note_text}; }}
#StoryTitle {{ font-size: {pt(26)}; font-weight: bold; }}
#StoryTitle[compact="true"] {{ font-size: {pt(20)}; }}
#DateChip {{ min-height: 48px; padding: 0 12px 0 0; color: {c.muted}; font-size: {pt(12)}; }}
#StoryStep {{ min-height: 64px; padding: 6px 26px; border-radius: 32px; font-size: {pt(13)}; }}
#StoryBody {{ background: transparent; border: none; font-size: {pt(14)}; }}
#ResourceCard {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: 16px; text-align: left; }}
#ResourceTitle {{ font-size: {pt(12)}; font-weight: bold; }}
#ResourceSummary {{ font-size: {pt(10)}; color: {c.muted}; }}
#Dot {{ min-height: 14px; min-width: 14px; max-height: 14px; max-width: 14px; padding: 0;
        border-radius: 7px; border: 2px solid {c.accent}; background: transparent; }}
#Dot:checked {{ background: {c.accent}; }}
QLineEdit {{ min-height: 48px; padding: 0 16px; border-radius: 24px; border: 3px solid {c.border};
             background: {c.surface}; font-size: {pt(12)}; }}
QListWidget {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: 16px; font-size: {pt(13)}; }}
QListWidget::item {{ padding: 12px; border-bottom: 1px solid {c.divider}; }}
QListWidget::item:selected {{ background: {c.accent_soft}; color: {c.text}; }}
#ResultList {{ background: transparent; border: none; font-size: {pt(12)}; }}
#ResultList[keyboardFocus="true"] {{ border: none; }}
#ClearSearch {{ min-height: 0; border: none; background: transparent; padding: 0;
                font-size: {pt(18)}; color: {c.muted}; }}
#IdleWarningCard {{ background: {c.surface}; border: 3px solid {c.divider}; border-radius: 28px; }}
#IdleWarningCard QLabel {{ background: transparent; }}
#IdleWarningTitle {{ color: {c.text}; font-size: 30pt; font-weight: bold; }}
#IdleWarningText {{ color: {c.text}; font-size: 17pt; }}
#IdleWarningContinue {{ background: {c.accent}; color: {c.accent_text}; font-size: 20pt; font-weight: bold;
    border: none; border-radius: 36px; min-height: 72px; padding: 8px 48px; }}
#ErrorTitle {{ font-size: {pt(24)}; font-weight: bold; }}
#ErrorText {{ font-size: {pt(14)}; }}
#PinPad, #AdminPanel {{ background: {c.window}; }}
#PinTitle {{ color: {c.text}; font-size: {pt(22)}; font-weight: bold; }}
#PinEntry {{ color: {c.text}; font-size: {pt(30)}; min-height: {round(56 * self.scale)}px; letter-spacing: 8px; }}
#PinMessage {{ color: {c.error}; font-size: {pt(14)}; }}
#PinKey, #PinOk {{ min-width: {key}px; min-height: {key}px; max-width: {key}px; max-height: {key}px; padding: 0;
    border-radius: {key // 2}px; font-size: {pt(28)}; background: {c.surface}; border: 2px solid {c.border}; color: {c.text}; }}
#PinKey:pressed {{ background: {c.accent_soft}; }}
#PinOk {{ background: {c.accent}; color: {c.accent_text}; border-color: {c.accent}; }}
#PinKey:disabled, #PinOk:disabled {{ color: {c.backdrop}; border-color: {c.backdrop}; background: {c.surface}; }}
#PinCancel {{ font-size: {pt(14)}; min-height: {cancel}px; padding: 0 32px; border-radius: {(cancel + 4) // 2}px;
    background: {c.surface}; border: 2px solid {c.border}; }}
#AdminTitle {{ font-size: {pt(22)}; font-weight: bold; color: {c.text}; }}
#AdminSection {{ font-size: {pt(14)}; font-weight: bold; color: {c.text}; }}
#AdminBox {{ background: {c.surface}; border: 1px solid {c.divider}; border-radius: 16px; }}
#AdminWarnings {{ background: {c.note}; color: {c.note_text}; border-radius: 10px; padding: 8px 12px; }}
#AdminFigure {{ font-size: {pt(20)}; font-weight: bold; color: {c.accent}; }}
#AdminFigureLabel, #AdminStatus, #PrivacyNote {{ color: {c.muted}; }}
#AdminQuit {{ background: {c.error}; color: {c.accent_text}; border-color: {c.error}; }}
"""

    def apply(self, app: QApplication) -> None:
        # Read by painted pictures (the locator maps) that have no style sheet.
        app.setProperty("highContrast", self.high_contrast)
        with no_collection_during_walk():  # Qt sends every widget a PaletteChange
            app.setPalette(self.palette())
        set_style_sheet(app, self.stylesheet())
