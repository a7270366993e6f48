"""The watched-folder driver (Qt): check at start and every 5 minutes, install only when asked.

`check()` only looks for new packs (kiosk/packs/watched_folder.py `scan`); `install_if_pending()`
installs the newest valid one and is meant to be called from the idle reset
(KioskOperation.reset), never mid-visit. When it returns True the app must reopen its
content store (`kiosk.core.store_choice.open_store(None, data_dir)`) and give it to the window.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.core.config import Settings

if TYPE_CHECKING:  # imported when used: the packs code (zipfile, hashing) is not needed to start
    from kiosk.packs.reader import Trust
    from kiosk.packs.watched_folder import HashCache, PackCandidate

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 5 * 60 * 1000


class PackWatcher(QObject):
    """Watches `settings.watch_folder`; does nothing when no folder is configured."""

    pending_changed = Signal(bool)  # a new pack waits for the next idle reset
    installed = Signal(str)  # the new active database path

    def __init__(
        self,
        settings: Settings,
        data_dir: Path,
        parent: QObject | None = None,
        *,
        interval_ms: int = CHECK_INTERVAL_MS,
        settle_s: float | None = None,
    ):
        super().__init__(parent)
        self.settings = settings
        self.data_dir = Path(data_dir)
        self.settle_s = settle_s
        self.pending: list[PackCandidate] = []
        self._cache: HashCache = {}
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    @property
    def trust(self) -> Trust:
        from kiosk.packs.reader import Trust

        return Trust(self.settings.trusted_keys, self.settings.allow_unsigned_packs)

    def start(self) -> None:
        """Check now and every interval (no-op without a watch folder)."""
        if self.settings.watch_folder is None:
            return
        self.check()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> bool:
        """Look for new packs (installs nothing); True when one waits."""
        from kiosk.packs.watched_folder import scan

        options = {} if self.settle_s is None else {"settle_s": self.settle_s}
        try:
            found = scan(
                self.settings.watch_folder, self.data_dir, self.trust, cache=self._cache, **options
            )
        except OSError as error:
            log.warning("cannot check the watched folder: %s", error)
            found = []
        had = bool(self.pending)
        self.pending = found
        if bool(found) != had:
            self.pending_changed.emit(bool(found))
        return bool(found)

    def install_if_pending(self) -> bool:
        """At an idle reset: install the newest valid new pack; True when the content changed."""
        if not self.pending:
            return False
        from kiosk.packs.watched_folder import install_pending

        options = {} if self.settle_s is None else {"settle_s": self.settle_s}
        result = install_pending(
            self.settings.watch_folder, self.data_dir, self.trust, cache=self._cache, **options
        )
        self.pending = []
        self.pending_changed.emit(False)
        if result is None or result.already_active:
            return False
        log.info("content pack %s installed from the watched folder", result.folder.name)
        self.installed.emit(str(result.database))
        return True
