"""The app under faults: a damaged pack database at start or while running, a crash loop,
a database it cannot open, a wrong --lang. The kiosk keeps showing stories, says why in
kiosk.log, counts the fallback, and shows the error screen only when nothing is readable."""

from __future__ import annotations

import json
import logging
import os
import queue
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kiosk.content.store import ContentStore
from kiosk.core import start_guard
from kiosk.core.analytics import UsageCounts
from kiosk.core.config import Settings
from kiosk.operation import CONTENT_ERROR, KioskOperation
from kiosk.packs.layout import packs_dir
from kiosk.packs.pointer import Pointer, write_pointer
from tests.damage import damage_first_story_page
from tests.test_operation import FAST

ROOT = Path(__file__).resolve().parents[1]
ACTIVE, PREVIOUS = "content-2-bbbbbbbbbbbb", "content-1-aaaaaaaaaaaa"


def install_copies(data: Path, db: Path) -> None:
    """Two 'installed packs' (copies of `db`), active and previous."""
    for name in (ACTIVE, PREVIOUS):
        folder = packs_dir(data) / name
        folder.mkdir(parents=True)
        shutil.copyfile(db, folder / "content.db")
    write_pointer(data, Pointer(ACTIVE, PREVIOUS))


def pack_db(data: Path, name: str) -> Path:
    return packs_dir(data) / name / "content.db"


# --- the crash-loop guard ------------------------------------------------------------------
def test_starts_that_never_came_up_are_counted_until_one_does(tmp_path):
    assert start_guard.record_start(tmp_path) == 0
    assert start_guard.record_start(tmp_path) == 1
    assert start_guard.record_start(tmp_path) == 2
    assert start_guard.safe_start_message(2) is None
    assert start_guard.record_start(tmp_path) == 3
    assert "failed to start 3 times in a row" in start_guard.safe_start_message(3)
    start_guard.record_up(tmp_path)
    assert start_guard.record_start(tmp_path) == 0
    (tmp_path / start_guard.STARTS_NAME).write_text("{garbage")
    assert start_guard.record_start(tmp_path) == 0


def test_a_start_is_recorded_without_waiting_for_the_disk_and_coming_up_durably(
    tmp_path, monkeypatch
):
    """record_start runs before the first frame: replaced atomically, not fsynced (a crash
    keeps it in the page cache); record_up, when the kiosk is up, is fsynced."""
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: synced.append(fd) or real_fsync(fd))
    assert start_guard.record_start(tmp_path) == 0
    assert start_guard.record_start(tmp_path) == 1
    assert synced == []
    assert [p.name for p in tmp_path.iterdir()] == [start_guard.STARTS_NAME]  # no temp left
    start_guard.record_up(tmp_path)
    assert len(synced) == 2  # the file, then its folder
    assert start_guard.record_start(tmp_path) == 0


