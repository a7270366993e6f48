"""The admin panel's Content section: the content version shown, install a pack, roll back.

"Install a pack…" opens a touch list of the `.kpack` files in the watch folder and on
removable media (kiosk/packs/found.py), each with its version, date and whether a
trusted key signed it; a tap installs it. Desktop mode also offers Qt's file dialog
("Choose a file…"), opened with open(), never exec(). Installs run in a background
thread (kiosk/ui/screens/pack_install_job.py) behind a non-blocking progress dialog. After a
successful install or rollback the section emits `content_changed`: the window must
reopen its store.

An install outlives the panel (a quick exit closes it). The PackInstallJob is the one
owner of the install's state (step, percent, outcome); the section only shows it.
`install_started(job)` lets the kiosk keep the job (kiosk/operation.py holds the idle reset
while staff install), and a panel opened again `follow`s it: the progress of a running
install (instead of offering a second one), or how the last one ended until staff close
the panel.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.config import Settings
from kiosk.packs.errors import PackError
from kiosk.packs.found import PackFile, find_packs, pack_folders
from kiosk.packs.installed_versions import InstalledPack, list_installed, rollback
from kiosk.packs.manifest import Manifest
from kiosk.packs.reader import Trust
from kiosk.ui.plain_text import PlainLabel
from kiosk.ui.screens.pack_install_job import INSTALLED, PackInstallJob
from kiosk.ui.widgets.chooser import TouchListSheet
from kiosk.ui.widgets.flow_box import FlowBox

log = logging.getLogger(__name__)


class ContentSection(QFrame):
    """Shows which content is active and lets staff install or roll back a pack."""

    content_changed = Signal()  # a pack was installed or rolled back: reopen the store
    install_started = Signal(object)  # the PackInstallJob, just started

    def __init__(
        self,
        settings: Settings,
        data_dir: Path | None,
        parent: QWidget | None = None,
        *,
        file_dialog: bool = False,
        media_folders: list[Path] | None = None,
    ):
        """`file_dialog`: also offer Qt's file dialog (desktop mode). `media_folders`:
        where removable media are (None: the system's mount points or drive letters)."""
        super().__init__(parent)
        self.setObjectName("AdminBox")
        self._settings = settings
        self._data_dir = Path(data_dir) if data_dir is not None else None
        self._offer_file_dialog = file_dialog
        self._media_folders = media_folders
        self._found: list[PackFile] = []
        self.pack_sheet: TouchListSheet | None = None
        self._dialog: QFileDialog | None = None
        self._progress: QProgressDialog | None = None
        self._in_set_value = False  # inside the progress dialog's setValue (see _show_progress)
        self._job: PackInstallJob | None = None  # the install shown: running or ended
        self._rollback: tuple[str, str] | None = None  # (kind, detail) of a rollback here

        self.title = PlainLabel(objectName="AdminSection")
        self.version = PlainLabel(objectName="AdminFigureLabel")
        self.version.setWordWrap(True)
        self.install_button = QPushButton()
        self.install_button.clicked.connect(self.choose_pack)
        self.rollback_button = QPushButton()
        self.rollback_button.clicked.connect(self.roll_back)
        self.message = PlainLabel(objectName="AdminStatus")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        buttons = FlowBox(spacing=12)  # side by side, or one under the other when narrow
        buttons.add_widget(self.install_button)
        buttons.add_widget(self.rollback_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.version)
        layout.addWidget(buttons)
        layout.addWidget(self.message)
        self.retranslate()

    # --- state ------------------------------------------------------------------------

    def active_pack(self) -> InstalledPack | None:
        if self._data_dir is None:
            return None
        try:
            packs = list_installed(self._data_dir)
        except OSError as error:
            log.warning("cannot list the installed content packs: %s", error)
            return None
        return next((pack for pack in packs if pack.active and pack.usable), None)

    def _version_text(self) -> str:
        active = self.active_pack()
        manifest: Manifest | None = active.manifest if active else None
        if manifest is None:
            return self.tr("Content: bundled content")
        created = manifest.created[:10]  # ISO date: the same in every language
        return (
            self.tr("Content: pack %1, version %2, created %3")
            .replace("%1", f"\u2068{manifest.pack_id}\u2069")
            .replace("%2", f"\u2068{manifest.version}\u2069")
            .replace("%3", created)
        )

    def refresh(self) -> None:
        busy = self.is_busy()
        self.version.setText(self._version_text())
        self.install_button.setEnabled(self._data_dir is not None and not busy)
        self.rollback_button.setEnabled(self.active_pack() is not None and not busy)

    # --- install ------------------------------------------------------------------------

    def choose_pack(self) -> None:
        """Show the packs found in the watch folder and on removable media; a tap installs."""
        if self.pack_sheet is not None or self.is_busy():
            return
        trust = Trust(self._settings.trusted_keys, self._settings.allow_unsigned_packs)
        folders = pack_folders(self._settings.watch_folder, self._media_folders)
        self._found = find_packs(folders, trust)
        options = [(str(index), self._pack_row(pack)) for index, pack in enumerate(self._found)]
        actions = [(self.tr("Look again"), self.choose_pack)]
        if self._offer_file_dialog:
            actions.append((self.tr("Choose a file…"), self.choose_pack_file))
        actions.append((self.tr("Cancel"), lambda: None))
        message = "" if self._found else self._nothing_found_text(folders)
        sheet = TouchListSheet(
            self.window(),
            self.tr("Install a content pack"),
            options,
            message=message,
            actions=actions,
            minimum_width=640,
        )
        sheet.chosen.connect(lambda code: self.install(self._found[int(code)].path))
        sheet.closed.connect(self._pack_sheet_closed)
        self.pack_sheet = sheet
        sheet.open()

    def _pack_sheet_closed(self) -> None:
        self.pack_sheet = None

    def found_packs(self) -> list[PackFile]:
        """The packs the list shows (the last time it was opened)."""
        return list(self._found)

    def _pack_row(self, pack: PackFile) -> str:
        """Two lines: what the pack is, then where it is and whether it can be trusted."""
        name = f"\u2068{pack.path.name}\u2069"
        if pack.version:
            what = (
                self.tr("%1, version %2, created %3")
                .replace("%1", f"\u2068{pack.pack_id}\u2069")
                .replace("%2", f"\u2068{pack.version}\u2069")
                .replace("%3", pack.date)
            )
        else:
            what = self.tr("Not a readable content pack (file of %1)").replace("%1", pack.date)
        if pack.trusted:
            trust = self.tr("signed by a trusted key")
        elif pack.version and not pack.problem:
            trust = self.tr("not signed by a trusted key; allowed by the settings")
        elif pack.version:
            trust = self.tr("not signed by a trusted key: it will be refused")
        else:
            trust = self.tr("it will be refused")
        folder = f"\u2068{pack.path.parent}\u2069"
        return f"{name} — {what}\n{folder} · {trust}"

    def _nothing_found_text(self, folders: list[Path]) -> str:
        places = ", ".join(f"\u2068{folder}\u2069" for folder in folders)
        return self.tr(
            "No content pack (.kpack file) was found. Put one in the watch folder or on a "
            "USB stick, insert it, then tap Look again. Looked in: %1"
        ).replace("%1", places or self.tr("(no watch folder set, no removable media)"))

    def choose_pack_file(self) -> None:
        """Desktop mode: ask for a .kpack file without blocking (fileSelected installs)."""
        dialog = QFileDialog(self, self.tr("Install a content pack"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setNameFilter(self.tr("Content packs (*.kpack)"))
        if self._settings.watch_folder is not None and self._settings.watch_folder.is_dir():
            dialog.setDirectory(str(self._settings.watch_folder))
        dialog.fileSelected.connect(lambda name: self.install(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()

    @property
    def file_dialog(self) -> QFileDialog | None:
        return self._dialog

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        return self._progress

    def install(self, pack: Path) -> None:
        """Install `pack` in the background behind a progress dialog."""
        if self._data_dir is None or self.is_busy():
            return
        trust = Trust(self._settings.trusted_keys, self._settings.allow_unsigned_packs)
        job = PackInstallJob(pack, self._data_dir, trust)
        job.start()
        self.follow(job)
        self.install_started.emit(job)

    def follow(self, job: PackInstallJob) -> None:
        """Show `job` (started here, or by a panel closed since): its progress while it
        runs, then how it ended."""
        if self._job is not None:
            self._job.changed.disconnect(self._job_changed)
        self._job, self._rollback = job, None
        job.changed.connect(self._job_changed)
        self._job_changed()

    def _job_changed(self) -> None:
        job = self._job
        if job.running:
            if self._progress is None:
                self._open_progress()
                self._show_message()  # none while it runs
                self.refresh()
            else:
                self._show_progress()
            return
        ended_here = self._progress is not None  # else it ended before this panel opened
        self._close_progress()
        self._show_message()
        self.refresh()
        if ended_here and job.outcome is not None and job.outcome[0] == INSTALLED:
            self.content_changed.emit()

    def _open_progress(self) -> None:
        """The progress dialog, at the step and percent the install has reached."""
        progress = QProgressDialog(self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setCancelButton(None)  # an install is atomic: it finishes or changes nothing
        progress.setRange(0, 100)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(self._job.percent)  # before open(): no events processed in it
        self._progress = progress
        self._update_progress_text()
        progress.open()

    def _show_progress(self) -> None:
        progress = self._progress
        # A modal progress dialog processes events inside setValue: the job's end can
        # arrive there and close the dialog. It is deleted after setValue has returned
        # (deleted within it, the kiosk crashed after installing a pack).
        outer, self._in_set_value = self._in_set_value, True
        try:
            progress.setValue(self._job.percent)
        finally:
            self._in_set_value = outer  # still inside it when this call was nested in it
        if self._progress is progress:
            self._update_progress_text()
        else:
            progress.deleteLater()

    def _close_progress(self) -> None:
        progress, self._progress = self._progress, None
        if progress is not None:
            progress.close()
            if not self._in_set_value:  # else deleted once setValue has returned
                progress.deleteLater()

    def is_busy(self) -> bool:
        """An install is running (started here or followed)."""
        return self._job is not None and self._job.running

    # --- rollback -------------------------------------------------------------------------

    def roll_back(self) -> None:
        if self._data_dir is None or self.is_busy():
            return
        try:
            rollback(self._data_dir)
        except (PackError, OSError) as error:
            self._rolled_back("rollback_failed", str(error))
            return
        self._rolled_back("rolled_back", "")
        self.content_changed.emit()

    def _rolled_back(self, kind: str, detail: str) -> None:
        self._rollback = (kind, detail)
        if self._job is not None:
            self._job.dismiss()  # the last install's outcome is seen, and may be undone
        self._show_message()
        self.refresh()

    # --- text -------------------------------------------------------------------------------

    def _show_message(self) -> None:
        """How the last install or rollback ended (nothing while an install runs)."""
        job = self._job
        kind, detail = (job.outcome if job is not None else None) or self._rollback or ("", "")
        isolated = f"\u2068{detail}\u2069"  # English details and names keep their order in RTL
        texts = {
            "installed": self.tr("Pack %1 installed; the kiosk now shows it."),
            "refused": self.tr("The pack was refused; the content is unchanged:\n%1"),
            "rolled_back": self.tr("Rolled back to the previous content."),
            "rollback_failed": self.tr("Could not roll back:\n%1"),
        }
        self.message.setText(texts[kind].replace("%1", isolated) if kind in texts else "")
        self.message.setObjectName(
            "AdminWarnings" if kind.endswith(("refused", "failed")) else "AdminStatus"
        )
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def _update_progress_text(self) -> None:
        if self._progress is None:
            return
        steps = {
            "checking": self.tr("Checking the pack…"),
            "unpacking": self.tr("Unpacking and checking every file…"),
            "building database": self.tr("Building the content database…"),
            "switching": self.tr("Switching to the new content…"),
        }
        self._progress.setWindowTitle(self.tr("Installing a content pack"))
        step = self._job.step if self._job is not None else "checking"
        self._progress.setLabelText(steps.get(step, steps["checking"]))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Content"))
        self.install_button.setText(self.tr("Install a pack…"))
        self.rollback_button.setText(self.tr("Roll back"))
        self._show_message()
        self._update_progress_text()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
