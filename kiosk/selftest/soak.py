"""`kiosk self-test --soak ROUNDS`: an accelerated visitor session; memory after every round.

The same session from the checkout (`python -m bench --only soak`) and from the frozen
build (`dist/kiosk/kiosk self-test --soak 100`), so that a leak that only the bundle's
libraries have (its FFmpeg, its Qt plugins) shows too. Each round, through the real
main window (offscreen unless a display is chosen): 100 carousel transitions (a slide
cut short by the next, every 10th run to its end), 10 language switches, 2 film opens
(played until a frame arrives) and closes, 2 PDF opens and closes, one idle reset.
After every round one JSON line goes to stdout::

    {"who": "app", "round": 3, "rss": 142.1, "rss_untrimmed": 151.6, "slides": 100,
     "switches": 10, "films": 2, "pdfs": 2, "skipped": []}

`rss` is the process's resident memory in MB once the C heap has handed its free
pages back (`malloc_trim(0)`, kiosk/core/native_memory.py); `rss_untrimmed` is the
reading just before. Untrimmed, the reading swings by up to ~10 MB from round to
round with what glibc happens to keep mapped after the round's last frees, which hides
a slow leak and fakes one; memory still in use (a leak) stays after the trim.
`skipped` names what this content could not exercise (no film with files...). Judging
the figures is the bench's job (bench/soak.py: the trend over the rounds after warm-up).
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable
from pathlib import Path

from kiosk.core.native_memory import release_freed_memory

SIZE = (1280, 800)
# An accelerated slide (the kiosk's is 350 ms).
SLIDE_MS = 60


def rss_mb() -> float:
    """This process's resident set size (current, not peak), in MB."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return math.nan


def settle(app, ms: int = 0) -> None:
    """Deliver posted events and run pending deleteLater()s; with `ms`, also wait that long.

    Outside app.exec() Qt never runs deleteLater(): pages a visitor left would pile up,
    which the real app never sees.
    """
    from PySide6.QtCore import QEvent

    app.sendPostedEvents()
    app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if ms:
        wait(ms)


def wait(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def open_window(app, db: Path | None, lang: str = "en"):
    """The real main window as `kiosk.app.run` builds it, shown, its caches warmed."""
    from kiosk.core.store_choice import open_store
    from kiosk.ui.assembly import build_main_window
    from kiosk.ui.main_window import WARM_STEP_MS

    store, error = open_store(db)
    if store is None:
        raise RuntimeError(error)
    window = build_main_window(app, store, lang, "desktop")
    window.resize(*SIZE)
    window.show()
    settle(app, 300)
    window.icons.load()  # as run() does before showing the window
    settle(app, 200)
    window.warm_caches()  # as run() does after the first frame
    # Two steps build the story and search pages, one per language, and a margin.
    settle(app, (len(window.store.languages()) + 4) * WARM_STEP_MS)
    return window


def open_close(app, window, kind: str) -> bool:
    """Open the first resource of `kind` as a visitor does, then go back; False if none."""
    resource = next((r for r in window.store.resources(window.lang) if r.kind == kind), None)
    if resource is None or not resource.files:
        return False
    window.open_resource(resource.id)  # the real path: page, player, Back, deletion
    page = window.page(f"resource:{resource.id}")
    if page is None:
        return False
    if kind == "film":
        page.play()
        for _ in range(40):  # until the first frame, at most ~1 s
            wait(25)
            if page.has_frame():
                break
    else:
        wait(30)
    window.go_back()  # closes the media and deletes the page, as the Back button does
    settle(app)
    return True


def soak(
    db: Path | None,
    rounds: int,
    first: int = 0,
    films: bool = True,
    say: Callable[[str], None] = lambda line: print(line, flush=True),
) -> int:
    """Runs `rounds` rounds (numbered from `first`), one JSON line each; returns 0."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.ui.assembly import create_application
    from kiosk.ui.theme import set_style_sheet

    app = create_application()
    # Put the application back as found (the soak may run inside a larger program).
    saved = (app.styleSheet(), app.palette(), app.layoutDirection())
    window = open_window(app, db)
    try:
        _rounds(app, window, range(first, first + rounds), films, say)
    finally:
        window.close()
        window.language.uninstall()
        window.deleteLater()
        window.store.close()
        settle(app)
        set_style_sheet(app, saved[0])
        app.setPalette(saved[1])
        app.setLayoutDirection(saved[2])
    return 0


def _rounds(app, window, numbers: range, films: bool, say: Callable[[str], None]) -> None:
    carousel = window.carousel
    carousel.set_auto_advance(0)
    carousel.animation_ms = SLIDE_MS
    codes = [language.code for language in window.store.languages()]
    for number in numbers:
        skipped = []
        for step in range(100):
            carousel.next()
            settle(app)
            if step % 10 == 9:
                wait(carousel.animation_ms + 20)
        for step in range(10):
            window.set_language(codes[(number * 10 + step + 1) % len(codes)])
            settle(app)
        played = sum(open_close(app, window, "film") for _ in range(2)) if films else 0
        pdfs = sum(open_close(app, window, "document") for _ in range(2))
        if not films:
            skipped.append("films (after a crash or hang)")
        elif not played:
            skipped.append("films (no film resource with files)")
        if not pdfs:
            skipped.append("PDFs (no document resource with files)")
        window.reset_session()
        carousel.set_auto_advance(0)
        settle(app, 20)
        untrimmed = rss_mb()
        release_freed_memory()
        sample = {
            "who": "app",
            "round": number,
            "rss": rss_mb(),
            "rss_untrimmed": untrimmed,
            "slides": 100,
            "switches": 10,
            "films": played,
            "pdfs": pdfs,
            "skipped": skipped,
        }
        say(json.dumps(sample))
