"""Privacy-first usage counts: aggregated counters per hour, never a per-visit trail.

Qt-free. One table in a separate writable SQLite file (WAL) in the per-user data folder:

    counts(hour 'YYYY-MM-DDTHH' local time, event, item, lang, count)
    PRIMARY KEY (hour, event, item, lang)

Each event adds 1 to its row. Nothing finer than the hour is stored, no session id, no
order of events, no visitor text (search queries are counted, never stored). `item` is a
content id (a story slug, a resource id) or "". Counts are kept in memory and written in
one transaction at most every `flush_interval_s` seconds and on `flush()` (the app
calls it at exit and on SIGTERM, and at each idle reset). Writes are WAL commits
(synchronous=NORMAL: no sync of the disk): a power cut loses those few seconds and what
the system had not yet written to the disk (its usual 30 s).

If the data folder cannot be written, counting is off (one log line) and the app runs on.

The kiosk opens the database when it first needs it (`defer_open`): its first count
starts opening it in a worker thread (counts wait in memory till then), and the admin
panel or the export open it if no count came first. No start waits for it before its
first frame, and counting never waits for its creation: on a data folder's first start
SQLite's creation (journal, switch to WAL) syncs the disk several times, each a wait
behind whatever else the disk is writing (0.1-0.5 s seen while other programs wrote).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from kiosk.core.durable import replaced_atomically

log = logging.getLogger(__name__)

DATABASE_NAME = "usage.db"
SCHEMA_VERSION = "1"

# What may be counted. `item` is a content id where one applies, else "".
EVENTS = frozenset(
    {
        "session_start",  # first touch after a reset (a visitor began)
        "story_view",  # item = story id
        "resource_open",  # item = resource id
        "film_play",  # item = resource id
        "read_aloud",  # a Listen button started reading; item = the language read
        "language_choice",  # lang = the chosen language
        "search",  # a search was run; its text is never stored
        "quick_exit",
        "idle_reset",
        "attract_start",
        "error_recovered",  # an unhandled error sent the kiosk back home
        "content_fallback",  # item = "previous" or "bundled": the content to show was damaged
    }
)

CSV_COLUMNS = ("kiosk_id", "hour", "event", "item", "lang", "count")
_MAX_ITEM = 120

_SCHEMA = """
CREATE TABLE IF NOT EXISTS counts (
    hour  TEXT NOT NULL,
    event TEXT NOT NULL,
    item  TEXT NOT NULL DEFAULT '',
    lang  TEXT NOT NULL DEFAULT '',
    count INTEGER NOT NULL,
    PRIMARY KEY (hour, event, item, lang)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

_UPSERT = """
INSERT INTO counts (hour, event, item, lang, count) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (hour, event, item, lang) DO UPDATE SET count = count + excluded.count
"""

Key = tuple[str, str, str, str]  # hour, event, item, lang


def hour_bucket(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H")


# Where the counts stand with their database (UsageCounts.state).
UNOPENED = "unopened"  # not opened yet (defer_open): counts wait in memory
OPENING = "opening"  # a worker thread opens it (on a data folder's first start: creates it)
OPEN = "open"
OFF = "off"  # it cannot be written (logged once), or it was closed: nothing is counted


class UsageCounts:
    """Counts events into `db_path`; `enabled` is False when it cannot be written.

    `state` says where the counts stand with their database: UNOPENED -> OPENING (the
    first count, defer_open) -> OPEN or OFF; without defer_open, OPEN or OFF at once.
    """

    def __init__(
        self,
        db_path: Path,
        *,
        flush_interval_s: float = 30.0,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        monotonic: Callable[[], float] = time.monotonic,
        defer_open: bool = False,
    ):
        self.db_path = Path(db_path)
        self._flush_interval_s = flush_interval_s
        self._now = now
        self._monotonic = monotonic
        self._pending: Counter[Key] = Counter()
        self._last_flush = monotonic()
        self.state = UNOPENED
        self._conn: sqlite3.Connection | None = None  # set while OPEN
        self._opener: threading.Thread | None = None  # set while OPENING
        self._opened: list = []  # what the opener thread found: [(connection, kiosk id, error)]
        self.kiosk_id = ""
        if not defer_open:
            self._settle(*self._try_open())

    @property
    def enabled(self) -> bool:
        """Counting works: the database opened (opening it now if deferred)."""
        return self._connection() is not None

    def _connection(self, wait: bool = True) -> sqlite3.Connection | None:
        """The open database, opened first if need be; None when counting is off, or
        (`wait=False`) while the worker thread is still opening it."""
        if self.state == UNOPENED:
            if not wait:
                self._open_in_background()
                return None
            self._settle(*self._try_open())
        elif self.state == OPENING:
            if not wait and self._opener.is_alive():
                return None
            self._opener.join()
            self._opener = None
            failed = (None, "", f"opening {self.db_path} failed")  # an unexpected error
            self._settle(*(self._opened.pop() if self._opened else failed))
        return self._conn

    def _open_in_background(self) -> None:
        """Open (create) the database in a worker thread: SQLite's creation syncs the disk
        several times (0.1-0.5 s each while other programs wrote), which the interface's
        thread must not wait for while a visitor uses it, nor a stop soon after."""
        self.state = OPENING
        self._opener = threading.Thread(
            target=lambda: self._opened.append(self._try_open()), name="usage.db", daemon=True
        )
        self._opener.start()

    def _try_open(self) -> tuple[sqlite3.Connection | None, str, str]:
        """(connection, kiosk id, "") or (None, "", why): callable from any thread."""
        try:
            return (*self._open(), "")
        except (OSError, sqlite3.Error) as error:
            return None, "", f"cannot write to {self.db_path} ({error})"

    def _settle(self, conn: sqlite3.Connection | None, kiosk_id: str, error: str) -> None:
        if conn is None:
            self._disable(error)
            return
        self._conn, self.kiosk_id, self.state = conn, kiosk_id, OPEN

    def _open(self) -> tuple[sqlite3.Connection, str]:
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.db_path, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.executescript(_SCHEMA)
            conn.execute(
                "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,)
            )
            # A random id made once per data folder, so exports from a fleet can be merged.
            # (os.urandom is what secrets.token_hex uses, without importing hashlib.)
            conn.execute(
                "INSERT OR IGNORE INTO meta VALUES ('kiosk_id', ?)", (os.urandom(8).hex(),)
            )
            kiosk_id = conn.execute("SELECT value FROM meta WHERE key='kiosk_id'").fetchone()[0]
        except BaseException:
            conn.close()
            raise
        return conn, kiosk_id

    def _disable(self, reason: str) -> None:
        log.warning("usage counting is off: %s", reason)
        self.state = OFF
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
        self._conn = None
        self._pending.clear()

    def count(self, event: str, item: str = "", lang: str = "") -> None:
        """Add 1 to this hour's (event, item, lang) counter. The first count of a deferred
        database starts opening it (a worker thread); counts wait in memory till then."""
        if event not in EVENTS:
            raise ValueError(f"unknown usage event {event!r}")
        if self.state == OFF:
            return
        self._pending[(hour_bucket(self._now()), event, item[:_MAX_ITEM], lang)] += 1
        if self.state == UNOPENED:
            self._open_in_background()
        if self._monotonic() - self._last_flush >= self._flush_interval_s:
            self._write(wait=False)  # still opening: kept, written at a later count

    def flush(self) -> None:
        """Write the counts held in memory (one transaction). Safe to call at any time;
        waits for the worker thread if it is still opening the database."""
        self._write(wait=True)

    def _write(self, wait: bool) -> None:
        if not self._pending:
            self._last_flush = self._monotonic()
            return
        if self._connection(wait) is None:
            return  # off (the counts dropped), or still opening (kept)
        self._last_flush = self._monotonic()
        rows = [(*key, n) for key, n in self._pending.items()]
        try:
            with self._conn:
                self._conn.execute("BEGIN")
                self._conn.executemany(_UPSERT, rows)
        except sqlite3.Error as error:
            self._disable(f"writing {self.db_path} failed ({error})")
            return
        self._pending.clear()

    def close(self) -> None:
        """Write what is held, close the database; nothing more is counted.

        Closing the last connection checkpoints the WAL into the database (two syncs of
        the disk) and removes it: the kiosk's stop leaves that to the next start (`flush`
        and the process's end: the counts are in the WAL, where SQLite finds them)."""
        self.flush()
        self._connection()  # a worker thread still opening it: its connection closed too
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self.state = OFF

    # --- reading, for the admin panel and the CSV export ---------------------------

    def rows(self) -> list[tuple[str, str, str, str, int]]:
        self.flush()
        if self._connection() is None:
            return []
        return self._conn.execute(
            "SELECT hour, event, item, lang, count FROM counts ORDER BY hour, event, item, lang"
        ).fetchall()

    def totals_by_day(self, event: str = "session_start", days: int = 14) -> list[tuple[str, int]]:
        """[(YYYY-MM-DD, count)] for the last `days` days ending today, zeros included."""
        self.flush()
        found: dict[str, int] = {}
        if self._connection() is not None:
            found = dict(
                self._conn.execute(
                    "SELECT substr(hour, 1, 10), sum(count) FROM counts WHERE event = ? GROUP BY 1",
                    (event,),
                ).fetchall()
            )
        today = self._now().date()
        span = [(today - dt.timedelta(days=back)).isoformat() for back in range(days - 1, -1, -1)]
        return [(day, found.get(day, 0)) for day in span]

    def totals_by_event(self) -> dict[str, int]:
        self.flush()
        if self._connection() is None:
            return {}
        return dict(
            self._conn.execute(
                "SELECT event, sum(count) FROM counts GROUP BY event ORDER BY event"
            ).fetchall()
        )

    def export_csv(self, path: Path) -> int:
        """Write every counter to `path` as CSV (atomically); returns the number of rows."""
        self.flush()
        if self._connection() is None:
            raise OSError(f"usage counting is off; nothing to export from {self.db_path}")
        return _write_csv(self._conn, self.kiosk_id, Path(path))


def export_csv(db_path: Path, out_path: Path) -> int:
    """Export a usage database without creating or changing it; returns the number of rows.

    A kiosk that has counted nothing yet has no database: the CSV then holds only its
    header (0 rows), so a nightly export of a whole fleet never breaks on a new kiosk.
    """
    if not Path(db_path).is_file():
        return _write_rows(Path(out_path), "", [])
    conn = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key='kiosk_id'").fetchone()
        return _write_csv(conn, row[0] if row else "", Path(out_path))
    finally:
        conn.close()


def _write_csv(conn: sqlite3.Connection, kiosk_id: str, path: Path) -> int:
    rows = conn.execute(
        "SELECT hour, event, item, lang, count FROM counts ORDER BY hour, event, item, lang"
    ).fetchall()
    return _write_rows(path, kiosk_id, rows)


def _write_rows(path: Path, kiosk_id: str, rows: list) -> int:
    """The CSV (header, then one line per count) written atomically; returns the row count."""
    import csv  # the export only

    with replaced_atomically(path) as temp, temp.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        writer.writerows((kiosk_id, *row) for row in rows)
    return len(rows)
