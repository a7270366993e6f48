"""The First Aid Kit viewer: opens the right language's PDF, renders pages, pages, zooms, fails softly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from kiosk.ui.pages.resource_page import create_resource_page
from tests.media_fixtures import is_blank, make_pdf, resource, show_hosted

ROOT = Path(__file__).resolve().parent.parent
DEMO_PDFS = sorted((ROOT / "resources" / "media" / "first-aid-kit").glob("*.pdf"))


@pytest.fixture
def pdfs(tmp_path):
    return {
        "en": make_pdf(tmp_path / "kit.en.pdf", 5, "English"),
        "fr": make_pdf(tmp_path / "kit.fr.pdf", 3, "Français"),
    }


def open_page(qtbot, res, lang):
    page = create_resource_page(res, lang)
    window = show_hosted(qtbot, page, 900, 700)
    return page, window


def test_opens_the_visitors_language_and_renders_page_one(qtbot, pdfs):
    page, window = open_page(qtbot, resource("document", pdfs, wanted="fr", shown="fr"), "fr")
    assert type(page).__name__ == "DocumentPage"
    assert page.problem() == ""
    assert page.shown_file().lang == "fr"
    assert page.page_count() == 3
    assert page.header.note_label.isHidden()
    assert not is_blank(page.render_page(0, 400))
    assert page.page_label.text() == "Page 1 of 3"
    window.close()


def test_falls_back_to_english_and_says_so(qtbot, pdfs):
    page, window = open_page(qtbot, resource("document", pdfs, wanted="ar"), "ar")
    assert page.shown_file().lang == "en"
    assert page.page_count() == 5
    assert page.header.note_label.text() == "Published in English"
    # The interface switches to French: the French file replaces the English one.
    page.set_language("fr", resource("document", pdfs, wanted="fr", shown="fr"))
    assert page.shown_file().lang == "fr" and page.page_count() == 3
    assert page.header.note_label.text() == ""
    window.close()


def test_page_navigation_keys_and_zoom_cap(qtbot, pdfs):
    from kiosk.ui.pages.document_page import MAX_ZOOM, MIN_ZOOM

    page, window = open_page(qtbot, resource("document", pdfs), "en")
    assert not page.prev_button.isEnabled()
    page.next_button.click()
    qtbot.waitUntil(lambda: page.current_page() == 1, timeout=2000)
    assert page.page_label.text() == "Page 2 of 5"
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: page.current_page() == 2, timeout=2000)
    qtbot.keyClick(page.view, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: page.current_page() == 1, timeout=2000)
    page.go_to_page(99)
    qtbot.waitUntil(lambda: page.current_page() == 4, timeout=2000)
    assert not page.next_button.isEnabled()
    for _ in range(20):
        page.zoom_in()
    assert page.zoom() == MAX_ZOOM
    assert not page.zoom_in_button.isEnabled()
    qtbot.waitUntil(lambda: page.current_page() == 4, timeout=2000)  # zoom keeps the page
    for _ in range(20):
        page.zoom_out()
    assert page.zoom() == MIN_ZOOM
    page.fit_width()
    assert page.zoom() == 1.0
    with qtbot.waitSignal(page.back_requested, timeout=1000):
        qtbot.keyClick(page.view, Qt.Key.Key_Escape)
    page.close_media()
    window.close()


def test_missing_and_damaged_files_show_a_message(qtbot, tmp_path):
    missing = resource("document", {"en": tmp_path / "nowhere.pdf"})
    page, window = open_page(qtbot, missing, "en")
    assert page.problem() == "missing"
    assert page.stack.currentWidget() is page.message_label
    assert "not installed" in page.message_label.text()
    assert not page.controls.isVisible()
    window.close()

    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.4 not really a PDF\n")
    page, window = open_page(qtbot, resource("document", {"en": damaged}), "en")
    assert page.problem() == "unreadable"
    assert "cannot be opened" in page.message_label.text()
    window.close()


def test_no_file_at_all_is_a_message_not_a_crash(qtbot):
    page, window = open_page(qtbot, resource("document", {}), "zh")
    assert page.problem() == "missing"
    window.close()


def test_resource_from_the_content_store(qtbot, sample_store):
    """The sample tree's kit files are not real PDFs: the page says so, for both languages."""
    kit = sample_store.resource("first-aid-kit", "es")
    page, window = open_page(qtbot, kit, "es")
    assert page.shown_file().lang == "en"
    assert page.problem() == "unreadable"
    assert page.header.note_label.text() == "Published in English"
    window.close()


