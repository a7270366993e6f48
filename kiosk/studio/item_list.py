"""The list of stories or resources: search, sort, one column per language, drag to reorder."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.studio.fields import Retranslating
from kiosk.ui.wording import language_name

NAME_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Row:
    name: str  # slug or id
    title: str
    detail: str  # date (stories) or kind (resources)
    languages: frozenset[str]
    search_text: str  # every title in every language, and the name
    problems: int = 0


class _Tree(QTreeWidget):
    dropped = Signal()

    def dropEvent(self, event) -> None:
        super().dropEvent(event)
        self.dropped.emit()


class ItemList(Retranslating, QWidget):
    current_changed = Signal(str)
    reordered = Signal(list)  # resources: ids in their new order

    def __init__(self, languages: list[str], *, reorderable: bool, parent=None):
        super().__init__(parent)
        self._languages = languages
        self._reorderable = reorderable
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.tree = _Tree()
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setColumnCount(2 + len(languages))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in range(1, 2 + len(languages)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if reorderable:
            self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
            self.tree.dropped.connect(self._on_dropped)
        else:
            self.tree.setSortingEnabled(True)
            self.tree.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # newest first
        self.tree.currentItemChanged.connect(self._on_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        self.retranslate()

    def set_rows(self, rows: list[Row], keep: str | None = None) -> None:
        keep = keep if keep is not None else self.current()
        self.tree.blockSignals(True)
        self.tree.clear()
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if self._reorderable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled  # not a drop target: rows stay top-level
        for row in rows:
            item = QTreeWidgetItem()
            item.setFlags(flags)
            self._fill(item, row)
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        self._filter(self.search.text())
        if keep:
            self.select(keep)

    def update_row(self, row: Row) -> None:
        """Show one item's new title, languages and problems (the others stay as they are)."""
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item.data(0, NAME_ROLE) == row.name:
                self._fill(item, row)
                self._filter(self.search.text())
                return

    def _fill(self, item: QTreeWidgetItem, row: Row) -> None:
        item.setText(0, f"⚠ {row.title}" if row.problems else row.title)
        item.setText(1, row.detail)
        item.setData(0, NAME_ROLE, row.name)
        item.setData(0, SEARCH_ROLE, row.search_text.casefold())
        item.setToolTip(0, row.name)
        if row.problems:
            dark = self.palette().base().color().lightness() < 128
            item.setForeground(0, QBrush(QColor("#FF9E9E" if dark else "#B00020")))
        else:
            item.setData(0, Qt.ItemDataRole.ForegroundRole, None)
        for column, code in enumerate(self._languages, start=2):
            present = code in row.languages
            item.setText(column, "✓" if present else "—")
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
            state = self.tr("present") if present else self.tr("missing")
            item.setToolTip(column, f"{language_name(code)}: {state}")
            item.setData(
                column, Qt.ItemDataRole.AccessibleTextRole, f"{language_name(code)}: {state}"
            )

    def names(self) -> list[str]:
        return [
            self.tree.topLevelItem(i).data(0, NAME_ROLE)
            for i in range(self.tree.topLevelItemCount())
        ]

    def current(self) -> str:
        item = self.tree.currentItem()
        return item.data(0, NAME_ROLE) if item else ""

    def select(self, name: str) -> bool:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item.data(0, NAME_ROLE) == name:
                self.tree.setCurrentItem(item)
                return True
        return False

    def visible_names(self) -> list[str]:
        return [
            self.tree.topLevelItem(i).data(0, NAME_ROLE)
            for i in range(self.tree.topLevelItemCount())
            if not self.tree.topLevelItem(i).isHidden()
        ]

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            haystack = item.data(0, SEARCH_ROLE) or ""
            item.setHidden(not all(word in haystack for word in words))

    def _on_current(self, current, _previous) -> None:
        if current is not None:
            self.current_changed.emit(current.data(0, NAME_ROLE))

    def _on_dropped(self) -> None:
        self.reordered.emit(self.names())

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search titles in every language"))
        detail = self.tr("Kind") if self._reorderable else self.tr("Date")
        self.tree.setHeaderLabels([self.tr("Title"), detail, *[c.upper() for c in self._languages]])
        for column, code in enumerate(self._languages, start=2):
            self.tree.headerItem().setToolTip(column, language_name(code))
