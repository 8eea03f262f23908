"""Dry run (app/execution/preview.py): Hearth's own steps (a reminder, a calendar event, one of
Hearth's timers) are shown without a device being asked, so they never read "would fail";
a device step still runs on the virtual copy with its before and after. A plan whose every
target already is as it would leave it is "nothing to change", said in words."""

from __future__ import annotations

import asyncio

import pytest

from app.bootstrap import demo_home_source
from app.core.home import Home
from app.core.plan import Plan, PlannerName, Step
from app.execution.preview import StateOf, nothing_to_change, simulate
from app.understanding import Planner
from integrations.base import EntityState

HOME = Home.from_dict({"entities": [{"entity_id": "light.hall", "name": "Hall", "state": "off"}]})


def test_hearths_own_steps_are_no_device_calls() -> None:
    plan = Plan(text="x", planner=PlannerName.LOCAL)
    plan.steps = [
        Step(
            "reminder.create", [], {"message": "bins", "due_datetime": "2026-12-06T08:00:00+00:00"}
        ),
        Step("timer.start", [], {"duration_s": 5400}),
        Step("calendar.create_event", [], {"summary": "Dentist"}),
        Step("light.turn_on", ["light.hall"], {}),
    ]
    previews = asyncio.run(simulate(plan, HOME))
    assert [p.error for p in previews] == [None, None, None, None]
    assert previews[3].before["light.hall"]["state"] == "off"
    assert previews[3].after["light.hall"]["state"] == "on"
    assert HOME.entities["light.hall"].state == "off"  # the real home is untouched


def test_a_home_assistant_timer_helper_is_still_a_device() -> None:
    plan = Plan(text="x", planner=PlannerName.LOCAL)
    plan.steps = [Step("timer.start", ["timer.laundry"], {})]
    (preview,) = asyncio.run(simulate(plan, HOME))
    assert preview.error is not None and "would fail" in preview.error  # no such helper here


# -- nothing to change -------------------------------------------------------------------------

DEMO = Home.load(demo_home_source())


def _plan(text: str, home: Home = DEMO) -> Plan:
    plan = Planner(home, "en").plan(text, area="living_room")
    assert plan.error is None and plan.steps, plan.reply
    return plan


def _known(home: Home) -> StateOf:
    def state_of(entity_id: str) -> EntityState | None:
        entity = home.get(entity_id)
        if entity is None:
            return None
        return EntityState(entity_id, entity.state, dict(entity.attributes))

    return state_of


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("turn on the sofa lamp", "Nothing to change: Sofa Lamp is already on."),
        ("set the sofa lamp to 60 percent", "Nothing to change: Sofa Lamp is already on at 60%."),
        ("lock the front door", "Nothing to change: Front Door is already locked."),
        ("open the living room blinds", "Nothing to change: Living Room Blinds is already open."),
        (
            "set the living room thermostat to 21",
            "Nothing to change: Thermostat is already set to 21°.",
        ),
        (
            "turn off the desk lamp and the coffee machine",
            "Nothing to change: Desk Lamp is already off and Coffee Machine is already off.",
        ),
    ],
)
def test_a_plan_that_changes_nothing_says_so(text: str, said: str) -> None:
    assert nothing_to_change(_plan(text), _known(DEMO), DEMO) == said


@pytest.mark.parametrize(
    "text",
    [
        "turn off the sofa lamp",  # it is on: a real change
        "set the sofa lamp to 30 percent",  # it is at 60%
        "turn the sofa lamp red",  # on already, but the colour is not what the step checks
        "turn on the desk lamp and turn off the sofa lamp",  # one of two steps changes
        "unlock the front door",
        "is the front door locked",  # a question: nothing to approve anyway
    ],
)
def test_a_plan_that_changes_something_is_offered(text: str) -> None:
    assert nothing_to_change(_plan(text), _known(DEMO), DEMO) is None


def test_a_half_open_blind_is_not_already_open() -> None:
    home = Home.load(demo_home_source())
    home.entities["cover.living_room_blinds"].attributes["current_position"] = 40
    plan = _plan("open the living room blinds", home)
    assert nothing_to_change(plan, _known(home), home) is None  # open_cover moves it to 100


