"""Scale figures: 10,000 stories (a realistic language mix) against the bundled content.

Content build time and database size, app start on the big database vs on the
bundled one, and store-only diagnostics: what the home screen reads before its first
frame (a new store, the chips' labels, the story ids, the first cards),
ContentStore.stories(lang) and ContentStore.search (warm, p95 per script). Search as the visitor sees it (key
press to painted results, cold first query included) is bench/search.py; the
language switch at this scale is bench/language_switch.py. The generated tree is
kept in ~/.cache/kiosk-bench (keyed by the generator and story count) because
writing it takes a minute; the database is rebuilt, and timed, once per run.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterator

from bench.common import Context, Figure, figure, percentile, skipped
from bench.start import HOOK, app_command, hook_missing, measure_starts

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


def _timed(fn, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - began) * 1000)
    return samples


def run(ctx: Context) -> Iterator[Figure]:
    from kiosk.content.store import ContentStore

    out = ctx.scale_db()
    build_s = ctx.scale_build_s
    bundled = ctx.bundled_db()
    bundled_build_s = ctx.bundled_build_s
    scale_note = ctx.scale_note
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

    def start_reads(db) -> None:  # what the home screen reads before its first frame
        store = ContentStore(db, verify=False)  # checked once, then known (VerifiedFiles)
        try:
            store.labels("tag", "en")
            store.labels("country", "en")
            store.story_cards(store.story_ids("en")[:3], "en")
        finally:
            store.close()

    big_ms = _timed(lambda: start_reads(out), ctx.runs(10, 2))
    yield figure(
        "scale_start_reads",
        big_ms,
        "ms",
        baseline="bundled_start_reads",
        baseline_value=statistics.median(_timed(lambda: start_reads(bundled), ctx.runs(10, 2))),
        note="diagnostic: a new store, the chips' labels, the story ids, the first cards",
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
                f"scale_store_search_{script}_p95",
                samples,
                "ms",
                value=percentile(samples, 95),
                baseline=f"bundled_store_search_{script}_p95",
                baseline_value=percentile(by_script_small[script], 95),
                note=f"diagnostic, store only, warm: {queries} (budget: search.py)",
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
