"""The visitor session: idle countdown and reset, attract loop, quick-exit key gesture.

Qt core only (no widgets). The app installs one `VisitorSession` as an event filter on
the QApplication; every touch, click, key or wheel counts as the visitor being there.

States and signals::

    WAITING  --first input-->  ACTIVE              session_started
    ACTIVE   --idle_ms-->      WARNING             warning_started(seconds), warning_tick(s)
    WARNING  --input-->        ACTIVE              warning_cancelled
    WARNING  --warning_ms-->   WAITING             reset_requested
    any      --attract_ms-->   ATTRACT             (reset_requested first if needed),
                                                   attract_requested
    ATTRACT  --input-->        ACTIVE              session_started
    any      --Esc x3 / Shift x3 within 2 s, or quick_exit()-->  WAITING
                                                   quick_exit_requested, reset_requested

Nothing is cut by a reset: when the idle (or attract) time is up while `is_busy()` is
true (kiosk/operation.py names the causes: a film plays or a text is read aloud, staff are
installing a pack), the clock starts again; call `busy_ended()` when the cause ends (a film
ends or is paused, an install ends) so that the idle time counts from that moment.
"""

from __future__ import annotations

import enum
import math
import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot

from kiosk.core.config import Settings
from kiosk.core.records import record


class SessionState(enum.Enum):
    WAITING = "waiting"  # fresh after start or reset: nobody has touched yet
    ACTIVE = "active"
    WARNING = "warning"  # "Still there?" countdown is running
    ATTRACT = "attract"


@record
class SessionTimings:
    """Milliseconds; 0 turns a feature off. Tests use tiny values."""

    idle_ms: int = 60_000  # no input -> warning (0: no idle reset)
    warning_ms: int = 15_000  # countdown length before the reset (0: reset at once)
    attract_ms: int = 90_000  # no input -> attract loop (0: no attract loop)
    gesture_window_ms: int = 2_000  # three presses of Esc or Shift within this -> quick exit

    @classmethod
    def for_mode(cls, settings: Settings, mode: str | None = None) -> SessionTimings:
        """Kiosk: idle reset and attract loop. Workshop and desktop: neither."""
        mode = mode or settings.mode
        if mode != "kiosk":
            return cls(idle_ms=0, warning_ms=0, attract_ms=0)
        return cls(
            idle_ms=settings.idle_timeout_s * 1000,
            warning_ms=settings.idle_warning_s * 1000,
            attract_ms=settings.attract_timeout_s * 1000,
        )


_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
        QEvent.Type.TabletPress,
    }
)
_GESTURE_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_Shift)


