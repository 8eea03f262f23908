"""Norwegian commands as people type them (session 18):

* words for kinds of device in Norwegian (``resources/sentences/nb/device_types.yaml``), in
  their definite forms ("varmepumpa", "rullegardinen", "tv-en"), name the device of that kind
  in the room said;
* the loose reading (``resources/sentences/nb/frames.yaml``) reads short and relative commands
  ("kjøkkenlampa på", "skru ned radioen litt", "ovnen opp to grader"), and "på" is a cue only
  when no room or device follows it (``preposition_cues``);
* a bare light word ("lyset i gangen") is the room's one light (``nb/hearth.yaml``).
"""

from __future__ import annotations

from typing import Any

import pytest

from app.core.home import Home
from app.core.plan import Plan
from app.understanding.frames import load_frames
from app.understanding.planner import Planner
from tests.helpers.small_homes import entity as _entity

HOME: dict[str, Any] = {
    "areas": [
        {"id": "stue", "name": "Stue"},
        {"id": "kjokken", "name": "Kjøkken"},
        {"id": "gang", "name": "Gang"},
        {"id": "sov", "name": "Soverom"},
    ],
    "entities": [
        _entity("light.kjokkenlampe", "Kjøkkenlampe", "kjokken", "off"),
        _entity("light.gang", "Lys", "gang", "off"),
        _entity("light.sov_tak", "Taklampe", "sov", "on", brightness=200),
        _entity("climate.pumpe", "Luft-til-luft", "stue", "heat", temperature=20),
        _entity("climate.sov", "Ovn soverom", "sov", "heat", temperature=16),
        _entity("media_player.radio", "Radio", "kjokken", "playing", volume_level=0.5),
        _entity("media_player.tv", "Stue-TV", "stue", "off", device_class="tv"),
        _entity("cover.rull", "Rullegardin", "sov", "closed", device_class="shade", position=0),
    ],
}


@pytest.fixture(scope="module")
def planner() -> Planner:
    return Planner(Home.from_dict(HOME), "nb")


def _acts(plan: Plan) -> list[tuple[str, list[str], dict[str, Any]]]:
    assert plan.error is None, plan.reply
    return [(step.action, step.targets, step.params) for step in plan.steps]


@pytest.mark.parametrize(
    ("text", "action", "target"),
    [
        ("kjøkkenlampa på", "light.turn_on", "light.kjokkenlampe"),
        ("kjøkkenlampa på takk", "light.turn_on", "light.kjokkenlampe"),
        ("taklampa på soverommet av", "light.turn_off", "light.sov_tak"),
        ("skru på tv-en", "media_player.turn_on", "media_player.tv"),
    ],
)
def test_short_norwegian_on_and_off_commands(
    planner: Planner, text: str, action: str, target: str
) -> None:
    acts = _acts(planner.plan(text))
    assert [(a, t) for a, t, _ in acts] == [(action, [target])]


def test_pa_before_a_room_is_a_preposition_not_turn_on() -> None:
    data = load_frames("nb")
    assert data is not None
    assert "på" in data.preposition_cues
    english = load_frames("en")
    assert english is not None and english.preposition_cues == frozenset({"on"})


def test_the_ovens_temperature_said_with_pa_is_set_not_switched(planner: Planner) -> None:
    acts = _acts(planner.plan("ovnen på soverommet på 19"))
    assert acts == [("climate.set_temperature", ["climate.sov"], {"temperature": 19})]


def test_relative_norwegian_changes_step_the_right_attribute(planner: Planner) -> None:
    acts = _acts(planner.plan("skru ned radioen litt"))
    assert acts[0][1] == ["media_player.radio"]
    assert acts[0][2]["volume_level"] < 0.5
    acts = _acts(planner.plan("varmepumpa i stua opp to grader"))
    assert acts == [("climate.set_temperature", ["climate.pumpe"], {"temperature": 22})]


def test_a_kind_word_two_rooms_have_is_asked_about(planner: Planner) -> None:
    plan = planner.plan("varmen opp to grader")
    assert not plan.steps
    assert plan.error is not None and plan.error.code.value == "ambiguous"


