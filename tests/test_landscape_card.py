"""The home screen's story card on landscape screens (1920x1080 kiosk, 1366x768 laptop):
the summary gets its whole text and the lines its room holds, cut only where it does not
fit (after a whole word, or a character in Chinese, with "…"); on a laptop at the largest
text some summary shows; the picture stays put from story to story and language to
language.

Before: the summary stopped at its first 320 characters, leaving ~210 px of a 1920x1080
card empty under it; at 1366x768 the card showed no summary at all (title, date, note and
button only) in most languages at text 1.0 and in every language at 1.5."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.content.model import Shown, StoryCard
from kiosk.ui.media_noise import MULTIMEDIA_NOISE
from kiosk.ui.theme import TEXT_SIZES

pytestmark = pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE)

ELLIPSIS = "…"
# Stories of every kind: a topic picture or a country map, summaries of 39 to 615 letters.
ROWS = (0, 1, 2, 13, 25)


def settle(app) -> None:
    """Let the layouts finish (a relayout posts further requests)."""
    for _ in range(6):
        app.processEvents()


def room_problem(summary) -> str | None:
    """What is wrong with the summary's lines in the box the card gives it (None: nothing):
    they run over it, or it is cut with room for another line (in its own script)."""
    room, width = summary.height(), summary.width()
    shown = summary.heightForWidth(width)
    if shown > room + 1:
        return f"the summary's lines run {shown - room} px over its room"
    if summary.is_clamped() and summary.height_for(width, summary.max_lines() + 1) <= room:
        return f"the summary is cut with room for another line ({room - shown} px empty)"
    return None


def cut_well(full: str, shown: str) -> str | None:
    """What is wrong with `shown` as a cut of `full` (None: nothing)."""
    full = " ".join(full.split())
    if shown == full:
        return None
    if not shown.endswith(ELLIPSIS):
        return f"cut without an ellipsis: {shown[-30:]!r}"
    kept = shown.removesuffix(ELLIPSIS)
    if not full.startswith(kept):
        return f"not the beginning of the summary: {shown[-30:]!r}"
    if " " in full and full[len(kept)] not in " ,.;:":
        return f"cut inside a word: {kept[-20:]!r}|{full[len(kept) : len(kept) + 10]!r}"
    return None


@pytest.mark.slow
def test_a_landscape_card_gives_its_summary_the_room_it_has(qapp):
    from kiosk.selftest.run import SCREENS, run_self_test

    pictures: dict[tuple[int, float], dict[str, set]] = {}
    summaries: dict[tuple[int, float, str], bool] = {}

    def inspect(window):
        carousel, card = window.carousel, window.carousel.card
        size, scale, lang = window.width(), window.theme.text_scale, window.lang
        problems = []
        for row in ROWS:
            carousel.set_current(row)
            settle(qapp)
            story, summary, picture = card.card, card.summary, card.illustration
            where = f"story {row}"
            pictures.setdefault((size, scale), {}).setdefault(lang, set()).add(
                # (Arabic mirrors the card: the picture's distance from its near edge.)
                (
                    card.height(),
                    picture.isVisible(),
                    picture.size().toTuple(),
                    picture.y(),
                    min(picture.x(), card.width() - picture.x() - picture.width()),
                )
            )
            if row == 0:
                summaries[(size, scale, lang)] = summary.isVisible()
            if not summary.isVisible():
                continue
            # The whole summary is given; the card shows what its room holds.
            if " ".join(summary.full_text().split()) != " ".join(story.summary.split()):
                problems.append(f"{where}: the summary is cut before it is fitted")
            if error := cut_well(story.summary, summary.text()):
                problems.append(f"{where}: {error}")
            if error := room_problem(summary):
                problems.append(f"{where}: {error}")
        carousel.set_current(0)
        return problems

    lines: list[str] = []
    code = run_self_test(
        None,
        screens=[screen for screen in SCREENS if screen.name == "home"],
        size=[(1920, 1080), (1366, 768)],
        text_scales=[TEXT_SIZES[0], TEXT_SIZES[-1]],
        say=lines.append,
        inspect=inspect,
    )
    assert code == 0, "\n".join(line for line in lines if line.startswith("FAIL"))
    # A kiosk shows the summary in every language and text size.
    assert all(shown for (size, _, _), shown in summaries.items() if size == 1920), summaries
    # A laptop at the largest text: some summary in Arabic (before: none in any language).
    # (Russian: its language note is too wide to sit beside "Read the story", and under
    # the title it leaves ~10 px, a line needs 38.)
    laptop = {lang for (size, scale, lang), shown in summaries.items() if size == 1366 and shown}
    assert {"en", "ar", "zh"} <= laptop, summaries
    # The picture does not move from story to story, nor between languages whose cards
    # have the same height (on a kiosk all of them: before, the guides' heading was taller
    # in Arabic and the card 12 px lower).
    for text in (TEXT_SIZES[0], TEXT_SIZES[-1]):
        kiosk = set().union(*pictures[(1920, text)].values())
        assert len(kiosk) == 1, (text, kiosk)
    for shape, by_lang in pictures.items():
        assert all(len(seen) == 1 for seen in by_lang.values()), (shape, by_lang)
        by_height: dict[int, set] = {}
        for seen in by_lang.values():
            height = next(iter(seen))[0]
            by_height.setdefault(height, set()).update(seen)
        assert all(len(seen) == 1 for seen in by_height.values()), (shape, by_lang)


def long_card(lang: str, summary: str) -> StoryCard:
    return StoryCard(
        id=f"long-{lang}",
        date=dt.date(2024, 1, 1),
        country=None,
        tags=(),
        credit=None,
        image=None,
        sensitive=False,
        shown=Shown(lang, lang),
        title="A title",
        summary=summary,
        languages=(lang,),
    )


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("zh", "联合国毒品和犯罪问题办公室与各国政府合作，打击人口贩运并保护受害者的权利。"),
        ("ru", "Управление ООН по наркотикам и преступности помогает странам защищать жертв. "),
        ("ar", "يساعد مكتب الأمم المتحدة المعني بالمخدرات والجريمة البلدان على حماية الضحايا. "),
    ],
)
def test_a_long_summary_fills_the_card_and_ends_at_a_boundary(main_window, qapp, lang, sentence):
    """A summary far longer than the card: its lines reach the bottom of their room, the
    last ends in "…" after a whole word (Chinese: a whole character)."""
    main_window.resize(1920, 1080)
    card = main_window.carousel.card
    story = long_card(lang, sentence * 40)
    card.show_card(story, "en")
    settle(qapp)
    summary = card.summary
    assert summary.isVisible()
    assert cut_well(story.summary, summary.text()) is None, summary.text()[-40:]
    assert summary.is_clamped()
    assert room_problem(summary) is None, room_problem(summary)
    assert len(summary.text()) > 320  # not the first 320 characters
