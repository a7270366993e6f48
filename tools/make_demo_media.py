"""Make the demonstration media in resources/media/ (we may not ship UNODC's own files).

Usage (from the repository root):

    python tools/make_demo_media.py               # everything
    python tools/make_demo_media.py pdf film vtt  # only some kinds
    python tools/make_demo_media.py --out DIR     # write elsewhere (default resources/media)
    python tools/check_demo_media.py              # then check them with Qt itself

Needs PySide6 (already an app dependency) and the `ffmpeg` command with libx264
(Debian package `ffmpeg`). Text is drawn with Qt using the bundled fonts from
resources/fonts/ (see tools/make_fonts.py), so Cyrillic and Arabic are shaped
correctly and nothing depends on system fonts.

What it writes (paths relative to resources/media/):

    first-aid-kit/first-aid-kit.demo.{en,fr,es,ru}.pdf
        A4, 5 pages, written with QPdfWriter + QPainter: cover with a
        "DEMONSTRATION COPY" band, what the kit is, its parts (illustrative),
        illustrative first-response principles, where the official kit comes from.
        Fonts are embedded as subsets by Qt.
    affected-for-life/affected-for-life.demo.{ar,fr,en,es,ru}.mp4
        6 s, 640x360, 25 fps, H.264 (libx264, yuv420p, main profile, keyframe
        every second) + AAC stereo 64 kbit/s (two soft chords, about -20 dBFS),
        -movflags +faststart. Frames are drawn with QPainter (title card in the
        language, moving progress bar and sweep, timecode) and piped to ffmpeg.
    affected-for-life/affected-for-life.demo.{en,fr,es,ru,ar,zh}.vtt
        WebVTT subtitles, 3 cues over the 6 s, UTF-8.

These are demonstration files, labelled as such in every file. A deployment
replaces them with the official UNODC files by editing the content sources only
(see resources/media/README.md).

Reproducibility: the MP4 and VTT files are byte-identical on re-runs with the
same ffmpeg/x264 (ffmpeg's bitexact flags, no metadata); in the PDFs Qt writes
the creation date and a random document ID, which this script replaces by fixed
values of the same length, so they are byte-identical too with the same Qt.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FONTS = REPO / "resources" / "fonts"

PDF_LANGS = ["en", "fr", "es", "ru"]
FILM_LANGS = ["ar", "fr", "en", "es", "ru"]
VTT_LANGS = ["en", "fr", "es", "ru", "ar", "zh"]

# --------------------------------------------------------------------------- texts

#: The translated texts the media show (tools/demo_media_text.toml): PDF pages, film
#: frames, subtitles.
TEXT = tomllib.loads((Path(__file__).with_name("demo_media_text.toml")).read_text("utf-8"))
PDF_TEXT: dict[str, dict] = TEXT["pdf"]
ENGLISH_BAND = PDF_TEXT["en"]["band"]
#: title, "not the UNODC film", the language's name for itself
FILM_TEXT: dict[str, list[str]] = {k: v for k, v in TEXT["film"].items() if k != "english_note"}
FILM_ENGLISH_NOTE = TEXT["film"]["english_note"]
VTT_TEXT: dict[str, list[str]] = TEXT["subtitles"]

WIDTH, HEIGHT, FPS, SECONDS = 640, 360, 25, 6
ISO639_2 = {"ar": "ara", "en": "eng", "es": "spa", "fr": "fra", "ru": "rus", "zh": "zho"}

# --------------------------------------------------------------------------- subtitles

VTT_TIMES = [("00:00.500", "00:02.000"), ("00:02.000", "00:04.000"), ("00:04.000", "00:05.800")]


def french_spacing(text: str) -> str:
    """French typography: no-break space before : ; ! ? » and after «; apostrophe ’."""
    text = re.sub(r" ([:;!?»])", "\u00a0\\1", text)
    return text.replace("« ", "«\u00a0").replace("'", "\u2019")


def localize(lang: str, text: str) -> str:
    return french_spacing(text) if lang == "fr" else text


# --------------------------------------------------------------------------- Qt set-up


def hide_system_fonts() -> None:
    """Let Qt see no system font, so the output depends on the bundled fonts only."""
    import tempfile

    empty = Path(tempfile.mkdtemp(prefix="no-fonts-"))
    conf = empty / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><cachedir>{empty}/cache</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    os.environ["FONTCONFIG_FILE"] = str(conf)
    os.environ["QT_QPA_FONTDIR"] = str(empty)


def qt_app():
    """A QGuiApplication (offscreen unless a platform is chosen) with the bundled fonts."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Qt's hash seed decides the glyph order of the font subsets embedded in the PDFs.
    os.environ.setdefault("QT_HASH_SEED", "0")
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        hide_system_fonts()
        app = QGuiApplication([])
    for path in sorted(FONTS.glob("*.[ot]tf")):
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            raise SystemExit(f"cannot load bundled font {path}")
    return app


