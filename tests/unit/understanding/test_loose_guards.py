"""The loose reading (one device and one cue, no sentence rule) never drops a lock's or an
alarm's verb said beside another device, and never overrules a rule that asks back."""

from __future__ import annotations

from app.understanding.planner import Planner
from tests.helpers.small_homes import entity, home

_HOME = home(
    {"wohnzimmer": "Wohnzimmer", "flur": "Flur"},
    [
        entity("light.sofa", "Sofa Lamp", "wohnzimmer", "off", brightness=None),
        entity("lock.front", "Front Door", "flur", "locked"),
        entity("alarm_control_panel.home", "Alarmanlage", "flur", "armed_away"),
    ],
)


def test_a_lamp_and_an_unlock_in_one_german_sentence_is_never_just_the_lamp() -> None:
    planner = Planner(_HOME, "de")
    plan = planner.plan("schalte Sofa Lamp ein und entriegle die Haustür")
    assert not any(step.action == "light.turn_on" for step in plan.steps)
    assert plan.error is not None


def test_a_lamp_and_a_disarm_in_one_german_sentence_is_never_just_the_lamp() -> None:
    plan = Planner(_HOME, "de").plan("schalte Sofa Lamp ein und entschärfe die Alarmanlage")
    assert [step.action for step in plan.steps] != ["light.turn_on"]


def test_the_lamp_alone_is_still_read_loosely() -> None:
    plan = Planner(_HOME, "de").plan("schalte Sofa Lamp ein")
    assert [(step.action, step.targets) for step in plan.steps] == [
        ("light.turn_on", ["light.sofa"])
    ]


def test_a_rule_asking_back_is_not_overruled_by_a_loose_setting() -> None:
    radio = home(
        {"kukhnya": "Кухня"},
        [
            entity(
                "media_player.radio",
                "Радио",
                "kukhnya",
                "playing",
                volume_level=0.3,
                supported_features=4095,
                device_class="speaker",
            )
        ],
    )
    plan = Planner(radio, "ru").plan("увеличь громкость на кухне на 90")
    assert not plan.steps and plan.error is not None
