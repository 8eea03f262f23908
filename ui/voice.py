"""Push-to-talk in the window and the tray: the microphone, the state machine, the cues.

* :class:`Microphone` captures 16 kHz mono 16-bit PCM with QtMultimedia's ``QAudioSource`` on
  the GUI thread and pushes it into a :class:`~app.voice.audio.PushSource`;
  :class:`WavCapture` plays a WAV file as if spoken (tests, demos).
* :class:`PushToTalk` is the state machine: idle → loading the model → listening → decoding →
  done (or cancelled, or error) → idle. Hold the Talk button or the shortcut
  (``[voice] shortcut``) and speak; release to send; Esc cancels. A short click on the button,
  or the tray's Listen, listens hands-free until a pause (or another click).
* The shortcut works in Hearth's window; where the desktop's portal offers global shortcuts
  (Wayland; :mod:`ui.portal_shortcuts`), :meth:`PushToTalk.use_global_shortcut` makes it work
  from any window, and :attr:`PushToTalk.shortcut_scope` says which one is in use.
* The widget starts and stops the microphone and shows what happens; the bridge
  (:mod:`ui.bridge.speech`, its rules in :mod:`app.session.speech`) picks the speech model,
  listens and decodes on a worker thread (``asyncio.to_thread``), never the GUI thread, and
  picks the reading to send. The model loads in the background on first need (the audio is
  kept meanwhile) and stays loaded.
* The transcript goes through the same pipeline as typed text (``bridge.submit``); a reading
  Hearth is not sure of never runs a state-changing plan unseen (see :mod:`app.voice.choose`).

QtMultimedia (the ``PySide6-Addons`` wheel) is imported only when voice is used: without it
Hearth runs and the Talk button says what to install.
"""

from __future__ import annotations

import asyncio
import enum
import importlib.util
import logging
import math
import struct
import tempfile
import threading
import time
import wave
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QLoggingCategory,
    QMicrophonePermission,
    QObject,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from app.voice.audio import CHUNK_MS, SAMPLE_RATE, AudioSource, PushSource, WavSource, bytes_for
from app.voice.errors import AudioError, NoModelError, VoiceError, VoiceUnavailableError
from ui.bridge import AssistantBridge
from ui.fonts import native_language_name
from ui.retranslate import LanguageWatch
from ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.session.speech import Utterance
    from app.voice.choose import Choice
    from app.voice.engine import EngineCache, Transcript
    from ui.portal_shortcuts import PortalShortcuts

_LOGGER = logging.getLogger(__name__)

MULTIMEDIA_HINT = (
    "Push-to-talk needs Qt's multimedia module: pip install 'PySide6-Addons>=6.8,<6.12' "
    "(or: pip install 'hearth[gui]')"
)
#: A press shorter than this is a click: listen hands-free until a pause.
CLICK_MS = 300
#: How long quitting waits for the listening worker (the rest of the 2 s Hearth takes to end).
CLOSE_WAIT_S = 0.5
#: Qt's multimedia backends say a lot about libraries they did not find; Hearth needs none.
_QUIET_MULTIMEDIA = "qt.multimedia.symbolsresolver=false\nqt.multimedia.ffmpeg=false"


class VoiceState(enum.StrEnum):
    IDLE = "idle"
    LOADING = "loading"
    """The model is loading; the microphone already records (nothing said is lost)."""
    LISTENING = "listening"
    DECODING = "decoding"
    DONE = "done"
    CANCELLED = "cancelled"
    ERROR = "error"


BUSY = frozenset({VoiceState.LOADING, VoiceState.LISTENING, VoiceState.DECODING})


def multimedia_missing() -> str | None:
    """Why QtMultimedia cannot be used here (None: it can). Only looks for the module: loading
    it (and its media backend) waits until the microphone is first used."""
    try:
        found = importlib.util.find_spec("PySide6.QtMultimedia") is not None
    except (ImportError, ValueError):
        found = False
    return None if found else MULTIMEDIA_HINT


