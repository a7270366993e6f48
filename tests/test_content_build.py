"""`kiosk content build`: atomic, complete, reproducible databases."""

from __future__ import annotations

import json
import sqlite3

import pytest
import sqlite_utils

from kiosk.cli.commands import main
from kiosk.content.build import build_database, file_sha256
from kiosk.content.problems import ContentError
from kiosk.content.schema import SCHEMA_VERSION


def test_tables_follow_the_documented_schema(sample_db):
    db = sqlite_utils.Database(sample_db)
    assert {"languages", "stories", "story_texts", "resources", "resource_texts"} <= set(
        db.table_names()
    )
    assert [row["code"] for row in db["languages"].rows_where(order_by="position")] == [
        "en", "fr", "es", "ru", "ar", "zh",
    ]  # fmt: skip
    assert db["languages"].get("ar")["direction"] == "rtl"
    story = db["stories"].get("2012-07-04-cambodia")
    assert story["date"] == "2012-07-04"
    assert json.loads(story["tags"]) == ["children", "trust-fund"]
    assert story["credit"] == "UNODC"
    assert story["sensitive"] == 1
    langs = [
        r["lang"] for r in db["story_texts"].rows_where("story_id = ?", ["2012-07-04-cambodia"])
    ]
    assert sorted(langs) == ["en", "fr", "ru", "zh"]
    meta = {row["key"]: row["value"] for row in db["meta"].rows}
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    assert len(meta["content_hash"]) == 64
    assert db["story_texts_fts"].exists()


def test_media_files_are_recorded_with_hash_and_size(sample_src, sample_db):
    db = sqlite_utils.Database(sample_db)
    row = db["resource_files"].get(("first-aid-kit", "fr", "file"))
    media = sample_src.parent / "media/kit/kit.fr.pdf"
    assert row["path"] == "media/kit/kit.fr.pdf"
    assert row["sha256"] == file_sha256(media)
    assert row["bytes"] == media.stat().st_size


def test_same_sources_same_content_hash(sample_src, tmp_path):
    first = build_database(sample_src, tmp_path / "a.db").content_hash
    second = build_database(sample_src, tmp_path / "b.db").content_hash
    assert first == second
    (sample_src / "stories/2011-09-09-queretaro/en.md").write_text("# Changed\n\nText.\n")
    assert build_database(sample_src, tmp_path / "c.db").content_hash != first


def test_failed_build_leaves_previous_database_byte_identical(sample_src, sample_db, capsys):
    before = sample_db.read_bytes()
    (sample_src / "stories/2011-09-09-queretaro/story.toml").write_text('date = "soon"\n')
    assert main(["content", "build", str(sample_src), "-o", str(sample_db)]) == 1
    err = capsys.readouterr().err
    assert "2011-09-09-queretaro/story.toml:1: 'date' must be a TOML date" in err
    assert "was not changed" in err
    assert sample_db.read_bytes() == before
    assert [p.name for p in sample_db.parent.iterdir() if p.suffix == ".tmp"] == []


def test_build_raises_content_error_listing_every_problem(sample_src, tmp_path):
    (sample_src / "stories/2011-09-09-queretaro/story.toml").write_text("x = 1\n")
    (sample_src / "stories/2012-03-30-osce-review/fr.md").write_text("")
    with pytest.raises(ContentError) as error:
        build_database(sample_src, tmp_path / "out.db")
    assert len(error.value.problems) == 2
    assert not (tmp_path / "out.db").exists()


def test_build_command_reports_counts(sample_src, tmp_path, capsys):
    out = tmp_path / "new.db"
    assert main(["content", "build", str(sample_src), "-o", str(out)]) == 0
    assert "3 stories (6 texts), 2 resources, 2 media files" in capsys.readouterr().out
    sqlite3.connect(out).execute("PRAGMA integrity_check").fetchone()


def test_markup_is_stored_as_text(sample_db):
    db = sqlite_utils.Database(sample_db)
    body = db["story_texts"].get(("2012-03-30-osce-review", "fr"))["body"]
    assert "<script>alert(1)</script>" in body


def test_report_shows_items_by_language(sample_db, capsys):
    assert main(["content", "report", "--db", str(sample_db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["item", "en", "fr", "es", "ru", "ar", "zh"]
    cambodia = next(line for line in out if "2012-07-04-cambodia" in line)
    assert cambodia.split()[2:] == ["✓", "✓", "·", "✓", "·", "✓"]
    assert out[-1].startswith("total (5 items)")
