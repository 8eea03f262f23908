"""The recogniser: vosk, with the model loaded once (lazily, in a worker thread) and kept warm.

One utterance is decoded by a :class:`Decoder`, in up to two passes over the same audio:

* the *phrases* pass, biased to the home's commands by a runtime phrase list
  (:mod:`app.voice.phrases`), when the model takes one;
* the *free* pass, the model's own language model, for what the list cannot hold (a
  reminder's message) and as a second opinion.

Both keep up with speech as it comes (the phrase pass at a few hundredths of real time), so
that releasing the key leaves only the last fraction of a second to decode. Each gives a few
alternatives; :mod:`app.voice.choose` lets the planner pick the one that makes a valid plan.

Nothing here touches Qt: decoding runs on whichever thread calls it (never the GUI thread).
"""

from __future__ import annotations

import json
import logging
import math
import re
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.core.home import Home
from app.understanding.vocabulary import normalize
from app.voice.audio import SAMPLE_RATE, duration_of
from app.voice.errors import ModelError, VoiceError
from app.voice.models import ModelInfo, probe_model, require_vosk
from app.voice.phrases import PhraseList, build_phrases

_LOGGER = logging.getLogger(__name__)

#: Alternatives asked of each pass.
MAX_ALTERNATIVES = 5
#: Words models use for speech they cannot place (the phrase list's escape hatch).
UNKNOWN_TOKENS = ("[unk]", "<unk>", "<UNK>")
PHRASES = "phrases"
FREE = "free"


@dataclass(frozen=True, slots=True)
class Alternative:
    """One reading of the utterance."""

    text: str
    """What was heard (split words joined again), as the planner gets it."""
    score: float
    """The recogniser's log-likelihood of this reading (higher is likelier)."""
    posterior: float
    """This reading's share of its pass's alternatives (0 to 1)."""
    source: str
    """Which pass heard it: "phrases" (biased to the home) or "free"."""

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "score": round(self.score, 3),
            "posterior": round(self.posterior, 3),
            "source": self.source,
        }


@dataclass(slots=True)
class Transcript:
    """What one utterance was heard as."""

    alternatives: list[Alternative]
    """Best first, each text once; the phrase pass's before the free pass's."""
    confidence: float
    """How sure the recogniser is of the best reading (0 to 1; see :func:`confidence_of`)."""
    audio_seconds: float
    decode_seconds: float
    """Time spent decoding (feeding the passes and finishing them)."""
    finish_seconds: float = 0.0
    """Time from the end of the audio to this transcript (what the person waits for)."""
    language: str = ""
    passes: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return self.alternatives[0].text if self.alternatives else ""

    @property
    def real_time_factor(self) -> float:
        """Decoding time per second of audio (0.05: twenty times faster than speech)."""
        return self.decode_seconds / self.audio_seconds if self.audio_seconds else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "confidence": round(self.confidence, 3),
            "alternatives": [a.to_json() for a in self.alternatives],
            "audio_seconds": round(self.audio_seconds, 3),
            "decode_seconds": round(self.decode_seconds, 4),
            "finish_seconds": round(self.finish_seconds, 4),
            "real_time_factor": round(self.real_time_factor, 4),
            "language": self.language,
            "passes": list(self.passes),
        }


