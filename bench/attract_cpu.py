"""Attract loop CPU figure: processor time used while the loop runs, against a bare window.

An unattended kiosk shows the attract loop for hours. The worker builds the real main
window on the bundled content and covers it with the attract loop exactly as kiosk
operation does (`kiosk.operation.attract_screen_for`), at 1920x1080 offscreen, lets
it run a few seconds, then measures the process's CPU time (user + system, from
getrusage) over 60 s of wall time: several headline/story slides and their 1.2 s
cross-fades. The floor is the bare window (QMainWindow + QLabel, same size) idling
for the same time. The figure is CPU % of one core.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Iterator

from bench.common import Context, Figure, figure, run_worker

SECONDS = 60.0
WARM_UP_S = 3.0
SIZE = (1920, 1080)
BUDGET_PERCENT = 5.0  # of one core, averaged over the minute


def run(ctx: Context) -> Iterator[Figure]:
    seconds = 5.0 if ctx.quick else SECONDS
    runs = ctx.runs(full=2, quick=1)
    samples: dict[str, list[float]] = {"attract": [], "bare": []}
    slides = 0
    for _ in range(runs):
        for what in ("bare", "attract"):
            data = run_worker(
                "attract_cpu",
                [what, "--db", str(ctx.bundled_db()), "--seconds", str(seconds)],
                ctx.child_env(),
                timeout=seconds * 4 + 120,
            )
            samples[what].append(data["cpu_percent"])
            slides = max(slides, data.get("slides", 0))
    floor = sorted(samples["bare"])[len(samples["bare"]) // 2]
    yield figure(
        "attract_cpu_bare_window",
        samples["bare"],
        "%",
        note=f"bare window idle {seconds:g} s at {SIZE[0]}x{SIZE[1]}, offscreen",
    )
    yield figure(
        "attract_cpu",
        samples["attract"],
        "%",
        baseline="attract_cpu_bare_window",
        baseline_value=floor or None,
        budget=f"<= {BUDGET_PERCENT:g} % of a core",
        limit=BUDGET_PERCENT,
        note=f"attract loop {seconds:g} s at {SIZE[0]}x{SIZE[1]}, {slides} slide changes"
        " (1.2 s cross-fades), bundled content, offscreen",
    )


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def worker(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=("attract", "bare"))
    parser.add_argument("--db", required=True)
    parser.add_argument("--seconds", type=float, default=SECONDS)
    args = parser.parse_args(argv)

    from pathlib import Path

    from bench.qtapp import application, floor_window, main_window, settle

    app = application()
    slides = 0
    if args.what == "bare":
        window, _label = floor_window(app)
        window.resize(*SIZE)
    else:
        from kiosk.operation import attract_screen_for

        window = main_window(app, Path(args.db))
        window.resize(*SIZE)
        screen = attract_screen_for(window)
        screen.setParent(window)
        screen.setGeometry(window.rect())
        screen.show()
        screen.raise_()

        def count(*_args) -> None:
            nonlocal slides
            slides += 1

        screen._hold.timeout.connect(count)
    settle(app, int(WARM_UP_S * 1000))
    slides = 0
    began_cpu, began = _cpu_seconds(), time.monotonic()
    settle(app, int(args.seconds * 1000))
    cpu, wall = _cpu_seconds() - began_cpu, time.monotonic() - began
    print(json.dumps({"cpu_percent": 100 * cpu / wall, "wall_s": wall, "slides": slides}))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        worker(sys.argv[2:])
