"""The resource panel on the home screen: one card per guide, film or fund."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from kiosk.content.model import Resource
from kiosk.ui.icons import Icons
from kiosk.ui.plain_text import plain_tooltip
from kiosk.ui.widgets.clamped_label import ClampedLabel


class ResourceCard(QPushButton):
    """A large button showing a resource's icon and title (summary for screen readers)."""

    LINES = 2

    def __init__(self, resource: Resource, icons: Icons, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ResourceCard")
        self.resource_id = resource.id
        self._icons = icons
        self._icon_name = resource.icon
        self._full_title = resource.title
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(84)
        self.icon_label = QLabel()
        self.icon_label.setFixedSize(40, 40)
        # Long titles (Arabic, Russian) end in "…" on their second line, never clipped.
        self.title = ClampedLabel(self.LINES, objectName="ResourceTitle")
        for label in (self.icon_label, self.title):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(12)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.title, 1)
        self.show_resource(resource)
        icons.ready.connect(self._update_icon)
        self._update_icon()

    def show_resource(self, resource: Resource) -> None:
        """Show `resource` (the same id, e.g. in another language) without rebuilding."""
        self._full_title = resource.title
        self.title.setText(resource.title)
        self.setAccessibleName(resource.title)
        self.setAccessibleDescription(resource.summary)
        self.setToolTip(plain_tooltip(resource.summary))
        if resource.icon != self._icon_name:
            self._icon_name = resource.icon
            self._update_icon()

    def _update_icon(self) -> None:
        icon = self._icons.icon(self._icon_name, self.palette().highlight().color().name())
        if icon is not None:
            self.icon_label.setPixmap(icon.pixmap(QSize(36, 36), self.devicePixelRatioF()))

    def sizeHint(self) -> QSize:
        return QSize(240, 84)


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
        """Show `resources` in order; a language switch only updates the cards' texts."""
        if [card.resource_id for card in self.cards] == [r.id for r in resources]:
            for card, resource in zip(self.cards, resources, strict=True):
                card.show_resource(resource)
            return
        for card in self.cards:
            self._layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for resource in resources:
            card = ResourceCard(resource, self._icons, self)
            card.clicked.connect(lambda _=False, rid=resource.id: self.resource_requested.emit(rid))
            self._layout.addWidget(card)
            self.cards.append(card)
