"""Content packs in the running kiosk: the watched folder installs at the idle reset, never
mid-visit; the admin panel installs (with progress), refuses clearly and rolls back."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.core.config import Settings
from kiosk.operation import ADMIN, KioskOperation
from kiosk.pack_watcher import PackWatcher
from kiosk.packs.active import active_database
from kiosk.session import SessionTimings
from kiosk.ui.screens.admin_content import ContentSection
from tests.pack_fixtures import build_version, make_key, manifest_of, pack_entries, write_pack
from tests.test_operation import FAST
from tests.window_input import click_in_window

# The offscreen platform's note about (file and progress) dialogs, nothing of ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NEW_TITLE = "Story of version 2"  # the English title the pack gives one story


@pytest.fixture(scope="module")
def signed(tmp_path_factory):
    """A signed pack (version 2), a tampered copy, and the public key."""
    folder = tmp_path_factory.mktemp("signed")
    key, public = make_key(folder)
    good = build_version(folder, key, "2")
    files = pack_entries(good)
    name = next(n for n in files if n.endswith("en.md"))
    files[name] += b"tampered\n"
    bad = write_pack(folder / "tampered.kpack", files, key, manifest_of(good))
    return good, bad, public


def titles(window) -> list[str]:
    model = window.carousel.model
    return [model.card(row).title for row in range(model.rowCount())]


def drop(folder: Path, pack: Path) -> None:
    """Copy `pack` into the watched folder, as if it arrived a minute ago."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / pack.name
    shutil.copyfile(pack, target)
    past = time.time() - 60
    os.utime(target, (past, past))


@pytest.fixture
def kiosk(qapp, main_window, tmp_path, signed):
    """A kiosk-mode operation with a watcher on tmp/usb (already holding the signed pack)."""
    _, _, public = signed
    data = tmp_path / "data"
    settings = Settings(mode="kiosk", trusted_keys=(public,), watch_folder=tmp_path / "usb")
    watcher = PackWatcher(settings, data, main_window, settle_s=0)
    op = KioskOperation(
        qapp,
        main_window,
        settings,
        mode="kiosk",
        counts=None,
        timings=FAST,
        admin_hold_ms=200,
        data_dir=data,
        pack_watcher=watcher,
    )
    yield op
    op.uninstall()
    watcher.stop()
    if main_window.store is not None:
        main_window.go_home()
        main_window.store.close()  # the pack's store (the sample one is closed by its fixture)


def test_a_pack_in_the_watched_folder_installs_at_the_idle_reset_not_mid_visit(
    kiosk, main_window, tmp_path, signed, qtbot
):
    good, _, _ = signed
    drop(tmp_path / "usb", good)
    kiosk.pack_watcher.start()
    assert kiosk.pack_watcher.pending  # found at once
    click_in_window(main_window.carousel.card)  # a visitor
    main_window.set_language("fr")
    assert active_database(kiosk.data_dir) is None  # nothing installed during the visit
    old_store = main_window.store
    assert NEW_TITLE not in titles(main_window)
    with qtbot.waitSignal(kiosk.session.reset_requested, timeout=5000):
        pass
    qtbot.waitUntil(lambda: main_window.store is not old_store, timeout=5000)
    assert active_database(kiosk.data_dir) is not None
    assert main_window.lang == "en" and main_window.current_page_name() == "home"
    assert NEW_TITLE in titles(main_window)
    assert not kiosk.pack_watcher.pending


