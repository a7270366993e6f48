"""Signals end the kiosk cleanly in every mode (Xvfb): SIGTERM, SIGINT and SIGHUP, after a
visitor session, quit within 2 s with exit code 0 and the session's counts in usage.db.

systemd stops the kiosk with SIGTERM and kills it 15 s later; counts not yet written
would be lost at every shutdown if the app did not quit on the signal itself.
"""

from __future__ import annotations

import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.test_visitor_walk import TARGETS, Kiosk, Visitor, kiosk_env, pytestmark  # noqa: F401

QUIT_WITHIN_S = 2.0


def counted(data: Path) -> dict[str, int]:
    db = data / "usage.db"
    assert db.is_file(), "no usage.db written"
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT event, sum(count) FROM counts GROUP BY event").fetchall()
    conn.close()
    return dict(rows)


@pytest.mark.parametrize(
    ("mode", "signum", "film"),
    [
        ("kiosk", signal.SIGTERM, True),
        ("kiosk", signal.SIGINT, False),
        ("kiosk", signal.SIGHUP, False),
        ("workshop", signal.SIGTERM, False),
        ("desktop", signal.SIGTERM, False),
    ],
    ids=["kiosk-TERM-film", "kiosk-INT", "kiosk-HUP", "workshop-TERM", "desktop-TERM"],
)
def test_a_signal_after_a_visit_quits_fast_and_keeps_the_counts(
    mode,
    signum,
    film,
    display,
    tmp_path,
):
    home = tmp_path / "home"
    env = kiosk_env(home, display)
    data = tmp_path / "data"
    config = tmp_path / "kiosk.toml"
    # Long flush interval: only the shutdown itself can have written the counts.
    config.write_text(f'mode = "{mode}"\ndata_dir = "{data}"\nidle_timeout_s = 600\n')
    app = Kiosk(
        [sys.executable, "-m", "kiosk", "--mode", mode, "--log-state", "--config", str(config)],
        env,
        tmp_path / "stderr.log",
    )
    try:
        ready = app.wait_for(event="ready", timeout=60)
        visitor = Visitor(display, {**TARGETS, **ready.get("targets", {})})
        app.targets = visitor.targets
        time.sleep(1)
        visitor.tap("language:fr")
        app.wait_for(event="language", lang="fr")
        visitor.tap("story:open")
        app.wait_for(event="story", lang="fr")
        if film:  # a playing film when the signal comes (and Qt's video shaders get cached)
            app.wait_for(event="page", page="story")  # its line brings where Back is
            visitor.tap("back")
            app.wait_for(event="page", page="home")
            visitor.tap("resource:affected-for-life")
            app.wait_for(event="page", page="resource:affected-for-life")
            visitor.tap("film:play")
            app.wait_for(event="film", playing=True)
            time.sleep(1.5)
        time.sleep(0.5)
        sent = time.monotonic()
        app.proc.send_signal(signum)
        code = app.proc.wait(timeout=10)
        took = time.monotonic() - sent
    finally:
        app.stop()
        stderr = (tmp_path / "stderr.log").read_text(errors="replace")
        print(f"--- kiosk stderr (tail) ---\n{stderr[-3000:]}")
    assert code == 0, f"exit code {code}"
    # Caches (Qt's shader cache, Mesa's) live in the data folder, not in ~/.cache.
    outside = [str(p) for p in (home / "cache").rglob("*")]
    assert outside == [], outside
    if film:
        assert list((data / "cache").glob("qtshadercache-*")), "the film ran without Qt's cache"
    assert took < QUIT_WITHIN_S, f"quit {took:.2f} s after signal {signum}"
    counts = counted(data)
    assert counts.get("story_view", 0) >= 1 and counts.get("language_choice", 0) >= 1, counts
    log = (data / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert f"received signal {int(signum)}" in log and "kiosk stopped" in log
