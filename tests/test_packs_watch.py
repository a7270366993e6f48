"""The watched folder: scans only look; packs install when asked at idle; bad ones set aside once."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from kiosk.core.config import Settings
from kiosk.packs.active import active_database
from kiosk.packs.atomic_install import install_pack
from kiosk.packs.installed_versions import rollback
from kiosk.packs.layout import pointer_path, seen_path
from kiosk.packs.watched_folder import install_pending, scan
from tests.pack_fixtures import build_version, make_key, pack_entries, trust, write_pack


@pytest.fixture(scope="module")
def packs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("packs")
    key, public = make_key(folder)
    versions = {v: build_version(folder, key, v) for v in ("1", "2", "3")}
    return versions, public, key


def drop(folder: Path, pack: Path, name: str | None = None) -> Path:
    """Copy `pack` into the watched folder, as if it arrived a minute ago."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (name or pack.name)
    shutil.copyfile(pack, target)
    past = time.time() - 60
    os.utime(target, (past, past))
    return target


def test_scan_finds_new_packs_but_installs_nothing(tmp_path, packs):
    versions, public, _ = packs
    watched, data = tmp_path / "usb", tmp_path / "data"
    drop(watched, versions["2"])
    drop(watched, versions["3"])
    found = scan(watched, data, trust(public))
    assert [c.manifest.version for c in found] == ["3", "2"]  # newest first
    assert not pointer_path(data).exists() and active_database(data) is None


def test_install_pending_installs_the_newest_valid_pack(tmp_path, packs):
    versions, public, _ = packs
    watched, data = tmp_path / "usb", tmp_path / "data"
    drop(watched, versions["2"])
    drop(watched, versions["3"])
    result = install_pending(watched, data, trust(public))
    assert result is not None and result.manifest.version == "3"
    assert active_database(data) == result.database
    assert install_pending(watched, data, trust(public)) is None  # 2 is older: no downgrade
    assert scan(watched, data, trust(public)) == []


def test_a_rolled_back_pack_is_not_installed_again(tmp_path, packs):
    versions, public, _ = packs
    watched, data = tmp_path / "usb", tmp_path / "data"
    install_pack(versions["1"], data, trust(public))
    drop(watched, versions["3"])
    assert install_pending(watched, data, trust(public)).manifest.version == "3"
    rollback(data)
    assert scan(watched, data, trust(public)) == []


def test_a_file_still_being_copied_waits(tmp_path, packs):
    versions, public, _ = packs
    watched, data = tmp_path / "usb", tmp_path / "data"
    watched.mkdir()
    shutil.copyfile(versions["2"], watched / "new.kpack")  # modified just now
    assert scan(watched, data, trust(public)) == []
    assert len(scan(watched, data, trust(public), settle_s=0)) == 1


def test_a_missing_folder_is_not_an_error(tmp_path, packs):
    assert scan(tmp_path / "unplugged", tmp_path / "data", trust(packs[1])) == []
    assert scan(None, tmp_path / "data", trust(packs[1])) == []


def test_a_bad_pack_is_renamed_aside_once_and_a_good_one_still_installs(tmp_path, packs, caplog):
    versions, public, _ = packs
    watched, data = tmp_path / "usb", tmp_path / "data"
    files = pack_entries(versions["3"])
    files["content/languages.toml"] += b"\n# changed after signing\n"
    bad = write_pack(tmp_path / "bad.kpack", files, None)  # unsigned and modified
    drop(watched, bad, "zzz-newest.kpack")
    drop(watched, versions["2"])
    result = install_pending(watched, data, trust(public))
    assert result is not None and result.manifest.version == "2"
    assert (watched / "zzz-newest.kpack.rejected").is_file()
    assert not (watched / "zzz-newest.kpack").exists()
    seen = json.loads(seen_path(data).read_text())
    outcomes = sorted(entry["outcome"] for entry in seen.values())
    assert outcomes == ["installed", "rejected"]
    assert "refused" in caplog.text


def test_a_bad_pack_on_a_read_only_stick_is_recorded_and_skipped(tmp_path, packs, monkeypatch):
    versions, public, _ = packs
    watched, data = tmp_path / "usb", tmp_path / "data"
    files = pack_entries(versions["2"])
    bad = write_pack(tmp_path / "bad.kpack", files, None)
    drop(watched, bad)

    def read_only(self, target):
        raise PermissionError(30, "Read-only file system")

    monkeypatch.setattr(Path, "rename", read_only)
    assert install_pending(watched, data, trust(public)) is None
    assert (watched / "bad.kpack").is_file()  # could not be renamed
    (entry,) = json.loads(seen_path(data).read_text()).values()
    assert entry["outcome"] == "rejected" and "unsigned" in entry["reason"]
    assert scan(watched, data, trust(public)) == []  # not tried again
    assert active_database(data) is None


def test_pack_watcher_checks_without_installing_and_installs_at_idle(qapp, tmp_path, packs):
    from kiosk.pack_watcher import PackWatcher

    versions, public, _ = packs
    watched, data = tmp_path / "usb", tmp_path / "data"
    settings = Settings(trusted_keys=(public,), watch_folder=watched)
    watcher = PackWatcher(settings, data, settle_s=0)
    assert watcher.install_if_pending() is False  # nothing checked yet
    drop(watched, versions["2"])
    installed = []
    watcher.installed.connect(installed.append)
    watcher.start()  # checks at once: a pack is pending, nothing installed mid-visit
    assert watcher.timer.isActive() and watcher.pending
    assert active_database(data) is None
    assert watcher.install_if_pending() is True  # the idle reset
    assert installed == [str(active_database(data))]
    assert watcher.install_if_pending() is False
    watcher.stop()


def test_pack_watcher_without_a_folder_does_nothing(qapp, tmp_path):
    from kiosk.pack_watcher import PackWatcher

    watcher = PackWatcher(Settings(), tmp_path / "data")
    watcher.start()
    assert not watcher.timer.isActive() and watcher.install_if_pending() is False
