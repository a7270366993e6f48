"""Every attack on a content pack is refused with a clear message and the content unchanged."""

from __future__ import annotations

import json
import shutil
import struct
import warnings
import zipfile
from pathlib import Path

import pytest

from kiosk.packs.active import active_database
from kiosk.packs.atomic_install import install_pack
from kiosk.packs.errors import PackError
from kiosk.packs.layout import packs_dir, pointer_path
from kiosk.packs.limits import PackLimits
from kiosk.packs.reader import PackReader, Trust
from tests.pack_fixtures import (
    build_version,
    make_key,
    manifest_for,
    manifest_of,
    pack_entries,
    trust,
    write_pack,
)


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    folder = tmp_path_factory.mktemp("keys")
    good, public = make_key(folder, "good")
    other, _ = make_key(folder, "other")
    return good, public, other


@pytest.fixture(scope="module")
def good_pack(tmp_path_factory, keys):
    return build_version(tmp_path_factory.mktemp("packs"), keys[0], "2")


@pytest.fixture(scope="module")
def installed_template(tmp_path_factory, keys):
    folder = tmp_path_factory.mktemp("installed")
    install_pack(build_version(folder, keys[0], "1"), folder / "data", trust(keys[1]))
    return folder / "data"


@pytest.fixture
def kiosk(tmp_path, keys, installed_template):
    """A data folder with version 1 installed; `refuses()` also checks that nothing moved."""
    data = tmp_path / "data"
    shutil.copytree(installed_template, data)
    before_pointer = pointer_path(data).read_bytes()
    before_folders = sorted(p.name for p in packs_dir(data).iterdir())
    before_db = active_database(data)
    assert before_db is not None

    class Kiosk:
        data_dir = data

        @staticmethod
        def refuses(pack: Path, match: str, **options) -> PackError:
            with pytest.raises(PackError, match=match) as caught:
                install_pack(pack, data, options.pop("trust", trust(keys[1])), **options)
            assert pointer_path(data).read_bytes() == before_pointer
            assert sorted(p.name for p in packs_dir(data).iterdir()) == before_folders
            assert active_database(data) == before_db
            return caught.value

    return Kiosk


def test_tampered_file_hash_mismatch(kiosk, good_pack, keys, tmp_path):
    files = pack_entries(good_pack)
    name = "content/languages.toml"
    data = bytearray(files[name])
    data[-2] ^= 0x01  # same size, one bit changed
    files[name] = bytes(data)
    manifest = json.dumps(manifest_of(good_pack)).encode()
    bad = write_pack(tmp_path / "bad.kpack", files, keys[0], manifest)
    error = kiosk.refuses(bad, "sha256 mismatch")
    assert name in str(error)


def test_tampered_manifest_fails_the_signature(kiosk, good_pack, keys, tmp_path):
    files = pack_entries(good_pack)
    honest = json.dumps(manifest_of(good_pack)).encode()
    from kiosk.packs.signing import load_private_key, sign

    signature = sign(load_private_key(keys[0]), honest)
    changed = manifest_of(good_pack) | {"version": "666"}
    bad = write_pack(
        tmp_path / "bad.kpack", files, None, json.dumps(changed).encode(), signature=signature
    )
    kiosk.refuses(bad, "signature check failed: the manifest was changed")


def test_wrong_key(kiosk, good_pack, keys, tmp_path):
    files = pack_entries(good_pack)
    bad = write_pack(tmp_path / "bad.kpack", files, keys[2], manifest_of(good_pack))
    kiosk.refuses(bad, "not in trusted_keys")


def test_no_trusted_keys_configured(kiosk, good_pack):
    kiosk.refuses(good_pack, "no trusted keys are configured", trust=Trust(()))


def test_unsigned_refused_unless_allowed(kiosk, good_pack, tmp_path):
    files = pack_entries(good_pack)
    bad = write_pack(tmp_path / "unsigned.kpack", files, None, manifest_of(good_pack))
    kiosk.refuses(bad, "unsigned pack refused")
    result = install_pack(bad, kiosk.data_dir, Trust((), allow_unsigned=True))
    assert active_database(kiosk.data_dir) == result.database


@pytest.mark.parametrize(
    "name", ["../evil.txt", "content/../../evil.txt", "/tmp/evil.txt", "C:/evil.txt"]
)
def test_zip_slip(kiosk, good_pack, keys, tmp_path, name):
    files = pack_entries(good_pack) | {name: b"owned"}
    bad = write_pack(tmp_path / "slip.kpack", files, keys[0])
    error = kiosk.refuses(bad, "unsafe name")
    assert "absolute" in str(error) or ".." in str(error)
    assert not (tmp_path / "evil.txt").exists() and not Path("/tmp/evil.txt").exists()


