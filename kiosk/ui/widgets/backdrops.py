"""The sea and world under the story pictures, kept on disk from one start to the next.

The home screen's first story is usually a topic picture (a story without one country):
its symbol over the whole world, faint, on the sea. Drawing that sea and world (176
antialiased countries and the graticule) costs about 5 ms of CPU, and a kiosk draws the
very same one at every start of the same screen. The app therefore keeps these backdrops
in <data dir>/cache/pictures (`MapPainter.keep_backdrops_in`): a start that finds the
backdrop of its picture copies it (about 0.5 ms) and paints the disc and the symbol over
it as before, so the picture is the same, pixel for pixel (tests/test_topic_backdrops.py).
A story's locator map keeps its backdrop the same way: the sea and the world around its
country (about 9 ms to draw: borders 1.2 px wide), keyed by the country and its frame.

A file is used only for exactly its key: the picture's size, pixel ratio, contrast, sea
colour (or country and frame), and the start caches' stamp of what draws it (Qt's
version, the paths file, the drawing code: kiosk/ui/start_cache.py). Anything else (a file from another version, a cut or damaged file: its
CRC) is drawn again and the file written anew. The newest LIMIT files are kept.
"""

from __future__ import annotations

import contextlib
import logging
import os
import struct
import zlib
from pathlib import Path

from PySide6.QtGui import QImage

log = logging.getLogger(__name__)

MAGIC = b"awareness-kiosk backdrop 1\n"
SUFFIX = ".backdrop"
LIMIT = 12  # a few screen shapes' worth (five sea blues and high contrast per shape)
FORMAT = QImage.Format.Format_ARGB32_Premultiplied
_KEY_LENGTH = struct.Struct("<I")
_HEAD = struct.Struct("<IIIIdI")  # width, height, bytes per line, format, pixel ratio, CRC


class BackdropStore:
    """Backdrop images by key, one file each, in `folder` (made when first written)."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def file(self, key: str) -> Path:
        return self.folder / f"{zlib.crc32(key.encode()):08x}{SUFFIX}"

    def load(self, key: str) -> QImage | None:
        """The backdrop stored for exactly `key`, or None (none, another key, damaged)."""
        path = self.file(key)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        name = key.encode()
        head = len(MAGIC) + _KEY_LENGTH.size + len(name)
        if (
            len(data) < head + _HEAD.size
            or not data.startswith(MAGIC)
            or _KEY_LENGTH.unpack_from(data, len(MAGIC))[0] != len(name)
            or data[len(MAGIC) + _KEY_LENGTH.size : head] != name
        ):
            return None
        width, height, per_line, kind, ratio, crc = _HEAD.unpack_from(data, head)
        pixels = memoryview(data)[head + _HEAD.size :]
        if (
            kind != FORMAT.value
            or len(pixels) != per_line * height
            or per_line < 4 * width
            or zlib.crc32(pixels) != crc
        ):
            log.info("%s: damaged, drawn again", path)
            return None
        # A copy that owns its pixels (the QImage must not point into `data`).
        image = QImage(bytes(pixels), width, height, per_line, FORMAT).copy()
        image.setDevicePixelRatio(ratio)
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: kept by `_prune`
        return image

    def save(self, key: str, image: QImage) -> None:
        """Keep `image` for `key` (written whole, then renamed); a failure is only logged."""
        if image.format() != FORMAT:
            image = image.convertToFormat(FORMAT)
        pixels = bytes(image.constBits())[: image.bytesPerLine() * image.height()]
        name = key.encode()
        head = _HEAD.pack(
            image.width(),
            image.height(),
            image.bytesPerLine(),
            FORMAT.value,
            image.devicePixelRatio(),
            zlib.crc32(pixels),
        )
        target = self.file(key)
        partial = target.with_suffix(".partial")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(MAGIC + _KEY_LENGTH.pack(len(name)) + name + head + pixels)
            os.replace(partial, target)
            self._prune()
        except OSError as error:
            log.info("cannot keep a topic backdrop in %s: %s", self.folder, error)

    def _prune(self) -> None:
        with os.scandir(self.folder) as entries:
            files = [e for e in entries if e.name.endswith(SUFFIX) and e.is_file()]
        files.sort(key=lambda entry: entry.stat().st_mtime_ns, reverse=True)
        for entry in files[LIMIT:]:
            Path(entry.path).unlink(missing_ok=True)
