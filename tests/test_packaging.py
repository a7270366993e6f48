"""The standalone build's platform-specific parts that can be checked on Linux.

packaging/qt_plugins.py decides which Qt plugins PyInstaller may collect (before its
analysis) and which collected files stay; here on the file names each platform's PySide6
wheel actually has.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "packaging"))
import deb_depends
import quick_stub
import windows_version
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
    "texttospeech": (["libqtexttospeech_speechd.so"], ["libqtexttospeech_mock.so"]),
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
    "texttospeech": (["qtexttospeech_sapi.dll", "qtexttospeech_winrt.dll"], []),
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
    "texttospeech": (["libqtexttospeech_darwin.dylib"], ["libqtexttospeech_mock.dylib"]),
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


# --- the .deb's Depends: (packaging/deb_depends.py, packaging/linux/deb-depends.txt) -------

LDD_QXCB = """\
\tlinux-vdso.so.1 (0x00007ffd5a1f0000)
\tlibQt6XcbQpa.so.6 => /opt/kiosk/_internal/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f0e)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f0d)
\tlibxcb-icccm.so.4 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f0c)
\t/lib64/ld-linux-x86-64.so.2 (0x00007f0f)
"""


def test_parse_ldd():
    assert deb_depends.parse_ldd(LDD_QXCB) == [
        ("libQt6XcbQpa.so.6", "/opt/kiosk/_internal/PySide6/Qt/lib/libQt6XcbQpa.so.6"),
        ("libxcb-cursor.so.0", "/lib/x86_64-linux-gnu/libxcb-cursor.so.0"),
        ("libxcb-icccm.so.4", None),
        ("libc.so.6", "/lib/x86_64-linux-gnu/libc.so.6"),
    ]


def _fake_bundle(tmp_path):
    bundle = tmp_path / "kiosk"
    plugin = bundle / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    plugin.parent.mkdir(parents=True)
    plugin.write_bytes(b"\x7fELF fake")
    (bundle / "_internal" / "libQt6XcbQpa.so.6").write_bytes(b"\x7fELF fake")
    (bundle / "_internal" / "readme.txt").write_text("not a library")
    return bundle


def _fake_ldd(path):
    if path.name == "libqxcb.so":
        return deb_depends.parse_ldd(LDD_QXCB.replace("=> not found", "=> /lib/libxcb-icccm.so.4"))
    return [("libc.so.6", "/lib/x86_64-linux-gnu/libc.so.6")]


OWNERS = {
    "/lib/x86_64-linux-gnu/libxcb-cursor.so.0": "libxcb-cursor0",
    "/lib/libxcb-icccm.so.4": "libxcb-icccm4",
    "/lib/x86_64-linux-gnu/libc.so.6": "libc6",
}


def test_bundled_libraries_are_not_system_dependencies(tmp_path):
    libraries = deb_depends.system_libraries(_fake_bundle(tmp_path), run_ldd=_fake_ldd)
    assert sorted(libraries.paths) == ["libc.so.6", "libxcb-cursor.so.0", "libxcb-icccm.so.4"]
    assert not libraries.missing
    needed = deb_depends.derive(libraries, owners_of=lambda paths: OWNERS)
    assert needed == {
        "libc6": ["libc.so.6"],
        "libxcb-cursor0": ["libxcb-cursor.so.0"],
        "libxcb-icccm4": ["libxcb-icccm.so.4"],
    }


def test_unresolved_library_is_reported(tmp_path):
    libraries = deb_depends.system_libraries(
        _fake_bundle(tmp_path), run_ldd=lambda path: deb_depends.parse_ldd(LDD_QXCB)
    )
    assert "libxcb-icccm.so.4" in libraries.missing


def test_list_round_trip_keeps_run_time_entries():
    text = deb_depends.format_list(
        {"libc6": ["libc.so.6"], "libxcb1": ["libxcb.so.1"]},
        {"libgl1-mesa-dri": "swrast_dri.so, seen in a trace"},
    )
    listed = deb_depends.read_list(text)
    assert listed.linked == {"libc6": "libc.so.6", "libxcb1": "libxcb.so.1"}
    assert listed.runtime == {"libgl1-mesa-dri": "swrast_dri.so, seen in a trace"}
    assert listed.packages == ["libc6", "libgl1-mesa-dri", "libxcb1"]


def test_missing_package_is_found():
    listed = deb_depends.read_list("libc6\nlibxcb-icccm4\n")
    needed = {"libc6": ["libc.so.6"], "libxcb-cursor0": ["libxcb-cursor.so.0"]}
    assert deb_depends.missing_packages(needed, listed) == {
        "libxcb-cursor0": ["libxcb-cursor.so.0"]
    }


def test_committed_list_names_the_libraries_qt_needs_for_a_window():
    listed = deb_depends.read_list(deb_depends.LIST.read_text(encoding="utf-8"))
    # The X11 platform plugin aborts without libxcb-cursor0 ("xcb-cursor0 or libxcb-cursor0
    # is needed"), video needs libpulse0: both were missing from every install note once.
    for package in ("libxcb-cursor0", "libpulse0", "libfontconfig1", "libegl1", "libc6"):
        assert package in listed.packages


FROZEN_BUNDLE = deb_depends.ROOT / "dist" / "kiosk"


@pytest.mark.frozen  # `pytest -m frozen` after packaging/build.sh
def test_frozen_bundle_needs_no_package_the_list_lacks():
    """The real bundle: ldd on every ELF file, dpkg -S on each system library.

    Fails when packaging/linux/deb-depends.txt lacks a package (remove libxcb-cursor0 from
    it to see this fail), and when there is no bundle at all.
    """
    assert (FROZEN_BUNDLE / "kiosk").is_file(), "no frozen build: run packaging/build.sh"
    libraries = deb_depends.system_libraries(FROZEN_BUNDLE)
    assert not libraries.missing, f"libraries ldd cannot resolve: {libraries.missing}"
    listed = deb_depends.read_list(deb_depends.LIST.read_text(encoding="utf-8"))
    missing = deb_depends.missing_packages(deb_depends.derive(libraries), listed)
    assert not missing, f"{deb_depends.LIST.name} lacks: {missing}"


@pytest.mark.frozen
def test_frozen_bundle_has_the_qt_quick_stand_ins_and_no_qml():
    """Qt Quick/QML in the bundle are the stand-ins of packaging/quick_stub.py (video plays
    with them: tests/e2e/test_visitor_walk.py plays the film in the frozen build)."""
    lib = FROZEN_BUNDLE / "_internal" / "PySide6" / "Qt" / "lib"
    assert (lib / quick_stub.QUICK).stat().st_size < 100_000
    assert (lib / quick_stub.QML).stat().st_size < 100_000
    assert not list(lib.glob("libQt6Qml[A-Z]*")), "QmlModels/QmlMeta/QmlWorkerScript bundled"


@pytest.mark.frozen
def test_frozen_bundle_hashes_the_admin_pin_without_openssl(tmp_path):
    """No OpenSSL in the bundle (packaging/kiosk.spec excludes ssl/_hashlib): scrypt comes
    from libsodium, and the checkout verifies what the frozen build wrote."""
    import os
    import subprocess
    import tomllib

    from kiosk.core.admin_pin import verify_pin

    internal = FROZEN_BUNDLE / "_internal"
    assert not list(internal.glob("libcrypto*")) and not list(internal.glob("libssl*"))
    settings = tmp_path / "kiosk.toml"
    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    command = [str(FROZEN_BUNDLE / "kiosk"), "admin", "set-pin", "--pin-stdin"]
    done = subprocess.run(
        [*command, "--config", str(settings)],
        input="4711\n",
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    stored = tomllib.loads(settings.read_text(encoding="utf-8"))["admin_pin_hash"]
    assert stored.startswith("scrypt$16384$8$1$")
    assert verify_pin("4711", stored) and not verify_pin("4712", stored)


@pytest.mark.frozen
@pytest.mark.parametrize("legacy", [("zh_CN", "GBK"), ("ja_JP", "EUC-JP")])
def test_frozen_bundle_starts_under_a_legacy_locale_without_east_asian_codecs(tmp_path, legacy):
    """The bundle has no East Asian codecs (packaging/kiosk.spec) and runs in Python's
    UTF-8 mode: a machine whose locale is GBK or EUC-JP still starts it (without UTF-8
    mode: 'Fatal Python error: init_fs_encoding ... unknown encoding: GBK')."""
    import os
    import subprocess

    dynload = FROZEN_BUNDLE / "_internal" / "python3.11" / "lib-dynload"
    assert not list(dynload.glob("_codecs_*")) and not list(dynload.glob("_multibytecodec*"))
    language, charmap = legacy
    name = f"{language}.{charmap}"
    (tmp_path / "locales").mkdir()
    made = subprocess.run(
        ["localedef", "-i", language, "-f", charmap, str(tmp_path / "locales" / name)],
        capture_output=True,
        text=True,
    )
    assert (tmp_path / "locales" / name).is_dir(), made.stderr
    env = dict(os.environ, HOME=str(tmp_path), LOCPATH=str(tmp_path / "locales"), LC_ALL=name)
    env.update(XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    done = subprocess.run(
        [str(FROZEN_BUNDLE / "kiosk"), "content", "report"],
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert "total (" in done.stdout.decode("utf-8")  # UTF-8 whatever the locale says


# --- Qt Quick stand-ins (packaging/quick_stub.py) -----------------------------------------


def _qt_plugin_and_lib() -> tuple[Path, Path]:
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    return qt / "plugins" / "multimedia" / "libffmpegmediaplugin.so", qt / "lib"


def test_ffmpeg_plugin_takes_from_qt_quick_only_what_the_stand_in_gives():
    """A new PySide6 whose FFmpeg plugin needs more from Qt Quick/QML fails here (and the
    build then bundles the real libraries, with a warning)."""
    plugin, lib = _qt_plugin_and_lib()
    assert quick_stub.symbols_needed_from(plugin, lib / quick_stub.QUICK) == set(quick_stub.ALLOWED)
    assert quick_stub.symbols_needed_from(plugin, lib / quick_stub.QML) == set()
    assert {quick_stub.QUICK, quick_stub.QML} <= set(quick_stub.needed_libraries(plugin))
    quick_stub.check_plugin(plugin, lib)


def test_stand_ins_define_the_symbols_under_qt_version(tmp_path):
    plugin, lib = _qt_plugin_and_lib()
    built = quick_stub.stub_libraries(plugin, lib, tmp_path)
    assert quick_stub.needed_libraries(built[quick_stub.QUICK]) == ["libc.so.6"]
    assert built[quick_stub.QUICK].stat().st_size < 100_000


def test_a_plugin_needing_more_of_qt_quick_is_refused(monkeypatch, tmp_path):
    plugin, lib = _qt_plugin_and_lib()
    monkeypatch.setattr(quick_stub, "ALLOWED", {"_ZN12QQuickWindow16staticMetaObjectE": ""})
    with pytest.raises(quick_stub.StubError, match="_ZN12QQuickWindow10grabWindowEv"):
        quick_stub.stub_libraries(plugin, lib, tmp_path)
    assert not (tmp_path / quick_stub.QUICK).exists()


# --- Windows version resource (packaging/windows_version.py) ------------------------------


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2.3rc1", (1, 2, 3, 0)),
        ("2.0", (2, 0, 0, 0)),
        ("3.1.4+local", (3, 1, 4, 0)),
    ],
)
def test_windows_version_numbers(version, numbers):
    assert windows_version.version_tuple(version) == numbers


def test_windows_version_refuses_what_is_no_version():
    with pytest.raises(ValueError):
        windows_version.version_tuple("dev")


def test_windows_version_resource_is_a_vsversioninfo_expression():
    """PyInstaller evaluates the text with its VSVersionInfo classes: here with recorders."""

    def record(kind):
        return lambda *args, **kwargs: (kind, args, kwargs)

    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct"]
    names += ["VarFileInfo", "VarStruct"]
    tree = eval(  # the format is a Python expression by design (PyInstaller does the same)
        windows_version.version_info_text("0.1.0"), {name: record(name) for name in names}
    )
    kind, _args, info = tree
    assert kind == "VSVersionInfo"
    assert info["ffi"][2]["filevers"] == (0, 1, 0, 0)
    string_table = info["kids"][0][1][0][0]
    strings = dict(entry[1] for entry in string_table[1][1])
    assert strings["ProductVersion"] == "0.1.0"
    assert strings["OriginalFilename"] == "kiosk.exe"
    assert strings["ProductName"] == "Awareness Kiosk"


# --- settings and data folders per platform (kiosk/core/config.py), with a mocked platform -----


@pytest.mark.parametrize(
    ("platform", "env", "config_base", "data_base"),
    [
        (
            "win32",
            {
                "APPDATA": r"C:\Users\ana\AppData\Roaming",
                "LOCALAPPDATA": r"C:\Users\ana\AppData\Local",
            },
            r"C:\Users\ana\AppData\Roaming",
            r"C:\Users\ana\AppData\Local",
        ),
        ("win32", {}, "{home}/AppData/Roaming", "{home}/AppData/Local"),
        ("darwin", {}, "{home}/Library/Application Support", "{home}/Library/Application Support"),
        (
            "linux",
            {"XDG_CONFIG_HOME": "/cfg", "XDG_DATA_HOME": "/data"},
            "/cfg",
            "/data",
        ),
        ("linux", {}, "{home}/.config", "{home}/.local/share"),
    ],
)
def test_settings_and_data_folders_per_platform(
    monkeypatch, tmp_path, platform, env, config_base, data_base
):
    from kiosk.core import config

    for name in ("APPDATA", "LOCALAPPDATA", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(config.sys, "platform", platform)
    home = str(tmp_path)
    assert config.user_config_dir() == Path(config_base.format(home=home)) / "awareness-kiosk"
    assert config.user_data_dir() == Path(data_base.format(home=home)) / "awareness-kiosk"
    assert config.default_settings_path().name == "settings.toml"
    assert config.default_settings_path().parent == config.user_config_dir()
