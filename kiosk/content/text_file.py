"""A `<lang>.md` text file: `# Title` on the first non-empty line, Markdown body below."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class TitledText:
    title: str
    body: str  # Markdown source, stored as text and never rendered as HTML

    @property
    def summary(self) -> str:
        """The first paragraph of the body, for cards and lists."""
        first = _PARAGRAPH_BREAK.split(self.body.strip(), maxsplit=1)[0]
        return " ".join(first.split())


class TitleMissing(ValueError):
    def __init__(self, line: int, message: str):
        self.line = line
        super().__init__(message)


def parse_titled_text(text: str) -> TitledText:
    """Split a text file into title and body; raise TitleMissing when there is no `# Title`."""
    lines = text.splitlines()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        stripped = line.strip()
        if not stripped.startswith("# ") or not stripped[2:].strip():
            raise TitleMissing(
                number, f"the first line must be the title, as '# Title' (found {stripped[:40]!r})"
            )
        body = "\n".join(lines[number:]).strip("\n")
        return TitledText(stripped[2:].strip(), body)
    raise TitleMissing(1, "the file is empty: it needs a '# Title' line and a text")


def decode_utf8(raw: bytes) -> tuple[str | None, int | None, str | None]:
    """Decode bytes as UTF-8: (text, None, None), or (None, line, message) on failure."""
    try:
        return raw.decode("utf-8-sig"), None, None
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        return (
            None,
            line,
            f"not valid UTF-8 (byte 0x{raw[error.start]:02x}); save the file as UTF-8",
        )
