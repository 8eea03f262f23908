"""Italian and Dutch: a light said by one word and its room is the room's light called so, an
item said to a list loses its article (also elided: "l'acqua"), and a light that only
switches on and off is never "set to 50 %": said so, nothing changes."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.understanding.list_items import said_item
from app.understanding.planner import Planner
from tests.helpers.small_homes import entity

_DIM = {"supported_color_modes": ["brightness"], "brightness": 100}
_ONOFF = {"supported_color_modes": ["onoff"]}


def _light(
    entity_id: str, name: str, area: str, attributes: dict[str, Any] = _DIM
) -> dict[str, Any]:
    return {
        "entity_id": entity_id,
        "name": name,
        "state": "off",
        "area": area,
        "attributes": attributes,
    }


IT = {
    "areas": [{"id": "bagno", "name": "Bagno"}, {"id": "studio", "name": "Studio"}],
    "entities": [
        _light("light.luce_bagno", "Luce bagno", "bagno"),
        _light("light.specchio", "Specchio", "bagno"),
        _light("light.scrivania", "Lampada scrivania", "studio"),
        _light("light.libreria", "Lampada libreria", "studio"),
        {"entity_id": "todo.spesa", "name": "Spesa", "state": "0", "attributes": {}},
    ],
}
NL = {
    "areas": [
        {"id": "kantoor", "name": "Werkkamer", "aliases": ["Kantoor"]},
        {"id": "schuur", "name": "Schuur"},
        {"id": "keuken", "name": "Keuken"},
    ],
    "entities": [
        _light("light.lamp_werkkamer", "Lamp werkkamer", "kantoor"),
        _light("light.bureau", "Bureaulamp", "kantoor"),
        _light("light.schuur", "Schuurlamp", "schuur", _ONOFF),
        _light("light.keuken", "Keukenverlichting", "keuken"),
        _light("light.hanglamp", "Hanglamp keuken", "keuken"),
        {"entity_id": "todo.boodschappen", "name": "Boodschappen", "state": "0", "attributes": {}},
    ],
}


def _plan(language: str, home: dict[str, Any], text: str) -> Any:
    return Planner(Home.from_dict(home), language).plan(text, conversation=Conversation("c"))


def _targets(language: str, home: dict[str, Any], text: str) -> list[list[str]]:
    return [sorted(step.targets) for step in _plan(language, home, text).steps]


@pytest.mark.parametrize(
    ("language", "home", "text", "expected"),
    [
        ("it", IT, "accendi la luce del bagno", [["light.luce_bagno"]]),
        ("it", IT, "accendi le luci del bagno", [["light.luce_bagno", "light.specchio"]]),
        ("it", IT, "accendi tutte le luci del bagno", [["light.luce_bagno", "light.specchio"]]),
        ("nl", NL, "zet de lamp in het kantoor op 60 procent", [["light.lamp_werkkamer"]]),
        ("nl", NL, "doe de lampen in de werkkamer aan", [["light.bureau", "light.lamp_werkkamer"]]),
        # "het licht" is the room's light, every one of them, as in English.
        ("nl", NL, "doe het licht in de keuken aan", [["light.hanglamp", "light.keuken"]]),
    ],
)
def test_one_light_called_by_word_and_room(
    language: str, home: dict[str, Any], text: str, expected: list[list[str]]
) -> None:
    assert _targets(language, home, text) == expected


def test_one_light_word_with_no_light_called_so_asks() -> None:
    """ "Accendi la lampada dello studio": both lights there are lamps, neither is just
    "lampada" and the room, so Hearth asks which, instead of switching on both."""
    plan = _plan("it", IT, "accendi la lampada dello studio")
    assert not plan.steps
    assert plan.error is not None and plan.error.code.value == "ambiguous"


@pytest.mark.parametrize(
    ("language", "said", "item"),
    [
        ("it", "il latte", "latte"),
        ("it", "l'acqua", "acqua"),
        ("it", "un po' di pane", "pane"),
        ("it", "dell'olio", "olio"),
        ("it", "la pasta fresca", "pasta fresca"),
        ("nl", "de melk", "melk"),
        ("nl", "nog wat brood", "brood"),
        ("nl", "het wc-papier", "wc-papier"),
    ],
)
def test_list_item_loses_its_article(language: str, said: str, item: str) -> None:
    assert said_item(said, language) == item


@pytest.mark.parametrize(
    ("language", "home", "text", "item"),
    [
        ("it", IT, "aggiungi il latte alla spesa", "latte"),
        ("it", IT, "aggiungi l'acqua alla lista della spesa", "acqua"),
        ("nl", NL, "zet de melk op de boodschappenlijst", "melk"),
    ],
)
def test_item_added_without_its_article(
    language: str, home: dict[str, Any], text: str, item: str
) -> None:
    plan = _plan(language, home, text)
    assert [(s.action, s.params.get("item")) for s in plan.steps] == [("todo.add_item", item)]


@pytest.mark.parametrize(
    ("language", "text"),
    [("nl", "zet de schuurlamp op 50 procent"), ("en", "set the schuurlamp to 50%")],
)
def test_an_on_off_light_is_not_dimmed(language: str, text: str) -> None:
    plan = _plan(language, NL, text)
    assert not plan.steps
    assert plan.error is not None and plan.error.code.value == "unsupported"


def test_a_room_dimmed_sets_only_the_lights_that_dim() -> None:
    home = {
        "areas": [{"id": "schuur", "name": "Schuur"}],
        "entities": [
            _light("light.schuur", "Schuurlamp", "schuur", _ONOFF),
            _light("light.werkbank", "Werkbank", "schuur"),
        ],
    }
    plan = _plan("en", home, "set the schuur lights to 40%")
    assert [sorted(s.targets) for s in plan.steps] == [["light.werkbank"]]
    assert plan.steps[0].params.get("brightness_pct") == 40


_PLAYER = {"supported_features": 24509, "volume_level": 0.3}
_SHUTTER = {"device_class": "shutter", "supported_features": 15, "current_position": 100}
_HEAT = {
    "hvac_modes": ["off", "heat"],
    "preset_modes": ["eco", "comfort"],
    "temperature": 20,
    "current_temperature": 19,
    "min_temp": 7,
    "max_temp": 30,
    "supported_features": 17,
}
_SHADES = {
    "supported_color_modes": ["color_temp"],
    "brightness": 100,
    "color_temp_kelvin": 3000,
    "min_color_temp_kelvin": 2000,
    "max_color_temp_kelvin": 6500,
}

VILLA = {
    "areas": [
        {"id": "soggiorno", "name": "Soggiorno", "aliases": ["Sala"]},
        {"id": "cucina", "name": "Cucina"},
        {"id": "cameretta", "name": "Cameretta"},
    ],
    "entities": [
        entity("light.luce_soggiorno", "Luce soggiorno", "soggiorno", "on", **_SHADES),
        entity("light.terra", "Lampada da terra", "soggiorno", "off", **_DIM),
        entity("light.faretti", "Faretti cucina", "cucina", "on", **_DIM),
        entity("cover.tapparella", "Tapparella soggiorno", "soggiorno", "open", **_SHUTTER),
        entity("climate.termostato", "Termostato", "soggiorno", "heat", **_HEAT),
        entity("climate.termosifone", "Termosifone cameretta", "cameretta", "heat", **_HEAT),
        entity("fan.ventilatore", "Ventilatore", "cameretta", "off", supported_features=1),
        entity("media_player.tv", "Samsung", "soggiorno", "on", device_class="tv", **_PLAYER),
        entity("media_player.radio", "Radio", "cucina", "playing", **_PLAYER),
    ],
}
HOUSE = {
    "areas": [
        {"id": "woonkamer", "name": "Woonkamer"},
        {"id": "werkkamer", "name": "Werkkamer"},
        {"id": "keuken", "name": "Keuken"},
    ],
    "entities": [
        entity("light.plafond", "Plafondlamp", "woonkamer", "on", **_SHADES),
        entity("light.bureaulamp", "Bureaulamp", "werkkamer", "on", **_DIM),
        entity("light.plafond_keuken", "Plafondlamp", "keuken", "on", **_DIM),
        entity("climate.thermostaat", "Thermostaat", "woonkamer", "heat", **_HEAT),
        entity("fan.dyson", "Dyson", "werkkamer", "off", supported_features=1),
        entity("media_player.radio", "Radio", "keuken", "playing", **_PLAYER),
        entity("media_player.tv", "Samsung", "woonkamer", "on", device_class="tv", **_PLAYER),
    ],
}


@pytest.mark.parametrize(
    ("language", "home", "text", "action", "targets", "params"),
    [
        ("it", VILLA, "luce soggiorno spenta", "light.turn_off", ["light.luce_soggiorno"], {}),
        (
            "it",
            VILLA,
            "tapparella soggiorno al 30 per cento",
            "cover.set_cover_position",
            ["cover.tapparella"],
            {"position": 30},
        ),
        (
            "it",
            VILLA,
            "accendi la lampada da terra al 40 per cento",
            "light.turn_on",
            ["light.terra"],
            {"brightness_pct": 40},
        ),
        (
            "it",
            VILLA,
            "faretti cucina al 100",
            "light.turn_on",
            ["light.faretti"],
            {"brightness_pct": 100},
        ),
        (
            "it",
            VILLA,
            "alza un po' la luce del soggiorno",
            "light.turn_on",
            ["light.luce_soggiorno"],
            {"brightness_step_pct": 20},
        ),
        (
            "it",
            VILLA,
            "abbassa la luce del soggiorno",
            "light.turn_on",
            ["light.luce_soggiorno"],
            {"brightness_step_pct": -20},
        ),
        (
            "it",
            VILLA,
            "alza di due gradi il termosifone della cameretta",
            "climate.set_temperature",
            ["climate.termosifone"],
            {"temperature": 22},
        ),
        (
            "it",
            VILLA,
            "accendi il termostato a 23 gradi",
            "climate.set_temperature",
            ["climate.termostato"],
            {"temperature": 23},
        ),
        (
            "it",
            VILLA,
            "imposta il termostato in modalità eco",
            "climate.set_preset_mode",
            ["climate.termostato"],
            {"preset_mode": "eco"},
        ),
        (
            "it",
            VILLA,
            "accendi il ventilatore al massimo",
            "fan.set_percentage",
            ["fan.ventilatore"],
            {"percentage": 100},
        ),
        (
            "it",
            VILLA,
            "metti il ventilatore al 50 per cento",
            "fan.set_percentage",
            ["fan.ventilatore"],
            {"percentage": 50},
        ),
        (
            "it",
            VILLA,
            "volume della tele al 10 per cento",
            "media_player.volume_set",
            ["media_player.tv"],
            {"volume_level": 0.1},
        ),
        ("it", VILLA, "spegni la tele", "media_player.turn_off", ["media_player.tv"], {}),
        ("nl", HOUSE, "doe de radio uit", "media_player.turn_off", ["media_player.radio"], {}),
        (
            "nl",
            HOUSE,
            "volume van de tv op 15 procent",
            "media_player.volume_set",
            ["media_player.tv"],
            {"volume_level": 0.15},
        ),
        (
            "nl",
            HOUSE,
            "zet de thermostaat een graad lager",
            "climate.set_temperature",
            ["climate.thermostaat"],
            {"temperature": 19},
        ),
        (
            "nl",
            HOUSE,
            "draai de verwarming een graadje hoger",
            "climate.set_temperature",
            ["climate.thermostaat"],
            {"temperature": 21},
        ),
        (
            "nl",
            HOUSE,
            "zet de verwarming op 20",
            "climate.set_temperature",
            ["climate.thermostaat"],
            {"temperature": 20},
        ),
        (
            "nl",
            HOUSE,
            "maak de bureaulamp wat feller",
            "light.turn_on",
            ["light.bureaulamp"],
            {"brightness_step_pct": 20},
        ),
        (
            "nl",
            HOUSE,
            "dim de bureaulamp een beetje",
            "light.turn_on",
            ["light.bureaulamp"],
            {"brightness_step_pct": -20},
        ),
        ("nl", HOUSE, "plafondlamp woonkamer uit", "light.turn_off", ["light.plafond"], {}),
        (
            "nl",
            HOUSE,
            "zet de Dyson op 40 procent",
            "fan.set_percentage",
            ["fan.dyson"],
            {"percentage": 40},
        ),
    ],
)
def test_commands(
    language: str,
    home: dict[str, Any],
    text: str,
    action: str,
    targets: list[str],
    params: dict[str, Any],
) -> None:
    plan = _plan(language, home, text)
    assert [(s.action, sorted(s.targets)) for s in plan.steps] == [(action, targets)]
    assert params.items() <= plan.steps[0].params.items()


@pytest.mark.parametrize(
    ("text", "shade"), [("maak de plafondlamp in de woonkamer wat warmer", "warm")]
)
def test_dutch_light_warmer(text: str, shade: str) -> None:
    plan = _plan("nl", HOUSE, text)
    assert [sorted(s.targets) for s in plan.steps] == [["light.plafond"]]
    assert plan.steps[0].params["color_temp_kelvin"] < 3000


STOVE = {
    "areas": [{"id": "sala", "name": "Sala"}],
    "entities": [
        entity(
            "climate.stufa",
            "Stufa a pellet",
            "sala",
            "off",
            hvac_modes=["off", "heat"],
            temperature=20,
            min_temp=7,
            max_temp=30,
            supported_features=1,
        ),
        entity(
            "climate.split",
            "Split",
            "sala",
            "off",
            hvac_modes=["off", "heat", "cool"],
            temperature=20,
            min_temp=16,
            max_temp=30,
            supported_features=1,
        ),
    ],
}


def test_a_stove_turned_on_to_a_temperature_is_switched_on_in_its_one_mode() -> None:
    plan = _plan("it", STOVE, "accendi la stufa a pellet a 23 gradi")
    assert [(s.action, s.params) for s in plan.steps] == [
        ("climate.set_temperature", {"temperature": 23, "hvac_mode": "heat"})
    ]


def test_a_unit_with_several_modes_is_not_guessed_into_one() -> None:
    """ "Accendi lo split a 23 gradi": heat or cool was not said; only the temperature."""
    plan = _plan("it", STOVE, "accendi lo split a 23 gradi")
    assert [(s.action, s.params) for s in plan.steps] == [
        ("climate.set_temperature", {"temperature": 23})
    ]


def test_set_to_a_temperature_leaves_an_off_stove_off() -> None:
    """ "Metti la stufa a 22" sets the temperature only: no verb asked to switch it on."""
    plan = _plan("it", STOVE, "metti la stufa a pellet a 22")
    assert [(s.action, s.params) for s in plan.steps] == [
        ("climate.set_temperature", {"temperature": 22})
    ]


SPOTS = {
    "areas": [{"id": "keuken", "name": "Keuken"}, {"id": "woonkamer", "name": "Woonkamer"}],
    "entities": [
        entity("light.spots_keuken", "Spotjes keuken", "keuken", "on", **_DIM),
        entity("light.spots_woonkamer", "Woonkamer spotjes", "woonkamer", "on", **_DIM),
        entity("light.luce", "Lamp keuken", "keuken", "on", **_DIM),
    ],
}


@pytest.mark.parametrize(
    ("text", "area", "expected"),
    [
        ("doe de spotjes in de woonkamer uit", None, [["light.spots_woonkamer"]]),
        ("zet de spotjes in de keuken op 30%", None, [["light.spots_keuken"]]),
        ("doe de spotjes uit", "keuken", [["light.spots_keuken"]]),
        ("spotjes uit", None, []),  # one in each room, none said: asked which
    ],
)
def test_a_name_said_without_its_room(
    text: str, area: str | None, expected: list[list[str]]
) -> None:
    plan = Planner(Home.from_dict(SPOTS), "nl").plan(
        text, area=area, conversation=Conversation("c")
    )
    assert [sorted(s.targets) for s in plan.steps] == expected
    if not expected:
        assert plan.error is not None and plan.error.code.value == "ambiguous"


def test_a_name_that_is_the_kinds_word_and_its_room_is_not_cut() -> None:
    """ "Lamp keuken" gives no device named "lamp": "doe de lamp uit" said in the living
    room is not the kitchen's lamp."""
    plan = Planner(Home.from_dict(SPOTS), "nl").plan(
        "doe de lamp in de woonkamer uit", conversation=Conversation("c")
    )
    assert all("light.luce" not in s.targets for s in plan.steps)


