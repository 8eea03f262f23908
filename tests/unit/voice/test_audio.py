"""Audio sources and the silence detector: WAV files (and wrong ones), the push source a
microphone fills, real-time pacing, and when an utterance is over."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from app.voice.audio import (
    CHUNK_MS,
    AudioSource,
    PushSource,
    SilenceDetector,
    WavSource,
    bytes_for,
    duration_of,
    level_dbfs,
)
from app.voice.errors import AudioError, AudioFormatError
from tests.helpers.speech import silence, tone, write_wav


def test_a_wav_file_is_read_in_chunks(tmp_path: Path) -> None:
    pcm = tone(0.35)
    source = WavSource(write_wav(tmp_path / "a.wav", pcm))
    assert isinstance(source, AudioSource)
    source.open()
    chunks = []
    while (chunk := source.read(0.1)) is not None:
        chunks.append(chunk)
    source.close()
    assert b"".join(chunks) == pcm
    assert {len(c) for c in chunks[:-1]} == {bytes_for(CHUNK_MS)}
    assert source.duration == pytest.approx(0.35)
    assert source.read(0.1) is None  # closed: over


def test_realtime_pacing_takes_as_long_as_the_speech(tmp_path: Path) -> None:
    source = WavSource(write_wav(tmp_path / "a.wav", silence(0.5)), realtime=True)
    source.open()
    started = time.monotonic()
    while source.read(0.1) is not None:
        pass
    assert time.monotonic() - started >= 0.45


@pytest.mark.parametrize(
    ("rate", "channels", "width", "said"),
    [
        (44_100, 1, 2, "44100 Hz"),
        (16_000, 2, 2, "2 channels"),
        (16_000, 1, 1, "8-bit"),
        (8_000, 2, 2, "8000 Hz, 2 channels"),
    ],
)
def test_a_wrong_format_says_how_to_convert(
    tmp_path: Path, rate: int, channels: int, width: int, said: str
) -> None:
    path = write_wav(
        tmp_path / "x.wav",
        bytes(rate // 10 * channels * width),
        rate=rate,
        channels=channels,
        width=width,
    )
    with pytest.raises(AudioFormatError) as caught:
        WavSource(path).open()
    assert said in str(caught.value)
    assert "sox IN.wav -r 16000 -c 1 -b 16 OUT.wav" in str(caught.value)


def test_not_a_wav_and_no_file(tmp_path: Path) -> None:
    text = tmp_path / "notes.wav"
    text.write_text("not audio")
    with pytest.raises(AudioFormatError, match="not a WAV file"):
        WavSource(text).open()
    with pytest.raises(AudioError, match="no such audio file"):
        WavSource(tmp_path / "missing.wav").open()


def test_the_push_source_hands_over_what_was_pushed_then_the_end() -> None:
    source = PushSource()
    source.open()
    assert source.read(0.01) == b""  # nothing yet
    source.push(b"\x01\x00" * 10)
    source.push(b"")  # ignored
    threading.Timer(0.05, source.end).start()
    assert source.read(1.0) == b"\x01\x00" * 10
    assert source.read(1.0) is None
    assert source.read(1.0) is None  # and stays over
    source.push(b"late")  # after the end: dropped
    assert source.pushed == 20


def test_a_device_failure_reaches_the_reader_after_the_audio() -> None:
    source = PushSource()
    source.push(b"\x00\x00")
    source.fail(AudioError("the microphone stopped"))
    assert source.read(0.1) == b"\x00\x00"
    with pytest.raises(AudioError, match="stopped"):
        source.read(0.1)


def test_levels() -> None:
    assert level_dbfs(silence(0.1)) == -120.0
    assert level_dbfs(b"") == -120.0
    assert -30 < level_dbfs(tone(0.1, level=8000)) < -10
    assert duration_of(32_000) == 1.0


def _feed(detector: SilenceDetector, pcm: bytes) -> bool:
    step = bytes_for(CHUNK_MS)
    return any(detector.feed(pcm[i : i + step]) for i in range(0, len(pcm), step))


def test_speech_then_a_pause_ends_the_utterance() -> None:
    detector = SilenceDetector(hang_ms=500)
    assert not _feed(detector, silence(0.3))  # the room before
    assert not _feed(detector, tone(0.6))  # speech
    assert detector.heard_speech
    assert not _feed(detector, silence(0.3))  # a short pause: not yet
    assert _feed(detector, silence(0.3))


def test_the_rooms_noise_or_a_click_is_not_speech() -> None:
    detector = SilenceDetector(hang_ms=300)
    assert not _feed(detector, tone(3.0, level=40))  # a hum at -58 dBFS
    assert not _feed(detector, tone(0.1) + silence(1.0))  # a click
    assert not detector.heard_speech


def test_speech_from_the_first_chunk_counts() -> None:
    detector = SilenceDetector(hang_ms=300)
    assert _feed(detector, tone(0.5) + silence(0.5))
    detector.reset()
    assert not detector.heard_speech and detector.noise_dbfs is None
