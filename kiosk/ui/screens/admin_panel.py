"""The staff admin panel: usage figures and chart, default language, idle timeout, export,
content packs (kiosk/ui/screens/admin_content.py), quit.

Everything it needs comes in through the constructor: the usage counts (read for the
figures, asked to export), the effective settings and the warnings from loading them,
the settings file to save to, the interface languages as (code, own name) pairs and the
data folder holding the installed content packs. It emits `settings_changed(Settings)`
after saving, `content_changed` after a pack install or rollback, `quit_requested` and
`closed`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.config import Settings, SettingsFileError, change_settings
from kiosk.packs.found import removable_folders
from kiosk.ui.accessibility import name_scroll_area
from kiosk.ui.plain_text import PlainLabel
from kiosk.ui.screens.admin_content import ContentSection
from kiosk.ui.screens.privacy_note import PrivacyNote
from kiosk.ui.widgets.chooser import Chooser, TouchListSheet
from kiosk.ui.widgets.stepper import Stepper
from kiosk.ui.widgets.usage_chart import UsageChart

log = logging.getLogger(__name__)


class UsageFigures(Protocol):
    """What the panel reads from `kiosk.core.analytics.UsageCounts`."""

    enabled: bool

    def totals_by_day(self, event: str = ..., days: int = ...) -> list[tuple[str, int]]: ...
    def totals_by_event(self) -> dict[str, int]: ...
    def export_csv(self, path: Path) -> int: ...


class AdminPanel(QWidget):
    settings_changed = Signal(object)  # the new Settings, already saved
    content_changed = Signal()  # a content pack was installed or rolled back
    quit_requested = Signal()
    closed = Signal()

    def __init__(
        self,
        counts: UsageFigures,
        settings: Settings,
        warnings: Sequence[str],
        *,
        config_path: Path | None,
        languages: Sequence[tuple[str, str]],
        data_dir: Path | None = None,
        mode: str = "desktop",
        media_folders: list[Path] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("AdminPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._counts = counts
        self._settings = settings
        self._config_path = config_path
        self._languages = list(languages)
        self._dialog: QFileDialog | None = None
        self._mode = mode
        self._media_folders = media_folders
        self.export_sheet: TouchListSheet | None = None
        self._status_key: tuple[str, int, str] = ("", 0, "")

        self.title = PlainLabel(objectName="AdminTitle")
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.closed)
        self.quit_button = QPushButton(objectName="AdminQuit")
        self.quit_button.clicked.connect(self.quit_requested)
        # Title and buttons on one row, or the buttons under the title (narrow, larger text).
        header = QGridLayout()
        header.setHorizontalSpacing(12)
        header.setVerticalSpacing(12)
        self._header = header
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(12)
        self._buttons.addWidget(self.close_button)
        self._buttons.addWidget(self.quit_button)
        self._buttons.addStretch(1)

        self.warnings = PlainLabel(objectName="AdminWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.warnings.setVisible(bool(warnings))
        self._warning_lines = list(warnings)

        # usage
        usage_box = QFrame(objectName="AdminBox")
        self.usage_title = PlainLabel(objectName="AdminSection")
        self.chart_title = PlainLabel(objectName="AdminFigureLabel", wordWrap=True)
        self.chart = UsageChart()
        # Said over the empty chart when no visit was counted in its 14 days (a new kiosk,
        # one unused for two weeks): an empty frame alone looks broken.
        self.no_visits = PlainLabel(objectName="AdminFigureLabel", wordWrap=True)
        self.no_visits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self.chart).addWidget(self.no_visits)
        self.figures = QGridLayout()
        self.figure_labels: dict[str, tuple[QLabel, QLabel]] = {}
        self.counting_off = PlainLabel(objectName="AdminWarnings")
        self.counting_off.setWordWrap(True)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.choose_export_place)
        self.status = PlainLabel(objectName="AdminStatus")
        self.status.setWordWrap(True)
        usage = QVBoxLayout(usage_box)
        usage.setContentsMargins(20, 16, 20, 16)
        usage.addWidget(self.usage_title)
        usage.addWidget(self.counting_off)
        usage.addWidget(self.chart_title)
        usage.addWidget(self.chart, 1)
        usage.addLayout(self.figures)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.status, 1)
        usage.addLayout(row)
        usage.addWidget(PrivacyNote())

        # settings
        settings_box = QFrame(objectName="AdminBox")
        self.settings_title = PlainLabel(objectName="AdminSection")
        self.language = Chooser(max_segments=3)  # six languages: a list of large rows
        self.language.set_options(self._languages)
        self.idle_timeout = Stepper(10, 3600, 10)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        # Each label above its control, as wide as the column: room for any language at
        # any text size (a QFormLayout gave a wrapped label only its size hint's width,
        # and a long one broke after a few words however wide the column).
        self.form = QVBoxLayout()
        self.language_label = PlainLabel(wordWrap=True)
        self.idle_label = PlainLabel(wordWrap=True)
        for label, control in (
            (self.language_label, self.language),
            (self.idle_label, self.idle_timeout),
        ):
            label.setBuddy(control)
            self.form.addWidget(label)
            self.form.addWidget(control)
        settings_layout = QVBoxLayout(settings_box)
        settings_layout.setContentsMargins(20, 16, 20, 16)
        settings_layout.addWidget(self.settings_title)
        settings_layout.addLayout(self.form)
        settings_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeading)
        settings_layout.addStretch()

        self.content = ContentSection(
            settings, data_dir, file_dialog=mode == "desktop", media_folders=media_folders
        )
        self.content.content_changed.connect(self.content_changed)
        side = QVBoxLayout()
        side.addWidget(settings_box, 1)
        side.addWidget(self.content)

        # Usage beside settings and content (landscape), or above them (portrait); all of
        # it scrolls (by touch too) where a short screen with larger text has no room.
        self.chart.setMinimumHeight(120)
        body_widget = QWidget(objectName="AdminBody")
        body = QBoxLayout(QBoxLayout.Direction.LeftToRight, body_widget)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(usage_box, 3)
        body.addLayout(side, 2)
        self.body = QScrollArea()
        self.body.setWidget(body_widget)
        self.body.setWidgetResizable(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.setProperty("scrolls", "vertical")
        QScroller.grabGesture(self.body.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self._body = body
        self._figure_columns = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addLayout(header)
        layout.addWidget(self.warnings)
        layout.addWidget(self.body, 1)

        self._show_settings(settings)
        self.retranslate()
        self.refresh()
        self._fit()

    # --- layout for the window's shape ------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Stack the columns in portrait, put the header's buttons under the title when
        they do not fit beside it, and give the figures as many columns as their words
        leave room for (6, 3 or 2)."""
        portrait = self.height() > self.width()
        self._body.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        self._body.setStretch(0, 1 if portrait else 3)
        self._body.setStretch(1, 1 if portrait else 2)
        margins = self.layout().contentsMargins()
        inner = self.width() - margins.left() - margins.right()
        beside = self.title.sizeHint().width() + 12 + self._buttons.sizeHint().width() <= inner
        header = self._header
        header.removeWidget(self.title)
        header.removeItem(self._buttons)
        header.addWidget(self.title, 0, 0)
        header.addLayout(self._buttons, 0 if beside else 1, 1 if beside else 0)
        header.setColumnStretch(0, 1)
        self._lay_out_figures(inner if portrait else inner * 3 // 5)

    def _lay_out_figures(self, width: int) -> None:
        labels = [label for _number, label in self.figure_labels.values()]
        if not labels:
            return
        # As many columns as leave every label on one line, else its longest word.
        room = width - 40
        line = max(label.sizeHint().width() for label in labels) + 24
        word = max(label.minimumSizeHint().width() for label in labels) + 24
        columns = next(
            (c for c in (6, 3, 2) if c * line <= room),
            next(c for c in (6, 3, 2, 1) if c == 1 or c * word <= room),
        )
        if columns == self._figure_columns:
            return
        self._figure_columns = columns
        for index, (number, label) in enumerate(self.figure_labels.values()):
            self.figures.removeWidget(number)
            self.figures.removeWidget(label)
            row, column = divmod(index, columns)
            self.figures.addWidget(number, 2 * row, column)
            self.figures.addWidget(label, 2 * row + 1, column)

    # --- figures --------------------------------------------------------------------

    def _event_names(self) -> dict[str, str]:
        return {
            "session_start": self.tr("Visits"),
            "story_view": self.tr("Stories read"),
            "resource_open": self.tr("Resources opened"),
            "film_play": self.tr("Films played"),
            "language_choice": self.tr("Languages chosen"),
            "quick_exit": self.tr("Quick exits"),
        }

    def refresh(self) -> None:
        """Read the counts again (call when the panel is shown)."""
        days = self._counts.totals_by_day("session_start", 14)
        self.chart.set_days(days)
        self.no_visits.setVisible(self._counts.enabled and not any(n for _, n in days))
        totals = self._counts.totals_by_event()
        while self.figures.count():
            item = self.figures.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.figure_labels.clear()
        for column, (event, name) in enumerate(self._event_names().items()):
            number = PlainLabel(QLocale().toString(totals.get(event, 0)), objectName="AdminFigure")
            label = PlainLabel(name, objectName="AdminFigureLabel")
            label.setWordWrap(True)
            for widget in (number, label):
                widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.figures.addWidget(number, 0, column)
            self.figures.addWidget(label, 1, column)
            self.figure_labels[event] = (number, label)
        self._figure_columns = 6
        if self.isVisible():
            self._fit()
        self.counting_off.setVisible(not self._counts.enabled)
        self.export_button.setEnabled(self._counts.enabled)

    # --- export -----------------------------------------------------------------------

    def choose_export_place(self) -> None:
        """A touch list of the removable media to save the counts on (no file dialog);
        desktop mode also offers the file dialog."""
        if self.export_sheet is not None:
            return
        folders = removable_folders() if self._media_folders is None else self._media_folders
        folders = [folder for folder in folders if Path(folder).is_dir()]
        options = [
            (str(i), f"{folder.name}\n\u2068{folder}\u2069") for i, folder in enumerate(folders)
        ]
        actions = [(self.tr("Look again"), self.choose_export_place)]
        if self._mode == "desktop":
            actions.append((self.tr("Choose a file…"), self.choose_export_file))
        actions.append((self.tr("Cancel"), lambda: None))
        message = "" if folders else self.tr("No USB stick found. Insert one, then tap Look again.")
        sheet = TouchListSheet(
            self.window(),
            self.tr("Export usage counts"),
            options,
            message=message,
            actions=actions,
            minimum_width=560,
        )
        name = f"kiosk-usage-{dt.date.today().isoformat()}.csv"
        sheet.chosen.connect(lambda code: self.export_to(folders[int(code)] / name))
        sheet.closed.connect(self._export_sheet_closed)
        self.export_sheet = sheet
        sheet.open()

    def _export_sheet_closed(self) -> None:
        self.export_sheet = None

    def choose_export_file(self) -> None:
        """Ask where to save, without blocking (the dialog's fileSelected exports)."""
        dialog = QFileDialog(self, self.tr("Export usage counts"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setNameFilter(self.tr("CSV files (*.csv)"))
        dialog.setDefaultSuffix("csv")
        dialog.selectFile("kiosk-usage.csv")
        dialog.fileSelected.connect(lambda name: self.export_to(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()

    @property
    def export_dialog(self) -> QFileDialog | None:
        return self._dialog

    def export_to(self, path: Path) -> None:
        try:
            rows = self._counts.export_csv(path)
        except OSError as error:
            log.warning("export of usage counts to %s failed: %s", path, error)
            self._status_key = ("failed", 0, str(path))
        else:
            self._status_key = ("done", rows, str(path))
        self._show_status()

    def _show_status(self) -> None:
        key, rows, path = self._status_key
        if key == "done":
            self.status.setText(self.tr("Saved %n row(s) to %1.", "", rows).replace("%1", path))
        elif key == "failed":
            self.status.setText(self.tr("Could not save to %1.").replace("%1", path))
        elif key == "invalid" and rows:
            self.status.setText(
                self.tr(
                    "Not saved: line %1 of the settings file is not valid TOML. Fix it first."
                ).replace("%1", str(rows))
            )
        elif key == "invalid":
            self.status.setText(
                self.tr("Not saved: the settings file cannot be read. Fix it first.")
            )
        else:
            self.status.clear()

    # --- settings ---------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        return self._settings

    def _show_settings(self, settings: Settings) -> None:
        self.language.set_current(settings.default_language)
        self.idle_timeout.setValue(settings.idle_timeout_s)

    def save(self) -> None:
        new = self._settings.replace(
            default_language=self.language.current() or self._settings.default_language,
            idle_timeout_s=self.idle_timeout.value(),
        )
        if self._config_path is not None:
            try:  # only these two keys change: the staff's comments and other keys stay
                change_settings(
                    self._config_path,
                    default_language=new.default_language,
                    idle_timeout_s=new.idle_timeout_s,
                )
            except SettingsFileError as error:
                log.warning("settings not saved: %s", error)
                self._status_key = ("invalid", error.line or 0, str(self._config_path))
                self._show_status()
                return
            except OSError as error:
                log.warning("cannot save settings to %s: %s", self._config_path, error)
                self._status_key = ("failed", 0, str(self._config_path))
                self._show_status()
                return
        self._settings = new
        self.settings_changed.emit(new)

    # --- language -------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Administration"))
        self.setAccessibleName(self.tr("Administration"))
        name_scroll_area(self.body, self.tr("Administration"))
        self.close_button.setText(self.tr("Back to the kiosk"))
        self.quit_button.setText(self.tr("Quit the program"))
        self.usage_title.setText(self.tr("Usage"))
        self.chart_title.setText(self.tr("Visits per day, last 14 days"))
        self.no_visits.setText(self.tr("No visits counted in the last 14 days."))
        self.counting_off.setText(
            self.tr("Counting is off: the data folder cannot be written. See the log.")
        )
        self.export_button.setText(self.tr("Export counts (CSV)…"))
        self.settings_title.setText(self.tr("Settings"))
        self.language_label.setText(self.tr("Default language"))
        self.language.set_title(self.tr("Default language"))
        self.idle_label.setText(self.tr("Idle time before reset"))
        self.idle_timeout.setAccessibleName(self.tr("Idle time before reset"))
        self.idle_timeout.setSuffix(self.tr(" s"))
        self.save_button.setText(self.tr("Save settings"))
        if self._warning_lines:
            self.warnings.setText(
                self.tr("Problems in the settings file (defaults used):")
                + "\n"
                # isolate each (English, path-bearing) line so RTL does not reorder it
                + "\n".join(f"\u2066{line}\u2069" for line in self._warning_lines)
            )
        for event, name in self._event_names().items():
            if event in self.figure_labels:
                self.figure_labels[event][1].setText(name)
        self._show_status()
        self._fit()  # the words of this language may need other columns

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
