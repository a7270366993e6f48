"""A damaged content database: refused at open, contained at a read, and passed over
for the previous pack or the bundled content (kiosk.packs.active.open_content)."""

from __future__ import annotations

import os
import shutil

import pytest

from kiosk.content.store import ContentStore, ContentStoreError
from kiosk.packs.active import open_content
from kiosk.packs.layout import packs_dir
from kiosk.packs.pointer import Pointer, write_pointer
from tests.damage import damage_first_story_page


def test_damaged_page_is_refused_at_open_with_the_reason(sample_db):
    damage_first_story_page(sample_db)
    with pytest.raises(ContentStoreError) as raised:
        ContentStore(sample_db)
    message = str(raised.value)
    assert str(sample_db) in message and "not a readable content database" in message
    assert "damaged" in message or "malformed" in message


def test_the_fixture_hits_the_first_read_of_stories(sample_db):
    """Without the check at open, the very first stories() meets the damage."""
    damage_first_story_page(sample_db)
    store = ContentStore(sample_db, verify=False)
    assert store.stories("en") == []
    assert store.damage is not None and "malformed" in store.damage
    store.close()


def test_damage_found_during_a_read_stays_in_the_store(sample_db, caplog):
    """The disk goes bad under a running kiosk: empty results, one report, no exception."""
    reports = []
    store = ContentStore(sample_db, on_damage=lambda s, why: reports.append((s, why)))
    assert len(store.stories("en")) == 3  # healthy first
    damage_first_story_page(sample_db)
    assert store.stories("en") == []
    assert store.stories("fr", tag="children") == []
    assert store.story("2012-07-04-cambodia", "en") is None
    assert store.label("tag", "children", "en") in ("children", "Children")
    assert [s for s, _ in reports] == [store]  # reported once, however many reads fail
    assert "stories" in reports[0][1]
    assert "damaged" in caplog.text
    store.close()


def test_every_read_method_is_guarded(sample_db):
    store = ContentStore(sample_db)
    store._conn.close()  # any read now raises sqlite3.ProgrammingError (a DatabaseError)
    assert store.stories("en") == [] and store.resources("en") == []
    assert store.search("trafficking", "en") == [] and store.coverage() == []
    assert store.labels("tag", "en") == [] and store.resource("x", "en") is None
    assert store.damage


@pytest.fixture
def installed(tmp_path, sample_db):
    """A data folder whose pointer names two installed copies of the sample database."""
    data = tmp_path / "data"
    for name in ("content-1-aaaaaaaaaaaa", "content-2-bbbbbbbbbbbb"):
        folder = packs_dir(data) / name
        folder.mkdir(parents=True)
        shutil.copyfile(sample_db, folder / "content.db")
    write_pointer(data, Pointer("content-2-bbbbbbbbbbbb", "content-1-aaaaaaaaaaaa"))
    return data


def db_of(data, name):
    return packs_dir(data) / name / "content.db"


def test_damaged_active_pack_falls_back_to_the_previous_one(installed, caplog):
    damage_first_story_page(db_of(installed, "content-2-bbbbbbbbbbbb"))
    opened = open_content(installed)
    assert opened.store.path == db_of(installed, "content-1-aaaaaaaaaaaa")
    assert len(opened.store.stories("en")) == 3
    assert "previous content pack" in opened.what
    assert len(opened.skipped) == 1 and "content-2-bbbbbbbbbbbb" in opened.skipped[0]
    assert "cannot use the active content pack" in caplog.text
    opened.store.close()


def test_both_packs_damaged_fall_back_to_the_bundled_content(installed):
    for name in ("content-2-bbbbbbbbbbbb", "content-1-aaaaaaaaaaaa"):
        damage_first_story_page(db_of(installed, name))
    opened = open_content(installed)
    assert opened.what == "the bundled content" and opened.store.story_count() > 0
    assert len(opened.skipped) == 2
    opened.store.close()


def test_a_pack_damaged_while_running_is_avoided(installed):
    opened = open_content(installed, avoid=[db_of(installed, "content-2-bbbbbbbbbbbb")])
    assert "previous" in opened.what
    opened.store.close()


def test_nothing_readable_left_is_an_error_naming_each(installed, tmp_path, monkeypatch):
    from kiosk.core import locate

    bundled = tmp_path / "bundled"
    bundled.mkdir()
    shutil.copyfile(db_of(installed, "content-1-aaaaaaaaaaaa"), bundled / "content.db")
    for name in ("content-2-bbbbbbbbbbbb", "content-1-aaaaaaaaaaaa"):
        damage_first_story_page(db_of(installed, name))
    damage_first_story_page(bundled / "content.db")
    monkeypatch.setattr(locate, "bundled_database", lambda: bundled / "content.db")
    opened = open_content(installed)
    assert opened.store is None
    assert [line.split(":")[0] for line in opened.error.splitlines()] == [
        "the active content pack content-2-bbbbbbbbbbbb",
        "the previous content pack content-1-aaaaaaaaaaaa",
        "the bundled content",
    ]


def test_every_public_reader_of_the_store_is_guarded():
    """A reader added later without @_guarded would let sqlite3 errors reach the interface."""
    plain = {"close", "languages", "label"}  # no SQL of their own (label uses _label)
    readers = [
        name
        for name, member in vars(ContentStore).items()
        if callable(member) and not name.startswith("_") and name not in plain
    ]
    assert "stories" in readers and "search" in readers
    unguarded = [
        name for name in readers if not getattr(vars(ContentStore)[name], "guards_damage", False)
    ]
    assert unguarded == []


def test_an_unchanged_database_is_checked_once_a_changed_one_again(sample_db, tmp_path):
    from kiosk.content.store import VerifiedFiles

    verified = VerifiedFiles(tmp_path / "verified.json")
    checks = []
    original = ContentStore._verify

    def counting(self):
        checks.append(self.path)
        original(self)

    ContentStore._verify = counting
    try:
        ContentStore(sample_db, verified=verified).close()
        ContentStore(sample_db, verified=verified).close()
        assert checks == [sample_db]  # the second open trusted the record
        damage_first_story_page(sample_db)  # the file changed: checked again, refused
        with pytest.raises(ContentStoreError):
            ContentStore(sample_db, verified=verified)
        assert checks == [sample_db, sample_db]
    finally:
        ContentStore._verify = original


def test_the_record_of_a_checked_database_is_written_without_waiting_for_the_disk(
    sample_db, tmp_path, monkeypatch
):
    """It is written before the first frame (the first start on a data folder, a pack just
    installed): an fsync there waits behind whatever else the disk is writing; lost in a
    power cut, the record only costs the next start a check. Still replaced whole."""
    from kiosk.content.store import VerifiedFiles

    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: synced.append(fd) or real_fsync(fd))
    folder = tmp_path / "content"
    verified = VerifiedFiles(folder / "verified.json")
    ContentStore(sample_db, verified=verified).close()
    assert verified.passed(sample_db)
    assert synced == []
    assert [p.name for p in folder.iterdir()] == ["verified.json"]  # no temp file left


def test_damage_behind_a_trusted_record_is_still_caught_at_the_first_read(sample_db, tmp_path):
    """A failing disk changes no size or time: the store boundary catches it when read."""
    from kiosk.content.store import VerifiedFiles

    verified = VerifiedFiles(tmp_path / "verified.json")
    ContentStore(sample_db, verified=verified).close()
    stat = sample_db.stat()
    damage_first_story_page(sample_db)
    os.utime(sample_db, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same identity
    store = ContentStore(sample_db, verified=verified)
    assert store.stories("en") == [] and store.damage
    store.close()
