"""Polish and Portuguese as people say them: Polish names and rooms said with case endings
(``resources/sentences/pl/inflection.yaml``, app/understanding/case_forms.py), one light said
in the singular where a room has several, a class word the home uses as a name; read in
small homes of our own, never acting on a reading that is unsure."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.understanding import case_forms
from app.understanding.planner import Planner
from tests.helpers.small_homes import entity as _entity

_DIM = {"supported_color_modes": ["brightness"], "brightness": 128}

PL = {
    "floors": [{"id": "parter", "name": "Parter"}, {"id": "pietro", "name": "Piętro"}],
    "areas": [
        {"id": "kuchnia", "name": "Kuchnia", "floor": "parter"},
        {"id": "salon", "name": "Salon", "floor": "parter"},
        {"id": "sypialnia", "name": "Sypialnia", "floor": "pietro"},
        {"id": "lazienka", "name": "Łazienka", "floor": "pietro"},
        {"id": "pokoj_ani", "name": "Pokój Ani", "floor": "pietro"},
    ],
    "entities": [
        _entity("light.lampa_kuchnia", "Lampa w kuchni", "kuchnia", "off", **_DIM),
        _entity("light.listwa", "Listwa LED", "kuchnia", "off", **_DIM),
        _entity("light.sufit_salon", "Sufit", "salon", "off", **_DIM),
        _entity("light.lazienka", "Światło łazienka", "lazienka", "off", **_DIM),
        _entity("light.lampa_syp", "Lampa sypialnia", "sypialnia", "off", **_DIM),
        _entity("light.biurkowa", "Lampka biurkowa", "sypialnia", "off", **_DIM),
        _entity("light.nocna_ani", "Lampka nocna", "pokoj_ani", "off", **_DIM),
        _entity("light.sufit_ani", "Plafon Ani", "pokoj_ani", "off", **_DIM),
        _entity(
            "cover.zaluzje_salon",
            "Żaluzje salon",
            "salon",
            "closed",
            device_class="blind",
            current_position=0,
        ),
        _entity(
            "cover.zaluzje_syp",
            "Żaluzje sypialnia",
            "sypialnia",
            "closed",
            device_class="blind",
            current_position=0,
        ),
        _entity(
            "cover.roleta_kuchnia",
            "Roleta kuchenna",
            "kuchnia",
            "closed",
            device_class="shutter",
            current_position=0,
        ),
    ],
}


def _plan(text: str, area: str | None = None) -> Any:
    planner = Planner(Home.from_dict(PL), "pl")
    return planner.plan(text, area=area, conversation=Conversation("c"))


def _targets(plan: Any) -> list[str]:
    return sorted(t for step in plan.steps for t in step.targets)


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # a device's name said in the accusative, its room in the locative
        ("zapal lampę w kuchni", ["light.lampa_kuchnia"]),
        ("zapal lampkę nocną w pokoju Ani", ["light.nocna_ani"]),
        # the room alone said in the locative: its one light
        ("włącz światło w łazience", ["light.lazienka"]),
        ("wyłącz światło w łazience", ["light.lazienka"]),
        # one lamp said in a room with several: the one the home calls just so
        ("włącz lampę w sypialni", ["light.lampa_syp"]),
    ],
)
def test_polish_case_endings_name_the_device(text: str, targets: list[str]) -> None:
    plan = _plan(text)
    assert plan.error is None, plan.reply
    assert _targets(plan) == targets


def test_one_lamp_said_in_this_room_is_the_one_called_so() -> None:
    plan = _plan("zapal lampę", area="sypialnia")
    assert plan.error is None, plan.reply
    assert _targets(plan) == ["light.lampa_syp"]


def test_a_class_word_the_home_uses_as_a_name_is_asked_about() -> None:
    # Home Assistant's Polish "żaluzje" are shutters; this home calls its blinds so.
    plan = _plan("odsłoń wszystkie żaluzje")
    assert plan.steps == []
    assert plan.error is not None and plan.error.code.value == "ambiguous"
    assert "Żaluzje salon" in (plan.reply or "")


def test_an_ending_makes_no_word_the_home_does_not_use() -> None:
    endings = case_forms.word_endings("pl")
    home = {"lampa", "kuchnia", "salon"}
    assert case_forms.as_written(["zapal", "lampę", "w", "kuchni"], home, "pl") == [
        "zapal",
        "lampa",
        "w",
        "kuchnia",
    ]
    # "szafę" is no word of the home: left as said
    assert case_forms.as_written(["otwórz", "szafę"], home, "pl") is None
    assert case_forms.same_word("lampę", "lampa", endings)
    assert not case_forms.same_word("lampka", "lampa", endings)
    assert "łazience" in case_forms.said_forms("łazienka", endings)
    assert "pokoju dla gości" in case_forms.said_forms("pokój dla gości", endings)
    # a language without endings listed changes nothing
    assert case_forms.as_written(["zapal", "lampę"], home, "en") is None
    assert case_forms.said_forms("kitchen", case_forms.word_endings("en")) == []


PT = {
    "floors": [{"id": "res", "name": "Rés do chão"}, {"id": "primeiro", "name": "Primeiro andar"}],
    "areas": [
        {"id": "cozinha", "name": "Cozinha", "floor": "res"},
        {"id": "sala", "name": "Sala", "floor": "res"},
        {"id": "quarto", "name": "Quarto", "floor": "primeiro"},
        {"id": "jardim", "name": "Jardim"},
    ],
    "entities": [
        _entity("light.cozinha", "Luz da cozinha", "cozinha", "off", **_DIM),
        _entity("light.sala", "Candeeiro da sala", "sala", "on", **_DIM),
        _entity(
            "cover.estore_sala",
            "Estore sala",
            "sala",
            "open",
            device_class="shutter",
            current_position=100,
        ),
        _entity(
            "cover.estore_quarto",
            "Estore quarto",
            "quarto",
            "closed",
            device_class="shutter",
            current_position=0,
        ),
        _entity(
            "sensor.temp_quarto",
            "Temperatura quarto",
            "quarto",
            "23.2",
            device_class="temperature",
            unit_of_measurement="°C",
        ),
        _entity(
            "sensor.exterior",
            "Temperatura exterior",
            "jardim",
            "14.1",
            device_class="temperature",
            unit_of_measurement="°C",
        ),
        _entity(
            "media_player.tv", "Televisão", "sala", "playing", device_class="tv", volume_level=0.3
        ),
    ],
}


def _plan_pt(text: str, conversation: Conversation | None = None) -> Any:
    planner = Planner(Home.from_dict(PT), "pt")
    return planner.plan(text, conversation=conversation or Conversation("c"))


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # "no" is a word here, not YAML's false: "no quarto" is the room
        ("quantos graus estão no quarto?", ["23,2"]),
        ("que temperatura está no quarto?", ["23,2"]),
        ("que temperatura está lá fora?", ["14,1"]),
        ("a que volume está a televisão?", ["30"]),
        ("quantos estores estão abertos?", ["1", "Estore sala"]),
        ("o estore da sala está a quantos por cento?", ["100"]),
    ],
)
def test_portuguese_questions_are_answered_and_never_acted_on(
    question: str, words: list[str]
) -> None:
    plan = _plan_pt(question)
    assert plan.error is None, plan.reply
    assert plan.steps and all(step.read_only for step in plan.steps)
    for word in words:
        assert word in (plan.reply or "")


def test_a_portuguese_pronoun_glued_to_its_verb_is_what_was_just_acted_on() -> None:
    conversation = Conversation("c")
    planner = Planner(Home.from_dict(PT), "pt")
    first = planner.plan("acende o candeeiro da sala", conversation=conversation)
    assert _targets(first) == ["light.sala"]
    plan = planner.plan("põe-no a 60 por cento", conversation=conversation)
    assert _targets(plan) == ["light.sala"]
    assert 60 in plan.steps[0].params.values()


def test_a_portuguese_heater_by_its_name_is_never_the_aircon() -> None:
    home = {
        "areas": [{"id": "quarto", "name": "Quarto principal"}, {"id": "sala", "name": "Sala"}],
        "entities": [
            _entity("switch.aquecedor", "Aquecedor a óleo", "quarto", "off"),
            _entity("climate.termostato", "Termostato", "sala", "heat", temperature=20),
            _entity("climate.ar", "Ar condicionado", "quarto", "off", temperature=22),
        ],
    }
    planner = Planner(Home.from_dict(home), "pt")
    heater = planner.plan("liga o aquecedor", conversation=Conversation("c"))
    assert _targets(heater) == ["switch.aquecedor"]
    # the aircon said is the one called so, not the home's thermostat
    aircon = planner.plan("desliga o ar condicionado", conversation=Conversation("d"))
    assert _targets(aircon) == ["climate.ar"]


def test_polish_kinds_follow_ups_and_two_commands() -> None:
    planner = Planner(Home.from_dict(PL), "pl")
    conversation = Conversation("c")
    first = planner.plan("zapal lampę w kuchni", conversation=conversation)
    assert _targets(first) == ["light.lampa_kuchnia"]
    # "her" of the conversation, read loosely: asked before it runs
    then = planner.plan("ustaw ją na 40 procent", conversation=conversation)
    assert _targets(then) == ["light.lampa_kuchnia"]
    assert then.loose and 40 in then.steps[0].params.values()
    both = planner.plan(
        "zapal lampę w kuchni i zgaś lampkę biurkową", conversation=Conversation("d")
    )
    assert [(s.action, s.targets) for s in both.steps] == [
        ("light.turn_on", ["light.lampa_kuchnia"]),
        ("light.turn_off", ["light.biurkowa"]),
    ]
