"""Hungarian as people type it: names and rooms said with their case endings ("az
étkezőben", "a dolgozószobai lámpát"), a device's name before a room's lights said with the
same words, "villany" for the lights, the name with its verb prefix alone ("bojler ki"), a
brightness or volume said without a verb, a number-ended name with its hyphened ending, the
loose reading's Hungarian cues and numbers, and remarks about a room (dark, cold, stuffy,
crumbs) and wishes (a tea) with the one sensible action."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.home import Home
from app.core.plan import Plan
from app.understanding.planner import Planner

_DIM = {"supported_color_modes": ["brightness"], "brightness": 100}
_HEAT = {
    "hvac_modes": ["off", "heat"],
    "temperature": 20,
    "current_temperature": 19,
    "min_temp": 5,
    "max_temp": 30,
}
_PLAYER = {"volume_level": 0.4, "supported_features": 4 | 8 | 256 | 16384 | 1}


def _entity(entity_id: str, name: str, area: str, state: str) -> dict[str, Any]:
    domain = entity_id.split(".", 1)[0]
    kinds: dict[str, dict[str, Any]] = {"light": _DIM, "climate": _HEAT, "media_player": _PLAYER}
    attributes = kinds.get(domain, {})
    return {
        "entity_id": entity_id,
        "name": name,
        "state": state,
        "area": area,
        "attributes": dict(attributes),
    }


HOME: dict[str, Any] = {
    "areas": [
        {"id": "etkezo", "name": "Étkező"},
        {"id": "dolgozo", "name": "Dolgozószoba"},
        {"id": "kamra", "name": "Kamra"},
        {"id": "mosokonyha", "name": "Mosókonyha"},
    ],
    "entities": [
        _entity("light.etkezo_lampa", "Étkező lámpa", "etkezo", "off"),
        _entity("light.vitrin", "Vitrinvilágítás", "etkezo", "off"),
        _entity("light.dolgozo_lampa", "Dolgozószobai lámpa", "dolgozo", "on"),
        _entity("light.kamra_lampa", "Kamra lámpa", "kamra", "off"),
        _entity("light.spot_3", "Spot 3", "etkezo", "off"),
        _entity("switch.bojler", "Bojler", "mosokonyha", "on"),
        _entity("switch.teafozo", "Vízforraló", "etkezo", "off"),
        _entity("climate.konvektor", "Konvektor", "dolgozo", "off"),
        _entity("fan.szellozo", "Szellőztető", "mosokonyha", "off"),
        _entity("media_player.hifi", "Hifi", "etkezo", "playing"),
        _entity("vacuum.robi", "Robi", "etkezo", "docked"),
    ],
}


def _planner() -> Planner:
    return Planner(Home.from_dict(HOME), "hu")


def _steps(plan: Plan) -> list[tuple[str, list[str], dict[str, Any]]]:
    return [(s.action, sorted(s.targets), dict(s.params)) for s in plan.steps]


@pytest.mark.parametrize(
    ("text", "area", "steps"),
    [
        # A device's name said with the accusative is the device, not the room's lights.
        ("kapcsold fel az étkező lámpát", None, [("light.turn_on", ["light.etkezo_lampa"], {})]),
        # Typed without accents.
        ("kapcsold fel az etkezo lampat", None, [("light.turn_on", ["light.etkezo_lampa"], {})]),
        # "villany" for the lights, in the room said with its ending or where one is.
        (
            "kapcsold fel a villanyt a kamrában",
            None,
            [("light.turn_on", ["light.kamra_lampa"], {})],
        ),
        ("kapcsold le a villanyt", "dolgozo", [("light.turn_off", ["light.dolgozo_lampa"], {})]),
        ("kamra villany fel", None, [("light.turn_on", ["light.kamra_lampa"], {})]),
        # The name and the verb prefix alone.
        ("bojler ki", None, [("switch.turn_off", ["switch.bojler"], {})]),
        ("a vízforralót meg kapcsold be", None, [("switch.turn_on", ["switch.teafozo"], {})]),
        # A number-ended name with its hyphened ending.
        ("kapcsold fel a spot 3-at", None, [("light.turn_on", ["light.spot_3"], {})]),
        # Brightness and volume said without a verb.
        (
            "vitrinvilágítás 40 százalékra",
            None,
            [("light.turn_on", ["light.vitrin"], {"brightness_pct": 40})],
        ),
        (
            "hifi hangerő 30 százalék",
            None,
            [("media_player.volume_set", ["media_player.hifi"], {"volume_level": 0.3})],
        ),
        # A temperature for a device named with the room after it.
        (
            "állítsd a konvektort 22 fokra a dolgozószobában",
            None,
            [("climate.set_temperature", ["climate.konvektor"], {"temperature": 22})],
        ),
    ],
)
def test_commands_as_typed(
    text: str, area: str | None, steps: list[tuple[str, list[str], dict[str, Any]]]
) -> None:
    assert _steps(_planner().plan(text, area=area)) == steps


def test_lights_said_in_the_plural_stay_every_light_of_the_room() -> None:
    plan = _planner().plan("kapcsold fel a lámpákat az étkezőben")
    assert _steps(plan) == [
        ("light.turn_on", ["light.etkezo_lampa", "light.spot_3", "light.vitrin"], {})
    ]


def test_loose_cues_and_number_words_are_read_and_confirmed() -> None:
    plan = _planner().plan("vedd lejjebb a vitrinvilágítást")
    assert [s.action for s in plan.steps] == ["light.turn_on"]
    assert plan.steps[0].params.get("brightness_step_pct", 0) < 0
    assert plan.needs_confirmation
    plan = _planner().plan("vitrinvilágítás hetvenre")
    assert _steps(plan) == [("light.turn_on", ["light.vitrin"], {"brightness_pct": 70})]


@pytest.mark.parametrize(
    ("text", "action", "target"),
    [
        ("túl sötét van a kamrában", "light.turn_on", "light.kamra_lampa"),
        ("nagyon fázom a dolgozószobában", "climate.set_hvac_mode", "climate.konvektor"),
        ("tiszta sár az étkező", "vacuum.start", "vacuum.robi"),
        ("teát főznék", "switch.turn_on", "switch.teafozo"),
    ],
)
def test_remarks_and_wishes_take_the_one_sensible_action(
    text: str, action: str, target: str
) -> None:
    plan = _planner().plan(text)
    assert [(s.action, s.targets) for s in plan.steps][:1] == [(action, [target])]


def test_a_remark_about_the_weather_outside_runs_nothing() -> None:
    plan = _planner().plan("holnap hideg lesz kint")
    assert not [s for s in plan.steps if not s.read_only]