def test_an_unknown_or_unavailable_state_is_never_already_anything() -> None:
    plan = _plan("turn on the sofa lamp")
    assert nothing_to_change(plan, lambda _entity_id: None, DEMO) is None
    gone = EntityState("light.sofa_lamp", "unavailable", {})
    assert nothing_to_change(plan, lambda _entity_id: gone, DEMO) is None


def test_hearths_own_actions_and_timer_helpers_always_act() -> None:
    reminder = Plan(text="x", planner=PlannerName.LOCAL)
    reminder.steps = [Step("reminder.create", [], {"message": "bins"})]
    assert nothing_to_change(reminder, _known(DEMO), DEMO) is None
    helper = Plan(text="x", planner=PlannerName.LOCAL)
    step = Step("timer.start", ["timer.laundry"], {}, expect={"timer.laundry": {"state": "active"}})
    helper.steps = [step]
    running = EntityState("timer.laundry", "active", {})
    assert nothing_to_change(helper, lambda _entity_id: running) is None  # start restarts it


# -- nothing to change, in the request's language ------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("de", "schalte Sofa Lamp ein", "Nichts zu ändern: Sofa Lamp ist schon an."),
        (
            "de",
            "schalte Desk Lamp und Coffee Machine aus",
            "Nichts zu ändern: Desk Lamp ist schon aus und Coffee Machine ist schon aus.",
        ),
        (
            "de",
            "stelle Thermostat auf 21 Grad",
            "Nichts zu ändern: Thermostat ist schon auf 21° gestellt.",
        ),
        ("fr", "allume Sofa Lamp", "Rien à changer. Sofa Lamp : déjà allumé."),
        ("fr", "règle Sofa Lamp à 60 %", "Rien à changer. Sofa Lamp : déjà allumé à 60 %."),
        ("es", "enciende Sofa Lamp", "Nada que cambiar. Sofa Lamp: ya encendido."),
        ("es", "cierra Front Door", "Nada que cambiar. Front Door: ya bloqueado."),
    ],
)
def test_nothing_to_change_is_said_in_the_request_language(
    language: str, text: str, said: str
) -> None:
    plan = Planner(DEMO, language).plan(text, area="living_room")
    assert plan.error is None and plan.steps and plan.language == language, plan.reply
    assert nothing_to_change(plan, _known(DEMO), DEMO) == said


def _thermostat_plan(language: str) -> tuple[Plan, Home]:
    home = Home.from_dict(
        {
            "entities": [
                {
                    "entity_id": "climate.hall",
                    "name": "Flur",
                    "state": "heat",
                    "attributes": {"temperature": 21.5, "temperature_unit": "°C"},
                }
            ]
        }
    )
    step = Step(
        "climate.set_temperature",
        ["climate.hall"],
        {"temperature": 21.5},
        expect={"climate.hall": {"attributes": {"temperature": 21.5}}},
    )
    return Plan(text="x", planner=PlannerName.LOCAL, language=language, steps=[step]), home


def test_numbers_are_written_as_the_language_writes_them() -> None:
    plan, home = _thermostat_plan("de")
    said = nothing_to_change(plan, _known(home), home)
    assert said == "Nichts zu ändern: Flur ist schon auf 21,5°C gestellt."
    plan, home = _thermostat_plan("en")
    assert nothing_to_change(plan, _known(home), home) == (
        "Nothing to change: Flur is already set to 21.5°C."
    )


def test_a_language_without_the_words_hears_english() -> None:
    plan, home = _thermostat_plan("hu")  # Hungarian has no replies of Hearth's own (yet)
    said = nothing_to_change(plan, _known(home), home)
    assert said == "Nothing to change: Flur is already set to 21.5°C."
    plan, home = _thermostat_plan("da")  # Danish has them now, with its decimal comma
    assert nothing_to_change(plan, _known(home), home) == (
        "Intet at ændre: Flur er allerede indstillet til 21,5°C."
    )
    plan, home = _thermostat_plan("pl")  # Polish has them now: the number as Polish writes it
    assert nothing_to_change(plan, _known(home), home) == (
        "Nie ma nic do zmiany: Flur: już ustawione na 21,5°C."
    )
