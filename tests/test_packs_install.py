"""Installing packs: versioned folders, one atomic pointer, rollback, pruning, kill -9 safety."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.content.store import ContentStore
from kiosk.packs.active import active_database
from kiosk.packs.atomic_install import PAUSE_POINTS, install_pack
from kiosk.packs.errors import PackError
from kiosk.packs.installed_versions import list_installed, rollback
from kiosk.packs.layout import is_leftover, packs_dir, pointer_path
from kiosk.packs.pointer import read_pointer
from tests.pack_fixtures import build_version, make_key, trust

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def packs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("packs")
    key, public = make_key(folder)
    versions = {v: build_version(folder, key, v) for v in ("1", "2", "3")}
    return versions, public


def title_shown(db: Path) -> str:
    store = ContentStore(db)
    try:
        return store.story("2011-09-09-queretaro", "en").title
    finally:
        store.close()


def test_install_builds_a_versioned_folder_and_switches_the_pointer(tmp_path, packs):
    versions, public = packs
    data = tmp_path / "data"
    result = install_pack(versions["1"], data, trust(public))
    assert result.previous is None
    assert result.folder.parent == packs_dir(data)
    assert result.folder.name.startswith("content-1-")
    for name in ("content", "media", "content.db", "manifest.json", "manifest.sig"):
        assert (result.folder / name).exists(), name
    assert active_database(data) == result.database
    assert title_shown(result.database) == "Story of version 1"
    store = ContentStore(result.database)
    try:  # media paths resolve inside the installed folder
        files = store.resource("first-aid-kit", "en").files
        assert files and all(
            f.exists and f.path.is_relative_to(result.folder) for f in files.values()
        )
    finally:
        store.close()


def test_updates_keep_the_previous_version_and_prune_older_ones(tmp_path, packs):
    versions, public = packs
    data = tmp_path / "data"
    first = install_pack(versions["1"], data, trust(public))
    second = install_pack(versions["2"], data, trust(public))
    assert second.previous == first.folder.name
    third = install_pack(versions["3"], data, trust(public))
    folders = sorted(p.name for p in packs_dir(data).iterdir())
    assert folders == sorted([second.folder.name, third.folder.name])  # keep 2
    assert read_pointer(data).previous == second.folder.name
    listed = list_installed(data)
    assert [p.manifest.version for p in listed] == ["3", "2"]
    assert listed[0].active and listed[1].previous and all(p.usable for p in listed)


def test_rollback_restores_the_previous_version_then_the_bundled(tmp_path, packs):
    versions, public = packs
    data = tmp_path / "data"
    install_pack(versions["1"], data, trust(public))
    install_pack(versions["2"], data, trust(public))
    assert title_shown(active_database(data)) == "Story of version 2"
    rollback(data)
    assert title_shown(active_database(data)) == "Story of version 1"
    rollback(data)
    assert active_database(data) is None  # the bundled content
    with pytest.raises(PackError, match="nothing to roll back"):
        rollback(data)


def test_reinstalling_the_active_pack_changes_nothing(tmp_path, packs):
    versions, public = packs
    data = tmp_path / "data"
    install_pack(versions["1"], data, trust(public))
    before = pointer_path(data).read_bytes()
    assert install_pack(versions["1"], data, trust(public)).already_active
    assert pointer_path(data).read_bytes() == before


@pytest.mark.parametrize(
    "damage",
    ["no pointer", "garbage pointer", "pointer to a missing folder", "path in pointer", "bad db"],
)
def test_a_broken_pointer_or_database_falls_back_to_the_bundled(tmp_path, packs, damage):
    versions, public = packs
    data = tmp_path / "data"
    result = install_pack(versions["1"], data, trust(public))
    pointer = pointer_path(data)
    if damage == "no pointer":
        pointer.unlink()
    elif damage == "garbage pointer":
        pointer.write_bytes(b"\x00{not json")
    elif damage == "pointer to a missing folder":
        pointer.write_text('{"active": "content-9-0123456789ab"}')
    elif damage == "path in pointer":
        pointer.write_text('{"active": "../../elsewhere-0123456789ab"}')
    else:
        result.database.write_bytes(b"not a database at all" * 100)
    assert active_database(data) is None


def test_open_store_prefers_the_active_pack_and_falls_back_to_the_bundled(tmp_path, packs):
    from kiosk.core import locate
    from kiosk.core.store_choice import open_store

    versions, public = packs
    data = tmp_path / "data"
    result = install_pack(versions["2"], data, trust(public))
    store, error = open_store(None, data)
    assert error is None and store.path == result.database
    store.close()
    explicit, _ = open_store(locate.bundled_database(), data)  # --db wins
    assert explicit.path == locate.bundled_database()
    explicit.close()
    pointer_path(data).write_text("{broken")
    store, error = open_store(None, data)
    assert error is None and store.path == locate.bundled_database()
    store.close()


def _install_and_kill(pack: Path, config: Path, point: str) -> None:
    env = dict(os.environ, KIOSK_PACK_PAUSE_AT=point, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "kiosk", "pack", "install", str(pack), "--config", str(config)]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    seen = b""
    try:
        while f"paused at {point}".encode() not in seen:
            assert process.poll() is None, f"installer ended before {point}: {seen.decode()}"
            assert time.monotonic() < deadline, f"no pause at {point}: {seen.decode()}"
            ready, _, _ = select.select([process.stderr], [], [], 1.0)
            if ready:
                seen += os.read(process.stderr.fileno(), 4096)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL


@pytest.mark.slow
@pytest.mark.parametrize("point", PAUSE_POINTS)
def test_kill_9_at_any_point_leaves_old_or_new_content(tmp_path, packs, point):
    versions, public = packs
    data = tmp_path / "data"
    install_pack(versions["1"], data, trust(public))
    old = install_pack(versions["2"], data, trust(public))  # version 1 is pruned by the next
    assert active_database(data) == old.database
    config = tmp_path / "settings.toml"
    config.write_text(f'trusted_keys = ["{public}"]\ndata_dir = "{data}"\n')
    _install_and_kill(versions["3"], config, point)

    db = active_database(data)
    assert db is not None, "the kiosk must have a working content pointer"
    shown = title_shown(db)
    switched = PAUSE_POINTS.index(point) >= PAUSE_POINTS.index("switched")
    assert shown == ("Story of version 3" if switched else "Story of version 2")
    # The next install cleans up whatever the killed one left behind.
    result = install_pack(versions["3"], data, trust(public))
    assert active_database(data) == result.database
    assert not [p for p in packs_dir(data).iterdir() if is_leftover(p.name)]
    assert len([p for p in packs_dir(data).iterdir() if p.is_dir()]) <= 2
