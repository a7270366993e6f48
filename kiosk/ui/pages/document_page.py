"""The First Aid Kit viewer: a PDF in the visitor's language, paged, zoomable, touch-scrollable.

Touch (kiosk/ui/widgets/pan_zoom.py): one finger or the mouse drags the page, a flick
glides, two fingers pinch, a double tap zooms in and back; at "whole page" a sideways
swipe turns the page. "Whole page" and "Page width" are one exclusive choice (radio
buttons to screen readers); after a zoom of the visitor's own (pinch, double tap, the
zoom buttons) neither is chosen, and the zoom shown beside the zoom buttons ("125 %") is
the truth, also announced to screen readers. The page indicator opens a list of pages
to jump to. The document opens at "whole page" when a page would not fit the screen at
"page width" (landscape screens), else at "page width".

Imports QtPdf at module level: import this module only when a document is
first opened (kiosk.ui.pages.resource_page does), so QtPdf stays off the first frame.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QPointF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage, QKeyEvent, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kiosk.content.model import MediaFile, Resource
from kiosk.ui.accessibility import announce, name_scroll_area
from kiosk.ui.pages.reach import is_portrait
from kiosk.ui.pages.resource_header import TOUCH, ResourceHeader, problem_message, set_icon
from kiosk.ui.plain_text import PlainLabel
from kiosk.ui.widgets.chooser import Chooser, TouchListSheet
from kiosk.ui.widgets.pan_zoom import PanZoom
from kiosk.ui.widgets.readable import margins_follow_width

# Zoom relative to fit-to-width. Rendering memory grows with the square of it: cap it.
MIN_ZOOM = 0.5
MAX_ZOOM = 3.0
ZOOM_STEP = 1.25
DOUBLE_TAP_ZOOM = 2.0
PAGE, WIDTH = "page", "width"  # the two fits; "" = a zoom chosen by the visitor
# The controls and sources go beside the page when that shows a whole page this much taller.
BESIDE_GAIN = 1.25
# Between the page view and the column beside it; at the column's trailing edge.
SIDE_GAP = 24
SIDE_INNER = 8
# A page's height over its width until the document says (A4).
PAGE_RATIO = 297 / 210

_pdfium_holder: QPdfDocument | None = None


def _height_for(widget: QWidget, width: int) -> int:
    """`widget`'s height at `width` (0 when hidden), wrapped text included."""
    if widget.isHidden():
        return 0
    height = widget.heightForWidth(width)
    return height if height >= 0 else widget.sizeHint().height()


def _row_width(row: QHBoxLayout, widgets: list[QWidget]) -> int:
    """The width `widgets` need side by side in `row`."""
    return sum(w.sizeHint().width() for w in widgets) + row.spacing() * (len(widgets) - 1)


def keep_pdfium_running() -> None:
    """One empty QPdfDocument for the application's life, so PDFium starts only once.

    QtPdf shuts PDFium down when its last document is deleted and starts it again for
    the next one; every restart left 8 memory mappings and ~20 kB behind (PDFium's
    allocator keeps the old pages): a kiosk opening a PDF all day grew without end
    (soak: +16 mappings and ~18 kB every round of 2 PDF opens, linear over 40 rounds).
    """
    global _pdfium_holder
    if _pdfium_holder is None or not isValid(_pdfium_holder):  # one per application
        _pdfium_holder = QPdfDocument(QCoreApplication.instance())


