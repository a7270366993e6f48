"""The harmless warnings QtMultimedia logs on a machine without sound server, sound card or GPU.

One list for the app's self-test and for the tests: each pattern is matched with
`re.search` against one Qt message, exactly as pytest-qt's `qt_log_ignore` does.
The film plays (silently, with CPU conversion) when these appear; anything else
QtMultimedia says is a real problem.
"""

from __future__ import annotations

import re

MULTIMEDIA_NOISE: tuple[str, ...] = (
    r"^Couldn't load pipewire-0\.3 library$",
    r"^Couldn't resolve pipewire-0\.3 symbols$",
    r"ensureRhi.*No RHI backend\. Using CPU conversion\.$",
    r"^PulseAudioService: pa_context_connect\(\) failed$",
    r"^No audio device detected$",
    # A player discarded while FFmpeg still opens its file (the visitor left the film or
    # chose another version within a moment): FFmpeg's open is interrupted on purpose.
    r"^Could not open media\. FFmpeg error description: Immediate exit requested$",
)

_NOISE = tuple(re.compile(pattern) for pattern in MULTIMEDIA_NOISE)


def is_multimedia_noise(message: str) -> bool:
    """True when `message` is one of the harmless QtMultimedia warnings above."""
    return any(pattern.search(message) for pattern in _NOISE)


# FFmpeg's own log level for errors only (libavutil/log.h AV_LOG_ERROR): without it,
# FFmpeg prints an "Input #0 ..." dump of every film it opens straight to stderr.
AV_LOG_ERROR = 16


def quiet_ffmpeg() -> bool:
    """Keep FFmpeg (inside Qt Multimedia) to real errors; True when its library was found.

    Qt's own multimedia messages go through Qt's message handler into kiosk.log; FFmpeg
    writes to stderr itself. Loading PySide6's libavutil before Qt does, and setting its
    level, leaves only errors there (journald keeps those).
    """
    import ctypes
    import os
    import sys
    from pathlib import Path

    import PySide6

    base = Path(PySide6.__file__).resolve().parent
    if sys.platform == "win32":
        candidates = sorted(base.glob("avutil-*.dll"))
    elif sys.platform == "darwin":
        candidates = sorted((base / "Qt" / "lib").glob("libavutil.*.dylib"))
    else:
        candidates = sorted((base / "Qt" / "lib").glob("libavutil.so.*"), key=lambda p: len(p.name))
    for path in candidates:
        try:
            # Lazy binding, as Qt loads it: some symbols resolve through Qt's stub libraries.
            library = ctypes.CDLL(str(path), mode=getattr(os, "RTLD_LAZY", 0))
        except OSError:
            continue
        library.av_log_set_level(ctypes.c_int(AV_LOG_ERROR))
        return True
    return False