def test_italian_name_said_without_its_room() -> None:
    home = {
        "areas": [{"id": "cucina", "name": "Cucina"}],
        "entities": [
            entity("light.faretti", "Faretti cucina", "cucina", "on", **_DIM),
            entity("light.luce", "Luce della cucina", "cucina", "on", **_DIM),
        ],
    }
    plan = _plan("it", home, "abbassa i faretti della cucina al 20 per cento")
    assert [(sorted(s.targets), s.params) for s in plan.steps] == [
        (["light.faretti"], {"brightness_pct": 20})
    ]


def test_italian_two_commands_joined_by_e() -> None:
    plan = _plan("it", VILLA, "spegni la luce del soggiorno e accendi la lampada da terra")
    assert [(s.action, sorted(s.targets)) for s in plan.steps] == [
        ("light.turn_off", ["light.luce_soggiorno"]),
        ("light.turn_on", ["light.terra"]),
    ]


def test_dutch_two_commands_sharing_the_verb() -> None:
    plan = _plan("nl", HOUSE, "doe de bureaulamp uit en de plafondlamp in de woonkamer aan")
    assert [(s.action, sorted(s.targets)) for s in plan.steps] == [
        ("light.turn_off", ["light.bureaulamp"]),
        ("light.turn_on", ["light.plafond"]),
    ]


