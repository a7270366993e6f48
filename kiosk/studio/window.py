"""The content studio window: lists, editors, problems, undo, preview and publishing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.edit import (
    RESOURCES,
    STORIES,
    ContentFolder,
    EditError,
    FieldProblem,
    Snapshot,
    field_of,
)
from kiosk.content.problems import ContentError
from kiosk.content.sources import RESOURCE_KINDS
from kiosk.i18n import InterfaceLanguage
from kiosk.studio.fields import Retranslating, form_rows
from kiosk.studio.item_list import ItemList, Row
from kiosk.studio.preview import KioskPreview, PreviewDialog
from kiosk.studio.profile import StudioProfile
from kiosk.studio.publish import KeyBox, PublishDialog
from kiosk.studio.resource_editor import KIND_NAMES, ResourceEditor, kind_name
from kiosk.studio.story_editor import StoryEditor, interface_language
from kiosk.ui.plain_text import PlainLabel

CHECK_DELAY_MS = 150
# Up to this many content files, coming back to the studio re-reads what changed on disk.
AUTO_RELOAD_FILES = 3000

STUDIO_STYLE = """
#Studio QPushButton, #StudioPublish QPushButton { min-height: 32px; padding: 4px 14px; border-radius: 8px; }
#Studio QToolButton { min-height: 28px; padding: 4px 10px; border-radius: 6px; border: 1px solid transparent; }
#Studio QToolButton:hover { border-color: palette(highlight); }
#Studio QToolButton:disabled { color: palette(mid); }
#Studio QPushButton#StudioChip { min-height: 28px; padding: 2px 10px; border-radius: 14px; }
#Studio QLineEdit, #Studio QPlainTextEdit, #Studio QComboBox, #Studio QDateEdit {
    border: 1px solid palette(mid); border-radius: 4px; padding: 4px; background: palette(base);
}
#StudioProblem, #StudioPublish QLabel[severity="error"] { color: ERROR; }
#StudioProblem[severity="warning"] { color: WARNING; }
#StudioMissing { font-size: 13pt; }
#StudioPane { border: 1px solid palette(mid); border-radius: 6px; }
"""


class FolderChange(QUndoCommand):
    """One story or resource folder from one state to another (add, duplicate, delete...)."""

    def __init__(self, studio: StudioWindow, text: str, before: Snapshot, after: Snapshot):
        super().__init__(text)
        self.studio, self.before, self.after = studio, before, after

    def redo(self) -> None:
        self.studio.folder.put(self.after)
        self.studio.after_undoable(self.after)

    def undo(self) -> None:
        self.studio.folder.put(self.before)
        self.studio.after_undoable(self.before)


class NewItemDialog(Retranslating, QDialog):
    """Title, language and (stories) date of a new story or resource."""

    def __init__(self, folder: ContentFolder, kind: str, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.title = QLineEdit()
        self.language = QComboBox()
        for language in folder.languages():
            self.language.addItem(language.name, language.code)
        index = self.language.findData(interface_language())
        self.language.setCurrentIndex(max(index, 0))
        self.date = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.resource_kind = QComboBox()
        for name in RESOURCE_KINDS:
            self.resource_kind.addItem(name, name)
        self.form = QFormLayout()
        third = self.date if kind == STORIES else self.resource_kind
        self.form_labels = form_rows(self.form, [self.language, self.title, third])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        story = self.kind == STORIES
        self.setWindowTitle(self.tr("New story") if story else self.tr("New resource"))
        labels = [
            self.tr("Language"),
            self.tr("Title"),
            self.tr("Date") if story else self.tr("Kind"),
        ]
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        for index in range(self.resource_kind.count()):
            name = KIND_NAMES[self.resource_kind.itemData(index)]
            self.resource_kind.setItemText(
                index, QCoreApplication.translate("ResourceEditor", name)
            )


class StudioWindow(Retranslating, QMainWindow):
    checked = Signal(int)  # errors found by the last check

    def __init__(
        self,
        folder: ContentFolder,
        profile: StudioProfile,
        language: InterfaceLanguage | None = None,
        *,
        own_language: bool = False,
    ):
        super().__init__()
        self.setObjectName("Studio")
        dark = self.palette().window().color().lightness() < 128  # high contrast: black
        error, warning = ("#FF9E9E", "#FFE14D") if dark else ("#B00020", "#7A4F00")
        self.setStyleSheet(STUDIO_STYLE.replace("ERROR", error).replace("WARNING", warning))
        self.profile = profile
        self.language = language
        self.folder = folder
        self.problems: list[FieldProblem] = []
        self.errors = 0
        self.undo_stack = QUndoStack(self)
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.run_item_check)
        self.dialog: QDialog | None = None
        self.preview = KioskPreview(folder, language, self)

        self._make_actions(own_language)
        self.tabs = QTabWidget()
        self.editors = QStackedWidget()
        self.hint = PlainLabel(
            alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True, objectName="Muted"
        )
        self.problem_list = QListWidget()
        self.problem_list.itemActivated.connect(self._go_to_problem)
        self.problem_summary = PlainLabel(wordWrap=True)
        self.problem_summary.setObjectName("SectionTitle")
        bottom = QWidget()
        bottom_column = QVBoxLayout(bottom)
        bottom_column.setContentsMargins(8, 4, 8, 4)
        bottom_column.addWidget(self.problem_summary)
        bottom_column.addWidget(self.problem_list, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.editors)
        right.addWidget(bottom)
        right.setStretchFactor(0, 5)
        right.setStretchFactor(1, 1)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(self.tabs)
        main.addWidget(right)
        main.setStretchFactor(0, 2)
        main.setStretchFactor(1, 5)
        self._splitters = (main, right)
        self.setCentralWidget(main)
        self.set_folder(folder)
        self.resize(1366, 860)

    # -- actions ----------------------------------------------------------------------
    def _make_actions(self, own_language: bool) -> None:
        def action(slot, shortcut=None) -> QAction:
            made = QAction(self)
            made.triggered.connect(slot)
            if shortcut is not None:
                made.setShortcut(shortcut)
            return made

        self.open_action = action(self.ask_open_folder, QKeySequence.StandardKey.Open)
        self.new_story_action = action(lambda: self.ask_new(STORIES), QKeySequence.StandardKey.New)
        self.new_resource_action = action(lambda: self.ask_new(RESOURCES))
        self.duplicate_action = action(self.duplicate_current)
        self.delete_action = action(self.delete_current, QKeySequence.StandardKey.Delete)
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.preview_action = action(self.ask_preview)
        self.check_action = action(self.reload_from_disk, QKeySequence.StandardKey.Refresh)
        self.publish_action = action(self.ask_publish)
        self.key_action = action(self.show_key)
        self.close_action = action(self.close, QKeySequence.StandardKey.Close)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("StudioToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.toolbar.addActions([self.new_story_action, self.new_resource_action])
        self.toolbar.addActions([self.duplicate_action, self.delete_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.undo_action, self.redo_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.preview_action, self.publish_action])
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.open_action, self.publish_action, self.key_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions(
            [
                self.new_story_action,
                self.new_resource_action,
                self.duplicate_action,
                self.delete_action,
            ]
        )
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([self.check_action, self.preview_action])
        self.language_menu = None
        if own_language and self.language is not None:
            self.language_menu = bar.addMenu("")
            group = QActionGroup(self)
            for language in self.folder.languages():
                choice = QAction(language.name, self, checkable=True)
                choice.setChecked(language.code == (self.language.code or "en"))
                choice.triggered.connect(
                    lambda _=False, code=language.code: self.language.switch(code)
                )
                group.addAction(choice)
                self.language_menu.addAction(choice)

    # -- the folder -------------------------------------------------------------------------
    def set_folder(self, folder: ContentFolder) -> None:
        self.folder = folder
        self.preview.folder = folder
        self.profile.last_folder = folder.root
        self._signature = (0, 0)  # set by run_check below
        self.undo_stack.clear()
        codes = [language.code for language in folder.languages()]
        self.tabs.clear()
        self.story_list = ItemList(codes, reorderable=False)
        self.resource_list = ItemList(codes, reorderable=True)
        self.story_list.current_changed.connect(self.show_story)
        self.resource_list.current_changed.connect(self.show_resource)
        self.resource_list.reordered.connect(self._reorder)
        self.tabs.addTab(self.story_list, "")
        self.tabs.addTab(self.resource_list, "")
        self.tabs.currentChanged.connect(self._on_tab)
        while self.editors.count():
            widget = self.editors.widget(0)
            self.editors.removeWidget(widget)
            widget.deleteLater()
        self.story_editor = StoryEditor(folder, self.profile)
        self.resource_editor = ResourceEditor(folder, self.profile)
        for editor in (self.story_editor, self.resource_editor):
            editor.edited.connect(self._check_timer.start)  # -> run_item_check
            editor.error.connect(self.show_error)
            editor.remove_version_requested.connect(self.remove_version)
        self.editors.addWidget(self.hint)
        self.editors.addWidget(self.story_editor)
        self.editors.addWidget(self.resource_editor)
        self.editors.setCurrentWidget(self.hint)
        self.run_check()
        if hasattr(self, "tabs") and hasattr(self, "close_action"):
            self.retranslate()

    def ask_open_folder(self) -> None:
        self.dialog = QFileDialog(self, self.tr("Open a content folder"), str(self.folder.root))
        self.dialog.setFileMode(QFileDialog.FileMode.Directory)
        self.dialog.fileSelected.connect(lambda name: self.open_folder(Path(name)))
        self.dialog.open()

    def open_folder(self, path: Path) -> bool:
        self.flush()
        try:
            folder = ContentFolder(path)
        except EditError as error:
            self.show_error(str(error))
            return False
        self.set_folder(folder)
        return True

    def flush(self) -> None:
        """Write what is being typed now."""
        self.story_editor.flush()
        self.resource_editor.flush()

    # -- lists and editors -------------------------------------------------------------------
    def _problem_counts(self) -> dict[tuple[str, str], int]:
        counts: dict[tuple[str, str], int] = {}
        for found in self.problems:
            if found.problem.severity == "error":
                counts[found.kind, found.name] = counts.get((found.kind, found.name), 0) + 1
        return counts

    def _row(self, kind: str, record, problems: int) -> Row:
        order = [interface_language(), "en"]
        if kind == STORIES:
            name, detail = record.slug, record.date.isoformat() if record.date else ""
        else:
            name, detail = record.id, kind_name(record.data.get("kind"))
        titles = " ".join([name, *(t.title for t in record.texts.values())])
        return Row(name, record.title(order), detail, frozenset(record.texts), titles, problems)

    def _rows(self) -> tuple[list[Row], list[Row]]:
        counts = self._problem_counts()
        stories = [
            self._row(STORIES, r, counts.get((STORIES, r.slug), 0)) for r in self.folder.stories()
        ]
        resources = [
            self._row(RESOURCES, r, counts.get((RESOURCES, r.id), 0))
            for r in self.folder.resources()
        ]
        return stories, resources

    def _refresh_row(self, kind: str, name: str) -> None:
        """After an edit of one item: its row only (a folder can hold thousands of stories)."""
        if not (self.folder.root / kind / name).is_dir():
            return
        record = self.folder.story(name) if kind == STORIES else self.folder.resource(name)
        row = self._row(kind, record, self._problem_counts().get((kind, name), 0))
        (self.story_list if kind == STORIES else self.resource_list).update_row(row)

    def _refresh_lists(self) -> None:
        stories, resources = self._rows()
        self.story_list.set_rows(stories)
        self.resource_list.set_rows(resources)

    def show_story(self, slug: str) -> None:
        if not slug:
            return
        self.resource_editor.flush()
        if slug != self.story_editor.slug or self.editors.currentWidget() is not self.story_editor:
            self.story_editor.load(slug)
        self.editors.setCurrentWidget(self.story_editor)
        self.story_editor.show_problems(self.problems)
        self._update_actions()

    def show_resource(self, resource_id: str) -> None:
        if not resource_id:
            return
        self.story_editor.flush()
        self.resource_editor.load(resource_id)
        self.editors.setCurrentWidget(self.resource_editor)
        self.resource_editor.show_problems(self.problems)
        self._update_actions()

    def _on_tab(self, index: int) -> None:
        current = self.tabs.widget(index)
        if current is self.story_list and self.story_list.current():
            self.show_story(self.story_list.current())
        elif current is self.resource_list and self.resource_list.current():
            self.show_resource(self.resource_list.current())
        else:
            self.editors.setCurrentWidget(self.hint)
        self._update_actions()

    def current_item(self) -> tuple[str, str]:
        if self.editors.currentWidget() is self.story_editor:
            return STORIES, self.story_editor.slug
        if self.editors.currentWidget() is self.resource_editor:
            return RESOURCES, self.resource_editor.resource_id
        return "", ""

    def select(self, kind: str, name: str) -> None:
        if kind == STORIES:
            self.tabs.setCurrentWidget(self.story_list)
            self.story_list.select(name)
            self.show_story(name)
        else:
            self.tabs.setCurrentWidget(self.resource_list)
            self.resource_list.select(name)
            self.show_resource(name)

    # -- undoable changes ---------------------------------------------------------------------
    def ask_new(self, kind: str) -> NewItemDialog:
        self.dialog = NewItemDialog(self.folder, kind, self)
        self.dialog.accepted.connect(lambda: self._create(self.dialog))
        self.dialog.open()
        return self.dialog

    def _create(self, dialog: NewItemDialog) -> None:
        self.flush()
        lang, title = dialog.language.currentData(), dialog.title.text()
        if dialog.kind == STORIES:
            date = dialog.date.date()
            name = self.folder.add_story(
                dt.date(date.year(), date.month(), date.day()), lang, title
            )
        else:
            name = self.folder.add_resource(dialog.resource_kind.currentData(), lang, title)
        after = self.folder.snapshot(dialog.kind, name)
        before = Snapshot(after.folder, {}, exists=False)
        self.undo_stack.push(
            FolderChange(self, self.tr("add %1").replace("%1", title), before, after)
        )

    def duplicate_current(self) -> None:
        kind, name = self.current_item()
        if not name:
            return
        self.flush()
        copy = self.folder.duplicate(kind, name)
        after = self.folder.snapshot(kind, copy)
        before = Snapshot(after.folder, {}, exists=False)
        self.undo_stack.push(
            FolderChange(self, self.tr("duplicate %1").replace("%1", name), before, after)
        )

    def delete_current(self) -> None:
        kind, name = self.current_item()
        if not name:
            return
        self.flush()
        before = self.folder.snapshot(kind, name)
        after = Snapshot(before.folder, {}, exists=False)
        self.undo_stack.push(
            FolderChange(self, self.tr("delete %1").replace("%1", name), before, after)
        )

    def remove_version(self, name: str, lang: str) -> None:
        kind, _current = self.current_item()
        self.flush()
        before = self.folder.snapshot(kind, name)
        self.folder.remove_text(kind, name, lang)
        after = self.folder.snapshot(kind, name)
        self.undo_stack.push(
            FolderChange(self, self.tr("delete the %1 version").replace("%1", lang), before, after)
        )

    def after_undoable(self, state: Snapshot) -> None:
        """Show the folder after an undoable change: the item if it exists, lists, problems."""
        kind = state.folder.parent.name
        name = state.folder.name
        self._refresh_lists()
        if state.exists:
            self.select(kind, name)
            editor = self.story_editor if kind == STORIES else self.resource_editor
            editor.load(name)
        else:
            self.editors.setCurrentWidget(self.hint)
        self.run_check()  # a change that can concern other items
        self._update_actions()

    def _reorder(self, ids: list[str]) -> None:
        self.flush()
        before = {rid: self.folder.snapshot(RESOURCES, rid) for rid in ids}
        self.folder.reorder_resources(ids)
        self._refresh_lists()
        self.run_check()  # a change that can concern other items
        changed = [rid for rid in ids if self.folder.snapshot(RESOURCES, rid) != before[rid]]
        if changed:
            self.status(self.tr("New order saved."))

    # -- checking ------------------------------------------------------------------------------
    def run_check(self) -> int:
        """The checks of `kiosk content check` on the whole folder. Returns the errors found."""
        self._check_timer.stop()
        _tree, log = self.folder.check()
        self.problems = [field_of(problem, self.folder.root) for problem in log.problems]
        self._signature = self.folder.signature()
        return self._show_problems()

    def run_item_check(self) -> int:
        """The same checks for the story or resource being edited (as its owner types)."""
        self._check_timer.stop()
        kind, name = self.current_item()
        if not name:
            return self.run_check()
        log = self.folder.check_item(kind, name)
        fresh = [field_of(problem, self.folder.root) for problem in log.problems]
        others = [p for p in self.problems if (p.kind, p.name) != (kind, name)]
        self.problems = others + fresh
        if self._signature[0] <= AUTO_RELOAD_FILES:  # our own change: not one to reload
            self._signature = self.folder.signature()
        return self._show_problems(only=(kind, name))

    def _show_problems(self, only: tuple[str, str] | None = None) -> int:
        """Problems beside their fields, in the list below, on the lists' rows; publish state."""
        self.errors = sum(p.problem.severity == "error" for p in self.problems)
        self.story_editor.show_problems(self.problems)
        self.resource_editor.show_problems(self.problems)
        self.problem_list.clear()
        dark = self.palette().window().color().lightness() < 128
        error_color = "#FF9E9E" if dark else "#B00020"
        for found in sorted(self.problems, key=lambda p: (p.problem.severity, p.where)):
            item = QListWidgetItem(f"{found.where}: {found.problem.message}")
            item.setData(Qt.ItemDataRole.UserRole, (found.kind, found.name))
            if found.problem.severity == "error":
                item.setForeground(QColor(error_color))
            self.problem_list.addItem(item)
        if only is None:
            self._refresh_lists()
        else:
            self._refresh_row(*only)
        self._update_summary()
        self._update_actions()
        self.checked.emit(self.errors)
        return self.errors

    def _update_summary(self) -> None:
        warnings = len(self.problems) - self.errors
        if self.errors:
            text = self.tr("Problems to fix before publishing: %1").replace("%1", str(self.errors))
        else:
            text = self.tr("No problems: ready to publish")
        if warnings:
            text += " · " + self.tr("Warnings: %1").replace("%1", str(warnings))
        self.problem_summary.setText(text)

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        kind, name = item.data(Qt.ItemDataRole.UserRole)
        if kind and name and (self.folder.root / kind / name).is_dir():
            self.select(kind, name)

    def _update_actions(self) -> None:
        _kind, name = self.current_item()
        self.duplicate_action.setEnabled(bool(name))
        self.delete_action.setEnabled(bool(name))
        self.publish_action.setEnabled(self.errors == 0)
        self.publish_action.setToolTip(
            "" if self.errors == 0 else self.tr("Fix the problems listed below first")
        )

    # -- preview, publish, key -----------------------------------------------------------------
    def ask_preview(self) -> PreviewDialog:
        self.flush()
        self.dialog = PreviewDialog(self.folder, self)
        index = self.dialog.language.findData(self._preview_language())
        self.dialog.language.setCurrentIndex(max(index, 0))
        self.dialog.accepted.connect(lambda: self.open_preview(*self.dialog.choice()))
        self.dialog.open()
        return self.dialog

    def _preview_language(self) -> str:
        if self.editors.currentWidget() is self.story_editor:
            return self.story_editor.target_pane.lang
        return interface_language()

    def open_preview(self, lang: str, size: tuple[int, int], mode: str = "kiosk"):
        self.flush()
        try:
            window = self.preview.open(lang, size, mode)
        except ContentError as error:
            self.show_error(self.tr("The preview needs content without problems:") + f"\n{error}")
            return None
        kind, name = self.current_item()
        if kind == STORIES and name and window.store.story(name, lang) is not None:
            window.open_story(name)
        return window

    def ask_publish(self) -> PublishDialog | None:
        self.flush()
        if self.run_check():
            self.show_error(self.tr("Fix the problems listed below first"))
            return None
        self.dialog = PublishDialog(self.folder.root, self.folder.media_root, self.profile, self)
        self.dialog.published.connect(
            lambda path: self.status(self.tr("Published %1").replace("%1", str(path)))
        )
        self.dialog.open()
        return self.dialog

    def show_key(self) -> QDialog:
        self.dialog = QDialog(self)
        self.dialog.setObjectName("StudioPublish")
        self.dialog.setWindowTitle(self.tr("Signing key"))
        box = KeyBox(self.profile, self.dialog)
        box.refresh()
        layout = QVBoxLayout(self.dialog)
        layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.dialog.reject)
        layout.addWidget(buttons)
        self.dialog.resize(640, 240)
        self.dialog.key_box = box
        self.dialog.open()
        return self.dialog

    # -- messages and wording ---------------------------------------------------------------------
    def show_error(self, text: str) -> None:
        self.status(text, 15000)

    def status(self, text: str, timeout: int = 8000) -> None:
        self.statusBar().showMessage(text.replace("\n", " "), timeout)

    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("Content studio — %1").replace("%1", str(self.folder.root)))

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.WindowActivate and hasattr(self, "_signature"):
            self.reload_if_changed()
        return super().event(event)

    def reload_if_changed(self) -> bool:
        """Back from a text editor (or git): show what changed on disk, and check it.

        Large folders (thousands of files) are only re-read with View > Check everything
        again: looking at every file's date takes a noticeable moment there.
        """
        if self._signature[0] > AUTO_RELOAD_FILES:
            return False
        self.flush()
        if self.folder.signature() == self._signature:
            return False
        self.reload_from_disk()
        return True

    def reload_from_disk(self) -> None:
        """Lists, the item being edited (unless typing is pending) and the whole check."""
        self.flush()
        kind, name = self.current_item()
        self._refresh_lists()
        if name and (self.folder.root / kind / name).is_dir():
            (self.story_editor if kind == STORIES else self.resource_editor).load(name)
        elif name:
            self.editors.setCurrentWidget(self.hint)
        self.run_check()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._splitters:  # first show: the list a third of the width, problems below
            main, right = self._splitters
            self._splitters = ()
            main.setSizes([max(300, self.width() // 4), self.width() - max(300, self.width() // 4)])
            right.setSizes([self.height() - 150, 110])

    def closeEvent(self, event) -> None:
        self.flush()
        self.preview.close()
        if self.dialog is not None:
            self.dialog.close()
        super().closeEvent(event)

    def retranslate(self) -> None:
        self._update_title()
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        if self.language_menu is not None:
            self.language_menu.setTitle(self.tr("&Language"))
        self.open_action.setText(self.tr("Open a content folder…"))
        self.new_story_action.setText(self.tr("New story"))
        self.new_resource_action.setText(self.tr("New resource"))
        self.duplicate_action.setText(self.tr("Duplicate"))
        self.delete_action.setText(self.tr("Delete"))
        self.preview_action.setText(self.tr("Preview in the kiosk…"))
        self.check_action.setText(self.tr("Check everything again"))
        self.publish_action.setText(self.tr("Publish…"))
        self.key_action.setText(self.tr("Signing key…"))
        self.close_action.setText(self.tr("Close the studio"))
        self.tabs.setTabText(0, self.tr("Stories"))
        self.tabs.setTabText(1, self.tr("Resources"))
        self.hint.setText(
            self.tr(
                "Choose a story or a resource on the left, or make a new one. Every change is "
                "saved at once in the content folder and checked as you type."
            )
        )
        self._update_summary()
