"""A room's case forms are read, but not multiplied by every kind of device (issue 12): in
Polish each room has dozens of forms ("kuchni", "kuchnię", "kuchnią"…), and putting each of
them before every kind's word made a 48-device home's planner take 2 s to build (0.27 s
without), while the words said are written back as the home writes them before matching."""

from __future__ import annotations

from app.understanding import Planner
from app.understanding.vocabulary import TYPE_PREFIX
from tests.helpers.small_homes import entity, home

HOME = home(
    {"kuchnia": "Kuchnia", "lazienka": "Łazienka", "salon": "Salon"},
    [
        entity("light.kuchnia", "Lampa", "kuchnia", "off"),
        entity("light.salon", "Lampa", "salon", "off"),
        entity("light.lazienka", "Światło", "lazienka", "off"),
        entity("cover.salon", "Roleta", "salon", "open", device_class="blind"),
        entity("media_player.salon", "Telewizor", "salon", "off"),
        entity("fan.lazienka", "Wentylator", "lazienka", "off"),
        entity("climate.kuchnia", "Termostat", "kuchnia", "heat"),
    ],
)


def test_the_rooms_case_forms_make_no_kind_phrases() -> None:
    planner = Planner(HOME, "pl")
    rooms = {"kuchnia", "łazienka", "salon"}
    kind_phrases = {
        phrase
        for phrase, values in planner.vocab.name_index.items()
        if any(str(v.value_out).startswith(TYPE_PREFIX) for v in values)
        and not any(room in phrase for room in rooms)
        and any(form in phrase.split() for form in ("kuchni", "łazience", "salonie"))
    }
    assert kind_phrases == set()


def test_a_light_said_with_the_rooms_case_ending_is_still_that_rooms() -> None:
    plan = Planner(HOME, "pl").plan("zapal lampę w kuchni")
    assert [(s.action, s.targets) for s in plan.steps] == [("light.turn_on", ["light.kuchnia"])]
