"""Finnish as Finns type it (session 19, ``resources/sentences/fi``):

* the loose reading (``frames.yaml``): a unit said in a case ("prosenttiin", "asteella"),
  relative changes ("hiljemmalle", "kirkkaammaksi"), a cover "alas" or "ylös";
* kinds of device in their case forms (``device_types.yaml``): "telkkari", "musiikki";
* words of the home's names said with case endings (``inflection.yaml``): "kiukaan" for
  the "Kiuas", a room with consonant gradation ("tuvassa" of the "Tupa"), a floor in the
  illative ("yläkertaan");
* a verb in its infinitive after "voisitko" (``commands.yaml``, ``corrections.yaml``);
* "pysäytä" pauses a player instead of turning it off (``media.yaml``);
* conditions with one sensible action (``conditions.yaml``) and situations run by the switch
  made for them (``situations.yaml``).
"""

from __future__ import annotations

from typing import Any

import pytest

from app.core.home import Home
from app.core.plan import Plan
from app.understanding.planner import Planner
from tests.helpers.small_homes import entity as _entity

FI_HOME: dict[str, Any] = {
    "floors": [
        {"id": "alakerta", "name": "Alakerta", "level": 0},
        {"id": "ylakerta", "name": "Yläkerta", "level": 1},
    ],
    "areas": [
        {"id": "tupa", "name": "Tupa", "floor": "alakerta"},
        {"id": "pesuhuone", "name": "Pesuhuone", "floor": "alakerta"},
        {"id": "vintti", "name": "Vintti", "floor": "ylakerta"},
        {"id": "aula", "name": "Aula", "floor": "ylakerta"},
    ],
    "entities": [
        _entity("light.tuvan_kattovalo", "Tuvan kattovalo", "tupa", "off", brightness=None),
        _entity("light.vintin_valo", "Vintin valo", "vintti", "off"),
        _entity("light.aulan_valo", "Aulan valo", "aula", "off"),
        _entity("climate.tuvan_patteri", "Tuvan patteri", "tupa", "heat", temperature=20),
        _entity("switch.kiuas", "Kiuas", "pesuhuone", "off"),
        _entity("climate.lattia", "Lattialämmitys", "pesuhuone", "heat", temperature=24),
        _entity("fan.pesuhuoneen_tuuletin", "Pesuhuoneen tuuletin", "pesuhuone", "off"),
        _entity(
            "media_player.vahvistin",
            "Vahvistin",
            "tupa",
            "playing",
            device_class="speaker",
            volume_level=0.5,
        ),
        _entity("cover.tuvan_verho", "Tuvan verho", "tupa", "open", device_class="shade"),
        _entity("switch.kahvinkeitin", "Kahvinkeitin", "tupa", "off"),
        _entity("todo.ostoslista", "Ostoslista", None, "0"),
        _entity(
            "climate.ilp",
            "Ilmalämpöpumppu",
            "aula",
            "heat",
            temperature=21,
            hvac_modes=["off", "heat", "cool", "dry"],
            fan_modes=["auto", "low", "high"],
            fan_mode="auto",
        ),
    ],
}


@pytest.fixture(scope="module")
def planner() -> Planner:
    return Planner(Home.from_dict(FI_HOME), "fi")


def _steps(plan: Plan) -> list[tuple[str, list[str]]]:
    assert plan.error is None, plan.reply
    return [(s.action, sorted(s.targets)) for s in plan.steps if not s.read_only]


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        ("vahvistin hiljemmalle", [("media_player.volume_set", ["media_player.vahvistin"])]),
        ("musiikki hiljemmalle", [("media_player.volume_set", ["media_player.vahvistin"])]),
        ("tuvan verho alas", [("cover.close_cover", ["cover.tuvan_verho"])]),
        ("tuvan patteri 23 asteeseen", [("climate.set_temperature", ["climate.tuvan_patteri"])]),
        ("pysäytä vahvistin", [("media_player.media_pause", ["media_player.vahvistin"])]),
        ("voitko laittaa kiukaan päälle", [("switch.turn_on", ["switch.kiuas"])]),
    ],
)
def test_finnish_loose_commands_kinds_and_case_endings(
    planner: Planner, text: str, steps: list[tuple[str, list[str]]]
) -> None:
    assert _steps(planner.plan(text)) == steps


def test_a_number_said_in_a_case_sets_that_level(planner: Planner) -> None:
    plan = planner.plan("tuvan patteri 23 asteeseen")
    assert [dict(s.params) for s in plan.steps if not s.read_only] == [{"temperature": 23}]


