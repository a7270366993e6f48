"""Soak figure: an accelerated visitor session in one process; RSS growth and crashes.

100 rounds (quick: 4) of: 100 carousel transitions (a slide is started and the
next one cuts it short, every 10th runs to its end), 10 language switches, 2 film
opens/closes (played until a frame arrives), 2 PDF opens/closes, one idle reset
(`reset_session`). That is 10,000 transitions, 1,000 switches, 200 films and 200
PDFs, opened and closed through the window as a visitor does (open_resource, Back).
The session is the app's own `kiosk self-test --soak` (kiosk/selftest/soak.py): run
from the checkout (`soak_*`), then by the frozen build when dist/kiosk exists
(`soak_frozen_*`, as many rounds: its own FFmpeg, Qt plugins and content). Each
session takes ~6 min at load 8 on this machine's 2 cores (a round 3-4 s).
RSS is sampled after every round once the C heap has handed its free pages back
(`malloc_trim(0)`, in the app and the floor alike: untrimmed, the reading swings by up
to ~10 MB with what glibc keeps mapped); growth = the least-squares trend of those
samples over the rounds after warm-up, times the rounds it spans (the slope in kB a
round and the median of the last 5 - the median of the first 5 are in the note). A worker that dies, or hangs (no round done
in 90 s), is a crash: it is counted and a fresh worker takes the remaining rounds.
The floor repaints a bare window as many times (label text and direction flips).
Then the fault round (bench/fault_round.py): damaged pack databases, SIGTERM, kill -9
and restarts, after each of which the kiosk must be up and showing stories.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from bench import fault_round
from bench.common import FROZEN_EXE, ROOT, Context, Figure, figure, rss_mb, skipped, stop

GROWTH_BUDGET_MB = 5.0
WARMUP_ROUNDS = 10
#: A round takes 3-10 s; a worker silent this long is hung (it is stopped and counted).
ROUND_TIMEOUT_S = 90


def run(ctx: Context) -> Iterator[Figure]:
    rounds = ctx.runs(full=100, quick=4)
    floor = _floor(ctx, rounds)
    began = time.monotonic()

    def source(first: int, count: int, films: bool) -> list[str]:
        cmd = [sys.executable, "-m", "bench.soak", "--worker", "--db", str(ctx.bundled_db())]
        return (
            cmd
            + ["--rounds", str(count), "--first", str(first)]
            + ([] if films else ["--no-films"])
        )

    yield from _figures("soak", _soak(ctx, rounds, source), floor, began)
    if not FROZEN_EXE.is_file():
        note = "dist/kiosk not built (packaging/build.sh)"
        yield skipped("soak_frozen_rss_growth", "MB", note, f"<= {GROWTH_BUDGET_MB:g} MB")
        yield skipped("soak_frozen_crashes", "crashes", note, "0")
    else:
        # The same session in the frozen build (its own FFmpeg, Qt plugins and content).
        def frozen(first: int, count: int, films: bool) -> list[str]:
            cmd = [str(FROZEN_EXE), "self-test", "--soak", str(count), "--soak-first", str(first)]
            return cmd + ([] if films else ["--soak-no-films"])

        began = time.monotonic()
        yield from _figures("soak_frozen", _soak(ctx, rounds, frozen), floor, began)
    yield from fault_round.run(ctx)  # damaged pack databases, SIGTERM, kill -9, restarts


def _soak(ctx: Context, rounds: int, command) -> tuple[list[list[dict]], list[str]]:
    """Workers run until `rounds` rounds are done: (samples of each worker, crashes).

    `command(first, count, films)` is the worker's command line. A worker that dies or
    hangs is a crash; a fresh one takes the remaining rounds, without films.
    """
    crashes: list[str] = []
    done = 0
    runs: list[list[dict]] = []
    timeout = 30 if ctx.quick else ROUND_TIMEOUT_S
    while done < rounds and len(crashes) < 3:
        # After a crash: the rest of the session without films, to still measure growth.
        cmd = command(done, rounds - done, not crashes)
        runs.append([])
        proc = subprocess.Popen(
            cmd,
            env=ctx.child_env(),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        hung = False
        for line in _lines(proc, timeout):
            if line is None:  # no round finished in time: the worker hangs
                hung = True
                stop(proc)
                break
            if line.startswith("{"):
                sample = json.loads(line)
                runs[-1].append(sample)
                done = sample["round"] + 1
        code = proc.wait()
        if hung:
            crashes.append(f"hang (no progress in {timeout} s) in round {done}")
            done += 1
        elif code != 0:
            crashes.append(f"exit {code} in round {done}")
            done += 1  # skip the round that crashed
    return runs, crashes


def _figures(name: str, result, floor: float | None, began: float) -> Iterator[Figure]:
    runs, crashes = result
    app = [sample for run_ in runs for sample in run_]
    rounds = len(app)
    warmup = min(WARMUP_ROUNDS, rounds // 2)
    # Growth only within one process: the longest worker run.
    longest = max(runs, key=len, default=[])
    warm = min(warmup, len(longest) // 2)
    after = longest[warm:] if warm else []
    final = trend = start = None
    if len(after) >= 2:
        trend = _trend(after)
        final = trend * (after[-1]["round"] - after[0]["round"])
        start = statistics.median(s["rss"] for s in after[:5])
        medians = statistics.median(s["rss"] for s in after[-5:]) - start
    growth = [s["rss"] - start for s in after] if start is not None else []
    ops = {k: sum(s.get(k, 0) for s in app) for k in ("slides", "switches", "films", "pdfs")}
    swing = [s["rss_untrimmed"] - s["rss"] for s in after if "rss_untrimmed" in s]
    note = (
        f"{ops['slides']} transitions, {ops['switches']} switches, {ops['films']} films, "
        f"{ops['pdfs']} PDFs, {len(app)} resets in {time.monotonic() - began:.0f} s; "
        f"trend over rounds {after[0]['round']}-{after[-1]['round']} of one process "
        f"(RSS after malloc_trim): {1024 * trend:+.1f} kB a round; median of 5 rounds "
        f"{start:.1f} -> {start + medians:.1f} MB ({medians:+.2f})"
        + (f"; freed but kept by malloc at a sample: up to {max(swing):.1f} MB" if swing else "")
        if growth
        else "too few rounds in one process"
    )
    skipped_parts = sorted({p for s in app for p in s.get("skipped", [])})
    if skipped_parts:
        note += "; not exercised: " + ", ".join(skipped_parts)
    yield figure(
        f"{name}_rss_growth",
        [g for g in growth] or [float("nan")],
        "MB",
        value=final,
        baseline="soak_bare_window_rss_growth",
        baseline_value=floor,
        budget=f"<= {GROWTH_BUDGET_MB:g} MB",
        limit=GROWTH_BUDGET_MB,
        note=note,
    )
    yield figure(
        f"{name}_crashes",
        [float(len(crashes))],
        "crashes",
        value=float(len(crashes)),
        baseline="soak_bare_window_crashes",
        baseline_value=0.0,
        budget="0",
        limit=0.0,
        note="; ".join(crashes) or "none",
    )


def _lines(proc: subprocess.Popen, timeout: float) -> Iterator[str | None]:
    """Lines of the worker's output; None when none came for `timeout` seconds."""
    import selectors

    assert proc.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    while True:
        if not selector.select(timeout):
            yield None
            return
        line = proc.stdout.readline()
        if not line:
            return
        yield line