def test_the_admin_panel_installs_a_pack_and_the_window_switches(
    kiosk, main_window, signed, qtbot, tmp_path
):
    good, bad, _ = signed
    stick = tmp_path / "media" / "USBSTICK"
    drop(stick, good)
    drop(stick, bad)
    kiosk.media_folders = [stick, tmp_path / "media" / "not-mounted"]
    # Staff take their time: no idle reset (FAST resets after 0.6 s) under a slow install.
    kiosk.session.set_timings(SessionTimings(idle_ms=120_000, warning_ms=1000, attract_ms=300_000))
    kiosk._show_admin_panel()  # as after the right PIN
    assert kiosk.cover.name == ADMIN
    panel = kiosk.cover.widget
    section = panel.content
    assert "bundled content" in section.version.text()
    assert not section.rollback_button.isEnabled()
    qtbot.mouseClick(section.install_button, Qt.MouseButton.LeftButton)
    sheet = section.pack_sheet
    assert sheet is not None and sheet.isVisible() and not sheet.isWindow()
    assert section.file_dialog is None, "kiosk mode: no file dialog"
    assert [a.text() for a in sheet.actions] == ["Look again", "Cancel"]
    rows = {section.found_packs()[int(code)].path.name: row for code, row in sheet.rows.items()}
    assert set(rows) == {good.name, bad.name}
    good_row = rows[good.name].text()
    assert "version \u20682\u2069, created 2030-01-02" in good_row
    assert "signed by a trusted key" in good_row and str(stick) in good_row
    for row in rows.values():
        assert row.height() >= 64
        assert sheet.panel.geometry().contains(row.mapTo(sheet, row.rect().center()))
    with qtbot.waitSignal(panel.content_changed, timeout=20000):
        qtbot.mouseClick(rows[good.name], Qt.MouseButton.LeftButton)
        assert section.progress_dialog is not None and section.is_busy()
    assert section.pack_sheet is None and section.progress_dialog is None
    assert "version \u20682\u2069, created 2030-01-02" in section.version.text()
    assert "installed" in section.message.text()
    assert NEW_TITLE in titles(main_window)  # KioskOperation reopened the store
    assert section.rollback_button.isEnabled()

    with qtbot.waitSignal(panel.content_changed, timeout=5000):
        qtbot.mouseClick(section.rollback_button, Qt.MouseButton.LeftButton)
    assert "bundled content" in section.version.text()
    assert NEW_TITLE not in titles(main_window)


