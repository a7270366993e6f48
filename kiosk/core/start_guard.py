"""Crash-loop guard (Qt-free): after several failed starts in a row, start on the bundled content.

A start is "unfinished" from the moment the app begins until it has been up for
UP_AFTER_S seconds or quits cleanly. `record_start` counts the unfinished starts before
this one (in <data dir>/starts.json); when there are LIMIT or more, the kiosk crashed or
was killed while coming up that many times in a row, most likely because of the content
it opened (an installed pack with a damage the checks did not catch), and the app opens
the bundled content instead, says so in kiosk.log and in the crash report shown to staff.
systemd restarts a crashed kiosk every few seconds; without this guard the loop would
end at systemd's start limit with a dark screen.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path

from kiosk.core.durable import write_atomic

log = logging.getLogger(__name__)

STARTS_NAME = "starts.json"
LIMIT = 3
UP_AFTER_S = 60
# starts.json's length: one record, rewritten in place.
RECORD_SIZE = 32


def record_start(data_dir: Path) -> int:
    """Count this start as unfinished; returns how many unfinished starts came before it.

    Written in place (the same bytes of the same file, padded to one length): before the
    first frame neither an fsync nor a replaced file may wait for the disk. An fsync waits
    behind whatever else the system writes (2-50 ms, 0.3-0.5 s seen); replacing the file
    (write a copy, rename it over) frees the old one's blocks, which the disk's `discard`
    then drops while the rename waits (0.03-0.33 s seen in the fault round). A start cut
    short by a crash or a kill is counted all the same (the page cache keeps the write);
    a power cut may lose the count, and a power cut is no crash loop. A torn or unreadable
    record counts from zero.
    """
    return _rewrite_in_place(data_dir, "the start", lambda before: before + 1)


def record_up(data_dir: Path) -> None:
    """The kiosk came up: the run of failed starts is over. Durable (a copy fsynced and
    renamed over the record, the folder fsynced): a power cut afterwards finds either the
    old record or this one, never a torn one, and never the count of the failed starts
    again, which would start a kiosk that runs well on the bundled content. Its fsyncs and
    rename wait for the disk (0.3-0.7 s seen while other programs wrote): the running
    kiosk calls it from a worker thread (`UpRecord`), never from the interface's thread."""
    path = Path(data_dir) / STARTS_NAME
    try:
        write_atomic(path, _record(0))
    except OSError as error:
        log.warning("cannot record that the kiosk is up in %s (%s)", path, error)


def record_clean_exit(data_dir: Path) -> None:
    """The kiosk quits cleanly before it was recorded up: the run is over too. Written in
    place like `record_start` (one 32-byte write: no fsync, no replaced file), so that a
    stop waits for no disk; a power cut just after it may leave the count one higher (one
    more start needed to reach LIMIT), as it may leave record_start's count one lower."""
    _rewrite_in_place(data_dir, "the clean exit", lambda _before: 0)


class UpRecord:
    """`record_up` for the running kiosk: written by a worker thread, so that the
    interface never waits for the disk while a visitor uses it; `at_exit()` when the
    kiosk quits cleanly. Nothing else writes the record while the kiosk runs
    (record_start ran before): the thread and the exit never write it at once."""

    # The longest a stop waits for a durable write under way (a busy disk: 0.3-0.7 s).
    EXIT_WAIT_S = 1.5

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.writer: threading.Thread | None = None

    def start(self) -> None:
        """The kiosk is up: record it durably, in a worker thread (once)."""
        if self.writer is None:
            self.writer = threading.Thread(
                target=record_up, args=(self.data_dir,), name="up record", daemon=True
            )
            self.writer.start()

    def at_exit(self) -> None:
        """The kiosk quits cleanly. Up already recorded: nothing to write (the record says
        so on the disk), only a write under way to let finish (the process must not end
        halfway: a temporary file left beside). Else the clean exit, written in place."""
        if self.writer is None:
            record_clean_exit(self.data_dir)
            return
        self.writer.join(self.EXIT_WAIT_S)
        if self.writer.is_alive():
            log.warning("the up record is still being written after %g s", self.EXIT_WAIT_S)


def safe_start_message(failed: int) -> str | None:
    """The crash report line when `failed` unfinished starts call for the bundled content."""
    if failed < LIMIT:
        return None
    return (
        f"the kiosk failed to start {failed} times in a row: started on the bundled "
        "content instead of the installed content pack (restart it once the pack is "
        "replaced or rolled back: kiosk pack rollback)"
    )


def _unfinished(data: bytes, path: Path) -> int:
    if not data.strip():
        return 0  # a new file
    try:
        return max(int(json.loads(data).get("unfinished", 0)), 0)
    except (ValueError, TypeError, AttributeError) as error:
        log.warning("cannot read %s (%s); counting starts from zero", path, error)
        return 0


def _rewrite_in_place(data_dir: Path, what: str, count: Callable[[int], int]) -> int:
    """The record rewritten in place with the count `count(the count it had)`: the same
    bytes of the same file, one length (no fsync, no replaced file: see record_start).
    Returns the count it had; 0 when it cannot be written (`what` named in the warning)."""
    path = Path(data_dir) / STARTS_NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            before = _unfinished(os.pread(fd, 4096, 0), path)
            os.pwrite(fd, _record(count(before)), 0)
            if os.fstat(fd).st_size > RECORD_SIZE:  # written by another version: longer
                os.ftruncate(fd, RECORD_SIZE)
        finally:
            os.close(fd)
    except OSError as error:
        log.warning("cannot record %s in %s (%s)", what, path, error)
        return 0
    return before


def _record(unfinished: int) -> bytes:
    """The record, padded with spaces (still JSON) to RECORD_SIZE bytes."""
    return (json.dumps({"unfinished": unfinished}).ljust(RECORD_SIZE - 1) + "\n").encode()
