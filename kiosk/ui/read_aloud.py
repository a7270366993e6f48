"""Read aloud: the kiosk's one text-to-speech engine (Qt's QTextToSpeech), off the interface.

A text is read in the language it is shown in, with a voice of that language, or not at
all: `has_voice("ar")` is False unless the engine has an Arabic voice, so an Arabic text
is never read with an English voice. Nothing is read unless a visitor asks for it.

The engine is created once, on first need or in a quiet moment after the first frame,
never before it. On Linux, creating Qt's speechd engine takes 2-9 s (it lists every
espeak-ng voice through speech-dispatcher) and holds Python's lock all that time, so
real engines run in a small helper process (`kiosk speech-host`) that the window talks
to in JSON lines; the kiosk stays responsive, and a failing engine cannot take it down.
Qt's "mock" engine (tests) is created at once in this process.

`KIOSK_SPEECH_ENGINE` chooses the engine: unset or "" for the platform's own (speechd on
Linux: speech-dispatcher with espeak-ng), "mock" for tests, "none" to turn reading off.
speech-dispatcher is reached through its Unix socket: no network connection is opened.

On Linux the helper runs a speech-dispatcher of its own (`_SpeechServer`), on a private
socket, and ends it with itself: left to Qt, speech-dispatcher's library started a
shared one (autospawn) that went on ~50 s after the kiosk (a kiosk restarted by its
supervisor, or a trainer's laptop, kept a speech server), and one that a desktop already
runs for its screen reader is neither used nor stopped.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading

from PySide6.QtCore import QLocale, QObject, QTimer, Signal, Slot

# QProcess and QTextDocument are imported where they are used: the main window holds a
# ReadAloud from the start, and each Qt class first touched costs its enum types (~2 ms
# before the first frame, which reads nothing aloud).

log = logging.getLogger(__name__)

ENGINE_VARIABLE = "KIOSK_SPEECH_ENGINE"
# Set for the helper process: the kiosk's process id (the helper ends with it, Linux).
PARENT_VARIABLE = "KIOSK_SPEECH_PARENT"
# Engines quick enough to create in this process (Qt's test engine).
IN_PROCESS_ENGINES = ("mock",)
# A reading counts as playing (the idle reset waits) for at most this long: a stuck
# engine never keeps the kiosk from its reset. Slow speech is about 10 characters a second.
MIN_READING_S = 60
CHARACTERS_PER_SECOND = 5
# The longest the kiosk's stop waits for the killed helper to be gone (a few ms: it was
# killed at the start of the stop; left to init if it is not gone by then).
END_WAIT_MS = 5
# The longest a program that leaves normally (not the kiosk) waits for it at its exit.
AT_EXIT_WAIT_MS = 2000


def engine_from_environment() -> str:
    return os.environ.get(ENGINE_VARIABLE, "").strip()


def speakable_text(title: str, markdown: str) -> str:
    """The title, then the Markdown body as the page shows it, as plain text (no markup
    read out; a link reads as its text and its address, as it is shown)."""
    from PySide6.QtGui import QFont, QTextDocument

    from kiosk.ui.markdown import render_safe_markdown

    document = QTextDocument()
    document.setDefaultFont(QFont("", 12))  # headings scale from it (only the text is kept)
    render_safe_markdown(document, markdown or "")
    body = document.toPlainText().strip()
    return "\n\n".join(part for part in (title.strip(), body) if part)


def best_locales(locales: list[QLocale]) -> dict[str, str]:
    """Language code -> the locale name to read it with ("fr" -> "fr_FR").

    A language's main territory first (QLocale("fr") is France), else the first found.
    """
    found: dict[str, str] = {}
    for locale in locales:
        if locale.language() == QLocale.Language.C:
            continue
        code = QLocale.languageToCode(locale.language(), QLocale.LanguageCodeType.ISO639Part1)
        if not code:
            continue
        main = QLocale(code).name()
        if code not in found or locale.name() == main:
            found[code] = locale.name()
    return found


class SpeechEngine(QObject):
    """Owns one QTextToSpeech; used in this process (mock) or in the helper process."""

    voices_found = Signal(dict)  # language code -> locale name ({} : no engine, no voice)
    state_changed = Signal(int, bool)  # reading number, speaking
    voice_chosen = Signal(int, str, str)  # reading number, voice name, its locale name

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self._name = name
        self._engine = None
        self._reading = 0
        self._started = False  # the engine said it speaks the current reading
        self._locales: dict[str, str] = {}

    @Slot()
    def start(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._name and self._name not in QTextToSpeech.availableEngines():
            log.warning("text-to-speech engine %r is not available", self._name)
            self.voices_found.emit({})
            return
        engine = QTextToSpeech(self._name, self) if self._name else QTextToSpeech(self)
        self._engine = engine
        engine.stateChanged.connect(self._on_state)
        if engine.state() == QTextToSpeech.State.Error:
            log.warning("text-to-speech engine %r: %s", engine.engine(), engine.errorString())
            self.voices_found.emit({})
            return
        self._locales = best_locales(list(engine.availableLocales()))
        log.info("text-to-speech engine %r: voices for %s", engine.engine(), self._locales)
        self.voices_found.emit(dict(self._locales))

    @Slot(int, str, str)
    def say(self, reading: int, text: str, lang: str) -> None:
        """Read `text` with a voice of `lang`; reports (reading, False) when it cannot."""
        engine = self._engine
        voice = self._voice_for(lang) if engine is not None else None
        if voice is None:
            self.state_changed.emit(reading, False)
            return
        from PySide6.QtTextToSpeech import QTextToSpeech

        if engine.state() != QTextToSpeech.State.Ready:
            engine.stop()
        self._reading = reading  # what the stopped reading reports keeps its own number
        self._started = False
        engine.setVoice(voice)
        self.voice_chosen.emit(reading, voice.name(), voice.locale().name())
        engine.say(text)

    def _voice_for(self, lang: str):
        """A voice whose language is `lang`, or None (never another language's voice)."""
        name = self._locales.get(lang)
        if name is None:
            return None
        wanted = QLocale(lang).language()
        self._engine.setLocale(QLocale(name))
        voices = [self._engine.voice(), *self._engine.availableVoices()]
        return next((v for v in voices if v.locale().language() == wanted), None)

    @Slot()
    def stop(self) -> None:
        if self._engine is not None:
            self._engine.stop()

    def _on_state(self, state) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        speaking = state in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing)
        error = state == QTextToSpeech.State.Error
        if error and self._engine is not None:
            log.warning("text-to-speech: %s", self._engine.errorString())
        if speaking:
            self._started = True
        elif not (self._started or error):
            return  # the end of what was stopped before this reading began
        self.state_changed.emit(self._reading, speaking)


