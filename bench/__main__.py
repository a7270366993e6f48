"""`python -m bench`: runs every benchmark and prints one JSON object per figure.

    python -m bench                    every figure, full size (about 20-30 minutes)
    python -m bench --quick            a smoke for CI: tiny n, small scale, short soak;
                                       checks every benchmark runs, never judges a figure
    python -m bench --only swipe       one benchmark (start, memory, language_switch,
                                       search, swipe, scale, soak, size, attract_cpu); repeatable
    python -m bench --only fault_round the soak's fault round alone (restarts after faults)
    python -m bench --out r.jsonl      also write the lines to a file
    python -m bench --table r.jsonl    print a Markdown table from such a file

A benchmark that fails prints a figure with "error" in its note and the run
goes on; the exit code is 1 when any benchmark failed (never for a missed budget).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import time
import traceback
from pathlib import Path

from bench.common import Context, Figure

BENCHMARKS = (
    "start",
    "memory",
    "language_switch",
    "search",
    "swipe",
    "scale",
    "soak",
    "size",
    "attract_cpu",
)
# Part of another benchmark (the soak), also runnable alone with --only.
ALSO = ("fault_round",)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny runs: checks the bench works")
    parser.add_argument("--only", action="append", choices=BENCHMARKS + ALSO, metavar="NAME")
    parser.add_argument("--out", type=Path, help="also write the JSON lines to this file")
    parser.add_argument("--table", type=Path, metavar="JSONL", help="print a Markdown table")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = parser.parse_args(argv)
    if args.table:
        print(markdown_table(args.table.read_text(encoding="utf-8").splitlines()))
        return 0
    ctx = Context(quick=args.quick)
    out = args.out.open("w", encoding="utf-8") if args.out else None
    failed = False
    try:
        for name in args.only or BENCHMARKS:
            began = time.monotonic()
            load = os.getloadavg()[0]  # a shared machine: say how busy it was
            _print(Figure(name=f"load_before_{name}", value=load, unit="", n=1), out)
            try:
                module = importlib.import_module(f"bench.{name}")
                for fig in module.run(ctx):
                    if ctx.quick:  # tiny n on a small tree: the figure proves nothing
                        fig.within_budget = None
                        fig.note = ("quick run, not judged; " + fig.note).rstrip("; ")
                    _print(fig, out)
            except Exception as error:  # report and go on with the next benchmark
                failed = True
                traceback.print_exc(file=sys.stderr)
                _print(Figure(name=name, value=None, unit="", note=f"error: {error}"[:500]), out)
            print(f"# {name}: {time.monotonic() - began:.1f} s", file=sys.stderr, flush=True)
    finally:
        if out:
            out.close()
        if args.keep:
            print(f"# scratch kept in {ctx.work}", file=sys.stderr)
        else:
            ctx.cleanup()
    return 1 if failed else 0


def _print(fig: Figure, out) -> None:
    line = fig.to_json()
    print(line, flush=True)
    if out:
        out.write(line + "\n")
        out.flush()


def markdown_table(lines: list[str]) -> str:
    rows = [
        "| figure | value | baseline | baseline value | ratio | n | min / max | budget | met |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for line in lines:
        if not line.startswith("{"):
            continue
        f = json.loads(line)
        unit = f["unit"]

        def num(value, unit=unit):
            return "-" if value is None else f"{value:.3g} {unit}".strip()

        met = {True: "yes", False: "**no**", None: "-"}[f["within_budget"]]
        spread = "-" if f["min"] is None else f"{f['min']:.3g} / {f['max']:.3g}"
        value = num(f["value"]) if f["value"] is not None else f["note"]
        rows.append(
            f"| {f['name']} | {value} | {f['baseline'] or '-'} | {num(f['baseline_value'])} | "
            f"{'-' if f['ratio'] is None else format(f['ratio'], '.2f') + 'x'} | {f['n']} | "
            f"{spread} | {f['budget'] or '-'} | {met} |"
        )
    return "\n".join(rows)


if __name__ == "__main__":
    sys.exit(main())
