"""The training film page: a player with language versions, subtitles and no unasked sound.

Player life cycle (see PITFALLS.md, "Video"):
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

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoFrame
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.model import MediaFile, Resource
from kiosk.subtitles import Subtitles, load_webvtt
from kiosk.ui.resource_header import TOUCH, ResourceHeader, native_name, problem_message, set_icon
from kiosk.ui.video_view import VideoView

# How long a version may take to show its first picture before the visitor is told.
FIRST_FRAME_TIMEOUT_MS = 5000
SEEK_STEP_MS = 5000


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

    def __init__(
        self,
        resource: Resource,
        lang: str,
        parent: QWidget | None = None,
        language_names: dict[str, str] | None = None,
        *,
        audio: bool = True,
        first_frame_timeout_ms: int = FIRST_FRAME_TIMEOUT_MS,
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

        self.header = ResourceHeader()
        self.header.back_requested.connect(self.back_requested)
        self.version_label = QLabel()
        self.version_box = QComboBox()
        self.version_box.setObjectName("filmVersion")
        self.subtitle_label = QLabel()
        self.subtitle_box = QComboBox()
        self.subtitle_box.setObjectName("filmSubtitles")
        for box in (self.version_box, self.subtitle_box):
            box.setMinimumHeight(TOUCH)
            box.setMinimumWidth(170)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for widget in (
            self.version_label,
            self.version_box,
            self.subtitle_label,
            self.subtitle_box,
        ):
            self.header.extra.addWidget(widget)
        self.version_box.activated.connect(self._on_version_chosen)
        self.subtitle_box.activated.connect(self._on_subtitles_chosen)

        self.video = VideoView()
        self.video.frame_changed.connect(self._on_frame)
        self.video.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
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

        self.play_button = QPushButton()
        self.play_button.setObjectName("playPause")
        self.play_button.setMinimumSize(TOUCH + 24, TOUCH + 24)
        self.play_button.clicked.connect(self.toggle_play)
        self.elapsed_label = QLabel(format_time(0))
        self.total_label = QLabel(format_time(0))
        self.seek_slider = QSlider(Qt.Orientation.Horizontal)
        self.seek_slider.setObjectName("seekBar")
        self.seek_slider.setMinimumHeight(TOUCH)
        self.seek_slider.setRange(0, 0)
        self.seek_slider.sliderMoved.connect(self._seek)
        self.seek_slider.sliderReleased.connect(
            lambda: self._seek(self.seek_slider.sliderPosition())
        )
        self.mute_button = QPushButton()
        self.mute_button.setObjectName("mute")
        self.mute_button.setCheckable(True)
        self.mute_button.setMinimumSize(TOUCH, TOUCH)
        self.mute_button.toggled.connect(self.set_muted)
        self.transport = QWidget()
        self.transport.setObjectName("transport")
        # Media controls read left to right in every language, Arabic included.
        self.transport.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        bar = QHBoxLayout(self.transport)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.play_button)
        bar.addWidget(self.elapsed_label)
        bar.addWidget(self.seek_slider, 1)
        bar.addWidget(self.total_label)
        bar.addWidget(self.mute_button)

        column = QVBoxLayout(self)
        column.addWidget(self.header)
        column.addWidget(self.stack, 1)
        column.addWidget(self.transport)
        self._resource = resource
        self._lang = lang
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
        self._fill_choosers()
        if not self._playing:
            wanted = resource.file_for(lang)
            if wanted != self._file or self._player is None:
                self.open_version(wanted.lang if wanted else "")
            self._choose_subtitles(self._default_subtitles())
        self.retranslate()

    def _fill_choosers(self) -> None:
        with QSignalBlocker(self.version_box):
            self.version_box.clear()
            for code in self._resource.files:
                self.version_box.addItem(native_name(code, self._names), code)
        with QSignalBlocker(self.subtitle_box):
            self.subtitle_box.clear()
            self.subtitle_box.addItem("", "")  # "Off", text set in retranslate()
            for code in self._resource.subtitles:
                self.subtitle_box.addItem(native_name(code, self._names), code)
        self._sync_choosers()

    def _sync_choosers(self) -> None:
        with QSignalBlocker(self.version_box):
            index = self.version_box.findData(self._file.lang if self._file else "")
            self.version_box.setCurrentIndex(max(0, index))
        with QSignalBlocker(self.subtitle_box):
            self.subtitle_box.setCurrentIndex(
                max(0, self.subtitle_box.findData(self._subtitle_lang))
            )
        self.version_box.setEnabled(self.version_box.count() > 1)
        self.subtitle_box.setEnabled(self.subtitle_box.count() > 1)
        visible = self.subtitle_box.count() > 1
        self.subtitle_label.setVisible(visible)
        self.subtitle_box.setVisible(visible)

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
            self.playing_changed.emit(playing)

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
        self._retranslate_message()
        self.failed.emit(problem)

    # -- subtitles ---------------------------------------------------------------------------
    def _on_subtitles_chosen(self, index: int) -> None:
        self._choose_subtitles(self.subtitle_box.itemData(index) or "")

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

    def _on_version_chosen(self, index: int) -> None:
        code = self.version_box.itemData(index)
        if self._file is None or code != self._file.lang:
            self.open_version(code, play=self._playing)

    # -- text ----------------------------------------------------------------------------------
    def _update_note(self) -> None:
        if self._lang in self._resource.files:
            self.header.set_note("")  # available; another version may be the visitor's choice
        elif self._file is not None:
            self.header.set_fallback(self._lang, self._file.lang)
        else:
            shown = self._resource.shown
            self.header.set_fallback(shown.wanted, shown.lang)

    def retranslate(self) -> None:
        self._update_note()
        self.version_label.setText(self.tr("Language:"))
        self.version_box.setAccessibleName(self.tr("Film language"))
        self.subtitle_label.setText(self.tr("Subtitles:"))
        self.subtitle_box.setAccessibleName(self.tr("Subtitles"))
        self.subtitle_box.setItemText(0, self.tr("Off"))
        self.seek_slider.setAccessibleName(self.tr("Position in the film"))
        self.message_back.setText(self.tr("Back"))
        self._retranslate_play()
        self._retranslate_mute()
        self._retranslate_message()

    def _retranslate_play(self) -> None:
        text = self.tr("Pause") if self._playing else self.tr("Play")
        self.play_button.setAccessibleName(text)
        self.play_button.setToolTip(text)
        set_icon(self.play_button, "fa5s.pause" if self._playing else "fa5s.play", 40)

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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        position = self._player.position() if self._player else 0
        if key == Qt.Key.Key_Space:
            self.toggle_play()
        elif key == Qt.Key.Key_Right:
            self._seek(position + SEEK_STEP_MS)
        elif key == Qt.Key.Key_Left:
            self._seek(position - SEEK_STEP_MS)
        elif key == Qt.Key.Key_M:
            self.set_muted(not self._muted)
        elif key == Qt.Key.Key_Escape:
            self.back_requested.emit()
        else:
            super().keyPressEvent(event)
