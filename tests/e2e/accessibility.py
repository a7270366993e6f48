"""The kiosk as a screen reader sees it: Xvfb, a private D-Bus session, the AT-SPI registry.

`ScreenReaderProbe` starts the kiosk (from the checkout) on a private Xvfb display with its
own D-Bus session bus (`dbus-daemon`; the accessibility bus and the AT-SPI registry of
Debian's `at-spi2-core` are started on demand through that bus) and
`QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`, then talks to tools/atspi_walk.py, run by the
system Python (the AT-SPI client `gir1.2-atspi-2.0` and `python3-gi` come from Debian).
Used by tests/e2e/test_screen_reader.py and tools/accessibility_tree.py; see
docs/accessibility.md.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from tests.e2e.test_visitor_walk import Kiosk, Visitor, kiosk_env, private_xvfb

ROOT = Path(__file__).resolve().parents[2]
WALKER = ROOT / "tools" / "atspi_walk.py"
SYSTEM_PYTHON = "/usr/bin/python3"
DBUS_DAEMON = "dbus-daemon"
REGISTRY = "/usr/libexec/at-spi2-registryd"  # at-spi2-core; the bus launcher is beside it

#: Roles a visitor operates: each must have a name (what a screen reader says).
INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "menu item",
    "link",
    "slider",
    "scroll bar",
    "spin button",
    "combo box",
    "entry",
    "password text",
    "list item",
    "page tab",
    "table cell",
}


def missing_tools() -> list[str]:
    """What this probe needs and this machine lacks (Debian packages in brackets)."""
    missing = []
    for tool, package in (("Xvfb", "xvfb"), ("xdotool", "xdotool"), (DBUS_DAEMON, "dbus-daemon")):
        if shutil.which(tool) is None:
            missing.append(f"{tool} ({package})")
    if not Path(REGISTRY).exists():
        missing.append(f"{REGISTRY} (at-spi2-core)")
    if not Path(SYSTEM_PYTHON).exists():
        missing.append(f"{SYSTEM_PYTHON} (python3)")
    else:
        check = subprocess.run(
            [
                SYSTEM_PYTHON,
                "-c",
                "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi",
            ],
            capture_output=True,
            env={"PATH": os.environ.get("PATH", "/usr/bin:/bin")},
        )
        if check.returncode:
            missing.append("the AT-SPI client for /usr/bin/python3 (gir1.2-atspi-2.0 python3-gi)")
    return missing


@contextlib.contextmanager
def session_bus(runtime: Path):
    """A private D-Bus session bus; yields its address. Stopping it ends the services it
    started (the accessibility bus launcher and the registry). Those keep their sockets in
    `runtime` (XDG_RUNTIME_DIR), not in ~/.cache: two walks at once never share a bus."""
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    daemon = subprocess.Popen(
        [DBUS_DAEMON, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(runtime)},
    )
    try:
        address = daemon.stdout.readline().strip()
        if not address:
            raise RuntimeError("dbus-daemon printed no address")
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        daemon.stdout.close()


class Walker:
    """tools/atspi_walk.py in the system Python: one JSON command, one JSON answer."""

    def __init__(self, pid: int, env: dict[str, str], log: Path):
        self.log = log.open("w")
        self.proc = subprocess.Popen(
            [SYSTEM_PYTHON, str(WALKER), "--pid", str(pid), "--timeout", "60"],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
            text=True,
            bufsize=1,
        )
        hello = self._read()
        if not hello.get("ready"):
            raise RuntimeError(f"the AT-SPI walker did not start: {hello}")

    def _read(self) -> dict:
        line = self.proc.stdout.readline()
        if not line:
            self.proc.wait(timeout=10)
            raise RuntimeError(
                f"the AT-SPI walker stopped ({self.proc.returncode}); see {self.log.name}"
            )
        return json.loads(line)

    def ask(self, **command) -> dict:
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()
        return self._read()

    def tree(self) -> dict:
        return self.ask(cmd="tree")["tree"]

    def press(self, name: str, role: str | None = None) -> dict:
        answer = self.ask(cmd="action", name=name, role=role)
        if "error" in answer:
            raise AssertionError(answer["error"])
        return answer["done"]

    def focused(self) -> dict | None:
        return self.ask(cmd="focused")["focused"]

    def events(self) -> list[dict]:
        return self.ask(cmd="events")["events"]

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.proc.stdin.write('{"cmd": "quit"}\n')
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.proc.stdout.close()
        self.log.close()


@contextlib.contextmanager
def screen_reader_probe(folder: Path, settings: str, args: tuple[str, ...] = ()):
    """The kiosk (kiosk mode, `settings` TOML) under Xvfb with AT-SPI on; yields
    (kiosk, walker, visitor) once its home screen is ready."""
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "kiosk.toml"
    config.write_text(settings)
    with private_xvfb() as display, session_bus(folder / "bus") as address:
        env = kiosk_env(folder / "home", display)
        env |= {
            "DBUS_SESSION_BUS_ADDRESS": address,
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
        }
        command = [sys.executable, "-m", "kiosk", "--mode", "kiosk", "--log-state"]
        kiosk = Kiosk([*command, "--config", str(config), *args], env, folder / "kiosk.log")
        walker = None
        try:
            ready = kiosk.wait_for(event="ready", timeout=90)
            kiosk.targets.update(ready.get("targets", {}))
            walker_env = {k: v for k, v in env.items() if not k.startswith("PYTHON")}
            walker = Walker(kiosk.proc.pid, walker_env, folder / "walker.log")
            time.sleep(1)  # the first paint
            yield kiosk, walker, Visitor(display, kiosk.targets)
        finally:
            if walker is not None:
                walker.stop()
            kiosk.stop()


# --- reading a tree ---------------------------------------------------------------------
def nodes(tree: dict, path: tuple[str, ...] = ()):
    """(node, ancestors' roles) for every node, depth first (the reading order)."""
    yield tree, path
    for child in tree.get("children", []):
        yield from nodes(child, (*path, tree["role"]))


def interactive(tree: dict) -> list[dict]:
    return [node for node, _ in nodes(tree) if node["role"] in INTERACTIVE]


def unnamed(tree: dict) -> list[dict]:
    """Interactive nodes a screen reader could only call by their role."""
    return [node for node in interactive(tree) if not node["name"].strip()]


def find(tree: dict, name: str | None = None, role: str | None = None) -> list[dict]:
    return [
        node
        for node, _ in nodes(tree)
        if (name is None or node["name"] == name) and (role is None or node["role"] == role)
    ]


def as_text(tree: dict) -> str:
    """The tree as indented lines: [role] "name" (description) states, one node a line."""
    lines = []
    shown = ("focusable", "focused", "checkable", "checked", "selected", "modal", "editable")

    def visit(node: dict, depth: int) -> None:
        line = f"{'  ' * depth}[{node['role']}] {json.dumps(node['name'], ensure_ascii=False)}"
        if node.get("description") and depth:  # (the application's is its executable)
            line += f" ({json.dumps(node['description'], ensure_ascii=False)})"
        states = [state for state in node.get("states", []) if state in shown]
        if "sensitive" not in node.get("states", []) and node["role"] in INTERACTIVE:
            states.append("disabled")
        if states:
            line += "  " + ",".join(states)
        lines.append(line)
        for child in node.get("children", []):
            visit(child, depth + 1)

    visit(tree, 0)
    return "\n".join(lines) + "\n"
