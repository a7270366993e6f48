"""The First Aid Kit viewer: a PDF in the visitor's language, paged, zoomable, touch-scrollable.

Imports QtPdf at module level: import this module only when a document is
first opened (kiosk.ui.resource_page does), so QtPdf stays off the first frame.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.model import MediaFile, Resource
from kiosk.ui.resource_header import TOUCH, ResourceHeader, problem_message, set_icon

# Zoom relative to fit-to-width. Rendering memory grows with the square of it: cap it.
MIN_ZOOM = 0.5
MAX_ZOOM = 3.0
ZOOM_STEP = 1.25


class DocumentPage(QWidget):
    """Page for resources of kind "document"."""

    back_requested = Signal()

    def __init__(
        self,
        resource: Resource,
        lang: str,
        parent: QWidget | None = None,
        language_names: dict[str, str] | None = None,
    ):
        super().__init__(parent)
        self.setObjectName(f"documentPage-{resource.id}")
        self._names = language_names
        self._file: MediaFile | None = None
        self._zoom = 1.0  # relative to fit-to-width
        self._problem = ""  # "missing" | "unreadable" | ""

        self.header = ResourceHeader()
        self.header.back_requested.connect(self.back_requested)

        self.view = QPdfView()
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.installEventFilter(self)
        # Freed with the page, never left to the application (see PITFALLS.md). Parented
        # to the page, not the view: created before the view joins the page, it is
        # deleted while the view is still whole (a QPdfView deleted while its own
        # child document is still loaded crashes).
        self.document = QPdfDocument(self)
        self.view.setDocument(self.document)
        QScroller.grabGesture(self.view.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.view.pageNavigator().currentPageChanged.connect(self._update_controls)

        self.message_label = problem_message("documentMessage")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message_label)

        self.prev_button = self._button("previousPage")
        self.next_button = self._button("nextPage")
        self.page_label = QLabel()
        self.page_label.setObjectName("pageIndicator")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setMinimumWidth(160)
        self.zoom_out_button = self._button("zoomOut")
        self.fit_button = self._button("fitWidth")
        self.zoom_in_button = self._button("zoomIn")
        self.prev_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_button.clicked.connect(self.fit_width)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.controls = QWidget()
        self.controls.setObjectName("documentControls")
        bar = QHBoxLayout(self.controls)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.fit_button)
        bar.addWidget(self.zoom_in_button)

        column = QVBoxLayout(self)
        column.addWidget(self.header)
        column.addWidget(self.stack, 1)
        column.addWidget(self.controls)
        self.set_language(lang, resource)

    def _button(self, name: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setMinimumSize(TOUCH, TOUCH)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    # -- content ---------------------------------------------------------------
    @property
    def resource(self) -> Resource:
        return self._resource

    def shown_file(self) -> MediaFile | None:
        """The file on screen (the visitor's language or the fallback), None if none."""
        return self._file

    def set_language(self, lang: str, resource: Resource) -> None:
        """Show `resource` for interface language `lang`; reopens only if the file changes."""
        self._resource = resource
        self._lang = lang
        self.header.set_title(resource.title)
        wanted = resource.file_for(lang)
        if wanted != self._file or self.document.status() != QPdfDocument.Status.Ready:
            self._open(wanted)
        self.retranslate()

    def _open(self, media: MediaFile | None) -> None:
        self.document.close()
        self._file = media
        self._zoom = 1.0
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        if media is None or not media.exists:
            self._problem = "missing"
        elif self.document.load(str(media.path)) != QPdfDocument.Error.None_:
            self.document.close()
            self._problem = "unreadable"
        elif self.document.pageCount() < 1:
            self._problem = "unreadable"
        else:
            self._problem = ""
            self.view.verticalScrollBar().setValue(0)
        self.stack.setCurrentWidget(self.message_label if self._problem else self.view)
        self.controls.setVisible(not self._problem)

    def problem(self) -> str:
        """ "" when the document shows, else "missing" or "unreadable" (a message is shown)."""
        return self._problem

    # -- navigation and zoom ----------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount() if not self._problem else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if not self.page_count():
            return
        page = max(0, min(page, self.page_count() - 1))
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom() or 1.0)
        self._update_controls()

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def zoom(self) -> float:
        """Zoom relative to fit-to-width (1.0 = page as wide as the view)."""
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        self._zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        if abs(self._zoom - 1.0) < 1e-6:
            self.fit_width()
            return
        page = self.current_page()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(self._fit_factor() * self._zoom)
        self._return_to(page)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def fit_width(self) -> None:
        page = self.current_page()
        self._zoom = 1.0
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._return_to(page)

    def _return_to(self, page: int) -> None:
        # The view lays the pages out again after a zoom change: jump once it has.
        self._update_controls()
        QTimer.singleShot(0, self, lambda: self.go_to_page(page))

    def _fit_factor(self) -> float:
        """The view's zoom factor that makes the current page as wide as the viewport."""
        if not self.page_count():
            return 1.0
        points = self.document.pagePointSize(self.current_page())
        pixels_per_point = self.view.logicalDpiX() / 72.0
        margins = self.view.documentMargins()
        usable = self.view.viewport().width() - margins.left() - margins.right()
        return max(0.05, usable / max(1.0, points.width() * pixels_per_point))

    def render_page(self, page: int, width: int = 600) -> QImage:
        """Page `page` rendered `width` pixels wide (for the self-test and tests)."""
        points = self.document.pagePointSize(page)
        height = round(width * points.height() / max(1.0, points.width()))
        return self.document.render(page, QSize(width, height))

    # -- text, keys ---------------------------------------------------------------
    def retranslate(self) -> None:
        media, resource = self._file, self._resource
        if media is not None:
            self.header.set_fallback(self._lang, media.lang)
        else:
            self.header.set_fallback(resource.shown.wanted, resource.shown.lang)
        if self._problem == "missing":
            self.message_label.setText(
                self.tr("This document is not installed on this kiosk. Please ask the staff.")
            )
        elif self._problem == "unreadable":
            self.message_label.setText(
                self.tr(
                    "This document cannot be opened: the file is damaged. Please ask the staff."
                )
            )
        self.prev_button.setToolTip(self.tr("Previous page"))
        self.prev_button.setAccessibleName(self.tr("Previous page"))
        self.next_button.setToolTip(self.tr("Next page"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.fit_button.setText(self.tr("Fit width"))
        self.fit_button.setAccessibleName(self.tr("Fit width"))
        rtl = self.isRightToLeft()
        set_icon(self.prev_button, "fa5s.chevron-right" if rtl else "fa5s.chevron-left")
        set_icon(self.next_button, "fa5s.chevron-left" if rtl else "fa5s.chevron-right")
        set_icon(self.zoom_in_button, "fa5s.search-plus")
        set_icon(self.zoom_out_button, "fa5s.search-minus")
        set_icon(self.fit_button, "fa5s.arrows-alt-h")
        self._update_controls()

    def _update_controls(self) -> None:
        count = self.page_count()
        page = self.current_page() if count else 0
        if count:
            self.page_label.setText(
                self.tr("Page %1 of %2").replace("%1", str(page + 1)).replace("%2", str(count))
            )
        else:
            self.page_label.setText("")
        self.prev_button.setEnabled(count > 0 and page > 0)
        self.next_button.setEnabled(count > 0 and page < count - 1)
        self.zoom_in_button.setEnabled(count > 0 and self._zoom < MAX_ZOOM - 1e-6)
        self.zoom_out_button.setEnabled(count > 0 and self._zoom > MIN_ZOOM + 1e-6)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The view would scroll sideways on left/right: here they turn pages.
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            return self._handle_key(event)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._handle_key(event):
            super().keyPressEvent(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        forward, backward = Qt.Key.Key_Right, Qt.Key.Key_Left
        if self.isRightToLeft():
            forward, backward = backward, forward
        if key in (forward, Qt.Key.Key_PageDown):
            self.next_page()
        elif key in (backward, Qt.Key.Key_PageUp):
            self.previous_page()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_Escape:
            self.back_requested.emit()
        else:
            return False
        return True

    def close_media(self) -> None:
        """Close the document (frees its memory); the page is no longer usable after this."""
        self.document.close()

    def is_playing(self) -> bool:
        return False
