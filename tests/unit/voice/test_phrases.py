"""The phrase list: the home's words and the language's command phrasing, only what the
model knows (unknown words split and joined back), no phrasing for devices the home lacks."""

from __future__ import annotations

import json

import pytest

from app.bootstrap import demo_home_source
from app.core.home import Home
from app.voice.errors import VoiceError
from app.voice.phrases import PhraseList, build_phrases, number_words, template_phrases
from tests.helpers.speech import korean_home


@pytest.fixture(scope="module")
def demo() -> Home:
    return Home.load(demo_home_source())


def test_the_homes_names_come_first_then_commands_with_them(demo: Home) -> None:
    phrases = build_phrases(demo, "en")
    names = {e.name.lower() for e in demo.exposed()} | {
        alias.lower() for e in demo.exposed() for alias in e.aliases
    }
    assert names <= set(phrases.phrases[: len(names) + 20])
    assert "the sofa lamp" in phrases.phrases  # a name after the word most often before it
    # ... and in commands (which ones of a template's fillings is the sampler's choice).
    assert any(p.startswith(("turn", "switch")) and "sofa lamp" in p for p in phrases.phrases)
    assert "living room" in phrases.phrases and "upstairs" in phrases.phrases
    assert phrases.language == "en"
    assert 1_000 < len(phrases.phrases) <= 20_000


def test_no_phrasing_for_devices_the_home_does_not_have() -> None:
    home = korean_home()  # lights, a fan, a lock, a TV: no covers, no vacuum
    phrases = build_phrases(home, "ko")
    text = " ".join(phrases.phrases)
    assert "블라인드" not in text and "커튼" not in text  # blinds, curtains
    assert "청소기" not in text  # a vacuum cleaner
    assert "거실 조명 켜줘" in phrases.phrases
    assert "선풍기 꺼줘" in phrases.phrases


def test_words_the_model_lacks_are_split_and_joined_back() -> None:
    vocabulary = {"거실", "조명", "선풍기", "켜줘", "꺼", "줘", "켜"}
    phrases = build_phrases(korean_home(), "ko", known=vocabulary.__contains__)
    assert "선풍기 꺼 줘" in phrases.phrases
    assert phrases.joins["꺼 줘"] == "꺼줘"
    assert all(w in vocabulary for p in phrases.phrases for w in p.split())
    assert phrases.restore("선풍기 꺼 줘") == "선풍기 꺼줘"
    assert phrases.restore("꺼 줘 꺼 줘") == "꺼줘 꺼줘"
    assert phrases.restore("꺼 줘요") == "꺼 줘요"  # whole words only


def test_the_homes_names_the_model_cannot_hear_are_reported() -> None:
    home = Home.from_dict(
        {"entities": [{"entity_id": "light.xq", "name": "Xyzzy Lamp"}], "areas": []}
    )
    known = {"lamp", "light", "turn", "on", "off", "the"}.__contains__
    phrases = build_phrases(home, "en", known=known)
    # The name's word is reported; so may be the kind words a light is called by ("bulb"),
    # but never a word the model knows.
    assert "xyzzy" in phrases.unknown
    assert not any(known(word) for word in phrases.unknown)
    assert "lamp" in phrases.phrases


def test_english_number_words_split_at_hyphens() -> None:
    assert "twenty-one" in number_words("en") and "21" in number_words("en")
    assert {"이십일", "스물하나"} <= set(number_words("ko"))
    known = lambda w: w.isalpha()  # noqa: E731 - no digits, no hyphens
    phrases = build_phrases(Home.load(demo_home_source()), "en", known=known)
    assert phrases.joins["twenty one"] == "twenty-one"
    assert phrases.restore("set the sofa lamp to twenty one percent").endswith("twenty-one percent")


def test_the_grammar_for_vosk() -> None:
    phrases = PhraseList("en", ["turn on the lamp", "lamp"], unknown_token="[unk]")
    assert json.loads(phrases.to_grammar()) == ["turn on the lamp", "lamp", "[unk]"]
    with pytest.raises(VoiceError, match="empty"):
        PhraseList("en", []).to_grammar()  # vosk crashes on an empty list: never handed one


def test_unknown_language() -> None:
    with pytest.raises(VoiceError, match="no sentence data"):
        build_phrases(korean_home(), "tlh")


def test_templates_are_cached_per_language() -> None:
    assert template_phrases("ko") is template_phrases("ko")
    assert all(p.words for p in template_phrases("ko"))