def _floor(ctx: Context, rounds: int) -> float | None:
    proc = subprocess.run(
        [sys.executable, "-m", "bench.soak", "--worker", "--floor", "--rounds", str(rounds)],
        env=ctx.child_env(),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    samples = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    warmup = min(WARMUP_ROUNDS, rounds // 2)
    after = samples[warmup:]
    if len(after) < 2 or not warmup:
        return None
    return _trend(after) * (after[-1]["round"] - after[0]["round"])


def _trend(samples: list[dict]) -> float:
    """Least-squares slope of RSS (MB) over the round number: MB a round."""
    return statistics.linear_regression([s["round"] for s in samples], [s["rss"] for s in samples])[
        0
    ]


def worker(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--first", type=int, default=0)
    parser.add_argument("--floor", action="store_true")
    parser.add_argument("--no-films", action="store_true")
    args = parser.parse_args(argv)
    if args.floor:
        from bench.qtapp import application, floor_window, settle
        from kiosk.core.native_memory import release_freed_memory

        app = application()
        from PySide6.QtCore import Qt

        floor, label = floor_window(app)
        for number in range(args.rounds):
            for step in range(110):
                label.setText(f"Story {number}.{step}")
                if step % 10 == 0:
                    app.setLayoutDirection(
                        Qt.LayoutDirection.RightToLeft
                        if step % 20
                        else Qt.LayoutDirection.LeftToRight
                    )
                floor.repaint()
                settle(app)
            untrimmed = rss_mb()
            release_freed_memory()  # as the app's sample does
            sample = {"who": "floor", "round": number, "rss": rss_mb(), "rss_untrimmed": untrimmed}
            print(json.dumps(sample), flush=True)
        return

    from kiosk.selftest.soak import soak

    db = Path(args.db) if args.db else None
    soak(db, args.rounds, args.first, films=not args.no_films)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        worker(sys.argv[2:])
