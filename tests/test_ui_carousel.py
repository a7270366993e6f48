"""The story carousel: its list model (no widgets), swipes by touch and mouse, auto-advance."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest

from kiosk.ui.widgets.story_carousel import StoryListModel
from tests.painted import chevron_points_left


def test_story_model_without_widgets(qapp, sample_store):
    model = StoryListModel()
    cards = sample_store.stories("fr")
    model.set_cards(cards, "fr", {"KH": "Cambodge"})
    assert model.rowCount() == 3
    assert model.rowCount(model.index(0)) == 0  # a flat list
    first = model.index(0)
    assert model.data(first) == cards[0].title
    assert model.data(first, StoryListModel.IdRole) == "2012-07-04-cambodia"
    assert model.data(first, StoryListModel.CountryRole) == "Cambodge"
    assert model.data(first, StoryListModel.SensitiveRole) is True
    assert model.data(QModelIndex()) is None
    assert model.row_of("2011-09-09-queretaro") == 2
    assert model.row_of("nope") == -1
    assert b"storyId" in model.roleNames().values()


def _drag(qtbot, widget, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(widget, (start + end) / 2)
    qtbot.mouseMove(widget, end)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def _touch_swipe(widget, start: QPoint, end: QPoint) -> None:
    device = QTest.createTouchDevice()
    # Points are given with their widget, else QTest maps them from the window.
    QTest.touchEvent(widget, device).press(0, start, widget).commit()
    QTest.touchEvent(widget, device).move(0, (start + end) / 2, widget).commit()
    QTest.touchEvent(widget, device).release(0, end, widget).commit()


def test_mouse_drag_moves_the_carousel(main_window, qtbot):
    carousel = main_window.carousel
    card = carousel.card
    assert carousel.current_index == 0
    _drag(qtbot, card, QPoint(700, 150), QPoint(300, 160))  # leftward: next
    assert carousel.current_index == 1
    _drag(qtbot, card, QPoint(300, 150), QPoint(700, 150))  # rightward: previous
    assert carousel.current_index == 0
    _drag(qtbot, card, QPoint(300, 150), QPoint(310, 300))  # mostly vertical: nothing
    _drag(qtbot, card, QPoint(300, 150), QPoint(320, 150))  # too short: nothing
    assert carousel.current_index == 0
    assert main_window.current_page_name() == "home"


def test_touch_swipe_moves_the_carousel(main_window, qtbot):
    carousel = main_window.carousel
    # Over the illustration: labels and buttons are elsewhere on the card.
    _touch_swipe(carousel.card, QPoint(420, 150), QPoint(40, 150))
    assert carousel.current_index == 1
    _touch_swipe(carousel.card, QPoint(40, 150), QPoint(420, 150))
    assert carousel.current_index == 0


def test_swipes_and_arrow_keys_are_mirrored_in_arabic(main_window, qtbot):
    main_window.set_language("ar")
    carousel = main_window.carousel
    assert carousel.layoutDirection() == Qt.LayoutDirection.RightToLeft
    _touch_swipe(carousel.card, QPoint(250, 150), QPoint(700, 150))  # rightward: next
    assert carousel.current_index == 1
    _drag(qtbot, carousel.card, QPoint(250, 150), QPoint(700, 150))
    assert carousel.current_index == 2
    _drag(qtbot, carousel.card, QPoint(700, 150), QPoint(250, 150))  # leftward: previous
    assert carousel.current_index == 1
    QTest.keyClick(carousel.card, Qt.Key.Key_Left)  # left is "next" right-to-left
    assert carousel.current_index == 2
    # The "next" button sits on the left in Arabic.
    assert (
        carousel.next_button.mapTo(main_window, QPoint()).x()
        < carousel.previous_button.mapTo(main_window, QPoint()).x()
    )


def test_buttons_keys_and_wrapping(main_window, qtbot):
    carousel = main_window.carousel
    qtbot.mouseClick(carousel.next_button, Qt.MouseButton.LeftButton)
    assert carousel.current_index == 1
    QTest.keyClick(carousel.card, Qt.Key.Key_Right)
    assert carousel.current_index == 2
    QTest.keyClick(carousel.card, Qt.Key.Key_Right)
    assert carousel.current_index == 0  # wraps around
    qtbot.mouseClick(carousel.previous_button, Qt.MouseButton.LeftButton)
    assert carousel.current_index == 2
    assert carousel.dots.accessibleName() == "Story 3 of 3"


def test_auto_advance_pauses_on_interaction_and_resumes(main_window, qtbot):
    carousel = main_window.carousel
    carousel.set_resume_after(300)
    with qtbot.waitSignal(carousel.current_changed, timeout=2000):
        carousel.set_auto_advance(40)
    assert carousel.is_auto_advancing
    _drag(qtbot, carousel.card, QPoint(700, 150), QPoint(250, 150))
    assert carousel.is_paused and not carousel.is_auto_advancing
    with qtbot.waitSignal(carousel.current_changed, timeout=3000):
        pass  # resumes by itself after the quiet period
    qtbot.waitUntil(lambda: carousel.is_auto_advancing, timeout=3000)
    carousel.set_auto_advance(0)
    assert not carousel.is_auto_advancing and not carousel.is_paused


def test_slide_animation_ends_with_the_new_card_in_place(main_window, qtbot):
    carousel = main_window.carousel
    carousel.animation_ms = 60
    carousel.next()
    assert carousel.current_index == 1
    qtbot.waitUntil(lambda: carousel._animation is None, timeout=2000)
    assert carousel.card.pos() == QPoint(0, 0)
    assert carousel.card.card.id == carousel.model.ids()[1]


def test_tap_opens_the_story(main_window, qtbot):
    card = main_window.carousel.card
    with qtbot.waitSignal(main_window.story_opened, timeout=1000) as opened:
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=QPoint(200, 100))
    assert opened.args == ["2012-07-04-cambodia"]
    assert main_window.current_page_name() == "story"


def test_story_model_loads_only_the_cards_it_is_asked_for(qapp, sample_store):
    from dataclasses import replace

    asked: list[list[str]] = []
    real = sample_store.story_ids("en")

    def loader(ids, lang):  # 30 stories made of the 3 sample ones
        asked.append(list(ids))
        cards = {c.id: c for c in sample_store.story_cards(real, lang)}
        return [replace(cards[real[int(i[1:]) % 3]], id=i) for i in ids]

    ids = [f"s{n}" for n in range(30)]  # more than one page of cards
    model = StoryListModel()
    model.PAGE = 4
    model.set_ids(ids, "en", loader)
    assert model.rowCount() == 30 and asked == []  # nothing loaded by set_ids
    assert model.data(model.index(0), StoryListModel.IdRole) == ids[0]
    assert asked == []  # ids need no card
    assert model.card(0).id == ids[0]
    assert len(asked) == 1 and len(asked[0]) <= 4
    model.card(1)  # a neighbour came with the first page
    assert len(asked) == 1
    assert model.data(model.index(15)) == sample_store.story_cards([real[0]], "en")[0].title
    assert len(asked) == 2
    model.set_ids(ids, "fr", loader, keep=ids[2])
    assert not model.is_loaded(0)  # a new language drops the cards of the old one
    assert model.start_row == 2
    assert model.card(2).shown.wanted == "fr"


def test_story_model_start_row_falls_back_to_the_first_story(qapp, sample_store):
    model = StoryListModel()
    model.set_ids(sample_store.story_ids("en"), "en", sample_store.story_cards, keep="gone")
    assert model.start_row == 0


def test_position_line_has_the_height_of_its_styled_font_before_the_first_show(qapp):
    """ "3 / 34" (more stories than dots) is measured in the font the style sheet gives it,
    also while the window is still being built: the story card above it kept a height
    that changed at the first language switch (the line measured in the default font)."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QWidget

    from kiosk.ui.theme import Theme
    from kiosk.ui.widgets.story_carousel import PositionDots

    Theme().apply(qapp)
    parent = QWidget()  # never shown: nothing polished yet
    dots = PositionDots(parent)
    dots.set_position(2, 34)
    height = dots.height()
    dots.ensurePolished()
    default = QFontMetrics(qapp.font()).height()
    assert dots.fontMetrics().height() != default  # the sheet's font is not the default
    assert height == dots.fontMetrics().height() + 8


def test_arrows_point_outward_in_both_directions(main_window, qtbot):
    """Each arrow points away from the card, toward the side it moves to: in Arabic the
    "next" button sits on the left and points left. Qt mirrors the chevron glyphs itself in
    right-to-left text (they are Bidi_Mirrored), so the text must not be swapped as well."""
    carousel = main_window.carousel
    assert chevron_points_left(carousel.previous_button)
    assert not chevron_points_left(carousel.next_button)
    main_window.set_language("ar")
    assert chevron_points_left(carousel.next_button)
    assert not chevron_points_left(carousel.previous_button)
    main_window.set_language("en")
    assert chevron_points_left(carousel.previous_button)
