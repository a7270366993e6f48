"""A very long story opens at once and fills in chunk by chunk, keeping the interface live."""

from __future__ import annotations

from kiosk.ui.pages.story_page import CHUNK_CHARS, StoryBody, markdown_chunks

PARAGRAPH = "Mexico became the first country to adopt the Blue Heart campaign. " * 8


def long_markdown(paragraphs: int) -> str:
    return "".join(f"{PARAGRAPH}{n}\n\n" for n in range(paragraphs))


def test_chunks_cut_at_paragraph_breaks_and_keep_code_fences_whole():
    text = long_markdown(400)
    chunks = markdown_chunks(text)
    assert "".join(chunks) == text and len(chunks) > 3
    assert all(chunk.endswith("\n\n") for chunk in chunks)
    assert all(len(chunk) < CHUNK_CHARS + len(PARAGRAPH) + 10 for chunk in chunks)
    fenced = "```\n" + ("code line\n\n" * 5000) + "```\n\nafter\n"
    assert markdown_chunks(fenced)[0].count("```") == 2  # never cut inside a fence
    assert markdown_chunks("short\n") == ["short\n"]


def test_a_long_story_shows_its_start_at_once_and_the_rest_soon(qtbot):
    body = StoryBody()
    qtbot.addWidget(body)
    body.resize(800, 600)
    body.show()
    text = long_markdown(1500)  # ~800 KB: about a second of layout in one go
    body.show_markdown(text)
    assert not body.complete
    shown = body.toPlainText()
    assert shown.startswith(PARAGRAPH.strip()) and "1499" not in shown
    qtbot.waitUntil(lambda: body.complete, timeout=30_000)
    whole = body.toPlainText()
    assert whole.rstrip().endswith("1499") and whole.count("Blue Heart") == 1500 * 8


def test_a_new_story_replaces_a_long_one_still_filling_in(qtbot):
    body = StoryBody()
    qtbot.addWidget(body)
    body.show_markdown(long_markdown(1500))
    body.show_markdown("# Short\n\nA short story.\n")
    assert body.complete
    qtbot.wait(50)
    assert "Blue Heart" not in body.toPlainText()


def test_a_large_story_photo_is_scaled_once_per_size_not_per_repaint(qtbot, tmp_path):
    from PySide6.QtGui import QImage

    from kiosk.ui.icons import Icons
    from kiosk.ui.widgets.locator_map import LocatorMap

    photo = tmp_path / "big.png"
    image = QImage(3000, 2000, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    assert image.save(str(photo))
    view = LocatorMap(Icons())
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show_story("s", None, "", (), photo)
    first = view.picture()
    assert view.picture().cacheKey() == first.cacheKey()  # a repaint reuses it
    assert first.width() <= 400 * view.devicePixelRatioF() + 1 or first.height() <= 301
    view.resize(500, 300)
    assert view.picture().cacheKey() != first.cacheKey()  # a new size scales again
