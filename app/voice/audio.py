"""Where speech comes from: the audio-source interface, a WAV file source, a push source for a
microphone, and a silence detector.

Every source delivers 16-bit little-endian mono PCM at :data:`SAMPLE_RATE` (what the vosk
models expect). The recognition worker thread pulls chunks with :meth:`AudioSource.read`; a
microphone (``ui/voice.py``) pushes what Qt captures into a :class:`PushSource` from the GUI
thread, so neither side waits for the other.
"""

from __future__ import annotations

import array
import logging
import math
import queue
import sys
import threading
import time
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from app.voice.errors import AudioError, AudioFormatError

_LOGGER = logging.getLogger(__name__)

SAMPLE_RATE = 16_000
"""Samples per second of every source (vosk's models are trained on 16 kHz speech)."""
SAMPLE_WIDTH = 2
"""Bytes per sample: signed 16-bit little-endian PCM."""
CHANNELS = 1
CHUNK_MS = 100
"""How much audio one :meth:`AudioSource.read` returns at most (the partial transcript's pace)."""

CONVERT_HINT = "convert it with: sox IN.wav -r 16000 -c 1 -b 16 OUT.wav"


def bytes_for(ms: float, sample_rate: int = SAMPLE_RATE) -> int:
    """Bytes of PCM that last *ms* milliseconds (a whole number of samples)."""
    return int(sample_rate * ms / 1000) * SAMPLE_WIDTH


def duration_of(byte_count: int, sample_rate: int = SAMPLE_RATE) -> float:
    """Seconds of audio in *byte_count* bytes of PCM."""
    return byte_count / (sample_rate * SAMPLE_WIDTH)


@runtime_checkable
class AudioSource(Protocol):
    """A stream of speech for one utterance (push-to-talk: from press to release).

    :meth:`open` and :meth:`close` may be called on any thread; :meth:`read` is called on the
    recognition worker thread only.
    """

    @property
    def sample_rate(self) -> int:
        """Samples per second of the PCM :meth:`read` returns."""
        ...

    def open(self) -> None:
        """Start delivering audio. Raises :class:`AudioError` (no microphone, no permission,
        an unreadable file) or :class:`AudioFormatError` (not 16-bit mono PCM)."""
        ...

    def read(self, timeout: float) -> bytes | None:
        """The next chunk of PCM; ``b""`` when nothing arrived within *timeout* seconds;
        None when the utterance is over (released, or the end of the file)."""
        ...

    def close(self) -> None:
        """Stop and release the device or file (idempotent)."""
        ...


@runtime_checkable
class HeldSource(AudioSource, Protocol):
    """A source that lasts as long as the key is held (the microphone, a WAV file spoken as
    into it): :meth:`end` says the key was released, and :meth:`read` still gives what was
    captured before, then None."""

    def end(self) -> None:
        """The key was released: the utterance ends after the audio captured so far."""
        ...


