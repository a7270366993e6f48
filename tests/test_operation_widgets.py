"""Kiosk-operation widgets: attract screen, idle warning, neutral screen, PIN pad, admin panel."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk.content.model import Shown, StoryCard
from kiosk.core.admin_pin import PinGuard, hash_pin
from kiosk.core.analytics import UsageCounts
from kiosk.core.config import Settings, load_settings
from kiosk.session import SessionTimings, VisitorSession
from kiosk.ui.screens.admin_panel import AdminPanel
from kiosk.ui.screens.attract_screen import TOUCH_TO_START, AttractScreen, highlights_from_cards
from kiosk.ui.screens.idle_warning import IdleWarning
from kiosk.ui.screens.neutral_screen import NeutralScreen
from kiosk.ui.screens.pin_pad import PinPad
from kiosk.ui.screens.privacy_note import PrivacyNote

# The offscreen platform says this for every top-level window with a layout; it is harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ru", "Русский"),
    ("ar", "العربية"),
    ("zh", "中文"),
]


def card(story_id: str, title: str, sensitive: bool = False, lang: str = "en") -> StoryCard:
    return StoryCard(
        id=story_id,
        date=dt.date(2024, 1, 1),
        country=None,
        tags=(),
        credit=None,
        image=None,
        sensitive=sensitive,
        shown=Shown(lang, lang),
        title=title,
        summary="",
        languages=(lang,),
    )


def test_attract_never_shows_sensitive_stories():
    cards = [
        card("a", "Calm title"),
        card("b", "Distressing title", sensitive=True),
        card("c", "عنوان", lang="ar"),
    ]
    assert [h.title for h in highlights_from_cards(cards)] == ["Calm title", "عنوان"]


def test_attract_alternates_headlines_and_stories_and_a_touch_starts(qtbot):
    codes = [code for code, _ in LANGUAGES]
    screen = AttractScreen(
        [("One", "en"), ("Deux", "fr")],
        languages=codes,
        titles={code: f"headline {code}" for code in codes},
        headline_ms=30,
        story_ms=30,
        fade_ms=20,
    )
    qtbot.addWidget(screen)
    screen.resize(800, 450)
    screen.show()
    assert screen.current_slide.kind == "headline" and screen.current_prompt_language == "en"
    qtbot.waitUntil(lambda: screen.current_slide.kind == "story")
    assert screen.current_highlight.title in {"One", "Deux"}
    assert screen.current_prompt_language == "en"  # the prompt stays in the headline's language
    qtbot.waitUntil(lambda: screen.current_prompt_language == "ar", timeout=5000)
    chosen = []
    screen.language_chosen.connect(chosen.append)
    with qtbot.waitSignal(screen.dismissed):
        qtbot.mouseClick(screen, Qt.MouseButton.LeftButton)
    assert chosen == ["ar"]
    with qtbot.waitSignal(screen.dismissed):
        qtbot.keyClick(screen, Qt.Key.Key_Space)


def test_attract_cross_fades_slowly_never_cuts(qtbot):
    screen = AttractScreen([("One", "en")], languages=["en", "fr"], titles={}, fade_ms=1200)
    qtbot.addWidget(screen)
    screen.resize(640, 360)
    screen.show()
    first = screen.grab().toImage()
    screen.advance()
    assert screen._fade.state() == screen._fade.State.Running  # a fade, not a cut
    assert screen._fade.duration() >= 1000  # one change in more than a second: no flashing
    assert screen.grab().toImage() == first  # the fade starts from what was on screen
    screen._fade.setCurrentTime(1200)
    assert screen.grab().toImage() != first


def test_attract_paints_titles_as_plain_text(qtbot):
    hostile = "<b>BOLD</b> &amp; <img src=x>"
    screen = AttractScreen([(hostile, "en")], languages=["en"], titles={"en": "T"}, fade_ms=0)
    qtbot.addWidget(screen)
    screen.resize(640, 360)
    screen.show()
    screen.advance()
    assert screen.current_highlight.title == hostile
    assert hostile in screen.accessibleName()  # what is drawn, character for character


def test_attract_headlines_come_from_the_interface_translations():
    from kiosk.ui.screens.attract_screen import headlines

    found = headlines(["en", "fr", "ar", "zh"])
    assert found == {
        "en": "Together against human trafficking",
        "fr": "Ensemble contre la traite des êtres humains",
        "ar": "معًا ضد الاتجار بالبشر",
        "zh": "携手打击人口贩运",
    }


def test_attract_prompt_exists_in_all_six_languages():
    assert set(TOUCH_TO_START) == {code for code, _ in LANGUAGES}


def test_idle_warning_follows_the_session(qtbot):
    window = QWidget()
    window.resize(800, 600)
    qtbot.addWidget(window)
    window.show()
    overlay = IdleWarning(window)
    session = VisitorSession(SessionTimings(idle_ms=30, warning_ms=5000, attract_ms=0))
    overlay.attach(session)
    assert overlay.isHidden()
    with qtbot.waitSignal(session.warning_started):
        session.notify_activity()
    assert overlay.isVisible() and overlay.geometry() == window.rect()
    assert "5" in overlay.text.text()
    with qtbot.waitSignal(session.warning_cancelled):
        qtbot.mouseClick(overlay.continue_button, Qt.MouseButton.LeftButton)
    assert overlay.isHidden()
    window.resize(1024, 768)
    with qtbot.waitSignal(session.warning_started):
        pass
    assert overlay.geometry() == window.rect()
    with qtbot.waitSignal(session.reset_requested):
        session.reset()
    assert overlay.isHidden()


def test_idle_warning_counts_in_the_interface_languages_digits(qtbot, qapp):
    """Arabic: "15" in the digits of the carousel's "٢ / ٣٤" and of the dates (%Ln)."""
    from kiosk.i18n import InterfaceLanguage

    window = QWidget()
    qtbot.addWidget(window)
    language = InterfaceLanguage(qapp)
    try:
        language.switch("ar")
        overlay = IdleWarning(window)
        overlay.set_remaining(15)
        assert "١٥" in overlay.text.text() and "15" not in overlay.text.text()
        language.switch("fr")
        overlay.set_remaining(15)
        assert "15" in overlay.text.text()
    finally:
        language.switch("en")
        language.uninstall()
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_neutral_screen_is_neutral_and_left_by_a_touch(qtbot):
    screen = NeutralScreen()
    qtbot.addWidget(screen)
    screen.show()
    shown = " ".join(label.text() for label in (screen.title, screen.hint)).lower()
    assert "traffick" not in shown and "exit" not in shown
    assert screen.clock.text()
    with qtbot.waitSignal(screen.left):
        qtbot.mouseClick(screen, Qt.MouseButton.LeftButton)