def _multimedia() -> Any:
    """QtMultimedia, loaded quietly (its backends list every optional library they miss)."""
    QLoggingCategory.setFilterRules(_QUIET_MULTIMEDIA)
    try:
        # Loaded on first use: the module and its media backend cost memory and a start-up
        # moment nobody needs until the microphone or a sound cue is used.
        from PySide6 import QtMultimedia  # noqa: PLC0415  lazy: QtMultimedia and its backend, once the microphone or a cue is used
    except ImportError as err:
        raise VoiceUnavailableError(f"{MULTIMEDIA_HINT} ({err})") from err
    return QtMultimedia


# -- capture ---------------------------------------------------------------------------------


class Capture(Protocol):
    """Where an utterance's audio comes from: started on the GUI thread, read on a worker."""

    def start(self) -> AudioSource:
        """Start capturing; raises :class:`AudioError` (no microphone, no permission)."""
        ...

    def stop(self) -> None:
        """Stop capturing and release the device (idempotent; GUI thread)."""
        ...


class Microphone(QObject):
    """The default microphone through ``QAudioSource`` (16 kHz, mono, 16-bit)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._audio: Any = None
        self._device: Any = None
        self._source: PushSource | None = None

    def start(self) -> AudioSource:
        why = multimedia_missing()
        if why is not None:
            raise VoiceUnavailableError(why)
        multimedia = _multimedia()
        QAudioFormat = multimedia.QAudioFormat
        QAudioSource = multimedia.QAudioSource
        QMediaDevices = multimedia.QMediaDevices

        _check_permission()
        device = QMediaDevices.defaultAudioInput()
        if device.isNull():
            raise AudioError(
                "no microphone found: plug one in (or choose one as the default input in the "
                "system's sound settings) and try again"
            )
        wanted = QAudioFormat()
        wanted.setSampleRate(SAMPLE_RATE)
        wanted.setChannelCount(1)
        wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(wanted):
            raise AudioError(
                f"the microphone “{device.description()}” cannot record 16 kHz mono 16-bit "
                "audio, which the speech model needs"
            )
        source = PushSource()
        audio = QAudioSource(device, wanted, self)
        audio.setBufferSize(SAMPLE_RATE // 5 * 2)  # 200 ms
        stream = audio.start()
        if stream is None or audio.error().name != "NoError":
            audio.deleteLater()
            raise AudioError(
                f"the microphone “{device.description()}” cannot be opened "
                f"({audio.error().name}); is another program using it?"
            )
        stream.readyRead.connect(self._read)
        audio.stateChanged.connect(self._on_state)
        self._audio, self._device, self._source = audio, stream, source
        return source

    def _read(self) -> None:
        if self._device is not None and self._source is not None:
            data = self._device.readAll().data()
            if data:
                self._source.push(bytes(data))

    def _on_state(self, _state: object) -> None:
        audio = self._audio
        if audio is None or self._source is None:
            return
        if audio.error().name not in ("NoError", "UnderrunError"):
            self._source.fail(AudioError(f"the microphone stopped ({audio.error().name})"))

    def stop(self) -> None:
        audio, self._audio = self._audio, None
        if audio is not None:
            self._read()  # what is still buffered belongs to the utterance
            audio.stop()
            audio.deleteLater()
        if self._source is not None:
            self._source.end()
        self._device = None


def _check_permission() -> None:
    """A desktop that asks before a program may record (macOS, Flatpak portals) must have said
    yes; elsewhere permission is always granted."""

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    status = app.checkPermission(QMicrophonePermission())
    if status == Qt.PermissionStatus.Denied:
        raise AudioError(
            QCoreApplication.translate(
                "PushToTalk",
                "Hearth may not use the microphone: allow it in the system's privacy settings",
            )
        )


class HeldWavSource(WavSource):
    """A WAV file as a microphone would give it while the key is held: the file at the pace
    it was spoken, then the room until :meth:`end` (the key is released). The room is the
    file's first chunk again (a recording starts before the speech does)."""

    def __init__(self, path: str | Path) -> None:
        super().__init__(path, realtime=True)
        self._ended = threading.Event()
        self._room = b""

    def read(self, timeout: float) -> bytes | None:
        if self._ended.is_set():
            return None
        chunk = super().read(timeout)
        if chunk is not None:
            self._room = self._room or chunk
            return chunk
        if self._ended.wait(CHUNK_MS / 1000):
            return None
        return self._room or bytes(bytes_for(CHUNK_MS))

    def end(self) -> None:
        self._ended.set()


