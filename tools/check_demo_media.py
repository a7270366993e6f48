"""Check the media in resources/media/ with Qt itself (the libraries the kiosk plays them with).

Usage:

    python tools/check_demo_media.py [--media DIR] [--frames DIR]

Offscreen, no audio output. For every .mp4 under the media folder: QMediaPlayer
(PySide6's bundled FFmpeg backend) + QVideoSink, play(), wait for a valid frame
(QVideoFrame.isValid(), toImage() not null), check duration() is about 6000 ms,
seek to 4 s and wait for a frame from there; the first frame of each clip is
saved as DIR/<name>.png (default /tmp/demo-media-frames) to look at.
For every .pdf: QPdfDocument loads it, 4-6 pages, page 1 renders non-blank.
For every .vtt: UTF-8, a WEBVTT header and at least one cue.
Exit status 1 on any failure. Works on the real UNODC files too (the duration
check then only reports).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_demo_media  # bundled fonts, PySide6 None-refcount guard

REPO = Path(__file__).resolve().parent.parent


def wait_until(app, predicate, timeout_ms: int) -> bool:
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(timeout_ms)
    while not predicate():
        if deadline.hasExpired():
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    return True


def check_video(app, path: Path, frames_dir: Path, demo: bool) -> list[str]:
    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import QMediaPlayer, QVideoSink

    problems: list[str] = []
    player = QMediaPlayer()
    sink = QVideoSink()
    player.setVideoOutput(sink)
    frames: list = []
    errors: list[str] = []

    def on_frame(frame) -> None:
        if frame.isValid():
            image = frame.toImage()
            if not image.isNull():
                frames.append((frame.startTime(), image))

    sink.videoFrameChanged.connect(on_frame)
    player.errorOccurred.connect(lambda _e, msg: errors.append(msg))
    player.setSource(QUrl.fromLocalFile(str(path)))
    player.play()
    got = wait_until(app, lambda: frames or errors, 10_000)
    duration = player.duration()
    info = (
        f"{path.name}: hasVideo={player.hasVideo()} hasAudio={player.hasAudio()} "
        f"duration={duration} ms"
    )
    if not got or not frames:
        problems.append(f"{path.name}: no valid video frame ({errors or 'timeout'})")
    else:
        start_us, image = frames[0]
        out = frames_dir / f"{path.stem}.png"
        image.save(str(out))
        info += f" first frame {image.width()}x{image.height()} at {start_us} us -> {out}"
        # Seek: a frame from about 4 s must arrive.
        frames.clear()
        player.setPosition(4000)
        ok = wait_until(app, lambda: any(t >= 3_800_000 for t, _ in frames), 10_000)
        info += f"; seek to 4000 ms -> {'ok' if ok else 'NO FRAME'}"
        if not ok:
            problems.append(f"{path.name}: no frame after seeking to 4 s")
    if demo and not 5_500 <= duration <= 6_500:
        problems.append(f"{path.name}: duration {duration} ms, expected about 6000")
    if errors:
        problems.append(f"{path.name}: player error {errors}")
    print(info)
    sink.videoFrameChanged.disconnect(on_frame)
    player.stop()
    player.setVideoOutput(None)
    player.setSource(QUrl())
    del player, sink
    return problems


def check_pdf(app, path: Path) -> list[str]:
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    problems: list[str] = []
    doc = QPdfDocument()
    error = doc.load(str(path))
    pages = doc.pageCount()
    image = doc.render(0, QSize(595, 842)) if pages else None
    # Non-blank: some pixels differ from the top-left corner colour.
    distinct = 0
    if image is not None and not image.isNull():
        corner = image.pixel(image.width() // 2, image.height() - 5)
        for y in range(0, image.height(), 7):
            for x in range(0, image.width(), 7):
                if image.pixel(x, y) != corner:
                    distinct += 1
    print(f"{path.name}: load={error.name} pages={pages} page-1 non-background samples={distinct}")
    if error != QPdfDocument.Error.None_ or not 4 <= pages <= 6 or distinct < 100:
        problems.append(f"{path.name}: load {error.name}, {pages} pages, {distinct} ink samples")
    doc.close()
    return problems


def check_vtt(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return [f"{path.name}: not UTF-8"]
    cues = text.count("-->")
    print(f"{path.name}: {cues} cues")
    if not text.startswith("WEBVTT") or cues < 1:
        return [f"{path.name}: not a WebVTT file with cues"]
    return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--media", type=Path, default=REPO / "resources" / "media")
    parser.add_argument("--frames", type=Path, default=Path("/tmp/demo-media-frames"))
    args = parser.parse_args(argv)
    args.frames.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    app = make_demo_media.qt_app()
    problems: list[str] = []
    for path in sorted(args.media.rglob("*.mp4")):
        problems += check_video(app, path, args.frames, demo=".demo." in path.name)
    for path in sorted(args.media.rglob("*.pdf")):
        problems += check_pdf(app, path)
    for path in sorted(args.media.rglob("*.vtt")):
        problems += check_vtt(path)
    total = sum(p.stat().st_size for p in args.media.rglob("*") if p.is_file())
    print(f"media folder: {total:,} bytes")
    del app
    if problems:
        print("PROBLEMS:", *problems, sep="\n  ")
        return 1
    print("all media checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
