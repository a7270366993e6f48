"""The training film page: a player with language versions, subtitles and no unasked sound.

Player life cycle (see docs/pitfalls.md, "Video"):
- opening a version creates a player WITHOUT audio output and pauses it on its
  first frame, which becomes the poster: nothing sounds until the visitor asks;
- pressing play the first time replaces that silent player by one with a
  QAudioOutput (parented to the player), at the same position: an audio output
  added to an existing paused player can stall it, and stop() with an audio
  output and no sound card can hang, so players are paused and replaced,
  never stopped;
- no valid frame within FIRST_FRAME_TIMEOUT_MS, or a load error, shows a
  message with a way back instead of a black picture;
- at the end the poster covers the video item (no black flash).
Imports QtMultimedia: load this module only when a film is first opened.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFont, QFontMetrics, QImage, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoFrame
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.model import MediaFile, Resource
from kiosk.core.subtitles import Subtitles, load_webvtt
from kiosk.ui.accessibility import name_scroll_area
from kiosk.ui.markdown import safe_markdown_html
from kiosk.ui.pages.film_choices import FilmChoices
from kiosk.ui.pages.reach import is_portrait
from kiosk.ui.pages.resource_header import (
    TOUCH,
    ResourceHeader,
    native_name,
    problem_message,
    set_icon,
)
from kiosk.ui.plain_text import PlainLabel
from kiosk.ui.widgets.chooser import Chooser
from kiosk.ui.widgets.readable import READABLE_CHARS, margins_follow_width
from kiosk.ui.widgets.seek_bar import SeekBar
from kiosk.ui.widgets.video_view import VideoView
from kiosk.ui.wording import language_name

# How long a version may take to show its first picture before the visitor is told.
FIRST_FRAME_TIMEOUT_MS = 5000
# The -10 s / +10 s buttons, the Left/Right keys and the seek bar's arrow keys.
SEEK_STEP_MS = 10_000
# While the film plays, the controls step aside after this long without a touch.
CONTROLS_HIDE_MS = 3500
PLAY_SIZE = 88
# The narrowest column for the film's notes and sources beside the picture.
ASIDE_MIN = 240
# Between the picture and the column beside it.
ASIDE_GAP = 24
# The choosers and the film's note on a tall page: at the reading side, centred on the row.
LEADING = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
# Until the first frame says otherwise.
DEFAULT_RATIO = 16 / 9
# The film's description shows under the controls on a tall page when at least this
# many of its lines have room there (fewer would be a slot to scroll, not a text to read).
ABOUT_MIN_LINES = 3
# On a tall page, between the choosers and the film's note beside them; above them, less.
NOTE_GAP = 24
NOTE_OVER_GAP = 8


def format_time(ms: int) -> str:
    seconds = max(0, ms) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class FilmPage(QWidget):
    """Page for resources of kind "film"."""

    back_requested = Signal()
    # True while the film plays (the idle reset waits for False).
    playing_changed = Signal(bool)
    # The first valid frame of the version shown has arrived.
    frame_shown = Signal()
    # The version cannot be shown; the message is on screen.
    failed = Signal(str)
    # The visitor chose a film language or subtitles: (version, subtitles; "" = off).
    choices_changed = Signal(str, str)

    def __init__(
        self,
        resource: Resource,
        lang: str,
        parent: QWidget | None = None,
        language_names: dict[str, str] | None = None,
        *,
        audio: bool = True,
        first_frame_timeout_ms: int = FIRST_FRAME_TIMEOUT_MS,
        choices: FilmChoices | None = None,
        controls_hide_ms: int = CONTROLS_HIDE_MS,
    ):
        super().__init__(parent)
        self.setObjectName(f"filmPage-{resource.id}")
        self._names = language_names
        self._audio_allowed = audio  # tests and the self-test pass False: no sound card
        self._muted = False
        self._player: QMediaPlayer | None = None
        self._file: MediaFile | None = None
        self._subtitles = Subtitles([])
        self._subtitle_lang = ""
        self._has_frame = False
        self._problem = ""  # "" | "missing" | "error" | "timeout"
        self._playing = False
        self.first_frame_timeout_ms = first_frame_timeout_ms
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._on_watchdog)

        # The visitor's own choices of film language and subtitles, kept for the visit.
        self.choices = choices if choices is not None else FilmChoices()
        self._hide_timer = QTimer(self, singleShot=True, interval=max(1, controls_hide_ms))
        self._hide_timer.timeout.connect(self._hide_controls)

        self.header = ResourceHeader()
        self.header.back_requested.connect(self.back_requested)

        self.video = VideoView()
        self.video.frame_changed.connect(self._on_frame)
        self.video.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.video.viewport().installEventFilter(self)  # a touch on the film shows the controls
        self.message_label = problem_message("filmMessage")
        self.message_back = QPushButton()
        self.message_back.setMinimumSize(TOUCH * 3, TOUCH)
        self.message_back.clicked.connect(self.back_requested)
        message_page = QWidget()
        message_layout = QVBoxLayout(message_page)
        message_layout.addStretch(1)
        message_layout.addWidget(self.message_label)
        message_layout.addWidget(self.message_back, 0, Qt.AlignmentFlag.AlignHCenter)
        message_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.video)
        self.stack.addWidget(message_page)
        self._message_page = message_page
        # Its height never sets the stack's: the film's smallest picture does (short screens
        # with larger text keep room for the header and the controls).
        message_page.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)

        # -- transport: -10 s, play/pause, +10 s, time, position, time, sound ---------------
        self.play_button = QPushButton(objectName="playPause")
        self.play_button.setFixedSize(PLAY_SIZE, PLAY_SIZE)
        self.play_button.clicked.connect(self.toggle_play)
        self.back_10 = QPushButton(objectName="seekBack")
        self.forward_10 = QPushButton(objectName="seekForward")
        for button, step in ((self.back_10, -SEEK_STEP_MS), (self.forward_10, SEEK_STEP_MS)):
            button.setMinimumSize(TOUCH + 16, TOUCH)
            button.clicked.connect(lambda _=False, s=step: self.seek_by(s))
        self.elapsed_label = PlainLabel(format_time(0), objectName="FilmTime")
        self.total_label = PlainLabel(format_time(0), objectName="FilmTime")
        self.seek_slider = SeekBar()
        self.seek_slider.setRange(0, 0)
        self.seek_slider.setSingleStep(SEEK_STEP_MS)
        self.seek_slider.sliderMoved.connect(self._show_scrub)
        self.seek_slider.seek_requested.connect(self._seek)
        self.mute_button = QPushButton(objectName="mute")
        self.mute_button.setCheckable(True)
        self.mute_button.setMinimumSize(TOUCH, TOUCH)
        self.mute_button.toggled.connect(self.set_muted)
        self.transport = QWidget(objectName="transport")
        # Media controls read left to right in every language, Arabic included.
        self.transport.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        bar = QHBoxLayout(self.transport)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(12)
        bar.addWidget(self.back_10)
        bar.addWidget(self.play_button)
        bar.addWidget(self.forward_10)
        bar.addWidget(self.elapsed_label)
        bar.addWidget(self.seek_slider, 1)
        bar.addWidget(self.total_label)
        bar.addWidget(self.mute_button)

        # -- choices: film language and subtitles, large buttons or a sheet -------------------
        self.version_label = PlainLabel(objectName="ChooserLabel")
        self.version_box = Chooser(max_segments=3)
        self.version_box.setObjectName("filmVersion")
        self.version_box.chosen.connect(self._on_version_chosen)
        self.subtitle_label = PlainLabel(objectName="ChooserLabel")
        self.subtitle_box = Chooser(max_segments=3)
        self.subtitle_box.setObjectName("filmSubtitles")
        self.subtitle_box.chosen.connect(self._on_subtitles_chosen)
        self.choice_row = QWidget(objectName="filmChoices")
        row = QHBoxLayout(self.choice_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self.version_label)
        row.addWidget(self.version_box)
        row.addSpacing(24)
        row.addWidget(self.subtitle_label)
        row.addWidget(self.subtitle_box)

        # Which language the film speaks when it is not the interface language's: with
        # the film (its language chooser, or over/beside the picture), never above the
        # film's description, which is in the interface language.
        self.film_note = PlainLabel(objectName="FallbackNote")
        # Read at arm's length before the film starts: the film's description's size on a
        # stand (16 pt at normal text, ~21 px), not the 11 pt of the text's own notes.
        self.film_note.setProperty("film", True)
        self.film_note.setWordWrap(True)
        self.film_note.hide()
        # Under the transport on a tall page: the choosers, the note beside them (or
        # above them where the row has not the room).
        self._language_line = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._language_line.setSpacing(NOTE_GAP)
        self._language_line.addStretch(1)

        self.controls = QWidget(objectName="filmControls")
        policy = self.controls.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the picture does not jump when they hide
        self.controls.setSizePolicy(policy)
        controls = QVBoxLayout(self.controls)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.setSpacing(12)
        controls.addWidget(self.transport)
        controls.addLayout(self._language_line)
        self._controls = controls

        # -- the notes: which language is shown, the film's description, the sources --------
        # Over the picture ("top") or beside it ("beside") on a wide page, without the
        # description; under the controls on a tall one, with it (see _fit).
        self.about = PlainLabel(objectName="filmAbout")
        self.about.setTextFormat(Qt.TextFormat.RichText)
        self.about.setWordWrap(True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.about.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._about_shown: tuple[str, str] = ("", "")  # the text and font it was made for
        self.about_area = QScrollArea(objectName="filmAboutArea")
        self.about_area.setWidgetResizable(True)
        self.about_area.setFrameShape(QFrame.Shape.NoFrame)
        self.about_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.about_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab: Back, choosers, transport
        self.about_area.setWidget(self.about)
        QScroller.grabGesture(
            self.about_area.viewport(), QScroller.ScrollerGestureType.TouchGesture
        )
        self.about_area.hide()
        self.info = QWidget(objectName="filmInfo")
        info = QVBoxLayout(self.info)
        info.setContentsMargins(0, 0, 0, 0)
        info.setSpacing(8)
        info.addWidget(self.film_note)
        info.addWidget(self.header.take_note())
        info.addWidget(self.about_area)
        info.addWidget(self.header.take_sources())
        info.addStretch(1)

        column = QVBoxLayout(self)
        column.setSpacing(12)
        column.addWidget(self.header)
        column.addStretch(0)  # a tall page's spare room: half above the picture (see _arrange)
        column.addWidget(self.info)
        self._picture_row = QHBoxLayout()
        self._picture_row.setSpacing(ASIDE_GAP)
        self._picture_row.addWidget(self.stack, 1)
        column.addLayout(self._picture_row, 1)
        column.addStretch(0)  # a wide page's spare room, above the controls
        column.addWidget(self.controls)
        column.addWidget(self.header.reach)  # Back, within reach on a portrait stand
        self._ratio = DEFAULT_RATIO
        self.arrangement = ""  # "tall", "top" or "beside" (see _fit)
        self._resource = resource
        self._lang = lang
        self._place_choices(in_header=False)
        self._fill_choosers()
        self.set_language(lang, resource)

    # -- public state ------------------------------------------------------------
    @property
    def resource(self) -> Resource:
        return self._resource

    def is_playing(self) -> bool:
        return self._playing

    def has_frame(self) -> bool:
        """A valid frame of the version shown has arrived (the self-test waits for it)."""
        return self._has_frame

    def problem(self) -> str:
        """ "" when the film shows, else "missing", "error" or "timeout" (a message is shown)."""
        return self._problem

    def shown_file(self) -> MediaFile | None:
        return self._file

    def source(self) -> QUrl:
        return self._player.source() if self._player else QUrl()

    def player(self) -> QMediaPlayer | None:
        return self._player

    def audio_output(self) -> QAudioOutput | None:
        return self._player.audioOutput() if self._player else None

    def subtitle_language(self) -> str:
        return self._subtitle_lang

    def subtitle_text(self) -> str:
        return self.video.subtitle_text()

    # -- language ------------------------------------------------------------------
    def set_language(self, lang: str, resource: Resource) -> None:
        """Interface language changed. A playing film keeps playing in the chosen version."""
        self._resource = resource
        self._lang = lang
        self.header.set_title(resource.title)
        self.header.set_sources(resource, lang)
        name_scroll_area(self.video, resource.title)  # the picture, for screen readers
        name_scroll_area(self.about_area, resource.title)
        self._fill_choosers()
        if not self._playing:
            wanted = self._wanted_file()
            if wanted != self._file or self._player is None:
                self.open_version(wanted.lang if wanted else "")
            self._choose_subtitles(self._wanted_subtitles())
        self.retranslate()

    def _wanted_file(self) -> MediaFile | None:
        """The version the visitor chose during this visit, else the interface language's."""
        chosen = self.choices.version
        if chosen and chosen in self._resource.files:
            return self._resource.files[chosen]
        return self._resource.file_for(self._lang)

    def _wanted_subtitles(self) -> str:
        chosen = self.choices.subtitles
        if chosen is not None and (chosen == "" or chosen in self._resource.subtitles):
            return chosen
        return self._default_subtitles()

    def _fill_choosers(self) -> None:
        self.version_box.set_options(
            [(code, native_name(code, self._names)) for code in self._resource.files]
        )
        self.subtitle_box.set_options(
            [("", self.tr("Off"))]
            + [(code, native_name(code, self._names)) for code in self._resource.subtitles]
        )
        self._sync_choosers()

    def _sync_choosers(self) -> None:
        self.version_box.set_current(self._file.lang if self._file else "")
        self.subtitle_box.set_current(self._subtitle_lang)
        many_versions = len(self.version_box.codes()) > 1
        self.version_label.setVisible(many_versions)
        self.version_box.setVisible(many_versions)
        visible = len(self.subtitle_box.codes()) > 1
        self.subtitle_label.setVisible(visible)
        self.subtitle_box.setVisible(visible)
        self.choice_row.setVisible(many_versions or visible)
        self._order_tabs()

    def _default_subtitles(self) -> str:
        """Subtitles in the interface language when the version speaks another one."""
        spoken = self._file.lang if self._file else ""
        if self._lang != spoken and self._lang in self._resource.subtitles:
            return self._lang
        return ""

    # -- versions and the player -----------------------------------------------------
    def open_version(self, code: str, *, play: bool = False) -> None:
        """Show the film's `code` version (paused on its first frame unless `play`)."""
        media = self._resource.files.get(code)
        self._file = media
        self.video.set_poster(QImage())  # the new version gives its own poster
        self._load(0, play=play)
        self._sync_choosers()
        self._update_note()

    def _load(self, position: int, *, play: bool) -> None:
        # Replacing a playing player by another is not a pause: keep `playing` as it is.
        self._drop_player(keep_state=play)
        self._has_frame = False
        self._problem = ""
        self.stack.setCurrentWidget(self.video)
        self.transport.setEnabled(True)
        self.video.show_poster(True)
        media = self._file
        if media is None or not media.exists:
            self._fail("missing")
            return
        with_audio = play and self._audio_allowed and not self._muted
        player = QMediaPlayer(self)
        if with_audio:
            output = QAudioOutput(player)
            player.setAudioOutput(output)
        player.setVideoOutput(self.video.renew_video_item())
        player.mediaStatusChanged.connect(self._on_status)
        player.errorOccurred.connect(self._on_error)
        player.playbackStateChanged.connect(self._on_state)
        player.durationChanged.connect(self._on_duration)
        player.positionChanged.connect(self._on_position)
        self._player = player
        player.setSource(QUrl.fromLocalFile(str(media.path)))
        if position:
            player.setPosition(position)
        if play:
            player.play()
        else:
            player.pause()  # decodes and shows the first frame, silently
        self._watchdog.start(self.first_frame_timeout_ms)

    def _drop_player(self, *, keep_state: bool = False) -> None:
        player, self._player = self._player, None
        self._watchdog.stop()
        if player is None:
            return
        # Never stop(), and never detach the output from Python: with an audio output both
        # can wait for the FFmpeg thread while it waits for the Python lock we hold (a
        # deadlock seen in the soak bench). Pause, and let Qt's event loop delete it.
        player.blockSignals(True)
        if player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            player.pause()
        player.deleteLater()
        if not keep_state:
            self._set_playing(False)

    def close_media(self) -> None:
        """Release the player (call before deleting the page; safe to call twice)."""
        self._drop_player()
        self.video.set_subtitle("")

    # -- transport ------------------------------------------------------------------------
    def toggle_play(self) -> None:
        if self._playing:
            self.pause()
        else:
            self.play()

    def play(self) -> None:
        player = self._player
        if player is None or self._problem:
            return
        at_end = player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia
        position = 0 if at_end else player.position()
        needs_audio = self._audio_allowed and not self._muted and player.audioOutput() is None
        if needs_audio:
            self._load(position, play=True)  # a fresh player with sound, same position
            return
        if at_end:
            player.setPosition(0)
        player.play()

    def pause(self) -> None:
        if self._player is not None:
            self._player.pause()

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        with QSignalBlocker(self.mute_button):
            self.mute_button.setChecked(muted)
        output = self.audio_output()
        if output is not None:
            output.setMuted(muted)
        elif not muted and self._playing:
            self.play_with_sound()
        self._retranslate_mute()

    def play_with_sound(self) -> None:
        """Unmuted while playing silently: continue at the same place with an audio output."""
        if self._player is not None and self._audio_allowed:
            self._load(self._player.position(), play=True)

    def seek(self, ms: int) -> None:
        self._seek(ms)

    def seek_by(self, ms: int) -> None:
        """Jump `ms` forward (negative: back), e.g. the -10 s and +10 s buttons."""
        self._seek((self._player.position() if self._player else 0) + ms)

    def _show_scrub(self, ms: int) -> None:
        """While a finger drags the position: show the time under it (the seek follows)."""
        self.elapsed_label.setText(format_time(ms))
        self.show_controls()

    def _seek(self, ms: int) -> None:
        if self._player is None:
            return
        duration = self._player.duration()
        ms = max(0, min(ms, duration - 1 if duration > 0 else ms))
        self._player.setPosition(ms)
        self._show_position(ms)

    # -- player events -------------------------------------------------------------------
    def _on_frame(self, frame: QVideoFrame) -> None:
        if self._player is None:
            return
        if not frame.isValid():
            self.video.show_poster(True)  # end of clip or a player change: no black flash
            return
        if not self._has_frame:
            self._has_frame = True
            self._watchdog.stop()
            size = frame.size()
            if size.width() > 0 and size.height() > 0:
                ratio = size.width() / size.height()
                if abs(ratio - self._ratio) > 0.01:
                    self._ratio = ratio
                    self._fit()
            if not self.video.has_poster():
                self.video.set_poster(frame.toImage())
            self.frame_shown.emit()
        self.video.show_poster(False)
        if frame.startTime() >= 0:
            self._show_subtitle(frame.startTime() // 1000)

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._fail("error")
        elif status == QMediaPlayer.MediaStatus.EndOfMedia:
            self.video.show_poster(True)
            self.video.set_subtitle("")
            self._show_position(0)

    def _on_error(self, error: QMediaPlayer.Error, text: str) -> None:
        if error != QMediaPlayer.Error.NoError:
            self._fail("error")

    def _on_state(self, state: QMediaPlayer.PlaybackState) -> None:
        self._set_playing(state == QMediaPlayer.PlaybackState.PlayingState)

    def _set_playing(self, playing: bool) -> None:
        if playing != self._playing:
            self._playing = playing
            self._retranslate_play()
            self.show_controls()  # paused: they stay; playing: they step aside soon
            self.playing_changed.emit(playing)

    # -- controls that step aside while the film plays -----------------------------------
    def controls_shown(self) -> bool:
        return not self.controls.isHidden()

    def show_controls(self) -> None:
        """Show the controls; while playing, hide them again after a quiet moment."""
        self.controls.setVisible(True)
        if self._playing and not self._problem:
            self._hide_timer.start()
        else:
            self._hide_timer.stop()

    def _hide_controls(self) -> None:
        if not self._playing or self._problem:
            return
        if self.version_box.sheet is not None or self.subtitle_box.sheet is not None:
            self._hide_timer.start()  # a chooser is open: wait
            return
        focus = self.focusWidget()
        if focus is not None and self.controls.isAncestorOf(focus):
            self.setFocus(Qt.FocusReason.OtherFocusReason)  # keys keep working on the page
        self.controls.setVisible(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.video.viewport() and event.type() in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.TouchBegin,
        ):
            hidden = self.controls.isHidden()
            self.show_controls()
            return hidden  # the first touch only brings the controls back
        return super().eventFilter(watched, event)

    def focus_first(self) -> None:
        """Keyboard focus on play/pause (Space plays, Left/Right move by 10 s)."""
        self.play_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_duration(self, duration: int) -> None:
        self.seek_slider.setRange(0, max(0, duration))
        self.total_label.setText(format_time(duration))

    def _on_position(self, position: int) -> None:
        if self._player and self._player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia:
            return
        self._show_position(position)
        if not self._playing:
            self._show_subtitle(position)

    def _show_position(self, position: int) -> None:
        if not self.seek_slider.isSliderDown():
            with QSignalBlocker(self.seek_slider):
                self.seek_slider.setValue(position)
        self.elapsed_label.setText(format_time(position))

    def _on_watchdog(self) -> None:
        if not self._has_frame and not self._problem:
            self._fail("timeout")

    def _fail(self, problem: str) -> None:
        if self._problem:
            return
        self._drop_player()
        self._problem = problem
        self.stack.setCurrentWidget(self._message_page)
        self.transport.setEnabled(False)
        self.controls.setVisible(True)
        self._retranslate_message()
        self.failed.emit(problem)

    # -- subtitles ---------------------------------------------------------------------------
    def _on_subtitles_chosen(self, code: str) -> None:
        self.choices.subtitles = code  # the visitor's choice, for the rest of the visit
        self._choose_subtitles(code)
        self.show_controls()
        self.choices_changed.emit(self._file.lang if self._file else "", self._subtitle_lang)

    def _choose_subtitles(self, code: str) -> None:
        media = self._resource.subtitles.get(code) if code else None
        self._subtitle_lang = code if media else ""
        self._subtitles = load_webvtt(media.path) if media else Subtitles([])
        self._sync_choosers()
        position = self._player.position() if self._player else 0
        self._show_subtitle(position)

    def set_subtitle_language(self, code: str) -> None:
        """ "" turns subtitles off."""
        self._choose_subtitles(code)

    def _show_subtitle(self, ms: int) -> None:
        self.video.set_subtitle(self._subtitles.text_at(ms))

    def _on_version_chosen(self, code: str) -> None:
        self.choices.version = code  # the visitor's choice, for the rest of the visit
        if self._file is None or code != self._file.lang:
            self.open_version(code, play=self._playing)
        self.show_controls()
        self.choices_changed.emit(self._file.lang if self._file else "", self._subtitle_lang)

    # -- text ----------------------------------------------------------------------------------
    def _update_note(self) -> None:
        """ "Published in English" when the title and description are, and "Film in English"
        when no version speaks the interface language (none when one does: another
        version is then the visitor's choice)."""
        shown = self._resource.shown
        self.header.set_fallback(shown.wanted, shown.lang)
        spoken = self._file.lang if self._file is not None else self._lang
        note = ""
        if self._lang not in self._resource.files and spoken != self._lang:
            #: Over, beside or under a film whose version in the interface language does not
            #: exist. %1: the language the film speaks, as said in a sentence ("English").
            note = self.tr("Film in %1").replace("%1", language_name(spoken))
        self.film_note.setText(note)
        self.film_note.setVisible(bool(note))
        self._fit()  # a note more or less: the picture's room changes

    def retranslate(self) -> None:
        self._update_note()
        self.version_label.setText(self.tr("Language:"))
        self.version_box.set_title(self.tr("Film language"))
        self.subtitle_label.setText(self.tr("Subtitles:"))
        self.subtitle_box.set_title(self.tr("Subtitles"))
        self.subtitle_box.set_label("", self.tr("Off"))
        self.seek_slider.setAccessibleName(self.tr("Position in the film"))
        self.back_10.setText(self.tr("10 s"))
        self.back_10.setAccessibleName(self.tr("Back 10 seconds"))
        self.forward_10.setText(self.tr("10 s"))
        self.forward_10.setAccessibleName(self.tr("Forward 10 seconds"))
        set_icon(self.back_10, "fa5s.undo-alt", 22)
        set_icon(self.forward_10, "fa5s.redo-alt", 22)
        self.message_back.setText(self.tr("Back"))
        self._retranslate_play()
        self._retranslate_mute()
        self._retranslate_message()
        self._fit()

    def _retranslate_play(self) -> None:
        text = self.tr("Pause") if self._playing else self.tr("Play")
        self.play_button.setAccessibleName(text)
        self.play_button.setToolTip(text)
        set_icon(self.play_button, "fa5s.pause" if self._playing else "fa5s.play", 44)

    def _retranslate_mute(self) -> None:
        text = self.tr("Sound on") if self._muted else self.tr("Mute")
        self.mute_button.setAccessibleName(text)
        self.mute_button.setToolTip(text)
        set_icon(self.mute_button, "fa5s.volume-mute" if self._muted else "fa5s.volume-up")

    def _retranslate_message(self) -> None:
        if self._problem == "missing":
            self.message_label.setText(
                self.tr("This film is not installed on this kiosk. Please ask the staff.")
            )
        elif self._problem:
            self.message_label.setText(
                self.tr("This film cannot be played on this kiosk. Please ask the staff.")
            )

    # -- layout: the picture gets the height ---------------------------------------------------
    def picture_size(self) -> QSize:
        """The film's picture as drawn: the room the page gives it at the film's shape."""
        room = self.stack.size()
        return QSize(round(self._ratio * 1000), 1000).scaled(
            room, Qt.AspectRatioMode.KeepAspectRatio
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        # Shown in the window's page stack before the stack gave it its size: take that size
        # now, so the first frame (and where a tap lands) is the final layout, not Qt's
        # default size's.
        stack = self.parentWidget()
        if isinstance(stack, QStackedWidget) and self.geometry() != stack.contentsRect():
            self.setGeometry(stack.contentsRect())
        self._fit()
        self.layout().activate()
        super().showEvent(event)

    def _fit(self) -> None:
        """Margins like the other pages, and the largest picture the page allows.

        "tall" (portrait): the picture takes the whole width under the title, the controls
        (transport, then choosers) right under it, within reach, and the room left under
        them holds the notes and the film's description (it scrolls when long).
        Otherwise the choosers sit in the header row beside the title, and the notes go
        over the picture ("top") or beside it ("beside"), whichever leaves it taller.
        """
        if self.width() <= 0 or self.height() <= 0:
            return
        self.header.set_portrait(is_portrait(self))
        column = self.layout()
        side = margins_follow_width(self, column, top=12, high=96)
        width = self.width() - 2 * side
        spacing = column.spacing()
        room = self.height() - 24 - 2 * spacing  # margins; header, picture, controls
        if self.header.reach.holding:  # Back under the controls
            room -= self.header.reach.row_height() + spacing
        self.about_area.hide()  # measured without the description, shown where it has room
        # Tall: the film's note with the choosers, under the transport.
        info = self._notes_height(width, with_film_note=False)
        has_info = info > 0
        info += spacing if has_info else 0
        transport = self.transport.sizeHint().height()
        line, beside = self._language_line_height(width)
        choices = line + self._controls.spacing() if line else 0
        tall = room - self._header_height(width, False) - info - transport - choices
        if width / self._ratio <= tall:
            picture = round(width / self._ratio)
            self._arrange("tall", width, picture, 0, note_beside_choices=beside)
            self._show_about(width, tall - picture - (0 if has_info else spacing))
            return
        # Wide: the choosers beside the title, the film's note first of the notes.
        info = self._notes_height(width, with_film_note=True)
        has_info = info > 0
        info += spacing if has_info else 0
        room -= self._header_height(width, True) + transport
        top = min(room - info, width / self._ratio)
        if has_info:
            for aside in range(ASIDE_MIN, width // 2 + 1, 8):
                if self._notes_height(aside, with_film_note=True) <= room:
                    beside = min(room, (width - aside - ASIDE_GAP) / self._ratio)
                    if beside > top:
                        self._arrange("beside", round(beside * self._ratio), 0, aside)
                        return
                    break
        self._arrange("top", round(top * self._ratio), 0, 0)

    def _show_about(self, width: int, room: int) -> None:
        """The film's description under the notes when `room` px hold a few of its lines:
        a readable column, as tall as its text or the room (then it scrolls)."""
        text = self._resource.body or self._resource.summary
        self.about.ensurePolished()  # the text size in force (the theme's style sheet)
        gap = self.info.layout().spacing()
        # Read at arm's length on a stand: the size of the content notes' titles (16 pt at
        # normal text) where all of it has room, else the link pages' text size.
        for factor in (16 / 12, 1.2):
            font = QFont(self.about.font())
            font.setPointSizeF(font.pointSizeF() * factor)
            metrics = QFontMetrics(font)
            lines = ABOUT_MIN_LINES * metrics.lineSpacing()
            if not text or room - gap < lines:
                continue
            if self._about_shown != (text, font.key()):  # the HTML carries the font's size
                self._about_shown = (text, font.key())
                self.about.setText(safe_markdown_html(text, font))
            column = min(width, READABLE_CHARS * metrics.averageCharWidth())
            # Measured beside a scroll bar: no scroll bar appears for a text that fits.
            bar = self.about_area.verticalScrollBar().sizeHint().width()
            whole = self.about.heightForWidth(column - bar)
            if whole + gap <= room or factor == 1.2:
                break
        else:
            return
        self.about_area.setFixedSize(column, max(lines, min(whole, room - gap)))
        self.about_area.show()
        self.info.show()

    def _notes_height(self, width: int, *, with_film_note: bool) -> int:
        """The notes' column at `width` without the description: the film's note (on a
        wide page), the text's language note and the sources; 0 when none is shown."""
        labels = [self.header.note_label, self.header.sources_label]
        if with_film_note:
            labels.insert(0, self.film_note)
        heights = [label.heightForWidth(width) for label in labels if not label.isHidden()]
        return sum(heights) + self.info.layout().spacing() * max(0, len(heights) - 1)

    def _language_line_height(self, width: int) -> tuple[int, bool]:
        """The tall page's row of choosers and film note at `width` (0 when neither is
        shown), and whether the note fits beside the choosers on one line."""
        choices = 0 if self.choice_row.isHidden() else self.choice_row.sizeHint().height()
        if self.film_note.isHidden():
            return choices, True
        note = self.film_note.heightForWidth(width)
        if not choices:
            return note, True
        rest = width - self.choice_row.sizeHint().width() - NOTE_GAP
        if rest > 0 and self.film_note.heightForWidth(rest) <= note:  # one line there too
            return max(choices, note), True
        return choices + NOTE_OVER_GAP + note, False

    def _header_height(self, width: int, with_choices: bool) -> int:
        """The header row's height at `width`, with the choosers beside the title or not."""
        back = self.header.back_button.sizeHint()
        spacing = self.header.layout().spacing()
        title = width - back.width() - spacing
        height = back.height()
        if self.header.reach.holding:  # Back is at the bottom of the page
            title, height = width, 0
        if with_choices and not self.choice_row.isHidden():
            chosen = self.choice_row.sizeHint()
            title -= chosen.width() + spacing
            height = max(height, chosen.height())
        return max(height, self.header.title_label.heightForWidth(max(1, title)))

    def _arrange(
        self,
        arrangement: str,
        picture_width: int,
        picture_height: int,
        aside: int,
        *,
        note_beside_choices: bool = True,
    ) -> None:
        """Put the choosers, the notes and the picture where `_fit` decided."""
        self.arrangement = arrangement
        self._place_choices(in_header=arrangement != "tall")
        self._place_film_note(arrangement == "tall", note_beside_choices)
        column, row = self.layout(), self._picture_row
        (row if row.indexOf(self.info) >= 0 else column).removeWidget(self.info)
        column.removeWidget(self.controls)
        if arrangement == "tall":  # header, (spare room), picture, controls, notes
            after = next(i for i in range(column.count()) if column.itemAt(i).layout() is row)
            column.insertWidget(after + 1, self.controls)
            column.insertWidget(after + 2, self.info)
        else:  # header, notes (or beside the picture), picture, controls
            column.insertWidget(column.indexOf(self.header.reach), self.controls)
            if arrangement == "beside":
                row.addWidget(self.info)
            else:
                column.insertWidget(column.indexOf(self.header) + 1, self.info)
        notes = [self.header.note_label, self.header.sources_label]
        if arrangement != "tall":
            notes.append(self.film_note)
        self.info.setVisible(not all(label.isHidden() for label in notes))
        big = 16777215
        if arrangement == "tall":
            self.stack.setMinimumSize(0, picture_height)
            self.stack.setMaximumSize(big, picture_height)
        elif arrangement == "beside":
            self.stack.setMinimumSize(picture_width, 0)
            self.stack.setMaximumSize(picture_width, big)
        else:
            self.stack.setMinimumSize(0, 0)
            self.stack.setMaximumSize(max(1, picture_width), big)
        row.setAlignment(
            self.stack,
            Qt.AlignmentFlag.AlignHCenter if arrangement == "top" else Qt.AlignmentFlag(0),
        )
        self.info.setMinimumWidth(aside)
        row.setStretch(row.indexOf(self.stack), 0 if arrangement == "beside" else 1)
        if arrangement == "beside":
            row.setStretch(row.indexOf(self.info), 1)
        # A wide page's spare room goes to the picture; a tall page's (a width-limited
        # picture cannot grow) half above the picture and half under the notes: the film,
        # its controls and notes make one block in the middle, the controls lower, in reach.
        for index in range(column.count()):
            item = column.itemAt(index)
            grows = item.spacerItem() is not None if arrangement == "tall" else item.layout() is row
            column.setStretch(index, 1 if grows else 0)

    def _place_choices(self, *, in_header: bool) -> None:
        """The film language and subtitle choosers: in the header row or under the transport."""
        extra, line = self.header.extra, self._language_line
        if (extra if in_header else line).indexOf(self.choice_row) >= 0:
            return
        (line if in_header else extra).removeWidget(self.choice_row)
        if in_header:
            extra.addWidget(self.choice_row)
        else:
            line.insertWidget(0, self.choice_row, 0, LEADING)
        self._order_tabs()

    def _place_film_note(self, tall: bool, beside_choices: bool) -> None:
        """The film's note: first of the notes on a wide page (over or beside the picture);
        on a tall one with the choosers under the transport, beside them or above them."""
        note, line, info = self.film_note, self._language_line, self.info.layout()
        if tall and line.indexOf(note) < 0:
            info.removeWidget(note)
            line.insertWidget(line.count() - 1, note, 0, LEADING)
        elif not tall and info.indexOf(note) < 0:
            line.removeWidget(note)
            info.insertWidget(0, note)
        # One line: choosers, then the note; else the note over the choosers (read first).
        direction = QBoxLayout.Direction.LeftToRight
        if tall and not beside_choices:
            direction = QBoxLayout.Direction.BottomToTop
        if line.direction() != direction:
            line.setDirection(direction)
            line.setSpacing(NOTE_OVER_GAP if tall and not beside_choices else NOTE_GAP)

    def _order_tabs(self) -> None:
        """Tab goes as the page reads: Back, then the choosers where they are, the transport."""
        choices = [
            widget
            for box in (self.version_box, self.subtitle_box)
            for widget in (list(box.segments.values()) or [box.sheet_button])
        ]
        transport = [
            self.back_10,
            self.play_button,
            self.forward_10,
            self.seek_slider,
            self.mute_button,
        ]
        in_header = self.header.extra.indexOf(self.choice_row) >= 0
        chain = [self.header.back_button]
        chain += choices + transport if in_header else transport + choices
        chain.append(self.message_back)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            QTimer.singleShot(0, self, self._fit)  # larger text: share the height out again
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        self.show_controls()
        if key in (Qt.Key.Key_Space, Qt.Key.Key_MediaTogglePlayPause, Qt.Key.Key_MediaPlay):
            self.toggle_play()
        elif key == Qt.Key.Key_Right:
            self.seek_by(SEEK_STEP_MS)
        elif key == Qt.Key.Key_Left:
            self.seek_by(-SEEK_STEP_MS)
        elif key == Qt.Key.Key_M:
            self.set_muted(not self._muted)
        elif key == Qt.Key.Key_Escape:
            self.back_requested.emit()
        else:
            super().keyPressEvent(event)
