"""End to end, as a visitor: the real program under Xvfb, driven with xdotool.

Starts its own Xvfb (1280x800), launches the kiosk as a subprocess in kiosk mode with
`--log-state` (from the checkout, and the frozen build when dist/kiosk exists), then taps
and swipes like a person: a language, the carousel, a story, the film and its play
button, the quick exit, and finally waits for the attract loop (a 10 s attract timeout
from a --config file). Each step is checked twice: the screen (an X screenshot that is
not blank and differs from the one before) and the JSON state lines the app prints.

State lines relied on (one JSON object per line on stdout, see kiosk/app.py):
    {"event": "ready", "page": "home", "lang": "en"}          first, once the window exists
    {"event": "language", "lang": "fr"}                        after a language tap
    {"event": "carousel", "index": 1, "story": "<id>"}         after a swipe (optional*)
    {"event": "story", "story": "<id>", "lang": "fr"}          a story opened
    {"event": "page", "page": "<name>", "lang": "fr"}          "home", "story",
                                                               "resource:affected-for-life",
                                                               "attract", ...
    {"event": "film", "playing": true}                         the film plays (optional*)
    {"event": "attract", "active": true}  or page "attract"    the attract loop
(*) checked when the app prints them; the screenshot is checked either way.
An optional "targets" object in the ready line ({"language:fr": [x, y], ...}, screen
coordinates of the centres) overrides the tap positions below.

Screenshots of every step are kept in the test's tmp folder (PNG) for a person to look at.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import shutil
import struct
import subprocess
import sys
import threading
import time
import zlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FROZEN = ROOT / "dist" / "kiosk" / "kiosk"
WIDTH, HEIGHT = 1280, 800

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.slow,
    pytest.mark.skipif(
        not all(shutil.which(tool) for tool in ("Xvfb", "xdotool", "xwd")),
        reason="needs Xvfb, xdotool and xwd (Debian: xvfb xdotool x11-apps; scripts/setup.sh)",
    ),
]

# Where a person taps on the 1280x800 kiosk screen (left-to-right layout), used unless the
# app's ready line gives "targets". Keep in step with kiosk/ui/main_window.py.
TARGETS = {
    "language:fr": (833, 44),
    "carousel": (640, 335),  # the story card; a horizontal swipe across it changes story
    "story:open": (860, 310),  # the story's title on the card: a tap opens it
    "back": (70, 125),  # the story page's back button, top left
    "resource:affected-for-life": (330, 595),  # the film's card in the resource row
    "film:play": (640, 700),  # the big play button under the video
    "quick_exit": (1190, 760),
}


# --- X server, screenshots ---------------------------------------------------------------
@contextlib.contextmanager
def private_xvfb(width: int = WIDTH, height: int = HEIGHT):
    """A private Xvfb display of width x height, no window manager (`-displayfd` picks a
    free number); yields its name, e.g. ":12"."""
    read, write = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    number = b""
    deadline = time.monotonic() + 20
    while not number.endswith(b"\n") and time.monotonic() < deadline:
        chunk = os.read(read, 16)
        if not chunk:
            break
        number += chunk
    os.close(read)
    if not number.strip():
        server.kill()
        pytest.fail("Xvfb did not start")
    try:
        yield f":{number.decode().strip()}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def display():
    """A private Xvfb display of the walk's size."""
    with private_xvfb() as name:
        yield name