class VisitorSession(QObject):
    session_started = Signal()
    warning_started = Signal(int)  # seconds of countdown
    warning_tick = Signal(int)  # seconds remaining
    warning_cancelled = Signal()
    reset_requested = Signal()
    attract_requested = Signal()
    quick_exit_requested = Signal()
    state_changed = Signal(str)  # SessionState value

    def __init__(
        self,
        timings: SessionTimings,
        *,
        is_busy: Callable[[], bool] = lambda: False,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._timings = timings
        self._is_busy = is_busy  # True: do not reset now (see the module's note)
        self._clock = clock
        self._state = SessionState.WAITING
        self._presses: dict[int, deque[float]] = {int(k): deque(maxlen=3) for k in _GESTURE_KEYS}

        self._idle = self._single_shot(self._on_idle)
        self._countdown = self._single_shot(self._on_countdown_over)
        self._attract = self._single_shot(self._on_attract)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)
        self._warning_deadline = 0.0
        self._restart_attract()

    def _single_shot(self, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(slot)
        return timer

    # --- public API ------------------------------------------------------------------

    @property
    def state(self) -> SessionState:
        return self._state

    @property
    def timings(self) -> SessionTimings:
        return self._timings

    def set_timings(self, timings: SessionTimings) -> None:
        """Apply new timeouts (e.g. changed in the admin panel) from now on."""
        self._timings = timings
        if self._state is SessionState.ACTIVE:
            self._restart_idle()
        self._restart_attract()

    @Slot()
    def notify_activity(self) -> None:
        """The visitor is there (also called for every input the event filter sees)."""
        if self._state is SessionState.WARNING:
            self._stop_warning()
            self.warning_cancelled.emit()
            self._set_state(SessionState.ACTIVE)
        elif self._state in (SessionState.WAITING, SessionState.ATTRACT):
            self._set_state(SessionState.ACTIVE)
            self.session_started.emit()
        self._restart_idle()
        self._restart_attract()

    @Slot()
    def cancel_warning(self) -> None:
        """The "Continue" button."""
        self.notify_activity()

    @Slot()
    def busy_ended(self) -> None:
        """What kept the session busy ended (a film, a reading, an install): the idle time
        counts from now."""
        if self._state is SessionState.ACTIVE:
            self._restart_idle()
        self._restart_attract()

    @Slot()
    def reset(self) -> None:
        """Reset now (e.g. after an unhandled error); emits reset_requested."""
        self._stop_warning()
        self._idle.stop()
        self._set_state(SessionState.WAITING)
        if not self._attract.isActive():  # the attract loop still counts from the last input
            self._restart_attract()
        self.reset_requested.emit()

    @Slot()
    def quick_exit(self) -> None:
        """The always-visible quick-exit control: neutral screen first, then reset."""
        for presses in self._presses.values():
            presses.clear()
        self._stop_warning()
        self._idle.stop()
        self._set_state(SessionState.WAITING)
        self.quick_exit_requested.emit()
        self._restart_attract()
        self.reset_requested.emit()

    @Slot()
    def stop(self) -> None:
        """Stop every timer (the app is closing): no reset or attract loop fires after this."""
        self._stop_warning()
        self._idle.stop()
        self._attract.stop()

    # --- input ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT_EVENTS or (
            kind == QEvent.Type.MouseMove and event.buttons() != Qt.MouseButton.NoButton
        ):
            # Installed on the top-level windows (app_filters.install_on_windows): each
            # key press from the platform reaches its window once, before any widget.
            if kind == QEvent.Type.KeyPress and self._gesture_press(event):
                return True  # the third press does nothing else
            self.notify_activity()
        return False

    def _gesture_press(self, event: QEvent) -> bool:
        """Returns True when this press completed the quick-exit gesture."""
        key = event.key()
        if key not in self._presses or event.isAutoRepeat():
            if key not in self._presses:
                for presses in self._presses.values():
                    presses.clear()
            return False
        for other, presses in self._presses.items():
            if other != key:
                presses.clear()
        presses = self._presses[key]
        now = self._clock()
        presses.append(now)
        window = self._timings.gesture_window_ms / 1000
        if len(presses) == 3 and presses[-1] - presses[0] <= window:
            self.quick_exit()
            return True
        return False

    # --- timers ---------------------------------------------------------------------

    def _restart_idle(self) -> None:
        if self._timings.idle_ms > 0 and self._state is SessionState.ACTIVE:
            self._idle.start(self._timings.idle_ms)
        else:
            self._idle.stop()

    def _restart_attract(self) -> None:
        if self._timings.attract_ms > 0 and self._state is not SessionState.ATTRACT:
            self._attract.start(self._timings.attract_ms)
        else:
            self._attract.stop()

    def _on_idle(self) -> None:
        if self._state is not SessionState.ACTIVE:
            return
        if self._is_busy():
            self._restart_idle()
            return
        if self._timings.warning_ms <= 0:
            self.reset()
            return
        self._set_state(SessionState.WARNING)
        self._warning_deadline = self._clock() + self._timings.warning_ms / 1000
        self._countdown.start(self._timings.warning_ms)
        self._tick.start()
        self.warning_started.emit(self.seconds_remaining())

    def seconds_remaining(self) -> int:
        if self._state is not SessionState.WARNING:
            return 0
        return max(0, math.ceil(self._warning_deadline - self._clock()))

    def _on_tick(self) -> None:
        self.warning_tick.emit(self.seconds_remaining())

    def _on_countdown_over(self) -> None:
        if self._state is not SessionState.WARNING:
            return
        if self._is_busy():
            self._stop_warning()
            self.warning_cancelled.emit()
            self._set_state(SessionState.ACTIVE)
            self._restart_idle()
            return
        self.reset()

    def _on_attract(self) -> None:
        if self._is_busy():
            self._restart_attract()
            return
        if self._state in (SessionState.ACTIVE, SessionState.WARNING):
            self.reset()
        self._attract.stop()
        self._set_state(SessionState.ATTRACT)
        self.attract_requested.emit()

    def _stop_warning(self) -> None:
        self._countdown.stop()
        self._tick.stop()

    def _set_state(self, state: SessionState) -> None:
        if state is not self._state:
            self._state = state
            self.state_changed.emit(state.value)
