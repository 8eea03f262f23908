"""Push-to-talk's rules, without Qt: which speech model listens (the one the settings name,
else the first installed for the language of the commands), one utterance from an audio source
to a transcript (the recogniser loading meanwhile, nothing said lost), and which reading of it
is sent on and whether it may run unseen (:func:`app.voice.choose.choose`).

:meth:`Speech.model` reads the models folder (it blocks briefly; :meth:`Speech.look` does the
whole page's reading at once, for a worker thread). :meth:`Utterance.load` and
:meth:`Utterance.hear` run the recogniser in a worker thread (``asyncio.to_thread``); the rest
does not block. The window's bridge (:mod:`ui.bridge.speech`) is the only caller in the GUI.

The recogniser's modules (:mod:`app.voice.engine`, :mod:`app.voice.session`,
:mod:`app.voice.choose`, with the planner's vocabulary) load on first use: a window starts
without them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.home import Home
from app.core.plan import Plan
from app.voice import models as voice_models
from app.voice.audio import AudioSource, SilenceDetector
from app.voice.errors import VoiceError
from app.voice.models import ModelInfo

if TYPE_CHECKING:
    from app.voice.choose import Choice
    from app.voice.engine import Decoder, EngineCache, SpeechEngine, Transcript
    from app.voice.session import ListenSession


@dataclass(frozen=True, slots=True)
class SpeechModels:
    """What the models folder holds now, read at once (for Settings › Voice)."""

    models: list[ModelInfo]
    """The usable speech models."""
    broken: list[tuple[Path, str]]
    """The folders that are not usable models, and why."""
    chosen: ModelInfo | None
    """The model push-to-talk would use (None: see :attr:`problem`)."""
    problem: VoiceError | None
    """Why there is none (no model for the language, the one named is missing)."""


class Utterance:
    """One utterance being listened to: started by :meth:`Speech.listen`, heard with
    :meth:`hear` (a worker thread) until released, cancelled or a pause (hands-free)."""

    def __init__(self, engine: SpeechEngine, session: ListenSession) -> None:
        self._engine = engine
        self._session = session

    @property
    def loading(self) -> bool:
        """Whether the recogniser is still to be loaded (the audio is kept meanwhile)."""
        return not self._engine.loaded

    @property
    def hands_free(self) -> bool:
        """Whether the utterance ends at the first pause after speech."""
        return self._session.stop_on_silence

    @hands_free.setter
    def hands_free(self, on: bool) -> None:
        self._session.stop_on_silence = on

    async def load(self) -> bool:
        """Load the recogniser (in a worker thread); whether it loaded (when it did not,
        :meth:`hear` fails with the same error and says it)."""
        try:
            await asyncio.to_thread(self._engine.load)
        except VoiceError:
            return False
        return True

    async def hear(self) -> Transcript | None:
        """Listen until the utterance ends (in a worker thread) and decode it; None when it
        was cancelled. Raises :class:`VoiceError` (the microphone, the model)."""
        from app.voice.session import Cancelled  # noqa: PLC0415  lazy: the recogniser's modules load on first use, after the window shows

        try:
            return await asyncio.to_thread(self._session.run)
        except Cancelled:
            return None

    def release(self) -> None:
        """The key was released: decode what was captured up to now."""
        self._session.release()

    def cancel(self) -> None:
        """Drop what was said (Esc): :meth:`hear` returns None."""
        self._session.cancel()


class Speech:
    """Push-to-talk's model and recogniser: the model looked up once per setting and language,
    its recogniser loaded once and kept warm (*engines*: a cache to share, tests)."""

    def __init__(self, engines: EngineCache | None = None) -> None:
        self._engines = engines
        self._model: tuple[tuple[str, str], ModelInfo | VoiceError] | None = None
        """The last look's setting and language, and the model it found or why there is none."""

    @property
    def engines(self) -> EngineCache:
        if self._engines is None:
            from app.voice.engine import EngineCache  # noqa: PLC0415  lazy: the recogniser's modules load on first use, after the window shows

            self._engines = EngineCache()
        return self._engines

    def model(self, setting: str, language: str) -> ModelInfo:
        """The speech model to use: *setting* (a name or a folder) or, without one, the first
        installed for *language*. Looked up once per setting and language (:meth:`look_again`
        looks again). Raises :class:`VoiceError` saying what to do."""
        kept = self._model
        if kept is None or kept[0] != (setting, language):
            return self.look_again(setting, language)
        found = kept[1]
        if isinstance(found, VoiceError):
            raise found
        return found

    def look_again(self, setting: str, language: str) -> ModelInfo:
        """:meth:`model`, looked up afresh (a model may have come or gone; blocking: a worker
        thread). Until it is done, :meth:`model` gives what the last look found, so that
        pressing to talk meanwhile reads no folder. Raises :class:`VoiceError`."""
        key = (setting, language)
        try:
            voice_models.require_vosk()
            info = voice_models.find_model(setting or None, language=language)
        except VoiceError as err:
            self._model = (key, err)
            raise
        self._model = (key, info)
        return info

    def look(self, setting: str, language: str) -> SpeechModels:
        """Read the models folder afresh: what is installed, what is not usable, and the
        model :meth:`model` now gives (blocking: a worker thread)."""
        models, broken = voice_models.scan_models()
        try:
            return SpeechModels(models, broken, self.look_again(setting, language), None)
        except VoiceError as err:
            return SpeechModels(models, broken, None, err)

    def loaded(self, info: ModelInfo) -> bool:
        """Whether *info*'s recogniser is loaded and warm."""
        engine = self.engines.current
        return engine is not None and engine.loaded and engine.info.path == info.path

    def engine(self, setting: str, language: str) -> SpeechEngine:
        """The recogniser of :meth:`model`'s model (not loaded yet, maybe)."""
        return self.engines.get(self.model(setting, language))

    def warm_up(self, setting: str, language: str) -> Callable[[], None] | None:
        """What loads the model's recogniser, to run in a worker thread (None: it is
        loaded, or there is no model to load)."""
        try:
            engine = self.engine(setting, language)
        except VoiceError:
            return None
        return None if engine.loaded else engine.load

    def listen(
        self,
        source: AudioSource,
        *,
        setting: str,
        home: Home,
        language: str,
        free_form: bool,
        hands_free: bool,
        on_partial: Callable[[str], None],
    ) -> Utterance:
        """Listen to *source* for a command to *home* in *language*: the recogniser biased
        to the home's names (and free text with *free_form*), made once the first audio is
        there. *on_partial* gets the transcript so far (on the worker thread). Raises
        :class:`VoiceError` when there is no model."""
        from app.voice.session import ListenSession  # noqa: PLC0415  lazy: the recogniser's modules load on first use, after the window shows

        engine = self.engine(setting, language)

        def decoder() -> Decoder:  # on the worker thread, once the first audio is there
            return engine.decoder(engine.phrases_for(home, language), free_form=free_form)

        session = ListenSession(
            source,
            decoder,
            on_partial=on_partial,
            silence=SilenceDetector(),
            stop_on_silence=hands_free,
        )
        return Utterance(engine, session)


def choose_reading(
    transcript: Transcript, plan_text: Callable[[str], Plan], threshold: float
) -> Choice:
    """The reading of *transcript* to send on, planned with *plan_text* (trial plans, the
    conversation left as it is), and whether it may run unseen (*threshold*: the confidence
    it needs)."""
    from app.voice.choose import choose  # noqa: PLC0415  lazy: the recogniser's modules load on first use, after the window shows

    return choose(transcript, plan_text, threshold=threshold)


__all__ = ["Speech", "SpeechModels", "Utterance", "choose_reading"]
