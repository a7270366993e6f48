"""The soak's fault round: the kiosk is up and showing stories after every fault.

One data folder with two installed content versions (active and previous: copies of
the bundled database), then, each time starting `python -m kiosk --mode kiosk` and
waiting for its "ready" line (which names the database shown and its story count):

  1. a clean start, then SIGTERM (it must exit 0 within 2 s);
  2. the active pack's database damaged (the page the first story read meets), restart:
     the previous version must be shown;
  3. the previous one damaged too, restart: the bundled content;
  4. a plain restart (after SIGTERM), then kill -9 of the running kiosk;
  5. the restart after the kill -9: up again.

Also a story of 2 MB (above what `content check` accepts) opened in a bare story view:
the longest time the interface stops answering while it fills in.

The round is run ROUNDS times (quick: once), each on a fresh data folder.

Figures: the starts after which the kiosk was not showing the expected stories (0, or
it is over budget), the slowest exit after SIGTERM (its main thread sampled as below: the
note names where the slowest one waited), the time from launch to the ready
line after each fault (offscreen, on this machine) and the slowest of them
(`fault_round_restart_max`: an unattended kiosk must be back soon after a fault). Each
start's wall time is split (Linux: /proc/<pid>/schedstat of its main thread, read at the
ready line) into the CPU the kiosk used, the time it waited for a CPU (other processes
running) and the rest, when it waited for neither (disk, locks, timers), with the share
of that time the system's tasks were stalled on the disk (/proc/pressure/io "some") and,
when those waits reach 0.1 s, where the longest went (the main thread's system call, file
and kernel function, sampled every 4 ms: bench/waits.py); the
slowest start's split is in the note, so a slow start says whether it was the kiosk or the
machine. What the round itself writes before a start (the data folder, the packs' copies,
the damage) is flushed to the disk before that start is timed, as it would be on a kiosk
(a pack installed, a disk gone bad): the start does not wait behind the bench's writes.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bench.common import ROOT, Context, Figure, figure, stop
from bench.waits import WaitSampler

EXIT_BUDGET_S = 2.0
#: The slowest launch-to-ready of a restart after a fault (a quiet machine: 0.3-0.7 s).
RESTART_BUDGET_S = 2.0
ROUNDS = 3
#: The longest the interface may stop answering while a 2 MB story opens.
FREEZE_BUDGET_MS = 300.0
READY_TIMEOUT_S = 60

ACTIVE, PREVIOUS = "content-2-bbbbbbbbbbbb", "content-1-aaaaaaaaaaaa"


@dataclass
class Start:
    """One launch of the kiosk in the round, timed to its ready line."""

    what: str
    ready_s: float
    #: Of `ready_s`: the kiosk's main thread on a CPU, waiting for one; None off Linux.
    cpu_s: float | None = None
    cpu_wait_s: float | None = None
    #: Share of `ready_s` during which some task of the system was stalled on the disk.
    io_pressure: float | None = None
    #: Where the main thread's longest waits off the CPU went (bench/waits.py), or "".
    waits: str = ""

    def split(self) -> str:
        if self.cpu_s is None or self.cpu_wait_s is None:
            return f"{self.what} {self.ready_s:.2f} s"
        rest = self.ready_s - self.cpu_s - self.cpu_wait_s
        io = "" if self.io_pressure is None else f"; disk busy {self.io_pressure:.0%} of it"
        if self.waits and rest >= 0.1:
            io += f"; longest: {self.waits}"
        return (
            f"{self.what} {self.ready_s:.2f} s (CPU {self.cpu_s:.2f}, waiting for a CPU "
            f"{self.cpu_wait_s:.2f}, other waits {max(rest, 0.0):.2f}{io})"
        )


@dataclass
class Round:
    starts: list[Start] = field(default_factory=list)
    exits: list[float] = field(default_factory=list)
    #: (seconds, the start it ended, where its main thread's longest waits went) per exit.
    exit_waits: list[tuple[float, str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    up: int = 0
    fallbacks: dict[str, int] = field(default_factory=dict)
    log_says_why: bool = True


STEPS = 5


def run(ctx: Context) -> Iterator[Figure]:
    rounds = [_round(ctx) for _ in range(ctx.runs(full=ROUNDS, quick=1))]
    starts = [start for one in rounds for start in one.starts]
    exits = [exit_s for one in rounds for exit_s in one.exits]
    slowest_exit = max((e for one in rounds for e in one.exit_waits), default=None)
    problems = [problem for one in rounds for problem in one.problems]
    up = sum(one.up for one in rounds)
    fallbacks = Counter()
    for one in rounds:
        fallbacks.update(one.fallbacks)
    note = (
        f"{up} of {STEPS * len(rounds)} starts ({len(rounds)} round(s)) showing the expected "
        f"content; fallbacks counted: {dict(sorted(fallbacks.items()))}; "
        + ("; ".join(problems) or "no problem")
    )
    if not all(one.log_says_why for one in rounds):
        note += "; kiosk.log does not say why the active pack was passed over"
    dark = STEPS * len(rounds) - up
    yield figure(
        "fault_round_dark_starts",
        [float(dark)],
        "starts",
        value=float(dark),
        budget="0 (every start after a fault shows stories)",
        limit=0.0,
        note=note,
    )
    yield figure(
        "fault_sigterm_exit",
        exits,
        "s",
        value=max(exits) if exits else None,
        budget=f"<= {EXIT_BUDGET_S:g} s",
        limit=EXIT_BUDGET_S,
        note="slowest of the SIGTERM stops (kiosk mode), counts flushed"
        + (_exit_note(*slowest_exit) if slowest_exit else ""),
    )
    yield from long_story(ctx)
    yield figure(
        "fault_restart_ready",
        [start.ready_s for start in starts],
        "s",
        note="launch to the ready line after each fault (offscreen, this machine); by step, "
        "the median of the rounds: " + _by_step(starts),
    )
    slowest = max(starts, key=lambda start: start.ready_s, default=None)
    yield figure(
        "fault_round_restart_max",
        [start.ready_s for start in starts],
        "s",
        value=slowest.ready_s if slowest else None,
        budget=f"<= {RESTART_BUDGET_S:g} s",
        limit=RESTART_BUDGET_S,
        note=(
            "the slowest launch to the ready line of the round's starts: "
            + (slowest.split() if slowest else "none")
            + f"; load {os.getloadavg()[0]:.1f}"
        ),
    )


def _by_step(starts: list[Start]) -> str:
    steps: dict[str, list[float]] = {}
    for start in starts:
        steps.setdefault(start.what, []).append(start.ready_s)
    return ", ".join(f"{what} {statistics.median(v):.2f} s" for what, v in steps.items())


def _round(ctx: Context) -> Round:
    """The five starts on a fresh data folder."""
    from kiosk.packs.layout import packs_dir
    from kiosk.packs.pointer import Pointer, write_pointer
    from tests.damage import damage_first_story_page

    base = ctx.work / "faults"
    shutil.rmtree(base, ignore_errors=True)
    data = base / "data"
    for name in (ACTIVE, PREVIOUS):
        folder = packs_dir(data) / name
        folder.mkdir(parents=True)
        shutil.copyfile(ctx.bundled_db(), folder / "content.db")
    write_pointer(data, Pointer(ACTIVE, PREVIOUS))
    settings = base / "settings.toml"
    settings.write_text(f'mode = "kiosk"\ndata_dir = "{data}"\n', encoding="utf-8")
    command = [sys.executable, "-m", "kiosk", "--mode", "kiosk", "--log-state"]
    command += ["--config", str(settings)]
    env = ctx.child_env()

    def pack(name: str) -> str:
        return str(packs_dir(data) / name / "content.db")

    # (what the start comes after, the fault made before it, the content it must show)
    steps = [
        ("clean start", None, pack(ACTIVE)),
        (
            "active pack damaged",
            lambda: damage_first_story_page(Path(pack(ACTIVE))),
            pack(PREVIOUS),
        ),
        ("previous damaged too", lambda: damage_first_story_page(Path(pack(PREVIOUS))), "bundled"),
        ("after SIGTERM", None, "bundled"),
        ("after kill -9", None, "bundled"),
    ]
    assert len(steps) == STEPS
    result = Round()
    for number, (what, fault, expected) in enumerate(steps):
        if fault is not None:
            fault()
        _settle([Path(pack(ACTIVE)), Path(pack(PREVIOUS)), settings])  # not the kiosk's files
        stalled = _io_stalled_s()
        began = time.monotonic()
        proc = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip
        sampler = WaitSampler(proc.pid)
        try:
            state = _ready(proc)
        except TimeoutError as error:
            result.problems.append(f"{what}: {error}")
            stop(proc)
            continue
        finally:
            sampler.stop()
        ready_s = time.monotonic() - began
        times = _main_thread_times(proc.pid)
        io = None if stalled is None else min((_io_stalled_s() - stalled) / ready_s, 1.0)
        start = Start(what, ready_s, *times, io_pressure=io, waits=sampler.top())
        result.starts.append(start)
        shown = state.get("content", "")
        showing = state.get("stories", 0) > 0 and (
            shown == expected or (expected == "bundled" and "packs" not in shown)
        )
        if showing:
            result.up += 1
        else:
            result.problems.append(f"{what}: showed {shown} ({state.get('stories')} stories)")
        time.sleep(1.0)
        if number == 3:  # the next start comes back from a kill -9 of this one
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            # What systemd then does to the rest of the unit (KillMode=control-group): the
            # read-aloud helper, started a second after the ready line, would otherwise
            # go on listing voices (seconds of CPU) during the next start.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
        else:
            sampler = WaitSampler(proc.pid)  # where a slow exit waits
            sent = time.monotonic()
            proc.send_signal(signal.SIGTERM)
            try:
                code = proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                code = None
                stop(proc)
            exit_s = time.monotonic() - sent
            sampler.stop()
            result.exits.append(exit_s)
            result.exit_waits.append((exit_s, what, sampler.top(least_s=0.01)))
            if code != 0:
                result.problems.append(f"{what}: exit code {code} after SIGTERM")
        proc.stdout.close()
    log = (data / "logs" / "kiosk.log").read_text(encoding="utf-8", errors="replace")
    result.fallbacks = _fallbacks(data)
    result.log_says_why = "cannot use the active content pack" in log
    return result


def _exit_note(seconds: float, what: str, waits: str) -> str:
    return f"; slowest: {seconds:.2f} s, ending the start {what}" + (
        f" (longest waits: {waits})" if waits else ""
    )


def _settle(paths: list[Path]) -> None:
    """The files the round itself wrote (copies, damage, settings), on the disk."""
    for path in paths:
        with contextlib.suppress(OSError), path.open("rb") as handle:
            os.fsync(handle.fileno())


def _io_stalled_s() -> float | None:
    """Seconds some task of the system has been stalled on the disk since boot (Linux PSI)."""
    try:
        some = Path("/proc/pressure/io").read_text().splitlines()[0]
        return int(some.rsplit("total=", 1)[1]) / 1e6
    except (OSError, IndexError, ValueError):
        return None


def _main_thread_times(pid: int) -> tuple[float | None, float | None]:
    """Seconds the process's main thread has run on a CPU and waited for one (Linux)."""
    try:
        ran_ns, waited_ns, *_ = Path(f"/proc/{pid}/schedstat").read_text().split()
        return int(ran_ns) / 1e9, int(waited_ns) / 1e9
    except (OSError, ValueError):
        return None, None


