"""Progress reporting for long pack steps: a callback type and a plain text bar for the CLI."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

# progress(step, done, total): `total` 0 means "size unknown".
Progress = Callable[[str, int, int], None]


def no_progress(_step: str, _done: int, _total: int) -> None:
    return None


class TextProgressBar:
    """`step [#########.........]  45%` redrawn in place on a terminal, a line per step elsewhere."""

    def __init__(self, stream: TextIO | None = None, width: int = 30, min_interval_s: float = 0.1):
        self.stream = stream or sys.stderr
        self.width = width
        self.min_interval_s = min_interval_s
        self._step = ""
        self._last = 0.0
        self._printed = ""
        self._tty = bool(getattr(self.stream, "isatty", lambda: False)())

    def __call__(self, step: str, done: int, total: int) -> None:
        now = time.monotonic()
        finished = total > 0 and done >= total
        if step == self._step and not finished and now - self._last < self.min_interval_s:
            return
        if step != self._step and self._step and self._tty:
            self.stream.write("\n")
        new_step = step != self._step
        self._step, self._last = step, now
        if not self._tty and not (new_step or finished):
            return  # a log file gets the start and the end of each step, not every redraw
        fraction = min(done / total, 1.0) if total > 0 else 0.0
        filled = int(fraction * self.width)
        bar = "#" * filled + "." * (self.width - filled)
        line = f"{step:<18} [{bar}] {fraction:4.0%}"
        if line == self._printed:
            return
        self._printed = line
        self.stream.write(("\r" + line) if self._tty else (line + "\n"))
        self.stream.flush()

    def close(self) -> None:
        if self._step and self._tty:
            self.stream.write("\n")
            self.stream.flush()
        self._step = ""
