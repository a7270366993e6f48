"""Search figures: from the Enter key press to the results page painted, as a visitor sees it.

At the bundled content and at the scale tree (10,000 stories, realistic language
mix: most stories in one or two languages, so most texts a Chinese or Arabic visitor
searches are fallbacks), in one worker process each, with the real main window at
1280x800. For every interface language in turn: click its language button (not
timed), then for every query of that language: type it into the search field (not
timed), press Enter, and stop the clock once the results page has been painted
with its results (a paint of the page while every list on it shows its first row;
an empty list box waiting for a deferred layout does not count) and the event loop
has returned. The first query after the
first switch to a language is "cold" (no cache of the store or the page is warm
for that language); it counts in the p95 like every other sample. Queries are 1, 2
and 3 characters long as well as whole words, in Latin, Cyrillic, Arabic and
Chinese script. After each query the visitor goes back home.

The floor: a bare window with a QLineEdit and a QListWidget; Enter fills the list
with 50 fixed results and the clock stops at the same point.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator

from bench.common import Context, Figure, figure, percentile, run_worker

BUDGET_MS = 30.0
#: Per interface language: the first query (the cold one), then 1-3 characters and words.
QUERIES = {
    "en": ("trafficking", "t", "tr", "chi", "police", "victims court"),
    "fr": ("traite", "é", "de", "vic", "enfants"),
    "es": ("trata", "a", "de", "red", "víctimas"),
    "ru": ("торговля", "д", "су", "суд", "жертвы"),
    "ar": ("الضحايا", "ا", "حق", "عمل", "الأطفال"),
    "zh": ("人口贩运", "人", "儿童", "联合国", "受害者"),
}
SCRIPT = {"en": "latin", "fr": "latin", "es": "latin", "ru": "cyrillic", "ar": "arabic"}
SCRIPT["zh"] = "chinese"


def length_class(query: str) -> str:
    return f"{len(query)}char" if len(query) <= 3 else "word"


def run(ctx: Context) -> Iterator[Figure]:
    rounds = ctx.runs(full=8, quick=1)
    for tree, db in (("bundled", ctx.bundled_db()), ("scale", ctx.scale_db())):
        data = run_worker(
            "search", ["--db", str(db), "--rounds", str(rounds)], ctx.child_env(), timeout=1200
        )
        samples = data["app"]  # [lang, query, ms, cold, main-thread CPU ms]
        floor = data["floor"]
        floor_p95 = percentile(floor, 95)
        prefix = "search" if tree == "bundled" else "search_scale"
        note = f"{data['stories']} stories; key press to painted results page"
        judged = tree == "scale"  # the budget is set at 10,000 stories

        def one(name, picked, what, judged=judged, floor_p95=floor_p95, note=note):
            ms = [s[2] for s in picked]
            return figure(
                name,
                ms,
                "ms",
                value=percentile(ms, 95),
                baseline="search_bare_window_p95",
                baseline_value=floor_p95,
                budget=f"<= {BUDGET_MS:g} ms" if judged else None,
                limit=BUDGET_MS if judged else None,
                note=f"{note}; {what}",
            )

        yield one(f"{prefix}_p95", samples, "all queries, first per language included")
        cpu = [s[4] for s in samples]
        yield figure(
            f"{prefix}_cpu_p95",
            cpu,
            "ms",
            value=percentile(cpu, 95),
            note=f"{note}; main-thread CPU time: the wall time less the waits for a CPU this"
            " shared machine adds (a dedicated kiosk has no such waits)",
        )
        cold = [s for s in samples if s[3]]
        yield figure(
            f"{prefix}_first_query_max",
            [s[2] for s in cold],
            "ms",
            value=max(s[2] for s in cold),
            baseline="search_bare_window_p95",
            baseline_value=floor_p95,
            budget=f"<= {BUDGET_MS:g} ms" if judged else None,
            limit=BUDGET_MS if judged else None,
            note=f"{note}; first query per language: "
            + ", ".join(f"{s[0]} {s[1]!r} {s[2]:.0f} ms" for s in cold),
        )
        if tree != "scale":
            continue
        for script in ("latin", "cyrillic", "arabic", "chinese"):
            picked = [s for s in samples if SCRIPT[s[0]] == script]
            yield one(f"{prefix}_{script}_p95", picked, f"{script} script")
        for length in ("1char", "2char", "3char", "word"):
            picked = [s for s in samples if length_class(s[1]) == length]
            yield one(f"{prefix}_{length}_p95", picked, f"queries: {length}")


def worker(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args(argv)
    from PySide6.QtCore import QEvent, QObject, QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QLineEdit,
        QListWidget,
        QVBoxLayout,
        QWidget,
    )

    from bench.qtapp import application, floor_window, main_window, settle

    app = application()

    class Painted(QObject):
        """Notes a paint of `root` or a descendant."""

        def __init__(self):
            super().__init__()
            self.root = None
            self.seen = False

        def eventFilter(self, watched, event):
            if (
                self.root is not None
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and (watched is self.root or self.root.isAncestorOf(watched))
                and results_laid_out(self.root)
            ):
                self.seen = True
            return False

    def results_laid_out(root) -> bool:
        """A paint counts once every list on the page shows its first row (not an empty box)."""
        for view in root.findChildren(QAbstractItemView):
            if not view.isVisible() or view.model() is None or not view.model().rowCount():
                continue
            if not view.indexAt(QPoint(view.viewport().width() // 2, 2)).isValid():
                return False
        return True

    # Installed before the window is built: the first event a Python application filter
    # receives for one of Qt's private classes makes PySide6 create every wrapper type
    # (~70 enum classes, 25-40 ms). The kiosk pays that once after its first frame (its
    # kiosk lock is an application filter), a desktop window never; installed after the
    # build, this probe paid it inside the first timed query (30-40 ms instead of ~15).
    painted = Painted()
    app.installEventFilter(painted)
    window = main_window(app, args.db)

    def press_enter(field, root) -> tuple[float, float]:
        """Milliseconds (wall, main-thread CPU) from Enter in `field` to `root` painted."""
        painted.root, painted.seen = root, False
        began, began_cpu = time.perf_counter(), time.thread_time()
        QTest.keyClick(field, Qt.Key.Key_Return)
        deadline = began + 10
        while time.perf_counter() < deadline:
            app.sendPostedEvents()
            app.processEvents()
            if painted.seen:
                break
        elapsed = (time.perf_counter() - began) * 1000
        cpu = (time.thread_time() - began_cpu) * 1000
        painted.root = None
        if not painted.seen:
            raise RuntimeError(f"results never painted for {field.text()!r}")
        return elapsed, cpu

    codes = [code for code in window.language_bar.codes() if code in QUERIES]
    field, results = window.search_field, window.search_page
    samples: list[list] = []
    for round_ in range(args.rounds):
        for code in codes:
            window.language_bar.buttons[code].click()
            settle(app)
            for number, query in enumerate(QUERIES[code]):
                field.setFocus()
                field.setText(query)  # typed (QTest.keyClicks takes ASCII only): not timed
                settle(app)
                ms, cpu = press_enter(field, results)
                if not window.search_page.isVisible():
                    raise RuntimeError("Enter did not show the results page")
                samples.append([code, query, ms, round_ == 0 and number == 0, cpu])
                window.go_home()
                settle(app)
    stories = window.store.story_count()
    window.close()
    settle(app)

    floor, _label = floor_window(app)
    box = QWidget()
    floor_field, floor_list = QLineEdit(), QListWidget()
    column = QVBoxLayout(box)
    column.addWidget(floor_field)
    column.addWidget(floor_list)
    floor.setCentralWidget(box)
    items = [f"Story {n}\n1 January 2025 — a line of the story text" for n in range(50)]

    def fill() -> None:
        floor_list.clear()
        floor_list.addItems(items)
        floor_list.show()

    floor_field.returnPressed.connect(fill)
    settle(app)
    floor_samples: list[float] = []
    for _ in range(args.rounds):
        for code in codes:
            for query in QUERIES[code]:
                floor_field.setText(query)
                floor_list.hide()
                settle(app)
                floor_samples.append(press_enter(floor_field, floor_list)[0])
    print(
        json.dumps(
            {"app": samples, "floor": floor_samples, "stories": stories},
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        worker(sys.argv[2:])
