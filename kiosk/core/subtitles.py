"""WebVTT subtitles for the film page: a tolerant, Qt-free parser and a cue lookup.

Covers the subset our sidecar files use: an optional header, optional cue
identifiers, `start --> end` timings (hh:mm:ss.mmm or mm:ss.mmm, settings after
the end time ignored), multi-line cue text; NOTE, STYLE and REGION blocks are
skipped and inline tags (<i>, <c.x>, <v Name>) are removed. A broken block is
skipped, never raised: a visitor sees the rest of the subtitles.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass
from pathlib import Path

_TIME = re.compile(r"^(?:(\d+):)?([0-5]?\d):([0-5]?\d)[.,](\d{1,3})$")
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class Cue:
    start_ms: int
    end_ms: int
    text: str  # plain text, lines joined with "\n"


class Subtitles:
    """Cues in start order, with a fast lookup of the cue shown at a position."""

    def __init__(self, cues: list[Cue]):
        self.cues = sorted(cues, key=lambda cue: (cue.start_ms, cue.end_ms))
        self._starts = [cue.start_ms for cue in self.cues]

    def __len__(self) -> int:
        return len(self.cues)

    def cue_at(self, ms: int) -> Cue | None:
        """The cue visible at `ms` (start inclusive, end exclusive), latest start wins."""
        index = bisect.bisect_right(self._starts, ms) - 1
        while index >= 0:
            cue = self.cues[index]
            if cue.start_ms <= ms < cue.end_ms:
                return cue
            # An earlier, longer cue may still cover `ms`; cues rarely overlap, so few steps.
            if ms - cue.start_ms > 60 * 60 * 1000:
                break
            index -= 1
        return None

    def text_at(self, ms: int) -> str:
        cue = self.cue_at(ms)
        return cue.text if cue else ""


def parse_timestamp(text: str) -> int | None:
    """Milliseconds for "01:02:03.450" or "02:03.450"; None if malformed."""
    match = _TIME.match(text.strip())
    if not match:
        return None
    hours, minutes, seconds, fraction = match.groups()
    millis = int(fraction.ljust(3, "0"))
    return ((int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + millis


def parse_webvtt(text: str) -> Subtitles:
    """Parse WebVTT text; malformed blocks are skipped."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    cues: list[Cue] = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [line for line in block.split("\n") if line.strip()]
        timing = next((i for i, line in enumerate(lines[:2]) if "-->" in line), None)
        if timing is None:
            continue  # the header, NOTE/STYLE/REGION, or a broken block
        start_text, _, rest = lines[timing].partition("-->")
        end_text = rest.strip().split()[0] if rest.strip() else ""
        start, end = parse_timestamp(start_text), parse_timestamp(end_text)
        if start is None or end is None or end <= start:
            continue
        body = "\n".join(html.unescape(_TAG.sub("", line)).strip() for line in lines[timing + 1 :])
        if body.strip():
            cues.append(Cue(start, end, body.strip()))
    return Subtitles(cues)


def load_webvtt(path: Path) -> Subtitles:
    """Read a .vtt file (UTF-8); an unreadable file gives no cues rather than an error."""
    try:
        return parse_webvtt(Path(path).read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return Subtitles([])
