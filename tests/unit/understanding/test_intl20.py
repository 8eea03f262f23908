"""Romanian as people say and type it (session 20):

* the words of the home's names said with an ending the name has not ("luminozitatea
  veiozei", "volumul radioului") or with other accents ("bucătărie" for a room the home
  writes "Bucatarie", "porneşte" with a cedilla): ``resources/sentences/ro/inflection.yaml``
  and the planner's reading of a word typed with other accents than the known word;
* a sensor asked about by a name said so ("mașina de spălat e pornită?" of the "Masina de
  spalat"), what binary sensors sense said in more ways (``ro/sensor_kinds.yaml``);
* Hearth's loose reading in Romanian (``ro/frames.yaml``), every light of the home with no
  room said, every light but one (``ro/places.yaml``), timers (``ro/timers.yaml``), what
  people say of a place instead of a command (``ro/conditions.yaml``: "e întuneric în
  pivniță", "aș bea o cafea"), never the kitchen fan for a question about smoke;
* word orders Home Assistant's sentences leave out (``ro/commands.yaml``): the value before
  the room ("setează temperatura la 23 de grade în dormitor"), a cover's position with no
  "la", a light of a room asked about with its article, a room's locks by their kind ("încuie
  ușa din pivniță"), the next song with no player named.
"""

from __future__ import annotations

from typing import Any

import pytest

from app.core.home import Home
from app.understanding import case_forms
from app.understanding.planner import Planner
from tests.helpers.plan_steps import read_targets as _read
from tests.helpers.plan_steps import steps_of as _steps
from tests.helpers.small_homes import entity as _entity

RO_HOME: dict[str, Any] = {
    "areas": [
        {"id": "bucatarie", "name": "Bucatarie"},
        {"id": "sufragerie", "name": "Sufragerie"},
        {"id": "dormitor", "name": "Dormitor"},
        {"id": "pivnita", "name": "Pivniţă"},
    ],
    "entities": [
        _entity("light.veioza", "Veioza", "dormitor", "on", brightness=200),
        _entity("light.lustra", "Lustra", "sufragerie", "on", brightness=255),
        _entity("light.bec_pivnita", "Bec pivniţă", "pivnita", "off"),
        _entity("media_player.radio", "Radio", "bucatarie", "playing", volume_level=0.5),
        _entity("climate.termostat", "Termostat", "sufragerie", "heat", temperature=21),
        _entity("climate.calorifer", "Calorifer", "dormitor", "heat", temperature=20),
        _entity("fan.hota", "Hota", "bucatarie", "off"),
        _entity("switch.espressor", "Espressor", "bucatarie", "off"),
        _entity(
            "cover.jaluzele", "Jaluzele", "dormitor", "open", device_class="blind", position=100
        ),
        _entity(
            "binary_sensor.masina", "Masina de spalat", "bucatarie", "on", device_class="running"
        ),
        _entity("lock.usa_beci", "Usa beciului", "pivnita", "unlocked"),
    ],
}


@pytest.fixture(scope="module")
def ro() -> Planner:
    return Planner(Home.from_dict(RO_HOME), "ro")


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        (
            "setează luminozitatea veiozei la 40%",
            [("light.turn_on", ["light.veioza"], {"brightness_pct": 40})],
        ),
        (
            "setează volumul radioului la 30",
            [("media_player.volume_set", ["media_player.radio"], {"volume_level": 0.3})],
        ),
        ("oprește hota din bucătărie", [("fan.turn_off", ["fan.hota"], {})]),
        ("porneşte hota", [("fan.turn_on", ["fan.hota"], {})]),
    ],
)
def test_names_said_with_an_ending_or_other_accents(
    ro: Planner, text: str, steps: list[tuple[str, list[str], dict[str, Any]]]
) -> None:
    assert _steps(ro.plan(text)) == steps


