"""Nordic, Finnish, Greek, Hungarian and Romanian commands and questions as people say them:
the temperature asked for or set with no room known (``without_room``), every light of the
home or of a room said in the language's own order, locks of a room, brightness said before
the lamp, and who is somewhere."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import Plan
from app.understanding.planner import Planner
from app.understanding.sentences import _without_room

_DIM = {"supported_color_modes": ["hs", "brightness"], "brightness": 120}
_HEAT = {
    "hvac_modes": ["off", "heat"],
    "temperature": 19,
    "current_temperature": 18.5,
    "min_temp": 5,
    "max_temp": 30,
}


def _home(rooms: dict[str, str], entities: list[tuple[str, str, str, str]]) -> dict[str, Any]:
    """A home of *rooms* (id: name) and *entities* (entity id, name, room id, state)."""
    out = []
    for entity_id, name, room, state in entities:
        domain = entity_id.split(".", 1)[0]
        attributes = {"light": _DIM, "climate": _HEAT}.get(domain, {})
        out.append(
            {
                "entity_id": entity_id,
                "name": name,
                "state": state,
                "area": room or None,
                "attributes": attributes,
            }
        )
    return {"areas": [{"id": k, "name": v} for k, v in rooms.items()], "entities": out}


def _plan(language: str, home: dict[str, Any], text: str) -> Plan:
    return Planner(Home.from_dict(home), language).plan(text, conversation=Conversation("c"))


def _steps(plan: Plan) -> list[tuple[str, list[str]]]:
    return [(step.action, sorted(step.targets)) for step in plan.steps]


def _asked(plan: Plan) -> bool:
    return not plan.steps and plan.error is not None and plan.error.code.value == "ambiguous"


def test_only_sentences_needing_nothing_but_the_room_are_copied() -> None:
    data: dict[str, Any] = {
        "intents": {
            "HassClimateGetTemperature": {
                "data": [
                    {"sentences": ["how warm"], "requires_context": {"area": {"slot": True}}},
                    {"sentences": ["warm {name}"], "requires_context": {"domain": "climate"}},
                ]
            },
            "HassTurnOn": {
                "data": [{"sentences": ["lights"], "requires_context": {"area": {"slot": True}}}]
            },
        }
    }
    _without_room(data, ["HassClimateGetTemperature", "HassMissing"])
    blocks = data["intents"]["HassClimateGetTemperature"]["data"]
    assert blocks[-1] == {"sentences": ["how warm"]}
    assert len(blocks) == 3
    # An intent not listed keeps needing the room.
    assert len(data["intents"]["HassTurnOn"]["data"]) == 1


ONE_THERMOSTAT = {
    "nb": _home(
        {"kontor": "Kontor", "gang": "Gang"},
        [("climate.ovn", "Panelovn", "kontor", "heat"), ("light.tak", "Taklys", "gang", "off")],
    ),
    "da": _home(
        {"kontor": "Kontor"},
        [("climate.radiator", "Radiator", "kontor", "heat")],
    ),
    "fi": _home(
        {"tyohuone": "Työhuone"},
        [("climate.patteri", "Patteri", "tyohuone", "heat")],
    ),
    "hu": _home(
        {"dolgozo": "Dolgozó"},
        [("climate.kazan", "Kazán", "dolgozo", "heat")],
    ),
    "sv": _home(
        {"kontor": "Kontor"},
        [("climate.element", "Element", "kontor", "heat")],
    ),
    "ro": _home(
        {"birou": "Birou"},
        [("climate.calorifer", "Calorifer", "birou", "heat")],
    ),
}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "hvor varmt er det"),
        ("nb", "hva er temperaturen"),
        ("da", "hvad er temperaturen"),
        ("fi", "kerro lämpötila nyt"),
        ("hu", "hány fok van"),
        ("ro", "care e temperatura"),
    ],
)
def test_temperature_asked_with_no_room_reads_the_one_thermostat(language: str, text: str) -> None:
    plan = _plan(language, ONE_THERMOSTAT[language], text)
    assert [(s.action, s.read_only) for s in plan.steps] == [("state.get", True)]
    assert plan.steps[0].targets[0].startswith("climate.")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "juster temperaturen til 22 grader"),
        ("da", "sæt temperaturen til 22 grader"),
        ("sv", "sätt temperaturen till 22 grader"),
        ("fi", "aseta lämpötila 22 astetta"),
    ],
)
def test_temperature_set_with_no_room_sets_the_one_thermostat(language: str, text: str) -> None:
    plan = _plan(language, ONE_THERMOSTAT[language], text)
    assert [s.action for s in plan.steps] == ["climate.set_temperature"]
    assert plan.steps[0].params.get("temperature") == 22


def test_temperature_set_with_no_room_and_two_thermostats_is_asked() -> None:
    home = _home(
        {"kontor": "Kontor", "soverom": "Soverom"},
        [
            ("climate.ovn", "Panelovn", "kontor", "heat"),
            ("climate.varmekabel", "Varmekabel", "soverom", "heat"),
        ],
    )
    assert _asked(_plan("nb", home, "sett temperaturen til 21"))


NB_HOME = _home(
    {"stue": "Stue", "gang": "Gang"},
    [
        ("light.sofa", "Sofalampe", "stue", "on"),
        ("light.vindu", "Vinduslampe", "stue", "on"),
        ("light.gang", "Gangtak", "gang", "on"),
        ("media_player.radio", "Radio", "stue", "playing"),
    ],
)


def test_nb_every_light_of_a_room_with_the_room_after() -> None:
    plan = _plan("nb", NB_HOME, "slukk alle lysene stue")
    assert _steps(plan) == [("light.turn_off", ["light.sofa", "light.vindu"])]


def test_nb_player_said_first_goes_back() -> None:
    plan = _plan("nb", NB_HOME, "radio gå tilbake")
    assert _steps(plan) == [("media_player.media_previous_track", ["media_player.radio"])]


def test_nb_next_song_with_play() -> None:
    plan = _plan("nb", NB_HOME, "spill av neste låt på radio")
    assert _steps(plan) == [("media_player.media_next_track", ["media_player.radio"])]


def test_sv_every_light_of_the_home() -> None:
    home = _home(
        {"hall": "Hall", "kok": "Kök"},
        [("light.hall", "Hallampa", "hall", "on"), ("light.kok", "Köksfönster", "kok", "on")],
    )
    plan = _plan("sv", home, "släck allt ljus")
    assert _steps(plan) == [("light.turn_off", ["light.hall", "light.kok"])]


def test_da_every_lock_of_a_room() -> None:
    home = _home(
        {"bryggers": "Bryggers", "stue": "Stue"},
        [
            ("lock.bagdor", "Bagdør", "bryggers", "unlocked"),
            ("lock.havedor", "Havedør", "bryggers", "unlocked"),
            ("lock.terrasse", "Terrassedør", "stue", "unlocked"),
        ],
    )
    plan = _plan("da", home, "lås alle døre i bryggerset")
    assert _steps(plan) == [("lock.lock", ["lock.bagdor", "lock.havedor"])]


def test_fi_device_named_with_its_room_in_any_order() -> None:
    home = _home(
        {"tyohuone": "Työhuone", "sauna": "Sauna"},
        [
            ("light.lukuvalo", "Lukuvalo", "tyohuone", "on"),
            ("light.sauna", "Lauteet", "sauna", "on"),
        ],
    )
    plan = _plan("fi", home, "sammuta alueen työhuone lukuvalo")
    assert _steps(plan) == [("light.turn_off", ["light.lukuvalo"])]


def test_ro_brightness_said_before_the_lamp() -> None:
    home = _home(
        {"birou": "Birou"},
        [("light.veioza", "Veioza", "birou", "on"), ("light.spot", "Spot", "birou", "on")],
    )
    plan = _plan("ro", home, "pune la 30 luminozitatea de la veioza")
    assert _steps(plan) == [("light.turn_on", ["light.veioza"])]
    assert plan.steps[0].params.get("brightness_pct") == 30


def test_el_colour_said_before_the_lamp() -> None:
    home = _home(
        {"grafeio": "Γραφείο"},
        [
            ("light.portatif", "Πορτατίφ", "grafeio", "on"),
            ("light.taki", "Ταβάνι", "grafeio", "on"),
        ],
    )
    plan = _plan("el", home, "άλλαξε σε μπλε το πορτατίφ")
    assert _steps(plan) == [("light.turn_on", ["light.portatif"])]
    assert plan.steps[0].params.get("color_name") == "blue"


def test_hu_everyone_somewhere_reads_the_people() -> None:
    home = _home(
        {"nappali": "Nappali"},
        [("person.anna", "Anna", "", "home"), ("person.bence", "Bence", "", "not_home")],
    )
    plan = _plan("hu", home, "mindenki otthon van")
    assert [(s.action, s.read_only) for s in plan.steps] == [("state.get", True)]
    assert sorted(plan.steps[0].targets) == ["person.anna", "person.bence"]


def test_da_locks_asked_about_in_the_plural_only_read() -> None:
    home = _home(
        {"gang": "Gang"},
        [
            ("lock.fordor", "Fordør", "gang", "unlocked"),
            ("lock.kaelder", "Kælderdør", "", "locked"),
        ],
    )
    plan = _plan("da", home, "er der nogen ulåste døre")
    assert [(s.action, s.read_only) for s in plan.steps] == [("state.get", True)]
    # Danish question rules (da/questions.yaml) read the unlocked ones and say so.
    assert sorted(plan.steps[0].targets) == ["lock.fordor"]
    assert plan.reply == "Ja, 1 (dør): ulåst (Fordør)."
