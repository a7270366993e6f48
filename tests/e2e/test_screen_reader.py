"""What a screen reader receives, read from outside the process over AT-SPI.

The real program runs under Xvfb with a private D-Bus session and the AT-SPI registry
(tests/e2e/accessibility.py); tools/atspi_walk.py, in the system Python, reads its
accessibility tree as Orca would. Screens: home, a story (and its content note), the
film, the PDF, the trust fund page, the idle warning, the PIN pad, the admin panel and
search results, in English and Arabic (and the home screen in Chinese). Fails on:

- any interactive or focusable control without a name, or named in another language
  than the interface's (the kiosk's own labels, compared with its translations);
- the languages or the topic/country filters exposed as anything but one exclusive
  choice (radio buttons, exactly one checked);
- a story card without its title, position ("Story 3 of 34") and date, a carousel
  step that is not announced;
- the idle warning not an announced alert, the PIN pad not a named dialog, its entry
  not read as a count of digits ("PIN: 4 digits entered", never the dots or digits);
- the PDF's fit ("Whole page" / "Page width") not one choice of two radio buttons, or
  still showing a fit chosen after a zoom (the zoom then said and named);
- Tab moving against the reading order (left to right, right to left in Arabic).
How to run it and read its output: docs/accessibility.md.
"""

from __future__ import annotations

import itertools
import re
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication

from tests.e2e.accessibility import (
    INTERACTIVE,
    as_text,
    find,
    missing_tools,
    nodes,
    screen_reader_probe,
)

MISSING = missing_tools()
pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.slow,
    pytest.mark.skipif(
        bool(MISSING),
        reason="needs " + ", ".join(MISSING) + " (scripts/setup.sh TEST_PACKAGES)",
    ),
]

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = 'mode = "kiosk"\nattract_timeout_s = 600\nidle_timeout_s = 600\n'
ARABIC = re.compile("[\u0600-\u06ff]")
CHINESE = re.compile("[\u4e00-\u9fff]")
SCRIPT = {"ar": ARABIC, "zh": CHINESE}

#: The kiosk's own control names (Qt context, English source) that the home screen shows.
HOME_NAMES = [
    ("StoryCarousel", "Previous story"),
    ("StoryCarousel", "Next story"),
    ("StoryCardView", "Read the story"),
    ("FilterChips", "All stories"),
    ("MainWindow", "High contrast"),
    ("TextSizeChoice", "Larger text"),
    ("MainWindow", "Quick exit"),
]


@pytest.fixture
def translated(qapp):
    """tr(context, text) in a given interface language, from the kiosk's own translations."""
    from kiosk.i18n import InterfaceLanguage

    language = InterfaceLanguage(qapp)

    def tr(lang: str, context: str, text: str, n: int = -1) -> str:
        language.switch(lang)
        return QCoreApplication.translate(context, text, None, n)

    yield tr
    language.uninstall()
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


# --- checks on one tree -------------------------------------------------------------------
def check_names(tree: dict, screen: str) -> None:
    """Every control a visitor can reach (by role or by focus) has a name."""
    unnamed = [
        f"[{node['role']}] at {node['box']} in {' > '.join(path[-3:])}"
        for node, path in nodes(tree)
        if (node["role"] in INTERACTIVE or "focusable" in node["states"])
        and not node["name"].strip()
    ]
    assert not unnamed, f"{screen}: controls without a name:\n" + "\n".join(unnamed)


def check_one_choice(group: dict, what: str, count: int | None = None) -> list[dict]:
    """`group`'s buttons are radio buttons (not check boxes), exactly one checked."""
    wrong = [
        f"{n['name']!r} is a {n['role']}"
        for n, _ in nodes(group)
        if n["role"] in ("check box", "toggle button")
        or ("checkable" in n["states"] and n["role"] != "radio button")
    ]
    assert not wrong, f"{what}: one exclusive choice, but " + "; ".join(wrong)
    radios = find(group, role="radio button")
    if count is not None:
        assert len(radios) == count, f"{what}: {len(radios)} radio buttons, not {count}"
    checked = [n["name"] for n in radios if "checked" in n["states"]]
    assert len(checked) == 1, f"{what}: {len(checked)} choices checked: {checked}"
    return radios


def position_pattern(tr, lang: str) -> re.Pattern:
    """ "Story %1 of %2" in `lang`, as a pattern (the numbers in any digits)."""
    text = tr(lang, "PositionDots", "Story %1 of %2")
    return re.compile(re.escape(text).replace("%1", r"(\S+)").replace("%2", r"(\S+)"))


