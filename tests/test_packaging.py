"""The standalone build's platform-specific parts that can be checked on Linux.

packaging/qt_plugins.py decides which Qt plugins PyInstaller may collect (before its
analysis) and which collected files stay; here on the file names each platform's PySide6
wheel actually has.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "packaging"))
from qt_plugins import keep_plugin, keep_plugin_path, plugin_stem


@pytest.mark.parametrize(
    ("filename", "stem"),
    [
        ("libqxcb.so", "qxcb"),
        ("libqcocoa.dylib", "qcocoa"),
        ("qwindows.dll", "qwindows"),
        ("libxdg-shell.so", "xdg-shell"),
        ("libqt-plugin-wayland-egl.so", "qt-plugin-wayland-egl"),
        ("libffmpegmediaplugin.so.6", "ffmpegmediaplugin"),
        ("ffmpegmediaplugin.dll", "ffmpegmediaplugin"),
    ],
)
def test_plugin_stem(filename, stem):
    assert plugin_stem(filename) == stem


# Plugin folders as found in the PySide6 6.11 wheels, with what the kiosk ships of each.
LINUX = {
    "platforms": (
        ["libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqminimal.so"],
        [
            "libqeglfs.so",
            "libqlinuxfb.so",
            "libqvnc.so",
            "libqminimalegl.so",
            "libqvkkhrdisplay.so",
        ],
    ),
    "platformthemes": ([], ["libqgtk3.so", "libqxdgdesktopportal.so"]),
    "imageformats": (
        ["libqjpeg.so", "libqgif.so", "libqsvg.so", "libqwebp.so", "libqico.so"],
        ["libqtiff.so", "libqwbmp.so", "libqpdf.so", "libqtga.so", "libqicns.so"],
    ),
    "platforminputcontexts": (
        ["libcomposeplatforminputcontextplugin.so"],
        ["libibusplatforminputcontextplugin.so", "libqtvirtualkeyboardplugin.so"],
    ),
    "generic": (["libqevdevtouchplugin.so"], ["libqevdevmouseplugin.so", "libqtuiotouchplugin.so"]),
    "multimedia": (["libffmpegmediaplugin.so"], []),
    "tls": ([], ["libqopensslbackend.so", "libqcertonlybackend.so"]),
    "egldeviceintegrations": ([], ["libqeglfs-kms-integration.so", "libqeglfs-x11-integration.so"]),
    "sqldrivers": ([], ["libqsqlite.so"]),
}
WINDOWS = {
    "platforms": (
        ["qwindows.dll", "qoffscreen.dll", "qminimal.dll"],
        ["qdirect2d.dll"],
    ),
    "styles": ([], ["qmodernwindowsstyle.dll"]),
    "imageformats": (
        ["qjpeg.dll", "qgif.dll", "qsvg.dll", "qwebp.dll", "qico.dll"],
        ["qtiff.dll", "qwbmp.dll", "qpdf.dll"],
    ),
    "iconengines": (["qsvgicon.dll"], []),
    "multimedia": (["ffmpegmediaplugin.dll", "windowsmediaplugin.dll"], []),
    "tls": ([], ["qschannelbackend.dll", "qopensslbackend.dll", "qcertonlybackend.dll"]),
    "networkinformation": ([], ["qnetworklistmanager.dll"]),
    "generic": ([], ["qtuiotouchplugin.dll"]),
    "platforminputcontexts": ([], ["qtvirtualkeyboardplugin.dll"]),
}
MACOS = {
    "platforms": (
        ["libqcocoa.dylib", "libqoffscreen.dylib", "libqminimal.dylib"],
        [],
    ),
    "styles": ([], ["libqmacstyle.dylib"]),
    "imageformats": (
        ["libqjpeg.dylib", "libqgif.dylib", "libqsvg.dylib", "libqwebp.dylib", "libqico.dylib"],
        ["libqmacheif.dylib", "libqmacjp2.dylib", "libqtiff.dylib"],
    ),
    "iconengines": (["libqsvgicon.dylib"], []),
    "multimedia": (["libffmpegmediaplugin.dylib", "libdarwinmediaplugin.dylib"], []),
    "permissions": ([], ["libqdarwincamerapermission.dylib", "libqdarwinlocationpermission.dylib"]),
    "tls": ([], ["libqsecuretransportbackend.dylib", "libqopensslbackend.dylib"]),
    "networkinformation": ([], ["libqscnetworkreachability.dylib"]),
}


@pytest.mark.parametrize("platform", [LINUX, WINDOWS, MACOS], ids=["linux", "windows", "macos"])
def test_plugin_filter_per_platform(platform):
    for folder, (kept, dropped) in platform.items():
        for name in kept:
            assert keep_plugin(folder, name), f"{folder}/{name} must be shipped"
        for name in dropped:
            assert not keep_plugin(folder, name), f"{folder}/{name} must not be shipped"


@pytest.mark.parametrize(
    "platform_plugin",
    ["libqxcb.so", "qwindows.dll", "libqcocoa.dylib"],
)
def test_each_platform_keeps_its_window_system_plugin(platform_plugin):
    # The regression this guards: Linux .so names on every platform dropped the only
    # plugin that opens a window on Windows (qwindows.dll) and macOS (libqcocoa.dylib).
    assert keep_plugin("platforms", platform_plugin)


def test_unknown_plugin_folder_is_dropped():
    assert not keep_plugin("webview", "libqtwebview_webengine.so")
    assert not keep_plugin("sensors", "qtsensors_generic.dll")


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),  # Linux
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", True),  # Windows wheel: no Qt/ folder
        ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),  # macOS
        ("PySide6/Qt/plugins/styles/libqmacstyle.dylib", False),
    ],
)
def test_plugin_destination_paths(dest, kept):
    assert keep_plugin_path(dest) is kept


def test_non_plugin_paths_are_left_to_the_other_rules():
    assert keep_plugin_path("PySide6/Qt/lib/libQt6Core.so.6") is None
    assert keep_plugin_path("PySide6/Qt6Core.dll") is None
