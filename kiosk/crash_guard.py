"""Keeping an unattended kiosk alive: logs, crash files, unhandled errors, signals, one instance.

Qt core only. The app calls, before building any window::

    lock = single_instance_lock(data_dir)          # None: print "already running", exit 1
    guard = crash_guard.install(app, settings, data_dir=data_dir,
                                on_unhandled=window.return_home,   # kiosk mode only
                                on_shutdown=counts.flush)

which gives: a rotating log in <data dir>/logs/kiosk.log with Qt's own messages routed
into `logging`; `faulthandler` writing <data dir>/crash.log, whose content is logged
and kept in `guard.previous_crash` at the next start (then moved to crash-previous.log);
`sys.excepthook` that logs every unhandled exception and, in kiosk mode, calls
`on_unhandled` (return to the home screen) instead of dying; SIGTERM, SIGINT and SIGHUP
end the Qt event loop in every mode (the kiosk lock's refusal to close the window does
not stop them), so `on_shutdown` (connected to aboutToQuit) flushes the counters.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO, NoReturn

from PySide6.QtCore import (
    QCoreApplication,
    QLockFile,
    QMessageLogContext,
    QObject,
    QSocketNotifier,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)

from kiosk.core.config import Settings
from kiosk.core.failures import LOG_NAME, log_file_handler

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

# What systemd (SIGTERM), Ctrl+C (SIGINT) and a closed terminal (SIGHUP) send.
_QUIT_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)
CRASH_NAME = "crash.log"
PREVIOUS_CRASH_NAME = "crash-previous.log"
LOCK_NAME = "kiosk.lock"

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class InstanceLock:
    """<folder>/kiosk.lock held with an OS lock (flock) while the kiosk runs.

    Nothing is synced or removed: the kernel drops the lock when the process ends, even
    killed, so a crashed kiosk leaves no stale lock to detect and take over. (QLockFile,
    used before, fdatasynced a new lock file at every start, a wait for the disk before
    the first frame that took 0.3-0.5 s while other programs wrote; and it removed and
    re-created the file.) The file keeps the holder's process id for staff.
    """

    def __init__(self, fd: int | None):
        self._fd = fd

    def is_held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the file releases the lock
            self._fd = None

    def __del__(self) -> None:
        self.release()


def single_instance_lock(folder: Path) -> InstanceLock | QLockFile | None:
    """Lock <folder>/kiosk.lock; None when another kiosk holds it. Keep the object alive
    (`release()` or its deletion unlocks).

    Where the lock cannot be taken for another reason (a read-only folder), the kiosk runs
    unguarded (logged). Without flock (Windows): QLockFile, whose lock left by a crashed
    kiosk is detected through its process id and taken over.
    """
    path = folder / LOCK_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        log.warning("cannot create %s (%s); not guarding against a second instance", folder, error)
        return InstanceLock(None)
    try:
        import fcntl
    except ImportError:
        return _qt_lock(path)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    except OSError as error:
        log.warning("cannot open %s (%s); not guarding against a second instance", path, error)
        return InstanceLock(None)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    except OSError as error:
        os.close(fd)
        log.warning("cannot lock %s (%s); not guarding against a second instance", path, error)
        return InstanceLock(None)
    holder = f"{os.getpid():<20}\n".encode()  # same length every time: rewritten in place
    with contextlib.suppress(OSError):
        os.pwrite(fd, holder, 0)
        if os.fstat(fd).st_size != len(holder):  # a longer file from an older version
            os.ftruncate(fd, len(holder))
    return InstanceLock(fd)


def _qt_lock(path: Path) -> QLockFile | None:
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # never stale by age: only when its process is gone
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    log.warning("cannot write %s; not guarding against a second instance", path)
    return lock


def route_qt_messages() -> Callable | None:
    """Send Qt's own warnings into `logging` (logger "qt"); returns the previous handler."""

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)

    return qInstallMessageHandler(handler)


