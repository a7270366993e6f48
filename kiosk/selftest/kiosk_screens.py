"""Self-test screens of kiosk operation: attract loop, neutral screen, "Still there?", PIN pad,
admin panel.

They are built by a real `KioskOperation` in kiosk mode (the code the kiosk runs),
with its idle and attract timers off so nothing moves on its own during the test,
and usage counts written to a throw-away folder.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from kiosk.selftest.screen import Screen

# The seconds shown on the "Still there?" countdown in the screenshot.
WARNING_SECONDS = 15


class KioskScreens:
    """Owns the KioskOperation the kiosk screens are shown by; `close()` removes it."""

    def __init__(self, app, window):
        from kiosk.core.analytics import UsageCounts
        from kiosk.core.config import Settings
        from kiosk.operation import KioskOperation
        from kiosk.session import SessionTimings

        self._folder = tempfile.TemporaryDirectory(prefix="kiosk-self-test-")
        self.counts = UsageCounts(Path(self._folder.name) / "usage.db")
        self.operation = KioskOperation(
            app,
            window,
            Settings(mode="kiosk"),
            mode="kiosk",
            counts=self.counts,
            timings=SessionTimings(idle_ms=0, warning_ms=0, attract_ms=0),
        )

    def screens(self) -> list[Screen]:
        operation = self.operation

        def uncover(window) -> None:
            operation.cover.uncover()

        def attract(window) -> str | None:
            if not window.attract_cards():
                return "the attract loop has no story to show"
            operation.show_attract()
            return _covered(operation, "attract")

        def neutral(window) -> str | None:
            operation.show_neutral()
            return _covered(operation, "neutral")

        def idle_warning(window) -> None:
            operation.idle_warning.show_countdown(WARNING_SECONDS)

        def pin_pad(window) -> str | None:
            operation.open_admin()  # kiosk mode: the PIN pad guards the admin panel
            return _covered(operation, "pin")

        def admin(window) -> str | None:
            operation._show_admin_panel()  # what a right PIN opens
            return _covered(operation, "admin")

        return [
            Screen("attract", attract, leave=uncover),
            Screen("neutral", neutral, leave=uncover),
            Screen("idle-warning", idle_warning, leave=lambda _: operation.idle_warning.hide()),
            Screen("pin-pad", pin_pad, leave=uncover),
            Screen("admin", admin, leave=uncover),
        ]

    def close(self) -> None:
        self.operation.cover.uncover()
        self.operation.idle_warning.hide()
        self.operation.uninstall()
        self.counts.close()
        self.operation.deleteLater()
        self._folder.cleanup()


def _covered(operation, name: str) -> str | None:
    if operation.cover.name != name:
        return f"the {name} screen did not cover the window"
    return None