class Screen:
    """Screenshots of the whole X screen (xwd), compared as raw pixels, saved as PNG."""

    def __init__(self, display: str, folder: Path):
        self.display, self.folder, self.count = display, folder, 0
        self.previous: bytes | None = None

    def grab(self) -> bytes:
        """RGB bytes of the root window."""
        raw = subprocess.run(
            ["xwd", "-root", "-silent", "-display", self.display],
            check=True,
            capture_output=True,
            timeout=20,
        ).stdout
        header = struct.unpack(">25I", raw[:100])  # XWDFileHeader, big-endian CARD32s
        header_size, width, height = header[0], header[4], header[5]
        byte_order, bits_per_pixel, bytes_per_line, ncolors = (
            header[7],
            header[11],
            header[12],
            header[19],
        )
        assert (width, height, bits_per_pixel) == (WIDTH, HEIGHT, 32), header[:12]
        assert bytes_per_line == 4 * width, bytes_per_line
        start = header_size + 12 * ncolors  # after the colour map (XWDColor: 12 bytes)
        pixels = raw[start : start + 4 * width * height]
        rgb = bytearray(3 * width * height)
        if byte_order == 0:  # LSBFirst: B, G, R, pad
            rgb[0::3], rgb[1::3], rgb[2::3] = pixels[2::4], pixels[1::4], pixels[0::4]
        else:  # MSBFirst: pad, R, G, B
            rgb[0::3], rgb[1::3], rgb[2::3] = pixels[1::4], pixels[2::4], pixels[3::4]
        return bytes(rgb)

    def shot(self, name: str) -> bytes:
        """Take, save and return a screenshot; it must not be blank."""
        image = self.grab()
        self.count += 1
        save_png(self.folder / f"{self.count:02d}-{name}.png", image, WIDTH, HEIGHT)
        colours = len({image[i : i + 3] for i in range(0, len(image), 3 * 97)})
        assert colours > 8, f"{name}: the screen is blank ({colours} colours)"
        return image

    def changed(self, name: str, minimum: float = 0.01, within: float = 3.0) -> bytes:
        """A screenshot that differs from the previous one in at least `minimum` of pixels,
        within `within` seconds: the state line comes when the app has acted, its paint a
        moment later (a page built on first use, a busy machine)."""
        deadline = time.monotonic() + within
        while self.previous is not None:
            share = differing_share(self.previous, self.grab())
            if share >= minimum:
                break
            assert time.monotonic() < deadline, f"{name}: the screen did not change ({share:.2%})"
            time.sleep(0.2)
        image = self.shot(name)
        self.previous = image
        return image


def differing_share(a: bytes, b: bytes, step: int = 7) -> float:
    pixels = range(0, min(len(a), len(b)) - 2, 3 * step)
    return sum(a[i : i + 3] != b[i : i + 3] for i in pixels) / len(pixels)


def save_png(path: Path, rgb: bytes, width: int, height: int) -> None:
    rows = b"".join(b"\x00" + rgb[y * width * 3 : (y + 1) * width * 3] for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows, 6))
        + chunk(b"IEND", b"")
    )


def kiosk_env(home: Path, display: str) -> dict[str, str]:
    """The kiosk's environment on `display`, with a private home and XDG folders."""
    for sub in ("data", "config", "cache", "run"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    (home / "run").chmod(0o700)
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith(("QT_", "KIOSK_"))},
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(home / "run"),
        "PYTHONPATH": str(ROOT),  # `python -m kiosk` from the checkout, whatever the cwd
    }


