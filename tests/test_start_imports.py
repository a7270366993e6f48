"""What the kiosk's start does NOT do before its first frame (issue 17: start budget).

The kiosk runs in a child process to its first frame (the bench's FIRST_FRAME line,
kiosk/app.py `_FirstFrame`) and reports the modules it had imported by then: a
module on the lists below came back into the start (an eager import somewhere) and
costs every start its import time. No timings here: bench/start.py measures them.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Run the kiosk as `python -m kiosk` does, and print sys.modules with the FIRST_FRAME line.
_CHILD = """
import builtins, enum, json, os, runpy, sys
enums = set()  # the classes whose enum types PySide6 created
# Through the functional API's entry, which both the standard library's builder and
# kiosk/core/quick_enums.py's come through.
call = enum.EnumType.__call__
def created(cls, value, names=None, **kwargs):
    made = call(cls, value, names, **kwargs)
    if names is not None:
        enums.add(made.__name__)
    return made
enum.EnumType.__call__ = created
real_print = builtins.print
def watch(*args, **kwargs):
    real_print(*args, **kwargs)
    if args and str(args[0]).startswith("FIRST_FRAME"):
        real_print("MODULES " + json.dumps(sorted(sys.modules)), flush=True)
        real_print("ENUMS " + json.dumps(sorted(enums)), flush=True)
        # The picture's backdrop is kept by a worker thread: written before the end, as
        # in a kiosk that runs on (kiosk/ui/widgets/backdrops.py).
        from kiosk.ui.widgets.locator_map import shared_painter
        store = shared_painter()._backdrops
        if store is not None:
            store.written(timeout=30)
        os._exit(0)
