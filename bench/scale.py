"""Scale figures: 10,000 stories x 6 languages against the bundled content, in the same run.

Content build time and database size, app start on the big database vs on the
bundled one, ContentStore.search latency (p95) for Latin, Cyrillic, Arabic and
Chinese queries, and ContentStore.stories(lang) latency (what a language switch
and the app start read). The generated tree is kept in ~/.cache/kiosk-bench
(keyed by the generator and story count) because writing it takes a minute;
the database is rebuilt, and timed, every run.
"""

from __future__ import annotations

import hashlib
import os
import statistics
import time
from collections.abc import Iterator
from pathlib import Path

from bench.common import ROOT, Context, Figure, figure, percentile, skipped
from bench.start import HOOK, app_command, hook_missing, measure_starts

SEARCH_BUDGET_MS = 20.0
START_LIMIT = 1.2
#: (label, query, interface language): common words, a rare name, a two-character CJK word.
QUERIES = (
    ("latin", "trafficking", "en"),
    ("latin", "victimes", "fr"),
    ("latin", "Poipet", "en"),
    ("latin", "trafficking victims", "en"),
    ("cyrillic", "торговля", "ru"),
    ("cyrillic", "жертвы ООН", "ru"),
    ("arabic", "الضحايا", "ar"),
    ("arabic", "الاتجار بالبشر", "ar"),
    ("chinese", "人口贩运", "zh"),
    ("chinese", "儿童", "zh"),
)


def _tree(ctx: Context, stories: int) -> Path:
    from bench.make_scale_content import write_scale_content

    source = (ROOT / "bench" / "make_scale_content.py").read_bytes()
    key = hashlib.sha256(source + str(stories).encode()).hexdigest()[:12]
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "kiosk-bench"
    base = cache / f"scale-{stories}-{key}"
    if not (base / "content" / ".complete").is_file():
        write_scale_content(base, stories)
        (base / "content" / ".complete").write_text("ok\n")
    return base / "content"


def _timed(fn, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - began) * 1000)
    return samples


def run(ctx: Context) -> Iterator[Figure]:
    from kiosk.content.build import build_database
    from kiosk.content.store import ContentStore

    stories = 300 if ctx.quick else 10_000
    src = _tree(ctx, stories)
    out = ctx.work / "scale" / "content.db"
    began = time.perf_counter()
    result = build_database(src, out)
    build_s = time.perf_counter() - began
    bundled = ctx.bundled_db()
    bundled_build_s = ctx.bundled_build_s
    scale_note = f"{result.stories} stories, {result.story_texts} texts"
    yield figure(
        "scale_build_time",
        [build_s],
        "s",
        baseline="bundled_build_time",
        baseline_value=bundled_build_s,
        note=scale_note,
    )
    yield figure(
        "scale_database_size",
        [out.stat().st_size / 1e6],
        "MB",
        baseline="bundled_database_size",
        baseline_value=bundled.stat().st_size / 1e6,
        note=scale_note,
    )

    big, small = ContentStore(out), ContentStore(bundled)
    runs = ctx.runs(full=20, quick=3)
    try:
        for lang in ("en", "ar"):
            big_ms = _timed(lambda lang=lang: big.stories(lang), ctx.runs(10, 2))
            small_ms = _timed(lambda lang=lang: small.stories(lang), ctx.runs(10, 2))
            yield figure(
                f"scale_stories_{lang}",
                big_ms,
                "ms",
                baseline=f"bundled_stories_{lang}",
                baseline_value=statistics.median(small_ms),
                note=f"ContentStore.stories('{lang}'): {len(big.stories(lang))} cards",
            )
        by_script: dict[str, list[float]] = {}
        by_script_small: dict[str, list[float]] = {}
        for script, query, lang in QUERIES:
            big.search(query, lang)  # the first search in a language fills small caches
            small.search(query, lang)
            by_script.setdefault(script, []).extend(
                _timed(lambda q=query, la=lang: big.search(q, la), runs)
            )
            by_script_small.setdefault(script, []).extend(
                _timed(lambda q=query, la=lang: small.search(q, la), runs)
            )
        for script, samples in by_script.items():
            queries = ", ".join(q for s, q, _ in QUERIES if s == script)
            yield figure(
                f"scale_search_{script}_p95",
                samples,
                "ms",
                value=percentile(samples, 95),
                baseline=f"bundled_search_{script}_p95",
                baseline_value=percentile(by_script_small[script], 95),
                budget=f"<= {SEARCH_BUDGET_MS:g} ms",
                limit=SEARCH_BUDGET_MS,
                note=f"ContentStore.search: {queries}",
            )
    finally:
        big.close()
        small.close()

    missing = hook_missing()
    if missing:
        yield skipped("scale_start", "s", missing, f"<= {START_LIMIT}x bundled start")
        return
    times = measure_starts(
        ctx,
        {"bundled": app_command(bundled), "scale": app_command(out)},
        ctx.runs(full=5, quick=1),
    )
    yield figure(
        "scale_start",
        times["scale"],
        "s",
        baseline="start_source",
        baseline_value=statistics.median(times["bundled"]),
        budget=f"<= {START_LIMIT}x bundled start",
        limit=START_LIMIT,
        limit_on="ratio",
        note=f"python -m kiosk --db <{scale_note}>; {HOOK}=1",
    )