class WavCapture:
    """A WAV file spoken in real time as if into the microphone: push-to-talk without one
    (tests, demos). The "microphone" stays open after the file until released, as a held key
    would; with *hold* off, the file's end ends the utterance."""

    def __init__(self, path: str | Path, *, hold: bool = True) -> None:
        self.path = Path(path)
        self.hold = hold
        self.stopped = False

    def start(self) -> AudioSource:
        self.stopped = False
        probe = WavSource(self.path)
        probe.open()  # a wrong file says so now, like a missing microphone would
        probe.close()
        return HeldWavSource(self.path) if self.hold else WavSource(self.path, realtime=True)

    def stop(self) -> None:
        self.stopped = True


# -- sound cues ------------------------------------------------------------------------------


def _write_chirp(path: Path, start_hz: float, end_hz: float, seconds: float = 0.09) -> None:
    """A short, soft sweep (written once, then played by QSoundEffect)."""
    rate = 22_050
    count = int(rate * seconds)
    frames = bytearray()
    phase = 0.0
    for i in range(count):
        frequency = start_hz + (end_hz - start_hz) * i / count
        phase += 2 * math.pi * frequency / rate
        envelope = math.sin(math.pi * i / count)  # no click at either end
        frames += struct.pack("<h", round(5000 * envelope * math.sin(phase)))
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        writer.writeframes(bytes(frames))


