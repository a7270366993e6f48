"""The one way content Markdown is shown: Qt's Markdown renderer with HTML switched off.

Stories and resource pages (fund, link) both go through `render_safe_markdown`: raw HTML,
autolinks and images in the source are shown as text, links are written out as
"text (address)" and never clickable (the kiosk opens nothing). tests/test_ui_main_window.py
and tests/test_link_page.py feed both paths hidden HTML.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument

_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")


def safe_markdown(text: str) -> str:
    """Markdown that can only produce text: no HTML, no images, links written out."""
    text = _IMAGE.sub(lambda m: m.group(1), text)
    text = _LINK.sub(lambda m: f"{m.group(1)} ({m.group(2)})" if m.group(2) else m.group(1), text)
    # A backslash makes '<' literal, so neither raw HTML nor <autolinks> survive.
    return text.replace("\\<", "<").replace("<", "\\<")


def render_safe_markdown(document: QTextDocument, text: str) -> None:
    """Fill `document` from story Markdown; whatever the source, the result is plain styled text."""
    document.setMarkdown(safe_markdown(text), QTextDocument.MarkdownFeature.MarkdownNoHTML)
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    plain = QTextCharFormat()
    plain.setAnchor(False)
    plain.setAnchorHref("")
    cursor.mergeCharFormat(plain)


def safe_markdown_html(text: str, font: QFont) -> str:
    """Content Markdown as the HTML Qt itself writes for it (for a rich-text QLabel).

    The HTML comes from a QTextDocument filled by `render_safe_markdown`, so it holds only
    what Qt's Markdown renderer made of the escaped source: never the source's own tags.
    """
    document = QTextDocument()
    document.setDefaultFont(font)
    render_safe_markdown(document, text)
    return document.toHtml()