def test_definite_forms_of_kind_words_name_the_device_of_the_room(planner: Planner) -> None:
    acts = _acts(planner.plan("sett rullegardinen på soverommet halvveis"))
    assert acts == [("cover.set_cover_position", ["cover.rull"], {"position": 50})]


def test_a_bare_light_word_is_the_rooms_one_light(planner: Planner) -> None:
    acts = _acts(planner.plan("sett lyset i gangen til tretti prosent"))
    assert [(a, t) for a, t, _ in acts] == [("light.turn_on", ["light.gang"])]
    assert acts[0][2].get("brightness_pct") == 30 or acts[0][2].get("brightness") == 77


def test_heat_as_an_adjective_is_no_heating_word(planner: Planner) -> None:
    plan = planner.plan("er det noen varme ting i stua?")
    assert not any(step.action == "climate.set_temperature" for step in plan.steps)
    assert all(step.read_only for step in plan.steps)


COND_HOME: dict[str, Any] = {
    "areas": [
        {"id": "bod", "name": "Bod"},
        {"id": "vaskerom", "name": "Vaskerom"},
        {"id": "loft", "name": "Loft"},
        {"id": "stue", "name": "Stue"},
    ],
    "entities": [
        _entity("light.bod", "Bodlys", "bod", "off"),
        _entity("climate.loft", "Ovn loft", "loft", "heat", temperature=15),
        _entity("fan.vaskerom", "Avtrekksvifte", "vaskerom", "off"),
        _entity("media_player.stue", "Stereo", "stue", "playing", volume_level=0.6),
        _entity("switch.trakter", "Kaffetrakter", "stue", "off"),
        _entity("lock.bod", "Bodlås", "bod", "locked"),
    ],
}


@pytest.fixture(scope="module")
def felt() -> Planner:
    return Planner(Home.from_dict(COND_HOME), "nb")


@pytest.mark.parametrize(
    ("text", "action", "target"),
    [
        ("det er kullsvart i boden", "light.turn_on", "light.bod"),
        ("det er iskaldt på loftet", "climate.set_temperature", "climate.loft"),
        ("det er så mye damp på vaskerommet", "fan.turn_on", "fan.vaskerom"),
        ("stereoen er altfor høy", "media_player.volume_set", "media_player.stue"),
        ("jeg må ha kaffe nå", "switch.turn_on", "switch.trakter"),
    ],
)
def test_a_condition_said_in_norwegian_acts_on_the_one_fitting_device(
    felt: Planner, text: str, action: str, target: str
) -> None:
    acts = _acts(felt.plan(text))
    assert [(a, t) for a, t, _ in acts] == [(action, [target])]


def test_the_cold_raises_the_temperature(felt: Planner) -> None:
    acts = _acts(felt.plan("det er hustrig på loftet"))
    assert acts[0][2]["temperature"] > 15


@pytest.mark.parametrize(
    "text",
    [
        "det er ikke så kaldt på loftet lenger",
        "det var kaldt på loftet i går",
        "det er mørkt i boden, men la det være",
    ],
)
def test_a_condition_turned_round_or_past_does_nothing(felt: Planner, text: str) -> None:
    plan = felt.plan(text)
    assert not any(not step.read_only for step in plan.steps), text


def test_a_condition_never_unlocks(felt: Planner) -> None:
    plan = felt.plan("det er mørkt i boden")
    assert all(not t.startswith("lock.") for step in plan.steps for t in step.targets)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("sett ei eggeklokke på 4 minutter", 240.0),
        ("start eggeklokka på 2 minutter og 30 sekunder", 150.0),
        ("sett en timer på en halv time", 1800.0),
        ("sett en timer på et kvarter", 900.0),
    ],
)
def test_norwegian_kitchen_timers_start_a_timer(felt: Planner, text: str, seconds: float) -> None:
    acts = _acts(felt.plan(text))
    assert [(a, p.get("duration_s")) for a, _, p in acts] == [("timer.start", seconds)]


def test_a_polite_command_with_the_infinitive_is_read(planner: Planner) -> None:
    acts = _acts(planner.plan("kan du sette lyset i gangen til tjue prosent?"))
    assert [(a, t) for a, t, _ in acts] == [("light.turn_on", ["light.gang"])]
