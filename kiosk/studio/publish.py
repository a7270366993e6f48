"""Publishing: a signed `.kpack` built in the background, and the staff member's signing key.

The same API and refusal rules as `kiosk pack build`: nothing is written while the
content check finds an error, and the pack is signed with the key in the profile
(created on first use; its public key goes into each kiosk's `trusted_keys`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QThread, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.problems import ContentError
from kiosk.core.durable import write_atomic
from kiosk.packs.errors import PackError
from kiosk.packs.found import removable_folders
from kiosk.studio.fields import Retranslating, form_rows, human_size
from kiosk.studio.profile import StudioProfile
from kiosk.ui.plain_text import PlainLabel


def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def default_version() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%d.%H%M%S")


class _BuildWorker(QObject):
    progress = Signal(int, int)
    finished = Signal(object, str)  # BuiltPack or None, error text

    def __init__(self, src: Path, media_root: Path, out: Path, key: Path, version: str):
        super().__init__()
        self.args = (src, media_root, out, key, version)

    def run(self) -> None:
        from kiosk.packs.builder import build_pack

        src, media_root, out, key, version = self.args
        try:
            built = build_pack(
                src,
                out,
                key,
                version=version,
                media_root=media_root,
                progress=lambda _stage, done, total: self.progress.emit(done, total),
            )
        except ContentError as error:
            self.finished.emit(None, "\n".join(str(p) for p in error.problems))
            return
        except (PackError, OSError) as error:
            self.finished.emit(None, str(error))
            return
        self.finished.emit(built, "")


class KeyBox(Retranslating, QWidget):
    """The public key to copy into the kiosks' settings, with export and import."""

    changed = Signal()

    def __init__(self, profile: StudioProfile, parent=None):
        super().__init__(parent)
        self.profile = profile
        self.explain = PlainLabel(wordWrap=True)
        self.public = QLineEdit(readOnly=True)
        self.public.setObjectName("StudioPublicKey")
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self._ask_export)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self._ask_import)
        self.message = PlainLabel(wordWrap=True, objectName="Muted")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        row.addWidget(self.public, 1)
        row.addWidget(self.copy_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explain)
        layout.addLayout(row)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._dialog: QFileDialog | None = None
        self.retranslate()

    def refresh(self) -> None:
        has_key = self.profile.has_key()
        try:
            self.public.setText(self.profile.public_key() if has_key else "")
        except PackError as error:
            self.public.setText("")
            self.message.setText(str(error))
        self.copy_button.setEnabled(has_key)
        self.export_button.setEnabled(has_key)
        self.public.setVisible(has_key)
        self.copy_button.setVisible(has_key)
        self._explain()

    def _explain(self) -> None:
        if self.profile.has_key():
            self.explain.setText(
                self.tr(
                    "Packs are signed with your key. A kiosk accepts them once this public "
                    "key is in its settings (trusted_keys):"
                )
            )
        else:
            self.explain.setText(
                self.tr(
                    "You have no signing key yet: one is made for you when you publish the "
                    "first time. If you already have one on another computer, import it."
                )
            )

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.public.text())
        self.message.setText(self.tr("Public key copied."))

    def export_to(self, target: Path) -> None:
        try:
            self.profile.export_key(target)
        except (PackError, OSError) as error:
            self.message.setText(str(error))
            return
        self.message.setText(
            self.tr("Key saved to %1. Keep it secret: whoever has it can sign packs.").replace(
                "%1", str(target)
            )
        )

    def import_from(self, source: Path) -> None:
        try:
            self.profile.import_key(source)
        except (PackError, OSError) as error:
            self.message.setText(str(error))
            return
        self.message.setText(self.tr("Key imported: packs are now signed with it."))
        self.refresh()
        self.changed.emit()

    def _ask_export(self) -> None:
        self._dialog = QFileDialog(self, self.tr("Export the signing key"), str(Path.home()))
        self._dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self._dialog.selectFile("kiosk-signing.key")
        self._dialog.fileSelected.connect(lambda name: self.export_to(Path(name)))
        self._dialog.open()

    def _ask_import(self) -> None:
        self._dialog = QFileDialog(self, self.tr("Import a signing key"), str(Path.home()))
        self._dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        self._dialog.fileSelected.connect(lambda name: self.import_from(Path(name)))
        self._dialog.open()

    def retranslate(self) -> None:
        self.copy_button.setText(self.tr("Copy"))
        self.export_button.setText(self.tr("Export the key…"))
        self.import_button.setText(self.tr("Import a key…"))
        self.public.setAccessibleName(self.tr("Public key"))
        self._explain()


