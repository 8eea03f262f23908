"""One utterance on a worker thread: ended by the source, a release, a pause (hands-free) or
the time limit; cancelled by Esc; the decoder asked for only once audio is there; partial
transcripts reported as they change. The decoder here records what it is fed (the real one
is tested with the real model in tests/integration/test_vosk_korean.py)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from app.voice.audio import CHUNK_MS, PushSource, SilenceDetector, WavSource, bytes_for
from app.voice.engine import Alternative, Decoder, Transcript
from app.voice.errors import AudioError
from app.voice.session import Cancelled, ListenSession
from tests.helpers.speech import silence, tone, write_wav


class RecordingDecoder:
    """Stands in for vosk: "hears" one word per chunk."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []

    def accept(self, chunk: bytes) -> str | None:
        self.chunks.append(chunk)
        return " ".join(f"w{i}" for i in range(len(self.chunks)))

    def finish(self) -> Transcript:
        heard = sum(len(c) for c in self.chunks)
        text = " ".join(f"w{i}" for i in range(len(self.chunks)))
        return Transcript([Alternative(text, 0.0, 1.0, "phrases")], 1.0, heard / 32_000, 0.001)


def _session(source: object, decoder: RecordingDecoder, **kwargs: object) -> ListenSession:
    return ListenSession(source, lambda: decoder, **kwargs)  # type: ignore[arg-type,return-value]


def test_a_file_is_heard_to_its_end(tmp_path: Path) -> None:
    decoder = RecordingDecoder()
    partials: list[str] = []
    session = _session(
        WavSource(write_wav(tmp_path / "a.wav", tone(0.5))), decoder, on_partial=partials.append
    )
    transcript = session.run()
    assert session.ended_by == "source"
    assert b"".join(decoder.chunks) == tone(0.5)
    assert transcript.text == "w0 w1 w2 w3 w4"
    assert partials[-1] == transcript.text and len(partials) == 5
    assert transcript.finish_seconds >= 0


def test_release_hears_what_was_pushed_before_it() -> None:
    source = PushSource()
    decoder = RecordingDecoder()
    session = _session(source, decoder)
    result: list[Transcript] = []
    worker = threading.Thread(target=lambda: result.append(session.run()))
    worker.start()
    for _ in range(3):
        source.push(tone(0.1))
    session.release()
    source.push(tone(0.1))  # after the release: not part of it
    worker.join(5)
    assert session.ended_by == "source" and session.stopped_at is not None
    assert len(decoder.chunks) == 3
    assert result[0].audio_seconds == pytest.approx(0.3)


def test_hands_free_ends_at_the_pause_after_speech() -> None:
    source = PushSource()
    for chunk in (silence(0.2), tone(0.5), silence(1.5), tone(0.5)):
        for i in range(0, len(chunk), bytes_for(CHUNK_MS)):
            source.push(chunk[i : i + bytes_for(CHUNK_MS)])
    decoder = RecordingDecoder()
    session = _session(source, decoder, silence=SilenceDetector(hang_ms=600), stop_on_silence=True)
    session.run()
    assert session.ended_by == "silence"
    assert len(decoder.chunks) == 2 + 5 + 6  # the room, the speech, the pause: not the rest


def test_a_pause_does_not_end_a_held_key() -> None:
    source = PushSource()
    for chunk in (tone(0.3), silence(1.2)):
        source.push(chunk)
    source.end()
    session = _session(source, RecordingDecoder(), silence=SilenceDetector(hang_ms=300))
    session.run()
    assert session.ended_by == "source"


def test_the_time_limit(tmp_path: Path) -> None:
    wav = write_wav(tmp_path / "long.wav", silence(2.0))
    session = _session(WavSource(wav), RecordingDecoder(), max_seconds=0.5)
    transcript = session.run()
    assert session.ended_by == "limit" and transcript.audio_seconds == pytest.approx(0.5)


def test_cancel_drops_the_utterance() -> None:
    source = PushSource()
    session = _session(source, RecordingDecoder())
    errors: list[BaseException] = []

    def run() -> None:
        try:
            session.run()
        except Cancelled as err:
            errors.append(err)

    worker = threading.Thread(target=run)
    worker.start()
    source.push(tone(0.1))
    time.sleep(0.1)
    session.cancel()
    worker.join(5)
    assert session.cancelled and session.ended_by == "cancel"
    assert len(errors) == 1


def test_stop_ends_at_once(tmp_path: Path) -> None:
    wav = write_wav(tmp_path / "a.wav", tone(3.0))
    session = _session(WavSource(wav, realtime=True), RecordingDecoder())
    threading.Timer(0.3, session.stop).start()
    started = time.monotonic()
    transcript = session.run()
    assert time.monotonic() - started < 1.5
    assert session.ended_by == "stop" and transcript.audio_seconds < 1.0


def test_the_decoder_is_made_only_once_audio_is_there() -> None:
    made = threading.Event()
    source = PushSource()

    def decoder() -> Decoder:
        made.set()
        return RecordingDecoder()  # type: ignore[return-value]

    session = ListenSession(source, decoder)
    worker = threading.Thread(target=session.run)
    worker.start()
    time.sleep(0.15)
    assert not made.is_set()  # the model may still be loading: the audio waits in the queue
    source.push(tone(0.1))
    source.end()
    worker.join(5)
    assert made.is_set()


def test_a_device_failure_is_an_error() -> None:
    source = PushSource()
    source.push(tone(0.1))
    source.fail(AudioError("the microphone stopped"))
    with pytest.raises(AudioError, match="stopped"):
        _session(source, RecordingDecoder()).run()
