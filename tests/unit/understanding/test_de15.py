"""German as people say it, session 15: "Beschattung" for every cover that keeps out light (not
the garage door), "Garagen" for the garage doors, the cover said before the room with "öffne"
and "schließe" and with an infinitive at the end, batteries asked about as "schwach" or
"niedrig", sensors asked about by what they report ("ist im Keller etwas kalt?", "welche
Geräte sind getrennt?") while "ist es kalt im Keller?" still asks the temperature, and who is
home asked with "sich befinden" and "sich aufhalten". The homes and sentences are this file's
own."""

from __future__ import annotations

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import Plan
from app.understanding.planner import Planner
from tests.helpers.small_homes import entity

HOME = Home.from_dict(
    {
        "areas": [
            {"id": "essen", "name": "Esszimmer"},
            {"id": "keller", "name": "Keller"},
            {"id": "hof", "name": "Hof"},
        ],
        "entities": [
            entity(
                "cover.esszimmer_jalousie", "Jalousie Nord", "essen", "open", device_class="blind"
            ),
            entity(
                "cover.esszimmer_gardine", "Gardine Süd", "essen", "open", device_class="curtain"
            ),
            entity("cover.esszimmer_fenster", "Oberlicht", "essen", "open", device_class="window"),
            entity("cover.hof_garage", "Carport Tor", "hof", "closed", device_class="garage"),
            entity("cover.hof_einfahrt", "Einfahrt", "hof", "closed", device_class="gate"),
            entity(
                "binary_sensor.keller_frost", "Frostwächter", "keller", "on", device_class="cold"
            ),
            entity("binary_sensor.keller_hitze", "Heizraum", "keller", "off", device_class="heat"),
            entity("sensor.keller_temp", "Kellerklima", "keller", "9", device_class="temperature"),
            entity("binary_sensor.tablet_netz", "Tablet", None, "off", device_class="connectivity"),
            entity("binary_sensor.uhr_netz", "Wanduhr", None, "on", device_class="connectivity"),
            entity(
                "binary_sensor.rauch_akku", "Rauchmelder Akku", None, "on", device_class="battery"
            ),
            entity("person.jana", "Jana", None, "home"),
            entity("person.ole", "Ole", None, "not_home"),
        ],
    }
)


def _plan(text: str) -> Plan:
    return Planner(HOME, "de").plan(text, conversation=Conversation("c"))


def _changed(plan: Plan) -> list[tuple[str, list[str]]]:
    return [(s.action, sorted(s.targets)) for s in plan.steps if not s.read_only]


def _read(plan: Plan) -> list[str]:
    assert plan.steps and plan.read_only, plan.error
    return sorted(t for s in plan.steps for t in s.targets)


SHADES = ["cover.esszimmer_gardine", "cover.esszimmer_jalousie"]


# -- covers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("fahr die Beschattung im Esszimmer runter", "cover.close_cover"),
        ("mach im Esszimmer alle Beschattungen zu", "cover.close_cover"),
        ("schließe die Beschattungen im Esszimmer", "cover.close_cover"),
        ("Beschattung im Esszimmer öffnen", "cover.open_cover"),
        ("öffne die Beschattung im Esszimmer", "cover.open_cover"),
    ],
)
def test_beschattung_is_every_cover_that_keeps_out_light(text: str, action: str) -> None:
    # the skylight (a window) is no shade; nor are the garage door and the gate
    assert _changed(_plan(text)) == [(action, SHADES)]


@pytest.mark.parametrize("text", ["mach alle Garagen auf", "öffne alle Garagen"])
def test_garagen_are_the_garage_doors_not_the_gate(text: str) -> None:
    assert _changed(_plan(text)) == [("cover.open_cover", ["cover.hof_garage"])]


# -- questions ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["sind irgendwelche Batterien schwach?", "welche Akkus sind niedrig?"]
)
def test_low_battery_words_are_read_with_the_battery(text: str) -> None:
    assert _read(_plan(text)) == ["binary_sensor.rauch_akku"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("ist im Keller irgendwas kalt?", ["binary_sensor.keller_frost"]),
        ("welche Sensoren sind heiß?", ["binary_sensor.keller_hitze"]),
        ("wie viele Geräte sind verbunden?", ["binary_sensor.uhr_netz"]),
        ("ist irgendein Gerät getrennt?", ["binary_sensor.tablet_netz"]),
    ],
)
def test_a_sensor_is_asked_about_by_what_it_reports(text: str, read: list[str]) -> None:
    assert _read(_plan(text)) == read


def test_cold_said_of_the_room_still_asks_the_temperature() -> None:
    plan = _plan("wie kalt ist es im Keller?")
    assert _read(plan) == ["sensor.keller_temp"]
    assert "9" in (plan.reply or "")


