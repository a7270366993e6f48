"""The anchor a user might pick instead: headless Chromium showing an equivalent static page.

The page holds what the kiosk's home screen shows (title, language bar, the first
story card, the resource cards) with the same bundled fonts. Chromium runs with a
new empty profile each time and every network path closed (no proxy reachable,
every host name unresolvable, background services off).
"""

from __future__ import annotations

import html
import subprocess
import time
from pathlib import Path

from bench.common import CHROMIUM, ROOT, Context, stop, tree_pss_mb

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--no-default-browser-check",
    "--proxy-server=127.0.0.1:9",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--window-size=1280,800",
)


MISSING = f"{CHROMIUM} not installed (bench/setup.sh installs Debian's chromium)"


def available() -> bool:
    return CHROMIUM.exists()


def require(ctx: Context) -> None:
    """A full run compares with Chromium: its absence fails the run (--quick notes it)."""
    if not available() and not ctx.quick:
        raise RuntimeError(MISSING)


def write_page(ctx: Context) -> Path:
    """The static page equivalent to the home screen, written once per run."""
    page = ctx.work / "chromium" / "home.html"
    if page.is_file():
        return page
    from kiosk.content.store import ContentStore

    store = ContentStore(ctx.bundled_db())
    try:
        languages = store.languages()
        card = store.stories("en")[0]
        resources = store.resources("en")
    finally:
        store.close()
    fonts = ROOT / "resources" / "fonts"
    faces = "".join(
        f"@font-face{{font-family:'{family}';src:url('{(fonts / name).as_uri()}');}}"
        for family, name in (
            ("Noto Sans", "NotoSans-Regular.ttf"),
            ("Noto Sans Arabic", "NotoSansArabic-Regular.ttf"),
            ("Noto Sans SC", "NotoSansSC-Regular.otf"),
        )
        if (fonts / name).is_file()
    )
    esc = html.escape
    bar = "".join(f"<button>{esc(lang.name)}</button>" for lang in languages)
    cards = "".join(
        f"<div class=res><b>{esc(r.title)}</b><p>{esc(r.summary)}</p></div>" for r in resources
    )
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(
        f"""<!doctype html><html lang=en><head><meta charset=utf-8><title>Kiosk</title><style>
{faces}
body{{margin:0;font:16px 'Noto Sans','Noto Sans Arabic','Noto Sans SC',sans-serif;
background:#f4f7fb;color:#14213d}}
header{{display:flex;align-items:center;padding:12px 28px;background:#0b4f8a;color:#fff}}
header h1{{flex:1;font-size:26px;margin:0}} button{{margin:0 4px;padding:8px 12px;font:inherit}}
.card{{margin:14px 28px;padding:24px;background:#fff;border-radius:12px;min-height:320px}}
.card h2{{font-size:28px}} .res{{display:inline-block;width:28%;margin:8px 28px;padding:12px;
background:#fff;border-radius:8px;vertical-align:top}} footer{{padding:8px 28px}}
</style></head><body>
<header><h1>Together against human trafficking</h1>{bar}</header>
<div class=card><p>{esc(card.date.isoformat())} {esc(card.country or "")}</p>
<h2>{esc(card.title)}</h2><p>{esc(card.summary)}</p><button>Read the story</button></div>
<h3 style="margin:0 28px">Guides, films and support</h3>{cards}
<footer>If you or someone you know needs help, ask a member of staff.</footer>
</body></html>""",
        encoding="utf-8",
    )
    return page


def _command(ctx: Context, profile: Path, *extra: str) -> list[str]:
    return [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *extra]


def first_frame(ctx: Context, index: int) -> float:
    """Seconds from launch to the screenshot file of the page being written (a new profile)."""
    page = write_page(ctx)
    profile = ctx.work / "chromium" / f"profile-start-{index}"
    shot = ctx.work / "chromium" / f"shot-{index}.png"
    cmd = _command(ctx, profile, f"--screenshot={shot}", page.as_uri())
    started = time.time()
    subprocess.run(
        cmd, env=ctx.child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=90
    )
    if not shot.is_file():
        raise RuntimeError("Chromium wrote no screenshot")
    return shot.stat().st_mtime - started


def idle_pss(ctx: Context, index: int, idle: float = 5.0) -> tuple[float, int]:
    """PSS in MB summed over every Chromium process after `idle` seconds on the page."""
    from bench.common import process_tree

    page = write_page(ctx)
    profile = ctx.work / "chromium" / f"profile-idle-{index}"
    proc = subprocess.Popen(
        _command(ctx, profile, page.as_uri()),
        env=ctx.child_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        time.sleep(idle)
        return tree_pss_mb(proc.pid), len(process_tree(proc.pid))
    finally:
        stop(proc)
