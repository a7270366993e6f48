"""Start figure: process start to the first frame a visitor can use, app vs the bare window.

The app's first frame is the home screen painted with its stories and its icons
(kiosk/app.py `_FirstFrame`); the floor's is a bare QMainWindow + QLabel. Both
paint at 1280x800: the saved desktop geometry is removed before every start, and
every start reports the size it painted (a run where the sizes differ is an error).
The source tree is byte-compiled first (as an installed or frozen app is).

Runs are interleaved (floor, app, frozen, floor, app, ...) after one discarded warm-up
of each, so that a busy machine slows every side alike. Chromium (required in a full
run: `bench/setup.sh` installs it) is timed to its screenshot of an equivalent static page.
"""

from __future__ import annotations

import compileall
import statistics
import sys
from collections.abc import Iterator
from pathlib import Path

from bench import chromium
from bench.common import (
    BENCH_DIR,
    FROZEN_EXE,
    ROOT,
    Context,
    Figure,
    Start,
    figure,
    skipped,
    time_first_frame,
)

HOOK = "KIOSK_BENCH_FIRST_FRAME"


def floor_command() -> list[str]:
    return [sys.executable, str(BENCH_DIR / "baseline_window.py")]


def app_command(db: Path) -> list[str]:
    return [sys.executable, "-m", "kiosk", "--db", str(db)]


def frozen_command(db: Path) -> list[str]:
    return [str(FROZEN_EXE), "--db", str(db)]


def hook_missing() -> str | None:
    """Why the app cannot report its first frame yet, or None when it can."""
    app = ROOT / "kiosk" / "app.py"
    if not app.is_file():
        return "kiosk/app.py does not exist yet"
    if HOOK not in app.read_text(encoding="utf-8"):
        return f"kiosk/app.py has no {HOOK} hook (prints FIRST_FRAME <epoch> after first paint)"
    return None


def frozen_missing() -> str | None:
    if not FROZEN_EXE.is_file():
        return "dist/kiosk/kiosk not built (packaging/ build)"
    return None


def measure_starts(
    ctx: Context, commands: dict[str, list[str]], runs: int, keep: float = 0.0
) -> dict[str, list[float]]:
    """Interleaved first-frame times (s) per command; with `keep`, PSS MB instead."""
    compileall.compile_dir(ROOT / "kiosk", quiet=1)  # as installed: no compile on start
    env = ctx.child_env(**{HOOK: "1"})
    saved_geometry = Path(env["XDG_CONFIG_HOME"]) / "awareness-kiosk" / "window.conf"

    def start(cmd: list[str]) -> Start:
        saved_geometry.unlink(missing_ok=True)  # every start at the default 1280x800
        return time_first_frame(cmd, env, keep=keep)

    for cmd in commands.values():  # warm the page cache: discarded
        start(cmd)
    results: dict[str, list[float]] = {name: [] for name in commands}
    sizes: dict[str, set[str]] = {name: set() for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            found = start(cmd)
            results[name].append(found.pss if keep else found.seconds)
            sizes[name].add(found.size)
    if len({size for seen in sizes.values() for size in seen}) != 1:
        raise RuntimeError(f"first frames painted at different window sizes: {sizes}")
    return results


def run(ctx: Context) -> Iterator[Figure]:
    runs = ctx.runs(full=7, quick=2)
    db = ctx.bundled_db()
    commands = {"floor": floor_command()}
    missing = hook_missing()
    if not missing:
        commands["source"] = app_command(db)
        if not frozen_missing():
            commands["frozen"] = frozen_command(db)
    times = measure_starts(ctx, commands, runs)
    floor = statistics.median(times["floor"])
    yield figure(
        "start_bare_window", times["floor"], "s", note="the floor: QMainWindow+QLabel, 1280x800"
    )

    chromium_times: list[float] = []
    if chromium.available():
        chromium.first_frame(ctx, -1)  # warm-up, discarded
        chromium_times = [chromium.first_frame(ctx, i) for i in range(ctx.runs(5, 1))]
        yield figure(
            "start_chromium",
            chromium_times,
            "s",
            baseline="start_bare_window",
            baseline_value=floor,
            note="headless Chromium, new profile, launch to screenshot written",
        )
    if missing:
        yield skipped("start_source", "s", missing, "<= 1.8x bare window")
        return
    source = statistics.median(times["source"])
    yield figure(
        "start_source",
        times["source"],
        "s",
        baseline="start_bare_window",
        baseline_value=floor,
        budget="<= 1.8x bare window",
        limit=1.8,
        limit_on="ratio",
        note="python -m kiosk --db <bundled content>: home painted with stories and icons",
    )
    if chromium_times:
        yield figure(
            "start_source_vs_chromium",
            times["source"],
            "s",
            baseline="start_chromium",
            baseline_value=statistics.median(chromium_times),
            budget="<= 0.35x Chromium",
            limit=0.35,
            limit_on="ratio",
        )
    else:
        yield skipped("start_source_vs_chromium", "s", chromium.MISSING)
    if "frozen" in times:
        yield figure(
            "start_frozen",
            times["frozen"],
            "s",
            baseline="start_source",
            baseline_value=source,
            budget="<= 1.1x source start",
            limit=1.1,
            limit_on="ratio",
            note="dist/kiosk/kiosk --db <bundled content>",
        )
    else:
        yield skipped("start_frozen", "s", frozen_missing() or "", "<= 1.1x source start")
    chromium.require(ctx)
