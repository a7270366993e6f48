"""Swipe figure: frame intervals while the story carousel slides, p50/p95 and dropped frames.

An application-wide event filter stamps every Paint event on the carousel's stage
and its children; paints in one event-loop pass form one frame. Intervals are
taken between frames while the slide animation runs (`carousel.animation_ms`).
Offscreen there is no vsync, so a frame comes as soon as the animation timer
ticks (every 16 ms) and painting is done: intervals above 16.7 ms mean the paint
(or the work the slide starts) took too long. The floor slides a bare QLabel
the same distance with the same animation.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from collections.abc import Iterator

from bench.common import DROPPED_MS, Context, Figure, figure, percentile, run_worker

BUDGET_MS = 20.0


def run(ctx: Context) -> Iterator[Figure]:
    transitions = ctx.runs(full=60, quick=4)
    data = run_worker(
        "swipe",
        ["--db", str(ctx.bundled_db()), "--transitions", str(transitions)],
        ctx.child_env(),
        timeout=900,
    )
    app, floor = data["app"], data["floor"]
    for label, p in (("p95", 95), ("p50", 50)):
        yield figure(
            f"swipe_frame_interval_{label}",
            app["intervals"],
            "ms",
            value=percentile(app["intervals"], p),
            baseline=f"swipe_bare_label_frame_interval_{label}",
            baseline_value=percentile(floor["intervals"], p),
            budget=f"<= {BUDGET_MS:g} ms" if p == 95 else None,
            limit=BUDGET_MS if p == 95 else None,
            note=f"{transitions} slides of {data['animation_ms']} ms",
        )
    dropped = [i for i in app["intervals"] if i > DROPPED_MS]
    floor_dropped = [i for i in floor["intervals"] if i > DROPPED_MS]
    share = len(dropped) / max(1, len(app["intervals"])) * 100
    yield figure(
        "swipe_dropped_frames",
        dropped,
        "%",
        value=share,
        baseline="swipe_bare_label_dropped_frames",
        baseline_value=len(floor_dropped) / max(1, len(floor["intervals"])) * 100,
        note=f"{len(dropped)} of {len(app['intervals'])} intervals > {DROPPED_MS:.1f} ms",
    )
    yield figure(
        "swipe_frames_per_slide",
        app["frames"],
        "frames",
        baseline="swipe_bare_label_frames_per_slide",
        baseline_value=percentile(floor["frames"], 50),
    )
    yield figure(
        "swipe_start_latency",
        app["start"],
        "ms",
        value=percentile(app["start"], 50),
        baseline="swipe_bare_label_start_latency",
        baseline_value=percentile(floor["start"], 50),
        note="next() called to the first frame of the slide (includes grabbing the old card)",
    )


def _slides(app, root, start_slide, count: int, duration_ms: int) -> dict:
    from bench.qtapp import PaintClock, frames, settle, wait

    clock = PaintClock(app, root)
    intervals: list[float] = []
    starts: list[float] = []
    counts: list[float] = []
    for index in range(count + 2):
        settle(app, 60)
        clock.reset()
        began = time.perf_counter()
        start_slide()  # its own grab() of the old card is not a frame
        clock.recording = True
        wait(duration_ms + 80)
        clock.recording = False
        ends = began + duration_ms / 1000
        found = [stamp for stamp in frames(clock.stamps) if began <= stamp <= ends + 0.02]
        if index < 2 or not found:  # two warm-up slides
            continue
        starts.append((found[0] - began) * 1000)
        intervals += [(b - a) * 1000 for a, b in itertools.pairwise(found)]
        counts.append(len(found))
    app.removeEventFilter(clock)
    return {"intervals": intervals, "start": starts, "frames": counts}


def worker(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--transitions", type=int, default=60)
    args = parser.parse_args(argv)
    from PySide6.QtCore import QEasingCurve, QPoint, QPropertyAnimation
    from PySide6.QtWidgets import QLabel

    from bench.qtapp import application, floor_window, main_window

    app = application()
    window = main_window(app, args.db)
    carousel = window.carousel
    carousel.set_auto_advance(0)
    duration = carousel.animation_ms
    result_app = _slides(app, carousel.stage, carousel.next, args.transitions, duration)
    window.close()

    floor, _ = floor_window(app)
    label = QLabel("A story title\n\nand a summary", floor.centralWidget())
    label.setGeometry(0, 0, carousel.stage.width(), carousel.stage.height())
    label.setAutoFillBackground(True)
    label.show()
    width = label.width()

    def slide() -> None:
        animation = QPropertyAnimation(label, b"pos", floor)
        animation.setDuration(duration)
        animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        animation.setStartValue(QPoint(width, 0))
        animation.setEndValue(QPoint(0, 0))
        animation.start(QPropertyAnimation.DeletionPolicy.DeleteWhenStopped)

    result_floor = _slides(app, floor.centralWidget(), slide, args.transitions, duration)
    print(
        json.dumps(
            {
                "app": result_app,
                "floor": result_floor,
                "animation_ms": duration,
            }
        )
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        worker(sys.argv[2:])