def test_the_pack_list_says_where_it_looked_when_empty_and_looks_again(qapp, qtbot, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    section = ContentSection(Settings(), tmp_path / "data", media_folders=[stick])
    qtbot.addWidget(section)
    section.show()
    section.choose_pack()
    sheet = section.pack_sheet
    assert not sheet.rows and "No content pack" in sheet.message.text()
    assert str(stick) in sheet.message.text()
    key, _public = make_key(tmp_path / "keys")
    drop(stick, build_version(tmp_path, key, "3"))
    qtbot.mouseClick(sheet.actions[0], Qt.MouseButton.LeftButton)  # Look again
    sheet = section.pack_sheet
    assert len(sheet.rows) == 1
    assert "not signed by a trusted key: it will be refused" in sheet.rows["0"].text()
    qtbot.mouseClick(sheet.actions[-1], Qt.MouseButton.LeftButton)  # Cancel
    assert section.pack_sheet is None and not section.is_busy()


def test_desktop_mode_keeps_the_file_dialog_as_a_second_way(qapp, qtbot, tmp_path, signed):
    good, _, public = signed
    section = ContentSection(
        Settings(trusted_keys=(public,)), tmp_path / "data", file_dialog=True, media_folders=[]
    )
    qtbot.addWidget(section)
    section.show()
    changed = []
    section.content_changed.connect(lambda: changed.append(True))
    section.choose_pack()
    choose_file = section.pack_sheet.actions[1]
    assert choose_file.text() == "Choose a file…"
    qtbot.mouseClick(choose_file, Qt.MouseButton.LeftButton)
    dialog = section.file_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.selectFile(str(good))
    dialog.accept()
    qtbot.waitUntil(lambda: bool(changed), timeout=20000)
    assert "installed" in section.message.text()


def test_a_refused_pack_says_why_and_changes_nothing(qapp, qtbot, tmp_path, signed):
    _, bad, public = signed
    data = tmp_path / "data"
    section = ContentSection(Settings(trusted_keys=(public,)), data)
    qtbot.addWidget(section)
    changed = []
    section.content_changed.connect(lambda: changed.append(True))
    section.install(bad)
    qtbot.waitUntil(lambda: not section.is_busy(), timeout=20000)
    assert "refused" in section.message.text() and "first-aid-kit/en.md" in section.message.text()
    assert changed == [] and active_database(data) is None
    assert "bundled content" in section.version.text()
    section.rollback_button.setEnabled(True)
    section.roll_back()  # nothing to roll back: a clear message
    assert "Could not roll back" in section.message.text() and changed == []


@pytest.fixture
def slow_install(monkeypatch):
    """A pack install that takes 1.5 s (a large pack from a slow stick)."""
    from kiosk.ui.screens import pack_install_job

    real = pack_install_job.install_pack

    def slow(*args, **kwargs):
        time.sleep(1.5)
        return real(*args, **kwargs)

    monkeypatch.setattr(pack_install_job, "install_pack", slow)


def start_install(kiosk, main_window, qtbot, tmp_path, pack: Path):
    """Staff: a touch, the admin panel, Install a pack…, the pack's row."""
    stick = tmp_path / "media" / "USBSTICK"
    drop(stick, pack)
    kiosk.media_folders = [stick]
    click_in_window(main_window.carousel.card)  # the visit starts
    kiosk._show_admin_panel()  # as after the right PIN
    section = kiosk.cover.widget.content
    click_in_window(section.install_button)
    click_in_window(section.pack_sheet.rows["0"])
    assert section.is_busy() and section.progress_dialog.isVisible()
    return section


def test_the_idle_reset_waits_for_an_install_and_staff_see_how_it_ended(
    kiosk, main_window, signed, qtbot, tmp_path, slow_install
):
    """FAST: "Still there?" after 0.3 s, the reset 0.3 s later; the install takes 1.5 s."""
    good, _, _ = signed
    resets = []
    kiosk.session.reset_requested.connect(lambda: resets.append(time.monotonic()))
    section = start_install(kiosk, main_window, qtbot, tmp_path, good)
    panel = kiosk.cover.widget
    with qtbot.waitSignal(panel.content_changed, timeout=20000):
        qtbot.wait(1000)  # three idle times without a touch: still installing, panel open
        assert kiosk.cover.name == ADMIN and section.is_busy() and not resets
        assert not kiosk.idle_warning.isVisible()
    ended = time.monotonic()
    assert "installed; the kiosk now shows it" in section.message.text()
    assert NEW_TITLE in titles(main_window)
    store = main_window.store
    # The outcome stays on screen for the whole idle time; then the panel closes.
    qtbot.waitUntil(lambda: bool(resets), timeout=5000)
    assert resets[0] - ended >= 0.55, "the panel closed before staff could read the outcome"
    assert kiosk.cover.name != ADMIN and main_window.store is store  # switched once
    # Staff back later: the panel says how the install ended, until they close it.
    kiosk._show_admin_panel()
    assert "installed; the kiosk now shows it" in kiosk.cover.widget.content.message.text()
    qtbot.mouseClick(kiosk.cover.widget.close_button, Qt.MouseButton.LeftButton)
    kiosk._show_admin_panel()
    assert kiosk.cover.widget.content.message.text() == ""


def test_an_install_survives_a_quick_exit_and_a_reopened_panel_follows_it(
    kiosk, main_window, signed, qtbot, tmp_path, slow_install
):
    good, _, _ = signed
    start_install(kiosk, main_window, qtbot, tmp_path, good)
    kiosk.session.quick_exit()  # Esc three times: the panel closes at once
    assert kiosk.cover.name != ADMIN
    kiosk._show_admin_panel()  # staff come back while it still runs
    section = kiosk.cover.widget.content
    assert section.is_busy() and section.progress_dialog.isVisible()
    assert not section.install_button.isEnabled(), "a second install beside the first"
    with qtbot.waitSignal(kiosk.cover.widget.content_changed, timeout=20000):
        pass
    assert "installed; the kiosk now shows it" in section.message.text()
    assert NEW_TITLE in titles(main_window)


def test_an_install_whose_panel_closed_switches_the_content_when_nobody_visits(
    kiosk, main_window, signed, qtbot, tmp_path, slow_install
):
    good, _, _ = signed
    start_install(kiosk, main_window, qtbot, tmp_path, good)
    kiosk.session.quick_exit()
    assert kiosk.cover.name != ADMIN and NEW_TITLE not in titles(main_window)
    qtbot.waitUntil(lambda: NEW_TITLE in titles(main_window), timeout=20000)
    assert active_database(kiosk.data_dir) == main_window.store.path


@pytest.fixture
def held_install(monkeypatch):
    """An install that reports "building database" at 40 % and then waits for `release`."""
    import threading

    from kiosk.ui.screens import pack_install_job

    real = pack_install_job.install_pack
    release = threading.Event()

    def held(*args, progress, **kwargs):
        progress("building database", 2, 5)
        release.wait(20)
        return real(*args, progress=progress, **kwargs)

    monkeypatch.setattr(pack_install_job, "install_pack", held)
    yield release
    release.set()


def test_a_panel_reopened_mid_install_shows_the_step_and_percent_reached(
    kiosk, main_window, signed, qtbot, tmp_path, held_install
):
    """The reopened panel reads the install's own state (a copy kept the step only: 0 %)."""
    good, _, _ = signed
    section = start_install(kiosk, main_window, qtbot, tmp_path, good)
    qtbot.waitUntil(lambda: section.progress_dialog.value() == 40, timeout=5000)
    kiosk.session.quick_exit()
    kiosk._show_admin_panel()  # staff come back while it waits at 40 %
    section = kiosk.cover.widget.content
    assert section.is_busy()
    assert section.progress_dialog.labelText() == "Building the content database…"
    assert section.progress_dialog.value() == 40, "the reopened panel lost the percent"
    held_install.set()
    with qtbot.waitSignal(kiosk.cover.widget.content_changed, timeout=20000):
        pass
    assert "installed; the kiosk now shows it" in section.message.text()


def test_after_a_rollback_a_reopened_panel_does_not_say_the_pack_is_installed(
    kiosk, main_window, signed, qtbot, tmp_path
):
    """A copy of the outcome kept beside the panel's said "installed" after the rollback."""
    good, _, _ = signed
    section = start_install(kiosk, main_window, qtbot, tmp_path, good)
    panel = kiosk.cover.widget
    qtbot.waitUntil(lambda: not section.is_busy(), timeout=20000)
    assert "installed; the kiosk now shows it" in section.message.text()
    with qtbot.waitSignal(panel.content_changed, timeout=5000):
        qtbot.mouseClick(section.rollback_button, Qt.MouseButton.LeftButton)
    assert section.message.text() == "Rolled back to the previous content."
    kiosk.session.quick_exit()  # the panel closes without staff closing it
    kiosk._show_admin_panel()
    section = kiosk.cover.widget.content
    assert "bundled content" in section.version.text()
    assert "installed" not in section.message.text(), "an outcome the rollback undid"


def test_a_refused_install_then_a_good_one_the_reopened_panel_follows_the_second(
    kiosk, main_window, signed, qtbot, tmp_path, slow_install
):
    good, bad, _ = signed
    section = start_install(kiosk, main_window, qtbot, tmp_path, bad)
    qtbot.waitUntil(lambda: not section.is_busy(), timeout=20000)
    assert "refused" in section.message.text()
    drop(tmp_path / "media" / "USBSTICK", good)
    click_in_window(section.install_button)
    rows = {
        section.found_packs()[int(code)].path.name: row
        for code, row in section.pack_sheet.rows.items()
    }
    click_in_window(rows[good.name])
    assert section.is_busy() and section.message.text() == ""
    kiosk.session.quick_exit()
    kiosk._show_admin_panel()
    section = kiosk.cover.widget.content
    assert section.is_busy() and section.message.text() == "", "the first install's outcome"
    with qtbot.waitSignal(kiosk.cover.widget.content_changed, timeout=20000):
        pass
    assert "installed; the kiosk now shows it" in section.message.text()


def test_a_refusal_while_the_panel_was_closed_is_shown_until_staff_close_the_panel(
    kiosk, main_window, signed, qtbot, tmp_path, slow_install
):
    _, bad, _ = signed
    section = start_install(kiosk, main_window, qtbot, tmp_path, bad)
    job = section._job
    kiosk.session.quick_exit()
    assert kiosk.cover.name != ADMIN and not kiosk.busy(), "no panel open: the reset may come"
    qtbot.waitUntil(lambda: not job.running, timeout=20000)
    kiosk._show_admin_panel()
    section = kiosk.cover.widget.content
    assert not section.is_busy() and section.install_button.isEnabled()
    assert "The pack was refused; the content is unchanged" in section.message.text()
    assert section.message.objectName() == "AdminWarnings"
    qtbot.mouseClick(kiosk.cover.widget.close_button, Qt.MouseButton.LeftButton)
    kiosk._show_admin_panel()
    assert kiosk.cover.widget.content.message.text() == ""
