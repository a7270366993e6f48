"""A content pack install started from the admin panel: a background thread, and the one
owner of the install's state (the step and percent it has reached, then its outcome)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from kiosk.packs.atomic_install import install_pack
from kiosk.packs.errors import PackError
from kiosk.packs.reader import Trust

log = logging.getLogger(__name__)

INSTALLED, REFUSED = "installed", "refused"


class PackInstallJob(QObject):
    """`start()` runs install_pack in a thread; the state changes in the GUI thread.

    Everyone who shows or waits for the install reads it here: the admin panel that
    started it, a panel opened again meanwhile (a quick exit closed the first one), and
    the kiosk, which holds the idle reset while staff install. `changed` follows every
    change of `step`, `percent`, `running` and `outcome`; `finished` comes once, after the
    `changed` that brought the outcome.
    """

    changed = Signal()
    finished = Signal()

    def __init__(self, pack: Path, data_dir: Path, trust: Trust):
        super().__init__()
        self.pack = Path(pack)
        self.data_dir = Path(data_dir)
        self.trust = trust
        self.step = "checking"
        self.percent = 0
        self.running = False
        # (INSTALLED, "pack-id version") or (REFUSED, reason) once ended; None again when
        # staff have seen it (see dismiss).
        self.outcome: tuple[str, str] | None = None

    def start(self) -> None:
        # The thread belongs to the application, not to the panel that started it, so
        # that it outlives a panel closed mid-install; it deletes itself when finished.
        thread = _InstallThread(self.pack, self.data_dir, self.trust)
        thread.progressed.connect(self._progressed)  # queued: these run in the GUI thread
        thread.ended.connect(self._ended)
        self.running = True
        thread.start()
        self.changed.emit()

    def dismiss(self) -> None:
        """Staff have seen how the install ended (or a rollback made it stale): no outcome
        to show any more. Nothing changes while it runs."""
        if not self.running and self.outcome is not None:
            self.outcome = None
            self.changed.emit()

    def _progressed(self, step: str, percent: int) -> None:
        if self.running:
            self.step, self.percent = step, percent
            self.changed.emit()

    def _ended(self, kind: str, detail: str) -> None:
        self.running, self.outcome = False, (kind, detail)
        self.changed.emit()
        self.finished.emit()


class _InstallThread(QThread):
    """Runs install_pack; its signals arrive in the GUI thread (queued)."""

    progressed = Signal(str, int)  # step name, percent (0-100)
    ended = Signal(str, str)  # INSTALLED and "pack-id version", or REFUSED and the reason

    def __init__(self, pack: Path, data_dir: Path, trust: Trust):
        super().__init__(QCoreApplication.instance())
        self.pack, self.data_dir, self.trust = pack, data_dir, trust
        self._last: tuple[str, int] = ("", -1)
        self.finished.connect(self.deleteLater)

    def run(self) -> None:
        try:
            result = install_pack(self.pack, self.data_dir, self.trust, progress=self._progress)
        except PackError as error:
            log.warning("content pack %s refused: %s", self.pack, error)
            self.ended.emit(REFUSED, str(error))
        except OSError as error:
            log.warning("content pack %s could not be installed: %s", self.pack, error)
            self.ended.emit(REFUSED, str(error))
        except Exception as error:  # never leave the progress dialog hanging
            log.exception("content pack %s: install failed", self.pack)
            self.ended.emit(REFUSED, f"{type(error).__name__}: {error}")
        else:
            self.ended.emit(INSTALLED, f"{result.manifest.pack_id} {result.manifest.version}")

    def _progress(self, step: str, done: int, total: int) -> None:
        percent = min(100, done * 100 // total) if total > 0 else 0
        if (step, percent) != self._last:  # a signal per percent, not per block
            self._last = (step, percent)
            self.progressed.emit(step, percent)
