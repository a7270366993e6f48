"""Interface translations: complete, up to date with the code, compiled .qm not stale."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.i18n import UI_LANGUAGES, qm_path, ts_path

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


@pytest.mark.parametrize("code", UI_LANGUAGES)
def test_every_message_is_translated(code):
    path = ts_path(code)
    assert path.is_file(), f"{path} is missing: run python tools/update_translations.py"
    problems = []
    for context, message in messages(path):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        for form in forms:
            if not form.strip():
                problems.append(f"{context}: {source!r} has an empty translation")
            wanted = set(PLACEHOLDER.findall(source)) - ({"%n"} if len(forms) > 1 else set())
            if not wanted <= set(PLACEHOLDER.findall(form)):
                problems.append(f"{context}: {form!r} lost a placeholder of {source!r}")
    assert not problems, "\n".join(problems)


def test_translations_cover_every_string_in_the_code(tmp_path):
    """lupdate over kiosk/ into copies of the .ts files finds nothing new to translate."""
    from tools.update_translations import find_tool, sources

    lupdate = find_tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate not installed")

    copies = []
    for code in UI_LANGUAGES:
        if code == "en":
            continue
        copy = tmp_path / ts_path(code).name
        shutil.copy(ts_path(code), copy)
        copies.append(copy)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run(
        [lupdate, "-locations", "relative", "-no-obsolete", *files, "-ts", *map(str, copies)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    missing = sorted(
        {
            f"{context}: {message.findtext('source')!r}"
            for copy in copies
            for context, message in messages(copy)
            if message.find("translation").get("type") == "unfinished"
        }
    )
    assert not missing, (
        "interface strings without a translation; run `python tools/update_translations.py`, "
        "translate the unfinished messages, run it again:\n" + "\n".join(missing)
    )


@pytest.mark.parametrize("code", UI_LANGUAGES)
def test_compiled_qm_is_not_stale(code, tmp_path):
    from tools.update_translations import find_tool

    lrelease = find_tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease not installed")
    fresh = tmp_path / f"kiosk_{code}.qm"
    subprocess.run(
        [lrelease, "-silent", str(ts_path(code)), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert qm_path(code).is_file(), f"{qm_path(code)} missing: run tools/update_translations.py"
    assert qm_path(code).read_bytes() == fresh.read_bytes(), (
        f"{qm_path(code).name} is stale against its .ts: run python tools/update_translations.py"
    )


def test_pseudo_localisation_stretches_text_and_forces_rtl(qapp, monkeypatch):
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication

    from kiosk.i18n import InterfaceLanguage, pseudo_localise

    assert pseudo_localise("Page %1 of %2").count("%1") == 1
    assert len(pseudo_localise("Quick exit")) > len("Quick exit") * 1.3
    monkeypatch.setenv("KIOSK_PSEUDO", "1")
    language = InterfaceLanguage(qapp)
    try:
        language.switch("en")
        text = QCoreApplication.translate("MainWindow", "Quick exit")
        assert text.startswith("[") and "Ç" not in text and text != "Quick exit"
        assert "~" in text
        assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        language.uninstall()
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_qt_own_translations_are_loaded(qapp):
    from PySide6.QtCore import QCoreApplication

    from kiosk.i18n import InterfaceLanguage

    language = InterfaceLanguage(qapp)
    try:
        language.switch("fr")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
        language.switch("zh")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        language.uninstall()


def test_translator_notes_are_only_the_ones_written_for_translators():
    """lupdate takes every `#:` comment as a note: code comments must use plain `#`."""
    import re

    notes = []
    for path in sorted((ROOT / "kiosk").rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines):
            if not line.lstrip().startswith("#:"):
                continue
            following = next((x for x in lines[n + 1 :] if not x.lstrip().startswith("#:")), "")
            if not re.search(r"\btr\(|translate\(|QT_TRANSLATE_NOOP|QT_TR_NOOP", following):
                notes.append(f"{path.relative_to(ROOT)}:{n + 1}")
    assert not notes, f"`#:` comments not above a translated string: {notes}"


def test_the_date_format_hint_reaches_the_translators():
    [(_context, message)] = [
        (c, m) for c, m in messages(ts_path("zh")) if m.findtext("source") == "d MMMM yyyy"
    ]
    assert "QDate format" in (message.findtext("extracomment") or "")
    assert message.find("location") is not None  # -locations relative: the source is named
