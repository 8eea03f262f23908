"""Push-to-talk in the window: the state machine with the real vosk engine (the Korean model)
and real speech from espeak-ng, played by the WAV capture as if spoken; the Talk button, the
shortcut, Esc, the tray's Listen, the live transcript, and what is sent to the bridge."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.assistant import Assistant
from app.config.settings import Settings, VoiceSettings
from app.records.history import History
from app.voice import models as voice_models
from app.voice.engine import EngineCache
from integrations.virtual_home import VirtualHome
from tests.helpers.speech import korean_engine, korean_home, say, silence, tone, write_wav
from tests.ui.window_parts import started_bridge
from ui.bridge import AssistantBridge, Request
from ui.main_window import MainWindow
from ui.tray import Tray
from ui.voice import PushToTalk, VoiceState, WavCapture

#: Spoken commands the Korean model hears right from espeak-ng's voice (voice, speed, gap).
FAN_OFF = ("선풍기 꺼줘", "ko+m3", 140, 8)
KITCHEN_OFF = ("주방 불 꺼줘", "ko+f2", 140, 20)
LOCK = ("현관문 잠가줘", "ko+klatt", 140, 20)


@pytest.fixture
def engines() -> EngineCache:
    cache = EngineCache()
    cache._engine = korean_engine()  # loaded once per test process
    return cache


@pytest.fixture
def ko_settings() -> Settings:
    return Settings(language="ko", voice=VoiceSettings(free_form=False, sound_cue=False))


@pytest.fixture
def ko_bridge(
    qtbot: QtBot, qloop: qasync.QEventLoop, ko_settings: Settings, tmp_path: Path
) -> Iterator[AssistantBridge]:
    home = korean_home()
    adapter = VirtualHome(home)

    async def connect() -> Assistant:
        loaded = await adapter.load_home()
        history = History(tmp_path / "history.sqlite3")
        return Assistant(loaded, adapter, language="ko", history=history)

    yield from started_bridge(qtbot, ko_settings, connect)


def _spoken(tmp_path: Path, case: tuple[str, str, int, int]) -> Path:
    text, voice, speed, gap = case
    return say(text, tmp_path / "spoken.wav", voice=voice, speed=speed, gap=gap)


def _voice(bridge: AssistantBridge, wav: Path, engines: EngineCache) -> PushToTalk:
    return PushToTalk(bridge, capture=lambda: WavCapture(wav), engines=engines)


def _drain(qtbot: QtBot, voice: PushToTalk) -> None:
    qtbot.waitUntil(lambda: voice.state is VoiceState.IDLE and not voice._tasks, timeout=15_000)


def test_hold_and_release_sends_the_transcript_to_the_pipeline(
    qtbot: QtBot, ko_bridge: AssistantBridge, engines: EngineCache, tmp_path: Path
) -> None:
    voice = _voice(ko_bridge, _spoken(tmp_path, FAN_OFF), engines)
    states: list[str] = []
    partials: list[str] = []
    voice.state_changed.connect(states.append)
    voice.partial.connect(partials.append)
    statuses: list[str] = []
    ko_bridge.status_changed.connect(statuses.append)

    assert voice.press()
    # the whole utterance, spoken at its own pace: released once the live transcript has it all
    # (a busy machine plays the file slower than the wall clock)
    qtbot.waitUntil(lambda: bool(partials) and partials[-1] == "선풍기 꺼줘", timeout=20_000)
    with qtbot.waitSignal(voice.submitted, timeout=10_000) as submitted:
        voice.release()
    _drain(qtbot, voice)

    request: Request = submitted.args[0]
    assert request.source == "voice"
    assert request.plan.text == "선풍기 꺼줘"
    assert [(s.action, s.targets) for s in request.plan.steps] == [
        ("fan.turn_off", ["fan.bedroom"])
    ]
    assert states == ["listening", "decoding", "done", "idle"]
    assert partials and partials[-1] == "선풍기 꺼줘"
    assert statuses[:1] == ["listening"] and "connected" in statuses
    choice = voice.last_choice
    assert choice is not None and choice.index == 0 and choice.confidence > 0.6
    # heard surely, yet "꺼" and "켜" sound alike to this model: the plan waits to be seen
    assert not choice.sure and choice.reason == "'꺼' and '켜' sound alike"
    assert request.plan.needs_confirmation and not request.running


@pytest.fixture
def window(qtbot: QtBot, ko_bridge: AssistantBridge) -> Iterator[MainWindow]:
    window = MainWindow(ko_bridge)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield window
    window.keep_in_tray = False
    window.close()
    window.deleteLater()


@pytest.fixture
def tray(window: MainWindow, ko_bridge: AssistantBridge) -> Iterator[Tray]:
    tray = Tray(ko_bridge, window)
    yield tray
    tray.hide()
    tray.menu.deleteLater()


def _attached(
    qtbot: QtBot,
    window: MainWindow,
    tray: Tray,
    bridge: AssistantBridge,
    wav: Path,
    engines: EngineCache,
) -> PushToTalk:
    """Push-to-talk attached to *window*, once it has said on the button whether it works
    (the model is looked for in a worker thread)."""
    voice = _voice(bridge, wav, engines)
    with qtbot.waitSignal(voice.refreshed, timeout=10_000):
        voice.attach(window, tray)
    return voice


def test_the_shortcut_is_held_while_speaking_and_a_picked_reading_waits_for_approval(
    qtbot: QtBot,
    window: MainWindow,
    tray: Tray,
    ko_bridge: AssistantBridge,
    engines: EngineCache,
    tmp_path: Path,
) -> None:
    ko_bridge.settings.auto_run_low_risk = True  # even so: not a reading Hearth is sure of
    voice = _attached(qtbot, window, tray, ko_bridge, _spoken(tmp_path, KITCHEN_OFF), engines)
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    target = QApplication.focusWidget() or window
    QTest.keyPress(target, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert voice.state is VoiceState.LISTENING
    assert window.conversation.live is not None  # the live transcript is up
    assert window.conversation.talk_button.isChecked()
    qtbot.waitUntil(
        lambda: voice.live is not None and "꺼줘" in voice.live.text.text(), timeout=8_000
    )
    with qtbot.waitSignal(voice.submitted, timeout=10_000) as submitted:
        QTest.keyRelease(target, Qt.Key.Key_Space)
    _drain(qtbot, voice)

    request: Request = submitted.args[0]
    choice = voice.last_choice
    assert choice is not None and choice.index > 0  # the planner picked a later reading
    assert request.plan.text == "주방 불 꺼줘"
    assert request.plan.steps[0].action == "light.turn_off"
    assert request.plan.needs_confirmation and not request.running and not request.done
    assert any("picked from the other things" in note for note in request.notes)
    card = window.conversation.cards[request.key]
    notes = card._notes()
    assert not any("I corrected words" in note for note in notes)  # one note, the right one
    assert any(note.startswith("I may have misheard you") for note in notes)
    assert ko_bridge.assistant is not None
    assert ko_bridge.assistant.home.entities["light.kitchen"].state == "on"  # nothing ran
    assert window.conversation.live is None
    assert not window.conversation.talk_button.isChecked()
    assert request.key in window.conversation.cards


def test_esc_cancels_and_nothing_is_planned(
    qtbot: QtBot,
    window: MainWindow,
    tray: Tray,
    ko_bridge: AssistantBridge,
    engines: EngineCache,
    tmp_path: Path,
) -> None:
    voice = _attached(qtbot, window, tray, ko_bridge, _spoken(tmp_path, FAN_OFF), engines)
    planned: list[Request] = []
    ko_bridge.planned.connect(planned.append)
    states: list[str] = []
    voice.state_changed.connect(states.append)
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    target = QApplication.focusWidget() or window
    QTest.keyPress(target, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(600)
    QTest.keyPress(target, Qt.Key.Key_Escape)
    _drain(qtbot, voice)
    assert states == ["listening", "cancelled", "idle"]
    assert planned == []
    assert window.conversation.live is None


def test_holding_the_talk_button_talks_and_a_click_listens_until_a_pause(
    qtbot: QtBot,
    window: MainWindow,
    tray: Tray,
    ko_bridge: AssistantBridge,
    engines: EngineCache,
    tmp_path: Path,
) -> None:
    voice = _attached(qtbot, window, tray, ko_bridge, _spoken(tmp_path, FAN_OFF), engines)
    button = window.conversation.talk_button
    assert button.isEnabled()
    assert "Ctrl+Space" in button.toolTip()
    centre = QPoint(button.width() // 2, button.height() // 2)

    QTest.mousePress(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    assert voice.state is VoiceState.LISTENING
    qtbot.wait(2_800)
    with qtbot.waitSignal(voice.submitted, timeout=10_000) as held:
        QTest.mouseRelease(
            button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre
        )
    _drain(qtbot, voice)
    assert held.args[0].plan.text == "선풍기 꺼줘"

    # A click (press and release at once): hands-free until the pause after the speech.
    with qtbot.waitSignal(voice.submitted, timeout=15_000) as clicked:
        QTest.mouseClick(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
        assert voice.state is VoiceState.LISTENING
    _drain(qtbot, voice)
    assert clicked.args[0].plan.text == "선풍기 꺼줘"


def test_the_trays_listen_starts_and_stops_by_silence_and_notifies(
    qtbot: QtBot,
    window: MainWindow,
    tray: Tray,
    ko_bridge: AssistantBridge,
    engines: EngineCache,
    tmp_path: Path,
) -> None:
    voice = _attached(qtbot, window, tray, ko_bridge, _spoken(tmp_path, LOCK), engines)
    tray.rebuild_menu()
    assert tray.listen_action.isEnabled()
    assert "pause" in tray.listen_action.toolTip()
    notes: list[tuple[str, str]] = []
    tray.notified.connect(lambda title, text: notes.append((title, text)))
    tray.listen_action.trigger()
    assert voice.state is VoiceState.LISTENING
    qtbot.waitUntil(lambda: tray.listen_action.text() == "Stop &listening", timeout=2_000)
    qtbot.waitUntil(lambda: bool(notes), timeout=15_000)  # the door was locked
    _drain(qtbot, voice)
    assert notes == [("현관문 잠가줘", "Done — Lock 현관문")]
    assert ko_bridge.assistant is not None
    assert ko_bridge.assistant.home.entities["lock.front"].state == "locked"
    qtbot.waitUntil(lambda: tray.listen_action.text() == "&Listen", timeout=2_000)


def test_a_verb_heard_for_its_opposite_from_the_tray_waits_in_the_window(
    qtbot: QtBot,
    window: MainWindow,
    tray: Tray,
    ko_bridge: AssistantBridge,
    engines: EngineCache,
    tmp_path: Path,
) -> None:
    voice = _attached(qtbot, window, tray, ko_bridge, _spoken(tmp_path, FAN_OFF), engines)
    window.hide()
    tray.rebuild_menu()
    notes: list[tuple[str, str]] = []
    tray.notified.connect(lambda title, text: notes.append((title, text)))
    with qtbot.waitSignal(voice.submitted, timeout=15_000) as submitted:
        tray.listen_action.trigger()
    _drain(qtbot, voice)
    request: Request = submitted.args[0]
    assert request.plan.text == "선풍기 꺼줘" and not request.running and not request.done
    assert any("sound alike" in note for note in request.notes)
    qtbot.waitUntil(window.isVisible, timeout=2_000)  # the plan card is shown, not run
    assert not notes
    assert ko_bridge.assistant is not None
    assert ko_bridge.assistant.home.entities["fan.bedroom"].state == "on"


def test_the_tray_click_stops_listening_early(
    qtbot: QtBot,
    window: MainWindow,
    tray: Tray,
    ko_bridge: AssistantBridge,
    engines: EngineCache,
    tmp_path: Path,
) -> None:
    voice = _attached(qtbot, window, tray, ko_bridge, _spoken(tmp_path, FAN_OFF), engines)
    states: list[str] = []
    voice.state_changed.connect(states.append)
    voice.toggle()
    qtbot.wait(400)
    voice.toggle()  # the second click: stop now and send what was heard
    _drain(qtbot, voice)
    assert states[:2] == ["listening", "decoding"] and states[-1] == "idle"


def test_the_model_loads_in_the_background_while_the_microphone_records(
    qtbot: QtBot, ko_bridge: AssistantBridge, tmp_path: Path
) -> None:
    from app.voice.engine import SpeechEngine

    cold = EngineCache()
    cold._engine = SpeechEngine(korean_engine().info, check=False)  # not loaded yet
    voice = _voice(ko_bridge, _spoken(tmp_path, FAN_OFF), cold)
    states: list[str] = []
    partials: list[str] = []
    voice.state_changed.connect(states.append)
    voice.partial.connect(partials.append)
    assert voice.press()
    assert voice.state is VoiceState.LOADING
    # The model loads cold: a CI worker sharing its cores can take a while; the key is let go
    # once all was heard (the file is spoken in real time), not after a fixed time.
    qtbot.waitUntil(lambda: voice.state is VoiceState.LISTENING, timeout=60_000)
    qtbot.waitUntil(lambda: bool(partials) and partials[-1] == "선풍기 꺼줘", timeout=60_000)
    with qtbot.waitSignal(voice.submitted, timeout=15_000) as submitted:
        voice.release()
    _drain(qtbot, voice)
    assert states[:2] == ["loading", "listening"]
    assert submitted.args[0].plan.text == "선풍기 꺼줘"  # nothing said while loading was lost
    assert cold.current is not None and cold.current.loaded  # and it stays loaded


def test_no_model_says_what_to_do_and_stays_idle(
    qtbot: QtBot, window: MainWindow, tray: Tray, ko_bridge: AssistantBridge, tmp_path: Path
) -> None:
    ko_bridge.settings.voice.model = "vosk-model-nowhere"
    voice = _attached(qtbot, window, tray, ko_bridge, tmp_path / "unused.wav", EngineCache())
    notices: list[str] = []
    ko_bridge.notice.connect(notices.append)
    assert not voice.press()
    assert voice.state is VoiceState.IDLE
    assert "“vosk-model-nowhere” is not installed" in notices[-1]
    assert "Settings › Voice" in window.conversation.talk_button.toolTip()
    ko_bridge.settings.voice.model = ""
    with qtbot.waitSignal(voice.refreshed, timeout=10_000):
        voice.refresh()  # the Korean model is there: the button says how to talk
    assert "Hold to talk (Ctrl+Space)" in window.conversation.talk_button.toolTip()


def test_the_button_looks_for_the_model_off_the_gui_thread(
    qtbot: QtBot,
    window: MainWindow,
    tray: Tray,
    ko_bridge: AssistantBridge,
    engines: EngineCache,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    voice = _attached(qtbot, window, tray, ko_bridge, tmp_path / "unused.wav", engines)
    readers: list[threading.Thread] = []
    find = voice_models.find_model

    def watched(name: str | None, *, language: str | None = None) -> voice_models.ModelInfo:
        readers.append(threading.current_thread())
        return find(name, language=language)

    monkeypatch.setattr(voice_models, "find_model", watched)
    ko_bridge.settings.voice.shortcut = "Ctrl+F9"
    with qtbot.waitSignal(voice.refreshed, timeout=10_000):
        voice.refresh()  # e.g. after Settings › Save
        assert readers == []  # not read yet: the window goes on while the worker looks
    assert readers and threading.main_thread() not in readers
    assert "Hold to talk (Ctrl+F9)" in window.conversation.talk_button.toolTip()
    assert tray.listen_tip.startswith("Listen until you pause")


def test_a_wrong_sample_rate_says_how_to_convert(
    qtbot: QtBot, ko_bridge: AssistantBridge, engines: EngineCache, tmp_path: Path
) -> None:
    wav = write_wav(tmp_path / "cd.wav", silence(0.5, 44_100) * 2, rate=44_100, channels=2)
    voice = _voice(ko_bridge, wav, engines)
    failures: list[str] = []
    voice.failed.connect(failures.append)
    assert not voice.press()
    assert "44100 Hz" in failures[0] and "sox" in failures[0]
    assert voice.state is VoiceState.IDLE


def test_no_microphone_is_a_message_not_a_crash(
    qtbot: QtBot, ko_bridge: AssistantBridge, engines: EngineCache
) -> None:
    from ui.voice import Microphone

    voice = PushToTalk(ko_bridge, engines=engines)  # the real microphone: this machine has none
    failures: list[str] = []
    voice.failed.connect(failures.append)
    if Microphone is not None and _has_microphone():
        pytest.fail("this test expects a machine without a microphone (the CI has none)")
    assert not voice.press()
    assert failures and "microphone" in failures[0].lower()
    assert voice.state is VoiceState.IDLE


def _has_microphone() -> bool:
    from PySide6.QtMultimedia import QMediaDevices

    return not QMediaDevices.defaultAudioInput().isNull()


def test_without_qt_multimedia_the_app_says_what_to_install(
    qtbot: QtBot,
    ko_bridge: AssistantBridge,
    engines: EngineCache,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ui.voice

    monkeypatch.setattr(ui.voice, "multimedia_missing", lambda: ui.voice.MULTIMEDIA_HINT)
    voice = PushToTalk(ko_bridge, engines=engines)
    failures: list[str] = []
    voice.failed.connect(failures.append)
    assert not voice.press()
    assert "PySide6-Addons" in failures[0]


def test_silence_is_not_a_command(
    qtbot: QtBot, ko_bridge: AssistantBridge, engines: EngineCache, tmp_path: Path
) -> None:
    wav = write_wav(tmp_path / "quiet.wav", silence(1.0))
    voice = PushToTalk(ko_bridge, capture=lambda: WavCapture(wav, hold=False), engines=engines)
    planned: list[Request] = []
    ko_bridge.planned.connect(planned.append)
    notices: list[str] = []
    ko_bridge.notice.connect(notices.append)
    assert voice.press()
    _drain(qtbot, voice)
    assert planned == []
    assert notices and "didn't hear anything" in notices[-1]


def test_a_tone_is_heard_as_nothing_or_waits_for_approval(
    qtbot: QtBot, ko_bridge: AssistantBridge, engines: EngineCache, tmp_path: Path
) -> None:
    wav = write_wav(tmp_path / "beep.wav", tone(1.2))
    voice = PushToTalk(ko_bridge, capture=lambda: WavCapture(wav, hold=False), engines=engines)
    planned: list[Request] = []
    ko_bridge.planned.connect(planned.append)
    assert voice.press()
    _drain(qtbot, voice)
    for request in planned:  # whatever it was heard as, nothing changed unseen
        assert request.plan.error is not None or not request.running
