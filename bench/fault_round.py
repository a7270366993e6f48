"""The soak's fault round: the kiosk is up and showing stories after every fault.

One data folder with two installed content versions (active and previous: copies of
the bundled database), then, each time starting `python -m kiosk --mode kiosk` and
waiting for its "ready" line (which names the database shown and its story count):

  1. a clean start, then SIGTERM (it must exit 0 within 2 s);
  2. the active pack's database damaged (the page the first story read meets), restart:
     the previous version must be shown;
  3. the previous one damaged too, restart: the bundled content;
  4. kill -9 of the running kiosk, restart: up again (the crash is reported);
  5. SIGTERM and a last restart.

Also a story of 2 MB (above what `content check` accepts) opened in a bare story view:
the longest time the interface stops answering while it fills in.

Figures: the starts after which the kiosk was not showing the expected stories (0, or
it is over budget), the slowest exit after SIGTERM, and the time from launch
to the ready line after each fault (offscreen, on this machine).
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from bench.common import ROOT, Context, Figure, figure, stop

EXIT_BUDGET_S = 2.0
#: The longest the interface may stop answering while a 2 MB story opens.
FREEZE_BUDGET_MS = 300.0
READY_TIMEOUT_S = 60

ACTIVE, PREVIOUS = "content-2-bbbbbbbbbbbb", "content-1-aaaaaaaaaaaa"


def run(ctx: Context) -> Iterator[Figure]:
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

    steps = [
        ("clean start", None, pack(ACTIVE)),
        (
            "active pack damaged",
            lambda: damage_first_story_page(Path(pack(ACTIVE))),
            pack(PREVIOUS),
        ),
        ("previous damaged too", lambda: damage_first_story_page(Path(pack(PREVIOUS))), "bundled"),
        ("after kill -9", None, "bundled"),
        ("after SIGTERM", None, "bundled"),
    ]
    ready_s: list[float] = []
    exits: list[float] = []
    problems: list[str] = []
    up = 0
    for number, (what, fault, expected) in enumerate(steps):
        if fault is not None:
            fault()
        began = time.monotonic()
        proc = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            text=True, start_new_session=True,
        )  # fmt: skip
        try:
            state = _ready(proc)
        except TimeoutError as error:
            problems.append(f"{what}: {error}")
            stop(proc)
            continue
        ready_s.append(time.monotonic() - began)
        shown = state.get("content", "")
        showing = state.get("stories", 0) > 0 and (
            shown == expected or (expected == "bundled" and "packs" not in shown)
        )
        if showing:
            up += 1
        else:
            problems.append(f"{what}: showed {shown} ({state.get('stories')} stories)")
        time.sleep(1.0)
        if number == 3:  # the next step comes back from a kill -9 of this one
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        else:
            sent = time.monotonic()
            proc.send_signal(signal.SIGTERM)
            try:
                code = proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                code = None
                stop(proc)
            exits.append(time.monotonic() - sent)
            if code != 0:
                problems.append(f"{what}: exit code {code} after SIGTERM")
        proc.stdout.close()
    log = (data / "logs" / "kiosk.log").read_text(encoding="utf-8", errors="replace")
    counted = _fallbacks(data)
    note = (
        f"{up} of {len(steps)} starts showing the expected content; fallbacks counted: "
        f"{counted}; " + ("; ".join(problems) or "no problem")
    )
    if "cannot use the active content pack" not in log:
        note += "; kiosk.log does not say why the active pack was passed over"
    dark = len(steps) - up
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
        note="slowest of the SIGTERM stops (kiosk mode), counts flushed",
    )
    yield from long_story(ctx)
    yield figure(
        "fault_restart_ready",
        ready_s,
        "s",
        note="launch to the ready line after each fault (offscreen, this machine)",
    )


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
    """The app's "ready" state line (read line by line; the app prints few lines)."""
    import selectors

    deadline = time.monotonic() + READY_TIMEOUT_S
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdout, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            if not selector.select(timeout=0.5):
                if proc.poll() is not None:
                    raise TimeoutError(f"the kiosk exited ({proc.returncode}) before ready")
                continue
            line = proc.stdout.readline()
            if not line:
                raise TimeoutError(f"the kiosk exited ({proc.poll()}) before ready")
            if line.startswith("{"):
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
