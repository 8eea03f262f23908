"""Names with affixes: languages that join prepositions, case endings and articles to a name
(Hebrew "בסלון", Basque "sukaldean", Swedish "vardagsrummet") and lists of places in the form
a sentence needs (Finnish "eteisen" for the area Eteinen) reach the resolver as the home's
own areas and devices (issue 12)."""

from __future__ import annotations

from hassil.intents import SlotList, TextSlotList

from app.core.context import Conversation
from app.core.home import Home
from app.understanding import Planner
from app.understanding.vocabulary import build_vocabulary


def _home(areas: dict[str, str], entities: list[dict[str, object]]) -> Home:
    return Home.from_dict(
        {
            "areas": [{"id": key, "name": name} for key, name in areas.items()],
            "entities": entities,
        }
    )


def _steps(home: Home, language: str, text: str) -> list[tuple[str, list[str]]]:
    plan = Planner(home, language).plan(text, conversation=Conversation("t"))
    assert plan.error is None, (text, plan.reply)
    return [(step.action, step.targets) for step in plan.steps]


SWEDISH = _home(
    {"livingroom": "Vardagsrum", "kitchen": "Kök", "sauna": "Bastu"},
    [
        {"entity_id": "light.living", "name": "Taklampa", "area": "livingroom", "state": "off"},
        {"entity_id": "light.kitchen", "name": "Köksljus", "area": "kitchen", "state": "off"},
        {
            "entity_id": "climate.sauna",
            "name": "Bastun",
            "area": "sauna",
            "state": "heat",
            "attributes": {"temperature": 80},
        },
    ],
)


def test_an_area_with_a_definite_ending_is_the_area() -> None:
    # "vardagsrummet" is "the living room": Home Assistant's sentence spells the ending.
    assert _steps(SWEDISH, "sv", "tänd lamporna i vardagsrummet") == [
        ("light.turn_on", ["light.living"])
    ]
    # Only the kitchen's light: the living room's stays out.
    assert _steps(SWEDISH, "sv", "släck lamporna i köket") == [
        ("light.turn_off", ["light.kitchen"])
    ]


def test_a_thermostat_without_a_reading_answers_and_does_nothing() -> None:
    plan = Planner(SWEDISH, "sv").plan("hur varmt är det i bastun?")
    assert plan.error is None
    assert [s.action for s in plan.steps] == ["state.get"]
    assert all(s.read_only for s in plan.steps)
    assert plan.reply == "Bastun rapporterar inte temperatur just nu."


HEBREW = _home(
    {"living": "סלון", "kitchen": "מטבח"},
    [
        {"entity_id": "light.living", "name": "מנורה", "area": "living", "state": "off"},
        {"entity_id": "light.kitchen", "name": "תאורה", "area": "kitchen", "state": "off"},
        {
            "entity_id": "cover.kitchen",
            "name": "תריס",
            "area": "kitchen",
            "state": "open",
            "attributes": {"device_class": "blind", "supported_features": 15},
        },
    ],
)


def test_a_preposition_joined_to_the_area_is_read() -> None:
    # "במטבח" is "in the kitchen": the prefix ב is part of the word.
    assert _steps(HEBREW, "he", "סגור את התריסים במטבח") == [
        ("cover.close_cover", ["cover.kitchen"])
    ]


def test_english_names_stay_whole_words() -> None:
    home = _home(
        {"hall": "Hall"},
        [{"entity_id": "light.hall", "name": "Lamp", "area": "hall", "state": "off"}],
    )
    english = build_vocabulary(home, english=True)
    assert _area_values(english.slot_lists("turn on the hallway lamp")["area"]) == []
    other = build_vocabulary(home, english=False)
    assert _area_values(other.slot_lists("hallen")["area"]) == ["hall"]


def _area_values(slot_list: SlotList) -> list[object]:
    assert isinstance(slot_list, TextSlotList)
    return [v.value_out for v in slot_list.values]


FINNISH = _home(
    {"entrance": "Eteinen", "attic": "Ullakko"},
    [
        {"entity_id": "switch.entrance", "name": "Vipu", "area": "entrance", "state": "on"},
        {"entity_id": "light.attic", "name": "Tuikku", "area": "attic", "state": "off"},
    ],
)


def test_a_place_from_the_languages_own_list_is_the_homes_area() -> None:
    # Home Assistant's Finnish data gives "eteisen" (of the hall) as the area "Eteinen".
    assert _steps(FINNISH, "fi", "kytke päältä eteisen vipu") == [
        ("switch.turn_off", ["switch.entrance"])
    ]
    assert _steps(FINNISH, "fi", "laita päälle ullakon tuikku") == [
        ("light.turn_on", ["light.attic"])
    ]


def test_the_shopping_list_in_a_home_without_one_is_asked_about() -> None:
    home = _home(
        {},
        [{"entity_id": "todo.trader_joes", "name": "Trader Joes", "state": "0"}],
    )
    plan = Planner(home, "sv").plan("lägg till äpplen i inköpslistan")
    assert [(s.action, s.params) for s in plan.steps] == [("todo.add_item", {"item": "äpplen"})]
    assert plan.needs_confirmation  # a guess: the person is asked first
    shopping = _home(
        {},
        [
            {"entity_id": "todo.trader_joes", "name": "Trader Joes", "state": "0"},
            {"entity_id": "todo.shopping_list", "name": "Inköpslista", "state": "0"},
        ],
    )
    plan = Planner(shopping, "sv").plan("lägg till äpplen i inköpslistan")
    assert [s.targets for s in plan.steps] == [["todo.shopping_list"]]
    assert not plan.needs_confirmation


def test_every_reading_in_the_room_is_given() -> None:
    home = _home(
        {"soggiorno": "Soggiorno"},
        [
            {
                "entity_id": "climate.termostato",
                "name": "Termostato",
                "area": "soggiorno",
                "state": "heat",
                "attributes": {"current_temperature": 20.5, "temperature": 21},
            },
            {
                "entity_id": "climate.clima",
                "name": "Clima",
                "area": "soggiorno",
                "state": "cool",
                "attributes": {"current_temperature": 22, "temperature": 22},
            },
            {
                "entity_id": "sensor.soggiorno",
                "name": "Sensore",
                "area": "soggiorno",
                "state": "20.9",
                "attributes": {"device_class": "temperature", "unit_of_measurement": "°C"},
            },
        ],
    )
    # Italian's own question rules read every source in the room too, the sensor first,
    # never a change (resources/sentences/it/questions.yaml).
    plan = Planner(home, "it").plan("qual è la temperatura nel soggiorno?")
    assert [(s.action, s.targets[0], s.read_only) for s in plan.steps] == [
        ("state.get", "sensor.soggiorno", True)
    ]
    assert set(plan.steps[0].targets) == {"sensor.soggiorno", "climate.termostato", "climate.clima"}
    assert "20,5" in (plan.reply or "") and "22" in (plan.reply or "")
    # Hearth's own question reads every source in the room, the sensor first.
    plan = Planner(home, "en").plan("what's the temperature in the soggiorno")
    assert plan.steps[0].targets[0] == "sensor.soggiorno"
    assert set(plan.steps[0].targets) == {"sensor.soggiorno", "climate.termostato", "climate.clima"}
