"""Shared bench plumbing: the JSON figure, statistics, child processes, PSS/RSS readers."""

from __future__ import annotations

import contextlib
import json
import math
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "bench"
DIST_DIR = ROOT / "dist" / "kiosk"
FROZEN_EXE = DIST_DIR / "kiosk"
CHROMIUM = Path("/usr/bin/chromium")
#: A frame every 16.7 ms is the 60 Hz target; an interval over 1.5x that is a dropped frame.
FRAME_MS = 1000 / 60
DROPPED_MS = 1.5 * FRAME_MS


@dataclass
class Figure:
    """One measured figure, printed as one JSON line."""

    name: str
    value: float | None
    unit: str
    baseline: str | None = None
    baseline_value: float | None = None
    ratio: float | None = None
    n: int = 0
    min: float | None = None
    median: float | None = None
    max: float | None = None
    budget: str | None = None
    within_budget: bool | None = None
    note: str = ""

    def to_json(self) -> str:
        data = asdict(self)
        for key, value in data.items():
            if isinstance(value, float):
                data[key] = round(value, 4) if math.isfinite(value) else None
        return json.dumps(data, ensure_ascii=False)


def figure(
    name: str,
    samples: Sequence[float],
    unit: str,
    *,
    value: float | None = None,
    baseline: str | None = None,
    baseline_value: float | None = None,
    budget: str | None = None,
    limit: float | None = None,
    limit_on: str = "value",
    note: str = "",
) -> Figure:
    """A figure from raw samples: value defaults to the median; `limit` judges value or ratio."""
    samples = list(samples)
    if value is None and samples:
        value = statistics.median(samples)
    ratio = None
    if value is not None and baseline_value:
        ratio = value / baseline_value
    within = None
    if limit is not None:
        judged = ratio if limit_on == "ratio" else value
        within = None if judged is None else judged <= limit
    return Figure(
        name=name,
        value=value,
        unit=unit,
        baseline=baseline,
        baseline_value=baseline_value,
        ratio=ratio,
        n=len(samples),
        min=min(samples) if samples else None,
        median=statistics.median(samples) if samples else None,
        max=max(samples) if samples else None,
        budget=budget,
        within_budget=within,
        note=note,
    )


def skipped(name: str, unit: str, note: str, budget: str | None = None) -> Figure:
    return Figure(name=name, value=None, unit=unit, budget=budget, note="skipped: " + note)


def percentile(samples: Sequence[float], p: float) -> float:
    """Linear-interpolated percentile (p in 0..100), as numpy's default."""
    ordered = sorted(samples)
    if not ordered:
        return math.nan
    k = (len(ordered) - 1) * p / 100
    low, high = math.floor(k), math.ceil(k)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


@dataclass
class Context:
    """What every bench module gets: options and a scratch folder kept for the whole run."""

    quick: bool = False
    work: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="kiosk-bench-")))
    _bundled_db: Path | None = None
    _scale_db: Path | None = None
    scale_build_s: float = 0.0
    scale_note: str = ""
    #: Set when the bundled sources had errors and the bench built without the broken items.
    content_note: str = ""
    bundled_build_s: float = 0.0

    def runs(self, full: int, quick: int) -> int:
        return quick if self.quick else full

    def bundled_db(self) -> Path:
        """The bundled content built by the current code (media linked beside it)."""
        if self._bundled_db is None:
            sys.path.insert(0, str(ROOT))
            from kiosk.content.build import build_database
            from kiosk.content.problems import ContentError

            out = self.work / "bundled" / "content.db"
            out.parent.mkdir(parents=True, exist_ok=True)
            media = ROOT / "resources" / "media"
            if media.is_dir() and not (out.parent / "media").exists():
                (out.parent / "media").symlink_to(media)
            began = time.perf_counter()
            try:
                build_database(ROOT / "resources" / "content", out)
            except ContentError as error:
                self.content_note = _build_without_broken(error, out)
            self.bundled_build_s = time.perf_counter() - began
            self._bundled_db = out
        return self._bundled_db

    def scale_stories(self) -> int:
        return 300 if self.quick else SCALE_STORIES

    def scale_db(self) -> Path:
        """The generated scale tree (10,000 stories; quick: 300) built once per run, timed."""
        if self._scale_db is None:
            sys.path.insert(0, str(ROOT))
            from kiosk.content.build import build_database

            src = scale_tree(self.scale_stories())
            out = self.work / "scale" / "content.db"
            out.parent.mkdir(parents=True, exist_ok=True)
            began = time.perf_counter()
            result = build_database(src, out)
            self.scale_build_s = time.perf_counter() - began
            self.scale_note = f"{result.stories} stories, {result.story_texts} texts"
            self._scale_db = out
        return self._scale_db

    def child_env(self, **extra: str) -> dict[str, str]:
        """Offscreen Qt, and private config/data folders so runs never touch the user's."""
        env = dict(os.environ)
        home = self.work / "home"
        for sub in ("config", "data", "cache", "runtime"):
            (home / sub).mkdir(parents=True, exist_ok=True)
        (home / "runtime").chmod(0o700)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            QT_ACCESSIBILITY="0",
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CACHE_HOME=str(home / "cache"),
            XDG_RUNTIME_DIR=str(home / "runtime"),
            PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
        )
        env.update(extra)
        return env

    def cleanup(self) -> None:
        shutil.rmtree(self.work, ignore_errors=True)


SCALE_STORIES = 10_000