class SpeechEngine:
    """One speech model, loaded on first need and then kept (thread-safe).

    The first :meth:`load` checks the model in a separate process (a damaged model must not
    take Hearth down), then loads it here: about a second or two for a small model. Call it in
    a worker thread (``await asyncio.to_thread(engine.load)``), never on the GUI thread.
    """

    def __init__(self, info: ModelInfo, *, check: bool = True) -> None:
        self.info = info
        self._check = check
        self._lock = threading.Lock()
        self._model: Any = None
        self._phrases: tuple[weakref.ref[Home], int, str, PhraseList] | None = None
        """The last phrase list: its home (held weakly: a home loaded later may take the
        freed one's id), the home's revision and the language."""
        self.load_seconds: float | None = None
        """How long loading took (None until loaded)."""
        self.unknown_token: str | None = None

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def load(self) -> None:
        with self._lock:
            if self._model is not None:
                return
            require_vosk()
            started = time.perf_counter()
            if self._check:
                probe_model(self.info)
            import vosk  # noqa: PLC0415  lazy: vosk is the optional 'voice' extra, a 25 MB native library

            vosk.SetLogLevel(-1)
            try:
                model = vosk.Model(str(self.info.path))
            except Exception as err:  # vosk raises a bare Exception("Failed to create a model")
                raise ModelError(
                    f"the speech model {self.info.name} in {self.info.path} cannot be loaded; "
                    "remove it and download it again"
                ) from err
            self.unknown_token = next(
                (t for t in UNKNOWN_TOKENS if model.vosk_model_find_word(t) >= 0), None
            )
            self._model = model
            self.load_seconds = time.perf_counter() - started
            _LOGGER.info("Loaded speech model %s in %.2f s", self.info.name, self.load_seconds)

    def known_word(self, word: str) -> bool:
        """Whether the model has *word* in its vocabulary (loads the model)."""
        self.load()
        return bool(self._model.vosk_model_find_word(word) >= 0)

    def phrases_for(self, home: Home, language: str) -> PhraseList:
        """The phrase list for *home* (rebuilt when its names change), remembered."""
        self.load()
        kept = self._phrases
        if kept is not None and kept[0]() is home and kept[1:3] == (home.revision, language):
            return kept[3]
        started = time.perf_counter()
        phrases = build_phrases(
            home, language, known=self.known_word, unknown_token=self.unknown_token
        )
        self._phrases = (weakref.ref(home), home.revision, language, phrases)  # one home at a time
        _LOGGER.debug(
            "Phrase list: %d phrases in %.0f ms",
            len(phrases.phrases),
            (time.perf_counter() - started) * 1000,
        )
        return phrases

    def decoder(
        self,
        phrases: PhraseList | None,
        *,
        free_form: bool = True,
        max_alternatives: int = MAX_ALTERNATIVES,
    ) -> Decoder:
        """A decoder for one utterance. With *phrases* (and a model that takes them) the
        phrase pass runs; with *free_form* (or no phrase pass) the free pass runs."""
        self.load()
        return Decoder(self, phrases, free_form=free_form, max_alternatives=max_alternatives)

    def _recognizer(self, grammar: str | None, max_alternatives: int) -> Any:
        import vosk  # noqa: PLC0415  lazy: vosk is the optional 'voice' extra, a 25 MB native library

        try:
            if grammar is None:
                recognizer = vosk.KaldiRecognizer(self._model, SAMPLE_RATE)
            else:
                recognizer = vosk.KaldiRecognizer(self._model, SAMPLE_RATE, grammar)
        except Exception as err:  # vosk's bare Exception("Failed to create a recognizer")
            raise ModelError(f"the speech model {self.info.name} cannot decode: {err}") from err
        recognizer.SetMaxAlternatives(max_alternatives)
        return recognizer


class _Pass:
    """One recogniser over the utterance, keeping the results of the segments vosk ends on
    its own (a pause mid-sentence) so that the whole utterance is heard."""

    def __init__(self, name: str, recognizer: Any, restore: Callable[[str], str]) -> None:
        self.name = name
        self.recognizer = recognizer
        self.restore = restore
        self.segments: list[list[tuple[str, float]]] = []
        self.partial = ""

    def accept(self, chunk: bytes) -> None:
        if self.recognizer.AcceptWaveform(chunk):
            self._segment(self.recognizer.Result())
            self.partial = ""
        else:
            raw = json.loads(self.recognizer.PartialResult())
            self.partial = str(raw.get("partial", ""))

    def finish(self) -> list[tuple[str, float]]:
        self._segment(self.recognizer.FinalResult())
        return _combine(self.segments, MAX_ALTERNATIVES)

    def _segment(self, result: str) -> None:
        raw = json.loads(result)
        alternatives = raw.get("alternatives")
        if alternatives is None:  # a recogniser without alternatives
            alternatives = [{"text": raw.get("text", ""), "confidence": 0.0}]
        readings = [
            (str(a.get("text", "")).strip(), float(a.get("confidence", 0.0)))
            for a in alternatives
            if isinstance(a, dict)
        ]
        if any(text for text, _ in readings):
            self.segments.append(readings)


def _combine(segments: list[list[tuple[str, float]]], limit: int) -> list[tuple[str, float]]:
    """The best readings of consecutive segments joined (scores add), best first."""
    combined: list[tuple[str, float]] = [("", 0.0)]
    for readings in segments:
        combined = sorted(
            (
                (f"{text} {reading}".strip(), score + reading_score)
                for text, score in combined
                for reading, reading_score in readings
            ),
            key=lambda item: -item[1],
        )[:limit]
    return combined


