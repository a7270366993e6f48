"""The Trust Fund / link page: safe text, the address as a QR code that encodes it, and as text."""

from __future__ import annotations

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from kiosk.ui.markdown import safe_markdown_html
from kiosk.ui.pages.link_page import LinkPage
from kiosk.ui.pages.resource_page import create_resource_page
from kiosk.ui.widgets.qr_code import QUIET_ZONE, qr_image
from tests.media_fixtures import resource, show_hosted

URL = "https://www.unodc.org/unodc/en/human-trafficking-fund.html"
BODY = (
    "The **Fund** is managed by UNODC.\n\nIn 2011 it gave $300,000 to 12 organizations "
    "<script>alert(1)</script>.\n\n- Donate\n- Spread the word\n\nSee [the site](https://x.org)."
)


def test_markdown_is_escaped_and_never_linked(qapp):
    """The link page's Markdown goes the stories' way: Qt Markdown without HTML."""
    html = safe_markdown_html(BODY, QFont())
    assert "<script" not in html and "&lt;script&gt;" in html
    assert "font-weight:700" in html  # **Fund**
    assert "<a " not in html and "href" not in html and "the site (https://x.org)" in html
    assert html.count("<li") == 2


def test_link_page_shows_hidden_html_as_text(qtbot):
    hostile = "Hello <img src=/tmp/red.png width=400> <b>BOLD</b> ![x](file:///etc/passwd)"
    page = LinkPage(resource("fund", body=hostile, url=URL), "en")
    qtbot.addWidget(page)
    shown = page.body_label.text()
    assert "<img" not in shown and "&lt;img" in shown
    assert "<b>" not in shown and "&lt;b&gt;BOLD" in shown
    assert "passwd" not in shown


def test_qr_image_encodes_the_address():
    px = 5
    image = qr_image(URL, px)
    matrix = segno.make(URL, error="m", micro=False).matrix
    side = len(matrix)
    assert image.width() == image.height() == (side + 2 * QUIET_ZONE) * px
    black = QColor("black").rgb()
    for y in range(side):
        for x in range(side):
            centre = ((x + QUIET_ZONE) * px + px // 2, (y + QUIET_ZONE) * px + px // 2)
            assert (image.pixel(*centre) == black) == bool(matrix[y][x]), (x, y)
    # The quiet zone is white all round.
    assert all(image.pixel(i, 0) != black for i in range(image.width()))


def test_link_page_shows_title_text_and_address(qtbot):
    fund = resource("fund", url=URL, body=BODY, title="UN Voluntary Trust Fund")
    page = create_resource_page(fund, "en")
    assert isinstance(page, LinkPage)
    window = show_hosted(qtbot, page)
    assert page.header.title_label.text() == "UN Voluntary Trust Fund"
    assert "&lt;script&gt;" in page.body_label.text()
    assert page.body_label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    assert page.address_label.text() == URL
    assert page.address_label.textFormat() == Qt.TextFormat.PlainText
    assert page.caption_label.text() == "Scan the code or type this address:"
    assert page.qr_view.text() == URL
    assert page.qr_view.width() >= 200
    assert page.header.note_label.isHidden()
    with qtbot.waitSignal(page.back_requested, timeout=1000):
        qtbot.keyClick(page, Qt.Key.Key_Escape)
    window.close()


def test_link_page_says_which_language_it_shows(qtbot):
    link = resource("link", url="https://www.unodc.org/blueheart/", wanted="ar", shown="en")
    page = create_resource_page(link, "ar")
    qtbot.addWidget(page)
    assert page.header.note_label.text() == "Published in English"
    page.set_language("en", resource("link", url="https://www.unodc.org/blueheart/"))
    assert page.header.note_label.text() == ""


def test_link_without_address_hides_the_code(qtbot):
    page = LinkPage(resource("link", url=None), "en")
    window = show_hosted(qtbot, page)
    assert not page.qr_card.isVisible()
    window.close()
