"""Installs a content pack in a background thread, reporting progress to the GUI thread."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread, Signal

from kiosk.packs.atomic_install import install_pack
from kiosk.packs.errors import PackError
from kiosk.packs.reader import Trust

log = logging.getLogger(__name__)


class PackInstallJob(QThread):
    """`start()` runs install_pack; signals arrive in the GUI thread (queued).

    The job belongs to the application, not to the panel that started it, so that it
    outlives a panel closed mid-install; it deletes itself when finished.
    """

    progressed = Signal(str, int)  # step name, percent (0-100)
    succeeded = Signal(object)  # the InstallResult
    failed = Signal(str)  # the reason, for staff

    def __init__(self, pack: Path, data_dir: Path, trust: Trust):
        super().__init__(QCoreApplication.instance())
        self.pack = Path(pack)
        self.data_dir = Path(data_dir)
        self.trust = trust
        self._last: tuple[str, int] = ("", -1)
        self.finished.connect(self.deleteLater)

    def run(self) -> None:
        try:
            result = install_pack(self.pack, self.data_dir, self.trust, progress=self._progress)
        except PackError as error:
            log.warning("content pack %s refused: %s", self.pack, error)
            self.failed.emit(str(error))
        except OSError as error:
            log.warning("content pack %s could not be installed: %s", self.pack, error)
            self.failed.emit(str(error))
        except Exception as error:  # never leave the progress dialog hanging
            log.exception("content pack %s: install failed", self.pack)
            self.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.succeeded.emit(result)

    def _progress(self, step: str, done: int, total: int) -> None:
        percent = min(100, done * 100 // total) if total > 0 else 0
        if (step, percent) != self._last:  # a signal per percent, not per block
            self._last = (step, percent)
            self.progressed.emit(step, percent)
