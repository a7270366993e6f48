#!/usr/bin/python3
"""What a screen reader receives from the running kiosk: its AT-SPI tree, read from outside.

Runs with the SYSTEM Python (`/usr/bin/python3`), not the project's virtual environment:
the AT-SPI client library comes from Debian (`gir1.2-atspi-2.0`, `python3-gi`), not PyPI.
It needs the accessibility bus of a D-Bus session (`at-spi2-core`) and the kiosk started
with `QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1` on that session; tests/e2e/test_accessibility.py
sets all of this up under Xvfb (see docs/accessibility.md).

A small server: one JSON command per line on standard input, one JSON answer per line on
standard output, so that events (focus, name changes, announcements) are collected between
commands by the GLib main loop.

    {"cmd": "tree"}                              the application's tree, showing nodes only
    {"cmd": "focused"}                           the node that has the keyboard focus
    {"cmd": "action", "name": "Next story"}      does the first action of the showing node
                                                 with that name (optional "role")
    {"cmd": "events"}                            events since the last call, then forgets them
    {"cmd": "quit"}

A node: {"role": "push button", "name": ..., "description": ..., "states": [...],
"actions": [...], "box": [x, y, w, h] (screen), "children": [...]}.

    /usr/bin/python3 tools/atspi_walk.py --pid 1234          (then type commands)
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

#: States worth reporting (the rest are noise for a screen-reader check).
STATES = {
    Atspi.StateType.FOCUSABLE: "focusable",
    Atspi.StateType.FOCUSED: "focused",
    Atspi.StateType.CHECKABLE: "checkable",
    Atspi.StateType.CHECKED: "checked",
    Atspi.StateType.SELECTABLE: "selectable",
    Atspi.StateType.SELECTED: "selected",
    Atspi.StateType.SENSITIVE: "sensitive",
    Atspi.StateType.SHOWING: "showing",
    Atspi.StateType.VISIBLE: "visible",
    Atspi.StateType.MODAL: "modal",
    Atspi.StateType.ACTIVE: "active",
    Atspi.StateType.EDITABLE: "editable",
}
#: Deeper than any kiosk screen; guards against a cycle in a broken tree.
MAX_DEPTH = 40


def find_application(pid: int, timeout: float) -> Atspi.Accessible:
    """The application with process id `pid` on the accessibility bus (waits for it)."""
    deadline = time.monotonic() + timeout
    while True:
        desktop = Atspi.get_desktop(0)
        for index in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(index)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except GLib.Error:
                continue
        if time.monotonic() > deadline:
            raise SystemExit(f"no application with process id {pid} on the accessibility bus")
        time.sleep(0.3)


def states_of(node: Atspi.Accessible) -> list[str]:
    state_set = node.get_state_set()
    return [name for state, name in STATES.items() if state_set.contains(state)]


def describe(node: Atspi.Accessible) -> dict:
    """One node without its children."""
    info = {
        "role": node.get_role_name(),
        "name": node.get_name() or "",
        "description": node.get_description() or "",
        "states": states_of(node),
        "actions": [],
        "box": [0, 0, 0, 0],
    }
    action = node.get_action_iface()
    if action is not None:
        info["actions"] = [action.get_action_name(i) for i in range(action.get_n_actions())]
    component = node.get_component_iface()
    if component is not None:
        box = component.get_extents(Atspi.CoordType.SCREEN)
        info["box"] = [box.x, box.y, box.width, box.height]
    value = node.get_value_iface()
    if value is not None:
        info["value"] = value.get_current_value()
    return info


def walk(node: Atspi.Accessible, depth: int = 0) -> dict | None:
    """`node` and its showing descendants (hidden subtrees are left out)."""
    try:
        info = describe(node)
        if depth and "showing" not in info["states"]:
            return None
        children = []
        if depth < MAX_DEPTH:
            for index in range(node.get_child_count()):
                child = node.get_child_at_index(index)
                if child is not None:
                    shown = walk(child, depth + 1)
                    if shown is not None:
                        children.append(shown)
        info["children"] = children
        return info
    except GLib.Error as error:  # the widget went away while being read
        return {"role": "gone", "name": str(error), "states": [], "children": []}


def first(node: Atspi.Accessible, test, depth: int = 0) -> Atspi.Accessible | None:
    """The first showing node (depth first) for which `test(node)` holds."""
    try:
        if depth and not node.get_state_set().contains(Atspi.StateType.SHOWING):
            return None
        if test(node):
            return node
        for index in range(node.get_child_count() if depth < MAX_DEPTH else 0):
            child = node.get_child_at_index(index)
            found = child is not None and first(child, test, depth + 1)
            if found:
                return found
    except GLib.Error:
        return None
    return None


class Server:
    def __init__(self, app: Atspi.Accessible, pid: int):
        self.app, self.pid, self.events = app, pid, []
        self.listener = Atspi.EventListener.new(self._on_event)
        for kind in (
            "object:state-changed:focused",
            "object:state-changed:checked",
            "object:property-change:accessible-name",
            "object:property-change:accessible-description",
            "object:announcement",
            "window:activate",
            "window:create",
        ):
            self.listener.register(kind)
        self.loop = GLib.MainLoop()

    def _on_event(self, event) -> None:
        try:
            source = event.source
            if source is None or source.get_process_id() != self.pid:
                return
            if event.type.startswith("object:state-changed") and not event.detail1:
                return
            text = event.any_data if isinstance(event.any_data, str) else ""
            self.events.append(
                {
                    "type": event.type,
                    "role": source.get_role_name(),
                    "name": source.get_name() or "",
                    "description": source.get_description() or "",
                    "text": text,
                }
            )
        except GLib.Error:
            pass

    def answer(self, command: dict) -> dict:
        cmd = command.get("cmd")
        if cmd == "tree":
            return {"tree": walk(self.app)}
        if cmd == "focused":
            node = first(self.app, lambda n: n.get_state_set().contains(Atspi.StateType.FOCUSED))
            return {"focused": describe(node) if node else None}
        if cmd == "action":
            role = command.get("role")

            def wanted(n: Atspi.Accessible) -> bool:
                return n.get_name() == command["name"] and (
                    role is None or n.get_role_name() == role
                )

            node = first(self.app, wanted)
            if node is None or node.get_action_iface() is None:
                return {"error": f"no showing node named {command['name']!r} with an action"}
            node.get_action_iface().do_action(0)
            return {"done": describe(node)}
        if cmd == "events":
            events, self.events = self.events, []
            return {"events": events}
        return {"error": f"unknown command {cmd!r}"}

    def _on_input(self, channel, condition) -> bool:
        line = sys.stdin.readline()
        if not line or condition & (GLib.IO_HUP | GLib.IO_ERR):
            self.loop.quit()
            return False
        line = line.strip()
        if not line:
            return True
        try:
            command = json.loads(line)
            if command.get("cmd") == "quit":
                self.loop.quit()
                return False
            reply = self.answer(command)
        except (ValueError, KeyError, GLib.Error) as error:
            reply = {"error": f"{type(error).__name__}: {error}"}
        sys.stdout.write(json.dumps(reply, ensure_ascii=False) + "\n")
        sys.stdout.flush()
        return True

    def run(self) -> None:
        GLib.io_add_watch(
            GLib.IOChannel.unix_new(sys.stdin.fileno()),
            GLib.PRIORITY_DEFAULT,
            GLib.IO_IN | GLib.IO_HUP | GLib.IO_ERR,
            self._on_input,
        )
        sys.stdout.write(json.dumps({"ready": True, "application": self.app.get_name()}) + "\n")
        sys.stdout.flush()
        self.loop.run()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pid", type=int, required=True, help="the kiosk's process id")
    parser.add_argument("--timeout", type=float, default=30, help="seconds to wait for it")
    args = parser.parse_args()
    Atspi.init()
    Server(find_application(args.pid, args.timeout), args.pid).run()


if __name__ == "__main__":
    main()