def families_for(lang: str) -> list[str]:
    if lang == "ar":
        return ["Noto Sans Arabic", "Noto Sans"]
    if lang == "zh":
        return ["Noto Sans CJK SC", "Noto Sans"]
    return ["Noto Sans"]


# --------------------------------------------------------------------------- PDF


def make_pdf(lang: str, out: Path) -> None:
    from PySide6.QtCore import QMarginsF, QRectF, Qt
    from PySide6.QtGui import (
        QColor,
        QFont,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QPen,
    )

    t = PDF_TEXT[lang]
    loc = lambda s: localize(lang, s)  # noqa: E731
    total = 1 + len(t["pages"])

    writer = QPdfWriter(str(out))
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(f"{t['title']} – {t['demo']}")
    writer.setCreator("tools/make_demo_media.py (demonstration copy, not a UNODC publication)")

    mm = 300 / 25.4
    page_w, page_h = writer.width(), writer.height()
    margin = 20 * mm
    text_w = page_w - 2 * margin

    navy = QColor("#0b2545")
    band_red = QColor("#b3261e")
    grey = QColor("#555555")

    def font(size: float, bold: bool = False) -> QFont:
        # No italics: only upright faces are bundled.
        f = QFont(families_for(lang), -1)
        f.setPointSizeF(size)
        f.setBold(bold)
        return f

    painter = QPainter(writer)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    wrap = Qt.TextFlag.TextWordWrap
    left = Qt.AlignmentFlag.AlignLeft

    def block(
        y: float,
        text: str,
        f: QFont,
        color: QColor,
        x: float = margin,
        width: float | None = None,
        flags=None,
        gap: float = 3.5,
    ) -> float:
        """Draw wrapped text at y; return the y below it plus a gap (mm)."""
        width = text_w - (x - margin) if width is None else width
        painter.setFont(f)
        painter.setPen(color)
        rect = QRectF(x, y, width, page_h)
        flags = (left | wrap) if flags is None else flags
        bound = painter.boundingRect(rect, flags, text)
        painter.drawText(QRectF(x, y, width, bound.height()), flags, text)
        return y + bound.height() + gap * mm

    def furniture(n: int) -> None:
        # A light diagonal watermark, a running header and the page number footer.
        painter.save()
        painter.translate(page_w / 2, page_h / 2)
        painter.rotate(-50)
        painter.setFont(font(60, bold=True))
        painter.setPen(QColor(0, 0, 0, 18))
        painter.drawText(
            QRectF(-page_h, -200, 2 * page_h, 400), Qt.AlignmentFlag.AlignCenter, "DEMO"
        )
        painter.restore()
        painter.setPen(QPen(navy, 0.4 * mm))
        painter.drawLine(
            int(margin), int(page_h - 18 * mm), int(page_w - margin), int(page_h - 18 * mm)
        )
        painter.setFont(font(8.5))
        painter.setPen(grey)
        footer = QRectF(margin, page_h - 16 * mm, text_w, 8 * mm)
        painter.drawText(footer, Qt.AlignmentFlag.AlignLeft, loc(t["header"]))
        painter.drawText(
            footer, Qt.AlignmentFlag.AlignRight, loc(t["page"].format(n=n, total=total))
        )

    # ---- cover
    painter.fillRect(QRectF(0, 0, page_w, 14 * mm), navy)
    y = 45 * mm
    y = block(y, loc(t["title"]), font(24, bold=True), navy, gap=4)
    y = block(y, loc(t["demo"]), font(16), grey, gap=14)
    band_h = 34 * mm if lang != "en" else 22 * mm
    painter.fillRect(QRectF(0, y, page_w, band_h), band_red)
    inner = y + 5 * mm
    inner = block(inner, loc(t["band"]), font(15, bold=True), QColor("white"), gap=2)
    if lang != "en":
        block(inner, ENGLISH_BAND, font(12), QColor("#ffe3e0"))
    y += band_h + 14 * mm
    block(y, loc(t["cover_note"]), font(11.5), QColor("#222222"))
    furniture(1)

    # ---- content pages
    for index, page in enumerate(t["pages"], start=2):
        writer.newPage()
        y = 22 * mm
        number = 0
        for entry in page:
            kind = entry[0]
            if kind == "h":
                y = block(y + 2 * mm, loc(entry[1]), font(17, bold=True), navy, gap=4)
            elif kind == "p":
                y = block(y, loc(entry[1]), font(11.5), QColor("#222222"), gap=4)
            elif kind == "note":
                top = y
                y = block(y, loc(entry[1]), font(10), grey, gap=6)
                painter.fillRect(QRectF(margin - 3 * mm, top, 1.2 * mm, y - top - 6 * mm), band_red)
            elif kind == "item":
                painter.setBrush(navy)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawEllipse(QRectF(margin, y + 2.2 * mm, 2.4 * mm, 2.4 * mm))
                y = block(y, loc(entry[1]), font(12.5, bold=True), navy, x=margin + 7 * mm, gap=1.5)
                y = block(y, loc(entry[2]), font(11), QColor("#222222"), x=margin + 7 * mm, gap=5)
            elif kind == "num":
                number += 1
                painter.setFont(font(13, bold=True))
                painter.setPen(band_red)
                painter.drawText(
                    QRectF(margin, y, 8 * mm, 8 * mm), Qt.AlignmentFlag.AlignLeft, f"{number}."
                )
                y = block(y, loc(entry[1]), font(12), QColor("#222222"), x=margin + 9 * mm, gap=5)
            elif kind == "small":
                y = block(y + 8 * mm, loc(entry[1]), font(8.5), grey)
        furniture(index)
    painter.end()
    fix_pdf_dates_and_ids(out)