@pytest.mark.skipif(not DEMO_PDFS, reason="demo PDFs not made yet (tools/make_demo_media.py)")
@pytest.mark.parametrize("path", DEMO_PDFS, ids=lambda p: p.name)
def test_demo_pdfs_open_and_render(qtbot, path):
    page, window = open_page(qtbot, resource("document", {"en": path}), "en")
    assert page.problem() == ""
    assert page.page_count() >= 2
    for index in range(page.page_count()):
        assert not is_blank(page.render_page(index, 300)), index
    window.close()


def test_qtpdf_and_qtmultimedia_load_only_when_a_page_opens():
    code = (
        "import sys, kiosk.ui.pages.resource_page\n"
        "heavy = [m for m in sys.modules if m.startswith(('PySide6.QtPdf', 'PySide6.QtMultimedia'))]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=60)


# -- touch and mouse, as a visitor uses them -------------------------------------------------
def drag(qtbot, widget, start: QPoint, end: QPoint, steps: int = 10, release: bool = True):
    """A one-finger (mouse) drag in `steps` moves of ~16 ms, like a hand."""
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, steps + 1):
        QTest.mouseMove(widget, start + (end - start) * i / steps)
        qtbot.wait(16)
    if release:
        QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_opens_at_whole_page_where_a_page_would_need_scrolling(qtbot, pdfs):
    page, window = open_page(qtbot, resource("document", pdfs), "en")  # 900x700: landscape
    qtbot.waitUntil(lambda: page.fit_mode() == "page", timeout=2000)
    assert page.fit_page_button.isChecked() and not page.fit_button.isChecked()
    window.close()
    page = create_resource_page(resource("document", pdfs), "en")
    window = show_hosted(qtbot, page, 700, 1400)  # portrait: page width shows a whole page
    qtbot.waitUntil(lambda: page.fit_mode() == "width", timeout=2000)
    window.close()


def test_one_finger_mouse_drag_scrolls_by_the_dragged_distance(qtbot, pdfs):
    page, window = open_page(qtbot, resource("document", pdfs), "en")
    QTest.mouseClick(page.fit_button, Qt.MouseButton.LeftButton)
    assert page.fit_mode() == "width"
    bar = page.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 1000, timeout=2000)
    viewport = page.view.viewport()
    before = bar.value()
    drag(qtbot, viewport, QPoint(300, 450), QPoint(300, 150), release=False)
    qtbot.wait(50)
    assert abs((bar.value() - before) - 300) <= 30, (before, bar.value())
    qtbot.wait(200)  # hold still, then lift: no flick
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(300, 150))
    qtbot.wait(100)
    assert abs((bar.value() - before) - 300) <= 40
    # and back down
    drag(qtbot, viewport, QPoint(300, 200), QPoint(300, 350), release=False)
    qtbot.wait(50)
    assert abs((bar.value() - before) - 150) <= 30
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(300, 350))
    window.close()


def test_touch_drag_scrolls_and_two_fingers_pinch_zoom(qtbot, pdfs):
    page, window = open_page(qtbot, resource("document", pdfs), "en")
    page.fit_width()
    bar = page.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 1000, timeout=2000)
    viewport = page.view.viewport()
    device = QTest.createTouchDevice()
    before = bar.value()
    QTest.touchEvent(viewport, device).press(0, QPoint(300, 450), viewport).commit()
    for i in range(1, 11):
        QTest.touchEvent(viewport, device).move(0, QPoint(300, 450 - 20 * i), viewport).commit()
        qtbot.wait(16)
    qtbot.wait(50)
    assert abs((bar.value() - before) - 200) <= 25, (before, bar.value())
    qtbot.wait(200)
    QTest.touchEvent(viewport, device).release(0, QPoint(300, 250), viewport).commit()
    # pinch: two fingers 100 px apart move to 200 px apart: twice the zoom
    zoom = page.zoom()
    QTest.touchEvent(viewport, device).press(0, QPoint(250, 300), viewport).commit()
    QTest.touchEvent(viewport, device).move(0, QPoint(250, 300), viewport).press(
        1, QPoint(350, 300), viewport
    ).commit()
    for i in range(1, 6):
        QTest.touchEvent(viewport, device).move(0, QPoint(250 - 10 * i, 300), viewport).move(
            1, QPoint(350 + 10 * i, 300), viewport
        ).commit()
        qtbot.wait(16)
    QTest.touchEvent(viewport, device).release(0, QPoint(200, 300), viewport).release(
        1, QPoint(400, 300), viewport
    ).commit()
    assert page.zoom() == pytest.approx(2 * zoom, rel=0.05)
    assert page.fit_mode() == ""
    window.close()