class Clock:
    now = 50.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def pin_hash():
    return hash_pin("2580")


def type_pin(qtbot, pad: PinPad, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.ok, Qt.MouseButton.LeftButton)


def test_pin_pad_right_and_wrong(qtbot, pin_hash):
    pad = PinPad(PinGuard(pin_hash))
    qtbot.addWidget(pad)
    pad.show()
    for digit in "25":
        qtbot.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)
    assert pad.entry.text() == "●●" and "2" not in pad.entry.text()
    qtbot.mouseClick(pad.backspace, Qt.MouseButton.LeftButton)
    pad.clear()
    accepted = []
    pad.accepted.connect(lambda: accepted.append(1))
    type_pin(qtbot, pad, "1111")
    assert accepted == [] and pad.message.text() and pad.entered == ""
    type_pin(qtbot, pad, "2580")
    assert accepted == [1]


@pytest.mark.parametrize(
    "lang, names",
    [
        ("en", ["PIN: no digits entered", "PIN: 1 digit entered", "PIN: 2 digits entered"]),
        (
            "ru",
            ["PIN-код: цифры не введены", "PIN-код: введена 1 цифра", "PIN-код: введено 2 цифры"],
        ),
        ("ar", ["رمز PIN: لم يُدخل أي رقم", "رمز PIN: أُدخل رقم واحد", "رمز PIN: أُدخل رقمان"]),
    ],
)
def test_pin_entry_is_read_as_a_count_of_digits_never_the_digits(
    qtbot, qapp, pin_hash, lang, names
):
    """A screen reader hears "PIN: 2 digits entered" in the interface language, not "●●"."""
    from kiosk.i18n import InterfaceLanguage

    language = InterfaceLanguage(qapp)
    try:
        language.switch(lang)
        pad = PinPad(PinGuard(pin_hash))
        qtbot.addWidget(pad)
        pad.show()
        heard = [pad.entry.accessibleName()]
        for digit in "25":
            qtbot.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)
            heard.append(pad.entry.accessibleName())
        assert heard == names and pad.entry.text() == "●●"
        qtbot.mouseClick(pad.backspace, Qt.MouseButton.LeftButton)
        assert pad.entry.accessibleName() == names[1]
        for digit in "580":
            qtbot.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)
        assert not any(d in pad.entry.accessibleName() for d in "2580")  # never the digits
    finally:
        language.switch("en")
        language.uninstall()
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_pin_pad_rate_limit_shows_seconds_and_unlocks(qtbot, pin_hash):
    clock = Clock()
    pad = PinPad(PinGuard(pin_hash, clock=clock))
    qtbot.addWidget(pad)
    pad.show()
    for _ in range(3):
        type_pin(qtbot, pad, "0000")
    assert "30" in pad.message.text()
    assert not pad.keys["2"].isEnabled()
    clock.now += 29.2
    qtbot.waitUntil(lambda: " 1 " in pad.message.text(), timeout=3000)
    clock.now += 1
    qtbot.waitUntil(lambda: pad.keys["2"].isEnabled(), timeout=3000)
    with qtbot.waitSignal(pad.accepted):
        type_pin(qtbot, pad, "2580")


