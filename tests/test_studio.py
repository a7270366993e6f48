"""The content studio driven as NGO staff use it: write, translate, check, preview, publish."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kiosk.content.edit import STORIES, ContentFolder
from kiosk.content.store import ContentStore
from kiosk.i18n import InterfaceLanguage
from kiosk.packs.active import active_database
from kiosk.studio.profile import StudioProfile
from kiosk.studio.window import StudioWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")

ORGANISATION = "Association Espoir"


def _files(root):
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def language(qapp):
    language = InterfaceLanguage(qapp, qapp)
    language.switch("en")
    yield language
    language.uninstall()


@pytest.fixture
def studio(qtbot, sample_src, tmp_path, language):
    window = StudioWindow(ContentFolder(sample_src), StudioProfile(tmp_path / "profile"), language)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _type(qtbot, widget, text: str) -> None:
    """Type as a person does: keys for ASCII, the input method for accents, Arabic, Chinese."""
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


def _retype(qtbot, line, text: str) -> None:
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    _type(qtbot, line, text)


def _add_french_story(qtbot, studio) -> str:
    studio.new_story_action.trigger()
    dialog = studio.dialog
    _choose(dialog.language, "fr")
    _type(qtbot, dialog.title, "Une ligne d'aide pour les enfants")
    dialog.date.setDate(QDate(2026, 11, 30))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    slug = "2026-11-30-une-ligne-d-aide-pour-les-enfants"
    qtbot.waitUntil(lambda: studio.story_editor.slug == slug)
    return slug


def test_staff_write_translate_check_and_publish(qtbot, studio, sample_src, tmp_path):
    untouched = _files(sample_src)
    slug = _add_french_story(qtbot, studio)
    editor = studio.story_editor
    assert studio.story_list.current() == slug
    source, target = editor.source_pane, editor.target_pane
    assert source.lang == "fr" and source.title.text() == "Une ligne d'aide pour les enfants"
    _type(qtbot, source.body, "Un numéro gratuit répond jour et nuit.")
    folder = sample_src / "stories" / slug
    qtbot.waitUntil(lambda: "jour et nuit" in (folder / "fr.md").read_text(encoding="utf-8"))

    # Arabic: missing (never filled in), then written right to left, marked as our translation.
    _choose(target.language_box, "ar")
    assert target.pages.currentIndex() == 1 and not target.exists
    assert "Arabic" in target.missing_text.text()
    qtbot.mouseClick(target.add_button, Qt.MouseButton.LeftButton)
    assert target.exists
    assert target.title.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert target.body.layoutDirection() == Qt.LayoutDirection.RightToLeft
    _type(qtbot, target.title, "خط مساعدة للأطفال")
    _type(qtbot, target.body, "رقم مجاني يجيب ليلا ونهارا.")
    target.mark.setChecked(True)
    _retype(qtbot, target.organisation, ORGANISATION)
    qtbot.keyClick(target.organisation, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "ليلا ونهارا" in (folder / "ar.md").read_text(encoding="utf-8"))
    # The live preview is the story page itself, in Arabic, saying who translated it.
    assert editor.preview.title.text() == "خط مساعدة للأطفال"
    assert editor.preview.fallback.text() == f"Translated by {ORGANISATION}"
    assert editor.preview.layoutDirection() == Qt.LayoutDirection.RightToLeft

    # Country and topic as form controls.
    _choose(editor.country, "KH")
    qtbot.mouseClick(editor.topics.chips["children"], Qt.MouseButton.LeftButton)

    # An empty title is a problem beside the field, with file:line; publishing waits for it.
    source.title.setFocus()
    source.title.selectAll()
    qtbot.keyClick(source.title, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: source.title_problem.isVisible(), timeout=3000)
    assert f"{slug}/fr.md:1" in source.title_problem.text()
    assert not studio.publish_action.isEnabled()
    assert any(
        slug in studio.story_list.tree.topLevelItem(i).toolTip(0)
        and studio.story_list.tree.topLevelItem(i).text(0).startswith("⚠")
        for i in range(studio.story_list.tree.topLevelItemCount())
    )
    _type(qtbot, source.title, "Une ligne d'aide pour les enfants")
    qtbot.waitUntil(lambda: not source.title_problem.isVisible(), timeout=3000)
    assert studio.publish_action.isEnabled()

    # Files as a person writes them, untouched files byte for byte the same.
    assert (folder / "story.toml").read_text(encoding="utf-8") == (
        'date = 2026-11-30\ncountry = "KH"\ntags = ["children"]\n\n'
        f'[translated_by]\nar = "{ORGANISATION}"\n'
    )
    assert (folder / "fr.md").read_text(encoding="utf-8") == (
        "# Une ligne d'aide pour les enfants\n\nUn numéro gratuit répond jour et nuit.\n"
    )
    assert (folder / "ar.md").read_text(encoding="utf-8") == (
        "# خط مساعدة للأطفال\n\nرقم مجاني يجيب ليلا ونهارا.\n"
    )
    after = _files(sample_src)
    assert {name for name in after if after[name] != untouched.get(name)} == {
        f"stories/{slug}/{name}" for name in ("story.toml", "fr.md", "ar.md")
    }
    check = subprocess.run(
        [sys.executable, "-m", "kiosk", "content", "check", str(sample_src)],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stderr

    # Publish: the key is made on first use; the pack is signed with it.
    dialog = studio.ask_publish()
    out = tmp_path / "usb"
    out.mkdir()
    dialog.destination.setCurrentText(str(out))
    dialog.version.setText("2026.11.30")
    dialog.notes.setPlainText("New helpline story, in French and Arabic.")
    with qtbot.waitSignal(dialog.published, timeout=20000):
        qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    pack = out / "content-2026.11.30.kpack"
    assert pack.is_file() and dialog.progress.value() == 100
    public = studio.profile.public_key()
    assert dialog.key_box.public.text() == public
    assert "New helpline story" in (out / "content-2026.11.30.kpack.txt").read_text()

    # Install it as the kiosk operator does, and find the story in both languages.
    data = tmp_path / "kiosk-data"
    config = tmp_path / "settings.toml"
    config.write_text(f'data_dir = "{data}"\ntrusted_keys = ["{public}"]\n', encoding="utf-8")
    install = subprocess.run(
        [sys.executable, "-m", "kiosk", "pack", "install", str(pack), "--config", str(config)],
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stderr
    store = ContentStore(active_database(data))
    try:
        french, arabic = store.story(slug, "fr"), store.story(slug, "ar")
        assert french.shown.lang == "fr" and french.title == "Une ligne d'aide pour les enfants"
        assert french.translated_by is None
        assert arabic.shown.lang == "ar" and arabic.title == "خط مساعدة للأطفال"
        assert arabic.translated_by == ORGANISATION
        assert arabic.country == "KH" and arabic.tags == ("children",)
    finally:
        store.close()


def test_publishing_is_refused_while_a_problem_remains(qtbot, studio, sample_src):
    (sample_src / "stories" / "2011-09-09-queretaro" / "en.md").write_text("no title\n")
    studio.run_check()
    assert studio.errors == 1 and not studio.publish_action.isEnabled()
    assert studio.ask_publish() is None
    assert "Problems to fix before publishing: 1" in studio.problem_summary.text()
    assert "en.md:1" in studio.problem_list.item(0).text()


def test_delete_duplicate_and_undo(qtbot, studio, sample_src):
    before = _files(sample_src)
    studio.select(STORIES, "2012-07-04-cambodia")
    studio.duplicate_action.trigger()
    assert studio.story_editor.slug == "2012-07-04-cambodia-copy"
    assert (sample_src / "stories" / "2012-07-04-cambodia-copy" / "en.md").is_file()
    studio.delete_action.trigger()
    studio.select(STORIES, "2012-07-04-cambodia")
    studio.delete_action.trigger()
    assert "2012-07-04-cambodia" not in studio.story_list.names()
    studio.undo_action.trigger()
    assert studio.story_editor.slug == "2012-07-04-cambodia"
    studio.undo_action.trigger()
    studio.undo_action.trigger()
    assert _files(sample_src) == before
    studio.redo_action.trigger()
    assert "2012-07-04-cambodia-copy" in studio.story_list.names()


def test_lists_search_and_show_which_languages_exist(qtbot, studio):
    stories = studio.story_list
    assert stories.names()[0] == "2012-07-04-cambodia"  # newest first
    _type(qtbot, stories.search, "柬埔寨")
    assert stories.visible_names() == ["2012-07-04-cambodia"]
    row = stories.tree.topLevelItem(stories.names().index("2012-07-04-cambodia"))
    marks = [row.text(column) for column in range(2, 8)]
    assert marks == ["✓", "✓", "—", "✓", "—", "✓"]  # en fr es ru ar zh


def test_resources_reorder_and_live_qr(qtbot, studio, sample_src):
    studio.reorder = studio.resource_list.reordered
    resources = studio.resource_list
    details = {n: resources.tree.topLevelItem(i).text(1) for i, n in enumerate(resources.names())}
    assert details == {"first-aid-kit": "Document", "trust-fund": "Fund"}
    studio.resource_list.reordered.emit(["trust-fund", "first-aid-kit"])
    text = (sample_src / "resources" / "trust-fund" / "resource.toml").read_text()
    assert "order = 1\n" in text
    studio.select("resources", "trust-fund")
    editor = studio.resource_editor
    assert editor.qr.text() == "https://www.unodc.org/unodc/en/human-trafficking-fund.html"
    _retype(qtbot, editor.url, "https://example.org/help")
    assert editor.qr.text() == "https://example.org/help"
    qtbot.keyClick(editor.url, Qt.Key.Key_Return)
    assert (
        'url = "https://example.org/help"'
        in (sample_src / "resources" / "trust-fund" / "resource.toml").read_text()
    )
    assert not editor.pickers["files.en"].isVisibleTo(editor)  # a fund has no files


def test_preview_opens_the_kiosk_on_the_edited_content(qtbot, qapp, studio, sample_src, language):
    from kiosk.ui.theme import Theme

    Theme(high_contrast=True).apply(qapp)  # the staff member's own look
    look = qapp.styleSheet()
    try:
        studio.select(STORIES, "2011-09-09-queretaro")
        window = studio.open_preview("fr", (1366, 768), "kiosk")
        qtbot.waitExposed(window)
        assert window.lang == "fr" and window.size().width() == 1366
        assert window.current_page_name() == "story"
        assert window.story_page.title.text() == "Querétaro: the world's first Blue Heart City"
        assert window.story_page.fallback.isVisibleTo(window.story_page)  # shown in English
        assert window.theme.base_pt == 14.0 and not window.theme.high_contrast  # as a kiosk
        assert language.code == "en"
        window.close()
        qtbot.waitUntil(lambda: studio.preview.window is None)
        assert studio.preview._temp is None
        assert qapp.styleSheet() == look
    finally:
        Theme().apply(qapp)


def test_signing_key_export_and_import(qtbot, studio, tmp_path):
    dialog = studio.show_key()
    box = dialog.key_box
    assert box.public.text() == "" and not box.export_button.isEnabled()
    assert box.public.isHidden()
    studio.profile.ensure_key()
    box.refresh()
    first = box.public.text()
    assert first and box.export_button.isEnabled()
    box.export_to(tmp_path / "exported.key")
    assert (tmp_path / "exported.key").stat().st_mode & 0o777 == 0o600
    other = StudioProfile(tmp_path / "second-machine")
    other.ensure_key()
    box.import_from(other.key_path)
    assert box.public.text() == other.public_key() != first
    box.import_from(tmp_path / "exported.key")
    assert box.public.text() == first
    (tmp_path / "not-a-key").write_text("hello")
    box.import_from(tmp_path / "not-a-key")
    assert "not a private key" in box.message.text()
    assert box.public.text() == first


def test_file_menu_opens_the_studio_on_a_copy_of_the_bundled_content(
    qtbot, main_window, tmp_path, monkeypatch
):
    from kiosk.studio import run
    from kiosk.ui.desktop_menu import DesktopMenu

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(run, "default_workspace", lambda: tmp_path / "Documents" / "Kiosk content")
    menu = DesktopMenu(main_window, open_admin=lambda: None, about_text="")
    menu.fill()  # the kiosk fills its menus after the first frame
    assert menu.studio_action in menu.file_menu.actions()
    menu.studio_action.trigger()
    studio = menu.studio
    qtbot.addWidget(studio)
    content = tmp_path / "Documents" / "Kiosk content" / "content"
    assert studio.folder.root == content and (content / "stories").is_dir()
    assert (content.parent / "media").is_dir()  # the media the resources point to
    assert studio.errors == 0 and studio.story_list.names()
    assert studio.profile.folder == tmp_path / "data" / "awareness-kiosk" / "studio"
    assert studio.profile.last_folder == content
    menu.studio_action.trigger()
    assert menu.studio is studio  # one studio window, brought to the front
    studio.close()


def test_kiosk_studio_refuses_a_folder_that_is_not_content(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    out = subprocess.run(
        [sys.executable, "-m", "kiosk", "studio", str(tmp_path)],
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 1
    assert "is not a content folder" in out.stderr


def test_sensitive_story_content_note_and_publisher(qtbot, studio, sample_src):
    path = sample_src / "stories" / "2011-09-09-queretaro" / "story.toml"
    studio.select(STORIES, "2011-09-09-queretaro")
    editor = studio.story_editor
    assert not editor.content_note.isEnabled()
    editor.sensitive.setChecked(True)
    assert editor.content_note.isEnabled()
    studio.run_check()  # a sensitive story without its own note: a warning beside the field
    assert "content_note" in editor.problems["sensitive"].text()
    assert studio.publish_action.isEnabled()  # warnings do not block publishing
    _choose(editor.content_note, "children-exploited")
    _retype(qtbot, editor.publisher, "UNODC")
    qtbot.keyClick(editor.publisher, Qt.Key.Key_Return)
    assert path.read_text(encoding="utf-8") == (
        'date = 2011-09-09\ntags = ["children"]\npublisher = "UNODC"\nsensitive = true\n'
        'content_note = "children-exploited"\n'
    )
    studio.run_check()
    assert editor.problems["sensitive"].isHidden()
    # The live preview shows the text being edited, not the note that hides it.
    assert editor.preview.body.isVisibleTo(editor.preview)
    editor.sensitive.setChecked(False)
    assert "sensitive" not in path.read_text(encoding="utf-8")


def test_resource_files_are_copied_in_and_their_size_shown(qtbot, studio, sample_src, tmp_path):
    studio.select("resources", "first-aid-kit")
    editor = studio.resource_editor
    picker = editor.pickers["files.es"]
    assert picker.label.text() == "No file" and not picker.remove_button.isEnabled()
    chosen = tmp_path / "Kit ES.pdf"
    chosen.write_bytes(b"%PDF-1.4 " + b"x" * 2000)
    picker.chosen.emit(chosen)  # what the file dialog sends
    assert picker.label.text() == "first-aid-kit/kit-es.pdf  (2.0 kB)"
    assert (sample_src.parent / "media" / "first-aid-kit" / "kit-es.pdf").is_file()
    assert (
        'es = "first-aid-kit/kit-es.pdf"'
        in (sample_src / "resources" / "first-aid-kit" / "resource.toml").read_text()
    )
    studio.run_check()
    assert studio.errors == 0
    picker.remove_button.click()
    assert (
        "kit-es" not in (sample_src / "resources" / "first-aid-kit" / "resource.toml").read_text()
    )


def test_a_language_version_is_deleted_with_undo(qtbot, studio, sample_src):
    fr = sample_src / "stories" / "2012-07-04-cambodia" / "fr.md"
    before = fr.read_bytes()
    studio.select(STORIES, "2012-07-04-cambodia")
    pane = studio.story_editor.source_pane
    pane.set_language("fr")
    pane.remove_button.click()
    assert not fr.exists()
    assert "fr = 2012-07-04" not in fr.with_name("story.toml").read_text()  # [published] too
    studio.undo_action.trigger()
    assert fr.read_bytes() == before
    assert "fr = 2012-07-04" in fr.with_name("story.toml").read_text()


def test_hand_edits_show_when_staff_come_back_to_the_studio(qtbot, studio, sample_src):
    studio.select(STORIES, "2011-09-09-queretaro")
    pane = studio.story_editor.source_pane
    assert pane.lang == "en"
    _type(qtbot, pane.body, " Typed in the studio.")
    studio.flush()
    studio.run_item_check()
    assert not studio.reload_if_changed()  # the studio's own edit is not news
    en = sample_src / "stories" / "2011-09-09-queretaro" / "en.md"
    en.write_text(en.read_text(encoding="utf-8").replace("first", "very first"), encoding="utf-8")
    (sample_src / "stories" / "2012-03-30-osce-review" / "fr.md").write_text("sans titre\n")
    QApplication.sendEvent(studio, QEvent(QEvent.Type.WindowActivate))
    assert "the world's very first" in pane.title.text()
    assert "Typed in the studio." in pane.body.toPlainText()
    assert studio.errors == 1  # the other story's missing title, found by the whole check
    assert "2012-03-30-osce-review/fr.md:1" in studio.problem_list.item(0).text()


def test_a_new_link_resource_in_arabic_with_its_qr_address(qtbot, studio, sample_src):
    studio.new_resource_action.trigger()
    dialog = studio.dialog
    _choose(dialog.language, "ar")
    _choose(dialog.resource_kind, "link")
    _type(qtbot, dialog.title, "Hotline Hope")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    editor = studio.resource_editor
    qtbot.waitUntil(lambda: editor.resource_id == "hotline-hope")
    assert studio.resource_list.current() == "hotline-hope"
    assert editor.source_pane.title.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "[[sources]]" in editor.general_problem.text()  # a warning: publishing allowed
    assert studio.publish_action.isEnabled()
    _retype(qtbot, editor.url, "https://example.org/hope")
    assert editor.qr.text() == "https://example.org/hope"
    qtbot.keyClick(editor.url, Qt.Key.Key_Return)
    assert (sample_src / "resources" / "hotline-hope" / "resource.toml").read_text() == (
        'kind = "link"\norder = 3\nicon = "fa5s.info-circle"\nurl = "https://example.org/hope"\n'
    )
    studio.undo_action.trigger()
    assert not (sample_src / "resources" / "hotline-hope").exists()