def carousel_parts(tree: dict, tr, lang: str) -> tuple[dict, str]:
    """The story card (focusable panel named by its title) and the position it says."""
    stories = find(tree, name=tr(lang, "MainWindow", "Stories"))
    assert stories, "no region named 'Stories' (the carousel)"
    cards = [n for n, _ in nodes(stories[0]) if n["role"] == "panel" and n["name"]]
    assert cards, "the carousel shows no named story card"
    card = cards[0]
    match = position_pattern(tr, lang).search(card["description"])
    assert match, f"the story card does not say its position: {card['description']!r}"
    return card, match.group(0)


def check_reading_order(stops: list[dict], rtl: bool) -> None:
    """Consecutive focus stops on the same line go from the line's start to its end."""
    for before, after in itertools.pairwise(stops):
        (x0, y0, w0, h0), (x1, y1, w1, h1) = before["box"], after["box"]
        if min(y0 + h0, y1 + h1) - max(y0, y1) <= 0:
            continue  # a new line: nothing to compare
        start0, start1 = (-(x0 + w0), -(x1 + w1)) if rtl else (x0, x1)
        assert start1 >= start0, (
            f"Tab goes backwards ({'right to left' if not rtl else 'left to right'}): "
            f"{before['name']!r} {before['box']} -> {after['name']!r} {after['box']}"
        )


# --- the walks ------------------------------------------------------------------------------
def walk_home(walker, visitor, tr, lang: str, folder: Path) -> dict:
    tree = walker.tree()
    (folder / f"home-{lang}.txt").write_text(as_text(tree), encoding="utf-8")
    check_names(tree, f"home ({lang})")
    names = {n["name"] for n in (node for node, _ in nodes(tree))}
    for context, source in HOME_NAMES:
        wanted = tr(lang, context, source)
        assert wanted in names, f"home ({lang}): no control named {wanted!r} ({source})"
        if lang in SCRIPT:
            assert SCRIPT[lang].search(wanted), f"{source!r} is not translated into {lang}"
    languages = find(tree, name=tr(lang, "LanguageBar", "Language"))
    assert languages, "no group named 'Language'"
    radios = check_one_choice(languages[0], "the languages", count=6)
    current = {"en": "English", "ar": "العربية", "zh": "中文"}[lang]
    assert [n["name"] for n in radios if "checked" in n["states"]] == [current]
    sizes = find(tree, name=tr(lang, "TextSizeChoice", "Text size"))
    assert sizes, "no group named 'Text size'"
    check_one_choice(sizes[0], "the text sizes", count=3)
    chips = find(tree, name=tr(lang, "MainWindow", "Filter the stories"))
    assert chips, "no group named 'Filter the stories'"
    chip_radios = check_one_choice(chips[0], "the topic and country filters")
    assert len(chip_radios) > 10
    card, _position = carousel_parts(tree, tr, lang)
    labels = [n["name"] for n, _ in nodes(card) if n["role"] == "label" and n["name"]]
    assert card["name"] in labels, f"the card's title is not shown: {labels}"
    date_line = labels[0]  # date and country, above the title
    assert re.search(r"\d", date_line) and date_line in card["description"], (
        f"the card's description lacks its date {date_line!r}: {card['description']!r}"
    )
    return tree


def step_the_carousel(walker, tr, lang: str) -> None:
    """ "Next story": the card says the next position, and screen readers are told."""
    _, before = carousel_parts(walker.tree(), tr, lang)
    walker.events()
    walker.press(tr(lang, "StoryCarousel", "Next story"))
    time.sleep(1)
    card, after = carousel_parts(walker.tree(), tr, lang)
    assert after != before, f"the position did not change: {before!r}"
    said = [e["text"] for e in walker.events() if e["type"] == "object:announcement"]
    assert any(text.startswith(after) and card["name"] in text for text in said), (
        f"no announcement of {after!r} {card['name']!r}; announced: {said}"
    )


def check_pdf_fit(walker, tr, lang: str) -> None:
    """The fit is one choice of two radios; a zoom leaves neither checked and is said."""
    fit_name = tr(lang, "DocumentPage", "Fit the page to the screen")
    fits = find(walker.tree(), name=fit_name)
    assert fits, f"no group named {fit_name!r} (the PDF's fit)"
    check_one_choice(fits[0], "the PDF's fit", count=2)
    walker.events()
    walker.press(tr(lang, "DocumentPage", "Zoom in"))
    time.sleep(1)
    tree = walker.tree()
    radios = find(find(tree, name=fit_name)[0], role="radio button")
    checked = [n["name"] for n in radios if "checked" in n["states"]]
    assert len(radios) == 2 and not checked, f"after a zoom a fit still shows chosen: {checked}"
    percent = re.escape(tr(lang, "DocumentPage", "%1 %")).replace("%1", r"\d+")
    zoom = re.compile(re.escape(tr(lang, "DocumentPage", "Zoom: %1")).replace("%1", percent))
    named = [n["name"] for n, _ in nodes(tree) if zoom.fullmatch(n["name"])]
    assert named, f"no label says the zoom ({zoom.pattern})"
    said = [e["text"] for e in walker.events() if e["type"] == "object:announcement"]
    assert named[0] in said, f"the zoom {named[0]!r} was not announced: {said}"
    walker.press(tr(lang, "DocumentPage", "Page width"), role="radio button")
    time.sleep(0.5)
    check_one_choice(find(walker.tree(), name=fit_name)[0], "the PDF's fit, chosen again", 2)