LONG_STORY = """
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kiosk.ui.pages.story_page import StoryBody
paragraph = "Mexico became the first country to adopt the Blue Heart campaign. " * 10 + "\\n\\n"
text = paragraph * (2_000_000 // len(paragraph))
body = StoryBody()
body.resize(900, 700)
body.show()
app.processEvents()
gaps, last = [], [time.perf_counter()]
def tick():
    now = time.perf_counter()
    gaps.append(now - last[0])
    last[0] = now
timer = QTimer()
timer.timeout.connect(tick)
timer.start(5)
began = time.perf_counter()
body.show_markdown(text)
first = time.perf_counter() - began
last[0] = time.perf_counter()
while not body.complete:
    app.processEvents()
tick()
print(json.dumps({"first_ms": first * 1000, "gap_ms": max(gaps) * 1000,
                  "all_ms": (time.perf_counter() - began) * 1000}))
"""


def long_story(ctx: Context) -> Iterator[Figure]:
    """A 2 MB story (above what content check allows): how long the interface stalls."""
    result = subprocess.run(
        [sys.executable, "-c", LONG_STORY], cwd=ROOT, env=ctx.child_env(),
        capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    found = json.loads(result.stdout.strip().splitlines()[-1])
    yield figure(
        "long_story_longest_stall",
        [found["gap_ms"]],
        "ms",
        budget=f"<= {FREEZE_BUDGET_MS:g} ms",
        limit=FREEZE_BUDGET_MS,
        note=(
            f"2 MB of Markdown: first part shown in {found['first_ms']:.0f} ms, the whole "
            f"text in {found['all_ms']:.0f} ms, filled in 30 KB per event-loop turn"
        ),
    )


def _ready(proc: subprocess.Popen) -> dict:
    """The app's "ready" state line, read as soon as it is written.

    The pipe is read whole, not with `readline()` after `select`: a buffered readline
    takes every line already written and returns one, and `select` on the pipe then waits
    for new output while the ready line sits in the buffer when two lines came at once
    (the next line, the carousel's first slide, comes 8 s later).
    """
    import select

    fd = proc.stdout.fileno()
    pending = b""
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        if not select.select([fd], [], [], 0.5)[0]:
            if proc.poll() is not None:
                raise TimeoutError(f"the kiosk exited ({proc.returncode}) before ready")
            continue
        chunk = os.read(fd, 65536)
        if not chunk:
            raise TimeoutError(f"the kiosk exited ({proc.poll()}) before ready")
        *lines, pending = (pending + chunk).split(b"\n")
        for line in lines:
            if line.startswith(b"{"):
                state = json.loads(line)
                if state.get("event") == "ready":
                    return state
    raise TimeoutError(f"no ready line within {READY_TIMEOUT_S} s")


def _fallbacks(data: Path) -> dict[str, int]:
    import sqlite3

    with sqlite3.connect(data / "usage.db") as conn:
        rows = conn.execute(
            "SELECT item, sum(count) FROM counts WHERE event = 'content_fallback' GROUP BY item"
        ).fetchall()
    conn.close()
    return dict(rows)