def test_the_running_kiosk_records_coming_up_off_the_interface_thread(tmp_path, monkeypatch):
    """record_up's fsyncs and rename wait for the disk (0.3-0.7 s seen while other programs
    wrote): the kiosk that is up has a worker thread write it, durably all the same; the
    interface's thread never calls fsync or replaces the file."""
    waited = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        waited.append(("fsync", threading.current_thread()))
        real_fsync(fd)

    def replace(source, target):
        waited.append(("replace", threading.current_thread()))
        real_replace(source, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    assert start_guard.record_start(tmp_path) == 0
    assert start_guard.record_start(tmp_path) == 1
    up = start_guard.UpRecord(tmp_path)
    up.start()
    up.start()  # once
    up.at_exit()  # waits for the write under way; writes nothing more
    assert [what for what, _ in waited] == ["fsync", "replace", "fsync"]  # file, rename, folder
    assert all(thread is not threading.main_thread() for _, thread in waited)
    assert not up.writer.is_alive()
    assert [p.name for p in tmp_path.iterdir()] == [start_guard.STARTS_NAME]  # no temp left
    assert start_guard.record_start(tmp_path) == 0


def test_a_clean_exit_before_the_kiosk_was_up_ends_the_run_without_waiting_for_the_disk(
    tmp_path, monkeypatch
):
    """A kiosk stopped before UP_AFTER_S: the run of failed starts is over too, written in
    place (no fsync, no file replaced), so the stop waits for no disk."""
    synced = []
    monkeypatch.setattr(os, "fsync", lambda fd: synced.append(fd))
    path = tmp_path / start_guard.STARTS_NAME
    for unfinished in (0, 1, 2):
        assert start_guard.record_start(tmp_path) == unfinished
    inode = path.stat().st_ino
    up = start_guard.UpRecord(tmp_path)
    up.at_exit()
    assert up.writer is None and synced == []
    assert path.stat().st_ino == inode and path.stat().st_size == start_guard.RECORD_SIZE
    assert start_guard.record_start(tmp_path) == 0


def test_a_record_that_cannot_be_written_is_named_in_the_warning(tmp_path, caplog):
    """A data folder that cannot be made (here under a file): the start counts from zero
    and the kiosk goes on; each warning names the record it could not write (the up
    record's said "cannot record the start", the wrong moment of the kiosk's run)."""
    (tmp_path / "a file").write_text("")
    missing = tmp_path / "a file" / "data"
    with caplog.at_level(logging.WARNING, logger=start_guard.__name__):
        assert start_guard.record_start(missing) == 0
        start_guard.record_clean_exit(missing)
        start_guard.record_up(missing)
    said = [record.getMessage() for record in caplog.records]
    assert [line.split(" in ")[0] for line in said] == [
        "cannot record the start",
        "cannot record the clean exit",
        "cannot record that the kiosk is up",
    ]
    assert all(str(missing / start_guard.STARTS_NAME) in line for line in said)
    path = tmp_path / start_guard.STARTS_NAME
    path.mkdir()  # opened, but not a file: the same warnings, no exception
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger=start_guard.__name__):
        assert start_guard.record_start(tmp_path) == 0
        start_guard.record_clean_exit(tmp_path)
    assert [r.getMessage().split(" in ")[0] for r in caplog.records] == [
        "cannot record the start",
        "cannot record the clean exit",
    ]


def test_a_start_is_recorded_in_place_so_no_file_is_replaced_before_the_first_frame(tmp_path):
    """Replacing starts.json (a copy renamed over it) frees the old file's blocks, which
    the disk's discard drops while the rename waits (0.03-0.33 s seen in the fault round):
    the start's record rewrites the same file, one length every time."""
    path = tmp_path / start_guard.STARTS_NAME
    assert start_guard.record_start(tmp_path) == 0
    inode, size = path.stat().st_ino, path.stat().st_size
    for unfinished in (1, 2, 3):
        assert start_guard.record_start(tmp_path) == unfinished
        assert (path.stat().st_ino, path.stat().st_size) == (inode, size)
    start_guard.record_up(tmp_path)  # once up (durable, replaced whole): the run is over
    assert start_guard.record_start(tmp_path) == 0
    path.write_text('{"unfinished": 2}\n')  # as an older version wrote it
    assert start_guard.record_start(tmp_path) == 2
    path.write_text("x" * 100)  # unreadable: from zero, and the file is one record again
    assert start_guard.record_start(tmp_path) == 0
    assert json.loads(path.read_text()) == {"unfinished": 1}


# --- the running kiosk -------------------------------------------------------------------------
@pytest.fixture
def running(qapp, tmp_path, sample_db, window_factory):
    """A kiosk-mode operation showing the active 'pack' of a data folder."""
    data = tmp_path / "data"
    install_copies(data, sample_db)
    store = ContentStore(pack_db(data, ACTIVE))
    window = window_factory(store)
    counts = UsageCounts(data / "usage.db", flush_interval_s=0)
    operation = KioskOperation(
        qapp, window, Settings(mode="kiosk"), mode="kiosk", counts=counts, timings=FAST,
        data_dir=data,
    )  # fmt: skip
    yield data, window, operation, counts
    operation.uninstall()
    counts.close()


