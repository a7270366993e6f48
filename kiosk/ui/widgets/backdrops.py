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

Files are written by a worker thread (`BackdropStore.save` hands the image over and
returns): a new picture is drawn whenever the carousel or a page shows a sea colour, size
or country not kept yet, minutes after the start too, and writing it (a rename over the
old file, the oldest files removed) waits for the disk, 0.03-0.3 s when other programs
write. The interface's thread only reads them.
"""

from __future__ import annotations

import contextlib
import logging
import os
import struct
import threading
import time
import zlib
from pathlib import Path

from PySide6.QtGui import QImage

log = logging.getLogger(__name__)

MAGIC = b"awareness-kiosk backdrop 1\n"
SUFFIX = ".backdrop"
PARTIAL = ".partial"  # a file being written, renamed to SUFFIX once whole
PARTIAL_AGE_S = 60  # a partial file this old was cut short
LIMIT = 12  # a few screen shapes' worth (five sea blues and high contrast per shape)
FORMAT = QImage.Format.Format_ARGB32_Premultiplied
_KEY_LENGTH = struct.Struct("<I")
_HEAD = struct.Struct("<IIIIdI")  # width, height, bytes per line, format, pixel ratio, CRC


class BackdropStore:
    """Backdrop images by key, one file each, in `folder` (made when first written)."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self._lock = threading.Lock()
        self._pending: list[tuple[str, QImage]] = []  # handed to `save`, not written yet
        self._writer: threading.Thread | None = None  # writes them, ends when none is left

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
        """Keep `image` for `key`: written by a worker thread (see the module's text),
        whole, then renamed; a failure is only logged. Returns at once."""
        with self._lock:
            self._pending.append((key, image))
            if self._writer is None:
                self._writer = threading.Thread(
                    target=self._write_pending, name="backdrops", daemon=True
                )
                self._writer.start()

    def written(self, timeout: float | None = None) -> bool:
        """Wait until the images handed to `save` are written (or failed); False if not
        within `timeout` s. For tests and tools: the kiosk never waits for them."""
        while True:
            with self._lock:
                writer = self._writer
            if writer is None:
                return True
            writer.join(timeout)
            if writer.is_alive():
                return False

    def _write_pending(self) -> None:
        while True:
            with self._lock:
                if not self._pending:
                    self._writer = None  # the next save starts another writer
                    return
                key, image = self._pending.pop(0)
            self._write(key, image)

    def _write(self, key: str, image: QImage) -> None:
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
        partial = target.with_suffix(PARTIAL)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(MAGIC + _KEY_LENGTH.pack(len(name)) + name + head + pixels)
            os.replace(partial, target)
            self._prune()
        except OSError as error:
            log.info("cannot keep a topic backdrop in %s: %s", self.folder, error)

    def _prune(self) -> None:
        """The newest LIMIT files kept, and partial files left by a write cut short (the
        kiosk's end does not wait for this daemon thread) removed once they are old:
        another store may be writing a new one (a test's, a tool's)."""
        with os.scandir(self.folder) as entries:
            files = [e for e in entries if e.name.endswith((SUFFIX, PARTIAL)) and e.is_file()]
        cut_short = time.time() - PARTIAL_AGE_S
        for entry in files:
            if entry.name.endswith(PARTIAL) and entry.stat().st_mtime < cut_short:
                Path(entry.path).unlink(missing_ok=True)
        files = [entry for entry in files if entry.name.endswith(SUFFIX)]
        files.sort(key=lambda entry: entry.stat().st_mtime_ns, reverse=True)
        for entry in files[LIMIT:]:
            Path(entry.path).unlink(missing_ok=True)
