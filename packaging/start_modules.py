"""The modules the kiosk imports before its first frame, measured by starting it (kiosk.spec).

PyInstaller keeps the modules it collects in its PYZ archive, each compressed with zlib:
every module the frozen app imports is inflated first, where a start from the checkout
reads a .pyc file. Measured (callgrind of each whole process to its first frame): of
the frozen start's 84.6 M instructions more than the source start's, 58.6 M were zlib
inflating the ~2.6 MB of bytecode the start imports. Collecting every module as a .pyc
file (`Analysis(noarchive=True)`) removes that but stores 10 MB of bytecode
uncompressed instead of 3.5 MB compressed, +5 MB on a folder budget of 120 MB. So the
spec keeps as .pyc files only what the start imports (and the modules Python itself
needs before PyInstaller's importer is installed), and the rest in the archive, where a
later import (the studio, a pack install, the command line's other subcommands) still
inflates it once, as before.

What the start imports is measured, not listed by hand: the build starts the kiosk from
its checkout to its first frame under `python -X importtime`, twice (a first start, which
draws the pictures it keeps, and the next, which reads them), in a private data folder,
offscreen, and takes every module named before the FIRST_FRAME line (the line of
`KIOSK_BENCH_FIRST_FRAME=1`, kiosk/app.py). A change to the start's imports is
therefore collected as it is at the next build.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

FIRST_FRAME = "FIRST_FRAME"
IMPORT_TIME = "import time:"
# The start's own runtime hook modules (PyInstaller's, run before the kiosk's code; not
# imported by a start from the checkout): pyi_rth_pyside6 imports these.
FROZEN_ONLY = ("_pyi_rth_utils",)


class MeasureError(RuntimeError):
    """The kiosk did not reach its first frame (the build falls back on the archive)."""


def parse_import_times(lines) -> tuple[set[str], bool]:
    """Modules named by `-X importtime` lines before the FIRST_FRAME line, and whether it came."""
    names = set()
    for line in lines:
        if line.startswith(FIRST_FRAME):
            return names, True
        if line.startswith(IMPORT_TIME):
            parts = line.split("|")
            if len(parts) == 3:
                name = parts[2].strip()
                if name and name != "imported package":
                    names.add(name)
    return names, False


def _one_start(command: list[str], cwd: Path, env: dict[str, str], timeout: float) -> set[str]:
    # stdout and stderr share one pipe, so the FIRST_FRAME line (printed and flushed by the
    # app) comes after exactly the import lines written before it.
    process = subprocess.Popen(
        command,
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        errors="replace",
    )
    timer = threading.Timer(timeout, process.kill)
    timer.start()
    tail: list[str] = []

    def lines():
        for line in process.stdout:
            tail.append(line)
            del tail[:-20]
            yield line

    try:
        names, seen = parse_import_times(lines())
    finally:
        timer.cancel()
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)  # the kiosk's clean stop (writes what it keeps)
        try:
            process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
    if not seen:
        raise MeasureError(
            f"no {FIRST_FRAME} line from {' '.join(command)} (exit {process.returncode}):\n"
            + "".join(tail)
        )
    return names


def imported_before_first_frame(
    python: str, root: Path, db: Path, options: list[str] = (), timeout: float = 180.0
) -> set[str]:
    """Every module a start of the kiosk (`python -m kiosk --db DB`, from `root`) imports
    before its first frame: the union of a first start and the next one."""
    with tempfile.TemporaryDirectory(prefix="kiosk-start-modules-") as tmp:
        home = Path(tmp)
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("KIOSK_", "QT_", "PYTHON", "XDG_"))
        }
        env.update(
            HOME=str(home),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_CACHE_HOME=str(home / "cache"),
            QT_QPA_PLATFORM="offscreen",
            QT_API="pyside6",
            KIOSK_BENCH_FIRST_FRAME="1",
            # bytecode written to the temporary folder, not beside the checkout's sources
            PYTHONPYCACHEPREFIX=str(home / "pycache"),
        )
        command = [python, *options, "-X", "importtime", "-m", "kiosk", "--db", str(db)]
        names: set[str] = set()
        for _start in ("first", "next"):
            names |= _one_start(command, root, env, timeout)
        return names


def keep_as_file(name: str, start: set[str], base: set[str], utf8_mode: bool = False) -> bool:
    """Whether module `name` is collected as a .pyc file rather than into the archive:
    imported by the start, one of the modules Python imports before PyInstaller's
    importer is installed (`base`, with their submodules: base_library.zip's content,
    stored uncompressed there too), or a runtime hook's helper.

    `utf8_mode` (the Linux build runs in Python's UTF-8 mode, -X utf8): Python's own start
    needs no codec but UTF-8's, whatever the locale, so the other codecs of `encodings`
    (0.6 MB as files) go into the archive like any module the start does not import; a
    codec asked for later (a zip member's cp437 name) is found there."""
    if name in start:
        return True
    top = name.partition(".")[0]
    if utf8_mode and top == "encodings" and name != top:
        return False
    return name in base or top in base or top in FROZEN_ONLY


def main(argv: list[str]) -> int:
    """`python packaging/start_modules.py [DB]`: print what the start imports (a check by hand)."""
    root = Path(__file__).resolve().parents[1]
    db = Path(argv[0]) if argv else root / "resources" / "content.db"
    for name in sorted(imported_before_first_frame(sys.executable, root, db, ["-X", "utf8"])):
        print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