def fallbacks(counts: UsageCounts) -> dict[str, int]:
    counts.flush()
    with sqlite3.connect(counts.db_path) as conn:
        rows = conn.execute(
            "SELECT item, sum(count) FROM counts WHERE event = 'content_fallback' GROUP BY item"
        ).fetchall()
    conn.close()
    return dict(rows)


def test_a_pack_damaged_while_running_is_replaced_by_the_previous_one(running, qtbot, caplog):
    data, window, _operation, counts = running
    assert window.carousel.count() == 3
    damage_first_story_page(pack_db(data, ACTIVE))
    window.set_language("fr")  # the next read meets the damage
    qtbot.waitUntil(lambda: window.store.path == pack_db(data, PREVIOUS))
    qtbot.waitUntil(lambda: window.carousel.count() == 3)
    assert window.lang == "fr"
    assert fallbacks(counts) == {"previous": 1}
    assert "is damaged: now showing the previous content pack" in caplog.text


def test_then_the_bundled_content_and_at_last_the_error_screen(running, qtbot, monkeypatch):
    from kiosk.core import locate

    data, window, operation, counts = running
    for name in (ACTIVE, PREVIOUS):
        damage_first_story_page(pack_db(data, name))
    window.set_language("fr")
    qtbot.waitUntil(lambda: window.store.path == locate.bundled_database())
    assert window.carousel.count() > 0 and fallbacks(counts) == {"bundled": 1}
    # Nothing readable left: the error screen, never a crash or an empty kiosk.
    bundled = data / "bundled.db"
    shutil.copyfile(locate.bundled_database(), bundled)
    monkeypatch.setattr(locate, "bundled_database", lambda: bundled)
    operation._show_store(ContentStore(bundled))
    damage_first_story_page(bundled)
    window.set_language("en")
    qtbot.waitUntil(lambda: operation.cover.name == CONTENT_ERROR)
    assert "the bundled content" in operation.cover.widget.details.text()


def test_the_error_screen_tries_again_and_its_close_is_a_failure_exit(running, qtbot, monkeypatch):
    from types import SimpleNamespace

    import kiosk.packs.active

    _data, window, operation, _counts = running
    operation.show_content_error("file is not a database: content.db")
    screen = operation.cover.widget
    assert screen.retry_button.isVisible() and screen.quit_button.isVisible()
    real_open = kiosk.packs.active.open_content
    monkeypatch.setattr(
        kiosk.packs.active,
        "open_content",
        lambda *a, **k: SimpleNamespace(store=None, error="still not a database: content.db"),
    )
    screen.retry_button.click()  # staff have not fixed it yet: it says so, still here
    assert operation.cover.name == CONTENT_ERROR
    assert "still not a database" in screen.details.text().replace("\u200b", "")
    monkeypatch.setattr(kiosk.packs.active, "open_content", real_open)
    screen.retry_button.click()  # now readable: back to the stories
    assert operation.cover.name != CONTENT_ERROR
    assert window.carousel.count() == 3 and window.current_page_name() == "home"
    operation.show_content_error("file is not a database: content.db")
    assert operation.exit_code == 0
    with qtbot.waitSignal(operation.quit_requested, timeout=1000):
        operation.cover.widget.quit_button.click()
    assert operation.exit_code == 1  # systemd's Restart=on-failure starts the kiosk again