class PublishDialog(Retranslating, QDialog):
    """Version, notes, destination (a folder or a USB stick), progress, result."""

    published = Signal(Path)

    def __init__(self, src: Path, media_root: Path, profile: StudioProfile, parent=None):
        super().__init__(parent)
        self.setObjectName("StudioPublish")
        self.src, self.media_root, self.profile = src, media_root, profile
        self.version = QLineEdit(default_version())
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(90)
        # Documents, then any USB stick or other removable medium that is plugged in.
        self.destination = QComboBox(editable=True)
        for folder in [_documents(), *removable_folders()]:
            self.destination.addItem(str(folder))
        self.destination.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self._choose)
        self.key_box = KeyBox(profile)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.result = PlainLabel(wordWrap=True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.publish_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.publish_button.setObjectName("PrimaryButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.publish_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)

        self.form = QFormLayout()
        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(self.choose_button)
        self.form_labels = form_rows(self.form, [self.version, self.notes, where])
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.key_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        self.thread: QThread | None = None
        self.worker: _BuildWorker | None = None
        self.built_path: Path | None = None
        self._dialog: QFileDialog | None = None
        self.key_box.refresh()
        self.retranslate()
        self.resize(720, 520)

    def folder(self) -> Path:
        return Path(self.destination.currentText().strip() or ".").expanduser()

    def output_path(self) -> Path:
        return self.folder() / f"content-{self.version.text().strip()}.kpack"

    def start(self) -> None:
        """Create the key on first use, then build the pack in a background thread."""
        if self.thread is not None:
            return
        folder = self.folder()
        if not folder.is_dir():
            self._fail(self.tr("The folder %1 does not exist.").replace("%1", str(folder)))
            return
        try:
            self.profile.ensure_key()
        except (PackError, OSError) as error:
            self._fail(str(error))
            return
        self.key_box.refresh()
        self.result.setText(self.tr("Publishing…"))
        self.result.setProperty("severity", "")
        self.publish_button.setEnabled(False)
        self.thread = QThread(self)
        self.worker = _BuildWorker(
            self.src,
            self.media_root,
            self.output_path(),
            self.profile.key_path,
            self.version.text().strip(),
        )
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.thread.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / total) if total else 100)

    def _on_finished(self, built, error: str) -> None:
        self.thread.quit()
        self.thread.wait()
        self.thread = self.worker = None
        self.publish_button.setEnabled(True)
        if built is None:
            self._fail(self.tr("No pack was written:") + "\n" + error)
            return
        notes = self.notes.toPlainText().strip()
        m = built.manifest
        summary = "\n".join(
            [
                f"{m.pack_id} {m.version}",
                f"created {m.created}, {len(m.files)} files, {m.total_bytes:,} bytes",
                f"signed by {self.profile.public_key()}",
                "",
                notes,
            ]
        )
        write_atomic(Path(f"{built.path}.txt"), (summary.rstrip() + "\n").encode("utf-8"))
        self.built_path = built.path
        self.progress.setValue(100)
        self.result.setText(
            self.tr("Published %1 (%2). Copy it to the kiosks' watched folder or install it there.")
            .replace("%1", str(built.path))
            .replace("%2", human_size(built.path.stat().st_size))
        )
        self.published.emit(built.path)

    def done(self, result: int) -> None:
        if self.thread is not None:  # closed while building: let the build finish first
            self.thread.quit()
            self.thread.wait()
        super().done(result)

    def _fail(self, text: str) -> None:
        self.result.setText(text)
        self.result.setProperty("severity", "error")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)

    def _choose(self) -> None:
        self._dialog = QFileDialog(self, self.tr("Where to save the pack"), str(self.folder()))
        self._dialog.setFileMode(QFileDialog.FileMode.Directory)
        self._dialog.fileSelected.connect(self.destination.setCurrentText)
        self._dialog.open()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Publish a content pack"))
        labels = [self.tr("Version"), self.tr("Notes"), self.tr("Save in")]
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.notes.setPlaceholderText(self.tr("What changed, for the people who install it"))
        self.choose_button.setText(self.tr("Choose…"))
        self.publish_button.setText(self.tr("Publish"))