def tab_through(walker, visitor, count: int) -> list[dict]:
    stops = []
    for _ in range(count):
        visitor._xdotool("key", "Tab")
        time.sleep(0.25)
        focused = walker.focused()
        if focused is not None:
            stops.append(focused)
    return stops


def resource_titles(lang: str) -> dict[str, str]:
    """Resource id -> its title in `lang` (the name of its card), from the bundled content."""
    from kiosk.content.store import ContentStore

    store = ContentStore(ROOT / "resources" / "content.db")
    try:
        return {resource.id: resource.title for resource in store.resources(lang)}
    finally:
        store.close()


def read_screen(walker, folder: Path, screen: str, lang: str) -> dict:
    """The tree now, kept as `<screen>-<lang>.txt`; every control in it named."""
    tree = walker.tree()
    (folder / f"{screen.replace(':', '-')}-{lang}.txt").write_text(as_text(tree), encoding="utf-8")
    check_names(tree, f"{screen} ({lang})")
    return tree


def walk_page(walker, kiosk, name: str, page: str, folder: Path, lang: str) -> dict:
    """Open a page with the screen reader's "press" on the control named `name`."""
    walker.press(name)
    kiosk.wait_for(event="page", page=page)
    time.sleep(1.5)  # the page paints (the film's first frame, the PDF's pages)
    return read_screen(walker, folder, page, lang)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_screen_reader_walks_the_visitor_screens(lang, tmp_path, translated):
    tr = translated
    with screen_reader_probe(tmp_path, SETTINGS, ("--lang", lang)) as (kiosk, walker, visitor):
        walk_home(walker, visitor, tr, lang, tmp_path)
        step_the_carousel(walker, tr, lang)

        stops = tab_through(walker, visitor, 16)
        assert {s["role"] for s in stops} >= {"radio button", "push button"}, stops
        check_reading_order(stops, rtl=lang == "ar")
        chosen = [s["name"] for s in stops if s["role"] == "radio button"]
        assert {"en": "English", "ar": "العربية"}[lang] in chosen, (
            f"Tab did not enter the languages at the chosen one: {chosen}"
        )

        tree = walk_page(
            walker, kiosk, tr(lang, "StoryCardView", "Read the story"), "story", tmp_path, lang
        )
        note = find(tree, name=tr(lang, "ContentNote", "Content note"))
        if note:  # a sensitive story: the note comes first, then the story
            walker.press(tr(lang, "ContentNote", "Continue to the story"))
            time.sleep(1)
            check_names(walker.tree(), f"story after the content note ({lang})")
        walker.press(tr(lang, "StoryPage", "Back to the stories"))
        kiosk.wait_for(event="page", page="home")

        titles = resource_titles(lang)
        for resource in ("affected-for-life", "first-aid-kit", "trust-fund"):
            page = f"resource:{resource}"
            tree = walk_page(walker, kiosk, titles[resource], page, tmp_path, lang)
            if resource == "affected-for-life":
                for source in ("Back 10 seconds", "Forward 10 seconds", "Position in the film"):
                    assert find(tree, name=tr(lang, "FilmPage", source)), source
            if resource == "first-aid-kit":
                for source in ("Previous page", "Next page", "Zoom in", "Zoom out"):
                    assert find(tree, name=tr(lang, "DocumentPage", source)), source
                check_pdf_fit(walker, tr, lang)
            walker.press(tr(lang, "ResourceHeader", "Back"))
            kiosk.wait_for(event="page", page="home")


