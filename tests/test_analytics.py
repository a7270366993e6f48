"""Usage counts: aggregated per hour, CSV export, and off (not crashing) when unwritable."""

from __future__ import annotations

import csv
import datetime as dt
import logging
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from kiosk.core import analytics
from kiosk.core.analytics import CSV_COLUMNS, UsageCounts, export_csv

ROOT = Path(__file__).resolve().parents[1]


class Now:
    def __init__(self) -> None:
        self.value = dt.datetime(2025, 3, 14, 10, 5, 7)

    def __call__(self) -> dt.datetime:
        return self.value


@pytest.fixture
def now():
    return Now()


def test_two_views_in_one_hour_are_one_row(tmp_path, now):
    counts = UsageCounts(tmp_path / "usage.db", now=now)
    counts.count("story_view", "cambodia-rescue", "fr")
    now.value = now.value.replace(minute=59)
    counts.count("story_view", "cambodia-rescue", "fr")
    counts.count("story_view", "cambodia-rescue", "en")
    now.value = now.value + dt.timedelta(minutes=2)  # next hour
    counts.count("story_view", "cambodia-rescue", "fr")
    assert counts.rows() == [
        ("2025-03-14T10", "story_view", "cambodia-rescue", "en", 1),
        ("2025-03-14T10", "story_view", "cambodia-rescue", "fr", 2),
        ("2025-03-14T11", "story_view", "cambodia-rescue", "fr", 1),
    ]
    counts.close()


def test_nothing_finer_than_the_hour_is_stored(tmp_path, now):
    counts = UsageCounts(tmp_path / "usage.db", now=now)
    counts.count("session_start")
    counts.close()
    conn = sqlite3.connect(tmp_path / "usage.db")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"counts", "meta"}
    columns = [r[1] for r in conn.execute("PRAGMA table_info(counts)")]
    assert columns == ["hour", "event", "item", "lang", "count"]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT hour FROM counts").fetchone()[0] == "2025-03-14T10"
    conn.close()


def test_counts_persist_across_restarts_and_flush(tmp_path, now):
    db = tmp_path / "usage.db"
    first = UsageCounts(db, now=now, flush_interval_s=3600)
    first.count("quick_exit")
    first.flush()
    kiosk_id = first.kiosk_id
    first.close()
    second = UsageCounts(db, now=now)
    second.count("quick_exit")
    assert second.totals_by_event() == {"quick_exit": 2}
    assert second.kiosk_id == kiosk_id and len(kiosk_id) == 16
    second.close()


def test_unknown_event_is_a_programming_error(tmp_path):
    counts = UsageCounts(tmp_path / "usage.db")
    with pytest.raises(ValueError):
        counts.count("visitor_name")
    counts.close()


def test_export_csv(tmp_path, now):
    counts = UsageCounts(tmp_path / "usage.db", now=now)
    counts.count("story_view", "s1", "en")
    counts.count("story_view", "s1", "en")
    counts.count("language_choice", lang="ar")
    out = tmp_path / "out" / "counts.csv"
    assert counts.export_csv(out) == 2
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[1:] == [
        [counts.kiosk_id, "2025-03-14T10", "language_choice", "", "ar", "1"],
        [counts.kiosk_id, "2025-03-14T10", "story_view", "s1", "en", "2"],
    ]
    counts.close()
    again = tmp_path / "again.csv"
    assert export_csv(tmp_path / "usage.db", again) == 2
    assert again.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")


def test_export_of_missing_database_writes_the_header_and_does_not_create_it(tmp_path):
    assert export_csv(tmp_path / "usage.db", tmp_path / "x.csv") == 0
    assert (tmp_path / "x.csv").read_text(encoding="utf-8").splitlines() == [",".join(CSV_COLUMNS)]
    assert not (tmp_path / "usage.db").exists()


def test_totals_by_day_include_zero_days(tmp_path, now):
    counts = UsageCounts(tmp_path / "usage.db", now=now)
    counts.count("session_start")
    now.value -= dt.timedelta(days=2)
    counts.count("session_start")
    counts.count("session_start")
    now.value += dt.timedelta(days=2)
    assert counts.totals_by_day(days=3) == [
        ("2025-03-12", 2),
        ("2025-03-13", 0),
        ("2025-03-14", 1),
    ]
    counts.close()


