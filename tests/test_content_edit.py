"""The studio's Qt-free editing of a content folder: tomlkit edits, texts, undo, problems."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from kiosk.content.edit import (
    RESOURCES,
    STORIES,
    ContentFolder,
    EditError,
    field_of,
    replace_text,
    slug_words,
    split_text,
)
from kiosk.content.sources import read_tree


def _files(root):
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_set_value_keeps_comments_order_and_other_files(sample_src):
    story = sample_src / "stories" / "2011-09-09-queretaro" / "story.toml"
    story.write_text(
        "# A caption that was removed\ndate = 2011-09-09   # first published\n"
        'tags = [ "children" ]\n',
        encoding="utf-8",
    )
    before = _files(sample_src)
    folder = ContentFolder(sample_src)
    assert folder.set_value(STORIES, "2011-09-09-queretaro", "country", "KH")
    assert story.read_text(encoding="utf-8") == (
        "# A caption that was removed\ndate = 2011-09-09   # first published\n"
        'country = "KH"\ntags = [ "children" ]\n'
    )
    after = _files(sample_src)
    changed = {name for name in after if after[name] != before.get(name)}
    assert changed == {"stories/2011-09-09-queretaro/story.toml"}  # nothing else rewritten


def test_setting_the_same_value_writes_nothing(sample_src):
    folder = ContentFolder(sample_src)
    slug = "2012-07-04-cambodia"
    assert not folder.set_value(STORIES, slug, "country", "KH")
    assert not folder.set_value(STORIES, slug, "tags", ["children", "trust-fund"])
    assert not folder.set_value(STORIES, slug, "image", None)
    assert not folder.set_value(STORIES, slug, "sensitive", True)
    assert folder.set_value(STORIES, slug, "sensitive", False)
    assert folder.story(slug).data["sensitive"] is False


def test_table_values_are_added_and_an_emptied_table_removed(sample_src):
    folder = ContentFolder(sample_src)
    slug = "2011-09-09-queretaro"
    folder.set_text(STORIES, slug, "ar", "كويريتارو", "نص")
    folder.set_value(STORIES, slug, "ar", "Hope NGO", table="translated_by")
    path = sample_src / "stories" / slug / "story.toml"
    assert path.read_text(encoding="utf-8").endswith('\n[translated_by]\nar = "Hope NGO"\n')
    assert folder.story(slug).translated_by == {"ar": "Hope NGO"}
    folder.remove_text(STORIES, slug, "ar")
    assert path.read_text(encoding="utf-8") == 'date = 2011-09-09\ntags = ["children"]\n'
    assert "ar" not in folder.story(slug).texts


def test_replace_text_keeps_the_body_verbatim_when_only_the_title_changes():
    raw = "\n# Old title\n\nFirst  paragraph,\nwrapped by hand.\n\n\nSecond.\n"
    assert replace_text(raw, "Old title", "First  paragraph,\nwrapped by hand.\n\n\nSecond.") == raw
    assert replace_text(raw, "New title", split_text(raw).body) == raw.replace("Old", "New")
    assert replace_text(raw, "T", "Body.") == "\n# T\n\nBody.\n"
    assert replace_text(None, "Titre", "Texte.\n") == "# Titre\n\nTexte.\n"


def test_empty_title_is_written_and_reported_on_the_title_field(sample_src):
    folder = ContentFolder(sample_src)
    folder.set_text(STORIES, "2011-09-09-queretaro", "fr", "", "Le texte.")
    assert folder.story("2011-09-09-queretaro").texts["fr"].title == ""
    _tree, log = folder.check()
    placed = [field_of(p, sample_src) for p in log.errors]
    assert [(p.kind, p.name, p.field) for p in placed] == [
        (STORIES, "2011-09-09-queretaro", "text.fr.title")
    ]
    assert placed[0].where == "stories/2011-09-09-queretaro/fr.md:1"
    folder.set_text(STORIES, "2011-09-09-queretaro", "fr", "Querétaro", "Le texte.")
    assert not folder.check()[1].errors


def test_toml_problems_are_placed_on_their_key(sample_src):
    path = sample_src / "stories" / "2012-07-04-cambodia" / "story.toml"
    text = path.read_text(encoding="utf-8").replace("sensitive = true", 'sensitive = "yes"')
    path.write_text(text + '\n[translated_by]\nes = "Hope"\n', encoding="utf-8")
    _tree, log = read_tree(sample_src)
    fields = sorted(field_of(p, sample_src).field for p in log.errors)
    assert fields == ["sensitive", "translated_by.es"]


def test_add_story_is_what_a_person_would_write(sample_src):
    folder = ContentFolder(sample_src)
    slug = folder.add_story(dt.date(2026, 11, 30), "fr", "Une aide à Genève !", "Un texte.")
    assert slug == "2026-11-30-une-aide-a-geneve"
    assert (sample_src / "stories" / slug / "story.toml").read_text() == (
        "date = 2026-11-30\ntags = []\n"
    )
    assert (sample_src / "stories" / slug / "fr.md").read_text() == (
        "# Une aide à Genève !\n\nUn texte.\n"
    )
    assert folder.add_story(dt.date(2026, 11, 30), "ar", "قصة", "") == "2026-11-30-story"
    assert folder.add_story(dt.date(2026, 11, 30), "fr", "Une aide à Genève !") == (
        "2026-11-30-une-aide-a-geneve-2"
    )


def test_delete_and_restore_bring_every_file_back(sample_src):
    folder = ContentFolder(sample_src)
    before = _files(sample_src)
    saved = folder.delete(STORIES, "2012-07-04-cambodia")
    assert "2012-07-04-cambodia" not in folder.story_slugs()
    folder.restore(saved)
    assert _files(sample_src) == before
    with pytest.raises(EditError):
        folder.restore(saved)


def test_duplicate_and_reorder_resources(sample_src):
    folder = ContentFolder(sample_src)
    copy = folder.duplicate(RESOURCES, "trust-fund")
    assert copy == "trust-fund-copy"
    folder.reorder_resources(["trust-fund", "first-aid-kit", copy])
    assert [r.id for r in folder.resources()] == ["trust-fund", "first-aid-kit", copy]
    text = (sample_src / "resources" / "first-aid-kit" / "resource.toml").read_text()
    assert text.startswith('kind = "document"\norder = 2\nicon = "fa5s.first-aid"\n')


def test_imported_media_is_copied_and_checks(sample_src, tmp_path):
    folder = ContentFolder(sample_src)
    outside = tmp_path / "Mon Document (final).PDF"
    outside.write_bytes(b"%PDF-1.4 es\n")
    value = folder.import_media("first-aid-kit", outside)
    assert value == "first-aid-kit/mon-document-final.pdf"
    folder.set_value(RESOURCES, "first-aid-kit", "es", value, table="files")
    tree, log = folder.check()
    assert not log.errors
    kit = next(r for r in tree.resources if r.id == "first-aid-kit")
    assert kit.files["es"].read_bytes() == b"%PDF-1.4 es\n"


def test_slug_words():
    assert (
        slug_words("Cambodge : le fonds soutient les ONG") == "cambodge-le-fonds-soutient-les-ong"
    )
    assert slug_words("柬埔寨") == ""


def test_studio_files_pass_kiosk_content_check(sample_src):
    folder = ContentFolder(sample_src)
    slug = folder.add_story(dt.date(2026, 1, 2), "fr", "Nouvelle", "Texte.")
    folder.set_value(STORIES, slug, "tags", ["children"])
    folder.set_value(STORIES, slug, "country", "KH")
    out = subprocess.run(
        [sys.executable, "-m", "kiosk", "content", "check", str(sample_src)],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    assert "4 stories" in out.stdout


def test_the_item_check_finds_what_the_whole_check_finds_there(sample_src):
    story = sample_src / "stories" / "2012-07-04-cambodia"
    text = (story / "story.toml").read_text(encoding="utf-8")
    (story / "story.toml").write_text(text.replace('country = "KH"', 'country = "Cambodia"'))
    (story / "es.md").write_text("sin título\n", encoding="utf-8")
    resource = sample_src / "resources" / "trust-fund" / "resource.toml"
    resource.write_text(resource.read_text().replace("https://", "ftp://"))
    folder = ContentFolder(sample_src)
    _tree, log = folder.check()
    for kind, name in ((STORIES, "2012-07-04-cambodia"), (RESOURCES, "trust-fund")):
        whole = sorted(p for p in log.problems if f"/{name}/" in str(p.path))
        assert whole and sorted(folder.check_item(kind, name).problems) == whole
    assert folder.check_item(STORIES, "2011-09-09-queretaro").problems == []
