"""Ukrainian data (issue 12): names said in their cases ("бра в їдальні"), every light without
a room, number words with halves, Hearth's timers, players without a name, scenes said by name,
commands said not to be done, and colour words Home Assistant's lists write with their endings
as alternatives (Ukrainian "синім", Czech "modrou")."""

from __future__ import annotations

import home_assistant_intents
from hassil import Intents

from app.core.context import Conversation
from app.core.home import Home
from app.understanding import Planner
from app.understanding.planner import _color_names

_TIME = "2026-01-01T00:00:00+00:00"


def _home(areas: dict[str, str], entities: list[dict[str, object]]) -> Home:
    return Home.from_dict(
        {
            "areas": [{"id": key, "name": name} for key, name in areas.items()],
            "entities": entities,
        }
    )


def _light(entity_id: str, name: str, area: str, state: str, modes: str) -> dict[str, object]:
    attributes: dict[str, object] = {"supported_color_modes": [modes]}
    if state == "on":
        attributes["brightness"] = 200
    return {
        "entity_id": entity_id,
        "name": name,
        "area": area,
        "state": state,
        "attributes": attributes,
    }


def _radio(name: str, area: str) -> dict[str, object]:
    return {
        "entity_id": "media_player.radio",
        "name": name,
        "area": area,
        "state": "playing",
        "attributes": {"volume_level": 0.3, "supported_features": 4095},
    }


UK = _home(
    {"dining": "Їдальня", "study": "Кабінет", "hall": "Передпокій"},
    [
        _light("light.bra", "Бра", "dining", "off", "brightness"),
        _light("light.torsher", "Торшер", "study", "on", "brightness"),
        _light("light.stripe", "Підсвітка", "hall", "off", "hs"),
        {
            "entity_id": "climate.heater",
            "name": "Обігрівач",
            "area": "study",
            "state": "heat",
            "attributes": {
                "temperature": 20,
                "current_temperature": 19.5,
                "hvac_modes": ["off", "heat"],
                "min_temp": 7,
                "max_temp": 30,
            },
        },
        _radio("Радіо", "dining"),
        {"entity_id": "scene.vechir", "name": "Вечір", "state": _TIME},
    ],
)


def _steps(home: Home, language: str, text: str) -> list[tuple[str, list[str]]]:
    plan = Planner(home, language).plan(text, conversation=Conversation("t"))
    assert plan.error is None, (text, plan.reply)
    return [(step.action, step.targets) for step in plan.steps]


def _params(home: Home, language: str, text: str) -> dict[str, object]:
    plan = Planner(home, language).plan(text, conversation=Conversation("t"))
    assert plan.error is None, (text, plan.reply)
    assert len(plan.steps) == 1, (text, plan.steps)
    return dict(plan.steps[0].params)


def test_ukrainian_names_said_in_their_cases() -> None:
    assert _steps(UK, "uk", "увімкни бра в їдальні") == [("light.turn_on", ["light.bra"])]
    assert _steps(UK, "uk", "запали торшер у кабінеті") == [("light.turn_on", ["light.torsher"])]


def test_ukrainian_every_light_and_a_misheard_verb() -> None:
    assert _steps(UK, "uk", "вимкни все світло") == [
        ("light.turn_off", ["light.bra", "light.torsher", "light.stripe"])
    ]
    assert _steps(UK, "uk", "вімкни торшер") == [("light.turn_on", ["light.torsher"])]


def test_ukrainian_number_words_and_halves() -> None:
    assert _params(UK, "uk", "торшер на сорок відсотків") == {"brightness_pct": 40}
    assert _params(UK, "uk", "постав обігрівач на двадцять один з половиною") == {
        "temperature": 21.5
    }


def test_ukrainian_timer_player_and_scene() -> None:
    assert _params(UK, "uk", "постав таймер на 5 хвилин") == {"duration_s": 300.0}
    assert _steps(UK, "uk", "пауза") == [("media_player.media_pause", ["media_player.radio"])]
    assert _steps(UK, "uk", "гучніше") == [("media_player.volume_set", ["media_player.radio"])]
    assert _steps(UK, "uk", "режим вечір") == [("scene.turn_on", ["scene.vechir"])]


def test_ukrainian_command_said_not_to_be_done_changes_nothing() -> None:
    plan = Planner(UK, "uk").plan("не вмикай торшер", conversation=Conversation("t"))
    assert plan.steps == []
    assert "Торшер" in (plan.reply or "")


def test_ukrainian_count_only_reads() -> None:
    plan = Planner(UK, "uk").plan("скільки ламп горить", conversation=Conversation("t"))
    assert [s.action for s in plan.steps] == ["state.get"]
    assert all(s.read_only for s in plan.steps)
    assert plan.steps[0].targets == ["light.torsher"]


def test_ukrainian_colour_with_its_case_ending() -> None:
    assert _params(UK, "uk", "підсвітку синім") == {"color_name": "blue"}


def _intents(language: str) -> Intents:
    data = home_assistant_intents.get_intents(language)
    assert data is not None
    return Intents.from_dict(data)


def test_colour_words_written_with_endings_as_alternatives() -> None:
    colors = _color_names(_intents("cs"))
    assert colors["modrou"] == "blue"
    assert colors["zelený"] == "green"
    assert _color_names(_intents("en"))["red"] == "red"


CS = _home(
    {"kitchen": "Kuchyň", "living": "Obývák", "bath": "Koupelna"},
    [
        _light("light.kitchen", "Světlo v kuchyni", "kitchen", "off", "brightness"),
        _light("light.lamp", "Stojací lampa", "living", "on", "brightness"),
        _light("light.mirror", "Zrcadlo", "bath", "off", "brightness"),
        _radio("Rádio", "living"),
    ],
)


def test_czech_names_said_in_their_cases_with_and_without_diacritics() -> None:
    assert _steps(CS, "cs", "rozsviť světlo v kuchyni") == [("light.turn_on", ["light.kitchen"])]
    assert _steps(CS, "cs", "zhasni stojací lampu") == [("light.turn_off", ["light.lamp"])]
    assert _steps(CS, "cs", "zhasni stojaci lampu") == [("light.turn_off", ["light.lamp"])]


def test_czech_every_light_and_a_bare_player() -> None:
    assert _steps(CS, "cs", "zhasni všechna světla") == [
        ("light.turn_off", ["light.kitchen", "light.lamp", "light.mirror"])
    ]
    assert _steps(CS, "cs", "pauza") == [("media_player.media_pause", ["media_player.radio"])]


def test_czech_a_question_only_reads() -> None:
    plan = Planner(CS, "cs").plan("svítí světlo v kuchyni?")
    assert plan.error is None and plan.read_only
