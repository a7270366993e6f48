"""Pack install under injected faults: never a pointer to something gone, never a traceback.

`kiosk pack install` runs as a real process under strace. A first, clean run counts its
renames, fsyncs, writes, folder creations and deletions; then, for each of those calls
(every rename, and evenly spread ones, first and last included, among the fsyncs,
the hundreds of database writes, folder creations and deletions), one run makes exactly that call fail with EIO and one run is killed there
with SIGKILL (`strace --inject=SYSCALL:error=EIO:when=N`, `...:signal=SIGKILL:when=N`).
A full disk is a real one: the data folder on a tmpfs a little too small, at sizes
that run out at each stage of the install.

After every run: every folder the pointer names exists and opens, the kiosk opens
the new or the old content (never the bundled one by accident), a failed command said
one line and no traceback, and the next install succeeds and cleans up.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.packs.active import installed_database, open_content
from kiosk.packs.atomic_install import install_pack
from kiosk.packs.layout import is_leftover, packs_dir
from kiosk.packs.pointer import Pointer, read_pointer
from tests.damage import damage_first_story_page
from tests.pack_fixtures import trust, two_installed

ROOT = Path(__file__).resolve().parents[1]
STRACE = shutil.which("strace")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        STRACE is None, reason="needs strace (Debian: strace; scripts/setup.sh installs it)"
    ),
]

#: The kinds of call a fault is injected into, and the system calls of each.
CALLS = {
    "rename": "rename,renameat,renameat2",
    "fsync": "fsync,fdatasync",
    "write": "write,pwrite64",
    "mkdir": "mkdir,mkdirat",
    "delete": "unlink,unlinkat,rmdir",
}
#: Calls tried per kind and fault: every call when there are fewer, else spread evenly
#: (first and last included). Every rename: each is a step of the install's protocol.
MOST_POINTS = {"rename": 99, "fsync": 5, "write": 4, "mkdir": 3, "delete": 3}


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    """Packs 1, 2, 3, and a data folder template with 2 active and 1 previous."""
    return two_installed(tmp_path_factory.mktemp("faults"))


def _setup(tmp_path: Path, versions, scenario: str) -> tuple[Path, Path, Path]:
    packs, public, template = versions
    data = tmp_path / "data"
    shutil.copytree(template, data, symlinks=True)
    config = tmp_path / "settings.toml"
    config.write_text(f'trusted_keys = ["{public}"]\ndata_dir = "{data}"\n')
    if scenario == "damaged previous again":
        damage_first_story_page(packs_dir(data) / read_pointer(data).previous / "content.db")
    pack = packs["3"] if scenario == "new version" else packs["1"]
    return data, config, pack


def _command(pack: Path, config: Path) -> list[str]:
    return [sys.executable, "-m", "kiosk", "pack", "install", str(pack), "--config", str(config)]


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT))


def _count_calls(command: list[str], tmp_path: Path) -> dict[str, int]:
    out = tmp_path / "counts.txt"
    syscalls = ",".join(CALLS.values())
    subprocess.run(
        [STRACE, "-f", "-c", "-o", str(out), "-e", f"trace={syscalls}", *command],
        cwd=ROOT, env=_env(), capture_output=True, check=True, timeout=120,
    )  # fmt: skip
    found: dict[str, int] = {}
    for line in out.read_text().splitlines():
        fields = line.split()
        if len(fields) >= 5 and fields[-1].isidentifier() and fields[3].isdigit():
            found[fields[-1]] = int(fields[3])
    return {
        kind: sum(found.get(name, 0) for name in names.split(",")) for kind, names in CALLS.items()
    }


def _points(count: int, most: int) -> list[int]:
    if count <= most:
        return list(range(1, count + 1))
    step = (count - 1) / (most - 1)
    return sorted({1 + round(i * step) for i in range(most)})


def _run_with_fault(command: list[str], kind: str, fault: str, when: int):
    names = CALLS[kind]
    return subprocess.run(
        [STRACE, "-f", "-qq", "-o", os.devnull, "-e", f"trace={names}",
         "-e", f"inject={names}:{fault}:when={when}", *command],
        cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def _assert_consistent(data: Path, allowed: set[Pointer], damaged: str | None, why: str) -> None:
    pointer = read_pointer(data)
    assert pointer in allowed, f"{why}: unexpected pointer {pointer}"
    for name in (pointer.active, pointer.previous):
        if name is not None:
            assert (packs_dir(data) / name).is_dir(), f"{why}: the pointer names {name}, gone"
            if name != damaged:
                assert installed_database(data, name) is not None, f"{why}: {name} does not load"
    opened = open_content(data)
    try:
        assert opened.store is not None and opened.what != "the bundled content", why
        assert opened.store.stories("en"), why
    finally:
        if opened.store is not None:
            opened.store.close()


def _assert_message(result: subprocess.CompletedProcess, why: str) -> None:
    if result.returncode == 0:
        return
    if result.returncode in (-9, 128 + 9) or "+++ killed by SIGKILL" in result.stderr:
        return
    assert "Traceback" not in result.stderr, f"{why}: {result.stderr}"
    assert "error:" in result.stderr, f"{why}: no message: {result.stderr!r}"


def _pointers(data: Path, scenario: str, pack_name: str) -> tuple[set[Pointer], str | None]:
    """Pointers the data folder may hold after the install stopped anywhere."""
    before = read_pointer(data)
    after = Pointer(pack_name, before.active)
    allowed = {before, after}
    damaged = before.previous if scenario == "damaged previous again" else None
    if damaged:
        allowed.add(Pointer(before.active, None))  # the damaged copy is named no more
    return allowed, damaged


def _folder_name(data: Path, pack: Path, public: str) -> str:
    """The install folder name of `pack` (installed once into a scratch data folder)."""
    return install_pack(pack, data.parent / "scratch", trust(public)).folder.name


SCENARIOS = ("new version", "previous version again", "damaged previous again")


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_an_injected_fault_at_any_call_leaves_both_versions_loadable(tmp_path, versions, scenario):
    _packs, public, _ = versions
    data, config, pack = _setup(tmp_path / "count", versions, scenario)
    command = _command(pack, config)
    name = _folder_name(data, pack, public)
    counts = _count_calls(command, tmp_path)
    assert counts["rename"] >= 1 and counts["fsync"] >= 1, counts
    runs = 0
    for kind, count in counts.items():
        points = _points(count, MOST_POINTS[kind])
        for when in points:
            for fault in ("error=EIO", "signal=SIGKILL"):
                run = tmp_path / f"{kind}-{when}-{fault[:5]}"
                data, config, pack = _setup(run, versions, scenario)
                allowed, damaged = _pointers(data, scenario, name)
                result = _run_with_fault(_command(pack, config), kind, fault, when)
                why = f"{scenario}: {fault} at {kind} call {when} of {count}"
                _assert_message(result, why)
                _assert_consistent(data, allowed, damaged, why)
                runs += 1
                if when == points[-1] and fault.startswith("signal"):
                    # the next install finishes the job and leaves nothing behind
                    install_pack(pack, data, trust(public))
                    assert read_pointer(data).active == name
                    assert not [p for p in packs_dir(data).iterdir() if is_leftover(p.name)]
                shutil.rmtree(run)
    assert runs >= 20


def _in_tmpfs(free_kb: int, data: Path, command: list[str]) -> subprocess.CompletedProcess:
    """Run `command` with `data` on a fresh tmpfs holding `free_kb` more than it (private)."""
    full = f"{data}.full"
    script = f"""
