"""The bridge's push-to-talk: which speech model listens and whether it is ready, one utterance
listened to and decoded, and the reading of it that is sent on (the rules:
:mod:`app.session.speech`). The widget (:mod:`ui.voice`) only starts and stops the microphone
and shows what happens.

The recogniser loads and decodes in worker threads; what it hears so far comes back to the
GUI thread through the loop. Settings › Voice reads the models folder in a worker thread
(:meth:`SpeechPart.look_for_speech_models`).
"""

from __future__ import annotations

import asyncio
import copy
import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.plan import Plan
from app.session.speech import Speech, SpeechModels, Utterance, choose_reading
from app.voice.audio import AudioSource
from app.voice.errors import VoiceError
from app.voice.models import ModelInfo
from ui.bridge.base import BridgePart

if TYPE_CHECKING:
    from app.voice.choose import Choice
    from app.voice.engine import EngineCache, Transcript


def _for_one_caller(err: VoiceError) -> VoiceError:
    """*err* as one caller gets it. :class:`Speech` keeps the last look's error and raises that
    same object at every ask: each raise added the caller's frames to its traceback, which kept
    them alive, with the widgets and Qt items in their locals, after the window let them go (a
    tree's header item, deleted with its tree while its Python wrapper lived on, came back as
    another object made at its address: a later widget looked up was that item). The kept error
    loses its traceback; the caller gets a copy that is its own."""
    err.with_traceback(None)
    return copy.copy(err)


class SpeechPart(BridgePart):
    _speech: Speech | None = None

    @property
    def speech(self) -> Speech:
        """Push-to-talk's model and recogniser (made on first use)."""
        if self._speech is None:
            self._speech = Speech()
        return self._speech

    def use_speech_engines(self, engines: EngineCache) -> None:
        """Recognise with *engines* (a cache tests and screenshots share, one model kept
        loaded between them)."""
        self._speech = Speech(engines)

    def speech_model(self) -> ModelInfo:
        """The speech model push-to-talk uses now (the settings' choice for the language of
        the commands). Raises VoiceError saying what is missing."""
        try:
            return self.speech.model(self.settings.voice.model, self.language)
        except VoiceError as err:
            raise _for_one_caller(err) from None

    async def find_speech_model(self) -> ModelInfo:
        """:meth:`speech_model`, looked up afresh in a worker thread (it reads the models folder
        and may import the recogniser the first time; one may have come or gone). Until it
        answers, :meth:`speech_model` gives the last model found. Raises VoiceError saying
        what is missing."""
        speech, setting, language = self.speech, self.settings.voice.model, self.language
        try:
            return await asyncio.to_thread(speech.look_again, setting, language)
        except VoiceError as err:
            raise _for_one_caller(err) from None

    def speech_model_loaded(self, info: ModelInfo) -> bool:
        """Whether *info*'s recogniser is loaded (the first command will not wait for it)."""
        return self.speech.loaded(info)

    async def look_for_speech_models(self) -> SpeechModels:
        """The installed speech models, the folders that are not usable and the model
        push-to-talk would use, read afresh in a worker thread."""
        speech = self.speech
        voice = self.settings.voice
        found = await asyncio.to_thread(speech.look, voice.model, self.language)
        if found.problem is None:
            return found
        return dataclasses.replace(found, problem=_for_one_caller(found.problem))

    def listen(
        self, source: AudioSource, *, hands_free: bool, on_partial: Callable[[str], None]
    ) -> Utterance:
        """Start listening to *source* for a command to the loaded home (the model loads in
        the background if it has not yet: :meth:`Utterance.load`). *on_partial* gets what is
        heard so far on the GUI thread. Raises VoiceError (no model) and RuntimeError before
        the home is loaded."""
        home = self.home
        if home is None:
            raise RuntimeError("no listening before the home is loaded")
        loop = asyncio.get_event_loop()

        def heard_so_far(text: str) -> None:  # on the worker thread: over to the GUI thread
            loop.call_soon_threadsafe(on_partial, text)

        voice = self.settings.voice
        return self.speech.listen(
            source,
            setting=voice.model,
            home=home,
            language=self.language,
            free_form=voice.free_form,
            hands_free=hands_free,
            on_partial=heard_so_far,
        )

    async def preload_speech(self) -> None:
        """Load the recogniser in a worker thread now, if there is one to load (the pointer
        is on the Talk button). Raises VoiceError when the model cannot be loaded."""
        load = self.speech.warm_up(self.settings.voice.model, self.language)
        if load is not None:
            await asyncio.to_thread(load)

    def choose_reading(self, transcript: Transcript) -> Choice:
        """The reading of *transcript* to send, and whether it may run unseen (each reading
        weighed with a trial plan; the chosen one is then submitted, and that one counts)."""
        threshold = self.settings.voice.confidence
        return choose_reading(transcript, self.trial_plan, threshold)

    def trial_plan(self, text: str) -> Plan:
        """The local planner's plan for *text*, leaving the conversation as it is: push-to-talk
        weighs each reading of what it heard with it, then submits the chosen one, which
        counts. Raises RuntimeError before the home is loaded."""
        assistant = self.assistant
        if assistant is None:
            raise RuntimeError("no plan before the home is loaded")
        return assistant.planner.plan(
            text, area=assistant.area, conversation=copy.deepcopy(assistant.conversation)
        )
