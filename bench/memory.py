"""Idle memory figure: PSS after 5 s on the home screen, app vs floor vs Chromium page."""

from __future__ import annotations

import statistics
from collections.abc import Iterator

from bench import chromium
from bench.common import Context, Figure, figure, skipped
from bench.start import (
    app_command,
    floor_command,
    frozen_command,
    frozen_missing,
    hook_missing,
    measure_starts,
)

IDLE_S = 5.0
BUDGET_MB = 115.0


def run(ctx: Context) -> Iterator[Figure]:
    runs = ctx.runs(full=3, quick=1)
    idle = 1.0 if ctx.quick else IDLE_S
    db = ctx.bundled_db()
    commands = {"floor": floor_command()}
    missing = hook_missing()
    if not missing:
        commands["source"] = app_command(db)
        if not frozen_missing():
            commands["frozen"] = frozen_command(db)
    pss = measure_starts(ctx, commands, runs, keep=idle)
    floor = statistics.median(pss["floor"])
    yield figure("idle_pss_bare_window", pss["floor"], "MB", note=f"PSS {idle:g} s after paint")
    if missing:
        yield skipped("idle_pss", "MB", missing, f"<= {BUDGET_MB:g} MB")
    else:
        yield figure(
            "idle_pss",
            pss["source"],
            "MB",
            baseline="idle_pss_bare_window",
            baseline_value=floor,
            budget=f"<= {BUDGET_MB:g} MB",
            limit=BUDGET_MB,
            note=f"home screen, offscreen, {idle:g} s after the first frame",
        )
        if "frozen" in pss:
            yield figure(
                "idle_pss_frozen",
                pss["frozen"],
                "MB",
                baseline="idle_pss_bare_window",
                baseline_value=floor,
                budget=f"<= {BUDGET_MB:g} MB",
                limit=BUDGET_MB,
            )
    if not chromium.available():
        yield skipped("idle_pss_chromium", "MB", chromium.MISSING)
        chromium.require(ctx)
        return
    found = [chromium.idle_pss(ctx, i, idle) for i in range(runs)]
    yield figure(
        "idle_pss_chromium",
        [mb for mb, _ in found],
        "MB",
        baseline="idle_pss_bare_window",
        baseline_value=floor,
        note=f"sum over {found[-1][1]} Chromium processes, {idle:g} s on the page",
    )