def fix_pdf_dates_and_ids(path: Path) -> None:
    """Replace Qt's creation date and random document IDs by fixed same-length values.

    Same length keeps every byte offset (and so the xref table) valid.
    """
    data = path.read_bytes()

    def same_length(pattern: bytes, make) -> None:
        nonlocal data
        data = re.sub(pattern, lambda m: make(m.group(0)), data)

    # /CreationDate (D:20261128222800+00'00') and the XMP dates.
    same_length(rb"D:\d{14}[^)]*", lambda s: b"D:20240101000000" + s[16:])
    same_length(
        rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[^<\"]*", lambda s: b"2024-01-01T00:00:00" + s[19:]
    )
    # Document IDs: uuid:... in XMP and /ID [<hex><hex>] in the trailer.
    same_length(
        rb"uuid:[0-9a-fA-F-]{36}", lambda s: b"uuid:" + b"00000000-0000-0000-0000-000000000000"
    )
    same_length(
        rb"/ID \[[^\]]*\]",
        lambda s: re.sub(
            rb"<[0-9a-fA-F]+>", lambda h: b"<" + b"0" * (len(h.group(0)) - 2) + b">", s
        ),
    )
    path.write_bytes(data)


# --------------------------------------------------------------------------- film


def render_frame(lang: str, frame: int):
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import (
        QBrush,
        QColor,
        QFont,
        QImage,
        QLinearGradient,
        QPainter,
        QTextOption,
    )

    title, not_film, language = (localize(lang, s) for s in FILM_TEXT[lang])
    total = FPS * SECONDS
    progress = frame / (total - 1)
    seconds = frame / FPS

    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB888)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(0, HEIGHT))
    gradient.setColorAt(0, QColor("#0d2b52"))
    gradient.setColorAt(1, QColor("#061a33"))
    painter.fillRect(image.rect(), QBrush(gradient))

    # A soft vertical light band sweeping slowly across the card.
    sweep_x = -120 + (WIDTH + 240) * progress
    sweep = QLinearGradient(QPointF(sweep_x - 80, 0), QPointF(sweep_x + 80, 0))
    sweep.setColorAt(0, QColor(255, 255, 255, 0))
    sweep.setColorAt(0.5, QColor(120, 170, 230, 40))
    sweep.setColorAt(1, QColor(255, 255, 255, 0))
    painter.fillRect(QRectF(sweep_x - 80, 0, 160, HEIGHT), QBrush(sweep))

    rtl = lang == "ar"
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight

    def text(
        y: float, h: float, s: str, size: float, color: str, bold=False, families=None
    ) -> None:
        rect = QRectF(40, y, WIDTH - 80, h)
        option = QTextOption(Qt.AlignmentFlag.AlignCenter)
        option.setTextDirection(direction)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        f = QFont(families or families_for(lang), -1)
        f.setBold(bold)
        # Shrink until the (possibly wrapped) text fits the box.
        for pixels in range(int(size), 11, -1):
            f.setPixelSize(pixels)
            painter.setFont(f)
            if painter.boundingRect(rect, s, option).height() <= h:
                break
        painter.setPen(QColor(color))
        painter.drawText(rect, s, option)

    text(20, 26, "DEMO", 18, "#f2b8b5", bold=True, families=["Noto Sans"])
    text(62, 100, title, 30, "#ffffff", bold=True)
    text(166, 50, not_film, 22, "#bcd4f0")
    text(220, 42, language, 22, "#ffffff", bold=True)
    if lang != "en":
        text(264, 26, FILM_ENGLISH_NOTE, 14, "#8fa8c8", families=["Noto Sans"])

    # Progress line (always left to right, like the media controls) and timecode.
    bar = QRectF(40, 306, WIDTH - 80, 6)
    painter.fillRect(bar, QColor("#23406a"))
    painter.fillRect(
        QRectF(bar.x(), bar.y(), bar.width() * progress, bar.height()), QColor("#5fa8ff")
    )
    painter.setBrush(QColor("#ffffff"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QPointF(bar.x() + bar.width() * progress, bar.center().y()), 7, 7)

    f = QFont(["Noto Sans"], -1)
    f.setPixelSize(15)
    painter.setFont(f)
    painter.setPen(QColor("#dfe9f5"))
    whole = int(seconds)
    timecode = f"00:{whole:02d}.{frame % FPS:02d}  /  00:{SECONDS:02d}.00"
    painter.drawText(QRectF(40, 320, WIDTH - 80, 24), Qt.AlignmentFlag.AlignRight, timecode)
    painter.drawText(
        QRectF(40, 320, WIDTH - 80, 24),
        Qt.AlignmentFlag.AlignLeft,
        f"frame {frame + 1:03d}/{total}",
    )
    painter.end()
    return image


def audio_expression() -> str:
    """Two soft chords (C major, then A minor), each swelling in and out: no clicks."""
    chords = [(261.63, 329.63, 392.00), (220.00, 261.63, 329.63)]
    sines = ["+".join(f"sin(2*PI*{f}*t)" for f in chord) for chord in chords]
    envelope = "pow(sin(PI*mod(t,3)/3),2)"
    left = f"0.11*{envelope}*if(lt(t,3),{sines[0]},{sines[1]})"
    right = f"0.11*{envelope}*if(lt(t,3),{sines[0]},{sines[1]})*0.9"
    return f"{left}|{right}"


def make_clip(lang: str, out: Path) -> None:
    ffmpeg = shutil.which("ffmpeg")
    if not ffmpeg:
        raise SystemExit("ffmpeg not found (apt-get install ffmpeg)")
    cmd = [
        ffmpeg,
        "-hide_banner",
        "-loglevel",
        "error",
        "-y",
        "-f",
        "rawvideo",
        "-pix_fmt",
        "rgb24",
        "-s",
        f"{WIDTH}x{HEIGHT}",
        "-r",
        str(FPS),
        "-i",
        "pipe:0",
        "-f",
        "lavfi",
        "-i",
        f"aevalsrc=exprs='{audio_expression()}':s=48000:d={SECONDS}:c=stereo",
        "-map",
        "0:v",
        "-map",
        "1:a",
        "-c:v",
        "libx264",
        "-preset",
        "slow",
        "-crf",
        "24",
        "-pix_fmt",
        "yuv420p",
        "-profile:v",
        "main",
        "-g",
        str(FPS),
        "-keyint_min",
        str(FPS),
        "-threads",
        "1",
        "-c:a",
        "aac",
        "-b:a",
        "64k",
        "-ac",
        "2",
        "-ar",
        "48000",
        "-metadata:s:a:0",
        f"language={ISO639_2[lang]}",
        "-metadata:s:v:0",
        f"language={ISO639_2[lang]}",
        "-t",
        str(SECONDS),
        "-movflags",
        "+faststart",
        "-map_metadata",
        "-1",
        "-fflags",
        "+bitexact",
        "-flags:v",
        "+bitexact",
        "-flags:a",
        "+bitexact",
        str(out),
    ]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE)
    assert proc.stdin is not None
    for frame in range(FPS * SECONDS):
        image = render_frame(lang, frame)
        assert image.bytesPerLine() == WIDTH * 3
        proc.stdin.write(bytes(image.constBits()))
    proc.stdin.close()
    if proc.wait() != 0:
        raise SystemExit(f"ffmpeg failed for {out}")


