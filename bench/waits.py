"""Where a process's main thread waits off the CPU (Linux /proc), sampled while it starts.

`WaitSampler(pid)` reads, every few milliseconds, the main thread's state and, while it
sleeps or waits for the disk, the system call it is in (with the file it works on, where
/proc lets us see it) and the kernel function it waits in (/proc/<pid>/stack, readable by
root; else /proc/<pid>/wchan). `top()` then says where the waits went, e.g.
"fdatasync kiosk.lock in folio_wait_writeback 0.49 s", or for a page of a mapped file
read from the disk "page fault (libQt6Gui.so.6) in filemap_fault 0.31 s" (the file whose
code was running): what the fault round's note shows for a slow start or stop. Where /proc gives nothing (another system), it samples nothing.
"""

from __future__ import annotations

import os
import threading
import time
from collections import Counter

INTERVAL_S = 0.004
# x86-64 numbers of the calls a start may wait in; others are shown by number.
_CALLS = {
    0: "read", 1: "write", 3: "close", 7: "poll", 17: "pread64", 18: "pwrite64", 74: "fsync",
    75: "fdatasync", 76: "truncate", 77: "ftruncate", 82: "rename", 83: "mkdir", 87: "unlink",
    202: "futex", 230: "clock_nanosleep", 232: "epoll_wait", 257: "openat", 263: "unlinkat",
    217: "getdents64", 271: "ppoll", 316: "renameat2",
}  # fmt: skip
_FD_CALLS = {"read", "write", "close", "pread64", "pwrite64", "fsync", "fdatasync", "ftruncate"}
# The argument (1-based, after the call's number) that points to a path.
_PATH_ARG = {"rename": 2, "unlink": 1, "truncate": 1, "mkdir": 1, "openat": 2, "unlinkat": 2}
_PATH_ARG["renameat2"] = 4
# Kernel functions that only say "waiting": the caller below them says for what.
_GENERIC = ("__schedule", "schedule", "io_schedule", "folio_wait_bit", "submit_bio_wait")
_GENERIC += ("rq_qos_wait",)


class WaitSampler:
    """Samples `pid`'s main thread from a thread of this process until `stop()`."""

    def __init__(self, pid: int):
        self.base = f"/proc/{pid}"
        self.waits: Counter[str] = Counter()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="wait sampler", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def top(self, count: int = 2, least_s: float = 0.02) -> str:
        """The `count` longest waits of at least `least_s` seconds, or ""."""
        return ", ".join(
            f"{where} {seconds:.2f} s"
            for where, seconds in self.waits.most_common(count)
            if seconds >= least_s
        )

    def _run(self) -> None:
        last, where = time.monotonic(), None
        while not self._stop.wait(INTERVAL_S):
            now = time.monotonic()
            if where is not None:
                self.waits[where] += now - last
            last = now
            try:
                where = self._where()
            except (OSError, ValueError, IndexError):
                where = None
                if not os.path.exists(self.base):
                    return

    def _where(self) -> str | None:
        with open(f"{self.base}/stat") as stat:
            state = stat.read().rsplit(")", 1)[1].split()[0]
        if state not in ("S", "D"):
            return None  # running or runnable (schedstat counts that)
        with open(f"{self.base}/syscall") as syscall:
            fields = syscall.read().split()
        call = _call(fields)
        if call == "page fault":
            return f"{call}{self._mapped(fields)} in {self._kernel_function()}"
        return f"{call}{self._file(fields, call)} in {self._kernel_function()}"

    def _mapped(self, fields: list[str]) -> str:
        """The file mapped where the faulting code runs (its program counter): the
        library or program whose code (or whose data it reads) came from the disk."""
        try:
            pc = int(fields[2], 16)
            with open(f"{self.base}/maps") as maps:
                for line in maps:
                    span, *rest = line.split()
                    low, high = (int(part, 16) for part in span.split("-"))
                    if low <= pc < high:
                        return f" ({os.path.basename(rest[4])})" if len(rest) > 4 else ""
        except (OSError, ValueError, IndexError):
            pass
        return ""

    def _kernel_function(self) -> str:
        try:
            with open(f"{self.base}/stack") as stack:
                frames = [line.split()[1].split("+")[0] for line in stack.read().splitlines()]
        except (OSError, IndexError):
            frames = []
        if frames:
            # The first frame that is not a generic wait says what it waits for.
            for frame in frames:
                if not frame.startswith(_GENERIC):
                    return frame
            return frames[0]
        with open(f"{self.base}/wchan") as wchan:
            return wchan.read().strip() or "?"

    def _file(self, fields: list[str], name: str) -> str:
        try:
            if name in _FD_CALLS:
                target = os.readlink(f"{self.base}/fd/{int(fields[1], 16)}")
            elif name in _PATH_ARG:
                with open(f"{self.base}/mem", "rb") as mem:
                    mem.seek(int(fields[_PATH_ARG[name]], 16))
                    target = mem.read(512).split(b"\0")[0].decode(errors="replace")
            else:
                return ""
        except (OSError, ValueError, IndexError, OverflowError):
            return ""
        return " " + os.path.basename(target)


def _call(fields: list[str]) -> str:
    if not fields or not fields[0].lstrip("-").isdigit():
        return fields[0] if fields else "?"  # "running"
    number = int(fields[0])
    if number < 0:
        return "page fault"  # in no call: a page of a mapped file read from the disk
    return _CALLS.get(number, f"call {number}")