class _HostProcess(QObject):
    """The helper process `kiosk speech-host`, seen as a SpeechEngine (same signals)."""

    voices_found = Signal(dict)
    state_changed = Signal(int, bool)
    voice_chosen = Signal(int, str, str)

    def __init__(self, name: str, parent: QObject | None = None):
        from PySide6.QtCore import QProcess

        super().__init__(parent)
        self._name = name
        self._process = QProcess(self)
        self._process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        self._process.readyReadStandardOutput.connect(self._read)
        self._process.errorOccurred.connect(self._failed)
        self._process.finished.connect(self._finished)
        self._buffer = b""
        self._voices_known = False
        self._ending = False  # end() kills it: its "crash" is no failure

    @Slot()
    def start(self) -> None:
        from PySide6.QtCore import QProcessEnvironment

        if getattr(sys, "frozen", False):
            program, arguments = sys.executable, ["speech-host"]
        else:
            program, arguments = sys.executable, ["-m", "kiosk", "speech-host"]
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert(PARENT_VARIABLE, str(os.getpid()))  # see _end_with_parent
        self._process.setProcessEnvironment(environment)
        self._process.start(program, [*arguments, "--engine", self._name])

    @Slot(int, str, str)
    def say(self, reading: int, text: str, lang: str) -> None:
        self._send({"say": text, "lang": lang, "reading": reading})

    @Slot()
    def stop(self) -> None:
        self._send({"stop": True})

    def end(self) -> None:
        """Kill the helper, without waiting for it (`collect_ended` reads its end).

        A stopping kiosk (SIGTERM from systemd, staff's quit) must not wait for it: ended
        with SIGTERM and waited for, it was gone in ~3 ms, but up to a second on a busy
        machine. SIGKILL: it keeps nothing, and no engine call or signal handler of its
        own can hold it; its speech-dispatcher is killed with it (PR_SET_PDEATHSIG, see
        _SpeechServer), whose voice modules leave when it is gone. Its QProcess is kept
        (in `_ENDED`, not a child of this object any more) until Qt has read its end:
        destroyed before that, it would wait for it, with a warning."""
        process = self._process
        if process.state() == process.ProcessState.NotRunning:
            return
        self._ending = True
        process.kill()
        if process.state() != process.ProcessState.NotRunning:
            process.setParent(None)
            if not _ENDED:
                # A program that leaves normally (the self-test, the studio) reads the
                # end first: at its exit Qt would destroy the QProcess with the warning.
                # The kiosk ends with os._exit (kiosk/crash_guard.py exit_now): not run.
                import atexit

                atexit.unregister(_collect_at_exit)
                atexit.register(_collect_at_exit)
            _ENDED.add(process)
            process.finished.connect(lambda *_end: _ENDED.discard(process))

    def _send(self, message: dict) -> None:
        if self._process.state() == self._process.ProcessState.Running and not self._ending:
            self._process.write(json.dumps(message).encode() + b"\n")

    def _read(self) -> None:
        self._buffer += bytes(self._process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if "voices" in message:
                self._voices_known = True
                self.voices_found.emit(dict(message["voices"]))
            elif "voice" in message:
                self.voice_chosen.emit(
                    int(message["reading"]), str(message["voice"]), str(message["locale"])
                )
            elif "reading" in message:
                self.state_changed.emit(int(message["reading"]), bool(message["speaking"]))

    def _failed(self, error) -> None:
        if self._ending:
            return
        log.warning("text-to-speech helper: %s", self._process.errorString())
        self._finished()

    def _finished(self, *_args) -> None:
        """The helper ended (or never started): no voices any more, no reading."""
        self._voices_known = True
        self.voices_found.emit({})
        self.state_changed.emit(-1, False)


class ReadAloud(QObject):
    """What the pages use: which languages have a voice, read a text, stop, is it reading.

    `engine`: a QTextToSpeech engine name ("" the platform's own, "mock", "none").
    """

    voices_changed = Signal()  # the languages with a voice are known (or changed)
    speaking_changed = Signal(bool)

    def __init__(self, engine: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.engine_name = engine_from_environment() if engine is None else engine
        self._backend: SpeechEngine | _HostProcess | None = None
        self._voices: dict[str, str] = {}
        self._known = False
        self._reading = 0
        self._speaking = False
        self._owner: QObject | None = None
        self.voice_used: tuple[str, str] = ("", "")  # (name, locale) of the last reading
        self.reading_language = ""  # the language of the last reading ("fr")
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self.stop)

    @property
    def enabled(self) -> bool:
        return self.engine_name != "none"

    @property
    def ready(self) -> bool:
        """True once the engine said which voices it has (or that it has none)."""
        return self._known

    def prepare(self) -> None:
        """Create the engine if not done yet (returns at once; voices_changed follows)."""
        if self._backend is not None or not self.enabled:
            if not self.enabled and not self._known:
                self._known = True
            return
        if self.engine_name in IN_PROCESS_ENGINES:
            self._backend = SpeechEngine(self.engine_name, self)
        else:
            self._backend = _HostProcess(self.engine_name, self)
        self._backend.voices_found.connect(self._on_voices)
        self._backend.state_changed.connect(self._on_state)
        self._backend.voice_chosen.connect(self._on_voice)
        QTimer.singleShot(0, self, self._backend.start)

    def has_voice(self, lang: str) -> bool:
        return lang in self._voices

    def languages(self) -> list[str]:
        return sorted(self._voices)

    def read(self, text: str, lang: str, owner: QObject | None = None) -> bool:
        """Start reading `text` in `lang` (any reading stops first); False without a voice."""
        if self._backend is None or not self.has_voice(lang) or not text.strip():
            return False
        self.stop()  # the button that was reading shows it stopped
        self._reading += 1
        self._owner = owner
        self.reading_language = lang
        self._backend.say(self._reading, text, lang)
        self._watchdog.start(1000 * max(MIN_READING_S, len(text) // CHARACTERS_PER_SECOND))
        self._set_speaking(True)
        return True

    def stop(self) -> None:
        """Stop reading at once (Back, another page, quick exit, the idle reset)."""
        self._watchdog.stop()
        if not self._speaking:
            return
        self._reading += 1  # what the old reading still reports is not news any more
        if self._backend is not None:
            self._backend.stop()
        self._set_speaking(False)

    def is_speaking(self) -> bool:
        return self._speaking

    def is_reading_for(self, owner: QObject) -> bool:
        return self._speaking and self._owner is owner

    def shutdown(self) -> None:
        """The window closes: stop, and end the helper process if there is one (killed,
        not waited for: `collect_ended` reads its end)."""
        self.stop()
        if isinstance(self._backend, _HostProcess):
            self._backend.end()

    def _on_voices(self, voices: dict) -> None:
        self._voices = dict(voices)
        self._known = True
        self.voices_changed.emit()

    def _on_voice(self, reading: int, name: str, locale: str) -> None:
        self.voice_used = (name, locale)
        log.info("reading aloud with the voice %r (%s)", name, locale)

    def _on_state(self, reading: int, speaking: bool) -> None:
        if reading in (self._reading, -1):
            if not speaking:
                self._watchdog.stop()
            self._set_speaking(speaking and reading == self._reading)

    def _set_speaking(self, speaking: bool) -> None:
        if speaking != self._speaking:
            self._speaking = speaking
            self.speaking_changed.emit(speaking)


# Helpers killed whose end Qt has not read yet (their QProcess objects).
_ENDED: set = set()


def collect_ended(wait_ms: int = END_WAIT_MS) -> bool:
    """The end of the killed helpers read, so that no zombie of them is left, waiting at
    most `wait_ms` in all (the kiosk's stop kills the helper first and calls this last:
    by then it is usually gone). False if one is not gone yet: the event loop reads its
    end later, or init once the kiosk has ended."""
    import time

    deadline = time.monotonic() + wait_ms / 1000
    for process in list(_ENDED):
        left = max(0, round((deadline - time.monotonic()) * 1000))
        if process.state() != process.ProcessState.NotRunning:
            process.waitForFinished(left)
    return not _ENDED


def _collect_at_exit() -> None:
    if not collect_ended(AT_EXIT_WAIT_MS):
        log.warning("a speech helper killed %g s ago is still not gone", AT_EXIT_WAIT_MS / 1000)


class _SpeechServer:
    """The speech helper's own speech-dispatcher (Linux, Qt's speechd engine): its child,
    on a socket in a private folder (SPEECHD_ADDRESS tells Qt's engine where), killed
    when the helper ends in any way (PR_SET_PDEATHSIG: the helper itself is ended with
    SIGTERM, or killed with the kiosk) and ended by `stop()` when it leaves by itself.

    Not started where the environment names a server (SPEECHD_ADDRESS: that one is used)
    or where speech-dispatcher is not installed (Qt's engine then finds no voice).
    """

    # How long speech-dispatcher may take to open its socket (~0.5 s on a quiet machine).
    START_S = 10.0
    # It also leaves by itself this long after its last client went (a last resort).
    IDLE_S = 30

    def __init__(self, process, folder: str):
        self.process = process
        self.folder = folder
        self.socket = os.path.join(folder, "speechd.sock")

    @classmethod
    def start(cls, engine_name: str) -> _SpeechServer | None:
        import shutil

        if not sys.platform.startswith("linux") or engine_name not in ("", "speechd"):
            return None
        program = shutil.which("speech-dispatcher")
        if os.environ.get("SPEECHD_ADDRESS") or program is None:
            return None
        import subprocess
        import tempfile

        base = tempfile.gettempdir()  # short: a socket's path has at most 107 bytes
        remove_stale_folders(base)
        # 0700 (this user's only), named after this helper so a later one can tell it is
        # stale: a helper ended before its engine connected (SIGTERM, SIGKILL) leaves it.
        folder = tempfile.mkdtemp(prefix=f"{SERVER_FOLDER}{os.getpid()}-", dir=base)
        server = cls(None, folder)
        command = [program, "--run-single", "--communication-method", "unix_socket"]
        command += ["--socket-path", server.socket, "--timeout", str(cls.IDLE_S)]
        command += ["--pid-file", os.path.join(folder, "speechd.pid")]
        try:
            server.process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                preexec_fn=_killed_with_parent(),
            )
        except OSError as error:
            log.warning("speech-dispatcher did not start (%s)", error)
            server.forget_folder()
            server.refuse_shared_server()
            return None
        if not server._wait_for_socket():
            log.warning("speech-dispatcher did not open its socket within %g s", cls.START_S)
            server.stop()
            server.refuse_shared_server()
            return None
        os.environ["SPEECHD_ADDRESS"] = f"unix_socket:{server.socket}"
        return server

    def refuse_shared_server(self) -> None:
        """This server did not come up: Qt's engine is pointed at its socket all the same,
        so that it finds no server and reads nothing aloud (no voices). Left to itself,
        speech-dispatcher's library would start a shared server (autospawn), which
        outlives the kiosk; for a socket other than its usual one it refuses to
        ("Mismatch in socket names")."""
        os.environ["SPEECHD_ADDRESS"] = f"unix_socket:{self.socket}"

    def _wait_for_socket(self) -> bool:
        import time

        deadline = time.monotonic() + self.START_S
        while not os.path.exists(self.socket):
            if self.process.poll() is not None or time.monotonic() > deadline:
                return False
            time.sleep(0.01)
        return True

    def forget_folder(self) -> None:
        """The folder removed once Qt's engine is connected (the server keeps serving the
        connection): a helper killed later leaves nothing behind in the temporary folder."""
        import shutil

        shutil.rmtree(self.folder, ignore_errors=True)

    def stop(self) -> None:
        import subprocess

        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(0.5)
            except subprocess.TimeoutExpired:  # seen stuck in a lock after SIGTERM
                self.process.kill()
                self.process.wait(0.5)
        self.forget_folder()


SERVER_FOLDER = "kiosk-speech-"


def remove_stale_folders(base: str) -> None:
    """Remove the speech servers' folders (<base>/kiosk-speech-<helper id>-*) of this
    user whose helper has ended: a helper ended before its engine connected (the kiosk
    stopped a few seconds after its start) could not remove its own."""
    import shutil

    try:
        entries = list(os.scandir(base))
    except OSError:
        return
    for entry in entries:
        helper = entry.name[len(SERVER_FOLDER) :].split("-")[0]
        if not (entry.name.startswith(SERVER_FOLDER) and helper.isdigit()):
            continue
        try:
            if not entry.is_dir(follow_symlinks=False) or entry.stat().st_uid != os.getuid():
                continue
            os.kill(int(helper), 0)
            continue  # its helper still runs
        except ProcessLookupError:
            shutil.rmtree(entry.path, ignore_errors=True)
        except OSError:  # another user's process, or gone meanwhile
            continue


def _killed_with_parent():
    """For subprocess's preexec_fn: the child gets SIGKILL when this thread ends."""
    import ctypes
    import signal

    prctl = ctypes.CDLL(None, use_errno=True).prctl
    pr_set_pdeathsig = 1
    return lambda: prctl(pr_set_pdeathsig, int(signal.SIGKILL), 0, 0, 0)


def run_speech_host(engine_name: str) -> int:
    """`kiosk speech-host`: a SpeechEngine driven by JSON lines on stdin, answering on stdout.

    In: {"say": text, "lang": "fr", "reading": n} or {"stop": true}. Out: {"voices": {...}}
    once, then {"reading": n, "speaking": bool}. Leaves when its input closes.
    """
    if not _end_with_parent():
        return 0
    from PySide6.QtCore import QCoreApplication, QLoggingCategory

    # QtMultimedia (under QtTextToSpeech) says it found no PipeWire: harmless, not logged.
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    out = sys.stdout

    def send(message: dict) -> None:
        out.write(json.dumps(message, ensure_ascii=False) + "\n")
        out.flush()

    server = _SpeechServer.start(engine_name)
    engine = SpeechEngine(engine_name)
    if server is not None:
        engine.voices_found.connect(lambda _voices: server.forget_folder())  # connected by now
    engine.voices_found.connect(lambda voices: send({"voices": voices}))
    engine.state_changed.connect(
        lambda reading, speaking: send({"reading": reading, "speaking": speaking})
    )
    engine.voice_chosen.connect(
        lambda reading, name, locale: send({"reading": reading, "voice": name, "locale": locale})
    )
    inbox = _Inbox()
    inbox.message.connect(lambda m: _handle(engine, m))
    inbox.closed.connect(app.quit)
    QTimer.singleShot(0, engine.start)
    threading.Thread(target=inbox.read, args=(sys.stdin,), daemon=True).start()
    app.exec()
    engine.stop()
    if server is not None:
        server.stop()
    return 0


def _end_with_parent() -> bool:
    """Linux: this helper gets SIGTERM when the kiosk that started it dies. False: the
    kiosk is already gone (the helper should leave at once).

    A kiosk that crashed or was killed (kill -9, the OOM killer) closes the helper's
    input, but the helper reads it only between engine calls: while the engine lists its
    voices (seconds, Python's lock held) it ran on, competing with the restarting kiosk
    for the CPU (bench/fault_round.py). systemd stops a service's leftover processes;
    started any other way, nothing else would. The signal comes when the thread that
    started the helper ends: the kiosk starts it from its main thread.
    """
    parent = os.environ.get(PARENT_VARIABLE, "")
    if not (sys.platform.startswith("linux") and parent.isdigit()):
        return True
    import ctypes
    import signal

    pr_set_pdeathsig = 1
    try:
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, int(signal.SIGTERM), 0, 0, 0)
    except (OSError, AttributeError) as error:
        log.info("the speech helper cannot follow the kiosk's end (%s)", error)
        return True
    return os.getppid() == int(parent)  # else the kiosk ended before the prctl


class _Inbox(QObject):
    """Lines from stdin, read in a thread, delivered to the host's event loop."""

    message = Signal(dict)
    closed = Signal()

    def read(self, stream) -> None:
        for line in stream:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if isinstance(message, dict):
                self.message.emit(message)
        self.closed.emit()


def _handle(engine: SpeechEngine, message: dict) -> None:
    if "say" in message:
        engine.say(int(message.get("reading", 0)), str(message["say"]), str(message["lang"]))
    elif "stop" in message:
        engine.stop()