@pytest.mark.parametrize(
    ("language", "home", "first", "then", "target", "params"),
    [
        (
            "it",
            VILLA,
            "accendi la lampada da terra",
            "mettila al 30%",
            "light.terra",
            {"brightness_pct": 30},
        ),
        (
            "it",
            VILLA,
            "abbassa la tapparella del soggiorno",
            "abbassala al 20%",
            "cover.tapparella",
            {"position": 20},
        ),
        (
            "nl",
            HOUSE,
            "doe de bureaulamp aan",
            "maak hem wat feller",
            "light.bureaulamp",
            {"brightness_step_pct": 20},
        ),
    ],
)
def test_a_follow_up_is_about_the_device_just_named(
    language: str,
    home: dict[str, Any],
    first: str,
    then: str,
    target: str,
    params: dict[str, Any],
) -> None:
    planner = Planner(Home.from_dict(home), language)
    conversation = Conversation("c")
    assert planner.plan(first, conversation=conversation).steps
    plan = planner.plan(then, conversation=conversation)
    assert [sorted(s.targets) for s in plan.steps] == [[target]]
    assert params.items() <= plan.steps[0].params.items()


@pytest.mark.parametrize(
    "text", ["metti la tapparella del soggiorno a metà", "tapparella soggiorno a metà"]
)
def test_a_blind_at_half(text: str) -> None:
    plan = _plan("it", VILLA, text)
    assert [(s.action, s.params) for s in plan.steps] == [
        ("cover.set_cover_position", {"position": 50})
    ]


def test_italian_light_on_in_a_colour_and_warmer() -> None:
    home = {
        "areas": [{"id": "cucina", "name": "Cucina"}],
        "entities": [
            entity("light.led", "Led sottopensile", "cucina", "off", supported_color_modes=["rgb"]),
            entity("light.luce", "Luce cucina", "cucina", "on", **_SHADES),
        ],
    }
    plan = _plan("it", home, "accendi il led sottopensile rosso")
    assert [(s.targets, s.params) for s in plan.steps] == [(["light.led"], {"color_name": "red"})]
    plan = _plan("it", home, "rendi più calda la luce della cucina")
    assert [s.targets for s in plan.steps] == [["light.luce"]]
    assert plan.steps[0].params["color_temp_kelvin"] < 3000
