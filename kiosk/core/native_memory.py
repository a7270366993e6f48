"""The C heap of a long-running kiosk: fewer malloc arenas, freed memory handed back.

Each film played starts FFmpeg threads (demuxer, decoders, audio and video renderers).
glibc gives threads their own malloc arenas (up to 8 per core) and keeps what they
freed mapped, so the process's memory grew by 0.05-0.1 MB a film in the soak bench
without any object leaking (bench/README.md). Capping the arenas before Qt starts
its threads, and trimming after a media page is closed, keeps it flat. Elsewhere
than glibc both are no-ops.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from functools import cache

log = logging.getLogger(__name__)

# mallopt() parameter number of M_ARENA_MAX in glibc's malloc.h.
_M_ARENA_MAX = -8
# Arenas for the whole process: the main thread and FFmpeg's threads share them.
ARENAS = 2


@cache
def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        # The process's own symbols, which hold the C library it runs on. Not
        # ctypes.util.find_library: it runs `ldconfig -p` (a process, 20-160 ms at start).
        libc = ctypes.CDLL(None)
    except OSError:
        return None
    if not hasattr(libc, "mallopt") or not hasattr(libc, "malloc_trim"):
        return None  # not glibc
    return libc


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """Cap glibc's malloc arenas; call before any thread starts. True when it applied."""
    libc = _libc()
    if libc is None:
        return False
    return bool(libc.mallopt(_M_ARENA_MAX, arenas))


def release_freed_memory() -> None:
    """Give the pages malloc holds free back to the system (every arena; a few ms)."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)
