"""Traditional Chinese as Hong Kong (zh-HK, Cantonese) and Taiwan (zh-TW) say it, from their own
sentence folders (resources/sentences/zh-HK, zh-TW) added to Home Assistant's data of each:
Cantonese questions without "係" ("客廳有冇燈開著", "幾多盞燈關咗"), a device's state asked with a
particle ("書房燈開著咗？") while the bare "書房燈開" asks nothing, "將/張" before a lock, a room's
locks, brightness "調到" a value, Taiwanese temperature questions without a room and "所有電扇";
and spaces typed beside Chinese characters ("暫停 投影機") that separate nothing. The homes and
sentences are this file's own; plans that change something run on a virtual home."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.core.plan import Plan
from app.understanding.vocabulary import without_spaces_beside_spaceless
from tests.helpers.planned_home import PlannedHome
from tests.helpers.small_homes import entity


def _home(words: dict[str, str]) -> dict[str, Any]:
    """One home, named in the variant's words (*words*: study, hall, lamp, fan, door...)."""
    return {
        "areas": [
            {"id": "study", "name": words["study"]},
            {"id": "hall", "name": words["hall"]},
        ],
        "entities": [
            entity(
                "light.desk", words["lamp"], "study", "on", supported_color_modes=["brightness"]
            ),
            entity(
                "light.hall",
                words["hall_lamp"],
                "hall",
                "off",
                supported_color_modes=["brightness"],
            ),
            entity("fan.study", words["fan"], "study", "on", percentage=50),
            entity("fan.hall", words["fan2"], "hall", "on", percentage=50),
            entity("lock.door", words["door"], "hall", "unlocked", supported_features=0),
            entity(
                "climate.study",
                words["heater"],
                "study",
                "heat",
                hvac_modes=["off", "heat"],
                current_temperature=21.5,
                temperature=22,
                min_temp=5,
                max_temp=35,
                supported_features=1,
            ),
            entity(
                "media_player.projector",
                words["projector"],
                "hall",
                "playing",
                supported_features=21437,
                volume_level=0.3,
            ),
        ],
    }


HK = {
    "study": "書房",
    "hall": "大廳",
    "lamp": "書房燈",
    "hall_lamp": "大廳燈",
    "fan": "書房風扇",
    "fan2": "大廳風扇",
    "door": "大門",
    "heater": "書房暖爐",
    "projector": "投影機",
}
TW = {**HK, "heater": "書房暖氣", "projector": "投影機", "fan": "書房電扇", "fan2": "客廳電扇"}


@pytest.fixture
def hk() -> Iterator[PlannedHome]:
    s = PlannedHome(_home(HK), "zh-hk")
    yield s
    s.close()


@pytest.fixture
def tw() -> Iterator[PlannedHome]:
    s = PlannedHome(_home(TW), "zh-tw")
    yield s
    s.close()


def _changes(plan: Plan) -> list[tuple[str, list[str]]]:
    return [(s.action, list(s.targets)) for s in plan.steps if not s.read_only]


def _reads(plan: Plan) -> list[str]:
    return sorted(t for s in plan.steps if s.read_only for t in s.targets)


# -- Hong Kong -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("書房有冇燈開著？", ["light.desk"]),
        ("有幾多盞燈關咗", ["light.desk", "light.hall"]),
        ("邊啲燈係開著", ["light.desk", "light.hall"]),
        ("書房燈開著咗？", ["light.desk"]),
        ("大門鎖咗？", ["lock.door"]),
        ("大廳有冇門鎖著", ["lock.door"]),
    ],
)
def test_cantonese_questions_only_read(hk: PlannedHome, text: str, read: list[str]) -> None:
    plan = hk.say(text)
    assert _changes(plan) == []
    assert _reads(plan) == read


def test_cantonese_state_without_a_question_word_asks_nothing(hk: PlannedHome) -> None:
    assert _reads(hk.say("書房燈開")) == []


def test_cantonese_lock_commands(hk: PlannedHome) -> None:
    assert _changes(hk.say("張大門嘅鎖關上")) == [("lock.lock", ["lock.door"])]
    assert _changes(hk.say("大廳開鎖")) == [("lock.unlock", ["lock.door"])]
    assert _changes(hk.say("大廳上鎖")) == [("lock.lock", ["lock.door"])]


def test_cantonese_brightness_set_to_a_value(hk: PlannedHome) -> None:
    hk.say("調節書房燈亮度調到30")
    assert hk.entity("light.desk").attributes.get("brightness") == round(255 * 30 / 100)


def test_cantonese_temperature_of_a_room(hk: PlannedHome) -> None:
    plan = hk.say("書房依家幾度")
    assert _reads(plan) == ["climate.study"]
    assert plan.reply is not None and "21.5" in plan.reply


def test_spaces_beside_chinese_separate_nothing(hk: PlannedHome) -> None:
    assert _changes(hk.say("暫停 投影機")) == [
        ("media_player.media_pause", ["media_player.projector"])
    ]
    assert without_spaces_beside_spaceless("暫停 TV 嘅 音樂") == "暫停TV嘅音樂"
    assert without_spaces_beside_spaceless("turn on the tv") == "turn on the tv"


def test_korean_keeps_its_spaces() -> None:
    s = PlannedHome(
        {
            "areas": [{"id": "geosil", "name": "거실"}],
            "entities": [entity("light.a", "거실등", "geosil", "off")],
        },
        "ko",
    )
    try:
        assert _changes(s.say("거실등 켜 줘")) == [("light.turn_on", ["light.a"])]
    finally:
        s.close()


# -- Taiwan --------------------------------------------------------------------------------------


def test_taiwanese_temperature_without_a_room(tw: PlannedHome) -> None:
    plan = tw.say("現在多少度？")
    assert _changes(plan) == []
    assert _reads(plan) == ["climate.study"]


def test_taiwanese_every_fan_off(tw: PlannedHome) -> None:
    assert sorted(t for _, ts in _changes(tw.say("關掉所有電扇")) for t in ts) == [
        "fan.hall",
        "fan.study",
    ]


def test_taiwanese_a_rooms_lights_with_de(tw: PlannedHome) -> None:
    tw.say("把大廳的照明亮度調整到40%")
    assert tw.entity("light.hall").attributes.get("brightness") == round(255 * 40 / 100)


def test_taiwanese_a_device_in_a_room_asked_about(tw: PlannedHome) -> None:
    plan = tw.say("書房的書房燈是打開的嗎？")
    assert _changes(plan) == []
    assert _reads(plan) == ["light.desk"]
