"""Names in every script: words written without spaces (Chinese, Japanese, Thai) are found
anywhere in the text, and combining marks (Devanagari, Malayalam and Thai vowel signs) stay
part of their word, so the home's names reach hassil in those languages too (issue 12)."""

from __future__ import annotations

from app.core.context import Conversation
from app.core.home import Home
from app.understanding import Planner
from app.understanding.vocabulary import normalize

HOME = Home.from_dict(
    {
        "areas": [
            {"id": "bedroom", "name": "卧室"},
            {"id": "kitchen", "name": "厨房"},
            {"id": "living", "name": "बैठक कोठा"},
        ],
        "entities": [
            {"entity_id": "switch.bedroom", "name": "卧室开关", "area": "bedroom", "state": "off"},
            {"entity_id": "switch.kitchen", "name": "厨房开关", "area": "kitchen", "state": "off"},
            {"entity_id": "light.bedroom", "name": "卧室灯", "area": "bedroom", "state": "off"},
            {"entity_id": "media_player.tv", "name": "TV", "area": "bedroom", "state": "playing"},
        ],
    }
)


def _plan(text: str, language: str = "zh-cn") -> tuple[str, list[str]] | None:
    plan = Planner(HOME, language).plan(text, conversation=Conversation("t"))
    if plan.error is not None or not plan.steps:
        return None
    (step,) = plan.steps
    return step.action, step.targets


def test_a_name_without_spaces_around_it_is_found() -> None:
    assert _plan("打开卧室开关") == ("switch.turn_on", ["switch.bedroom"])
    assert _plan("把厨房开关关掉") == ("switch.turn_off", ["switch.kitchen"])
    # The other switch's name is in no sentence: never picked.
    assert _plan("打开卧室灯") == ("light.turn_on", ["light.bedroom"])


def test_a_latin_name_inside_chinese_text_is_a_word_of_its_own() -> None:
    assert _plan("暂停TV") == ("media_player.media_pause", ["media_player.tv"])


def test_marks_stay_part_of_their_word() -> None:
    # Devanagari vowel signs and the virama are combining marks, not punctuation.
    assert normalize("बैठक कोठाको बत्ती।") == "बैठक कोठाको बत्ती"
    assert normalize("ലിവിങ് റൂമിലെ ലൈറ്റ്") == "ലിവിങ് റൂമിലെ ലൈറ്റ്"
    assert normalize("เปิดไฟห้องนั่งเล่น") == "เปิดไฟห้องนั่งเล่น"
    # Punctuation of every script still goes; English is read as before.
    assert normalize("打开卧室的灯。") == "打开卧室的灯"
    assert normalize("Leo's lamp, 21.5° please!") == "leo's lamp 21.5 ° please"
    assert normalize("turn on the lamp... now") == "turn on the lamp now"
