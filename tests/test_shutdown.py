"""A stop signal ends the kiosk at once, and nothing worth keeping is lost on the way.

tests/e2e/test_signals.py checks the whole app (quit within 2 s of SIGTERM, counts kept);
these check its two fast steps: the speech helper is ended rather than waited for, and
the process ends with `crash_guard.exit_now` once the app has saved what it keeps.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QProcess

from kiosk.ui import read_aloud
from kiosk.ui.read_aloud import _HostProcess

ROOT = Path(__file__).resolve().parents[1]


def test_exit_now_keeps_the_exit_code_the_output_and_the_log(tmp_path):
    script = textwrap.dedent(
        """
        import logging, sys
        from kiosk import crash_guard
        handler = logging.FileHandler(sys.argv[1], encoding="utf-8")
        logging.getLogger().addHandler(handler)
        logging.getLogger().setLevel(logging.INFO)
        logging.getLogger("kiosk").info("kiosk stopped (exit code 3)")
        sys.stdout.write("counts saved")  # no newline: still in the buffer
        crash_guard.exit_now(3)
        print("never")
        """
    )
    log = tmp_path / "kiosk.log"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script, str(log)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 3, done.stderr
    assert done.stdout == "counts saved"
    assert "kiosk stopped (exit code 3)" in log.read_text(encoding="utf-8")


class _Deaf(_HostProcess):
    """A helper that never reads its input (as when it is still listing voices) and
    ignores SIGTERM (as an engine call or a handler of its own might hold it)."""

    def start(self) -> None:
        script = "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
        script += "print('deaf', flush=True); time.sleep(60)"
        self._process.start(sys.executable, ["-c", script])


def test_the_speech_helper_is_ended_not_waited_for(qtbot, caplog):
    """The stop kills the helper and goes on: the interface's thread waits for it at
    most END_WAIT_MS in all (it waited up to 0.5 s for a SIGTERM, then up to 0.5 s more
    after SIGKILL), and its end is read all the same (no zombie left)."""
    host = _Deaf("mock")
    host.start()
    assert host._process.waitForStarted(10_000)
    assert host._process.waitForReadyRead(10_000)  # SIGTERM ignored from now on
    asked = []  # how long the stop asked Qt to wait for the helper, call by call (ms)
    real_wait = host._process.waitForFinished
    host._process.waitForFinished = lambda ms=30_000: asked.append(ms) or real_wait(ms)
    with caplog.at_level(logging.WARNING):
        host.end()  # the stop's first step
        gone = read_aloud.collect_ended()  # its last
    assert sum(asked) <= read_aloud.END_WAIT_MS <= 10, asked
    if not gone:  # a busy machine: the event loop reads its end, as in a running kiosk
        qtbot.waitUntil(lambda: host._process.state() == QProcess.ProcessState.NotRunning)
    assert host._process.state() == QProcess.ProcessState.NotRunning
    pid = host._process.processId() or None
    assert pid is None
    # Ended by a signal (closing its input would have left it sleeping for a minute) ...
    assert host._process.exitStatus() == QProcess.ExitStatus.CrashExit
    # ... which is the shutdown, not a failure worth a warning in kiosk.log.
    assert not [r for r in caplog.records if "text-to-speech helper" in r.getMessage()]


def test_a_program_that_leaves_normally_reads_the_killed_helpers_end(tmp_path):
    """The self-test or the studio: the helper killed, the program leaves at once (not by
    os._exit): the helper's end is read at its exit, not by Qt destroying its QProcess
    ("QProcess: Destroyed while process ... is still running", seen at the self-test's end)."""
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QCoreApplication
        from tests.test_shutdown import _Deaf
        app = QCoreApplication([])
        host = _Deaf("mock")
        host.start()
        assert host._process.waitForReadyRead(10_000)
        pid = host._process.processId()
        host.end()
        print(pid, flush=True)
        del host
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Destroyed while process" not in done.stderr, done.stderr
    assert "still not gone" not in done.stderr
    assert int(done.stdout.split()[0]) > 0