# --- the app ------------------------------------------------------------------------------
class Kiosk:
    """The app as a subprocess; its stdout state lines are collected by a thread."""

    def __init__(self, command: list[str], env: dict[str, str], log: Path):
        self.log = log.open("w")
        self.proc = subprocess.Popen(
            command,
            env=env,
            cwd=env["HOME"],
            stdout=subprocess.PIPE,
            stderr=self.log,
            stdin=subprocess.DEVNULL,
            text=True,
            bufsize=1,
        )
        self.lines: queue.Queue = queue.Queue()
        self.seen: list[dict] = []
        self.targets: dict = {}  # tap positions reported by the app with each page
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            line = line.strip()
            if line.startswith("{"):
                with contextlib.suppress(json.JSONDecodeError):
                    self.lines.put(json.loads(line))

    def wait_for(self, timeout: float = 15, **expected) -> dict:
        """The next state line containing `expected` (earlier lines are kept in `seen`)."""
        for state in self.seen:
            if all(state.get(k) == v for k, v in expected.items()):
                self.seen.remove(state)
                self.targets.update(state.get("targets", {}))
                return state
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None and self.lines.empty():
                pytest.fail(f"the kiosk exited ({self.proc.returncode}) waiting for {expected}")
            try:
                state = self.lines.get(timeout=0.2)
            except queue.Empty:
                continue
            if all(state.get(k) == v for k, v in expected.items()):
                self.targets.update(state.get("targets", {}))
                return state
            self.seen.append(state)
        pytest.fail(f"no state line {expected} within {timeout} s; saw {self.seen}")

    def saw(self, **expected) -> bool:
        """Whether a state line with `expected` has arrived (without waiting)."""
        while not self.lines.empty():
            self.seen.append(self.lines.get())
        return any(all(s.get(k) == v for k, v in expected.items()) for s in self.seen)

    def saw_within(self, timeout: float, **expected) -> bool:
        """Whether a state line with `expected` arrives within `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.saw(**expected):
                return True
            time.sleep(0.3)
        return False

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.reader.join(timeout=5)
        self.proc.stdout.close()
        self.log.close()


class Visitor:
    """xdotool as a person's finger (touch arrives in Qt as mouse events from one point)."""

    def __init__(self, display: str, targets: dict):
        self.env = {**os.environ, "DISPLAY": display}
        self.targets = targets

    def _xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env, check=True, timeout=20)

    def tap(self, target: str) -> None:
        x, y = self.targets[target][:2]
        self._xdotool("mousemove", "--sync", str(x), str(y), "click", "1")
        time.sleep(0.6)

    def swipe(self, target: str, dx: int) -> None:
        """A quick horizontal swipe across `target`, `dx` pixels."""
        x, y = self.targets[target][:2]
        self._drag((x - dx // 2, y), (x + dx - dx // 2, y), steps=12, delay=0.015)

    def drag(self, target: str, dy: int) -> None:
        """A slow vertical drag that stops before the finger lifts (no flick)."""
        x, y = self.targets[target][:2]
        self._drag((x, y - dy // 2), (x, y + dy - dy // 2), steps=15, delay=0.03, hold=0.3)

    def _drag(self, start, end, *, steps: int, delay: float, hold: float = 0.0) -> None:
        (x0, y0), (x1, y1) = start, end
        self._xdotool("mousemove", "--sync", str(x0), str(y0), "mousedown", "1")
        for i in range(1, steps + 1):
            self._xdotool(
                "mousemove", str(x0 + (x1 - x0) * i // steps), str(y0 + (y1 - y0) * i // steps)
            )
            time.sleep(delay)
        time.sleep(hold)
        self._xdotool("mouseup", "1")
        time.sleep(0.8)

    def hold(self, x: int, y: int, seconds: float) -> None:
        self._xdotool("mousemove", "--sync", str(x), str(y), "mousedown", "1")
        time.sleep(seconds)
        self._xdotool("mouseup", "1")
        time.sleep(0.6)


def commands() -> list:
    params = [pytest.param([sys.executable, "-m", "kiosk"], id="checkout")]
    params.append(
        pytest.param(
            [str(FROZEN)],
            id="frozen",
            marks=pytest.mark.frozen,  # `pytest -m frozen` after packaging/build.sh
        )
    )
    return params


def launch(command: list, display: str, tmp_path: Path, settings: str) -> tuple[Kiosk, Screen]:
    """The kiosk in kiosk mode with `settings` (TOML), in a private home folder."""
    config = tmp_path / "kiosk.toml"
    config.write_text(settings)
    env = kiosk_env(tmp_path / "home", display)
    extra = []
    if command[0] == sys.executable and not (ROOT / "resources" / "content.db").exists():
        # No committed database yet: build one from the checkout's sources.
        db = tmp_path / "content.db"
        subprocess.run([*command, "content", "build", "-o", str(db)], env=env, check=True)
        extra = ["--db", str(db)]
    screen = Screen(display, tmp_path)
    app = Kiosk(
        [*command, "--mode", "kiosk", "--log-state", "--config", str(config), *extra],
        env,
        tmp_path / "kiosk.log",
    )
    return app, screen


def stop(app: Kiosk, tmp_path: Path) -> None:
    app.stop()
    errors = (tmp_path / "kiosk.log").read_text(errors="replace")
    print(f"screenshots: {tmp_path}\n--- kiosk stderr (tail) ---\n{errors[-3000:]}")


@pytest.mark.parametrize("command", commands())
def test_a_visitor_walks_through_the_kiosk(command, display, tmp_path):
    assert Path(command[0]).exists(), f"{command[0]} missing: run packaging/build.sh first"
    settings = 'mode = "kiosk"\nattract_timeout_s = 10\nidle_timeout_s = 600\n'
    app, screen = launch(command, display, tmp_path, settings)
    try:
        ready = app.wait_for(event="ready", timeout=60)
        assert ready.get("page") == "home" and ready.get("lang") == "en", ready
        visitor = Visitor(display, {**TARGETS, **ready.get("targets", {})})
        app.targets = visitor.targets  # later page lines bring the positions on that page
        time.sleep(2)  # first paint, icon font
        screen.changed("home")

        visitor.tap("language:fr")
        app.wait_for(event="language", lang="fr")
        screen.changed("french")

        visitor.swipe("carousel", dx=-500)
        app.wait_for(event="carousel", index=1)  # a swipe to the left shows the next story
        screen.changed("swiped")

        visitor.tap("story:open")
        story = app.wait_for(event="story", lang="fr")
        assert story.get("story")
        app.wait_for(event="page", page="story")
        screen.changed("story")

        visitor.tap("back")
        app.wait_for(event="page", page="home")
        screen.changed("back-home")

        visitor.tap("resource:affected-for-life")
        app.wait_for(event="page", page="resource:affected-for-life")
        time.sleep(1)  # the film page paints its first frame
        screen.changed("film")
        # The film's language and subtitles: a tap opens a list of large rows, a tap chooses.
        visitor.tap("film:language")
        app.wait_for(event="sheet")
        screen.changed("film-language-list")
        visitor.tap("sheet:es")
        app.wait_for(event="film", version="es")
        screen.changed("film-in-spanish")
        visitor.tap("film:subtitles")
        app.wait_for(event="sheet")
        visitor.tap("sheet:fr")
        app.wait_for(event="film", version="es", subtitles="fr")
        screen.changed("film-french-subtitles", minimum=0.001)  # the chooser says so
        visitor.tap("film:play")
        app.wait_for(event="film", playing=True)
        time.sleep(2)  # the film runs: frames change under the controls
        screen.changed("playing", minimum=0.002)

        visitor.tap("back")
        app.wait_for(event="page", page="home")
        # The First Aid Kit: opens at "whole page"; a sideways swipe turns the page, and at
        # "page width" a one-finger drag scrolls by about the distance dragged.
        visitor.tap("resource:first-aid-kit")
        app.wait_for(event="page", page="resource:first-aid-kit")
        app.wait_for(event="pdf", page=0, fit="page")
        screen.changed("pdf-whole-page")
        visitor.swipe("pdf:view", dx=-400)
        app.wait_for(event="pdf", page=1, fit="page")
        screen.changed("pdf-page-2")
        visitor.tap("pdf:fit-width")
        start = app.wait_for(event="pdf", page=1, fit="width")  # still on page 2
        time.sleep(1)
        screen.changed("pdf-page-width")
        while app.saw(event="pdf"):  # the lines that came while the view settled
            start = app.wait_for(event="pdf")
        visitor.drag("pdf:view", dy=-300)
        moved = app.wait_for(event="pdf", fit="width")
        assert 240 <= moved["scroll"] - start["scroll"] <= 400, (start, moved)
        screen.changed("pdf-dragged")

        visitor.tap("quick_exit")
        app.wait_for(event="page", page="neutral")  # at once, over everything
        app.wait_for(event="language", lang="en")  # and the session was reset behind it
        screen.changed("quick-exit")

        # Nobody touches the screen: the attract loop starts after attract_timeout_s.
        app.wait_for(event="page", page="attract", timeout=40)
        time.sleep(1)
        screen.changed("attract")
        visitor.tap("story:open")  # a touch anywhere leaves it for the home screen
        app.wait_for(event="page", page="home")
        assert app.proc.poll() is None, "the kiosk exited"
    finally:
        stop(app, tmp_path)


@pytest.mark.parametrize("command", commands())
def test_staff_installs_a_pack_from_the_usb_stick_list(command, display, tmp_path):
    """The hidden corner, the PIN pad, the admin panel's list of packs, a tap installs."""
    from kiosk.core.admin_pin import hash_pin
    from tests.pack_fixtures import build_version, make_key

    key, public = make_key(tmp_path / "keys")
    stick = tmp_path / "usb"
    stick.mkdir()
    build_version(tmp_path, key, "2").rename(stick / "new-content.kpack")
    settings = (
        'mode = "kiosk"\nattract_timeout_s = 600\nidle_timeout_s = 600\n'
        f'admin_pin_hash = "{hash_pin("2468")}"\ntrusted_keys = ["{public}"]\n'
        f'watch_folder = "{stick}"\n'
    )
    app, screen = launch(command, display, tmp_path, settings)
    try:
        ready = app.wait_for(event="ready", timeout=60)
        visitor = Visitor(display, {**TARGETS, **ready.get("targets", {})})
        app.targets = visitor.targets
        time.sleep(2)
        screen.changed("home")
        visitor.hold(12, 12, 6.0)  # staff: hold the top-left corner
        app.wait_for(event="page", page="pin")
        screen.changed("pin-pad")
        for digit in "2468":
            visitor.tap(f"pin:{digit}")
        visitor.tap("pin:ok")
        app.wait_for(event="page", page="admin")
        screen.changed("admin")
        visitor.tap("admin:install")
        listed = app.wait_for(event="sheet")
        assert "sheet:0" in listed["targets"], listed
        screen.changed("pack-list")
        visitor.tap("sheet:0")
        app.wait_for(event="content", changed=True, timeout=60)
        screen.changed("installed")
        assert app.proc.poll() is None, "the kiosk exited"
    finally:
        stop(app, tmp_path)
