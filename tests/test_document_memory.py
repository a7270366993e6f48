"""Opening a PDF again and again leaves nothing behind (see document_page.keep_pdfium_running)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent

from kiosk.ui.pages.resource_page import create_resource_page
from tests.media_fixtures import make_pdf, resource


def mappings() -> int:
    with open("/proc/self/maps") as maps:
        return sum(1 for _ in maps)


def test_a_pdf_opened_and_closed_again_and_again_leaves_no_memory_mappings(qtbot, tmp_path):
    # QtPdf restarts PDFium whenever its last document was deleted, and every restart
    # left 8 mappings behind: 14 visits to the PDF with nothing else open made ~110.
    kit = resource("document", {"en": make_pdf(tmp_path / "kit.en.pdf", 2, "English")})

    def visit() -> None:
        page = create_resource_page(kit, "en")
        assert page.page_count() == 2
        page.render_page(0, 300)
        page.close()
        page.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    visit()
    visit()
    before = mappings()
    for _ in range(14):
        visit()
    assert mappings() - before < 30