def test_symlink(kiosk, good_pack, keys, tmp_path):
    files = pack_entries(good_pack) | {"media/link": b"/etc/passwd"}
    bad = write_pack(tmp_path / "link.kpack", files, keys[0], modes={"media/link": 0o120777 << 16})
    kiosk.refuses(bad, "symbolic link")


def test_duplicate_names(kiosk, good_pack, keys, tmp_path):
    files = pack_entries(good_pack)
    bad = write_pack(tmp_path / "dup.kpack", files, keys[0])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate it writes
        with zipfile.ZipFile(bad, "a") as archive:
            archive.writestr("content/languages.toml", b"[[language]]\n")
    kiosk.refuses(bad, "appears twice")


def test_bomb_declared_size_over_the_limit(kiosk, good_pack, keys, tmp_path):
    files = pack_entries(good_pack)
    manifest = manifest_of(good_pack)
    manifest["files"][0]["size"] = 3 * 1024**3
    bad = write_pack(tmp_path / "bomb.kpack", files, keys[0], manifest)
    kiosk.refuses(bad, "limit .* possible zip bomb")


def test_bomb_actual_size_over_the_limit(kiosk, good_pack, keys, tmp_path):
    files = pack_entries(good_pack) | {"media/zeros.bin": bytes(4 * 1024 * 1024)}
    bad = write_pack(tmp_path / "bomb.kpack", files, keys[0])
    assert bad.stat().st_size < 100_000  # 4 MB of zeros compress to almost nothing
    kiosk.refuses(bad, "possible zip bomb", limits=PackLimits(max_total_bytes=1024 * 1024))


def test_bomb_with_a_lying_size_header_is_read_bounded(kiosk, good_pack, keys, tmp_path):
    """Header and manifest say 10 bytes; the data inflates to 4 MB: reading stops early."""
    name = "media/zeros.bin"
    small = bytes(10)
    files = pack_entries(good_pack) | {name: bytes(4 * 1024 * 1024)}
    manifest = manifest_for({**files, name: small})
    bad = write_pack(tmp_path / "liar.kpack", files, keys[0], manifest)
    _patch_uncompressed_size(bad, name, 10)
    with zipfile.ZipFile(bad) as archive:
        assert archive.getinfo(name).file_size == 10  # the lie is in place
    kiosk.refuses(bad, f"{name}: (larger than|damaged zip data|sha256 mismatch)")


def test_missing_file(kiosk, good_pack, keys, tmp_path):
    files = pack_entries(good_pack)
    manifest = manifest_for(files)
    del files["content/languages.toml"]
    bad = write_pack(tmp_path / "missing.kpack", files, keys[0], manifest)
    kiosk.refuses(bad, "in the manifest but missing: content/languages.toml")


def test_extra_file(kiosk, good_pack, keys, tmp_path):
    files = pack_entries(good_pack)
    manifest = manifest_for(files)
    files["content/stories/extra.md"] = b"# sneaked in\n"
    bad = write_pack(tmp_path / "extra.kpack", files, keys[0], manifest)
    kiosk.refuses(bad, "files not in the manifest: content/stories/extra.md")


def test_wrong_schema_version(kiosk, good_pack, keys, tmp_path):
    files = pack_entries(good_pack)
    bad = write_pack(
        tmp_path / "schema.kpack", files, keys[0], manifest_for(files, schema_version=99)
    )
    kiosk.refuses(bad, "schema version 99; this program reads version 1")


def test_not_a_zip(kiosk, tmp_path):
    bad = tmp_path / "junk.kpack"
    bad.write_bytes(b"PK\x03\x04 truncated")
    kiosk.refuses(bad, "not a readable zip")


def test_signed_but_invalid_content(kiosk, good_pack, keys, tmp_path):
    files = pack_entries(good_pack)
    files["content/languages.toml"] = b"this is = not [valid toml\n"
    bad = write_pack(tmp_path / "invalid.kpack", files, keys[0])
    kiosk.refuses(bad, "does not pass `kiosk content check`")


def test_verify_reports_the_good_pack(good_pack, keys):
    with PackReader(good_pack, trust(keys[1])) as reader:
        reader.verify_all()
        assert reader.signer == keys[1]
        assert reader.manifest.version == "2"


def _patch_uncompressed_size(path: Path, name: str, size: int) -> None:
    """Rewrite the uncompressed size of `name` in its local and central headers."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    offset = 0
    while True:
        central = data.find(b"PK\x01\x02", offset)
        assert central != -1
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46 : central + 46 + name_len]) == encoded:
            break
        offset = central + 4
    struct.pack_into("<I", data, central + 24, size)
    local = struct.unpack_from("<I", data, central + 42)[0]
    struct.pack_into("<I", data, local + 22, size)
    path.write_bytes(bytes(data))
