"""Test set-up: offscreen Qt before any QApplication exists, and sample content."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_ACCESSIBILITY", "0")

import pytest  # noqa: E402

from tests.sample_content import write_sample_content  # noqa: E402


@pytest.fixture
def sample_src(tmp_path):
    """A valid content source tree (with media) in a fresh temporary folder."""
    return write_sample_content(tmp_path / "resources")


@pytest.fixture
def sample_db(sample_src):
    """A database freshly built from the sample tree."""
    from kiosk.content.build import build_database

    return build_database(sample_src, sample_src.parent / "content.db").path


@pytest.fixture
def sample_store(sample_db):
    from kiosk.content.store import ContentStore

    store = ContentStore(sample_db)
    yield store
    store.close()