def test_double_tap_zooms_in_and_back_and_a_swipe_turns_the_whole_page(qtbot, pdfs):
    page, window = open_page(qtbot, resource("document", pdfs), "en")
    qtbot.waitUntil(lambda: page.fit_mode() == "page", timeout=2000)
    viewport = page.view.viewport()
    centre = viewport.rect().center()
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    assert page.zoom() == 2.0 and page.fit_mode() == ""
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: page.fit_mode() == "page", timeout=2000)
    # at "whole page" a leftward swipe brings the next page, a rightward one goes back
    drag(qtbot, viewport, QPoint(700, 300), QPoint(300, 300), steps=5)
    qtbot.waitUntil(lambda: page.current_page() == 1, timeout=2000)
    drag(qtbot, viewport, QPoint(300, 300), QPoint(700, 300), steps=5)
    qtbot.waitUntil(lambda: page.current_page() == 0, timeout=2000)
    # mirrored in Arabic
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    drag(qtbot, viewport, QPoint(300, 300), QPoint(700, 300), steps=5)
    qtbot.waitUntil(lambda: page.current_page() == 1, timeout=2000)
    window.close()


def test_page_list_jumps_and_keys_turn_and_zoom(qtbot, pdfs):
    page, window = open_page(qtbot, resource("document", pdfs), "en")
    assert page.page_label.height() >= 48
    QTest.mouseClick(page.page_label, Qt.MouseButton.LeftButton)
    sheet = page.page_sheet
    assert sheet is not None and list(sheet.rows) == ["0", "1", "2", "3", "4"]
    assert sheet.rows["3"].text() == "Page 4"
    QTest.mouseClick(sheet.rows["3"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.current_page() == 3, timeout=2000)
    assert page.page_sheet is None
    QTest.keyClick(page.view, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: page.current_page() == 2, timeout=2000)
    QTest.keyClick(page.view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: page.current_page() == 3, timeout=2000)
    QTest.mouseClick(page.fit_button, Qt.MouseButton.LeftButton)
    QTest.keyClick(page.view, Qt.Key.Key_Plus)
    assert page.zoom() == pytest.approx(1.25)
    QTest.keyClick(page.view, Qt.Key.Key_Minus)
    assert page.fit_mode() == "width"
    window.close()


def test_fit_is_one_choice_and_a_zoom_leaves_neither_chosen(qtbot, pdfs):
    """ "Whole page" / "Page width": radio buttons, one chosen; after a zoom of the
    visitor's own neither is (the zoom shown is then the truth), a fit chosen again."""
    from PySide6.QtGui import QAccessible

    page, window = open_page(qtbot, resource("document", pdfs), "en")
    qtbot.waitUntil(lambda: page.fit_mode() == "page", timeout=2000)
    fits = [page.fit_page_button, page.fit_button]
    assert [b.text() for b in fits] == ["Whole page", "Page width"]
    for button in fits:
        assert QAccessible.queryAccessibleInterface(button).role() == QAccessible.Role.RadioButton
        assert button.height() >= 56 and button.width() >= 56
    assert page.fit_choice.accessibleName() == "Fit the page to the screen"
    chosen = lambda: [b.text() for b in fits if b.isChecked()]  # noqa: E731
    assert chosen() == ["Whole page"]
    assert page.zoom_label.text() == f"{round(page.zoom() * 100)} %"

    QTest.mouseClick(page.fit_button, Qt.MouseButton.LeftButton)
    assert chosen() == ["Page width"] and page.zoom_label.text() == "100 %"
    QTest.keyClick(page.view, Qt.Key.Key_Plus)
    assert chosen() == [] and page.zoom_label.text() == "125 %"
    assert page.zoom_label.accessibleName() == "Zoom: 125 %"
    QTest.mouseClick(page.zoom_in_button, Qt.MouseButton.LeftButton)
    assert chosen() == [] and page.zoom_label.text() == "156 %"
    # a tap on a fit chooses it again; a double tap zooms (none) and back (the last fit)
    QTest.mouseClick(page.fit_page_button, Qt.MouseButton.LeftButton)
    assert chosen() == ["Whole page"] and page.fit_mode() == "page"
    centre = page.view.viewport().rect().center()
    QTest.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert chosen() == [] and page.zoom_label.text() == "200 %"
    QTest.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: chosen() == ["Whole page"], timeout=2000)
    # the keyboard: arrows move between the two without choosing, Space chooses
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    page.fit_page_button.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(page.fit_page_button, Qt.Key.Key_Right)
    assert page.fit_button.hasFocus() and chosen() == ["Whole page"]
    QTest.keyClick(page.fit_button, Qt.Key.Key_Space)
    assert chosen() == ["Page width"] and page.fit_mode() == "width"
    window.close()


