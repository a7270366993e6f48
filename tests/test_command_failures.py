"""Messages, not tracebacks: every OSError a command can meet is one line on stderr (exit 1)
and a traceback in kiosk.log; the log file degrades to stderr once when it cannot be written.

Full and read-only data folders are real ones: tmpfs mounts in a private mount namespace
(`unshare --mount --map-root-user`); a full log file is /dev/full.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.core.failures import LogFile, describe, run_command
from tests.pack_fixtures import two_installed

ROOT = Path(__file__).resolve().parents[1]


def test_describe_says_what_went_wrong_and_where():
    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "/data/x")
    assert describe(full) == "/data/x: the disk is full"
    assert describe(OSError(errno.EROFS, "x", "/data")) == "/data: the disk is read-only"
    assert (
        describe(PermissionError(errno.EACCES, "x", "/a", None, "/b"))
        == "/a -> /b: permission denied"
    )
    assert describe(FileNotFoundError(errno.ENOENT, "x", "/gone")) == "/gone: not found"
    assert describe(OSError(errno.EIO, "x")) == "input/output error (the disk may be failing)"


def test_run_command_turns_errors_into_one_line_and_a_logged_traceback(tmp_path, capsys):
    logs = tmp_path / "logs"

    def fails() -> int:
        raise OSError(errno.ENOSPC, "No space left on device", "/data/pack")

    assert run_command(fails, lambda: logs, "kiosk pack install") == 1
    err = capsys.readouterr().err
    assert err == "error: kiosk pack install: /data/pack: the disk is full\n"
    logged = (logs / "kiosk.log").read_text(encoding="utf-8")
    assert "kiosk pack install failed" in logged and "Traceback" in logged

    def bug() -> int:
        raise KeyError("oops")

    assert run_command(bug, lambda: logs, "kiosk stats export") == 1
    err = capsys.readouterr().err
    assert err.startswith("error: kiosk stats export: unexpected KeyError: 'oops' (details in ")
    assert "Traceback" not in err


def _write_log(path: Path, line_format: str, lines: list[str]) -> None:
    """Log `lines` as warnings through a LogFile on `path`, then close it."""
    handler = LogFile(path)
    handler.setFormatter(logging.Formatter(line_format))
    logger = logging.getLogger(f"test.log.{path}")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for line in lines:
            logger.warning("%s", line)
    finally:
        logger.removeHandler(handler)
        handler.close()


def test_a_log_file_that_cannot_be_written_degrades_to_stderr_once(tmp_path, capsys):
    path = tmp_path / "kiosk.log"
    path.symlink_to("/dev/full")  # every write: ENOSPC
    _write_log(path, "%(levelname)s %(message)s", [f"line {n}" for n in range(3)])
    err = capsys.readouterr().err
    assert "Logging error" not in err and "Traceback" not in err
    assert err.count("cannot write the log file") == 1
    assert "the disk is full" in err
    assert [line for line in err.splitlines() if line.startswith("WARNING")] == [
        "WARNING line 0",
        "WARNING line 1",
        "WARNING line 2",
    ]


def test_the_log_file_rotates_at_its_size_keeping_three(tmp_path, monkeypatch):
    monkeypatch.setattr(LogFile, "max_bytes", 200)
    path = tmp_path / "kiosk.log"
    _write_log(path, "%(message)s", [f"line {n:02d} {'x' * 40}" for n in range(40)])  # 4 a file
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["kiosk.log", "kiosk.log.1", "kiosk.log.2", "kiosk.log.3"]
    files = [path, *(tmp_path / f"kiosk.log.{n}" for n in (1, 2, 3))]
    assert all(f.stat().st_size < 200 for f in files)
    kept = [line[:7] for f in reversed(files) for line in f.read_text().splitlines()]
    assert kept == [f"line {n:02d}" for n in range(40 - len(kept), 40)]  # newest, in order
    assert kept[-1] == "line 39" and len(kept) == 16


def test_the_kiosk_start_does_not_import_logging_handlers():
    """kiosk.log is written without logging.handlers (socket, pickle, queue: ~10 ms)."""
    done = subprocess.run(
        [sys.executable, "-c", "import sys, kiosk.crash_guard; print('logging.handlers' in sys.modules, 'socket' in sys.modules)"],
        capture_output=True, text=True, check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.stdout.split() == ["False", "False"]


# --- real full and read-only data folders ----------------------------------------------------
def _unshare_works() -> bool:
    probe = subprocess.run(
        ["unshare", "--mount", "--map-root-user", "true"], capture_output=True, check=False
    )
    return probe.returncode == 0


needs_mounts = pytest.mark.skipif(
    not shutil.which("unshare") or not _unshare_works(),
    reason="needs unshare --mount --map-root-user (util-linux) for real full/read-only disks",
)


def _kiosk(
    data: Path, args: list[str], mount: str, *, seconds: float = 60
) -> subprocess.CompletedProcess:
    """`kiosk ARGS` with `data` remounted as `mount` ("ro", or "full": no space left)."""
    prepare = {
        "ro": f"mount --bind {data} {data} && mount -o remount,bind,ro {data}",
        "full": (
            f"mkdir -p {data}.t && mount -t tmpfs -o size=64m tmpfs {data}.t && "
            f"cp -a {data}/. {data}.t/ && mount --bind {data}.t {data} && "
            f"dd if=/dev/zero of={data}/filler bs=64k 2>/dev/null; true"
        ),
    }[mount]
    command = " ".join([sys.executable, "-m", "kiosk", *args])
    return subprocess.run(
        ["unshare", "--mount", "--map-root-user", "sh", "-c", f"{prepare} && {command}"],
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        timeout=seconds,
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A data folder with two versions installed, a third pack, and a settings file."""
    folder = tmp_path_factory.mktemp("cmd")
    packs, public, data = two_installed(folder)
    config = folder / "settings.toml"
    config.write_text(f'trusted_keys = ["{public}"]\ndata_dir = "{data}"\n')
    return data, config, packs


@needs_mounts
@pytest.mark.slow
@pytest.mark.parametrize("mount", ["ro", "full"])
@pytest.mark.parametrize("action", ["install", "rollback"])
def test_pack_commands_on_a_full_or_read_only_data_folder_say_so(installed, mount, action):
    data, config, packs = installed
    before = sorted(p.name for p in (data / "content" / "packs").iterdir())
    args = [
        "pack",
        action,
        *([str(packs["3"])] if action == "install" else []),
        "--config",
        str(config),
    ]
    result = _kiosk(data, args, mount)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and "Logging error" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    reason = "read-only" if mount == "ro" else "full"
    assert f"error: kiosk pack {action}" in errors[0] and reason in errors[0], errors
    assert sorted(p.name for p in (data / "content" / "packs").iterdir()) == before
