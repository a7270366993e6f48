"""Which Qt plugins the standalone build ships, on Linux, Windows and macOS.

Used by packaging/kiosk.spec twice: before PyInstaller's analysis (the plugin list its Qt
hooks collect is filtered, so the libraries of unshipped plugins are never looked for: the
GTK3 theme plugin needs GTK, which a fresh machine does not have), and on the collected
files afterwards. Plain Python, no PyInstaller import, so that tests/test_packaging.py can
check it on lists of Windows and macOS file names from Linux.

Plugins are named by their stem, the same on every platform: ``libqxcb.so`` (Linux),
``libqcocoa.dylib`` (macOS) and ``qwindows.dll`` (Windows) are ``qxcb``, ``qcocoa`` and
``qwindows``. A stem that does not exist on a platform simply never matches there.
"""

from __future__ import annotations

import re

# Qt plugins kept, by folder under Qt's plugins folder: a set of stems, or None for the
# whole folder. Folders not listed (and stems not listed) are dropped.
KEEP_PLUGINS: dict[str, set[str] | None] = {
    # Linux: xcb (X11, Xvfb) and wayland (Cage); Windows: qwindows; macOS: qcocoa.
    # Everywhere: offscreen (self-test, CI) and minimal. eglfs/linuxfb/vnc are left out:
    # a kiosk runs under X11, a Wayland compositor or the system's own window manager.
    "platforms": {"qxcb", "qwayland", "qwindows", "qcocoa", "qoffscreen", "qminimal"},
    "xcbglintegrations": None,  # Linux, xcb's GL
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": {"bradient"},
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl"},
    "imageformats": {"qjpeg", "qgif", "qsvg", "qwebp", "qico"},
    "iconengines": None,  # qsvgicon
    # The FFmpeg backend (video) on every platform, plus the native one on Windows
    # (windowsmediaplugin) and macOS (darwinmediaplugin): Qt picks FFmpeg first.
    "multimedia": None,
    "platforminputcontexts": {"composeplatforminputcontextplugin"},  # Linux dead keys
    "generic": {"qevdevtouchplugin"},  # Linux touchscreens without a windowing system
    # Read aloud (kiosk/ui/read_aloud.py): speech-dispatcher (Linux), SAPI and WinRT
    # (Windows), the system voices (macOS). Qt's "mock" engine is for tests only.
    "texttospeech": {
        "qtexttospeech_speechd",
        "qtexttospeech_sapi",
        "qtexttospeech_winrt",
        "qtexttospeech_darwin",
        "qtexttospeech_avfoundation",
    },
    # Dropped on purpose (written out so that a reader sees they were considered):
    "styles": set(),  # Windows/macOS native styles: Fusion everywhere, as tested on Linux
    "tls": set(),  # the app never opens a connection
    "networkinformation": set(),
    "platformthemes": set(),  # the app draws its own theme; gtk3 pulls in GTK
    "egldeviceintegrations": set(),  # eglfs only
    "permissions": set(),  # macOS camera/microphone/location permission plugins
}

_LIBRARY_SUFFIX = re.compile(r"\.(so|dylib|dll)(\.[0-9.]*)?$")


def plugin_stem(filename: str) -> str:
    """The platform-independent name of a plugin file: libqxcb.so, qxcb.dll -> qxcb."""
    stem = _LIBRARY_SUFFIX.sub("", filename)
    if not filename.lower().endswith(".dll") and stem.startswith("lib"):
        stem = stem[3:]
    return stem


def keep_plugin(folder: str, filename: str) -> bool:
    """Whether the plugin `filename` found in Qt's plugins/`folder` is shipped."""
    if folder not in KEEP_PLUGINS:
        return False
    wanted = KEEP_PLUGINS[folder]
    return wanted is None or plugin_stem(filename) in wanted


# A plugin inside the bundle, by destination path: PySide6/Qt/plugins/<folder>/<file> on
# Linux and macOS, PySide6/plugins/<folder>/<file> on Windows (the wheel has no Qt/ there).
PLUGIN_PATH = re.compile(r"PySide6/(?:Qt/)?plugins/([^/]+)/([^/]+)$")
TRANSLATION_PATH = re.compile(r"PySide6/(?:Qt/)?translations/([a-z]+)_([A-Za-z_]+)\.qm$")


def keep_plugin_path(dest: str) -> bool | None:
    """keep_plugin() for a destination path; None when the path is no Qt plugin."""
    match = PLUGIN_PATH.search(dest.replace("\\", "/"))
    if not match:
        return None
    return keep_plugin(*match.groups())
