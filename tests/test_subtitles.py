"""The WebVTT parser: timings, cue text, tolerance of broken input, cue lookup."""

from __future__ import annotations

from kiosk.core.subtitles import load_webvtt, parse_timestamp, parse_webvtt

SAMPLE = """\ufeffWEBVTT - Affected for Life (demo)

NOTE this note spans
two lines and is ignored

STYLE
::cue { color: yellow }

intro
00:00.000 --> 00:01.500 line:90% align:center
<v Narrator>Every <i>year</i> &amp; everywhere

00:00:01.500 --> 00:00:03.000
Second cue
on two lines

00:03.200 --> 00:03.100
ends before it starts: skipped

garbage --> more garbage
skipped too

01:00:00.000 --> 01:00:02.000
An hour in
"""


def test_timestamps():
    assert parse_timestamp("00:01.5") == 1500
    assert parse_timestamp("01:02:03.045") == 3723045
    assert parse_timestamp("02:03,4") == 123400
    assert parse_timestamp("nonsense") is None


def test_cues_parsed_and_cleaned():
    subs = parse_webvtt(SAMPLE)
    assert len(subs) == 3
    first = subs.cues[0]
    assert (first.start_ms, first.end_ms) == (0, 1500)
    assert first.text == "Every year & everywhere"
    assert subs.cues[1].text == "Second cue\non two lines"


def test_cue_at_boundaries():
    subs = parse_webvtt(SAMPLE)
    assert subs.text_at(0) == "Every year & everywhere"
    assert subs.text_at(1499) == "Every year & everywhere"
    assert subs.text_at(1500) == "Second cue\non two lines"
    assert subs.cue_at(3000) is None
    assert subs.cue_at(-5) is None
    assert subs.text_at(3_600_500) == "An hour in"


def test_overlapping_cues_latest_start_wins_and_long_cue_still_found():
    subs = parse_webvtt(
        "WEBVTT\n\n00:00.000 --> 00:10.000\nlong\n\n00:02.000 --> 00:03.000\nshort\n"
    )
    assert subs.text_at(2500) == "short"
    assert subs.text_at(5000) == "long"


def test_crlf_and_unreadable_file(tmp_path):
    assert parse_webvtt("WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nHi\r\n").text_at(1000) == "Hi"
    assert len(load_webvtt(tmp_path / "missing.vtt")) == 0
    bad = tmp_path / "bad.vtt"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    assert len(load_webvtt(bad)) == 0
