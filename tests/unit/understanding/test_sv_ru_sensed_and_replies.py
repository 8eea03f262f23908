"""Russian questions about what a binary sensor senses read the sensors of that kind, never a
device a loose reading took for them (``sensor_kinds.yaml``; a sensor of another kind named by
a word of the question, or a device of the room said); a kind of device's word names no one
device ("в гараже", "батарея"); "штора" is a curtain, "рулонная штора" a shade. And Swedish and
Russian replies are said in their own words (``replies:`` of ``hearth.yaml``), Russian numbers
in the form the number takes ("2 минуты", "5 минут", "21 минута")."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.home import Home
from app.understanding import keyed_replies
from app.understanding.keyed_replies import LengthOfTime
from app.understanding.planner import Planner
from tests.helpers.small_homes import entity as _entity

RU: dict[str, Any] = {
    "areas": [
        {"id": "garazh", "name": "Гараж"},
        {"id": "kukhnya", "name": "Кухня"},
        {"id": "spalnya", "name": "Спальня"},
    ],
    "entities": [
        _entity("light.garazh", "Свет в гараже", "garazh", "off"),
        _entity("binary_sensor.dym", "Сенсор дыма", "kukhnya", "off", device_class="smoke"),
        _entity("binary_sensor.shum", "Датчик шума", "garazh", "on", device_class="sound"),
        _entity(
            "binary_sensor.ugar", "Детектор ЦО", "kukhnya", "off", device_class="carbon_monoxide"
        ),
        _entity("binary_sensor.dvizh", "Движение гараж", "garazh", "on", device_class="motion"),
        _entity("binary_sensor.akb", "Батарейка замка", "garazh", "on", device_class="battery"),
        _entity("sensor.lux", "Датчик света", "kukhnya", "300", device_class="illuminance"),
        _entity(
            "binary_sensor.prisut", "Присутствие кухня", "kukhnya", "on", device_class="occupancy"
        ),
        _entity(
            "cover.shtora", "Штора", "spalnya", "open", device_class="curtain", current_position=100
        ),
        _entity(
            "cover.rulon",
            "Рулонка",
            "spalnya",
            "open",
            device_class="shade",
            current_position=100,
        ),
        _entity(
            "climate.batareya",
            "Батарея",
            "spalnya",
            "heat",
            temperature=21,
            current_temperature=20,
            hvac_modes=["heat", "off"],
        ),
    ],
}


def _read(planner: Planner, text: str) -> list[str]:
    plan = planner.plan(text)
    assert all(step.read_only for step in plan.steps), text
    return sorted(t for step in plan.steps for t in step.targets)


@pytest.fixture(scope="module")
def ru() -> Planner:
    return Planner(Home.from_dict(RU), "ru")


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # "сенсоры" is a word of "Сенсор дыма": the question is about carbon monoxide
        ("есть ли сенсоры, которые чуют угарный газ?", ["binary_sensor.ugar"]),
        # "датчики" is a word of "Датчик света": the question is about presence
        ("какие датчики присутствия сейчас сработали?", ["binary_sensor.prisut"]),
        # "в гараже" is the room, not the garage's light
        ("слышен ли шум в гараже?", ["binary_sensor.shum"]),
        # "гараже" is also a kind of device's word (garage door): no device is named
        ("есть ли движение в гараже сейчас?", ["binary_sensor.dvizh"]),
    ],
)
def test_a_question_about_what_sensors_sense_reads_sensors_of_that_kind(
    ru: Planner, text: str, targets: list[str]
) -> None:
    assert _read(ru, text) == targets


def test_a_sensor_of_the_kind_said_is_still_read_by_its_name(ru: Planner) -> None:
    assert _read(ru, "датчик шума слышит шум?") == ["binary_sensor.shum"]


def test_a_sensor_that_measures_what_is_said_is_no_contradiction(ru: Planner) -> None:
    # "освещённость" is what a light binary sensor senses, and the Датчик света measures it
    assert _read(ru, "какая освещенность у датчика света?") == ["sensor.lux"]


def test_a_device_question_without_a_sensed_word_is_unchanged(ru: Planner) -> None:
    assert _read(ru, "горит ли свет в гараже?") == ["light.garazh"]


def test_a_curtain_is_a_shtora_and_a_shade_a_rulonnaya_shtora(ru: Planner) -> None:
    closed = ru.plan("закрой рулонную штору в спальне")
    assert [(s.action, s.targets) for s in closed.steps] == [("cover.close_cover", ["cover.rulon"])]
    assert _read(ru, "сколько штор открыто?") == ["cover.shtora"]


# -- replies ----------------------------------------------------------------------------------

_GROUPS: tuple[str, ...] = ("ask.", "missing.", "cannot.", "undo.", "timer.", "list.", "words.")
_GROUPS += ("unchanged.", "not_found.", "duration.")
_NOTES = {"note.left_out", "note.sounds_alike"}
#: Keys a language may leave to English (as for German, French and the others).
_ENGLISH_ONLY = {"missing.kind_group", "duration.hour_of", "duration.minute_of"}
_ENGLISH_ONLY |= {"duration.second_of"}


@pytest.mark.parametrize("language", ["sv", "ru"])
def test_every_english_reply_key_has_a_swedish_and_a_russian_template(language: str) -> None:
    english = [k for k in keyed_replies._templates("en") if k.startswith(_GROUPS) or k in _NOTES]
    own = keyed_replies._templates(language)
    # A template may hold a form per plural category ("duration.minutes.few").
    missing = sorted(
        key
        for key in english
        if key not in own
        and not any(other.startswith(f"{key}.") for other in own)
        and key not in _ENGLISH_ONLY
    )
    assert missing == []


def test_asking_which_one_is_said_in_swedish_and_russian() -> None:
    choices = keyed_replies.Listed((("Lampa", "Kök"), ("Lampa", "Hall")))
    assert keyed_replies.say("sv", "ask.which_one", choices=choices) == (
        "Vilken menar du: Lampa (Kök) eller Lampa (Hall)?"
    )
    said = keyed_replies.say("ru", "ask.which_one", choices=choices)
    assert said.startswith("Что именно") and " или " in said and "Which" not in said


@pytest.mark.parametrize(
    ("seconds", "said"),
    [
        (60, "1 минута"),
        (120, "2 минуты"),
        (300, "5 минут"),
        (660, "11 минут"),
        (1260, "21 минута"),
        (1320, "22 минуты"),
        (7200, "2 часа"),
        (18000, "5 часов"),
        (3605, "1 час 5 секунд"),
    ],
)
def test_a_russian_length_of_time_takes_the_form_its_number_takes(seconds: int, said: str) -> None:
    assert LengthOfTime(seconds).said_in("ru") == said


def test_a_russian_timer_named_by_its_length_says_it_in_the_accusative() -> None:
    label = keyed_replies.Keyed.of("timer.of_length", length=LengthOfTime(60, attributive=True))
    assert label.said_in("ru") == "Таймер на 1 минуту"
    assert LengthOfTime(1500, attributive=True).said_in("ru") == "25 минут"


def test_swedish_lengths_of_time_are_swedish() -> None:
    assert LengthOfTime(3660).said_in("sv") == "1 timme 1 minut"
    assert LengthOfTime(7320).said_in("sv") == "2 timmar 2 minuter"


def test_a_command_not_understood_is_answered_in_russian_and_swedish() -> None:
    ru_plan = Planner(Home.from_dict(RU), "ru").plan("сделай что-нибудь непонятное с пылью")
    assert ru_plan.steps == []
    assert ru_plan.reply is not None
    assert not any(w in ru_plan.reply for w in ("Sorry", "understand", "Which", "Did you"))


def test_russian_answers_are_russian(ru: Planner) -> None:
    plan = ru.plan("открыта ли штора в спальне?")
    assert plan.reply is not None
    assert "Штора" in plan.reply and "открыто" in plan.reply
    assert not any(w in plan.reply for w in (" is ", "open.", "Yes", "No,"))
    counted = ru.plan("сколько штор открыто?")
    assert counted.reply is not None and "1" in counted.reply and " are " not in counted.reply


SV: dict[str, Any] = {
    "areas": [{"id": "kok", "name": "Kök"}],
    "entities": [
        _entity("light.tak", "Taklampa", "kok", "on"),
        _entity("light.bank", "Bänklampa", "kok", "off"),
    ],
}


def test_swedish_answers_are_swedish() -> None:
    planner = Planner(Home.from_dict(SV), "sv")
    plan = planner.plan("hur många lampor är tända?")
    assert plan.reply is not None
    assert "Taklampa" in plan.reply and "på" in plan.reply
    assert not any(w in plan.reply for w in (" is ", " on", "light"))
