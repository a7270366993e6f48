"""Small form controls of the content studio: problems beside a field, topic chips, file pickers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from kiosk.content.edit import FieldProblem
from kiosk.ui.plain_text import PlainLabel


class Retranslating:
    """Mixin: `retranslate()` runs on every interface language switch."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def form_rows(form: QFormLayout, fields: list) -> list[QLabel]:
    """Add one row per field (a widget or a layout); returns their labels, to translate."""
    labels = []
    for field in fields:
        label = PlainLabel()
        if isinstance(field, QWidget):
            label.setBuddy(field)
        form.addRow(label, field)
        labels.append(label)
    return labels


def human_size(size: int) -> str:
    """1234567 -> "1.2 MB" (decimal units, as file managers show them)."""
    value = float(size)
    for unit in ("bytes", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{size} bytes"


class ProblemLabel(PlainLabel):
    """The problems `kiosk content check` finds in one field, with file:line; hidden when none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("StudioProblem")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems: list[FieldProblem] = []
        self.hide()

    def show_problems(self, problems: list[FieldProblem]) -> None:
        self.problems = list(problems)
        lines = []
        for found in problems:
            prefix = "⚠ " if found.problem.severity == "warning" else "✖ "
            lines.append(f"{prefix}{found.problem.message}\n    {found.where}")
        self.setText("\n".join(lines))
        self.setProperty(
            "severity",
            "error" if any(p.problem.severity == "error" for p in problems) else "warning",
        )
        self.style().unpolish(self)
        self.style().polish(self)
        self.setVisible(bool(problems))


class TopicChips(QWidget):
    """One checkable chip per topic (tag), labelled in the interface language."""

    toggled = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(6)
        self.chips: dict[str, QPushButton] = {}

    def set_topics(self, labels: dict[str, str], chosen: list[str]) -> None:
        for chip in self.chips.values():
            chip.deleteLater()
        self.chips = {}
        keys = list(labels) + [key for key in chosen if key not in labels]
        for index, key in enumerate(keys):
            chip = QPushButton(labels.get(key, key), objectName="StudioChip", checkable=True)
            chip.setChecked(key in chosen)
            chip.toggled.connect(self.toggled)
            self.chips[key] = chip
            self._grid.addWidget(chip, index // 3, index % 3)

    def chosen(self) -> list[str]:
        return [key for key, chip in self.chips.items() if chip.isChecked()]


class MediaPicker(Retranslating, QWidget):
    """A file value: its name and size, "Choose…" (copies the file in) and "Remove"."""

    chosen = Signal(Path)
    removed = Signal()

    def __init__(self, file_filter: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._filter = file_filter
        self.label = PlainLabel(objectName="Muted")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self._choose)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.removed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        self.dialog: QFileDialog | None = None
        self.retranslate()
        self.show_file(None, None)

    def show_file(self, value: str | None, path: Path | None) -> None:
        if not value:
            self.label.setText(self.tr("No file"))
        elif path is not None and path.is_file():
            self.label.setText(f"{value}  ({human_size(path.stat().st_size)})")
        else:
            self.label.setText(self.tr("%1 (file not found)").replace("%1", value))
        self.remove_button.setEnabled(bool(value))

    def _choose(self) -> None:
        """A non-blocking file dialog; the file is copied into the content folder."""
        self.dialog = QFileDialog(self, self.tr("Choose a file"), str(Path.home()), self._filter)
        self.dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.dialog.fileSelected.connect(lambda name: self.chosen.emit(Path(name)))
        self.dialog.open()

    def retranslate(self) -> None:
        self.choose_button.setText(self.tr("Choose…"))
        self.remove_button.setText(self.tr("Remove"))
