"""Content files are regular files inside the content folder, and within sizes the kiosk
handles: links that dangle, loop, leave the folder or name a folder are problems with
their path; long texts and large images are warned about; large images are scaled at build."""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
import zlib
from pathlib import Path

import pytest

from kiosk.cli.commands import main
from kiosk.content.build import build_database
from kiosk.content.images import KIOSK_MAX_PX, image_size
from kiosk.content.sources import STORY_TEXT_WARN_BYTES, read_tree

STORY = "stories/2012-07-04-cambodia"  # en, fr, ru and zh texts


def problems(src: Path, severity: str = "error") -> list[str]:
    _, log = read_tree(src)
    return [str(p) for p in log.problems if p.severity == severity]


def test_a_dangling_text_link_is_a_problem_not_a_crash(sample_src, capsys):
    link = sample_src / STORY / "fr.md"
    link.unlink()
    link.symlink_to(sample_src / "nowhere.md")
    assert [p for p in problems(sample_src) if "symbolic link" in p] == [
        f"{link}: symbolic link to a missing file ({sample_src / 'nowhere.md'}): not used"
    ]
    assert main(["content", "check", str(sample_src)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and f"{link}: symbolic link to a missing file" in err


def test_a_link_loop_is_a_problem(sample_src):
    loop = sample_src / STORY / "ru.md"
    other = sample_src / STORY / "loop.md"
    loop.unlink()
    loop.symlink_to(other)
    other.symlink_to(loop)
    found = problems(sample_src)
    assert f"{loop}: symbolic link loop ({other}): not used" in found
    assert f"{other}: symbolic link loop ({loop}): not used" in found


def test_a_link_out_of_the_content_folder_is_never_followed(sample_src, tmp_path):
    outside = tmp_path / "secret.md"
    outside.write_text("# Secret\n\nNot content.\n", encoding="utf-8")
    link = sample_src / STORY / "zh.md"
    link.unlink()
    link.symlink_to(outside)
    assert f"{link}: symbolic link leaves the content folder (to {outside})" in problems(sample_src)
    tree, _ = read_tree(sample_src)
    story = next(s for s in tree.stories if s.folder.name == "2012-07-04-cambodia")
    assert "zh" not in story.texts and "en" in story.texts


def test_a_link_to_a_file_inside_is_used_with_a_warning(sample_src):
    link = sample_src / STORY / "zh.md"
    target = sample_src / STORY / "zh.txt"
    link.rename(target)
    link.symlink_to(target.name)
    assert problems(sample_src) == []
    assert [p for p in problems(sample_src, "warning") if "symbolic link" in p] == [
        f"{link}: warning: symbolic link to {target.resolve()}: used; a copy of the file is safer"
    ]


def test_a_chain_of_linked_story_folders_is_reported_once_each_and_never_duplicated(sample_src):
    """The issue's case: 45 chained links became 40 duplicate stories, 5 silently dropped."""
    stories = sample_src / "stories"
    previous = stories / "2011-09-09-queretaro"
    links = []
    for n in range(45):
        link = stories / f"2011-09-09-copy-{n:02d}"
        link.symlink_to(previous.name)
        links.append(link)
        previous = link
    tree, log = read_tree(sample_src)
    assert len(tree.stories) == 3  # no duplicates
    reported = {p.path for p in log.errors if "symbolic link to the folder" in p.message}
    assert reported == set(links)  # every link, those past the system's 40-link limit too
    assert not links[-1].is_dir()  # the system itself no longer follows the last ones


def test_a_linked_media_file_leaving_the_media_folder_is_refused(sample_src, tmp_path):
    media = sample_src.parent / "media"
    pdf = next(media.rglob("*.pdf"))
    outside = tmp_path / "elsewhere.pdf"
    shutil.copyfile(pdf, outside)
    pdf.unlink()
    pdf.symlink_to(outside)
    found = problems(sample_src)
    assert f"{pdf}: symbolic link leaves the content folder (to {outside})" in found
    assert any("is a symbolic link that is not used" in p for p in found)


def test_a_long_story_is_warned_about_and_a_huge_one_refused(sample_src):
    path = sample_src / STORY / "en.md"
    paragraph = "Mexico became the first country to adopt the Blue Heart campaign. " * 20
    path.write_text("# Long\n\n" + (paragraph + "\n\n") * 120, encoding="utf-8")
    assert os.path.getsize(path) > STORY_TEXT_WARN_BYTES
    warned = [
        p for p in problems(sample_src, "warning") if p.startswith(f"{path}: warning: long text")
    ]
    assert len(warned) == 1 and "KB" in warned[0]
    assert problems(sample_src) == []
    path.write_text("# Huge\n\n" + "word " * 500_000, encoding="utf-8")
    assert any(p.startswith(f"{path}: the text is") for p in problems(sample_src))


def png(width: int, height: int) -> bytes:
    """A valid, small (zlib-compressed) grey PNG of any size."""
    raw = zlib.compress(b"".join(b"\0" + b"\x80" * width for _ in range(height)), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def test_image_size_reads_png_jpeg_gif_webp_headers(tmp_path):
    from PySide6.QtGui import QImage

    (tmp_path / "a.png").write_bytes(png(321, 123))
    assert image_size(tmp_path / "a.png") == (321, 123)
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    for fmt in ("JPEG", "GIF", "WEBP"):
        path = tmp_path / f"a.{fmt.lower()}"
        if image.save(str(path), fmt):
            assert image_size(path) == (640, 480), fmt
        else:
            assert fmt != "JPEG", "Qt must write JPEG"
    (tmp_path / "x.png").write_bytes(b"not an image")
    assert image_size(tmp_path / "x.png") is None


def test_a_huge_image_is_warned_about_and_stored_scaled(sample_src):
    folder = sample_src / STORY
    (folder / "cover.png").write_bytes(png(6000, 4500))
    toml = folder / "story.toml"
    toml.write_text('image = "cover.png"\n' + toml.read_text(encoding="utf-8"), encoding="utf-8")
    warned = [p for p in problems(sample_src, "warning") if "cover.png is 6000x4500" in p]
    assert len(warned) == 1 and warned[0].startswith(f"{toml}:1: warning: image:")
    db = sample_src.parent / "content.db"
    build_database(sample_src, db)
    stored = (
        sqlite3.connect(db)
        .execute("SELECT image FROM stories WHERE id = '2012-07-04-cambodia'")
        .fetchone()[0]
    )
    copy = db.parent / stored
    assert copy.parent == db.parent / "content-images"
    assert image_size(copy) == (KIOSK_MAX_PX, KIOSK_MAX_PX * 3 // 4)
    first = copy.stat().st_mtime_ns
    build_database(sample_src, db)  # an unchanged image is not scaled again
    assert copy.stat().st_mtime_ns == first
    (folder / "cover.png").write_bytes(png(800, 600))  # small now: the source is stored
    build_database(sample_src, db)
    assert not copy.exists()


@pytest.mark.parametrize("name", ["story.toml", "en.md"])
def test_an_unreadable_file_is_a_problem_not_a_crash(sample_src, name):
    path = sample_src / STORY / name
    path.unlink()
    path.mkdir()  # reading it fails with IsADirectoryError
    if name == "en.md":
        assert any(p.startswith(f"{path}: cannot read the file") for p in problems(sample_src))


def test_a_refused_build_says_whether_a_database_was_there(sample_src, tmp_path, capsys):
    (sample_src / STORY / "story.toml").write_text("date = oops\n", encoding="utf-8")
    new = tmp_path / "new.db"
    assert main(["content", "build", str(sample_src), "-o", str(new)]) == 1
    assert "; no database was written" in capsys.readouterr().err and not new.exists()
    new.write_bytes(b"old")
    assert main(["content", "build", str(sample_src), "-o", str(new)]) == 1
    assert f"; {new} was not changed" in capsys.readouterr().err
    assert new.read_bytes() == b"old"


def test_a_direction_override_in_a_title_is_warned_about(sample_src):
    path = sample_src / STORY / "en.md"
    text = path.read_text(encoding="utf-8").replace("# ", "# \u202eevil ", 1)
    path.write_text(text, encoding="utf-8")
    warned = [p for p in problems(sample_src, "warning") if "text-direction" in p]
    assert warned == [
        f"{path}:1: warning: the title holds invisible text-direction controls (U+202E): "
        "the characters after them show reordered; remove them"
    ]
