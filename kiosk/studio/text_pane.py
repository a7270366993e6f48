"""One language version of a story or resource: title and Markdown text, side by side with another.

A language without a version is shown as missing, with a button to start one; it is
never filled in from another language. Right-to-left languages are edited right to left.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.edit import STORIES, ContentFolder, FieldProblem, Text
from kiosk.content.sources import SourceLanguage
from kiosk.studio.fields import ProblemLabel, Retranslating
from kiosk.studio.profile import StudioProfile
from kiosk.ui.plain_text import PlainLabel
from kiosk.ui.wording import language_name

SAVE_DELAY_MS = 400


class LanguagePane(Retranslating, QFrame):
    text_changed = Signal()  # on every keystroke (live preview)
    saved = Signal()  # a file was written (check again)
    language_changed = Signal(str)
    add_requested = Signal(str)  # start a version in this language
    remove_requested = Signal(str)

    def __init__(
        self,
        languages: list[SourceLanguage],
        profile: StudioProfile,
        *,
        mark_translations: bool,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("StudioPane")
        self._languages = {language.code: language for language in languages}
        self._profile = profile
        self._folder: ContentFolder | None = None
        self._kind, self._name, self._lang = STORIES, "", languages[0].code
        self._text: Text | None = None
        self._loading = False
        self._dirty = False  # typed and not written yet
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)

        self.language_box = QComboBox()
        for language in languages:
            self.language_box.addItem(language.name, language.code)
        self.language_box.currentIndexChanged.connect(self._on_language)
        self.state = PlainLabel(objectName="Muted")

        self.title = QLineEdit(objectName="StudioTitle")
        self.title_label = PlainLabel(wordWrap=True)
        self.title_label.setBuddy(self.title)
        self.title_problem = ProblemLabel()
        self.body = QPlainTextEdit(objectName="StudioBody")
        self.body_label = PlainLabel(wordWrap=True)
        self.body_label.setBuddy(self.body)
        self.body_problem = ProblemLabel()
        self.mark = QCheckBox()
        self.organisation = QLineEdit()
        self.mark_problem = ProblemLabel()
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self._lang))
        for signal in (self.title.textChanged, self.body.textChanged):
            signal.connect(self._on_typed)
        self.mark.toggled.connect(self._save_mark)
        self.organisation.editingFinished.connect(self._on_organisation)
        self.mark.setVisible(mark_translations)
        self.organisation.setVisible(mark_translations)

        editor = QWidget()
        column = QVBoxLayout(editor)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title_label)
        column.addWidget(self.title)
        column.addWidget(self.title_problem)
        column.addWidget(self.body_label)
        column.addWidget(self.body, 1)
        column.addWidget(self.body_problem)
        mark_row = QHBoxLayout()
        mark_row.addWidget(self.mark)
        mark_row.addWidget(self.organisation, 1)
        column.addLayout(mark_row)
        column.addWidget(self.mark_problem)

        missing = QWidget()
        missing_column = QVBoxLayout(missing)
        self.missing_text = PlainLabel(objectName="StudioMissing", wordWrap=True)
        self.add_button = QPushButton(objectName="PrimaryButton")
        self.add_button.clicked.connect(lambda: self.add_requested.emit(self._lang))
        missing_column.addStretch(1)
        missing_column.addWidget(self.missing_text)
        missing_column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignHCenter)
        missing_column.addStretch(2)

        self.pages = QStackedWidget()
        self.pages.addWidget(editor)
        self.pages.addWidget(missing)
        top = QHBoxLayout()
        top.addWidget(self.language_box)
        top.addWidget(self.state, 1)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.retranslate()

    # -- what is shown ----------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self._lang

    @property
    def exists(self) -> bool:
        return self._text is not None

    def current_text(self) -> Text | None:
        if self._text is None:
            return None
        return Text(self.title.text(), self.body.toPlainText())

    def set_item(self, folder: ContentFolder, kind: str, name: str) -> None:
        self.flush()
        self._folder, self._kind, self._name = folder, kind, name
        self.reload()

    def set_language(self, code: str) -> None:
        index = self.language_box.findData(code)
        if index >= 0 and code != self._lang:
            self.language_box.setCurrentIndex(index)  # -> _on_language
        elif index >= 0:
            self.reload()

    def _on_language(self, index: int) -> None:
        self.flush()
        self._lang = self.language_box.itemData(index)
        self.reload()
        self.language_changed.emit(self._lang)

    def reload(self) -> None:
        """Show the version on disk (or the missing state)."""
        if self._folder is None:
            return
        record = (
            self._folder.story(self._name)
            if self._kind == STORIES
            else self._folder.resource(self._name)
        )
        self._text = record.texts.get(self._lang)
        self._dirty = False
        marked = record.data.get("translated_by", {}) if self._kind == STORIES else {}
        who = marked.get(self._lang) if isinstance(marked, dict) else None
        self._loading = True
        try:
            if self._text is not None:
                self.title.setText(self._text.title)
                self.body.setPlainText(self._text.body)
                self.mark.setChecked(isinstance(who, str))
                self.organisation.setText(
                    who if isinstance(who, str) else self._profile.organisation
                )
            self._apply_direction()
        finally:
            self._loading = False
        self.pages.setCurrentIndex(0 if self._text is not None else 1)
        self.remove_button.setVisible(self._text is not None)
        self._update_texts()

    def _apply_direction(self) -> None:
        language = self._languages.get(self._lang)
        rtl = language is not None and language.direction == "rtl"
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        for widget in (self.title, self.body, self.organisation):
            widget.setLayoutDirection(direction)
            widget.setLocale(QLocale(self._lang))
        option = self.body.document().defaultTextOption()
        option.setTextDirection(direction)
        option.setAlignment(
            Qt.AlignmentFlag.AlignAbsolute
            | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        )
        self.body.document().setDefaultTextOption(option)

    # -- saving -----------------------------------------------------------------------
    def _on_typed(self) -> None:
        if self._loading or self._text is None:
            return
        self._dirty = True
        self._save_timer.start()
        self.text_changed.emit()

    def flush(self) -> None:
        """Write what was typed now (instead of after the short pause)."""
        self._save_timer.stop()
        if not self._dirty or self._folder is None or self._text is None or self._loading:
            return
        self._dirty = False
        title, body = self.title.text(), self.body.toPlainText()
        if self._folder.set_text(self._kind, self._name, self._lang, title, body):
            self._text = Text(title, body)
            self.saved.emit()

    def _save_mark(self) -> None:
        if self._loading or self._folder is None or self._text is None:
            return
        self.flush()
        value = self.organisation.text().strip() if self.mark.isChecked() else None
        if value and not self._profile.organisation:
            self._profile.organisation = value
        if self._folder.set_value(self._kind, self._name, self._lang, value, table="translated_by"):
            self.saved.emit()
        self.text_changed.emit()

    def _on_organisation(self) -> None:
        name = self.organisation.text().strip()
        if name:
            self._profile.organisation = name
        if self.mark.isChecked():
            self._save_mark()

    def translated_by(self) -> str | None:
        if not self.mark.isChecked() or self._text is None:
            return None
        return self.organisation.text().strip() or None

    # -- problems and wording ------------------------------------------------------------
    def show_problems(self, problems: list[FieldProblem]) -> None:
        prefix = f"text.{self._lang}."
        self.title_problem.show_problems([p for p in problems if p.field == prefix + "title"])
        self.body_problem.show_problems([p for p in problems if p.field == prefix + "body"])
        self.mark_problem.show_problems(
            [p for p in problems if p.field == f"translated_by.{self._lang}"]
        )

    def _update_texts(self) -> None:
        name = language_name(self._lang)
        self.missing_text.setText(
            self.tr(
                "There is no %1 version. Visitors who choose %1 read another language, "
                "and the kiosk tells them so."
            ).replace("%1", name)
        )
        self.add_button.setText(self.tr("Write a version in %1").replace("%1", name))
        self.state.setText("" if self._text is not None else self.tr("missing"))

    def retranslate(self) -> None:
        self.language_box.setAccessibleName(self.tr("Language of this side"))
        self.title_label.setText(self.tr("Title"))
        self.body_label.setText(self.tr("Text (Markdown: a blank line starts a paragraph)"))
        self.mark.setText(self.tr("Our translation, by:"))
        self.mark.setToolTip(
            self.tr('Visitors then read "Translated by" and this name under the title.')
        )
        self.organisation.setPlaceholderText(self.tr("Name of your organisation"))
        self.remove_button.setText(self.tr("Delete this language version"))
        self.remove_button.setObjectName("StudioSmall")
        self._update_texts()
