"""Language switch figure: from `set_language(code)` to the whole window repainted, p50/p95.

Cycles through all six languages many times in one process. Each sample is:
switch, deliver the posted events (LanguageChange, LayoutDirectionChange, layout
requests), then a synchronous repaint of the whole window. The floor does the
same on the bare window: new label text and layout direction, then repaint.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator

from bench.common import GUARD_NOTE, Context, Figure, figure, percentile, run_worker

BUDGET_MS = 30.0


def run(ctx: Context) -> Iterator[Figure]:
    rounds = ctx.runs(full=40, quick=3)
    data = run_worker(
        "language_switch",
        ["--db", str(ctx.bundled_db()), "--rounds", str(rounds)],
        ctx.child_env(),
        timeout=900,
    )
    app, floor = data["app"], data["floor"]
    floor_p95 = percentile(floor, 95)
    note = f"{len(app)} switches over {', '.join(data['languages'])}"
    if data["guarded"]:
        note += GUARD_NOTE
    yield figure(
        "language_switch_p95",
        app,
        "ms",
        value=percentile(app, 95),
        baseline="language_switch_bare_window_p95",
        baseline_value=floor_p95,
        budget=f"<= {BUDGET_MS:g} ms",
        limit=BUDGET_MS,
        note=note,
    )
    yield figure(
        "language_switch_p50",
        app,
        "ms",
        value=percentile(app, 50),
        baseline="language_switch_bare_window_p50",
        baseline_value=percentile(floor, 50),
        note=note,
    )
    for code, samples in data["by_language"].items():
        yield figure(
            f"language_switch_to_{code}_p95",
            samples,
            "ms",
            value=percentile(samples, 95),
            baseline="language_switch_bare_window_p95",
            baseline_value=floor_p95,
        )


def worker(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args(argv)
    from PySide6.QtCore import Qt

    from bench.qtapp import application, floor_window, guard_none_refcount, main_window, settle

    app = application()
    guarded = guard_none_refcount()
    window = main_window(app, args.db)
    codes = [language.code for language in window.store.languages()]
    by_language: dict[str, list[float]] = {code: [] for code in codes}
    samples: list[float] = []
    for round_ in range(args.rounds + 1):
        for code in codes[1:] + codes[:1]:
            began = time.perf_counter()
            window.set_language(code)
            settle(app)
            window.repaint()
            elapsed = (time.perf_counter() - began) * 1000
            if round_:  # the first round warms caches (translators, glyphs)
                samples.append(elapsed)
                by_language[code].append(elapsed)
    window.close()

    floor, label = floor_window(app)
    names = {language.code: language for language in window.store.languages()}
    floor_samples: list[float] = []
    for round_ in range(args.rounds + 1):
        for code in codes[1:] + codes[:1]:
            began = time.perf_counter()
            label.setText(names[code].name)
            app.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft
                if names[code].is_rtl
                else Qt.LayoutDirection.LeftToRight
            )
            settle(app)
            floor.repaint()
            if round_:
                floor_samples.append((time.perf_counter() - began) * 1000)
    print(
        json.dumps(
            {
                "app": samples,
                "floor": floor_samples,
                "by_language": by_language,
                "languages": codes,
                "guarded": guarded,
            }
        )
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        worker(sys.argv[2:])
