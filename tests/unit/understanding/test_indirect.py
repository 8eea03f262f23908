"""Said about the room, not a device (issue 12): "I'm freezing", "it's roasting in the
study", "I can't see a thing in here", "it's way too loud" adjust the thermostat, the
lights or the player that is playing there; a question about the cold stays a question."""

from __future__ import annotations

from app.core.home import Home
from app.understanding import Planner

HOME = Home.from_dict(
    {
        "areas": [
            {"id": "office", "name": "Office", "aliases": ["study"]},
            {"id": "lounge", "name": "Lounge"},
        ],
        "entities": [
            {
                "entity_id": "climate.office",
                "name": "Office Radiator",
                "area": "office",
                "state": "heat",
                "attributes": {
                    "temperature": 18,
                    "current_temperature": 17,
                    "supported_features": 1,
                },
            },
            {
                "entity_id": "climate.lounge",
                "name": "Lounge Thermostat",
                "area": "lounge",
                "state": "heat",
                "attributes": {
                    "temperature": 20,
                    "current_temperature": 20,
                    "supported_features": 1,
                },
            },
            {
                "entity_id": "light.lounge",
                "name": "Lounge Lamp",
                "area": "lounge",
                "state": "on",
                "attributes": {"brightness": 128, "supported_color_modes": ["brightness"]},
            },
            {
                "entity_id": "media_player.tv",
                "name": "TV",
                "area": "lounge",
                "state": "playing",
                "attributes": {"volume_level": 0.5, "supported_features": 4},
            },
            {
                "entity_id": "sensor.outside",
                "name": "Outdoor Temperature",
                "state": "3",
                "attributes": {"device_class": "temperature", "unit_of_measurement": "°C"},
            },
        ],
    }
)


def _steps(text: str, area: str | None = None) -> list[tuple[str, list[str], dict[str, object]]]:
    plan = Planner(HOME, "en").plan(text, area=area)
    assert plan.error is None, (text, plan.reply)
    return [(s.action, s.targets, s.params) for s in plan.steps]


def test_cold_and_hot_in_a_room_named_by_its_alias() -> None:
    assert _steps("it's freezing in the study") == [
        ("climate.set_temperature", ["climate.office"], {"temperature": 19})
    ]
    assert _steps("the study is roasting") == [
        ("climate.set_temperature", ["climate.office"], {"temperature": 17})
    ]


def test_cold_said_here_is_this_rooms_thermostat() -> None:
    assert _steps("I'm really cold", area="lounge") == [
        ("climate.set_temperature", ["climate.lounge"], {"temperature": 21})
    ]


def test_too_dark_or_too_bright_here() -> None:
    assert _steps("I can't see a thing in here", area="lounge") == [
        ("light.turn_on", ["light.lounge"], {"brightness_step_pct": 20})
    ]
    assert _steps("bit too bright in here", area="lounge") == [
        ("light.turn_on", ["light.lounge"], {"brightness_step_pct": -20})
    ]


def test_too_loud_turns_down_what_is_playing() -> None:
    assert _steps("it's way too loud") == [
        ("media_player.volume_set", ["media_player.tv"], {"volume_level": 0.4})
    ]


def test_a_question_about_the_cold_changes_nothing() -> None:
    plan = Planner(HOME, "en").plan("is it cold outside")
    assert all(s.read_only for s in plan.steps)
