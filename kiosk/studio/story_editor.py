"""Editing one story: its facts as form controls, two language versions side by side, live preview."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.edit import STORIES, ContentFolder, EditError, FieldProblem, StoryRecord
from kiosk.content.model import Shown
from kiosk.content.page_model import Story
from kiosk.studio.fields import MediaPicker, ProblemLabel, Retranslating, TopicChips
from kiosk.studio.profile import StudioProfile
from kiosk.studio.text_pane import LanguagePane
from kiosk.ui.pages.story_page import StoryPage
from kiosk.ui.plain_text import PlainLabel

IMAGE_FILTER = "Images (*.jpg *.jpeg *.png *.webp)"


def country_choices(folder: ContentFolder, lang: str) -> dict[str, str]:
    """ISO code -> name in `lang`: the locator map's countries, labels.toml's names first."""
    from kiosk.core.worldmap import world_map

    labels = folder.labels("countries")
    names = {c.iso: c.name for c in world_map().countries if c.iso}
    names.update({key: key for key in labels if key not in names})
    return {code: label_in(labels.get(code, {}), lang, name) for code, name in names.items()}


def interface_language() -> str:
    return QLocale().name().split("_")[0]


def label_in(labels: dict[str, str], lang: str, key: str) -> str:
    return labels.get(lang) or labels.get("en") or key


class StoryPreview(PlainLabel):
    """The kiosk's story page at a kiosk's size, drawn scaled down to fit beside the editors."""

    SCALE = 0.62  # small enough to show a kiosk's line length, large enough to read

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("StudioPreview")
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.setMinimumSize(240, 200)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.page = StoryPage(self)  # its own (never shown) window, deleted with this label
        self.page.setWindowFlag(Qt.WindowType.Window)
        self.page.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        self.page.back_button.hide()
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.render_now)

    def render_later(self) -> None:
        self._timer.start()

    def render_now(self) -> None:
        self._timer.stop()
        if self.width() < 10:
            return
        self.page.resize(int(self.width() / self.SCALE), int(self.height() / self.SCALE))
        if not self.isVisible():
            return
        if not self.page.isVisible():
            self.page.show()
        self.page.body.verticalScrollBar().setValue(0)  # the story's start, as visitors open it
        ratio = self.devicePixelRatioF()
        image = self.page.grab().scaledToWidth(
            int(self.width() * ratio), Qt.TransformationMode.SmoothTransformation
        )
        image.setDevicePixelRatio(ratio)
        self.setPixmap(image)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.render_later()

    def hideEvent(self, event) -> None:
        self.page.hide()  # an invisible window still relayouts on every language switch
        super().hideEvent(event)


class StoryEditor(Retranslating, QWidget):
    """Everything about one story. Every change is written to its file at once (or after a
    short pause while typing); `edited` then asks the studio to check the folder again."""

    edited = Signal()
    error = Signal(str)
    remove_version_requested = Signal(str, str)  # name, language

    def __init__(self, folder: ContentFolder, profile: StudioProfile, parent=None):
        super().__init__(parent)
        self.setObjectName("StudioStoryEditor")
        self.folder = folder
        self.profile = profile
        self.slug = ""
        self._record: StoryRecord | None = None
        self._country_names: dict[str, str] = {}
        self._loading = False
        languages = folder.languages()

        self.heading = PlainLabel(objectName="SectionTitle", wordWrap=True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.where = PlainLabel(objectName="Muted")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.general_problem = ProblemLabel()

        self.date = QDateEdit(calendarPopup=True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.dateChanged.connect(self._save_date)
        self.country = QComboBox()
        self.country.currentIndexChanged.connect(self._save_country)
        self.topics = TopicChips()
        self.topics.toggled.connect(self._save_topics)
        self.credit = QLineEdit()
        self.credit.editingFinished.connect(lambda: self._save_line("credit", self.credit))
        self.source = QLineEdit()
        self.source.setPlaceholderText("https://www.unodc.org/…")
        self.source.editingFinished.connect(lambda: self._save_line("source", self.source))
        self.image = MediaPicker(IMAGE_FILTER)
        self.image.chosen.connect(self._import_image)
        self.image.removed.connect(lambda: self._save("image", None))
        self.publisher = QLineEdit()
        self.publisher.setPlaceholderText("UNODC")
        self.publisher.editingFinished.connect(lambda: self._save_line("publisher", self.publisher))
        self.sensitive = QCheckBox()
        self.sensitive.toggled.connect(self._save_sensitive)
        self.content_note = QComboBox()
        self.content_note.currentIndexChanged.connect(self._save_note)

        self.labels: dict[str, QLabel] = {}
        self.problems: dict[str, ProblemLabel] = {}
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        placed = [
            ("date", self.date, 0, 0, 1),
            ("country", self.country, 0, 2, 1),
            ("tags", self.topics, 2, 0, 3),
            ("credit", self.credit, 4, 0, 1),
            ("source", self.source, 4, 2, 1),
            ("publisher", self.publisher, 6, 0, 1),
            ("image", self.image, 6, 2, 1),
            ("sensitive", self.sensitive, 8, 0, 1),
            ("content_note", self.content_note, 8, 2, 1),
        ]
        for key, widget, row, column, span in placed:
            label = PlainLabel()
            label.setBuddy(widget)
            self.labels[key] = label
            self.problems[key] = ProblemLabel()
            form.addWidget(label, row, column, Qt.AlignmentFlag.AlignTop)
            form.addWidget(widget, row, column + 1, 1, span)
            form.addWidget(self.problems[key], row + 1, column + 1, 1, span)

        facts = QWidget()
        facts_column = QVBoxLayout(facts)
        facts_column.addWidget(self.heading)
        facts_column.addWidget(self.where)
        self.where.hide()  # the folder is the heading's tooltip: room for the texts
        facts_column.addWidget(self.general_problem)
        facts_column.addLayout(form)
        facts_scroll = QScrollArea(widgetResizable=True)
        facts_scroll.setWidget(facts)
        facts_scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.source_pane = LanguagePane(languages, profile, mark_translations=True)
        self.target_pane = LanguagePane(languages, profile, mark_translations=True)
        self.preview_view = StoryPreview()
        self.preview = self.preview_view.page
        self.preview_title = PlainLabel(objectName="Muted")
        preview_box = QWidget()
        preview_column = QVBoxLayout(preview_box)
        preview_column.setContentsMargins(0, 0, 0, 0)
        preview_column.addWidget(self.preview_title)
        preview_column.addWidget(self.preview_view, 1)
        self._previewed = self.target_pane
        for pane in (self.source_pane, self.target_pane):
            pane.text_changed.connect(lambda pane=pane: self._preview(pane))
            pane.language_changed.connect(lambda _code, pane=pane: self._preview(pane))
            pane.saved.connect(self._on_saved)
            pane.add_requested.connect(self._add_version)
            pane.remove_requested.connect(self._remove_version)
        self.panes = QSplitter(Qt.Orientation.Horizontal)
        self.panes.addWidget(self.source_pane)
        self.panes.addWidget(self.target_pane)
        self.panes.addWidget(preview_box)
        self.panes.setChildrenCollapsible(False)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(facts_scroll)
        split.addWidget(self.panes)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([220, 540])
        self.panes.setSizes([300, 300, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.retranslate()

    # -- loading ------------------------------------------------------------------------
    def load(self, slug: str) -> None:
        self.flush()
        self.slug = slug
        self._record = record = self.folder.story(slug)
        lang = interface_language()
        self._loading = True
        try:
            date = record.date or dt.date.today()
            self.date.setDate(QDate(date.year, date.month, date.day))
            self._fill_countries(record.data.get("country"))
            tags = record.data.get("tags", [])
            tags = [t for t in tags if isinstance(t, str)] if isinstance(tags, list) else []
            labels = {key: label_in(v, lang, key) for key, v in self.folder.labels("tags").items()}
            self.topics.set_topics(labels, tags)
            self._fill_notes(record.data.get("content_note"))
            self.content_note.setEnabled(record.data.get("sensitive") is True)
            lines = (
                ("credit", self.credit),
                ("source", self.source),
                ("publisher", self.publisher),
            )
            for key, line in lines:
                value = record.data.get(key)
                line.setText(value if isinstance(value, str) else "")
            image = record.data.get("image")
            image = image if isinstance(image, str) else None
            self.image.show_file(
                image, self.folder.media_path(STORIES, slug, image) if image else None
            )
            self.sensitive.setChecked(record.data.get("sensitive") is True)
        finally:
            self._loading = False
        self.heading.setText(record.title([lang, "en"]))
        self.where.setText(str(record.folder))
        self.heading.setToolTip(str(record.folder))
        order = [language.code for language in self.folder.languages()]
        have = [code for code in order if code in record.texts]
        source = have[0] if have else order[0]
        # Beside the first version: the next existing one, else the first one missing.
        target = next((code for code in have if code != source), None)
        target = target or next((code for code in order if code != source), order[-1])
        for pane in (self.source_pane, self.target_pane):
            pane.set_item(self.folder, STORIES, slug)
        self.source_pane.set_language(source)
        self.target_pane.set_language(target)
        self._preview(self.target_pane if self.target_pane.exists else self.source_pane)

    def _fill_countries(self, current: object) -> None:
        """ISO codes of the locator map's countries, named in the interface language."""
        lang = interface_language()
        self._country_names = country_choices(self.folder, lang)
        choices = sorted(
            self._country_names.items(),
            key=lambda pair: QLocale(lang).toLower(pair[1]),
        )
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem(self.tr("No single country"), None)
        for key, label in choices:
            self.country.addItem(f"{label} ({key})", key)
        if isinstance(current, str) and self.country.findData(current) < 0:
            self.country.addItem(current, current)  # unknown: kept, and the check says so
        index = self.country.findData(current) if isinstance(current, str) else 0
        self.country.setCurrentIndex(max(index, 0))
        self.country.blockSignals(False)

    def _fill_notes(self, current: object) -> None:
        """The content notes of labels.toml [notes], or the story's own wording."""
        lang = interface_language()
        self.content_note.blockSignals(True)
        self.content_note.clear()
        self.content_note.addItem(self.tr("The general note"), None)
        for key, texts in self.folder.labels("notes").items():
            self.content_note.addItem(label_in(texts, lang, key), key)
            self.content_note.setItemData(
                self.content_note.count() - 1,
                label_in(texts, lang, key),
                Qt.ItemDataRole.ToolTipRole,
            )
        if isinstance(current, dict):
            self.content_note.addItem(self.tr("Worded for this story (in story.toml)"), "")
        index = self.content_note.findData("" if isinstance(current, dict) else current)
        self.content_note.setCurrentIndex(max(index, 0))
        self.content_note.blockSignals(False)

    # -- saving -------------------------------------------------------------------------
    def flush(self) -> None:
        for pane in (self.source_pane, self.target_pane):
            pane.flush()

    def _save(self, key: str, value: object) -> None:
        if self._loading or not self.slug:
            return
        try:
            changed = self.folder.set_value(STORIES, self.slug, key, value)
        except EditError as error:
            self.error.emit(str(error))
            return
        if changed:
            self._on_saved()

    def _save_sensitive(self, on: bool) -> None:
        self.content_note.setEnabled(on)
        self._save("sensitive", True if on else None)

    def _save_note(self, _index: int) -> None:
        key = self.content_note.currentData()
        if key != "":  # "": the story's own [content_note] table, kept as written
            self._save("content_note", key)

    def _save_date(self, date: QDate) -> None:
        self._save("date", dt.date(date.year(), date.month(), date.day()))

    def _save_country(self, _index: int) -> None:
        self._save("country", self.country.currentData())

    def _save_topics(self) -> None:
        self._save("tags", self.topics.chosen())

    def _save_line(self, key: str, line: QLineEdit) -> None:
        self._save(key, line.text().strip() or None)

    def _import_image(self, path: Path) -> None:
        try:
            value = self.folder.import_story_image(self.slug, path)
        except (EditError, OSError) as error:
            self.error.emit(str(error))
            return
        self._save("image", value)
        self.image.show_file(value, self.folder.media_path(STORIES, self.slug, value))

    def _add_version(self, lang: str) -> None:
        self.flush()
        self.folder.set_text(STORIES, self.slug, lang, "", "")
        for pane in (self.source_pane, self.target_pane):
            if pane.lang == lang:
                pane.reload()
                pane.title.setFocus()
        self._on_saved()

    def _remove_version(self, lang: str) -> None:
        self.remove_version_requested.emit(self.slug, lang)

    def _on_saved(self) -> None:
        self._record = self.folder.story(self.slug)
        self._preview(self._previewed)
        self.edited.emit()

    # -- preview and problems -------------------------------------------------------------
    def _preview(self, pane: LanguagePane) -> None:
        if not pane.exists:
            pane = self.source_pane if pane is self.target_pane else self.target_pane
        self._previewed = pane
        text = pane.current_text()
        if text is None or self._record is None:
            self.preview_view.clear()
            return
        qdate = self.date.date()
        country = self.country.currentData()
        lang = pane.lang
        story = Story(
            id=self.slug,
            date=dt.date(qdate.year(), qdate.month(), qdate.day()),
            country=country,
            tags=tuple(self.topics.chosen()),
            credit=self.credit.text().strip() or None,
            image=None,
            sensitive=self.sensitive.isChecked(),
            shown=Shown(lang, lang),
            title=text.title,
            summary="",
            languages=tuple(self._record.texts),
            body=text.body,
            source=self.source.text().strip() or None,
            translated_by=pane.translated_by(),
            publisher=self.publisher.text().strip() or None,
            content_note=self._note_texts(),
        )
        # Named as the kiosk names it for a visitor who reads this language.
        country_label = country_choices(self.folder, lang).get(country, country) if country else ""
        rtl = any(x.code == lang and x.direction == "rtl" for x in self.folder.languages())
        self.preview.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        self.preview.show_story(story, lang, country_label)
        if story.sensitive:
            self.preview.accept_content_note()  # staff edit the text: show it
        self.preview_view.render_later()
        self.preview_title.setText(
            self.tr("How visitors see it (%1)").replace("%1", pane.language_box.currentText())
        )

    def _note_texts(self) -> dict[str, str]:
        key = self.content_note.currentData()
        if key:
            return dict(self.folder.labels("notes").get(key, {}))
        own = self._record.data.get("content_note") if self._record else None
        return dict(own) if isinstance(own, dict) else {}

    def show_problems(self, problems: list[FieldProblem]) -> None:
        mine = [p for p in problems if p.kind == STORIES and p.name == self.slug]
        for key, label in self.problems.items():
            label.show_problems([p for p in mine if p.field == key])
        general = [
            p
            for p in mine
            if p.field not in self.problems and not p.field.startswith(("text.", "translated_by."))
        ]
        self.general_problem.show_problems(general)
        for pane in (self.source_pane, self.target_pane):
            pane.show_problems(mine)

    def retranslate(self) -> None:
        names = {
            "date": self.tr("Date"),
            "country": self.tr("Country"),
            "tags": self.tr("Topics"),
            "credit": self.tr("Credit"),
            "source": self.tr("Source address"),
            "image": self.tr("Picture"),
            "sensitive": self.tr("Sensitive"),
            "publisher": self.tr("Publisher"),
            "content_note": self.tr("Content note"),
        }
        for key, label in self.labels.items():
            label.setText(names[key])
        self.sensitive.setText(self.tr("A personal account: visitors see a content note first"))
        if self.slug:
            self.load(self.slug)