def test_pin_pad_without_a_pin_stays_closed(qtbot):
    pad = PinPad(PinGuard(""))
    qtbot.addWidget(pad)
    pad.show()
    assert "set-pin" in pad.message.text()
    assert not pad.keys["1"].isEnabled()


@pytest.fixture
def counts(tmp_path):
    usage = UsageCounts(tmp_path / "usage.db")
    for event in ("session_start", "session_start", "story_view", "quick_exit"):
        usage.count(event)
    yield usage
    usage.close()


def test_admin_panel_setting_names_take_the_width_they_have(qtbot, qapp, counts):
    """Each name above its control spans the settings column: "Idle time before reset"
    in Arabic broke after its third word on a 1920 px screen (a form layout gave the
    label only the width of its size hint, which wraps a long label at a quarter)."""
    from kiosk.i18n import InterfaceLanguage

    language = InterfaceLanguage(qapp)
    try:
        language.switch("ar")
        panel = AdminPanel(
            counts, Settings(mode="kiosk"), [], config_path=None, languages=LANGUAGES
        )
        qtbot.addWidget(panel)
        panel.resize(1920, 1080)
        panel.show()
        qtbot.waitExposed(panel)
        for label, control in (
            (panel.idle_label, panel.idle_timeout),
            (panel.language_label, panel.language),
        ):
            one_line = label.fontMetrics().horizontalAdvance(label.text())
            assert label.width() >= min(one_line, control.width()), label.text()
            assert label.buddy() is control  # a screen reader's "label for"
        # "last 14 days" in the digits of the chart's dates and the figures.
        assert not any(c.isascii() and c.isdigit() for c in panel.chart_title.text())
    finally:
        language.switch("en")
        language.uninstall()
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_admin_panel_says_when_no_visit_was_counted(qtbot, tmp_path, counts):
    """An empty chart is a screen too: it says that no visit was counted, not a bare frame."""
    empty = UsageCounts(tmp_path / "empty.db")
    try:
        for usage, said in ((empty, True), (counts, False)):
            panel = AdminPanel(
                usage, Settings(mode="kiosk"), [], config_path=None, languages=LANGUAGES
            )
            qtbot.addWidget(panel)
            panel.show()
            assert panel.no_visits.isVisible() is said
            assert panel.no_visits.text() == "No visits counted in the last 14 days."
            if said:  # over the chart, not beside it
                assert panel.chart.rect().contains(panel.no_visits.geometry())
    finally:
        empty.close()