def test_a_sensor_asked_about_by_its_name_said_with_accents(ro: Planner) -> None:
    assert _read(ro.plan("mașina de spălat e pornită?")) == ["binary_sensor.masina"]
    assert _read(ro.plan("există dispozitive care funcționează?")) == ["binary_sensor.masina"]


@pytest.mark.parametrize(
    ("text", "area", "off"),
    [
        ("stinge toate luminile", None, ["light.bec_pivnita", "light.lustra", "light.veioza"]),
        ("stinge toate luminile", "sufragerie", ["light.lustra"]),
        ("stinge toate luminile în afară de veioza", None, ["light.bec_pivnita", "light.lustra"]),
    ],
)
def test_every_light_of_the_home_or_all_but_one(
    ro: Planner, text: str, area: str | None, off: list[str]
) -> None:
    steps = _steps(ro.plan(text, area=area))
    assert [(action, targets) for action, targets, _ in steps] == [("light.turn_off", off)]


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("pune un cronometru de o jumătate de oră", 1800),
        ("pune-mi un cronometru de cincisprezece minute", 900),
        ("setează un timer de 12 minute pentru paste", 720),
    ],
)
def test_romanian_timers(ro: Planner, text: str, seconds: int) -> None:
    steps = _steps(ro.plan(text))
    assert [(action, params.get("duration_s")) for action, _, params in steps] == [
        ("timer.start", seconds)
    ]


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        (
            "setează temperatura la 23 de grade în dormitor",
            [("climate.set_temperature", ["climate.calorifer"], {"temperature": 23})],
        ),
        (
            "pune termostatul pe 22 de grade",
            [("climate.set_temperature", ["climate.termostat"], {"temperature": 22})],
        ),
        (
            "închide jaluzelele din dormitor 30%",
            [("cover.set_cover_position", ["cover.jaluzele"], {"position": 30})],
        ),
        ("veioza la 25%", [("light.turn_on", ["light.veioza"], {"brightness_pct": 25})]),
        ("încuie ușa din pivniță", [("lock.lock", ["lock.usa_beci"], {})]),
        ("piesa următoare", [("media_player.media_next_track", ["media_player.radio"], {})]),
    ],
)
def test_word_orders_home_assistant_leaves_out(
    ro: Planner, text: str, steps: list[tuple[str, list[str], dict[str, Any]]]
) -> None:
    assert _steps(ro.plan(text)) == steps


def test_a_light_of_a_room_asked_about_with_its_article(ro: Planner) -> None:
    plan = ro.plan("e aprinsă lumina în dormitor?")
    assert _read(plan) == ["light.veioza"]


def test_the_loose_reading_turns_the_radio_down(ro: Planner) -> None:
    steps = _steps(ro.plan("dă mai încet la radio"))
    assert [(action, targets) for action, targets, _ in steps] == [
        ("media_player.volume_set", ["media_player.radio"])
    ]
    assert steps[0][2]["volume_level"] < 0.5


def test_what_is_said_of_a_place_or_of_oneself(ro: Planner) -> None:
    assert _steps(ro.plan("e întuneric în pivniță"))[0][:2] == (
        "light.turn_on",
        ["light.bec_pivnita"],
    )
    assert _steps(ro.plan("aș bea o cafea")) == [("switch.turn_on", ["switch.espressor"], {})]


def test_a_question_about_smoke_never_turns_the_kitchen_fan_on(ro: Planner) -> None:
    plan = ro.plan("este fum în bucătărie?")
    assert all(step.action != "fan.turn_on" for step in plan.steps)


def test_words_read_across_other_accents_only_where_the_language_says_so() -> None:
    # Romanian and Hungarian type the same word with other accents, Russian "е" for "ё"; in
    # Portuguese accents alone tell words apart, so its words are never folded onto another.
    assert case_forms.other_accents("ro")
    assert case_forms.other_accents("ru")
    assert case_forms.other_accents("hu")
    assert not case_forms.other_accents("pt")
    assert not case_forms.other_accents("en")