set -e
mkdir -p {full}
mount -t tmpfs -o size=64m tmpfs {full}
cp -a {data}/. {full}/
used=$(df -k --output=used {full} | tail -n 1)
mount -o remount,size=$((used + {free_kb}))k {full}
set +e
{" ".join(command)}
code=$?
rm -rf {data} && cp -a {full} {data}
exit $code
"""
    return subprocess.run(
        ["unshare", "--mount", "--map-root-user", "sh", "-c", script],
        cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def _tmpfs_works(tmp_path: Path) -> bool:
    probe = subprocess.run(
        ["unshare", "--mount", "--map-root-user", "sh", "-c",
         f"mkdir -p {tmp_path}/probe && mount -t tmpfs -o size=64k tmpfs {tmp_path}/probe"],
        capture_output=True,
    )  # fmt: skip
    return probe.returncode == 0


def test_a_full_disk_at_each_stage_leaves_both_versions_loadable(tmp_path, versions):
    """The data folder on a tmpfs that fills up during the install, at several sizes."""
    if not shutil.which("unshare") or not _tmpfs_works(tmp_path):
        pytest.fail("a full-disk test needs `unshare --mount --map-root-user` and tmpfs mounts")
    _packs, public, template = versions
    new = sum(p.stat().st_size for p in packs_dir(template).rglob("*") if p.is_file())
    new = new // 2 // 1024  # KB of one installed version, about
    refused = 0
    for free in (4, 16, new // 8, new // 4, new // 2, new * 3 // 4, new, new * 3 // 2, new * 3):
        run = tmp_path / f"free-{free}"
        data, config, pack = _setup(run, versions, "new version")
        config.write_text(config.read_text().replace(str(data), f"{data}.full"))
        allowed, _ = _pointers(data, "new version", _folder_name(data, pack, public))
        result = _in_tmpfs(free, data, _command(pack, config))
        why = f"{free} KB free: {result.stderr[-400:]}"
        _assert_message(result, why)
        _assert_consistent(data, allowed, None, why)
        if result.returncode:
            refused += 1
            assert "disk is full" in result.stderr, why
            assert len([line for line in result.stderr.splitlines() if "error:" in line]) == 1
    assert refused >= 4, "the sizes chosen must make most installs run out of space"
    assert not result.returncode, "the largest size must be enough (else nothing was tested)"


def test_reinstalling_the_previous_version_keeps_its_folder(tmp_path, versions):
    """The issue's case: active 2, previous 1, install 1: the folder of 1 is never removed."""
    _packs, public, _ = versions
    data, _, pack = _setup(tmp_path, versions, "previous version again")
    before = read_pointer(data)
    inode = (packs_dir(data) / before.previous).stat().st_ino
    result = install_pack(pack, data, trust(public))
    assert read_pointer(data) == Pointer(before.previous, before.active)
    assert result.folder.stat().st_ino == inode  # the same folder, never trashed


def test_counting_finds_the_install_calls(tmp_path, versions):
    data, config, pack = _setup(tmp_path, versions, "new version")
    counts = _count_calls(_command(pack, config), tmp_path)
    assert counts["rename"] >= 3 and counts["fsync"] >= 10 and counts["write"] >= 50, counts
    assert re.fullmatch(r"content-3-[0-9a-f]{12}", read_pointer(data).active)