def test_a_floor_said_in_the_illative_is_every_light_on_it(planner: Planner) -> None:
    assert _steps(planner.plan("sytytä valot yläkertaan")) == [
        ("light.turn_on", ["light.aulan_valo", "light.vintin_valo"])
    ]


@pytest.mark.parametrize(
    ("text", "area", "steps"),
    [
        ("tuvassa on ihan pimeää", None, [("light.turn_on", ["light.tuvan_kattovalo"])]),
        ("täällä on pimeää", "vintti", [("light.turn_on", ["light.vintin_valo"])]),
        ("tuvassa on tosi kylmä", None, [("climate.set_temperature", ["climate.tuvan_patteri"])]),
        ("pesuhuone on ihan höyryssä", None, [("fan.turn_on", ["fan.pesuhuoneen_tuuletin"])]),
        (
            "musiikki on aivan liian kovalla",
            None,
            [("media_player.volume_set", ["media_player.vahvistin"])],
        ),
        ("mä tarvitsen kahvia", None, [("switch.turn_on", ["switch.kahvinkeitin"])]),
    ],
)
def test_finnish_conditions_and_situations_with_one_sensible_action(
    planner: Planner, text: str, area: str | None, steps: list[tuple[str, list[str]]]
) -> None:
    assert _steps(planner.plan(text, area=area)) == steps


def test_a_finnish_condition_said_as_not_so_does_nothing(planner: Planner) -> None:
    plan = planner.plan("tuvassa ei ole kylmä")
    assert not [s for s in plan.steps if not s.read_only]


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        ("avaa vahvistin", [("media_player.turn_on", ["media_player.vahvistin"])]),
        ("jatka soittoa", [("media_player.media_play", ["media_player.vahvistin"])]),
    ],
)
def test_finnish_media_said_without_a_players_verb(
    planner: Planner, text: str, steps: list[tuple[str, list[str]]]
) -> None:
    assert _steps(planner.plan(text, area="tupa")) == steps


def test_a_finnish_timer_with_its_length_in_a_case(planner: Planner) -> None:
    plan = planner.plan("laita munakello 5 minuutille")
    assert [(s.action, dict(s.params)) for s in plan.steps] == [
        ("timer.start", {"duration_s": 300.0})
    ]


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("onko tuvan verho auki?", "Kyllä, Tuvan verho: auki."),
        ("mitkä valot on päällä?", "Yksikään »valo« ei ole päällä."),
    ],
)
def test_finnish_questions_are_read_and_answered_in_finnish(
    planner: Planner, text: str, reply: str
) -> None:
    plan = planner.plan(text)
    assert plan.steps and all(step.read_only for step in plan.steps)
    assert plan.reply == reply


def test_a_finnish_hvac_mode_said_in_a_case_sets_that_mode(planner: Planner) -> None:
    plan = planner.plan("ilmalämpöpumppu kuivaukselle")
    assert [(s.action, dict(s.params)) for s in plan.steps] == [
        ("climate.set_hvac_mode", {"hvac_mode": "dry"})
    ]


def test_a_room_said_with_an_ending_is_no_device_with_a_mode(planner: Planner) -> None:
    """ "Vintissä" starts like the "Vintin valo" but is the room: never a mode to set."""
    plan = planner.plan("vintissä on pimeää")
    assert [s.action for s in plan.steps if not s.read_only] == ["light.turn_on"]


def test_a_heat_pumps_fan_speed_said_in_a_case_is_its_own_fan_mode(planner: Planner) -> None:
    plan = planner.plan("ilmalämpöpumppu puhallin täysille")
    assert [(s.action, dict(s.params)) for s in plan.steps] == [
        ("climate.set_fan_mode", {"fan_mode": "high"})
    ]


def test_an_acknowledgement_before_a_finnish_command_is_left_out(planner: Planner) -> None:
    assert _steps(planner.plan("ok sammuta tuvan kattovalo")) == [
        ("light.turn_off", ["light.tuvan_kattovalo"])
    ]


def test_a_list_item_with_the_list_said_in_the_allative(planner: Planner) -> None:
    plan = planner.plan("lisää kaurahiutaleet ostoslistalle")
    assert [(s.action, s.targets, dict(s.params)) for s in plan.steps] == [
        ("todo.add_item", ["todo.ostoslista"], {"item": "kaurahiutaleet"})
    ]


def test_a_narrower_word_in_the_partitive_counts_only_what_is_called_so(
    planner: Planner,
) -> None:
    plan = planner.plan("montako patteria on päällä?")
    assert plan.reply == "1 (patteri): päällä (Tuvan patteri)."
