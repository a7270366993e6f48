"""Editing one resource page: kind, icon, QR address with a live QR code, per-language files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.edit import RESOURCES, ContentFolder, EditError, FieldProblem
from kiosk.content.sources import RESOURCE_KINDS
from kiosk.studio.fields import MediaPicker, ProblemLabel, Retranslating
from kiosk.studio.profile import StudioProfile
from kiosk.studio.story_editor import interface_language
from kiosk.studio.text_pane import LanguagePane
from kiosk.ui.plain_text import PlainLabel
from kiosk.ui.widgets.qr_code import QrCodeView
from kiosk.ui.wording import language_name

KIND_NAMES = {
    "document": QT_TRANSLATE_NOOP("ResourceEditor", "Document (PDF)"),
    "film": QT_TRANSLATE_NOOP("ResourceEditor", "Film"),
    "fund": QT_TRANSLATE_NOOP("ResourceEditor", "Fund (address as QR code)"),
    "link": QT_TRANSLATE_NOOP("ResourceEditor", "Link (address as QR code)"),
}
# Short names for the resource list's column.
KIND_SHORT = {
    "document": QT_TRANSLATE_NOOP("ResourceEditor", "Document"),
    "film": QT_TRANSLATE_NOOP("ResourceEditor", "Film"),
    "fund": QT_TRANSLATE_NOOP("ResourceEditor", "Fund"),
    "link": QT_TRANSLATE_NOOP("ResourceEditor", "Link"),
}


def kind_name(kind: object) -> str:
    """A resource kind as the interface names it ("document" -> "Document", "Documento")."""
    short = KIND_SHORT.get(kind) if isinstance(kind, str) else None
    return QCoreApplication.translate("ResourceEditor", short) if short else str(kind or "")


FILE_FILTERS = {
    "files": "PDF, video (*.pdf *.mp4 *.webm *.mkv *.mov)",
    "subtitles": "WebVTT (*.vtt)",
}


class ResourceEditor(Retranslating, QWidget):
    edited = Signal()
    error = Signal(str)
    remove_version_requested = Signal(str, str)  # name, language

    def __init__(self, folder: ContentFolder, profile: StudioProfile, parent=None):
        super().__init__(parent)
        self.setObjectName("StudioResourceEditor")
        self.folder = folder
        self.resource_id = ""
        self._loading = False
        self._languages = folder.languages()

        self.heading = PlainLabel(objectName="SectionTitle", wordWrap=True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.where = PlainLabel(objectName="Muted")
        self.general_problem = ProblemLabel()
        self.kind = QComboBox()
        for kind in RESOURCE_KINDS:
            self.kind.addItem(kind, kind)
        self.kind.currentIndexChanged.connect(self._save_kind)
        self.icon = QLineEdit()
        self.icon.editingFinished.connect(
            lambda: self._save("icon", self.icon.text().strip() or None)
        )
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://…")
        self.url.textChanged.connect(lambda text: self.qr.set_text(text.strip()))
        self.url.editingFinished.connect(lambda: self._save("url", self.url.text().strip() or None))
        self.qr = QrCodeView()
        self.qr.setFixedSize(160, 160)

        self.labels: dict[str, QLabel] = {}
        self.problems: dict[str, ProblemLabel] = {}
        self.pickers: dict[str, MediaPicker] = {}
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        row = 0
        for key, widget in (("kind", self.kind), ("icon", self.icon), ("url", self.url)):
            row = self._add_row(form, row, key, widget)
        form.addWidget(self.qr, 0, 2, 6, 1, Qt.AlignmentFlag.AlignTop)
        for table in ("files", "subtitles"):
            for language in self._languages:
                key = f"{table}.{language.code}"
                picker = MediaPicker(FILE_FILTERS[table])
                picker.chosen.connect(lambda path, key=key: self._import(key, path))
                picker.removed.connect(lambda key=key: self._set_file(key, None))
                self.pickers[key] = picker
                row = self._add_row(form, row, key, picker)

        facts = QWidget()
        column = QVBoxLayout(facts)
        column.addWidget(self.heading)
        column.addWidget(self.where)
        self.where.hide()  # the folder is the heading's tooltip: room for the texts
        column.addWidget(self.general_problem)
        column.addLayout(form)
        column.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(facts)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.source_pane = LanguagePane(self._languages, profile, mark_translations=False)
        self.target_pane = LanguagePane(self._languages, profile, mark_translations=False)
        for pane in (self.source_pane, self.target_pane):
            pane.saved.connect(self.edited)
            pane.add_requested.connect(self._add_version)
            pane.remove_requested.connect(
                lambda lang: self.remove_version_requested.emit(self.resource_id, lang)
            )
        panes = QSplitter(Qt.Orientation.Horizontal)
        panes.addWidget(self.source_pane)
        panes.addWidget(self.target_pane)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(scroll)
        split.addWidget(panes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.retranslate()

    def _add_row(self, form: QGridLayout, row: int, key: str, widget: QWidget) -> int:
        label = PlainLabel()
        label.setBuddy(widget)
        self.labels[key] = label
        self.problems[key] = ProblemLabel()
        form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        form.addWidget(widget, row, 1)
        form.addWidget(self.problems[key], row + 1, 1)
        return row + 2

    def load(self, resource_id: str) -> None:
        self.flush()
        self.resource_id = resource_id
        record = self.folder.resource(resource_id)
        data = record.data
        self._loading = True
        try:
            kind = data.get("kind")
            if self.kind.findData(kind) < 0 and isinstance(kind, str):
                self.kind.addItem(kind, kind)
            self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
            self.icon.setText(data.get("icon", "") if isinstance(data.get("icon"), str) else "")
            url = data.get("url")
            self.url.setText(url if isinstance(url, str) else "")
            for key, picker in self.pickers.items():
                table, lang = key.split(".")
                entries = data.get(table, {})
                value = entries.get(lang) if isinstance(entries, dict) else None
                value = value if isinstance(value, str) else None
                path = self.folder.media_path(RESOURCES, resource_id, value) if value else None
                picker.show_file(value, path)
        finally:
            self._loading = False
        self._show_kind_rows()
        self.heading.setText(record.title([interface_language(), "en"]))
        self.where.setText(str(record.folder))
        self.heading.setToolTip(str(record.folder))
        order = [language.code for language in self._languages]
        have = [code for code in order if code in record.texts]
        for pane in (self.source_pane, self.target_pane):
            pane.set_item(self.folder, RESOURCES, resource_id)
        source = have[0] if have else order[0]
        target = next((c for c in order if c not in have), None) or next(
            (c for c in have if c != source), order[-1]
        )
        self.source_pane.set_language(source)
        self.target_pane.set_language(target)

    def _show_kind_rows(self) -> None:
        kind = self.kind.currentData()
        for key, picker in self.pickers.items():
            table = key.split(".")[0]
            shown = kind in ("document", "film") if table == "files" else kind == "film"
            for widget in (picker, self.labels[key]):
                widget.setVisible(shown)

    def flush(self) -> None:
        for pane in (self.source_pane, self.target_pane):
            pane.flush()

    def _save(self, key: str, value: object, table: str | None = None) -> None:
        if self._loading or not self.resource_id:
            return
        try:
            changed = self.folder.set_value(RESOURCES, self.resource_id, key, value, table=table)
        except EditError as error:
            self.error.emit(str(error))
            return
        if changed:
            self.edited.emit()

    def _save_kind(self) -> None:
        self._show_kind_rows()
        self._save("kind", self.kind.currentData())

    def _import(self, key: str, path: Path) -> None:
        try:
            value = self.folder.import_media(self.resource_id, path)
        except (EditError, OSError) as error:
            self.error.emit(str(error))
            return
        self._set_file(key, value)

    def _set_file(self, key: str, value: str | None) -> None:
        table, lang = key.split(".")
        self._save(lang, value, table=table)
        path = self.folder.media_path(RESOURCES, self.resource_id, value) if value else None
        self.pickers[key].show_file(value, path)

    def _add_version(self, lang: str) -> None:
        self.flush()
        self.folder.set_text(RESOURCES, self.resource_id, lang, "", "")
        for pane in (self.source_pane, self.target_pane):
            if pane.lang == lang:
                pane.reload()
                pane.title.setFocus()
        self.edited.emit()

    def show_problems(self, problems: list[FieldProblem]) -> None:
        mine = [p for p in problems if p.kind == RESOURCES and p.name == self.resource_id]
        for key, label in self.problems.items():
            label.show_problems([p for p in mine if p.field == key])
        placed = set(self.problems)
        self.general_problem.show_problems(
            [p for p in mine if p.field not in placed and not p.field.startswith("text.")]
        )
        for pane in (self.source_pane, self.target_pane):
            pane.show_problems(mine)

    def retranslate(self) -> None:
        for index in range(self.kind.count()):
            kind = self.kind.itemData(index)
            if kind in KIND_NAMES:
                self.kind.setItemText(
                    index, QCoreApplication.translate("ResourceEditor", KIND_NAMES[kind])
                )
        self.labels["kind"].setText(self.tr("Kind"))
        self.labels["icon"].setText(self.tr("Icon"))
        self.labels["url"].setText(self.tr("Address (QR code)"))
        self.icon.setToolTip(self.tr("A Font Awesome 5 name, e.g. fa5s.first-aid"))
        for key, label in self.labels.items():
            if key.startswith("files."):
                label.setText(self.tr("File, %1").replace("%1", language_name(key[6:])))
            elif key.startswith("subtitles."):
                label.setText(self.tr("Subtitles, %1").replace("%1", language_name(key[10:])))