def test_screen_reader_home_in_chinese(tmp_path, translated):
    with screen_reader_probe(tmp_path, SETTINGS, ("--lang", "zh")) as (_kiosk, walker, visitor):
        walk_home(walker, visitor, translated, "zh", tmp_path)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_screen_reader_hears_the_idle_warning(lang, tmp_path, translated):
    tr = translated
    settings = 'mode = "kiosk"\nattract_timeout_s = 600\nidle_timeout_s = 10\nidle_warning_s = 60\n'
    with screen_reader_probe(tmp_path, settings, ("--lang", lang)) as (kiosk, walker, visitor):
        visitor.hold(640, 790, 0.1)  # a touch starts the visit; 10 s later: "Still there?"
        walker.events()
        kiosk.wait_for(event="warning", timeout=40)
        time.sleep(1)
        tree = read_screen(walker, tmp_path, "idle-warning", lang)
        title = tr(lang, "IdleWarning", "Still there?")
        alerts = find(tree, role="alert")
        assert [a["name"] for a in alerts] == [title], alerts
        said = [e for e in walker.events() if e["type"] == "object:announcement"]
        assert any(e["role"] == "alert" and e["text"].startswith(title) for e in said), said
        walker.press(tr(lang, "IdleWarning", "Continue"))
        time.sleep(0.5)
        assert not find(walker.tree(), role="alert"), "the alert stays after Continue"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_screen_reader_reads_the_pin_pad_and_admin_panel(lang, tmp_path, translated):
    from kiosk.core.admin_pin import hash_pin

    tr = translated
    settings = f'{SETTINGS}admin_pin_hash = "{hash_pin("2468")}"\n'
    with screen_reader_probe(tmp_path, settings, ("--lang", lang)) as (kiosk, walker, visitor):
        visitor.hold(12, 12, 6.0)  # staff: hold the top-left corner
        kiosk.wait_for(event="page", page="pin")
        time.sleep(1)
        tree = read_screen(walker, tmp_path, "pin", lang)
        dialogs = find(tree, role="dialog")
        assert [d["name"] for d in dialogs] == [tr(lang, "PinPad", "Staff PIN")], dialogs
        under = find(tree, name=tr(lang, "MainWindow", "Quick exit"))
        assert not under, "the home screen's controls are still read under the PIN pad"
        entry = tr(lang, "PinPad", "PIN: no digits entered")
        assert find(tree, name=entry), f"the PIN entry is not named {entry!r}"
        walker.events()
        for digit in "2468":
            walker.press(digit)
        time.sleep(0.5)
        tree = walker.tree()
        entry = tr(lang, "PinPad", "PIN: %n digit(s) entered", 4)
        four = QLocale(lang).toString(4)  # "٤" in Arabic, as the kiosk counts there
        assert four in entry and find(tree, name=entry), f"the PIN entry is not named {entry!r}"
        assert not [n for n, _ in nodes(tree) if "●" in n["name"] or "2468" in n["name"]]
        said = [e["text"] for e in walker.events() if e["type"] == "object:announcement"]
        assert said and said[-1] == entry, f"the digits entered were not said: {said}"
        tree = walk_page(walker, kiosk, tr(lang, "PinPad", "Enter"), "admin", tmp_path, lang)
        assert find(tree, name=tr(lang, "AdminPanel", "Administration"))
        assert not find(tree, name=tr(lang, "MainWindow", "Quick exit")), "home under admin"
        walker.press(tr(lang, "AdminPanel", "Back to the kiosk"))
        kiosk.wait_for(event="page", page="home")
        time.sleep(0.5)
        assert find(walker.tree(), name=tr(lang, "MainWindow", "Quick exit")), "home not back"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_screen_reader_reads_search_results(lang, tmp_path, translated):
    """Desktop mode (the kiosk mode has no keyboard search): each hit says title and date."""
    tr = translated
    args = ("--lang", lang, "--mode", "desktop")
    with screen_reader_probe(tmp_path, SETTINGS, args) as (kiosk, walker, visitor):
        tree = walker.tree()
        check_names(tree, f"home, desktop mode ({lang})")
        field = find(tree, name=tr(lang, "SearchField", "Search stories"))
        assert field and "editable" in field[0]["states"], field
        x, y, w, h = field[0]["box"]
        visitor._xdotool("mousemove", "--sync", str(x + w // 2), str(y + h // 2), "click", "1")
        visitor._xdotool("type", "--delay", "40", "trafficking")
        visitor._xdotool("key", "Return")
        kiosk.wait_for(event="page", page="search")
        time.sleep(1)
        tree = read_screen(walker, tmp_path, "search", lang)
        results = find(tree, name=tr(lang, "SearchResultsPage", "Search results"))
        assert results, "no list named 'Search results'"
        hits = [n for n, _ in nodes(results[0]) if n["role"] in ("list item", "table cell")]
        assert hits, f"no hits read out: {as_text(results[0])}"
        for hit in hits:
            assert hit["name"] and re.search(r"\d", hit["description"]), (
                f"a hit without its title or date: {hit['name']!r} {hit['description']!r}"
            )
