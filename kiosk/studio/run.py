"""Opening the content studio: `kiosk studio [SRC]`, or File > Content studio in desktop mode."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from kiosk.content.edit import ContentFolder, EditError
from kiosk.studio.profile import StudioProfile, prepare_workspace

WORKSPACE_NAME = "Kiosk content"


def default_workspace() -> Path:
    """`<Documents>/Kiosk content`: the bundled sources are copied there on first use."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / WORKSPACE_NAME


def content_folder(src: Path | None, profile: StudioProfile) -> ContentFolder:
    """The folder to edit: `src`, else the last one opened, else the workspace (made if needed)."""
    from kiosk.core import locate

    if src is not None:
        return ContentFolder(src)
    last = profile.last_folder
    if last is not None and (last / "stories").is_dir():
        return ContentFolder(last)
    root = prepare_workspace(default_workspace(), locate.content_sources(), locate.media_root())
    return ContentFolder(root)


def open_studio(
    src: Path | None, language, profile: StudioProfile | None = None, *, own_language=False
):
    """The studio window on the chosen folder (not shown yet); raises EditError."""
    from kiosk.studio.window import StudioWindow

    profile = profile or StudioProfile()
    return StudioWindow(content_folder(src, profile), profile, language, own_language=own_language)


def run(args: argparse.Namespace) -> int:
    """`kiosk studio [SRC]`: the studio as its own application."""
    from kiosk.core import config
    from kiosk.i18n import InterfaceLanguage
    from kiosk.ui.assembly import create_application
    from kiosk.ui.theme import Theme

    settings, _warnings = config.load_settings(getattr(args, "config", None))
    app = create_application()
    Theme().apply(app)
    language = InterfaceLanguage(app, app)
    language.switch(getattr(args, "lang", None) or settings.default_language)
    try:
        window = open_studio(args.src, language, own_language=True)
    except (EditError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    window.show()
    return app.exec()
