"""Every resource page says where its statements come from ("Sources")."""

from __future__ import annotations

import pytest

from kiosk.content.store import ContentStore
from kiosk.core import locate
from tests.media_fixtures import MULTIMEDIA_NOISE

pytestmark = pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE)  # the film page opens the player


@pytest.fixture
def window(window_factory):
    store = ContentStore(locate.bundled_database(), locate.resources_root())
    yield window_factory(store)
    store.close()


def test_every_resource_page_shows_its_sources(window):
    for resource in window.store.resources("en"):
        assert resource.sources, resource.id
        window.open_resource(resource.id)
        header = window.page(f"resource:{resource.id}").header
        text = header.sources_label.text()
        assert header.sources_label.isVisibleTo(header), resource.id
        assert text.startswith("Sources: ")
        for source in resource.sources:
            assert source.title in text
        window.go_back()


def test_sources_and_original_versions_in_the_interface_language(window):
    window.set_language("fr")
    window.open_resource("affected-for-life")
    text = window.page("resource:affected-for-life").header.sources_label.text()
    assert text.startswith("Sources : \u2068Human Trafficking Training Film")
    assert "23 août 2011" in text
    assert "citées par les sources : arabe, français, anglais, espagnol, russe" in text
    window.go_back()
    window.open_resource("first-aid-kit")
    text = window.page("resource:first-aid-kit").header.sources_label.text()
    assert "Les sources ne citent aucune version linguistique de l’original." in text


def test_the_trust_fund_page_cites_the_general_assembly_resolution(window):
    window.open_resource("trust-fund")
    page = window.page("resource:trust-fund")
    assert "A/RES/64/293, United Nations Global Plan of Action" in page.header.sources_label.text()
    assert page.qr_card.isHidden()  # no address: none of the sources gives one


def test_an_english_source_keeps_its_punctuation_in_an_arabic_line():
    """Title and publisher are isolated runs of their own direction (FSI .. PDI): in an
    Arabic line an English title's closing quote went to its far side, and the
    parentheses and semicolons between sources read out of order (link pages in Arabic)."""
    import datetime as dt

    from kiosk.content.model import SourceRef
    from kiosk.ui.pages.resource_header import cite

    title = "Querétaro: the world’s first ‘Blue Heart City’"
    cited = cite(SourceRef(title, dt.date(2011, 9, 9), "UNODC", "A/1"), "ar")
    assert cited.startswith(f"\u2068A/1, {title}\u2069 (\u2068UNODC\u2069, ")
    assert (
        cite(SourceRef(title, dt.date(2011, 9, 9)), "en")
        == f"\u2068{title}\u2069 (9 September 2011)"
    )
