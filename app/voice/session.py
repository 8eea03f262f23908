"""One utterance from an audio source to a transcript, on a worker thread.

:class:`ListenSession` reads its source and feeds a decoder as the audio comes, reporting the
partial transcript as it changes. It ends when the source ends (the key was released, the
file is over), when :meth:`ListenSession.stop` is called, on silence after speech (the tray's
Listen), or after :attr:`ListenSession.max_seconds`; :meth:`ListenSession.cancel` drops the
utterance (Esc). The decoder is asked for lazily, so that capture can start while the model
is still loading: nothing the person says is lost.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable

from app.voice.audio import AudioSource, HeldSource, SilenceDetector, duration_of
from app.voice.engine import Decoder, Transcript
from app.voice.errors import VoiceError

_LOGGER = logging.getLogger(__name__)

#: Longest utterance: a stuck key or a forgotten Listen does not listen forever.
MAX_SECONDS = 20.0
#: How often the worker looks at the stop and cancel flags while no audio comes.
POLL_SECONDS = 0.05


class Cancelled(VoiceError):
    """The utterance was cancelled (Esc): nothing is decoded or planned."""


class ListenSession:
    """Listen to one utterance. :meth:`run` blocks (call it on a worker thread); the other
    methods may be called from any thread."""

    def __init__(
        self,
        source: AudioSource,
        decoder: Callable[[], Decoder],
        *,
        on_partial: Callable[[str], None] | None = None,
        silence: SilenceDetector | None = None,
        stop_on_silence: bool = False,
        max_seconds: float = MAX_SECONDS,
    ) -> None:
        self.source = source
        self._make_decoder = decoder
        self.on_partial = on_partial
        self.silence = silence
        """Follows the speech and the pauses (None: not at all)."""
        self.stop_on_silence = stop_on_silence
        """End the utterance at the first pause after speech (hands-free); may be switched on
        while listening (a click on the Talk button)."""
        self.max_seconds = max_seconds
        self._stop = threading.Event()
        self._cancel = threading.Event()
        self.stopped_at: float | None = None
        """When the utterance ended (time.perf_counter()): the release, the source's end."""
        self.ended_by = ""
        """What ended it: "source", "stop", "silence", "limit" or "cancel"."""

    def stop(self) -> None:
        """End the utterance now and decode what was read so far."""
        if not self._stop.is_set():
            self.stopped_at = time.perf_counter()
            self._stop.set()

    def release(self) -> None:
        """The key was released: decode everything captured up to now. A source that is fed
        from elsewhere (the microphone) is ended, so that its last chunks are still heard;
        any other source stops at once."""
        if self.stopped_at is None:
            self.stopped_at = time.perf_counter()
        if isinstance(self.source, HeldSource):
            self.source.end()
        else:
            self._stop.set()

    def cancel(self) -> None:
        """Drop the utterance (Esc): :meth:`run` raises :class:`Cancelled`."""
        self._cancel.set()
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> Transcript:
        """Listen until the utterance ends; the transcript. Raises :class:`Cancelled`, an
        :class:`AudioError` from the source, or a :class:`VoiceError` from the model."""
        self.source.open()
        try:
            return self._listen()
        finally:
            self.source.close()

    def _listen(self) -> Transcript:
        decoder: Decoder | None = None
        waiting: deque[bytes] = deque()
        heard = 0
        sample_rate = self.source.sample_rate
        while True:
            if self._cancel.is_set():
                self.ended_by = "cancel"
                raise Cancelled("cancelled")
            if self._stop.is_set():
                self.ended_by = self.ended_by or "stop"
                break
            chunk = self.source.read(POLL_SECONDS)
            if chunk is None:
                self.ended_by = "source"
                if self.stopped_at is None:
                    self.stopped_at = time.perf_counter()
                break
            if not chunk:
                continue
            heard += len(chunk)
            waiting.append(chunk)
            if decoder is None:
                decoder = self._make_decoder()  # the model may still have been loading
            while waiting:
                self._feed(decoder, waiting.popleft())
            paused = self.silence is not None and self.silence.feed(chunk, sample_rate)
            if paused and self.stop_on_silence:
                self.ended_by = "silence"
                self.stopped_at = time.perf_counter()
                break
            if duration_of(heard, sample_rate) >= self.max_seconds:
                self.ended_by = "limit"
                self.stopped_at = time.perf_counter()
                break
        if self._cancel.is_set():
            raise Cancelled("cancelled")
        if decoder is None:
            decoder = self._make_decoder()
        transcript = decoder.finish()
        if self.stopped_at is not None:
            transcript.finish_seconds = time.perf_counter() - self.stopped_at
        _LOGGER.debug(
            "Utterance of %.1f s ended by %s; decoded at %.3f of real time",
            transcript.audio_seconds,
            self.ended_by,
            transcript.real_time_factor,
        )
        return transcript

    def _feed(self, decoder: Decoder, chunk: bytes) -> None:
        partial = decoder.accept(chunk)
        if partial is not None and self.on_partial is not None:
            self.on_partial(partial)
