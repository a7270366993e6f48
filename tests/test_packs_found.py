"""Listing the .kpack files staff can install: watch folder and removable media, described."""

from __future__ import annotations

from kiosk.packs.found import describe_pack, find_packs, pack_folders
from kiosk.packs.reader import Trust
from tests.pack_fixtures import build_version, make_key, write_pack


def test_signed_pack_is_described_with_version_date_and_trust(tmp_path):
    key, public = make_key(tmp_path / "keys")
    pack = build_version(tmp_path, key, "3")
    found = describe_pack(pack, Trust((public,)))
    assert (found.pack_id, found.version, found.date) == ("content", "3", "2030-01-03")
    assert found.signed and found.trusted and found.problem == ""


def test_untrusted_and_unsigned_packs_say_why_they_would_be_refused(tmp_path):
    key, _public = make_key(tmp_path / "keys")
    _other, other_public = make_key(tmp_path / "keys", "other")
    pack = build_version(tmp_path, key, "2")
    untrusted = describe_pack(pack, Trust((other_public,)))
    assert untrusted.signed and not untrusted.trusted
    assert untrusted.problem == "not signed by a trusted key"
    assert untrusted.version == "2"  # still described
    assert describe_pack(pack, Trust(())).problem == "no trusted keys"
    unsigned = write_pack(tmp_path / "unsigned.kpack", {"content/a.txt": b"a"}, None)
    result = describe_pack(unsigned, Trust((other_public,)))
    assert not result.signed and result.problem == "unsigned"
    assert describe_pack(unsigned, Trust((), allow_unsigned=True)).problem == ""


def test_damaged_pack_is_listed_with_its_problem_and_file_date(tmp_path):
    bad = tmp_path / "broken.kpack"
    bad.write_bytes(b"not a zip at all")
    found = describe_pack(bad, Trust(()))
    assert "not a content pack" in found.problem
    assert found.version == "" and len(found.date) == 10


def test_find_packs_looks_in_every_folder_newest_first_and_never_fails(tmp_path):
    key, public = make_key(tmp_path / "keys")
    watch, stick = tmp_path / "watch", tmp_path / "stick"
    watch.mkdir()
    stick.mkdir()
    build_version(tmp_path, key, "1").rename(watch / "one.kpack")
    build_version(tmp_path, key, "4").rename(stick / "four.KPACK")
    (stick / "notes.txt").write_text("not a pack")
    (stick / ".hidden.kpack").write_bytes(b"")
    folders = pack_folders(watch, [stick, tmp_path / "not-mounted", watch])
    assert folders == [watch, stick, tmp_path / "not-mounted"]
    packs = find_packs(folders, Trust((public,)))
    assert [p.path.name for p in packs] == ["four.KPACK", "one.kpack"]
    assert [p.version for p in packs] == ["4", "1"]


def test_removable_media_are_looked_for_where_linux_mounts_them(monkeypatch, tmp_path):
    import kiosk.packs.found as found

    media = tmp_path / "media"
    (media / "USBSTICK").mkdir(parents=True)
    (media / "anna" / "KINGSTON").mkdir(parents=True)
    patterns = (f"{media}/*", f"{media}/*/*", f"{tmp_path}/run/media/*/*")
    monkeypatch.setattr(found, "LINUX_MOUNT_PATTERNS", patterns)
    monkeypatch.setattr(found.sys, "platform", "linux")
    folders = found.removable_folders()
    assert media / "USBSTICK" in folders
    assert media / "anna" / "KINGSTON" in folders
    assert pack_folders(None) == folders