def test_admin_panel_shows_figures_and_saves_settings(qtbot, tmp_path, counts):
    config = tmp_path / "settings.toml"
    config.write_text('# the hall kiosk\nmode = "kiosk"  # staff note\n', encoding="utf-8")
    panel = AdminPanel(
        counts,
        Settings(mode="kiosk"),
        ["settings.toml: mode: bad"],
        config_path=config,
        languages=LANGUAGES,
    )
    qtbot.addWidget(panel)
    panel.show()
    assert panel.warnings.isVisible() and "mode: bad" in panel.warnings.text()
    assert panel.figure_labels["session_start"][0].text() == "2"
    assert panel.figure_labels["quick_exit"][0].text() == "1"
    assert panel.chart.days[-1][1] == 2 and len(panel.chart.days) == 14
    assert panel.language.sheet_button.height() >= 48
    qtbot.mouseClick(panel.language.sheet_button, Qt.MouseButton.LeftButton)
    sheet = panel.language.sheet
    sheet.scroll.ensureWidgetVisible(sheet.rows["ar"])  # the list scrolls on a small panel
    qtbot.mouseClick(sheet.rows["ar"], Qt.MouseButton.LeftButton)
    assert panel.idle_timeout.value() == 60
    for _ in range(6):
        qtbot.mouseClick(panel.idle_timeout.plus, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.settings_changed) as changed:
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert changed.args[0].default_language == "ar"
    saved, warnings = load_settings(config)
    assert (saved.default_language, saved.idle_timeout_s, saved.mode) == ("ar", 120, "kiosk")
    assert warnings == []
    assert config.read_text(encoding="utf-8").startswith(
        '# the hall kiosk\nmode = "kiosk"  # staff note\n'
    )
    with qtbot.waitSignal(panel.quit_requested):
        qtbot.mouseClick(panel.quit_button, Qt.MouseButton.LeftButton)


def test_admin_panel_exports_to_a_usb_stick_chosen_in_a_touch_list(qtbot, tmp_path, counts):
    import datetime as dt

    stick = tmp_path / "media" / "KINGSTON"
    stick.mkdir(parents=True)
    panel = AdminPanel(
        counts,
        Settings(mode="kiosk"),
        [],
        config_path=None,
        languages=LANGUAGES,
        mode="kiosk",
        media_folders=[stick, tmp_path / "media" / "gone"],
    )
    qtbot.addWidget(panel)
    panel.show()
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    sheet = panel.export_sheet
    assert list(sheet.rows) == ["0"] and "KINGSTON" in sheet.rows["0"].text()
    assert [a.text() for a in sheet.actions] == ["Look again", "Cancel"]  # kiosk: no dialog
    qtbot.mouseClick(sheet.rows["0"], Qt.MouseButton.LeftButton)
    target = stick / f"kiosk-usage-{dt.date.today().isoformat()}.csv"
    assert target.read_text(encoding="utf-8").startswith("kiosk_id,hour,event,item,lang,count")
    assert (
        "Saved" in panel.status.text()
        and panel.export_sheet is None
        and panel.export_dialog is None
    )


def test_admin_panel_desktop_export_keeps_a_non_blocking_dialog(qtbot, tmp_path, counts):
    panel = AdminPanel(
        counts, Settings(), [], config_path=None, languages=LANGUAGES, media_folders=[]
    )
    qtbot.addWidget(panel)
    panel.show()
    assert panel.warnings.isHidden()
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert "No USB stick" in panel.export_sheet.message.text()
    qtbot.mouseClick(panel.export_sheet.actions[1], Qt.MouseButton.LeftButton)  # Choose a file…
    dialog = panel.export_dialog
    assert dialog is not None and dialog.isVisible()  # open() returned at once
    target = tmp_path / "export.csv"
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(target.is_file)
    assert target.read_text(encoding="utf-8").startswith("kiosk_id,hour,event,item,lang,count")
    assert "Saved" in panel.status.text()


def test_admin_panel_when_counting_is_off(qtbot, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    off = UsageCounts(blocker / "usage.db")
    panel = AdminPanel(off, Settings(), [], config_path=None, languages=LANGUAGES)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.counting_off.isVisible() and not panel.export_button.isEnabled()


def test_privacy_note_says_what_is_counted(qtbot):
    note = PrivacyNote()
    qtbot.addWidget(note)
    assert "per hour" in note.text() and "nothing about you" in note.text()


def test_admin_panel_never_saves_over_a_settings_file_it_could_not_read(qtbot, tmp_path, counts):
    config = tmp_path / "settings.toml"
    broken = 'mode = "kiosk"\ntrusted_keys = ["k"]\nhigh_contrast = True\n'
    config.write_text(broken, encoding="utf-8")
    config.chmod(0o644)
    panel = AdminPanel(counts, Settings(mode="kiosk"), [], config_path=config, languages=LANGUAGES)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.mouseClick(panel.idle_timeout.plus, Qt.MouseButton.LeftButton)
    with qtbot.assertNotEmitted(panel.settings_changed):
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "line 3" in panel.status.text() and panel.status.isVisible()
    assert config.read_text(encoding="utf-8") == broken
    assert config.stat().st_mode & 0o777 == 0o644
    assert panel.settings.idle_timeout_s == 60  # the panel keeps what is really in force