# --------------------------------------------------------------------------- WebVTT


def make_vtt(lang: str, out: Path) -> None:
    lines = ["WEBVTT", ""]
    for number, ((start, end), text) in enumerate(
        zip(VTT_TIMES, VTT_TEXT[lang], strict=True), start=1
    ):
        lines += [str(number), f"{start} --> {end}", localize(lang, text), ""]
    out.write_text("\n".join(lines), encoding="utf-8", newline="\n")


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kinds", nargs="*", choices=["pdf", "film", "vtt", []], default=[])
    parser.add_argument("--out", type=Path, default=REPO / "resources" / "media")
    args = parser.parse_args(argv)
    kinds = set(args.kinds or ["pdf", "film", "vtt"])
    out: Path = args.out

    # Keep a reference to the application until the end (dropping it early makes
    # PySide6 crash at interpreter exit).
    app = qt_app() if kinds & {"pdf", "film"} else None
    written: list[Path] = []
    if "pdf" in kinds:
        folder = out / "first-aid-kit"
        folder.mkdir(parents=True, exist_ok=True)
        for lang in PDF_LANGS:
            path = folder / f"first-aid-kit.demo.{lang}.pdf"
            make_pdf(lang, path)
            written.append(path)
    if kinds & {"film", "vtt"}:
        (out / "affected-for-life").mkdir(parents=True, exist_ok=True)
    if "film" in kinds:
        for lang in FILM_LANGS:
            path = out / "affected-for-life" / f"affected-for-life.demo.{lang}.mp4"
            make_clip(lang, path)
            written.append(path)
    if "vtt" in kinds:
        for lang in VTT_LANGS:
            path = out / "affected-for-life" / f"affected-for-life.demo.{lang}.vtt"
            make_vtt(lang, path)
            written.append(path)
    for path in written:
        print(f"{path.stat().st_size:>9,}  {path}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