class DocumentPage(QWidget):
    """Page for resources of kind "document"."""

    back_requested = Signal()
    # (page, vertical scroll position, fit) once the view settles after a change.
    view_changed = Signal(int, int, str)

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
        self._fit = ""  # PAGE, WIDTH or "" (custom zoom); chosen at the first layout
        self._visitor_fit = False  # the visitor chose a fit or a zoom: no automatic choice
        self._last_fit = WIDTH
        self._pinch_base: float | None = None  # the zoom when two fingers landed
        self._problem = ""  # "missing" | "unreadable" | ""
        self.page_sheet: TouchListSheet | None = None

        self.header = ResourceHeader()
        self.header.back_requested.connect(self.back_requested)

        self.view = QPdfView()
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.view.installEventFilter(self)
        # Freed with the page, never left to the application (see docs/pitfalls.md). Parented
        # to the page, not the view: created before the view joins the page, it is
        # deleted while the view is still whole (a QPdfView deleted while its own
        # child document is still loaded crashes).
        keep_pdfium_running()
        self.document = QPdfDocument(self)
        self.view.setDocument(self.document)
        self.gestures = PanZoom(self.view)
        self.gestures.swiped.connect(self._on_swipe)
        self.gestures.pinched.connect(self._on_pinch)
        self.gestures.pinch_finished.connect(self._on_pinch_finished)
        self.gestures.double_tapped.connect(self._on_double_tap)
        self.view.pageNavigator().currentPageChanged.connect(self._update_controls)
        self._settled = QTimer(self, singleShot=True, interval=250)
        self._settled.timeout.connect(
            lambda: self.view_changed.emit(
                self.current_page(), self.view.verticalScrollBar().value(), self._fit
            )
        )
        self.view.pageNavigator().currentPageChanged.connect(self._settled.start)
        self.view.verticalScrollBar().valueChanged.connect(self._settled.start)

        self.message_label = problem_message("documentMessage")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message_label)

        self.prev_button = self._button("previousPage")
        self.next_button = self._button("nextPage")
        # "Page 2 of 5": a tap opens the list of pages to jump to.
        self.page_label = self._button("pageIndicator")
        self.page_label.setMinimumWidth(170)
        self.page_label.clicked.connect(self.open_page_list)
        self.zoom_out_button = self._button("zoomOut")
        self.zoom_in_button = self._button("zoomIn")
        # The fit: one exclusive choice of two large segments, none chosen after a zoom.
        self.fit_choice = Chooser(max_segments=2)
        self.fit_choice.setObjectName("fitChoice")
        self.fit_choice.set_options([(PAGE, "Whole page"), (WIDTH, "Page width")])
        self.fit_page_button = self.fit_choice.segments[PAGE]
        self.fit_button = self.fit_choice.segments[WIDTH]
        self.fit_choice.chosen.connect(
            lambda fit: self.fit_page() if fit == PAGE else self.fit_width()
        )
        # The zoom as it is ("125 %" of the page's width), between the zoom buttons.
        self.zoom_label = PlainLabel(objectName="zoomLevel")
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.installEventFilter(self)  # its width follows the text size
        self._size_zoom_label()
        self._said_zoom = ""  # the zoom last announced to screen readers
        self.prev_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.controls = QWidget()
        self.controls.setObjectName("documentControls")
        # Pages, then fit and zoom: on one row, or on two when the words need the room
        # (a portrait screen with larger text), or one above the other beside the page.
        self._pages_row = QHBoxLayout()
        self._pages_row.addWidget(self.prev_button)
        self._pages_row.addWidget(self.page_label)
        self._pages_row.addWidget(self.next_button)
        self._pages_row.addStretch(1)
        self._zoom_buttons = QHBoxLayout()
        self._zoom_buttons.addWidget(self.zoom_out_button)
        self._zoom_buttons.addWidget(self.zoom_label)
        self._zoom_buttons.addWidget(self.zoom_in_button)
        self._zoom_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._zoom_row.addWidget(self.fit_choice, 0, Qt.AlignmentFlag.AlignLeading)
        self._zoom_row.addSpacing(16)
        self._zoom_row.addLayout(self._zoom_buttons)
        self._zoom_row.setAlignment(self._zoom_buttons, Qt.AlignmentFlag.AlignLeading)
        self._zoom_row.addStretch(1)  # on a row of its own, the controls keep their size
        self._bar = QGridLayout(self.controls)
        self._bar.setContentsMargins(0, 0, 0, 0)
        self._bar.setVerticalSpacing(8)
        self._bar.setColumnStretch(0, 1)  # one row: the space goes between the two groups
        self._bar.addLayout(self._pages_row, 0, 0)
        self._bar.addLayout(self._zoom_row, 0, 1)
        # "row", "rows" (under the page) or "beside"; "" until the page has its size.
        self.arrangement = ""
        self._stacked = False  # beside: the fit above the zoom (a narrow column)

        # Beside the page on a short, wide page: the language note, the controls, then
        # the sources (the column scrolls when they are long); the page view gets the height.
        self.note = self.header.take_note()
        self.sources = self.header.take_sources()
        self.side = QScrollArea(objectName="documentSide")
        self.side.setWidgetResizable(True)
        self.side.setFrameShape(QFrame.Shape.NoFrame)
        self.side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls (below)
        side = QWidget(objectName="documentSideColumn")
        self._side_column = QVBoxLayout(side)
        # A gap before the scroll bar (and for a mixed-direction line's last glyph).
        self._side_column.setContentsMargins(0, 0, SIDE_INNER, 0)
        self._side_column.setSpacing(24)
        self._side_column.addStretch(1)
        self.side.setWidget(side)
        QScroller.grabGesture(self.side.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        # Where the column still scrolls (sources longer than the room), Tab reaches the
        # sources after the controls (the column scrolls them into sight) and the arrow
        # keys scroll it; its scroll bar shows there is more.
        self.side.verticalScrollBar().rangeChanged.connect(self._side_scrolls)
        self.side.hide()
        self._body = QHBoxLayout()
        self._body.setSpacing(SIDE_GAP)
        self._body.addWidget(self.stack, 1)
        self._body.addWidget(self.side)

        column = QVBoxLayout(self)
        column.addWidget(self.header)
        column.addWidget(self.note)
        column.addWidget(self.sources)
        column.addLayout(self._body, 1)
        column.addWidget(self.controls)
        column.addWidget(self.header.reach)  # Back, within reach on a portrait stand
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
        self.header.set_sources(resource, lang)
        name_scroll_area(self.view, resource.title)  # the pages, for screen readers
        name_scroll_area(self.side, resource.title)
        wanted = resource.file_for(lang)
        if wanted != self._file or self.document.status() != QPdfDocument.Status.Ready:
            self._open(wanted)
        self.retranslate()

    def _open(self, media: MediaFile | None) -> None:
        self.document.close()
        self._file = media
        self._zoom = 1.0
        self._fit = ""  # chosen for this document once the view has its size
        self._visitor_fit = False
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
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
        self._choose_first_fit()

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
        zoom = navigator.currentZoom() or 1.0
        if navigator.currentPage() == page and self.page_count() > 1:
            # The view scrolls on a change of page only: after a new layout (another fit)
            # the page is "current" but not on screen. Step beside it and back.
            navigator.jump(page - 1 if page else page + 1, QPointF(), zoom)
        navigator.jump(page, QPointF(), zoom)
        self._update_controls()

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def zoom(self) -> float:
        """Zoom relative to fit-to-width (1.0 = page as wide as the view)."""
        return self._zoom

    def fit_mode(self) -> str:
        """PAGE ("whole page"), WIDTH ("page width") or "" (a zoom of the visitor's)."""
        return self._fit

    def set_zoom(self, zoom: float) -> None:
        self._zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        if abs(self._zoom - 1.0) < 1e-6:
            self.fit_width()
            return
        page = self.current_page()
        self._fit = ""
        self._visitor_fit = True
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(self._fit_factor() * self._zoom)
        self._return_to(page)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def fit_width(self) -> None:
        """Page width: pages one under the other, as wide as the view; drag to scroll."""
        self._visitor_fit = True
        self._apply_fit(WIDTH)

    def fit_page(self) -> None:
        """Whole page: one page at a time, all of it on screen; swipe to turn."""
        self._visitor_fit = True
        self._apply_fit(PAGE)

    def _apply_fit(self, fit: str) -> None:
        page = self.current_page()
        self._fit = self._last_fit = fit
        if fit == PAGE:
            self._zoom = self._page_fit_zoom()
            self.view.setPageMode(QPdfView.PageMode.SinglePage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self._zoom = 1.0
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._return_to(page)

    def _page_fit_zoom(self) -> float:
        """The zoom (relative to fit-to-width) at which a whole page fits the view."""
        if not self.page_count():
            return 1.0
        points = self.document.pagePointSize(self.current_page())
        viewport = self.view.viewport()
        margins = self.view.documentMargins()
        usable_w = max(1, viewport.width() - margins.left() - margins.right())
        usable_h = max(1, viewport.height() - margins.top() - margins.bottom())
        width_fit_height = usable_w * points.height() / max(1.0, points.width())
        return min(1.0, usable_h / max(1.0, width_fit_height))

    def _choose_first_fit(self) -> None:
        """Whole page where a page would need scrolling at page width, else page width.

        Chosen again when the view changes size, until the visitor picks a fit or a zoom.
        """
        if self._visitor_fit or not self.page_count() or self.view.viewport().height() < 50:
            return
        wanted = PAGE if self._page_fit_zoom() < 0.999 else WIDTH
        if wanted != self._fit:
            self._apply_fit(wanted)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The side margins of the header, the footer and the other pages.
        margins_follow_width(self, self.layout(), top=12, high=96)
        self._lay_out_controls()
        QTimer.singleShot(0, self, self._choose_first_fit)

    def showEvent(self, event) -> None:
        # Shown in the window's page stack before the stack gave it its size: take that size
        # and lay out for it now, so the first frame (and where a tap lands, e.g. a swipe on
        # the page view beside the controls) is the final layout, not Qt's default size's.
        stack = self.parentWidget()
        if isinstance(stack, QStackedWidget) and self.geometry() != stack.contentsRect():
            self.setGeometry(stack.contentsRect())
        self.ensurePolished()  # the style sheet's fonts: the words may need two rows
        self._lay_out_controls()
        self.layout().activate()
        super().showEvent(event)
        QTimer.singleShot(0, self, self._lay_out_controls)
        QTimer.singleShot(0, self, self._choose_first_fit)

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

    # -- touch ----------------------------------------------------------------------------
    def _on_swipe(self, step: int) -> None:
        """At "whole page" a sideways swipe turns the page (elsewhere a drag only pans)."""
        if self._fit == PAGE:
            self.next_page() if step > 0 else self.previous_page()

    def _on_pinch(self, factor: float, centre: QPointF) -> None:
        if not self.page_count():
            return
        if self._pinch_base is None:
            self._pinch_base = self._page_fit_zoom() if self._fit == PAGE else self._zoom
        self._zoom_around(self._pinch_base * factor, centre)

    def _on_pinch_finished(self) -> None:
        self._pinch_base = None
        self._update_controls()

    def _on_double_tap(self, position: QPointF) -> None:
        """Zoom in where tapped; a second double tap returns to the fit used before."""
        if self._fit:
            self._zoom_around(DOUBLE_TAP_ZOOM, position)
        else:
            self._apply_fit(self._last_fit)

    def _zoom_around(self, zoom: float, centre: QPointF) -> None:
        """Zoom to `zoom`, keeping the point under `centre` (viewport coordinates) in place."""
        bars = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        continuous = self.view.pageMode() == QPdfView.PageMode.MultiPage
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            old = self.view.zoomFactor()
        else:
            old = self._fit_factor() * (self._page_fit_zoom() if self._fit == PAGE else 1.0)
        anchor = (bars[0].value() + centre.x(), bars[1].value() + centre.y())
        page = self.current_page()
        self._zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self._fit = ""
        self._visitor_fit = True
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        new = self._fit_factor() * self._zoom
        self.view.setZoomFactor(new)
        if continuous and old > 0:
            ratio = new / old
            bars[0].setValue(round(anchor[0] * ratio - centre.x()))
            bars[1].setValue(round(anchor[1] * ratio - centre.y()))
        else:  # from "whole page": start at the top of the page shown
            self._return_to(page)
        self._update_controls()

    def open_page_list(self) -> None:
        """A list of the pages, large rows: tap one to go there."""
        count = self.page_count()
        if count < 2 or self.page_sheet is not None:
            return
        label, locale = self.tr("Page %1"), QLocale()
        options = [(str(i), label.replace("%1", locale.toString(i + 1))) for i in range(count)]
        sheet = TouchListSheet(
            self.window(), self.tr("Go to page"), options, str(self.current_page())
        )
        sheet.chosen.connect(lambda code: self.go_to_page(int(code)))
        sheet.closed.connect(self._page_list_closed)
        self.page_sheet = sheet
        sheet.open()

    def _page_list_closed(self) -> None:
        self.page_sheet = None

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
        self.fit_choice.set_title(self.tr("Fit the page to the screen"))
        self.fit_choice.set_label(WIDTH, self.tr("Page width"))
        self.fit_choice.set_label(PAGE, self.tr("Whole page"))
        self.fit_button.setAccessibleName(self.tr("Page width"))
        self.fit_page_button.setAccessibleName(self.tr("Whole page"))
        self.page_label.setAccessibleDescription(self.tr("Show the list of pages"))
        rtl = self.isRightToLeft()
        set_icon(self.prev_button, "fa5s.chevron-right" if rtl else "fa5s.chevron-left")
        set_icon(self.next_button, "fa5s.chevron-left" if rtl else "fa5s.chevron-right")
        set_icon(self.zoom_in_button, "fa5s.search-plus")
        set_icon(self.zoom_out_button, "fa5s.search-minus")
        self._fit_icons()
        self._size_zoom_label()
        self._update_controls()
        if self.isVisible():  # hidden, it has no width of its own yet
            self._lay_out_controls()

    def _lay_out_controls(self) -> None:
        """Where the controls and notes go: the notes over the page and the controls under
        it (both groups on one row when their words fit the width, else two), or all of
        them beside it when that shows a whole page at least BESIDE_GAIN times taller (a
        short, wide page: laptops, larger text): the language note, the controls one
        group above the other, the sources."""
        if self.width() <= 0 or self.height() <= 0:
            return
        self.header.set_portrait(is_portrait(self))
        column = self.layout()
        margins = column.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        spacing = column.spacing()
        room = self.height() - margins.top() - margins.bottom() - spacing
        room -= _height_for(self.header, width)
        if self.header.reach.holding:
            room -= self.header.reach.row_height() + spacing
        pages = _row_width(self._pages_row, [self.prev_button, self.page_label, self.next_button])
        zooms = _row_width(
            self._zoom_buttons, [self.zoom_out_button, self.zoom_label, self.zoom_in_button]
        )
        fit = self.fit_choice.sizeHint().width()
        row = max(w.sizeHint().height() for w in (self.prev_button, self.fit_choice))
        rows = 1 if pages + 24 + fit + 16 + zooms <= width else 2
        below = room - (rows * row + (rows - 1) * self._bar.verticalSpacing()) - spacing
        for note in (self.note, self.sources):
            if not note.isHidden():
                below -= _height_for(note, width) + spacing
        bar = self.side.verticalScrollBar().sizeHint().width() + SIDE_INNER
        controls = 3 * row + 2 * self._bar.verticalSpacing() + 16
        ratio = self._page_ratio()
        # The column is as wide as the controls one group above the other, or wider where
        # a whole page leaves the view's width unused: wide enough for the fit and the zoom
        # side by side (a row less) and the sources' lines (up to 2/5 of the page), so the
        # trainer sees the notes, the controls and the sources without scrolling.
        whole_page = round(room / ratio) + 2 * bar
        paired = max(pages, fit + 16 + zooms) + bar
        wanted = max(paired, width * 2 // 5)
        side = max(max(pages, fit, zooms) + bar, min(wanted, width - SIDE_GAP - whole_page))
        if side >= paired:
            controls -= row + self._bar.verticalSpacing()
        shown_below = min(below, width * ratio)
        shown_beside = min(room, (width - side - SIDE_GAP) * ratio)
        beside = (
            not self._problem
            and controls <= room
            and shown_beside >= BESIDE_GAIN * max(1, shown_below)
        )
        arrangement = "beside" if beside else "rows" if rows == 2 else "row"
        # Beside the page: the fit and the zoom side by side where the column has the room.
        stacked = beside and side < paired
        if beside:
            self.side.setFixedWidth(side)
        if (arrangement, stacked) == (self.arrangement, self._stacked):
            return
        self.arrangement, self._stacked = arrangement, stacked
        self._bar.removeItem(self._pages_row)
        self._bar.removeItem(self._zoom_row)
        self._bar.addLayout(self._pages_row, 0, 0)
        self._bar.addLayout(self._zoom_row, *((0, 1) if arrangement == "row" else (1, 0)))
        self._zoom_row.setDirection(
            QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        )
        parts = (self.note, self.controls, self.sources)
        for part in parts:
            column.removeWidget(part)
            self._side_column.removeWidget(part)
        if beside:
            for index, part in enumerate(parts):
                self._side_column.insertWidget(index, part)
        else:
            column.insertWidget(column.indexOf(self.header) + 1, self.note)
            column.insertWidget(column.indexOf(self.header) + 2, self.sources)
            column.insertWidget(column.indexOf(self.header.reach), self.controls)
        self.side.setVisible(beside)
        QTimer.singleShot(0, self, self._choose_first_fit)  # the view has another shape

    def _side_scrolls(self, _low: int, high: int) -> None:
        """The sources take a Tab stop, after the controls, while the column scrolls."""
        self.sources.setFocusPolicy(Qt.FocusPolicy.TabFocus if high > 0 else Qt.FocusPolicy.NoFocus)
        if high > 0:
            QWidget.setTabOrder(self.zoom_in_button, self.sources)

    def _page_ratio(self) -> float:
        """The current page's height over its width (A4 until a document is open)."""
        if not self.page_count():
            return PAGE_RATIO
        points = self.document.pagePointSize(self.current_page())
        return points.height() / points.width() if points.width() > 0 else PAGE_RATIO

    def _fit_icons(self) -> None:
        """The fit buttons' icons, light on the checked one (its background is the accent)."""
        set_icon(self.fit_button, "fa5s.arrows-alt-h")
        set_icon(self.fit_page_button, "fa5s.expand")

    def _update_controls(self) -> None:
        count = self.page_count()
        page = self.current_page() if count else 0
        if count:
            # In the interface language's digits, as the carousel's "3 / 34" and the dates.
            locale = QLocale()
            self.page_label.setText(
                self.tr("Page %1 of %2")
                .replace("%1", locale.toString(page + 1))
                .replace("%2", locale.toString(count))
            )
        else:
            self.page_label.setText("")
        self.prev_button.setEnabled(count > 0 and page > 0)
        self.next_button.setEnabled(count > 0 and page < count - 1)
        self.zoom_in_button.setEnabled(count > 0 and self._zoom < MAX_ZOOM - 1e-6)
        self.zoom_out_button.setEnabled(count > 0 and self._zoom > MIN_ZOOM + 1e-6)
        self.page_label.setEnabled(count > 1)
        if self.fit_choice.current() != self._fit:
            self.fit_choice.set_current(self._fit)  # "": neither fit is true after a zoom
        self._show_zoom()
        self._settled.start()

    def _show_zoom(self) -> None:
        """ "125 %" between the zoom buttons (of the page's width). A zoom of the
        visitor's own is also said to screen readers (a fit chosen is heard as the radio
        button checked), once the fingers lift after a pinch."""
        shown = self.tr("%1 %").replace("%1", QLocale().toString(round(self._zoom * 100)))
        spoken = self.tr("Zoom: %1").replace("%1", shown)
        if self.zoom_label.text() != shown or self.zoom_label.accessibleName() != spoken:
            self.zoom_label.setText(shown)
            self.zoom_label.setAccessibleName(spoken)
        if self._fit or self._pinch_base is not None or not self.isVisible():
            self._said_zoom = "" if self._fit else self._said_zoom
            return
        if spoken != self._said_zoom:
            self._said_zoom = spoken
            announce(self.zoom_label, spoken)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self.retranslate()
        super().changeEvent(event)

    def _size_zoom_label(self) -> None:
        """As wide as the widest zoom: the zoom-in button never moves under a finger."""
        widest = self.tr("%1 %").replace("%1", QLocale().toString(300))
        self.zoom_label.setMinimumWidth(
            self.zoom_label.fontMetrics().horizontalAdvance(widest) + 16
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange and watched is getattr(self, "zoom_label", None):
            self._size_zoom_label()  # a new text size: the controls may need two rows
            QTimer.singleShot(0, self, self._lay_out_controls)
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
