"""Self-test screens for the resource pages: PDF rendered, first film frame decoded, QR shown.

Each resource of the content opens through the main window, as a visitor's tap
would (`MainWindow.open_resource`), so the film page is built exactly as in use:
no audio output until play is pressed, and the self-test never presses play.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import partial

from kiosk.selftest.screen import Screen

# How long the self-test waits for a film's first decoded frame.
FIRST_FRAME_WAIT_MS = 8000
# How long the self-test waits for the PDF view to draw page 1.
VIEW_WAIT_MS = 3000


def is_blank(image) -> bool:
    """True when every sampled pixel of a QImage has the same colour (or it is null)."""
    if image.isNull():
        return True
    first = image.pixel(0, 0)
    step_x, step_y = max(1, image.width() // 40), max(1, image.height() // 40)
    return all(
        image.pixel(x, y) == first
        for y in range(0, image.height(), step_y)
        for x in range(0, image.width(), step_x)
    )


def wait_until(condition: Callable[[], bool], timeout_ms: int) -> bool:
    """Run the event loop until `condition()` holds or `timeout_ms` passed; say which."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop, QTimer

    if condition():
        return True
    deadline = QDeadlineTimer(timeout_ms)
    loop = QEventLoop()
    poll = QTimer(interval=20)

    def check() -> None:
        if condition() or deadline.hasExpired():
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    return condition()


def resource_screens(store, lang: str = "en") -> list[Screen]:
    """One screen per resource: named by its kind, or kind-id when a kind has several."""
    resources = store.resources(lang)
    kinds = Counter(resource.kind for resource in resources)
    return [
        Screen(
            resource.kind if kinds[resource.kind] == 1 else f"{resource.kind}-{resource.id}",
            partial(_open_resource, resource_id=resource.id),
            leave=_close_resource,
        )
        for resource in resources
    ]


def _open_resource(window, resource_id: str) -> str | None:
    from kiosk.ui.main_window import RESOURCE

    window.open_resource(resource_id)
    page = window.page(RESOURCE + resource_id)
    if page is None or window.current_page_name() != RESOURCE + resource_id:
        return f"the resource {resource_id!r} did not open"
    if hasattr(page, "render_page"):
        return _check_document(page)
    if hasattr(page, "has_frame"):
        return _check_film(page)
    return _check_link(page)


def _close_resource(window) -> None:
    window.go_back()  # removes the page and releases its document or player


def _file_name(page) -> str:
    media = page.shown_file()
    return str(media.path) if media is not None else "(no file for any language)"


def _check_document(page) -> str | None:
    problem = page.problem()
    if problem == "missing":
        return f"document file missing: {_file_name(page)}"
    if problem:
        return f"document cannot be opened ({problem}): {_file_name(page)}"
    if page.page_count() < 1:
        return f"document has no pages: {_file_name(page)}"
    if is_blank(page.render_page(0, 600)):
        return f"page 1 of the document renders blank: {_file_name(page)}"
    # The view renders its pages in a worker thread: wait for page 1 on screen.
    if not wait_until(lambda: not is_blank(_middle_of(page.view.viewport())), VIEW_WAIT_MS):
        return f"the document view stays blank: {_file_name(page)}"
    return None


def _middle_of(widget):
    """The widget's picture without a tenth at each edge (page borders, margins)."""
    image = widget.grab().toImage()
    dx, dy = image.width() // 10, image.height() // 10
    return image.copy(dx, dy, image.width() - 2 * dx, image.height() - 2 * dy)


def _check_film(page) -> str | None:
    wait_until(lambda: page.has_frame() or bool(page.problem()), FIRST_FRAME_WAIT_MS)
    problem = page.problem()
    if problem == "missing":
        return f"film file missing: {_file_name(page)}"
    if problem:
        return f"film cannot be played ({problem}): {_file_name(page)}"
    if not page.has_frame():
        seconds = FIRST_FRAME_WAIT_MS // 1000
        return f"no film frame decoded within {seconds} s: {_file_name(page)}"
    return None


def _check_link(page) -> str | None:
    url = page.resource.url or ""
    if not url:
        return None  # a text-only page: nothing to scan
    qr = page.qr_view
    side = min(qr.width(), qr.height())
    # At least 3 pixels a module: a phone camera reads it from a step away.
    if not qr.isVisible() or qr.text() != url or side < 3 * qr.modules():
        return f"the QR code of {url} is not shown (or too small to scan)"
    if not page.address_label.isVisible() or page.address_label.text() != url:
        return f"the address {url} is not shown as text"
    return None