def test_only_the_connected_ones_are_named() -> None:
    reply = _plan("welche Geräte sind verbunden?").reply or ""
    assert "Wanduhr" in reply and "Tablet" not in reply


@pytest.mark.parametrize(
    "text",
    [
        "befindet sich jemand zu Hause",
        "hält sich irgendjemand zu Hause auf",
        "wer befindet sich zu Hause",
        "wie viele Leute halten sich zu Hause auf",
    ],
)
def test_who_is_home_with_sich_befinden_and_sich_aufhalten(text: str) -> None:
    plan = _plan(text)
    assert set(_read(plan)) >= {"person.jana"}
    assert not _changed(plan)


def test_alle_tueren_is_the_doors_not_everyone() -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "diele", "name": "Diele"}],
            "entities": [
                entity("binary_sensor.diele_tuer", "Dielentür", "diele", "on", device_class="door"),
                entity("lock.diele", "Dielenschloss", "diele", "locked"),
                entity("person.jana", "Jana", None, "home"),
            ],
        }
    )
    plan = Planner(home, "de").plan("sind alle Türen offen?", conversation=Conversation("c"))
    assert _read(plan) == ["binary_sensor.diele_tuer"]
    plan = Planner(home, "de").plan("sind alle Türen verschlossen?", conversation=Conversation("c"))
    assert _read(plan) == ["lock.diele"]


@pytest.mark.parametrize(
    ("text", "action"), [("Alle Lampen an", "on"), ("alle Lichter aus bitte", "off")]
)
def test_alle_lichter_without_a_verb(text: str, action: str) -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "diele", "name": "Diele"}, {"id": "bad", "name": "Bad"}],
            "entities": [
                entity("light.diele", "Dielenlampe", "diele", "off" if action == "on" else "on"),
                entity("light.bad", "Spiegel", "bad", "off" if action == "on" else "on"),
            ],
        }
    )
    plan = Planner(home, "de").plan(text, conversation=Conversation("c"))
    assert _changed(plan) == [(f"light.turn_{action}", ["light.bad", "light.diele"])]


@pytest.mark.parametrize(
    "text",
    [
        "Mach das Licht im Esszimmer an und das im Keller aus",
        "mach das Licht im Esszimmer an und im Keller aus",
    ],
)
def test_second_command_keeps_its_own_on_or_off(text: str) -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "essen", "name": "Esszimmer"}, {"id": "keller", "name": "Keller"}],
            "entities": [
                entity("light.essen", "Esstischlampe", "essen", "off"),
                entity("light.keller", "Kellerlampe", "keller", "on"),
            ],
        }
    )
    plan = Planner(home, "de").plan(text, conversation=Conversation("c"))
    assert _changed(plan) == [
        ("light.turn_on", ["light.essen"]),
        ("light.turn_off", ["light.keller"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kannst du Hefe auf die Einkaufsliste schreiben?",
        "würdest du bitte Hefe zur Einkaufsliste hinzufügen",
    ],
)
def test_a_request_to_add_to_a_list_is_not_part_of_the_item(text: str) -> None:
    home = Home.from_dict(
        {"areas": [], "entities": [entity("todo.einkauf", "Einkaufsliste", None, "0")]}
    )
    plan = Planner(home, "de").plan(text, conversation=Conversation("c"))
    assert [(s.action, s.params) for s in plan.steps] == [("todo.add_item", {"item": "Hefe"})]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("mach alle Lichter aus außer im Keller", "light.turn_off"),
        ("alle Lampen an bis auf die im Keller", "light.turn_on"),
    ],
)
def test_all_lights_but_one_room(text: str, action: str) -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "essen", "name": "Esszimmer"}, {"id": "keller", "name": "Keller"}],
            "entities": [
                entity("light.essen", "Esstischlampe", "essen", "on" if "aus" in text else "off"),
                entity("light.keller", "Kellerlampe", "keller", "on" if "aus" in text else "off"),
            ],
        }
    )
    plan = Planner(home, "de").plan(text, conversation=Conversation("c"))
    assert _changed(plan) == [(action, ["light.essen"])]


@pytest.mark.parametrize("text", ["dreh's Licht im Keller auf", "mach s Licht im Keller an"])
def test_das_shortened_to_s(text: str) -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "keller", "name": "Keller"}],
            "entities": [entity("light.keller", "Kellerlampe", "keller", "off")],
        }
    )
    plan = Planner(home, "de").plan(text, conversation=Conversation("c"))
    assert _changed(plan) == [("light.turn_on", ["light.keller"])]
