"""Who is home, whether anyone is in a room and which batteries are low, answered in the
language the question was asked in (the ``people``, ``where``, ``occupancy`` and ``battery``
replies of each language's questions.yaml), wholly in English where a language lacks them;
and a question about the people never changes anything. The home and sentences are this
file's own."""

from __future__ import annotations

import pytest

import app.understanding.answers as answers  # noqa: PLR0402  the module, as the planner uses it
from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import Plan
from app.understanding.keyed_replies import whole
from app.understanding.planner import Planner
from tests.helpers.small_homes import entity

HOME = Home.from_dict(
    {
        "areas": [{"id": "atelier", "name": "Atelier"}],
        "entities": [
            entity("person.ines", "Ines", None, "home"),
            entity("person.tobi", "Tobi", None, "not_home"),
            entity("light.atelier", "Werkbank", "atelier", "on"),
            entity(
                "sensor.rauchmelder_akku",
                "Rauchmelder Akku",
                None,
                "9",
                device_class="battery",
                unit_of_measurement="%",
            ),
        ],
    }
)


def _plan(language: str, text: str) -> Plan:
    return Planner(HOME, language).plan(text, conversation=Conversation("q19"))


def _answered(language: str, text: str) -> str:
    plan = _plan(language, text)
    assert plan.steps and plan.read_only, plan.error  # a question changes nothing
    assert plan.reply is not None
    return plan.reply


@pytest.mark.parametrize(
    ("language", "text", "reply"),
    [
        ("de", "wer ist daheim?", "Ines ist zu Hause (Tobi ist weg)."),
        ("fr", "qui est là ?", "Ines est à la maison (Tobi n'est pas là)."),
        ("es", "¿quién está en casa ahora?", "Ines está en casa (Tobi está fuera)."),
        ("nl", "wie zijn er thuis?", "Ines is thuis (Tobi is weg)."),
        ("da", "hvem er hjemme nu?", "Ines er hjemme (Tobi er ude)."),
        ("nb", "hvem er hjemme nå?", "Ines er hjemme (Tobi er ute)."),
        ("sv", "vilka är hemma?", "Ines är hemma (Tobi är borta)."),
        ("cs", "kdo tu je?", "Ines je doma (Tobi je pryč)."),
        ("it", "chi è in casa?", "Ines è a casa (Tobi è fuori)."),
        ("pt", "quem está cá?", "Ines está em casa (Tobi está fora)."),
        ("pl", "kto jest w domu?", "Ines jest w domu (Tobi jest poza domem)."),
        ("ru", "кто сейчас дома?", "Ines дома (Tobi нет дома)."),
        ("uk", "хто зараз вдома?", "Ines вдома (Tobi немає вдома)."),
        ("en", "who is around?", "Ines is home (Tobi is away)."),
    ],
)
def test_who_is_home_is_said_in_the_language_asked(language: str, text: str, reply: str) -> None:
    assert _answered(language, text) == reply


@pytest.mark.parametrize(
    ("language", "text", "reply"),
    [
        ("de", "ist irgendwer zu hause?", "Ja, Ines ist zu Hause (Tobi ist weg)."),
        ("es", "¿no hay nadie en casa?", "No, Ines está en casa (Tobi está fuera)."),
        ("nl", "is iedereen thuis?", "Nee, Tobi is weg."),
        ("pl", "ile osób jest w domu?", "1 osoba jest w domu: Ines."),
        ("de", "wie viele Personen sind zu hause?", "1 Person ist zu Hause: Ines."),
        ("en", "how many of us are home?", "1 person is home: Ines."),
        ("en", "is nobody home?", "No, Ines is home (Tobi is away)."),
    ],
)
def test_the_form_of_a_question_about_the_people_is_the_languages_own(
    language: str, text: str, reply: str
) -> None:
    assert _answered(language, text) == reply


@pytest.mark.parametrize(
    ("language", "text", "reply"),
    [
        ("de", "wo ist Tobi?", "Tobi ist weg."),
        ("sv", "är Ines hemma?", "Ja, Ines är hemma."),
        ("pt", "o Tobi está em casa?", "Não, Tobi está fora."),
    ],
)
def test_one_person_is_said_in_the_language_asked(language: str, text: str, reply: str) -> None:
    assert _answered(language, text) == reply


