"""The voice engine's phrase list is kept for the home object it was built for, never for an
id: a home loaded again after Home Assistant renamed a device may take the freed home's id
(and its revision 0), and must still be heard by its new names."""

from __future__ import annotations

import pytest

import app.voice.engine as voice_engine
from app.voice.phrases import build_phrases
from tests.helpers.speech import korean_engine, korean_home


def test_a_voice_phrase_list_belongs_to_its_home_not_to_an_id(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engine = korean_engine()
    # Every object has one id in the engine's module, as two do when the first was freed.
    monkeypatch.setattr(voice_engine, "id", lambda _: 1, raising=False)
    first = korean_home()
    engine.phrases_for(first, "ko")
    refreshed = korean_home()  # loaded again after the fan was renamed in Home Assistant
    refreshed.entities["fan.bedroom"].name = "에어컨"
    phrases = engine.phrases_for(refreshed, "ko")
    assert (
        phrases.phrases
        == build_phrases(
            refreshed, "ko", known=engine.known_word, unknown_token=engine.unknown_token
        ).phrases
    )
    assert phrases is engine.phrases_for(refreshed, "ko")  # and kept for that home
