"""Resilience: one instance, unhandled errors return home in kiosk mode, crash file, signals."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from kiosk import crash_guard
from kiosk.core.config import Settings

ROOT = Path(__file__).resolve().parents[1]


def test_second_instance_is_refused(tmp_path):
    first = crash_guard.single_instance_lock(tmp_path)
    assert first is not None and first.is_held()
    assert crash_guard.single_instance_lock(tmp_path) is None
    first.release()
    again = crash_guard.single_instance_lock(tmp_path)
    assert again is not None and again.is_held()
    again.release()


def test_a_lock_left_by_a_killed_kiosk_is_free_at_once_and_kept_in_place(tmp_path):
    """The kernel drops the lock of a killed kiosk: the next start takes it without removing
    and re-creating the lock file, and syncs nothing (QLockFile, before, removed a stale
    lock file, made a new one and fdatasynced it: waits for the disk before the first
    frame, 0.3-0.5 s when other programs were writing)."""
    holder = textwrap.dedent(
        """
        import sys, time
        from pathlib import Path
        from kiosk import crash_guard
        lock = crash_guard.single_instance_lock(Path(sys.argv[1]))
        print("held" if lock is not None and lock.is_held() else "not held", flush=True)
        time.sleep(60)
        """
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, "-c", holder, str(tmp_path)], cwd=ROOT, env=env,
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert child.stdout.readline().strip() == "held"
        lock_file = tmp_path / crash_guard.LOCK_NAME
        assert lock_file.read_text().strip() == str(child.pid)
        assert crash_guard.single_instance_lock(tmp_path) is None
        inode = lock_file.stat().st_ino
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
    lock = crash_guard.single_instance_lock(tmp_path)
    assert lock is not None and lock.is_held()
    assert lock_file.stat().st_ino == inode  # the same file: nothing removed or created
    assert lock_file.read_text().strip() == str(os.getpid())
    lock.release()


@pytest.fixture
def guard_factory(qapp):
    made = []

    def factory(tmp_path: Path, **kwargs):
        guard = crash_guard.install(qapp, Settings(), data_dir=tmp_path, route_qt=False, **kwargs)
        made.append(guard)
        return guard

    yield factory
    for guard in made:
        guard.uninstall()


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_returns_home_in_kiosk_mode(qtbot, tmp_path, guard_factory, caplog):
    homes = []
    guard_factory(tmp_path, mode="kiosk", on_unhandled=lambda: homes.append("home"))

    def broken_slot() -> None:
        raise RuntimeError("a bug in a slot")

    with caplog.at_level(logging.CRITICAL):
        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: homes == ["home"])
    assert "a bug in a slot" in caplog.text
    log_text = (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "RuntimeError: a bug in a slot" in log_text


@pytest.mark.qt_no_exception_capture
def test_failing_recovery_does_not_loop(qtbot, tmp_path, guard_factory):
    calls = []

    def broken_home() -> None:
        calls.append(1)
        raise RuntimeError("home is broken too")

    guard = guard_factory(tmp_path, mode="kiosk", on_unhandled=broken_home)
    guard._excepthook(ValueError, ValueError("x"), None)
    assert calls == [1]


def test_previous_crash_is_reported_once(tmp_path, guard_factory, caplog):
    (tmp_path / "crash.log").write_text("Fatal Python error: Segmentation fault\n")
    with caplog.at_level(logging.ERROR):
        guard = guard_factory(tmp_path)
    assert guard.previous_crash == "Fatal Python error: Segmentation fault"
    assert "crashed last time" in caplog.text
    assert (tmp_path / "crash-previous.log").is_file()
    guard.uninstall()
    assert guard_factory(tmp_path).previous_crash is None


def _run(script: str, tmp_path: Path, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        **kwargs,
    )


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="other platform: POSIX signals")
def test_sigterm_quits_cleanly_and_flushes(tmp_path):
    process = _run(
        """
        import sys
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication, QTimer
        from kiosk import crash_guard
        from kiosk.core.config import Settings
        app = QCoreApplication([])
        crash_guard.install(app, Settings(mode="kiosk"), data_dir=Path(sys.argv[1]),
                            on_shutdown=lambda: print("flushed", flush=True))
        QTimer.singleShot(0, lambda: print("ready", flush=True))
        sys.exit(app.exec())
        """,
        tmp_path,
    )
    try:
        assert process.stdout.readline().strip() == "ready"
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=20)
    finally:
        process.kill()
    assert process.returncode == 0, err
    assert out.strip() == "flushed"
    assert "received signal" in (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")


@pytest.mark.slow
def test_hard_crash_writes_a_crash_file_reported_at_next_start(tmp_path):
    process = _run(
        """
        import faulthandler, sys
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from kiosk import crash_guard
        from kiosk.core.config import Settings
        app = QCoreApplication([])
        crash_guard.install(app, Settings(), data_dir=Path(sys.argv[1]))
        faulthandler._sigsegv()
        """,
        tmp_path,
    )
    process.communicate(timeout=30)
    assert process.returncode != 0
    assert "Fatal Python error" in (tmp_path / "crash.log").read_text(encoding="utf-8")


def test_qt_messages_go_to_logging(caplog):
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    previous = crash_guard.route_qt_messages()
    try:
        with caplog.at_level(logging.WARNING, logger="qt"):
            qWarning("a message from Qt")
    finally:
        qInstallMessageHandler(previous)
    assert [(r.name, r.levelname, r.getMessage()) for r in caplog.records] == [
        ("qt", "WARNING", "a message from Qt")
    ]
