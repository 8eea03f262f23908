"""Swedish and Russian as people say them, read in small homes of our own: Swedish definite
and plural forms of the home's names ("golvlampan", "köket", "vardagsrummet",
``resources/sentences/sv/inflection.yaml``), one lamp said in a room of several, loose
commands with a device and one clear cue (``frames.yaml``), kinds of device by their words
(``device_types.yaml``); never acting on a reading that is unsure."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.understanding import case_forms
from app.understanding.planner import Planner
from tests.helpers.builders import RGB, cover, heating, light
from tests.helpers.builders import targets as _targets
from tests.helpers.small_homes import entity as _entity

SV = {
    "floors": [{"id": "nere", "name": "Bottenvåning"}, {"id": "uppe", "name": "Övervåning"}],
    "areas": [
        {"id": "salong", "name": "Salong", "floor": "nere"},
        {"id": "kok", "name": "Kok", "floor": "nere"},
        {"id": "arbetsrum", "name": "Arbetsrum", "floor": "uppe"},
        {"id": "barnrum", "name": "Barnrum", "floor": "uppe"},
    ],
    "entities": [
        light("light.lampa_salong", "Lampa salong", "salong", "off", RGB),
        light("light.krona", "Ljuskrona", "salong", "off", RGB),
        light("light.spot_kok", "Spotlight", "kok", "on", RGB),
        light("light.bank_kok", "Bänklampa", "kok", "on", RGB),
        light("light.skrivbord", "Skrivbordslampa", "arbetsrum", "on", RGB),
        light("light.nattlampa", "Nattlampa", "barnrum", "off", RGB),
        cover("cover.jalusi", "Persienn salong", "salong", "closed", "blind", 0),
        cover("cover.rull_barn", "Rullgardin", "barnrum", "open", "shade", 100),
        heating("climate.pump", "Luftvärmepump", "salong", 20, 19.5),
        _entity("media_player.teve", "TV", "salong", "on", volume_level=0.3),
        _entity("switch.kaffe", "Kaffebryggare", "kok", "off"),
    ],
}


def _planner(data: dict[str, Any], language: str) -> Planner:
    return Planner(Home.from_dict(data), language)


@pytest.fixture(scope="module")
def sv() -> Planner:
    return _planner(SV, "sv")


@pytest.mark.parametrize(
    ("text", "action", "targets"),
    [
        # definite forms of the device and of the room ("Kok" written without its accent)
        ("släck bänklampan i köket", "light.turn_off", ["light.bank_kok"]),
        ("tänd nattlampan", "light.turn_on", ["light.nattlampa"]),
        # one lamp said in a room of two: the one called just so, not the chandelier too
        ("tänd lampan i salongen", "light.turn_on", ["light.lampa_salong"]),
        ("fäll ner persiennen", "cover.close_cover", ["cover.jalusi"]),
        ("dra upp rullgardinen i barnrummet", "cover.open_cover", ["cover.rull_barn"]),
        ("sätt på kaffebryggaren och släck skrivbordslampan", None, None),
    ],
)
def test_swedish_forms_name_the_device(
    sv: Planner, text: str, action: str | None, targets: list[str] | None
) -> None:
    plan = sv.plan(text, conversation=Conversation("c"))
    assert plan.error is None, plan.reply
    if action is None:
        assert {(s.action, tuple(s.targets)) for s in plan.steps} == {
            ("switch.turn_on", ("switch.kaffe",)),
            ("light.turn_off", ("light.skrivbord",)),
        }
        return
    assert [s.action for s in plan.steps] == [action]
    assert _targets(plan) == targets


def test_a_dim_to_a_level_of_one_lamp_is_that_lamp_only(sv: Planner) -> None:
    plan = sv.plan("dimma lampan i salongen till 15 %", conversation=Conversation("c"))
    assert _targets(plan) == ["light.lampa_salong"]
    assert plan.steps[0].params.get("brightness_pct") == 15


@pytest.mark.parametrize(
    ("text", "params"),
    [
        ("höj värmen två grader", {"temperature": 22}),
        ("sänk värmen en grad", {"temperature": 19}),
        ("ställ värmen på 23", {"temperature": 23}),
    ],
)
def test_the_heating_by_its_word_and_numbers_in_words(
    sv: Planner, text: str, params: dict[str, Any]
) -> None:
    # "två" is a number, never the TV misspelt
    plan = sv.plan(text, conversation=Conversation("c"))
    assert [(s.action, s.targets, s.params) for s in plan.steps] == [
        ("climate.set_temperature", ["climate.pump"], params)
    ]


def test_loose_levels_and_steps_are_shown_first(sv: Planner) -> None:
    conversation = Conversation("c")
    plan = sv.plan("skrivbordslampan på 30 procent", conversation=conversation)
    assert _targets(plan) == ["light.skrivbord"]
    assert plan.steps[0].params == {"brightness_pct": 30}
    assert plan.needs_confirmation
    follow = sv.plan("gör den blå", conversation=conversation)
    assert _targets(follow) == ["light.skrivbord"]
    assert follow.steps[0].params.get("color_name") == "blue"


def test_all_the_light_of_a_room_is_every_lamp(sv: Planner) -> None:
    plan = sv.plan("tänd allt ljus i salongen", conversation=Conversation("c"))
    assert _targets(plan) == ["light.krona", "light.lampa_salong"]


def test_mute_is_not_turning_off(sv: Planner) -> None:
    plan = sv.plan("stäng av ljudet på teven", conversation=Conversation("c"))
    assert [s.action for s in plan.steps] == ["media_player.volume_mute"]


def test_swedish_endings_make_no_word_the_home_does_not_use() -> None:
    home = {"golvlampa", "kok", "vardagsrum"}
    assert case_forms.as_written(["släck", "golvlampan", "i", "köket"], home, "sv") == [
        "släck",
        "golvlampa",
        "i",
        "kok",
    ]
    assert case_forms.as_written(["i", "vardagsrummet"], home, "sv") == ["i", "vardagsrum"]
    assert case_forms.as_written(["öppna", "garaget"], home, "sv") is None


def test_an_unknown_room_is_not_understood_as_another(sv: Planner) -> None:
    plan = sv.plan("tänd lampan i garaget", conversation=Conversation("c"))
    assert plan.steps == []


def test_swedish_questions_are_answered_never_acted_on(sv: Planner) -> None:
    plan = sv.plan("hur många lampor är tända på bottenvåningen?", conversation=Conversation("c"))
    assert all(step.read_only for step in plan.steps)
    assert _targets(plan) == ["light.bank_kok", "light.spot_kok"]
    asked = sv.plan("vad är luftvärmepumpen inställd på?", conversation=Conversation("c"))
    assert all(step.read_only for step in asked.steps)
    assert "20" in (asked.reply or "")


RU = {
    "floors": [{"id": "f1", "name": "Первый этаж"}, {"id": "f2", "name": "Второй этаж"}],
    "areas": [
        {"id": "kuhnya", "name": "Кухня", "floor": "f1"},
        {"id": "zal", "name": "Зал", "floor": "f1"},
        {"id": "detskaya", "name": "Детская", "floor": "f2"},
        {"id": "deda", "name": "Комната деда", "floor": "f2"},
    ],
    "entities": [
        light("light.lampa_kuhnya", "Лампа", "kuhnya", "on", RGB),
        light("light.lenta", "Лента", "kuhnya", "off", RGB),
        light("light.lyustra_zal", "Люстра", "zal", "on", RGB),
        light("light.lyustra_det", "Люстра", "detskaya", "off", RGB),
        light("light.lampa_deda", "Лампа", "deda", "off", RGB),
        cover("cover.shtora", "Штора", "detskaya", "open", "curtain", 100),
        heating("climate.kotel", "Котёл", "kuhnya", 20, 19.0),
        _entity("switch.chainik", "Чайник", "kuhnya", "off"),
        _entity("media_player.radio", "Радио", "kuhnya", "playing", volume_level=0.4),
    ],
}


@pytest.fixture(scope="module")
def ru() -> Planner:
    return _planner(RU, "ru")


@pytest.mark.parametrize(
    ("text", "action", "targets"),
    [
        # the device in the accusative, the room in the prepositional, and the owner's room
        ("включи люстру в детской", "light.turn_on", ["light.lyustra_det"]),
        ("погаси люстру в зале", "light.turn_off", ["light.lyustra_zal"]),
        ("зажги лампу у деда", "light.turn_on", ["light.lampa_deda"]),
        ("опусти штору", "cover.close_cover", ["cover.shtora"]),
        # "погаси" and "зажги" are verbs of Home Assistant's own sentences too
        (
            "погаси весь свет на первом этаже",
            "light.turn_off",
            ["light.lampa_kuhnya", "light.lenta", "light.lyustra_zal"],
        ),
    ],
)
def test_russian_case_forms_name_the_device(
    ru: Planner, text: str, action: str, targets: list[str]
) -> None:
    plan = ru.plan(text, conversation=Conversation("c"))
    assert plan.error is None, plan.reply
    assert {s.action for s in plan.steps} == {action}
    assert _targets(plan) == targets


def test_russian_loose_commands_are_confirmed(ru: Planner) -> None:
    conversation = Conversation("c")
    plan = ru.plan("ленту на 30 процентов", conversation=conversation)
    assert _targets(plan) == ["light.lenta"]
    assert plan.steps[0].params == {"brightness_pct": 30}
    assert plan.needs_confirmation
    quieter = ru.plan("радио потише", conversation=Conversation("d"))
    assert [s.action for s in quieter.steps] == ["media_player.volume_set"]


@pytest.mark.parametrize(
    ("text", "temperature"),
    [
        # "на два градуса" after a word for more is a step, never 2 degrees
        ("прибавь отопление на два градуса", 22),
        ("убавь котёл на один градус", 19),
        ("котел на двадцать один градус", 21),
    ],
)
def test_russian_temperatures(ru: Planner, text: str, temperature: int) -> None:
    plan = ru.plan(text, conversation=Conversation("c"))
    assert [(s.action, s.params.get("temperature")) for s in plan.steps] == [
        ("climate.set_temperature", temperature)
    ]


def test_russian_questions_are_answered_never_acted_on(ru: Planner) -> None:
    plan = ru.plan("сколько ламп горит на первом этаже?", conversation=Conversation("c"))
    assert all(step.read_only for step in plan.steps)
    assert _targets(plan) == ["light.lampa_kuhnya", "light.lyustra_zal"]
    asked = ru.plan("на сколько поставлен котёл?", conversation=Conversation("c"))
    assert all(step.read_only for step in asked.steps)
    assert "20" in (asked.reply or "")


def test_a_room_the_home_lacks_is_not_another(ru: Planner) -> None:
    plan = ru.plan("включи свет в сарае", conversation=Conversation("c"))
    assert plan.steps == []
