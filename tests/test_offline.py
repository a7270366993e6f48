"""No resource page ever touches the network: every page is used with sockets forbidden."""

from __future__ import annotations

import os
import socket
import sys

import pytest

from kiosk.ui.pages.resource_page import create_resource_page
from tests.media_fixtures import MULTIMEDIA_NOISE, make_clip, make_pdf, resource, show_hosted

pytestmark = pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE)


@pytest.fixture
def no_network(monkeypatch):
    """Fail any attempt to resolve a name or open a connection from Python."""
    attempts: list[str] = []

    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append(name)
            raise OSError(f"network access attempted in an offline kiosk: {name}")

        return blocked

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def open_sockets() -> set[str]:
    """Sockets this process holds (seen by the kernel: Qt's C++ sockets included)."""
    if not sys.platform.startswith("linux"):
        return set()
    found = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:"):
            found.add(target)
    return found


@pytest.mark.slow
def test_every_resource_page_works_offline(qtbot, tmp_path, no_network):
    before = open_sockets()
    pdf = make_pdf(tmp_path / "kit.en.pdf", 2, "Offline")
    clip = make_clip(tmp_path / "film.en.mp4", 1.0)
    vtt = tmp_path / "film.en.vtt"
    vtt.write_text("WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n", encoding="utf-8")
    pages = [
        resource("fund", url="https://www.unodc.org/unodc/en/human-trafficking-fund.html"),
        resource("link", url="https://www.unodc.org/blueheart/"),
        resource("document", {"en": pdf}),
    ]
    for res in pages:
        page = create_resource_page(res, "en")
        window = show_hosted(qtbot, page)
        if res.kind == "document":
            page.next_page()
            page.zoom_in()
            qtbot.waitUntil(lambda p=page: p.current_page() == 1, timeout=3000)
        page.close_media()
        window.close()

    from kiosk.ui.pages.film_page import FilmPage

    film = FilmPage(resource("film", {"en": clip}, {"en": vtt}), "en", audio=False)
    window = show_hosted(qtbot, film)
    qtbot.waitUntil(film.has_frame, timeout=5000)
    film.set_subtitle_language("en")
    film.play()
    qtbot.waitUntil(film.is_playing, timeout=5000)
    qtbot.waitUntil(lambda: not film.is_playing() and film.video.poster_shown(), timeout=8000)
    film.close_media()
    window.close()

    assert no_network == []
    assert open_sockets() - before == set()