def test_start_up_error_screen_try_again_starts_the_kiosk(qapp, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk import app as kiosk_app

    answers = ["still missing: content.db", ""]
    shown = []

    def press_retry() -> None:
        screen = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "ErrorScreen")
        shown.append(screen.details.text())
        screen.retry_button.click()
        if answers:
            QTimer.singleShot(50, press_retry)

    QTimer.singleShot(100, press_retry)
    code = kiosk_app._show_error(
        qapp, "missing: content.db", "en", "desktop", lambda: answers.pop(0)
    )
    assert code == kiosk_app.RETRY_EXIT
    assert "still missing" in shown[-1].replace("\u200b", "")
    from kiosk.ui.theme import reset_look

    reset_look(qapp)


# --- the app process -----------------------------------------------------------------------
class App:
    """`python -m kiosk` offscreen with --log-state; stdout lines collected by a thread."""

    def __init__(
        self,
        tmp_path: Path,
        *args: str,
        config: str = "",
        env: dict | None = None,
        prefix: tuple[str, ...] = (),
    ):
        self.data = tmp_path / "data"
        settings = tmp_path / "settings.toml"
        settings.write_text(f'data_dir = "{self.data}"\n{config}', encoding="utf-8")
        extra = env or {}
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "KIOSK_"))}
        env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), HOME=str(tmp_path))
        env.update(extra)
        self.proc = subprocess.Popen(
            [*prefix, sys.executable, "-m", "kiosk", "--log-state", "--config", str(settings), *args],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        self.lines: queue.Queue = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            if line.startswith("{"):
                self.lines.put(json.loads(line))

    def ready(self, timeout: float = 60) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, self.proc.stderr.read()
            try:
                state = self.lines.get(timeout=0.3)
            except queue.Empty:
                continue
            if state.get("event") == "ready":
                return state
        pytest.fail("the kiosk never became ready")

    def stop(self, wait_s: float = 1.0, pid: int | None = None) -> tuple[int, str]:
        """SIGTERM to the kiosk (`pid`: when it runs under another program, e.g. strace)."""
        time.sleep(wait_s)
        os.kill(pid or self.proc.pid, signal.SIGTERM)
        code = self.proc.wait(timeout=20)
        stderr = self.proc.stderr.read()
        self.proc.stderr.close()
        self.reader.join(timeout=5)
        self.proc.stdout.close()
        return code, stderr

    @property
    def log(self) -> str:
        return (self.data / "logs" / "kiosk.log").read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_damaged_pack_at_start_shows_the_previous_one_and_says_why(tmp_path, sample_db):
    data = tmp_path / "data"
    install_copies(data, sample_db)
    damage_first_story_page(pack_db(data, ACTIVE))
    app = App(tmp_path, "--lang", "xx")
    ready = app.ready()
    assert ready["content"] == str(pack_db(data, PREVIOUS)) and ready["stories"] == 3
    assert ready["lang"] == "en"  # --lang xx: warned about, the default used
    code, stderr = app.stop()
    assert code == 0, stderr
    assert "--lang xx: not an interface language" in stderr
    log = app.log
    assert f"cannot use the active content pack {ACTIVE}" in log and "malformed" in log
    assert "showing the previous content pack" in log
    with sqlite3.connect(data / "usage.db") as conn:
        fell = conn.execute("SELECT item FROM counts WHERE event = 'content_fallback'").fetchall()
    conn.close()
    assert fell == [("previous",)]


STRACE = shutil.which("strace")
# What waits for the disk: syncs, and files replaced or removed (their blocks discarded).
DISK_CALLS = ("fsync", "fdatasync", "rename", "renameat", "renameat2", "unlink", "unlinkat")


@pytest.mark.slow
@pytest.mark.skipif(STRACE is None, reason="needs strace (Debian: strace; scripts/setup.sh)")
def test_the_stop_on_sigterm_waits_for_no_disk(tmp_path, sample_db):
    """What the stop saves (the visit counts, the clean exit, new line heights) goes to the
    page cache: after SIGTERM the kiosk's main thread syncs nothing and replaces or
    removes no file. Each of those waits behind other programs' writes (0.1-0.5 s seen),
    and closing usage.db checkpointed its WAL (two syncs) and removed it; the fault
    round's slowest stop took 0.47 s."""
    data = tmp_path / "data"
    install_copies(data, sample_db)
    damage_first_story_page(pack_db(data, ACTIVE))  # a fallback is counted: counts to save
    trace = tmp_path / "strace.txt"
    calls = "trace=" + ",".join(DISK_CALLS)
    prefix = (STRACE, "-f", "-o", str(trace), "-e", calls, "-e", "signal=SIGTERM")
    app = App(tmp_path, "--mode", "kiosk", prefix=prefix)
    assert app.ready()["content"] == str(pack_db(data, PREVIOUS))
    kiosk = int(Path(f"/proc/{app.proc.pid}/task/{app.proc.pid}/children").read_text().split()[0])
    code, stderr = app.stop(pid=kiosk)
    assert code == 0, stderr
    lines = [line for line in trace.read_text().splitlines() if line.startswith(f"{kiosk} ")]
    stopped = next(i for i, line in enumerate(lines) if "--- SIGTERM" in line)
    after = [line for line in lines[stopped + 1 :] if line.split()[1].startswith(DISK_CALLS)]
    assert after == [], "\n".join(after)
    with sqlite3.connect(data / "usage.db") as conn:  # the count saved (in the WAL)
        fell = conn.execute("SELECT item FROM counts WHERE event = 'content_fallback'").fetchall()
    conn.close()
    assert fell == [("previous",)]
    assert json.loads(data.joinpath(start_guard.STARTS_NAME).read_text()) == {"unfinished": 0}


@pytest.mark.slow
def test_after_three_failed_starts_the_kiosk_starts_on_the_bundled_content(tmp_path, sample_db):
    from kiosk.core import locate

    data = tmp_path / "data"
    install_copies(data, sample_db)  # healthy, but the kiosk kept dying while coming up
    data.joinpath(start_guard.STARTS_NAME).write_text('{"unfinished": 3}')
    app = App(tmp_path)
    ready = app.ready()
    assert ready["content"] == str(locate.bundled_database()) and ready["stories"] > 0
    code, _ = app.stop()
    assert code == 0
    assert "failed to start 3 times in a row" in app.log
    assert json.loads(data.joinpath(start_guard.STARTS_NAME).read_text()) == {"unfinished": 0}
    crash_report = app.log  # the line is also the crash report shown in the admin panel
    assert "started on the bundled content" in crash_report


@pytest.mark.slow
def test_a_database_that_cannot_be_opened_is_in_kiosk_log_and_the_error_screen_quits(tmp_path):
    app = App(tmp_path, "--db", str(tmp_path / "missing.db"))
    deadline = time.monotonic() + 60
    log = app.data / "logs" / "kiosk.log"
    while time.monotonic() < deadline and "content database not found" not in (
        log.read_text(encoding="utf-8") if log.exists() else ""
    ):
        assert app.proc.poll() is None, app.proc.stderr.read()
        time.sleep(0.3)
    code, stderr = app.stop()  # the error screen quits on SIGTERM too
    assert code == 1
    assert "content database not found" in stderr and "Traceback" not in stderr
    assert f"content database not found: {tmp_path / 'missing.db'}" in app.log


def test_a_trusted_key_that_is_not_a_key_is_warned_about_and_the_good_ones_kept(tmp_path):
    from kiosk.core.config import load_settings
    from kiosk.packs.signing import generate_key_files

    good = generate_key_files(tmp_path / "key")
    settings = tmp_path / "settings.toml"
    settings.write_text(f'trusted_keys = ["{good}", "k", "bm90IDMyIGJ5dGVz"]\n', encoding="utf-8")
    loaded, warnings = load_settings(settings)
    assert loaded.trusted_keys == (good,)
    assert [w.split(": ", 2)[2][:3] for w in warnings] == ["'k'", "'bm"]
    assert all("is not an Ed25519 public key" in w for w in warnings)


def test_the_idle_reset_writes_the_visit_counts_to_disk(running, qtbot):
    """A power cut after a visit loses nothing of it: the reset wrote the counts."""
    data, window, operation, _counts = running
    slow = UsageCounts(data / "slow.db", flush_interval_s=3600)  # never on its own
    operation.counts = slow
    window.open_story(window.carousel.current_card().id)
    operation.reset()
    with sqlite3.connect(data / "slow.db") as conn:
        (views,) = conn.execute("SELECT count(*) FROM counts WHERE event = 'story_view'").fetchone()
    conn.close()
    slow.close()
    assert views == 1


@pytest.mark.slow
def test_the_kiosk_runs_on_a_full_data_folder_and_says_so_once(tmp_path, sample_db):
    """The data folder is a full tmpfs: no log file, no counts; the kiosk shows stories."""
    from tests.test_command_failures import needs_mounts

    if needs_mounts.args[0]:
        pytest.fail(needs_mounts.kwargs["reason"])
    data = tmp_path / "data"
    data.mkdir()
    settings = tmp_path / "settings.toml"
    settings.write_text(f'data_dir = "{data}"\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "KIOSK_"))}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), HOME=str(tmp_path))
    kiosk = f"{sys.executable} -m kiosk --log-state --config {settings}"
    script = (
        f"mount -t tmpfs -o size=64k tmpfs {data} && "
        f"(dd if=/dev/zero of={data}/filler bs=4k 2>/dev/null; true) && "
        f"{{ {kiosk} & pid=$!; i=0; "
        f"while [ $i -lt 600 ] && ! grep -q ready {tmp_path}/out 2>/dev/null; do sleep 0.1; i=$((i+1)); done; "
        f"sleep 1; kill -TERM $pid; wait $pid; }} > {tmp_path}/out"
    )
    result = subprocess.run(
        ["unshare", "--mount", "--map-root-user", "sh", "-c", script],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    out = (tmp_path / "out").read_text(encoding="utf-8")
    ready = next(json.loads(line) for line in out.splitlines() if '"ready"' in line)
    assert ready["stories"] > 0
    assert result.returncode == 0, result.stderr
    assert "Logging error" not in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.count("cannot write the log file") == 1, result.stderr
    assert "log lines go to stderr from now on" in result.stderr
    assert "kiosk stopped (exit code 0)" in result.stderr  # later lines followed it there


def damaged_resources(tmp_path: Path) -> Path:
    """A resources folder whose bundled database is damaged (everything else shared)."""
    from kiosk.core import locate

    folder = tmp_path / "damaged-resources"
    folder.mkdir()
    for item in locate.resources_root().iterdir():
        if item.name != locate.DATABASE_NAME:
            (folder / item.name).symlink_to(item)
    shutil.copyfile(locate.bundled_database(), folder / "content.db")
    damage_first_story_page(folder / "content.db")
    return folder


@pytest.mark.slow
def test_a_damaged_bundled_database_fails_the_self_test_with_its_reason(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env["KIOSK_RESOURCES"] = str(damaged_resources(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "self-test"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    assert "FAIL content: the bundled content:" in result.stdout
    assert "not a readable content database" in result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_a_damaged_bundled_database_is_reported_at_start(tmp_path, sample_db):
    data = tmp_path / "data"
    install_copies(data, sample_db)  # the kiosk shows a healthy pack...
    app = App(tmp_path, env={"KIOSK_RESOURCES": str(damaged_resources(tmp_path))})
    ready = app.ready()
    assert ready["content"] == str(pack_db(data, ACTIVE))
    code, stderr = app.stop()
    assert code == 0
    assert "Traceback" not in stderr
    # ...and says that its fallback of last resort is gone.
    assert "the bundled content is unusable" in app.log and "malformed" in app.log