def scale_tree(stories: int) -> Path:
    """The generated content tree, cached in ~/.cache/kiosk-bench by generator and size."""
    import hashlib

    from bench.make_scale_content import write_scale_content

    # The generator, the size and the bundled files it copies (labels, languages) key it.
    source = (BENCH_DIR / "make_scale_content.py").read_bytes()
    for name in ("labels.toml", "languages.toml"):
        source += (ROOT / "resources" / "content" / name).read_bytes()
    key = hashlib.sha256(source + str(stories).encode()).hexdigest()[:12]
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "kiosk-bench"
    base = cache / f"scale-{stories}-{key}"
    if not (base / "content" / ".complete").is_file():
        write_scale_content(base, stories)
        (base / "content" / ".complete").write_text("ok\n")
    return base / "content"


def _build_without_broken(error: Exception, out: Path) -> str:
    """Content in colleagues' hands may be mid-edit: build a copy without the broken items."""
    from kiosk.content.build import build_database
    from kiosk.content.problems import ContentError

    src = ROOT / "resources" / "content"
    copy = out.parent / "content"
    shutil.copytree(src, copy, dirs_exist_ok=True)
    dropped: set[Path] = set()
    for _ in range(4):
        for problem in getattr(error, "problems", []):
            if problem.severity != "error":
                continue
            try:
                relative = Path(problem.path).resolve().relative_to(copy.resolve())
            except ValueError:
                try:
                    relative = Path(problem.path).resolve().relative_to(src.resolve())
                except ValueError:
                    continue
            if relative.parts[0] in ("stories", "resources") and len(relative.parts) > 1:
                dropped.add(Path(*relative.parts[:2]))
            elif relative.name == "seed-index.toml":
                dropped.add(relative)
        for relative in dropped:
            target = copy / relative
            shutil.rmtree(target, ignore_errors=True) if target.suffix == "" else (
                target.unlink(missing_ok=True)
            )
        try:
            build_database(copy, out, media_root=ROOT / "resources" / "media")
            break
        except ContentError as again:
            error = again
    else:
        raise error
    return "bundled sources had errors; built without " + ", ".join(sorted(map(str, dropped)))


# -- child processes ----------------------------------------------------------------


class FirstFrameTimeout(RuntimeError):
    pass


@dataclass
class Start:
    """One process start: seconds to its first frame, the window size it painted, PSS."""

    seconds: float
    size: str
    pss: float | None = None


def time_first_frame(
    cmd: Sequence[str], env: dict[str, str], timeout: float = 60.0, keep: float = 0.0
) -> Start:
    """Launch `cmd`, wait for its `FIRST_FRAME <epoch> <w>x<h>` line.

    With `keep` > 0 the process is left idle that many seconds after the first frame and
    its PSS (summed over its process tree) is read before it is stopped.
    """
    started = time.time()
    proc = subprocess.Popen(
        list(cmd),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        first, size = _read_first_frame(proc, timeout)
        pss = None
        if keep > 0:
            time.sleep(keep)
            if proc.poll() is None:
                pss = tree_pss_mb(proc.pid)
        return Start(first - started, size, pss)
    finally:
        stop(proc)


def _read_first_frame(proc: subprocess.Popen, timeout: float) -> tuple[float, str]:
    import selectors

    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    buffer = ""
    while time.monotonic() < deadline:
        if not selector.select(timeout=0.5):
            if proc.poll() is not None:
                break
            continue
        chunk = os.read(proc.stdout.fileno(), 65536).decode(errors="replace")
        if not chunk:
            break
        buffer += chunk
        for line in buffer.splitlines():
            if line.startswith("FIRST_FRAME "):
                parts = line.split()
                return float(parts[1]), parts[2] if len(parts) > 2 else "?"
    stop(proc)
    err = proc.stderr.read()[-2000:] if proc.stderr else ""
    raise FirstFrameTimeout(f"no FIRST_FRAME line from {proc.args[:3]}: {buffer[-500:]}{err}")


def stop(proc: subprocess.Popen) -> None:
    """Stop a child and its process group (it was started in a new session)."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=5)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    for stream in (proc.stdout, proc.stderr):
        if stream:
            stream.close()


def run_worker(module: str, args: Sequence[str], env: dict[str, str], timeout: float) -> dict:
    """Run `python -m bench.<module> --worker ...`; it prints one JSON object on its last line."""
    proc = subprocess.run(
        [sys.executable, "-m", f"bench.{module}", "--worker", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr or proc.stdout)[-3000:]
        raise RuntimeError(f"bench.{module} worker failed (exit {proc.returncode}): {tail}")
    return json.loads(lines[-1])


# -- memory ---------------------------------------------------------------------------


def pss_mb(pid: int) -> float:
    """Proportional set size of one process, in MB (from /proc/PID/smaps_rollup)."""
    return _rollup_kb(pid, "Pss:") / 1024


def rss_mb(pid: int | None = None) -> float:
    """Resident set size (current, not peak), in MB."""
    pid = pid or os.getpid()
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return math.nan


def _rollup_kb(pid: int, key: str) -> int:
    with open(f"/proc/{pid}/smaps_rollup") as rollup:
        for line in rollup:
            if line.startswith(key):
                return int(line.split()[1])
    return 0


def process_tree(root: int) -> list[int]:
    """`root` and all its descendants, from /proc/*/stat."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def tree_pss_mb(root: int) -> float:
    total = 0.0
    for pid in process_tree(root):
        with contextlib.suppress(OSError, ValueError):
            total += pss_mb(pid)
    return total


def emit(figures: Iterable[Figure]) -> list[Figure]:
    done = []
    for fig in figures:
        print(fig.to_json(), flush=True)
        done.append(fig)
    return done
