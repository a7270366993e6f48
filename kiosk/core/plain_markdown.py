"""Content Markdown shown safely: plain paragraphs and bullet lists as escaped HTML, no links.

Content text is never trusted as HTML: everything is escaped first, then only
paragraphs, bullet items and bold/italic emphasis are turned into tags. Links
become their text followed by the address in brackets, never a clickable anchor
(the kiosk opens nothing).
"""

from __future__ import annotations

import html
import re

_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_HEADING = re.compile(r"^\s*#{1,6}\s+")


def _inline(text: str) -> str:
    text = _LINK.sub(lambda m: f"{m.group(1)} ({m.group(2)})", text)
    text = html.escape(text, quote=False)
    text = _BOLD.sub(r"<b>\2</b>", text)
    return _ITALIC.sub(r"<i>\2</i>", text)


def paragraphs(markdown: str) -> list[str]:
    """Blocks of plain text: paragraphs and bullet items (markup removed, not escaped)."""
    blocks: list[str] = []
    for block in re.split(r"\n\s*\n", markdown.replace("\r\n", "\n").strip()):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if lines and all(_BULLET.match(line) for line in lines):
            blocks.extend("• " + _BULLET.sub("", line) for line in lines)
        elif lines:
            blocks.append(_HEADING.sub("", " ".join(lines)))
    return blocks


def to_safe_html(markdown: str) -> str:
    """Escaped HTML of `markdown`: <p> per paragraph or bullet item, <b>/<i> for emphasis."""
    return "".join(f"<p>{_inline(block)}</p>" for block in paragraphs(markdown))