def test_a_deferred_database_is_opened_by_a_worker_thread_at_the_first_count(tmp_path, monkeypatch):
    """The kiosk's start does not wait for SQLite's creation of the database (syncs of
    the disk), nor does the interface later: nothing is opened before the first count,
    which starts opening it in a worker thread; counts made meanwhile wait in memory
    (a flush that comes due does not wait for it) and none is lost."""
    db = tmp_path / "usage.db"
    release = threading.Event()
    opened_in = []
    real_connect = sqlite3.connect

    def connect(*args, **kwargs):
        opened_in.append(threading.current_thread())
        assert release.wait(10)
        return real_connect(*args, **kwargs)

    monkeypatch.setattr(analytics.sqlite3, "connect", connect)
    now = lambda: dt.datetime(2025, 3, 14, 10, 5)  # noqa: E731
    counts = UsageCounts(db, defer_open=True, now=now, flush_interval_s=0)
    assert counts.state == analytics.UNOPENED and opened_in == []
    counts.count("content_fallback", "bundled")  # flush due at every count: never waited for
    assert counts.state == analytics.OPENING
    counts.count("story_view", "s1", "en")
    counts.count("story_view", "s1", "en")
    assert counts.state == analytics.OPENING  # still held in memory
    release.set()
    counts.flush()  # waits for the worker thread, then writes
    assert counts.state == analytics.OPEN and len(counts.kiosk_id) == 16
    assert len(opened_in) == 1 and opened_in[0] is not threading.main_thread()
    assert counts.rows() == [
        ("2025-03-14T10", "content_fallback", "bundled", "", 1),
        ("2025-03-14T10", "story_view", "s1", "en", 2),
    ]
    counts.close()
    assert counts.state == analytics.OFF


def test_a_database_not_counted_into_opens_when_the_admin_panel_asks(tmp_path):
    counts = UsageCounts(tmp_path / "usage.db", defer_open=True)
    assert counts.state == analytics.UNOPENED and list(tmp_path.iterdir()) == []
    assert counts.totals_by_event() == {}  # opened here, in this thread
    assert counts.state == analytics.OPEN and counts.enabled
    counts.close()


def test_the_stop_leaves_the_counts_in_the_wal_where_the_next_start_finds_them(tmp_path, now):
    """The kiosk's stop writes the counts (`flush`) without closing: closing checkpoints
    the WAL (two syncs of the disk) and removes it. The process ends with it open; the
    next opening (and a read-only export) finds every count."""
    code = (
        "import sys, os\n"
        "from kiosk.core.analytics import UsageCounts\n"
        "counts = UsageCounts(sys.argv[1], defer_open=True)\n"
        "counts.count('story_view', 's1', 'en')\n"
        "counts.count('story_view', 's1', 'en')\n"
        "counts.flush()\n"
        "os._exit(0)\n"
    )
    db = tmp_path / "usage.db"
    subprocess.run([sys.executable, "-c", code, str(db)], cwd=ROOT, check=True, timeout=60)
    assert (tmp_path / "usage.db-wal").stat().st_size > 0  # not checkpointed
    out = tmp_path / "counts.csv"
    assert export_csv(db, out) == 1
    rows = list(csv.reader(out.read_text(encoding="utf-8").splitlines()))
    assert rows[1][2:] == ["story_view", "s1", "en", "2"]
    counts = UsageCounts(db, now=now)
    assert [row[1:] for row in counts.rows()] == [("story_view", "s1", "en", 2)]
    counts.close()


def test_counting_off_is_found_at_the_first_count_and_logged_once(tmp_path, caplog):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    with caplog.at_level(logging.WARNING):
        off = UsageCounts(blocked / "usage.db", defer_open=True)
        off.count("session_start")
        assert not off.enabled
        assert off.state == analytics.OFF
        off.count("session_start")
        off.close()
    assert len([r for r in caplog.records if "counting is off" in r.getMessage()]) == 1


def test_unwritable_folder_turns_counting_off_with_one_log_line(tmp_path, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with caplog.at_level(logging.WARNING):
        counts = UsageCounts(blocker / "data" / "usage.db")
        for _ in range(5):
            counts.count("story_view", "s1", "en")
        counts.flush()
        counts.close()
    assert not counts.enabled
    assert counts.rows() == [] and counts.totals_by_event() == {}
    assert len([r for r in caplog.records if "counting is off" in r.getMessage()]) == 1


_PROBE = """
import sys
from kiosk.core.analytics import UsageCounts
counts = UsageCounts(sys.argv[1] + "/usage.db")
counts.count("session_start")
print("enabled" if counts.enabled else "off")
"""


@pytest.mark.skipif(os.name != "posix", reason="other platform: POSIX permissions and mounts")
def test_read_only_folder_turns_counting_off(tmp_path):
    """A folder the kiosk cannot write: by permissions, or (as root) a read-only mount."""
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o500)
        try:
            counts = UsageCounts(folder / "usage.db")
            counts.count("session_start")
            assert not counts.enabled
        finally:
            folder.chmod(0o700)
        return
    # root ignores permissions: mount the folder read-only in a private mount namespace
    mount = f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder}"
    done = subprocess.run(
        [
            "unshare",
            "--mount",
            "sh",
            "-c",
            f'{mount} && "$0" -c "$1" {folder}',
            sys.executable,
            _PROBE,
        ],
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stdout.strip() == "off", done.stderr
    assert not (folder / "usage.db").exists()
