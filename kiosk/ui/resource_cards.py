"""The resource panel on the home screen: one card per guide, film or fund."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.content.model import Resource
from kiosk.ui.icons import Icons
from kiosk.ui.story_card import shorten


class ResourceCard(QPushButton):
    """A large button showing a resource's icon, title and summary."""

    def __init__(self, resource: Resource, icons: Icons, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ResourceCard")
        self.resource_id = resource.id
        self._icons = icons
        self._icon_name = resource.icon
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(80)
        self.icon_label = QLabel()
        self.icon_label.setFixedSize(48, 48)
        self.title = QLabel(resource.title, objectName="ResourceTitle", wordWrap=True)
        self.summary = QLabel(
            shorten(resource.summary, 90), objectName="ResourceSummary", wordWrap=True
        )
        for label in (self.icon_label, self.title, self.summary):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setTextFormat(Qt.TextFormat.PlainText)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.summary)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(14)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        self.setAccessibleName(resource.title)
        self.setAccessibleDescription(resource.summary)
        icons.ready.connect(self._update_icon)
        self._update_icon()

    def _update_icon(self) -> None:
        icon = self._icons.icon(self._icon_name, self.palette().highlight().color().name())
        if icon is not None:
            self.icon_label.setPixmap(icon.pixmap(QSize(40, 40), self.devicePixelRatioF()))

    def sizeHint(self) -> QSize:
        return QSize(280, 88)


class ResourceCards(QWidget):
    """A row of ResourceCard buttons; emits `resource_requested(id)` when one is chosen."""

    resource_requested = Signal(str)

    def __init__(self, icons: Icons, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ResourceCards")
        self._icons = icons
        self.cards: list[ResourceCard] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(14)

    def set_resources(self, resources: list[Resource]) -> None:
        for card in self.cards:
            self._layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for resource in resources:
            card = ResourceCard(resource, self._icons, self)
            card.clicked.connect(lambda _=False, rid=resource.id: self.resource_requested.emit(rid))
            self._layout.addWidget(card)
            self.cards.append(card)
