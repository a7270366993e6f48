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
from pathlib import Path

from kiosk.core.durable import write_atomic

log = logging.getLogger(__name__)

STARTS_NAME = "starts.json"
LIMIT = 3
UP_AFTER_S = 60


def record_start(data_dir: Path) -> int:
    """Count this start as unfinished; returns how many unfinished starts came before it."""
    path = Path(data_dir) / STARTS_NAME
    try:
        before = int(json.loads(path.read_text(encoding="utf-8")).get("unfinished", 0))
    except FileNotFoundError:
        before = 0
    except (OSError, ValueError, TypeError, AttributeError) as error:
        log.warning("cannot read %s (%s); counting starts from zero", path, error)
        before = 0
    # Not fsynced (before the first frame, an fsync waited 2-50 ms on the disk): a start
    # cut short by a crash or a kill is counted all the same, the system's page cache
    # keeps the file; a power cut may lose the count, and a power cut is no crash loop.
    _write(path, before + 1, durable=False)
    return max(before, 0)


def record_up(data_dir: Path) -> None:
    """The kiosk came up (or quit cleanly): the run of failed starts is over."""
    _write(Path(data_dir) / STARTS_NAME, 0)


def safe_start_message(failed: int) -> str | None:
    """The crash report line when `failed` unfinished starts call for the bundled content."""
    if failed < LIMIT:
        return None
    return (
        f"the kiosk failed to start {failed} times in a row: started on the bundled "
        "content instead of the installed content pack (restart it once the pack is "
        "replaced or rolled back: kiosk pack rollback)"
    )


def _write(path: Path, unfinished: int, *, durable: bool = True) -> None:
    try:
        write_atomic(
            path, (json.dumps({"unfinished": unfinished}) + "\n").encode(), durable=durable
        )
    except OSError as error:
        log.warning("cannot record the start in %s (%s)", path, error)