@pytest.mark.parametrize(
    ("language", "text", "reply"),
    [
        ("de", "sind Akkus schwach?", "Ja, 1 Akku ist schwach: Rauchmelder Akku (9 %)."),
        ("sv", "har något lågt batteri?", "Ja, 1 batteri är lågt: Rauchmelder Akku (9 %)."),
        ("en", "is anything low on battery?", "Yes, 1 battery is low: Rauchmelder Akku (9%)."),
    ],
)
def test_low_batteries_are_said_in_the_language_asked(language: str, text: str, reply: str) -> None:
    assert _answered(language, text) == reply


def test_a_room_without_presence_sensors_is_said_so_in_the_language_asked() -> None:
    plan = _plan("de", "ist jemand im Atelier?")
    assert not plan.steps and plan.error is None
    assert plan.reply == "Das kann ich nicht sagen: nichts im Bereich Atelier erkennt Personen."
    plan = _plan("en", "is anyone in the atelier?")
    assert plan.reply == "I can't tell: nothing in the Atelier senses people."


def test_a_language_without_people_replies_answers_wholly_in_english() -> None:
    people = [e for e in HOME.exposed() if e.domain == "person"]
    said = whole("sk", lambda: answers.people_answer(people, None, "who"))
    assert said == "Ines is home (Tobi is away)."
    said = whole("hr", lambda: answers.people_answer(people, "home", "count"))
    assert said == "1 person is home: Ines."


def test_plural_forms_of_people_counted_follow_the_language() -> None:
    home = Home.from_dict(
        {
            "entities": [
                entity(f"person.p{i}", name, None, "home")
                for i, name in enumerate(("Ada", "Bo", "Cy", "Di", "Ed"))
            ]
        }
    )
    people = [e for e in home.exposed() if e.domain == "person"]
    said = whole("pl", lambda: answers.people_answer(people, "home", "count"))
    assert said.startswith("5 osób jest w domu: Ada, Bo, Cy, Di i Ed"), said
    said = whole("ru", lambda: answers.people_answer(people[:2], "home", "count"))
    assert said.startswith("2 человека дома"), said


ENGLISH = Home.from_dict(
    {
        "areas": [
            {"id": "laundry", "name": "Laundry"},
            {"id": "ensuite", "name": "Ensuite"},
        ],
        "entities": [
            entity("switch.boiler", "Immersion", "laundry", "off"),
            entity("timer.boiler", "Immersion", "laundry", "idle"),
            entity(
                "binary_sensor.laundry_wet",
                "Tray Sensor",
                "laundry",
                "off",
                device_class="moisture",
            ),
            entity(
                "sensor.ensuite_rh",
                "Ensuite Humidity",
                "ensuite",
                "81",
                device_class="humidity",
                unit_of_measurement="%",
            ),
        ],
    }
)


def _english(text: str) -> Plan:
    plan = Planner(ENGLISH, "en").plan(text, conversation=Conversation("q19en"))
    assert plan.read_only
    return plan


def test_a_switch_is_asked_about_before_its_timer_helper_called_alike() -> None:
    plan = _english("is the immersion on")
    assert [t for s in plan.steps for t in s.targets] == ["switch.boiler"]
    assert plan.reply == "No, Immersion is off."
    plan = _english("is the immersion timer running")
    assert [t for s in plan.steps for t in s.targets] == ["timer.boiler"]


@pytest.mark.parametrize("text", ["how steamy is the ensuite", "how muggy is it in the ensuite"])
def test_words_of_a_feeling_ask_for_the_humidity(text: str) -> None:
    plan = _english(text)
    assert plan.reply is not None and "81%" in plan.reply


@pytest.mark.parametrize(
    "text", ["any leaks behind the washing machine?", "is there any leakage in the laundry"]
)
def test_a_spot_in_a_room_is_where_a_water_sensor_sits_not_a_missing_name(text: str) -> None:
    plan = _english(text)
    assert [t for s in plan.steps for t in s.targets] == ["binary_sensor.laundry_wet"], plan.reply


def test_a_person_asked_about_beside_the_weather_called_home() -> None:
    home = Home.from_dict(
        {
            "entities": [
                entity("person.ines", "Ines", None, "home"),
                entity("person.tobi", "Tobi", None, "not_home"),
                entity("weather.home", "Home", None, "rainy"),
            ]
        }
    )
    plan = Planner(home, "en").plan("is Tobi home?", conversation=Conversation("q19w"))
    assert plan.read_only and plan.reply == "No, Tobi is away."
    plan = Planner(home, "en").plan("is everyone out?", conversation=Conversation("q19w"))
    assert plan.reply == "No, Ines is home."