builtins.print = watch
sys.argv = ["kiosk", *sys.argv[1:]]
runpy.run_module("kiosk", run_name="__main__")
"""

# Each of these cost the start milliseconds and nothing on the home screen needs it.
NOT_BEFORE_THE_FIRST_FRAME = {
    "logging.handlers": "kiosk.log is a LogFile (kiosk/core/failures.py): socket, pickle, queue",
    "socket": "the signal wake-up is a pipe (kiosk/crash_guard.py _WakeUp)",
    "difflib": "only for a misspelt settings key (kiosk/core/config.py)",
    "tomllib": "only when there is a settings file (none in this test)",
    "csv": "only for `kiosk stats export`",
    "secrets": "the kiosk id is os.urandom(8).hex() (kiosk/core/analytics.py)",
    "hashlib": "no pack is hashed before the first frame",
    "getpass": "only for `kiosk admin set-pin`",
    "locale": "argparse's gettext lookups: the kiosk reads its plain options itself",
    "html": "html.escape only for a tooltip that looks like HTML (kiosk/ui/plain_text.py)",
    "importlib.metadata": "the version only for the About box (kiosk/__init__.py)",
    "kiosk.ui.pages.story_page": "built after the first frame (MainWindow.warm_caches)",
    "kiosk.ui.pages.search_results": "built after the first frame (MainWindow.warm_caches)",
    "kiosk.packs.reader": "packs are checked after the first frame",
    "kiosk.content.page_model": "Story and SearchHit: the story page's, the search's",
    "kiosk.cli.operation_commands": "only for `kiosk config/admin/stats` and `kiosk --help`",
    "kiosk.cli.pack_commands": "only for `kiosk pack` and `kiosk --help`",
    "nacl": "pack signatures: after the first frame",
    "cryptography": "pack signatures: after the first frame",
}

# Qt classes whose first use makes PySide6 create all their enum types (~0.2 ms each),
# known by an enum of theirs: not needed before the first frame.
QT_CLASSES_NOT_BEFORE_THE_FIRST_FRAME = {
    "ProcessState": "QProcess: the read-aloud helper starts after the first frame",
    "MarkdownFeature": "QTextDocument: nothing is read aloud before the first frame",
    "StandardKey": "QKeySequence: the desktop menu's shortcuts come after the first frame",
    "ExclusionPolicy": "QActionGroup: the desktop menu is filled after the first frame",
    "ScrollerGestureType": "QScroller: touch scrolling is set up after the first frame",
}


# Not needed either once an earlier start kept the first story's picture's sea and world
# (kiosk/ui/widgets/backdrops.py): the first start draws them, from the world's paths.
NOT_BEFORE_A_KEPT_FIRST_FRAME = {
    "kiosk.ui.widgets.world_paths": "the world's paths: the kept picture has the world drawn",
    "kiosk.core.worldmap": "the countries: the first story is a topic over the kept world",
}
QT_CLASSES_NOT_BEFORE_A_KEPT_FIRST_FRAME = {
    "FloatingPointPrecision": "QDataStream: reads the world's paths (world_paths.py)",
}


def _at_first_frame(tmp_path: Path, *args: str) -> tuple[set[str], set[str]]:
    """The modules imported and the names of the enum types made by the first frame
    (a kiosk started with its data in `tmp_path`/home)."""
    home = tmp_path / "home"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        KIOSK_BENCH_FIRST_FRAME="1",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        PYTHONPATH=str(ROOT),
    )
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, "--db", str(ROOT / "resources" / "content.db"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    found = {}
    for line in done.stdout.splitlines():
        word, _, rest = line.partition(" ")
        if word in ("MODULES", "ENUMS"):
            found[word] = set(json.loads(rest))
    assert found, f"no first frame (exit {done.returncode}): {done.stdout[-500:]}{done.stderr}"
    return found["MODULES"], found["ENUMS"]


@pytest.mark.parametrize("mode", ["desktop", "kiosk"])
def test_the_first_frame_comes_without_what_the_home_screen_does_not_need(tmp_path, mode):
    modules, enums = _at_first_frame(tmp_path, "--mode", mode)
    assert "kiosk.ui.main_window" in modules  # it did start the kiosk
    assert "HintingPreference" in enums  # QFont's: the enum tracing works
    found = {name: why for name, why in NOT_BEFORE_THE_FIRST_FRAME.items() if name in modules}
    assert not found, f"imported before the first frame: {found}"
    touched = {
        name: why for name, why in QT_CLASSES_NOT_BEFORE_THE_FIRST_FRAME.items() if name in enums
    }
    assert not touched, f"Qt classes used before the first frame: {touched}"


def test_a_start_that_finds_its_picture_kept_does_not_read_the_world(tmp_path):
    _at_first_frame(tmp_path)  # draws the first story's picture and keeps its backdrop
    modules, enums = _at_first_frame(tmp_path)
    assert "kiosk.ui.widgets.locator_map" in modules  # it did draw the picture
    found = {name: why for name, why in NOT_BEFORE_A_KEPT_FIRST_FRAME.items() if name in modules}
    assert not found, f"imported before the first frame: {found}"
    touched = {
        name: why for name, why in QT_CLASSES_NOT_BEFORE_A_KEPT_FIRST_FRAME.items() if name in enums
    }
    assert not touched, f"Qt classes used before the first frame: {touched}"


def test_a_command_leaves_the_garbage_collector_on(tmp_path, capsys):
    from kiosk.cli.commands import main

    assert gc.isenabled()
    assert main(["--config", str(tmp_path / "none.toml"), "config", "show"]) == 0
    assert gc.isenabled()
    capsys.readouterr()


def test_after_the_first_frame_the_collector_is_on_and_takes_the_start_back(qtbot, monkeypatch):
    """kiosk/cli/commands.py turns the collector off for the kiosk's start; after the
    first frame it is on again, the start's objects set aside, then given back."""
    from kiosk import app

    monkeypatch.setattr(app, "UNFREEZE_AFTER_MS", 50)
    gc.disable()
    try:
        app._collect_again()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
        qtbot.waitUntil(lambda: gc.get_freeze_count() == 0, timeout=5000)
    finally:
        gc.unfreeze()
        gc.enable()