def test_controls_take_two_rows_when_larger_text_needs_them(qtbot, pdfs):
    """A larger text size after the page is shown: no control is squeezed below its words."""
    page, window = open_page(qtbot, resource("document", pdfs, wanted="fr", shown="fr"), "fr")
    controls = [
        page.prev_button,
        page.page_label,
        page.next_button,
        page.fit_page_button,
        page.fit_button,
        page.zoom_out_button,
        page.zoom_label,
        page.zoom_in_button,
    ]
    rows = lambda: {w.mapTo(page, w.rect().topLeft()).y() // 40 for w in controls}  # noqa: E731
    assert len(rows()) == 1, "900 px: pages, fit and zoom on one row"
    page.setStyleSheet("QPushButton, QLabel { font-size: 22pt; }")  # as "Largest text" does
    qtbot.waitUntil(lambda: len(rows()) == 2, timeout=2000)
    for widget in controls:
        assert widget.width() >= widget.sizeHint().width(), widget.objectName()
    window.close()


def test_a_column_beside_the_page_that_still_scrolls_is_reached_by_keyboard(qtbot, pdfs):
    """Sources too long for the column beside the page: Tab reaches the column after the
    controls and the arrow keys scroll it (a column that fits takes no Tab stop)."""
    page, window = open_page(qtbot, resource("document", pdfs), "en")
    page.setStyleSheet("QPushButton { min-height: 64px; font-size: 18pt; }")  # "Largest text"
    window.resize(1300, 480)
    page.setGeometry(0, 0, 1300, 480)
    qtbot.waitUntil(lambda: page.arrangement == "beside")
    bar = page.side.verticalScrollBar()
    assert bar.maximum() == 0 and not page.sources.focusPolicy() & Qt.FocusPolicy.TabFocus
    page.sources.setText("Sources: a long list of reports. " * 120)
    page.sources.show()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert page.sources.focusPolicy() & Qt.FocusPolicy.TabFocus
    page.zoom_in_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(page.zoom_in_button, Qt.Key.Key_Tab)
    assert page.sources.hasFocus()
    sources = page.sources.rect().translated(page.sources.mapTo(page.side.viewport(), QPoint()))
    assert page.side.viewport().rect().intersects(sources), "the column shows the sources"
    start = bar.value()
    qtbot.keyClick(page.sources, Qt.Key.Key_PageDown)
    assert bar.value() > start
    window.close()


def test_page_numbers_and_zoom_are_in_the_interface_languages_digits(qtbot, pdfs):
    """Arabic: "١ / ٥" as the carousel and the dates write them, not Latin digits."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("ar"))
    try:
        page, window = open_page(qtbot, resource("document", pdfs, wanted="ar"), "ar")
        assert page.page_label.text() == "Page ١ of ٥"
        zoom = page.zoom_label.text()
        assert zoom.endswith(" %") and zoom[:-2] == QLocale().toString(round(page._zoom * 100))
        assert not any(char.isascii() and char.isdigit() for char in zoom)
        window.close()
    finally:
        QLocale.setDefault(before)