class CrashGuard(QObject):
    """What `install` set up; `uninstall()` puts everything back (used by tests)."""

    def __init__(
        self,
        app: QCoreApplication,
        data_dir: Path,
        *,
        kiosk_mode: bool,
        on_unhandled: Callable[[], None] | None,
        on_shutdown: Callable[[], None] | None,
        route_qt: bool = True,
    ):
        super().__init__(app)
        self._app = app
        self._kiosk_mode = kiosk_mode
        self._on_unhandled = on_unhandled
        self._on_shutdown = on_shutdown
        self._in_handler = False
        self.log_path: Path | None = None
        self.previous_crash: str | None = None
        self._log_handler: logging.Handler | None = None
        self._crash_file: IO[str] | None = None
        self._faulthandler_was_on = faulthandler.is_enabled()
        self._previous_hook = sys.excepthook
        self._previous_qt_handler = None
        self._route_qt = route_qt
        self._previous_signals: dict[int, object] = {}
        self._wakeup: _WakeUp | None = None
        self._notifier: QSocketNotifier | None = None
        self._poll: QTimer | None = None
        self._data_dir = data_dir

    # --- set-up steps -------------------------------------------------------------------

    def _start_log(self) -> None:
        folder = self._data_dir / "logs"
        # Degrades to stderr, once, when the file cannot be written (disk full, read-only).
        handler = log_file_handler(folder)
        if handler is None:
            return
        root = logging.getLogger()
        root.addHandler(handler)
        if root.level > logging.INFO or root.level == logging.NOTSET:
            root.setLevel(logging.INFO)
        self._log_handler = handler
        self.log_path = folder / LOG_NAME
        if self._route_qt:
            self._previous_qt_handler = route_qt_messages()

    def _start_crash_file(self) -> None:
        crash = self._data_dir / CRASH_NAME
        try:
            text = crash.read_text(encoding="utf-8", errors="replace").strip()
        except FileNotFoundError:
            text = ""
        except OSError as error:
            log.warning("cannot read %s (%s)", crash, error)
            text = ""
        if text:
            self.previous_crash = text
            log.error("the kiosk crashed last time; crash report follows\n%s", text)
            with contextlib.suppress(OSError):
                crash.replace(self._data_dir / PREVIOUS_CRASH_NAME)
        try:
            self._crash_file = crash.open("w", encoding="utf-8")
        except OSError as error:
            log.warning("crash reports go to stderr: cannot write %s (%s)", crash, error)
            return
        faulthandler.enable(self._crash_file, all_threads=True)

    def _start_excepthook(self) -> None:
        sys.excepthook = self._excepthook

    def _excepthook(
        self,
        kind: type[BaseException],
        error: BaseException,
        traceback: TracebackType | None,
    ) -> None:
        log.critical("unhandled error", exc_info=(kind, error, traceback))
        if issubclass(kind, KeyboardInterrupt):
            self._app.quit()
            return
        if not self._kiosk_mode or self._on_unhandled is None:
            self._previous_hook(kind, error, traceback)
            return
        if self._in_handler:  # the recovery itself failed: do not loop
            log.critical("returning to the home screen failed too")
            return
        self._in_handler = True
        try:
            self._on_unhandled()
        except Exception:
            log.critical("returning to the home screen failed", exc_info=True)
        finally:
            self._in_handler = False

    def _start_signals(self) -> None:
        if self._on_shutdown is not None:
            self._app.aboutToQuit.connect(self._on_shutdown)
        for number in _QUIT_SIGNALS:
            try:
                self._previous_signals[number] = signal.signal(number, self._on_signal)
            except (ValueError, OSError):  # not the main thread, or not supported
                return
        # Python runs signal handlers only between bytecodes; inside Qt's event loop it
        # needs a wake-up: the C handler writes to a pipe that Qt is watching (_WakeUp).
        try:
            self._wakeup = _WakeUp()
            signal.set_wakeup_fd(self._wakeup.write_fd)
        except (OSError, ValueError):
            if self._wakeup is not None:
                self._wakeup.close()
                self._wakeup = None
            self._poll = QTimer(self)
            self._poll.timeout.connect(lambda: None)
            self._poll.start(500)
            return
        self._notifier = QSocketNotifier(self._wakeup.read_fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._wakeup.drain)

    def _on_signal(self, number: int, _frame: object) -> None:
        log.info("received signal %d: shutting down", number)
        # exit(), not quit(): quit() first asks every window to close, and the kiosk
        # lock refuses that (a visitor must not close the kiosk), so quit() did nothing.
        self._app.exit(0)

    def attach(
        self,
        *,
        on_unhandled: Callable[[], None] | None = None,
        on_shutdown: Callable[[], None] | None = None,
    ) -> None:
        """Set what to call on an unhandled error and at shutdown, once they exist.

        The app installs the guard first thing (so that start-up failures are logged and
        signals work on the error screen too) and attaches these when its window is up.
        """
        if on_unhandled is not None:
            self._on_unhandled = on_unhandled
        if on_shutdown is not None:
            if self._on_shutdown is not None:
                with contextlib.suppress(RuntimeError, TypeError):
                    self._app.aboutToQuit.disconnect(self._on_shutdown)
            self._on_shutdown = on_shutdown
            self._app.aboutToQuit.connect(on_shutdown)

    # --- undo ---------------------------------------------------------------------------

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        for number, previous in self._previous_signals.items():
            signal.signal(number, previous)
        self._previous_signals.clear()
        if self._wakeup is not None:
            signal.set_wakeup_fd(-1)
            if self._notifier is not None:
                self._notifier.setEnabled(False)
                self._notifier.activated.disconnect(self._wakeup.drain)
                self._notifier.deleteLater()
                self._notifier = None
            self._wakeup.close()
            self._wakeup = None
        if self._on_shutdown is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._app.aboutToQuit.disconnect(self._on_shutdown)
        if self._crash_file is not None:
            faulthandler.disable()
            self._crash_file.close()
            self._crash_file = None
            if self._faulthandler_was_on:
                faulthandler.enable(sys.__stderr__)
        if self._log_handler is not None:
            if self._route_qt:
                qInstallMessageHandler(self._previous_qt_handler)
            logging.getLogger().removeHandler(self._log_handler)
            self._log_handler.close()
            self._log_handler = None