class WavSource:
    """A WAV file as an utterance: for tests, benchmarks and ``hearth listen --wav``.

    *realtime* paces the chunks as a microphone would deliver them (a chunk is returned no
    sooner than its audio would have been spoken), so that the push-to-talk controller and the
    benchmark see the timing of real speech.
    """

    def __init__(self, path: str | Path, *, realtime: bool = False) -> None:
        self.path = Path(path)
        self.realtime = realtime
        self._wave: wave.Wave_read | None = None
        self._started = 0.0
        self._sent = 0
        self._rate = SAMPLE_RATE
        self.frames = 0
        """Samples in the file (known once it is open)."""

    @property
    def sample_rate(self) -> int:
        return self._rate

    @property
    def duration(self) -> float:
        """Seconds of audio in the file (0 until it is open)."""
        return self.frames / self._rate if self._rate else 0.0

    def open(self) -> None:
        try:
            reader = wave.open(str(self.path), "rb")  # noqa: SIM115 - kept open while read
        except FileNotFoundError as err:
            raise AudioError(f"no such audio file: {self.path}") from err
        except (OSError, EOFError, wave.Error) as err:
            raise AudioFormatError(
                f"{self.path} is not a WAV file Hearth can read ({err}); {CONVERT_HINT}"
            ) from err
        try:
            check_format(
                str(self.path),
                rate=reader.getframerate(),
                channels=reader.getnchannels(),
                width=reader.getsampwidth(),
                compressed=reader.getcomptype() != "NONE",
            )
        except AudioFormatError:
            reader.close()
            raise
        self._wave = reader
        self._rate = reader.getframerate()
        self.frames = reader.getnframes()
        self._started = time.monotonic()
        self._sent = 0

    def read(self, timeout: float) -> bytes | None:
        if self._wave is None:
            return None
        data = self._wave.readframes(bytes_for(CHUNK_MS, self._rate) // SAMPLE_WIDTH)
        if not data:
            return None
        if self.realtime:
            # Hand the chunk over when its last sample would have been spoken.
            due = self._started + duration_of(self._sent + len(data), self._rate)
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(wait)
        self._sent += len(data)
        return data

    def read_all(self) -> bytes:
        """The whole file's PCM (opens it when needed)."""
        if self._wave is None:
            self.open()
        assert self._wave is not None
        self._wave.rewind()
        return self._wave.readframes(self.frames)

    def close(self) -> None:
        if self._wave is not None:
            self._wave.close()
            self._wave = None


def check_format(where: str, *, rate: int, channels: int, width: int, compressed: bool) -> None:
    """Raise :class:`AudioFormatError` unless the audio is 16 kHz mono 16-bit PCM."""
    problems = []
    if compressed:
        problems.append("compressed")
    if rate != SAMPLE_RATE:
        problems.append(f"{rate} Hz")
    if channels != CHANNELS:
        problems.append(f"{channels} channels")
    if width != SAMPLE_WIDTH:
        problems.append(f"{width * 8}-bit")
    if problems:
        raise AudioFormatError(
            f"{where} is {', '.join(problems)}; Hearth needs 16 kHz mono 16-bit PCM: {CONVERT_HINT}"
        )


class PushSource:
    """A source that another thread fills: the microphone pushes captured PCM with
    :meth:`push`, marks the end of the utterance with :meth:`end` (the key was released) or
    reports a device failure with :meth:`fail`. Thread-safe."""

    def __init__(self, sample_rate: int = SAMPLE_RATE) -> None:
        self._rate = sample_rate
        self._queue: queue.SimpleQueue[bytes | AudioError | None] = queue.SimpleQueue()
        self._ended = threading.Event()
        self.pushed = 0
        """Bytes pushed so far."""

    @property
    def sample_rate(self) -> int:
        return self._rate

    @property
    def ended(self) -> bool:
        return self._ended.is_set()

    def open(self) -> None:
        """Nothing to open: the pushing side owns the device."""

    def push(self, data: bytes) -> None:
        if data and not self._ended.is_set():
            self.pushed += len(data)
            self._queue.put(bytes(data))

    def end(self) -> None:
        if not self._ended.is_set():
            self._ended.set()
            self._queue.put(None)

    def fail(self, error: AudioError) -> None:
        """The device failed mid-utterance: the reader gets *error* after the audio so far."""
        if not self._ended.is_set():
            self._ended.set()
            self._queue.put(error)

    def read(self, timeout: float) -> bytes | None:
        try:
            item = self._queue.get(timeout=timeout)
        except queue.Empty:
            return b""
        if isinstance(item, AudioError):
            raise item
        if item is None:
            self._queue.put(None)  # a second read also sees the end
        return item

    def close(self) -> None:
        self.end()


# -- silence ---------------------------------------------------------------------------------


def level_dbfs(chunk: bytes) -> float:
    """The loudness of a chunk of 16-bit PCM in dBFS (0 is full scale; silence is about -90)."""
    samples = array.array("h")
    samples.frombytes(chunk[: len(chunk) - len(chunk) % SAMPLE_WIDTH])
    if sys.byteorder == "big":  # pragma: no cover - PCM is little-endian
        samples.byteswap()
    if not samples:
        return -120.0
    mean_square = sum(s * s for s in samples) / len(samples)
    if mean_square <= 0:
        return -120.0
    return 10 * math.log10(mean_square / (32768.0 * 32768.0))


@dataclass(slots=True)
class SilenceDetector:
    """Says when an utterance is over: speech was heard, then *hang_ms* of silence.

    "Speech" is a chunk louder than the quietest chunk so far by *margin_db* and louder than
    *floor_dbfs*; the quietest chunk is the room's noise, so a fan or a hum does not count as
    speech. Used by the tray's Listen (click to start, stop by silence).
    """

    hang_ms: float = 900.0
    """Silence after speech that ends the utterance."""
    margin_db: float = 12.0
    """How much louder than the room's noise speech is."""
    floor_dbfs: float = -50.0
    """Nothing quieter than this is speech, however quiet the room."""
    min_speech_ms: float = 200.0
    """Speech shorter than this (a click, a cough) does not start an utterance."""
    noisiest_room_dbfs: float = -35.0
    """The room's noise is taken to be at most this loud, so that speech from the very first
    chunk on (before any quiet moment was heard) still counts as speech."""
    noise_dbfs: float | None = None
    """The quietest chunk so far: the room's noise."""
    speech_ms: float = 0.0
    silent_ms: float = 0.0

    def reset(self) -> None:
        self.noise_dbfs = None
        self.speech_ms = 0.0
        self.silent_ms = 0.0

    @property
    def heard_speech(self) -> bool:
        return self.speech_ms >= self.min_speech_ms

    def feed(self, chunk: bytes, sample_rate: int = SAMPLE_RATE) -> bool:
        """Account for *chunk*; True once the utterance is over."""
        if not chunk:
            return False
        ms = duration_of(len(chunk), sample_rate) * 1000
        level = level_dbfs(chunk)
        noise = min(level, self.noisiest_room_dbfs)
        if self.noise_dbfs is not None:
            noise = min(noise, self.noise_dbfs)
        self.noise_dbfs = noise
        if level > max(self.floor_dbfs, noise + self.margin_db):
            self.speech_ms += ms
            self.silent_ms = 0.0
        elif self.heard_speech:
            self.silent_ms += ms
        return self.heard_speech and self.silent_ms >= self.hang_ms
