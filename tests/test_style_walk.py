"""Qt's walks over every widget (a new application style sheet or palette) are not broken
by Python's garbage collector deleting widgets in the middle of them.

Qt restyles from a list of the styled widgets taken before it starts and sends each an
event, so Python code (and the cyclic collector) runs inside the walk. A widget Python
owns, freed there by the collector, was reached later through the list: the segfault
the full test suite hit in the self-test's first theme change (kiosk/ui/theme.py,
`no_collection_during_walk`).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

from PySide6.QtWidgets import QApplication

# Widgets Python owns and only a reference cycle keeps, styled; then a style sheet change
# during which Python code runs the collector (any allocation may).
WALK = textwrap.dedent(
    """
    import gc, os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QLabel, QWidget
    from kiosk.ui.theme import set_style_sheet

    app = QApplication(sys.argv)
    set_style_sheet(app, "QWidget { color: black; }")

    class Collecting(QLabel):
        def changeEvent(self, event):
            # Python code allocating: the collector runs then, when it is on.
            if event.type() == QEvent.Type.StyleChange and gc.isenabled():
                gc.collect()
            super().changeEvent(event)

    kept = [Collecting("x") for _ in range(20)]
    for label in kept:
        label.ensurePolished()

    class Page:
        pass

    gc.disable()
    for _ in range(60):
        page = Page()
        page.cycle = page
        page.filler = QWidget()  # no parent: Python deletes it with the page
        page.filler.ensurePolished()
    del page
    gc.set_threshold(1_000_000)  # no collection before the walk
    gc.enable()
    set_style_sheet(app, "QWidget { color: navy; }")
    print("restyled")
    """
)


def test_a_style_sheet_change_survives_the_collector_freeing_widgets():
    done = subprocess.run(
        [sys.executable, "-c", WALK], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert done.stdout.strip() == "restyled"


def test_the_window_leaves_no_widget_to_the_collector(main_window, qtbot):
    """Every widget the window makes has a Qt parent (is deleted with it, by Qt), however
    its pages are laid out: none is left for Python's collector to delete."""
    main_window.open_story(main_window.carousel.current_card().id)  # landscape
    main_window.search("a")
    qtbot.wait(20)
    main_window.go_home()
    for lang in ("ar", "zh", "en"):
        main_window.set_language(lang)
    others = [w for w in QApplication.topLevelWidgets() if w.window() is not main_window]
    made = [w for w in others if _owned_by(w, main_window)]
    assert not made, [(type(w).__name__, w.objectName()) for w in made]


def _owned_by(widget, window) -> bool:
    """True for a parentless widget that one of the window's objects keeps."""
    for name in ("story_page", "search_page"):
        page = getattr(window, name)
        if any(value is widget for value in vars(page).values()):
            return True
    return any(value is widget for value in vars(window).values())