class _WakeUp:
    """What a signal's C handler writes a byte to, so that Qt's event loop wakes up and
    Python runs the handler: a non-blocking pipe (a pipe, not a socket pair: `import
    socket` alone cost the start ~5 ms); on Windows, where set_wakeup_fd takes only a
    socket, a socket pair."""

    def __init__(self):
        self._sockets = None
        if sys.platform == "win32":
            import socket

            self._sockets = socket.socketpair()
            for sock in self._sockets:
                sock.setblocking(False)
            self.read_fd, self.write_fd = (sock.fileno() for sock in self._sockets)
            return
        self.read_fd, self.write_fd = os.pipe()
        for fd in (self.read_fd, self.write_fd):
            os.set_blocking(fd, False)

    def drain(self) -> None:
        with contextlib.suppress(OSError):
            if self._sockets is not None:
                self._sockets[0].recv(64)
            else:
                os.read(self.read_fd, 64)

    def close(self) -> None:
        if self._sockets is not None:
            for sock in self._sockets:
                sock.close()
            return
        for fd in (self.read_fd, self.write_fd):
            with contextlib.suppress(OSError):
                os.close(fd)


def install(
    app: QCoreApplication,
    settings: Settings,
    *,
    data_dir: Path,
    mode: str | None = None,
    on_unhandled: Callable[[], None] | None = None,
    on_shutdown: Callable[[], None] | None = None,
    route_qt: bool = True,
) -> CrashGuard:
    """Set up logging, crash file, excepthook and signal handling; see the module doc.

    `mode` overrides `settings.mode` (the --mode option). `route_qt=False` leaves Qt's
    message handler alone (pytest-qt installs its own).
    """
    guard = CrashGuard(
        app,
        data_dir,
        kiosk_mode=(mode or settings.mode) == "kiosk",
        on_unhandled=on_unhandled,
        on_shutdown=on_shutdown,
        route_qt=route_qt,
    )
    guard._start_log()
    guard._start_crash_file()
    guard._start_excepthook()
    guard._start_signals()
    log.info("kiosk started (mode %s)", mode or settings.mode)
    return guard


def exit_now(code: int) -> NoReturn:
    """End the kiosk process with `code` now that it has saved what it keeps.

    `kiosk.app.run` returns only after the usage counts are written and closed, the
    settings and window geometry saved, kiosk.log and the crash file closed and the
    instance lock released. What Python and Qt would still do at exit (deleting every
    widget, the media players and their threads, the modules) saves nothing and took
    0.4-0.6 s at load 9 on a 2-core machine: a stop signal from systemd ends here instead.
    """
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)