class SoundCue(QObject):
    """The optional sounds at the start and the end of listening."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[str, Any] | None = None
        self._folder: tempfile.TemporaryDirectory[str] | None = None

    def play(self, which: str) -> None:
        """Play "start" or "stop" (quietly nothing without QtMultimedia or a speaker)."""
        effects = self._load()
        effect = effects.get(which) if effects else None
        if effect is not None:
            effect.play()

    def _load(self) -> dict[str, Any]:
        if self._effects is not None:
            return self._effects
        self._effects = {}
        if multimedia_missing() is not None:
            return self._effects

        try:
            QSoundEffect = _multimedia().QSoundEffect
        except VoiceUnavailableError:
            return self._effects

        self._folder = tempfile.TemporaryDirectory(prefix="hearth-cues-")
        for name, (low, high) in {"start": (660.0, 990.0), "stop": (990.0, 660.0)}.items():
            path = Path(self._folder.name) / f"{name}.wav"
            _write_chirp(path, low, high)
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.35)
            self._effects[name] = effect
        return self._effects


# -- the live transcript ---------------------------------------------------------------------


LIVE_STYLE = """
QFrame#liveTranscript {
    border: 2px dashed palette(highlight);
    border-radius: 14px;
    background: palette(base);
}
QLabel#liveState { color: palette(highlight); font-weight: 600; }
"""


LISTENING_BUTTON = """
QPushButton {
    background: palette(highlight);
    color: palette(highlighted-text);
    border: 1px solid palette(highlight);
    border-radius: 4px;
    padding: 4px 10px;
    font-weight: 600;
}
"""


class LiveTranscript(QFrame):
    """What the person is saying, as it is heard (the conversation shows it while listening)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveTranscript")
        self.setStyleSheet(LIVE_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(2)
        self.state = QLabel()
        self.state.setObjectName("liveState")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setMinimumWidth(220)
        self.text.setMaximumWidth(560)
        layout.addWidget(self.state)
        layout.addWidget(self.text)
        self.setAccessibleName(QCoreApplication.translate("LiveTranscript", "What Hearth hears"))
        self.show_state(VoiceState.LISTENING, "")

    def show_state(self, state: VoiceState, text: str) -> None:
        words = {
            VoiceState.LOADING: QT_TRANSLATE_NOOP(
                "LiveTranscript", "● Listening (loading the speech model)…"
            ),
            VoiceState.LISTENING: QT_TRANSLATE_NOOP(
                "LiveTranscript", "● Listening… release to send, Esc to cancel"
            ),
            VoiceState.DECODING: QT_TRANSLATE_NOOP("LiveTranscript", "Understanding…"),
        }
        said = words.get(state)
        self.state.setText(QCoreApplication.translate("LiveTranscript", said) if said else "")
        self.text.setText(text or "…")
        self.setAccessibleDescription(text)


# -- the state machine -----------------------------------------------------------------------


class PushToTalk(QObject):
    """Push-to-talk for one bridge. Wire it to the window with :meth:`attach`."""

    state_changed = Signal(str)
    """A :class:`VoiceState` value."""
    partial = Signal(str)
    """The transcript so far, while listening."""
    transcribed = Signal(object)
    """The :class:`Transcript` of an utterance."""
    chosen = Signal(object)
    """The :class:`Choice` made from it (before it goes to the bridge)."""
    submitted = Signal(object)
    """The :class:`Request` the bridge made of it."""
    failed = Signal(str)
    """Why voice input did not work this time (no model, no microphone, ...)."""
    refreshed = Signal()
    """The settings or the home changed: what the button (and the voice page) say may too."""

    def __init__(
        self,
        bridge: AssistantBridge,
        *,
        capture: Callable[[], Capture] | None = None,
        engines: EngineCache | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        if engines is not None:
            bridge.use_speech_engines(engines)
        self._make_capture = capture or (lambda: Microphone(self))
        self.state = VoiceState.IDLE
        self.cue = SoundCue(self)
        self.tray: Any = None
        """The tray (set by :meth:`attach`): hands-free results become its notifications."""
        self.conversation: Any = None
        self.live: LiveTranscript | None = None
        self._session: Utterance | None = None
        """The utterance being listened to (None: none)."""
        self._capture: Capture | None = None
        self._hands_free = False
        self._tasks: set[asyncio.Task[Any]] = set()
        self._looks = 0
        """How often :meth:`refresh` looked for the model (only the latest look is shown)."""
        self.last_choice: Choice | None = None
        self.portal: PortalShortcuts | None = None
        """The desktop portal's global shortcut (:meth:`use_global_shortcut`), if asked for."""
        self._portal_shortcut = ""
        self._button: QPushButton | None = None
        """The window's Talk button, and the keys that talk (both set by :meth:`attach`)."""
        self._keys: _PushKey | None = None
        self._pressed_at: float = -1
        """When the Talk button was pressed (monotonic time; -1: it is not held)."""

    # -- what is there -------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.state in BUSY

    def language(self) -> str:
        return self.bridge.language

    def unavailable(self) -> str | None:
        """Why push-to-talk cannot work now (None: it can), in the window's words."""
        try:
            self.bridge.speech_model()
        except VoiceError as err:
            return self.explain(err)
        return None

    def explain(self, err: VoiceError, *, on_voice_page: bool = False) -> str:
        """*err* for the window: where to fix it here rather than which command to type
        (*on_voice_page*: said on Settings › Voice itself, where the downloads are below)."""
        if isinstance(err, NoModelError):
            chosen = self.bridge.settings.voice.model
            if chosen:
                missing = (
                    QCoreApplication.translate(
                        "PushToTalk",
                        "The speech model “{model}” is not installed: choose another one, or "
                        "download it, below.",
                    )
                    if on_voice_page
                    else QCoreApplication.translate(
                        "PushToTalk",
                        "The speech model “{model}” is not installed: choose another one, or "
                        "download it, in Settings › Voice.",
                    )
                )
                return missing.format(model=chosen)
            none_yet = (
                QCoreApplication.translate(
                    "PushToTalk",
                    "No speech model yet for the language of the commands ({language}): "
                    "download one below (a small one is about 40 MB).",
                )
                if on_voice_page
                else QCoreApplication.translate(
                    "PushToTalk",
                    "No speech model yet for the language of the commands ({language}): "
                    "download one in Settings › Voice (a small one is about 40 MB).",
                )
            )
            return none_yet.format(language=language_name(self.language()))
        return _sentence(str(err))

    # -- the person's actions --------------------------------------------------------------------

    def press(self, *, hands_free: bool = False) -> bool:
        """Start listening (the key went down, the button was pressed, the tray's Listen).
        *hands_free*: stop at the first pause after speech. Returns whether it listens."""
        if self.busy:
            return False
        home = self.bridge.home
        if home is None:
            self._fail(
                QCoreApplication.translate("PushToTalk", "Hearth is still connecting to the home.")
            )
            return False
        utterance: Utterance | None = None

        def heard_so_far(text: str) -> None:  # on the GUI thread (the bridge brings it)
            if utterance is not None:
                self._on_partial(utterance, text)

        try:
            self.bridge.speech_model()  # no model: said before the microphone opens
            capture = self._make_capture()
            source = capture.start()
        except VoiceError as err:
            self._fail(self.explain(err))
            return False
        try:
            utterance = self.bridge.listen(source, hands_free=hands_free, on_partial=heard_so_far)
        except VoiceError as err:
            capture.stop()
            self._fail(self.explain(err))
            return False
        self._session, self._capture, self._hands_free = utterance, capture, hands_free
        loading = utterance.loading
        self._set_state(VoiceState.LOADING if loading else VoiceState.LISTENING)
        if loading:
            self._spawn(self._load(utterance))
        self._spawn(self._listen(utterance))
        if self.bridge.settings.voice.sound_cue:
            self.cue.play("start")
        return True

    def release(self) -> None:
        """The key or button was released: decode what was said and send it."""
        session = self._session
        if session is None or self.state not in (VoiceState.LISTENING, VoiceState.LOADING):
            return
        if self._capture is not None:
            self._capture.stop()
        session.release()
        self._set_state(VoiceState.DECODING)

    def cancel(self) -> None:
        """Esc: drop what was said; nothing is planned."""
        session = self._session
        if session is None:
            return
        session.cancel()
        if self._capture is not None:
            self._capture.stop()

    async def close(self, timeout: float = CLOSE_WAIT_S) -> None:
        """Hearth is quitting: drop what is being said, let the microphone go and wait (up to
        *timeout* s) for the worker that listened or loaded the speech model."""
        self.cancel()
        tasks = list(self._tasks)
        if self.portal is not None:
            tasks.append(asyncio.ensure_future(self.portal.stop()))
        if tasks:
            await asyncio.wait(tasks, timeout=timeout)

    def toggle(self) -> None:
        """The tray's Listen: start hands-free, or stop and send."""
        if self.busy:
            self.release()
        else:
            self.press(hands_free=True)

    def preload(self) -> None:
        """Load the model in the background now (the pointer is on the Talk button)."""
        self._spawn(self.bridge.preload_speech())

    # -- the worker's reports ------------------------------------------------------------------

    async def _load(self, utterance: Utterance) -> None:
        if not await utterance.load():
            return  # listening fails with the same error and says it
        if self._session is utterance and self.state is VoiceState.LOADING:
            self._set_state(VoiceState.LISTENING)

    def _on_partial(self, utterance: Utterance, text: str) -> None:
        if self._session is utterance and self.busy:
            self.partial.emit(text)
            if self.live is not None:
                self.live.show_state(self.state, text)

    async def _listen(self, utterance: Utterance) -> None:
        try:
            transcript = await utterance.hear()
        except VoiceError as err:
            self._end(VoiceState.ERROR)
            self._fail(self.explain(err))
            return
        except Exception as err:  # a bug must not leave the button stuck on "listening"
            _LOGGER.exception("Listening failed")
            self._end(VoiceState.ERROR)
            self._fail(
                QCoreApplication.translate("PushToTalk", "Listening failed: {error}").format(
                    error=err
                )
            )
            return
        if transcript is None:  # cancelled (Esc)
            self._end(VoiceState.CANCELLED)
            return
        if self._session is not utterance:
            return
        self._set_state(VoiceState.DECODING)
        self.transcribed.emit(transcript)
        self._finish(transcript)

    def _finish(self, transcript: Transcript) -> None:
        if self.bridge.assistant is None:
            self._end(VoiceState.ERROR)
            return
        choice = self.bridge.choose_reading(transcript)
        self.last_choice = choice
        self.chosen.emit(choice)
        hands_free = self._hands_free
        self._end(VoiceState.DONE)
        if not choice.heard:
            self._tell(
                QCoreApplication.translate(
                    "PushToTalk", "I didn't hear anything. Hold the key while you speak."
                )
            )
            return
        if hands_free and self.tray is not None:
            request = self.tray.run_command(choice.text, source="voice", unsure=choice.reason)
        else:
            request = self.bridge.submit(choice.text, source="voice", unsure=choice.reason)
        if request is not None:
            self.submitted.emit(request)

    # -- state ---------------------------------------------------------------------------------

    def _end(self, state: VoiceState) -> None:
        if self._capture is not None:
            self._capture.stop()
        self._session = None
        self._capture = None
        self._set_state(state)
        if self.bridge.settings.voice.sound_cue and state is not VoiceState.ERROR:
            self.cue.play("stop")
        QTimer.singleShot(0, self._settle)

    def _settle(self) -> None:
        if not self.busy and self.state is not VoiceState.IDLE:
            self._set_state(VoiceState.IDLE)

    def _set_state(self, state: VoiceState) -> None:
        if state is self.state:
            return
        was_busy = self.busy
        self.state = state
        if state in (VoiceState.LOADING, VoiceState.LISTENING):
            self.bridge.status_changed.emit("listening")
        elif was_busy and not self.busy and self.bridge.assistant is not None:
            # Now, before the plan is submitted: running it says "working" after this.
            self.bridge.status_changed.emit("connected")
        self.state_changed.emit(str(state))

    def _fail(self, message: str) -> None:
        _LOGGER.info("Voice input: %s", message)
        self.failed.emit(message)

    def _tell(self, message: str) -> None:
        self.bridge.notice.emit(message)

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- wiring --------------------------------------------------------------------------------

    def attach(self, window: Any, tray: Any = None) -> None:
        """Wire the window's Talk button, the shortcut, Esc and the conversation's live
        transcript, and the tray's Listen."""
        self.conversation = window.conversation
        self.tray = tray
        button: QPushButton = window.conversation.talk_button
        self._button = button
        button.setEnabled(True)
        button.setCheckable(True)
        button.installEventFilter(self)
        self._keys = _PushKey(self, window)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._keys)
        if self.parent() is None:
            self.setParent(window)  # push-to-talk lives as long as its window
        self.state_changed.connect(self._show_state)
        self.failed.connect(self._show_failure)
        button.clicked.connect(self._on_button_key)
        # The Settings page is made when first opened: its Save counts from then on.
        window.when_built("settings", lambda page: page.saved.connect(lambda _s: self.refresh()))
        self.bridge.ready.connect(lambda _home: self.refresh())
        if tray is not None:
            tray.on_listen = self.toggle
        self.refresh()
        self._language = LanguageWatch(self, self._say_again)

    def _say_again(self) -> None:
        """After a language switch: the button's and the tray's words in the new language."""
        if self._button is not None and shiboken6.isValid(self._button):
            self.refresh()
            self._show_state(self.state)

    def refresh(self) -> None:
        """Say on the button (and the tray) whether push-to-talk works, and how (looking for
        the model again in a worker thread: one may have been installed or removed);
        :attr:`refreshed` once said."""
        shortcut = self.bridge.settings.voice.shortcut
        if self._keys is not None:
            self._keys.set_shortcut(shortcut)
        if self.portal is not None and shortcut != self._portal_shortcut:
            self._bind_global()  # the key was changed: ask the desktop for the new one
        self._looks += 1
        if self.bridge.assistant is None:
            self._show_why(None)
        else:  # the models folder is read in a worker thread, never on this one
            self._spawn(self._look_for_model(self._looks))

    async def _look_for_model(self, look: int) -> None:
        why = None
        try:
            await self.bridge.find_speech_model()
        except VoiceError as err:
            why = self.explain(err)
        if look == self._looks:  # else a later refresh has asked again
            self._show_why(why)

    def _show_why(self, why: str | None) -> None:
        """Say on the button and the tray whether push-to-talk works (*why* not), then
        :attr:`refreshed`."""
        button = self._button
        shortcut = self.bridge.settings.voice.shortcut
        if button is not None and shiboken6.isValid(button):
            tip = why or QCoreApplication.translate(
                "PushToTalk",
                "Hold to talk ({keys}); release to send; Esc cancels. "
                "A click listens until you pause.",
            ).format(keys=shortcut)
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
        if self.tray is not None:
            self.tray.listen_tip = why or QCoreApplication.translate(
                "PushToTalk", "Listen until you pause (click again to stop)"
            )
            self.tray.schedule_rebuild()
        self.refreshed.emit()

    # -- the global shortcut (the desktop portal) ----------------------------------------------

    def use_global_shortcut(self, portal: PortalShortcuts) -> asyncio.Task[Any]:
        """Ask the desktop's portal for the shortcut as a global one: held anywhere, it
        talks to Hearth. The in-window shortcut stays as it is (the fallback where the portal
        is missing). Returns the task that asks."""
        self.portal = portal
        portal.pressed.connect(self._on_global_press)
        portal.released.connect(self._on_global_release)
        portal.changed.connect(self.refreshed.emit)
        return self._bind_global()

    def _bind_global(self) -> asyncio.Task[Any]:
        assert self.portal is not None
        self._portal_shortcut = self.bridge.settings.voice.shortcut
        task = asyncio.ensure_future(self.portal.start(self._portal_shortcut))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    @property
    def shortcut_scope(self) -> str:
        """Where the push-to-talk key works now, in words (the Voice page shows it)."""
        portal = self.portal
        if portal is not None and portal.active:
            if portal.trigger:
                return QCoreApplication.translate(
                    "PushToTalk",
                    "The key works in any window: it is a global shortcut through the desktop "
                    "portal (the desktop set it to {keys}).",
                ).format(keys=portal.trigger)
            return QCoreApplication.translate(
                "PushToTalk",
                "The key works in any window: it is a global shortcut through the desktop portal.",
            )
        if portal is not None and portal.problem:
            return QCoreApplication.translate(
                "PushToTalk",
                "The key works while Hearth's window is active: this desktop offers no global "
                "shortcut portal ({why}).",
            ).format(why=portal.problem)
        return QCoreApplication.translate(
            "PushToTalk",
            "The key works while Hearth's window is active: this desktop offers no global "
            "shortcut portal.",
        )

    def _on_global_press(self) -> None:
        keys = self._keys
        if keys is not None and keys.holding:
            return  # the same key, seen in the window too
        self.press()

    def _on_global_release(self) -> None:
        keys = self._keys
        if keys is not None and keys.holding:
            keys.holding = False
        self.release()

    def _show_state(self, state: str) -> None:
        button = self._button
        voice_state = VoiceState(state)
        busy = voice_state in BUSY
        if button is not None:
            button.setChecked(busy)
            # Unmistakable while the microphone is open: the accent colour.
            button.setStyleSheet(LISTENING_BUTTON if busy else "")
            listening = busy and voice_state is not VoiceState.DECODING
            button.setText(
                QCoreApplication.translate("PushToTalk", "Listening…")
                if listening
                else QCoreApplication.translate("PushToTalk", "Talk")
            )
        if self.tray is not None:
            label = (
                QCoreApplication.translate("PushToTalk", "Stop &listening")
                if busy
                else QCoreApplication.translate("PushToTalk", "&Listen")
            )
            if self.tray.listen_label != label:
                self.tray.listen_label = label
                self.tray.schedule_rebuild()
        conversation = self.conversation
        if conversation is None:
            return
        if busy:
            if self.live is None:
                self.live = LiveTranscript()
                conversation.show_live(self.live)
            self.live.show_state(voice_state, self.live.text.text().strip("…"))
        elif self.live is not None:
            self.live = None
            conversation.show_live(None)

    def _show_failure(self, message: str) -> None:
        self.bridge.notice.emit(message)
        if self.tray is not None and self._hands_free:
            self.tray.notify(
                QCoreApplication.translate("PushToTalk", "Hearth could not listen"),
                message,
                warning=True,
            )

    def _on_button_key(self) -> None:
        """The button pressed from the keyboard (Space on the focused button): hands-free."""
        self.toggle()

    # Press and release on the Talk button: hold to talk, click for hands-free.

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        button = self._button
        if watched is button and isinstance(event, QMouseEvent):
            if event.button() != Qt.MouseButton.LeftButton:
                return False
            if event.type() == QEvent.Type.MouseButtonPress:
                self._pressed_at = time.monotonic()
                if self.busy:  # a click while hands-free listening stops it
                    self.release()
                    self._pressed_at = -1
                else:
                    self.press()
                return True
            if event.type() == QEvent.Type.MouseButtonRelease:
                pressed = self._pressed_at
                if pressed < 0:
                    return True
                if (time.monotonic() - pressed) * 1000 < CLICK_MS and self.busy:
                    self._hands_free = True  # a click: go on until a pause
                    if self._session is not None:
                        self._session.hands_free = True
                else:
                    self.release()
                return True
            if event.type() == QEvent.Type.MouseButtonDblClick:
                return True
        if watched is button and event.type() == QEvent.Type.Enter:
            self.preload()
        return False


class _PushKey(QObject):
    """Hold-to-talk on the keyboard while the window is active; Esc cancels."""

    def __init__(self, voice: PushToTalk, window: QWidget) -> None:
        # A child of the window: it goes (and stops filtering) when the window goes.
        super().__init__(window)
        self.voice = voice
        self.window = window
        self.key = Qt.Key.Key_Space
        self.modifiers = Qt.KeyboardModifier.ControlModifier
        self.holding = False

    def set_shortcut(self, text: str) -> None:
        sequence = QKeySequence(text)
        if sequence.isEmpty():
            _LOGGER.warning("Ignoring the push-to-talk shortcut %r: not a key", text)
            return
        combination = cast(Any, sequence)[0]  # QKeySequence[0]: its first key combination
        self.key = combination.key()
        self.modifiers = combination.keyboardModifiers()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if not isinstance(event, QKeyEvent) or not shiboken6.isValid(self.voice):
            return False
        if not self.window.isActiveWindow():
            return False
        if kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape and self.voice.busy:
            self.voice.cancel()
            return True
        if event.key() != self.key:
            return False
        if kind == QEvent.Type.KeyPress:
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if modifiers != self.modifiers:
                return False
            if not event.isAutoRepeat() and not self.holding:
                self.holding = self.voice.press()
            return True
        # The key itself went up (its modifiers may already have): send.
        if event.isAutoRepeat():
            return True
        if self.holding:
            self.holding = False
            self.voice.release()
            return True
        return False


def language_name(code: str) -> str:
    """The language of *code* as it names itself ("Deutsch" for "de", "한국어" for "ko",
    "Português (Brasil)" for "pt-BR"), in every window language: the one name a speaker of it
    reads, never Qt's English name in a German window. Said where a sentence need not bend it
    (in brackets, after a colon). The code itself when Qt does not know the language or no
    font here can draw its script."""
    locale = QLocale(code.replace("-", "_"))
    if locale.language() == QLocale.Language.C:
        return code
    # The language's name without a country's ("English", not the US default's "American
    # English"; "español", not "español de España"), then the code's country in brackets.
    plain = QLocale(locale.language(), locale.script(), QLocale.Country.World)
    name = native_language_name(plain)
    if not name:
        return code
    home = plain.nativeTerritoryName()
    if plain.territory() != QLocale.Country.World and home and home in name:
        name = name.split()[0]
    if "-" in code and locale.territory() != QLocale.Country.AnyTerritory:
        name = f"{name} ({locale.nativeTerritoryName()})"
    return name[:1].upper() + name[1:]


def _sentence(message: str) -> str:
    """An error message as a sentence for the window ("no microphone found" → "No ...")."""
    message = message.strip()
    if not message:
        return message
    message = message[0].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."


__all__ = [
    "Capture",
    "LiveTranscript",
    "Microphone",
    "PushToTalk",
    "VoiceState",
    "WavCapture",
    "multimedia_missing",
]