class Decoder:
    """Decodes one utterance, chunk by chunk, on the calling (worker) thread."""

    def __init__(
        self,
        engine: SpeechEngine,
        phrases: PhraseList | None,
        *,
        free_form: bool,
        max_alternatives: int,
    ) -> None:
        self.engine = engine
        self.phrases = phrases
        self.passes: list[_Pass] = []
        restore = phrases.restore if phrases is not None else _same
        if phrases is not None and engine.info.phrase_lists and phrases.phrases:
            grammar = phrases.to_grammar()
            self.passes.append(
                _Pass(PHRASES, engine._recognizer(grammar, max_alternatives), restore)
            )
        if free_form or not self.passes:
            self.passes.append(_Pass(FREE, engine._recognizer(None, max_alternatives), restore))
        self.audio_bytes = 0
        self.decode_seconds = 0.0
        self._partial = ""

    def accept(self, chunk: bytes) -> str | None:
        """Feed *chunk*; the new partial transcript when it changed, else None."""
        if not chunk:
            return None
        started = time.perf_counter()
        for one in self.passes:
            one.accept(chunk)
        self.decode_seconds += time.perf_counter() - started
        self.audio_bytes += len(chunk)
        first = self.passes[0]
        done = " ".join(text for text, _ in (s[0] for s in first.segments))
        partial = first.restore(f"{done} {first.partial}".strip())
        if partial != self._partial:
            self._partial = partial
            return partial
        return None

    def finish(self) -> Transcript:
        """The transcript of everything fed so far (the decoder is spent afterwards)."""
        started = time.perf_counter()
        by_pass = [(one, one.finish()) for one in self.passes]
        finish = time.perf_counter() - started
        self.decode_seconds += finish
        alternatives: list[Alternative] = []
        seen: set[str] = set()
        unknown = self.engine.unknown_token
        for one, readings in by_pass:
            for (text, score), posterior in zip(readings, _posteriors(readings), strict=True):
                clean = _clean(one.restore(text), unknown)
                key = clean.replace(" ", "")
                if not clean or key in seen:
                    continue
                seen.add(key)
                alternatives.append(Alternative(clean, score, posterior, one.name))
        tops = {one.name: _clean(one.restore(r[0][0]), unknown) for one, r in by_pass if r}
        raw_top = next((r[0][0] for _one, r in by_pass if r), "")
        return Transcript(
            alternatives=alternatives,
            confidence=confidence_of(alternatives, tops, raw_top, unknown),
            audio_seconds=duration_of(self.audio_bytes),
            decode_seconds=self.decode_seconds,
            finish_seconds=finish,
            language=self.phrases.language if self.phrases else "",
            passes=tuple(one.name for one in self.passes),
        )


def _same(text: str) -> str:
    return text


def _clean(text: str, unknown: str | None) -> str:
    words = [w for w in text.split() if w not in UNKNOWN_TOKENS and w != unknown]
    return " ".join(words)


def _posteriors(readings: list[tuple[str, float]]) -> list[float]:
    """Each reading's share: a softmax of the log-likelihoods."""
    if not readings:
        return []
    best = max(score for _, score in readings)
    weights = [math.exp(score - best) for _, score in readings]
    total = sum(weights)
    return [w / total for w in weights]


_SPACES = re.compile(r"\s+")


def confidence_of(
    alternatives: list[Alternative],
    tops: dict[str, str],
    raw_top: str,
    unknown: str | None = None,
) -> float:
    """How sure the recogniser is of its best reading, from 0 to 1.

    * the best reading's share of its pass's alternatives (two readings nearly as likely,
      "turn on" and "turn off", mean it could be either);
    * less for every word of it the model could not place (the unknown word);
    * more when the free pass heard the same words as the phrase pass (two opinions agree).
    """
    if not alternatives:
        return 0.0
    best = alternatives[0]
    confidence = best.posterior
    words = raw_top.split()
    if words:
        unplaced = sum(1 for w in words if w in UNKNOWN_TOKENS or w == unknown)
        confidence *= 1 - unplaced / len(words)
    phrases_top, free_top = tops.get(PHRASES), tops.get(FREE)
    if phrases_top and free_top and _same_words(phrases_top, free_top):
        confidence = 1 - (1 - confidence) * 0.25
    return max(0.0, min(1.0, confidence))


def _same_words(a: str, b: str) -> bool:
    return _SPACES.sub("", normalize(a)) == _SPACES.sub("", normalize(b))


class EngineCache:
    """The engines of this process by model folder: a model is loaded once and stays warm
    (switching models in the settings loads the new one; the old one is dropped)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._engine: SpeechEngine | None = None

    def get(self, info: ModelInfo) -> SpeechEngine:
        with self._lock:
            if self._engine is None or self._engine.info.path != info.path:
                self._engine = SpeechEngine(info)
            return self._engine

    @property
    def current(self) -> SpeechEngine | None:
        return self._engine


def transcribe(decoder: Decoder, pcm: bytes, chunk_bytes: int = 3200) -> Transcript:
    """Decode a whole recording at once (as fast as the machine goes)."""
    for start in range(0, len(pcm), chunk_bytes):
        decoder.accept(pcm[start : start + chunk_bytes])
    return decoder.finish()


__all__ = [
    "Alternative",
    "Decoder",
    "EngineCache",
    "SpeechEngine",
    "Transcript",
    "VoiceError",
    "transcribe",
]
