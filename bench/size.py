"""Size figures: the frozen one-folder build (dist/kiosk) on disk and as tar.xz.

The baseline is the same measure of a one-folder PyInstaller build of the bare
window (bench/baseline_window.py), built once per PySide6/PyInstaller version and
cached in ~/.cache/kiosk-bench (skipped with --quick when not cached yet), by this
Python's PyInstaller or else by build/venv's (packaging/build.sh's environment).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from bench.common import BENCH_DIR, DIST_DIR, ROOT, Context, Figure, figure, skipped

DISK_BUDGET_MB = 120.0
XZ_BUDGET_MB = 40.0


def disk_mb(folder: Path) -> float:
    """Apparent size of every file (symlinks not followed), in MB (10^6 bytes)."""
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return total / 1e6


def xz_mb(folder: Path, work: Path) -> float:
    archive = work / f"{folder.name}.tar.xz"
    subprocess.run(
        ["tar", "-C", str(folder.parent), "-cf", str(archive), "-I", "xz -6 -T2", folder.name],
        check=True,
    )
    size = archive.stat().st_size / 1e6
    archive.unlink()
    return size


def _pyinstaller_python() -> str | None:
    """A Python with PyInstaller and PySide6: this one, else packaging/build.sh's build
    environment (build/venv), where PyInstaller lives (the project's own has none)."""
    for python in (sys.executable, str(ROOT / "build" / "venv" / "bin" / "python")):
        if Path(python).is_file():
            probe = [python, "-c", "import PyInstaller, PySide6"]
            if subprocess.run(probe, capture_output=True).returncode == 0:
                return python
    return None


def _floor_build(ctx: Context) -> Path | None:
    python = _pyinstaller_python()
    if python is None:
        return None
    versions = subprocess.run(
        [python, "-c", "import PySide6, PyInstaller, sys; "
         "print(PySide6.__version__, PyInstaller.__version__, sys.version)"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    key = hashlib.sha256(
        versions.encode() + (BENCH_DIR / "baseline_window.py").read_bytes()
    ).hexdigest()[:12]
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "kiosk-bench"
    dist = cache / f"floor-{key}" / "dist"
    if (dist / "baseline_window").is_dir():
        return dist / "baseline_window"
    if ctx.quick:
        return None
    build = dist.parent / "build"
    options = ["--noconfirm", "--onedir", "--log-level", "WARN", "--distpath", str(dist)]
    options += ["--workpath", str(build), "--specpath", str(build)]
    subprocess.run(
        [python, "-m", "PyInstaller", *options, str(BENCH_DIR / "baseline_window.py")],
        check=True,
        capture_output=True,
    )
    shutil.rmtree(build, ignore_errors=True)
    return dist / "baseline_window"


def run(ctx: Context) -> Iterator[Figure]:
    if not (DIST_DIR / "kiosk").is_file():
        yield skipped("size_disk", "MB", "dist/kiosk not built", f"<= {DISK_BUDGET_MB:g} MB")
        yield skipped("size_tar_xz", "MB", "dist/kiosk not built", f"<= {XZ_BUDGET_MB:g} MB")
        return
    floor = _floor_build(ctx)
    floor_disk = disk_mb(floor) if floor else None
    note = "" if floor else "bare-window build not cached (run without --quick once)"
    yield figure(
        "size_disk",
        [disk_mb(DIST_DIR)],
        "MB",
        baseline="size_bare_window_onefolder_disk" if floor else None,
        baseline_value=floor_disk,
        budget=f"<= {DISK_BUDGET_MB:g} MB",
        limit=DISK_BUDGET_MB,
        note=note,
    )
    if ctx.quick:
        yield skipped("size_tar_xz", "MB", "--quick: no compression", f"<= {XZ_BUDGET_MB:g} MB")
        return
    yield figure(
        "size_tar_xz",
        [xz_mb(DIST_DIR, ctx.work)],
        "MB",
        baseline="size_bare_window_onefolder_tar_xz" if floor else None,
        baseline_value=xz_mb(floor, ctx.work) if floor else None,
        budget=f"<= {XZ_BUDGET_MB:g} MB",
        limit=XZ_BUDGET_MB,
        note="tar | xz -6" + ("" if floor else "; " + note),
    )
