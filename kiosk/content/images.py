"""Story images (Qt-free): their pixel size for `content check`, read from the file header.

The kiosk never shows a photo larger than KIOSK_MAX_PX on its longest side; the build
stores a scaled copy of larger ones beside the database (kiosk/ui/image_copies.py).
"""

from __future__ import annotations

import struct
from pathlib import Path

# The longest side, in pixels, at which the kiosk can show a story photo (a 1920 px
# wide screen at most, or a card at twice its size on a high-density screen).
KIOSK_MAX_PX = 1920

_JPEG_FRAMES = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def image_size(path: Path) -> tuple[int, int] | None:
    """(width, height) of a PNG, JPEG, GIF or WebP file, or None when it is none of these."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(32)
            if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
                return struct.unpack(">II", head[16:24])
            if head[:6] in (b"GIF87a", b"GIF89a"):
                return struct.unpack("<HH", head[6:10])
            if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
                return _webp_size(head)
            if head[:2] == b"\xff\xd8":
                handle.seek(2)
                return _jpeg_size(handle)
    except (OSError, struct.error):
        return None
    return None


def _webp_size(head: bytes) -> tuple[int, int] | None:
    chunk = head[12:16]
    if chunk == b"VP8X":
        width = int.from_bytes(head[24:27], "little") + 1
        height = int.from_bytes(head[27:30], "little") + 1
        return width, height
    if chunk == b"VP8L":
        bits = int.from_bytes(head[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8 ":
        width, height = struct.unpack("<HH", head[26:30])
        return width & 0x3FFF, height & 0x3FFF
    return None


def _jpeg_size(handle) -> tuple[int, int] | None:
    while True:
        marker = handle.read(2)
        if len(marker) < 2 or marker[0] != 0xFF:
            return None
        while marker[1] == 0xFF:  # fill bytes
            marker = marker[1:] + handle.read(1)
        (length,) = struct.unpack(">H", handle.read(2))
        if marker[1] in _JPEG_FRAMES:
            _precision, height, width = struct.unpack(">BHH", handle.read(5))
            return width, height
        handle.seek(length - 2, 1)
