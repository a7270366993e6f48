"""Faults as messages (Qt-free): one line for people, the traceback for kiosk.log.

- `describe(error)`: one clear sentence for any OSError a command can meet (disk full,
  read-only, missing, permission, I/O error).
- `run_command(action, log_folder)`: the one top-level handler each `kiosk` command
  runs under: an OSError or unexpected error prints one line on stderr, its traceback
  goes to <data dir>/logs/kiosk.log, and the exit code is 1 (130 on Ctrl+C).
- `LogFile`: the kiosk.log handler. When the file cannot be written (disk full,
  read-only, removed folder) it says so once on stderr and sends every later line to
  stderr, instead of printing a `--- Logging error ---` traceback per line.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

LOG_NAME = "kiosk.log"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOENT: "not found",
    errno.ENOTDIR: "a folder in the path is a file",
    errno.EISDIR: "it is a folder, not a file",
    errno.EIO: "input/output error (the disk may be failing)",
    errno.ELOOP: "too many symbolic links",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EMFILE: "too many open files",
}


def describe(error: OSError) -> str:
    """'cannot write /x/y: the disk is full' style text for `error`."""
    reason = _REASONS.get(error.errno or 0, error.strerror or str(error))
    paths = [str(p) for p in (error.filename, error.filename2) if p is not None]
    where = " -> ".join(paths)
    return f"{where}: {reason}" if where else reason


def log_file_handler(folder: Path, *, to_stderr: bool = True) -> LogFile | None:
    """A LogFile for <folder>/kiosk.log, or None (with a warning) when it cannot be opened."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = LogFile(folder / LOG_NAME, to_stderr=to_stderr)
    except OSError as error:
        if to_stderr:
            _say(f"warning: no log file: {describe(error)}")
        return None
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    return handler


class LogFile(logging.FileHandler):
    """kiosk.log, rotated at 1 MB (3 kept), degrading to stderr once when unwritable.

    `to_stderr=False`: when the file fails, later lines are dropped instead (a command's
    traceback must not reach the person at the terminal; one line has told them).

    The rotation is logging.handlers.RotatingFileHandler's, written out here: importing
    logging.handlers (socket, pickle, queue) cost the kiosk's start ~10 ms.
    """

    max_bytes = 1_000_000
    backup_count = 3

    def __init__(self, path: Path, *, to_stderr: bool = True):
        super().__init__(path, mode="a", encoding="utf-8")
        self.degraded: str | None = None  # why the file is no longer written
        self._to_stderr_on_failure = to_stderr

    def emit(self, record: logging.LogRecord) -> None:
        if self.degraded is not None:
            self._to_stderr(record)
            return
        try:
            if self.shouldRollover(record):
                self.doRollover()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def shouldRollover(self, record: logging.LogRecord) -> bool:
        """True when `record` would take the file to max_bytes (a regular file only:
        never /dev/null or a pipe)."""
        if self.degraded is not None:
            return False
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, 2)
        return self.stream.tell() + len(f"{self.format(record)}\n") >= self.max_bytes

    def doRollover(self) -> None:
        """kiosk.log -> kiosk.log.1 -> .2 -> .3 (the oldest dropped), then a new kiosk.log."""
        if self.stream:
            self.stream.close()
            self.stream = None
        for number in range(self.backup_count - 1, 0, -1):
            older = f"{self.baseFilename}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{number + 1}")
        os.replace(self.baseFilename, f"{self.baseFilename}.1")
        self.stream = self._open()

    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        if self.degraded is not None or not isinstance(error, OSError):
            super().handleError(record)
            return
        self.degraded = describe(error)
        if self._to_stderr_on_failure:
            with contextlib.suppress(OSError, ValueError, AttributeError):
                sys.stderr.write(
                    f"warning: cannot write the log file {self.baseFilename}: "
                    f"{self.degraded}; log lines go to stderr from now on\n"
                )
        self._to_stderr(record)
        stream, self.stream = self.stream, None
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.close()

    def _to_stderr(self, record: logging.LogRecord) -> None:
        if not self._to_stderr_on_failure:
            return
        # nowhere left to write when this fails: the kiosk runs on regardless
        with contextlib.suppress(OSError, ValueError, AttributeError):
            sys.stderr.write(self.format(record) + "\n")

    def close(self) -> None:
        with contextlib.suppress(OSError, ValueError):  # the last buffered line on a full disk
            super().close()


class StderrLog(logging.StreamHandler):
    """Warnings of a command on stderr ("warning: ..."); never a `Logging error` traceback."""

    def __init__(self):
        super().__init__(sys.stderr)
        self.setLevel(logging.WARNING)
        self.setFormatter(_LevelFormatter())

    def handleError(self, record: logging.LogRecord) -> None:
        pass  # stderr itself failed: there is nowhere left to say it


class _LevelFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname.lower()}: {record.getMessage()}"


def command_logging() -> Callable[[], None]:
    """A command's own log lines go to stderr, quietly when stderr fails; returns the undo."""
    root = logging.getLogger()
    if root.handlers:  # already set up (tests, an embedding program)
        return lambda: None
    handler = StderrLog()
    root.addHandler(handler)
    return lambda: root.removeHandler(handler)


def attach_log(folder: Path) -> Callable[[], None]:
    """Send `logging` (INFO and up) to <folder>/kiosk.log; returns the undo."""
    handler = log_file_handler(folder)
    if handler is None:
        return lambda: None
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)

    def detach() -> None:
        root.removeHandler(handler)
        handler.close()

    return detach


def run_command(
    action: Callable[[], int], log_folder: Callable[[], Path | None], what: str = "kiosk"
) -> int:
    """Run one command; any error is one line on stderr and a traceback in kiosk.log.

    `what` names the command in the message ("kiosk pack install"); `log_folder()` is
    asked only when something went wrong (where kiosk.log is).
    """
    try:
        return action()
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except OSError as error:
        message = describe(error)
        _record(log_folder, f"{what} failed: {message}")
        _say(f"error: {what}: {message}")
        return 1
    except Exception as error:  # the last line of defence: never a bare traceback
        where = _record(log_folder, f"{what} failed with an unexpected error")
        details = f" (details in {where})" if where else ""
        _say(f"error: {what}: unexpected {type(error).__name__}: {error}{details}")
        return 1


def _record(log_folder: Callable[[], Path | None], what: str) -> Path | None:
    """Log the current exception with its traceback into kiosk.log; its path or None."""
    try:
        folder = log_folder()
    except Exception:
        folder = None
    handler = log_file_handler(folder, to_stderr=False) if folder is not None else None
    if handler is None:
        return None
    record = logging.getLogger("kiosk.command")
    record.propagate = False  # the traceback goes to the file only; stderr gets one line
    record.addHandler(handler)
    try:
        record.error(what, exc_info=True)
    finally:
        record.removeHandler(handler)
        handler.close()
    return None if handler.degraded else Path(handler.baseFilename)


def _say(line: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        print(line, file=sys.stderr)
