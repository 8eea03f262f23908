"""The language-model planner against a real OpenAI-compatible server (scripted per test),
through the real ``openai`` client: what is sent, and what comes back is checked before it
becomes a plan."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator, Callable

import pytest

from app.bootstrap import demo_home_source
from app.core.home import Home
from app.core.plan import ErrorCode, PlannerName, Risk
from app.understanding.llm.config import LLMConfig
from app.understanding.llm.planner import LLMPlanner
from tests.helpers.openai_server import (
    API_KEY,
    MODEL,
    Reply,
    ScriptedOpenAIServer,
    completion,
    text_reply,
    tool_reply,
)

pytestmark = pytest.mark.anyio
NOW = dt.datetime(2026, 11, 24, 18, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


@pytest.fixture
def home() -> Home:
    return Home.load(demo_home_source())


Make = Callable[..., LLMPlanner]


@pytest.fixture
async def planner(openai_server: ScriptedOpenAIServer, home: Home) -> AsyncIterator[Make]:
    """Makes planners on *home* against the test's server; closes them afterwards."""
    made: list[LLMPlanner] = []
    config = LLMConfig(base_url=openai_server.base_url, model=MODEL, api_key=API_KEY, timeout=10)

    def make(**kwargs: object) -> LLMPlanner:
        made.append(LLMPlanner(home, config, **kwargs))  # type: ignore[arg-type]
        return made[-1]

    yield make
    for llm in made:
        await llm.aclose()


async def test_several_steps_become_a_plan_with_policy_risk_and_expectations(
    openai_server: ScriptedOpenAIServer, home: Home, planner: Make
) -> None:
    openai_server.script(
        tool_reply(
            ("scene", {"service": "turn_on", "entity_ids": ["scene.movie_night"]}),
            (
                "light",
                {"service": "turn_on", "entity_ids": ["light.sofa_lamp"], "brightness_pct": 20},
            ),
            ("cover", {"service": "close_cover", "entity_ids": ["cover.living_room_blinds"]}),
        )
    )
    result = await planner().plan(
        "get the house ready for movie night", area="living_room", now=NOW
    )
    plan = result.plan
    assert plan.planner is PlannerName.LLM and plan.error is None
    assert [(s.action, s.targets) for s in plan.steps] == [
        ("scene.turn_on", ["scene.movie_night"]),
        ("light.turn_on", ["light.sofa_lamp"]),
        ("cover.close_cover", ["cover.living_room_blinds"]),
    ]
    assert plan.steps[1].params == {"brightness_pct": 20}
    assert plan.steps[1].summary == "Set Sofa Lamp to 20%"
    assert plan.steps[1].expect == {
        "light.sofa_lamp": {"state": "on", "attributes": {"brightness": 51}}
    }
    assert plan.steps[0].risk is Risk.MEDIUM  # scenes: the policy's word, not the model's
    assert plan.needs_confirmation  # a person confirms what a model proposes
    assert result.prompt_tokens == 812 and result.completion_tokens == 31
    (request,) = openai_server.completions
    body = request.json
    assert body["model"] == MODEL and body["tool_choice"] == "auto"
    assert {t["function"]["name"] for t in body["tools"]} >= {"light", "cover", "scene", "ask_user"}
    last = body["messages"][-1]
    assert last["role"] == "user"
    assert last["content"].endswith("\nREQUEST: get the house ready for movie night")
    assert "THIS COMPUTER IS IN: living_room" in last["content"]
    assert "2026-11-24T18:30+01:00" in last["content"]


async def test_a_made_up_entity_rejects_the_whole_answer(
    openai_server: ScriptedOpenAIServer, home: Home, planner: Make
) -> None:
    openai_server.script(
        tool_reply(
            ("light", {"service": "turn_on", "entity_ids": ["light.sofa_lamp"]}),
            ("light", {"service": "turn_on", "entity_ids": ["light.disco_ball"]}),
        )
    )
    result = await planner().plan("party time")
    assert result.plan.steps == []
    assert result.plan.error is not None and result.plan.error.code is ErrorCode.NO_TARGET
    assert '"light.disco_ball"' in result.plan.error.message
    assert "not in this home" in (result.plan.reply or "")
    assert result.plan.planner is PlannerName.LLM


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (
            {"service": "turn_on", "entity_ids": ["light.sofa_lamp"], "brightness_pct": 250},
            '"brightness_pct": Input should be less than or equal to 100',
        ),
        (
            {"service": "turn_on", "entity_ids": ["light.sofa_lamp"], "brightness_pct": "50"},
            '"brightness_pct": Input should be a valid number',
        ),
        (
            {"service": "turn_on", "entity_ids": ["light.sofa_lamp"], "risk": "low"},
            '"risk": not a parameter of this action',
        ),
        (
            {"service": "turn_off", "entity_ids": ["light.sofa_lamp"], "brightness_pct": 10},
            '"brightness_pct": not a parameter of this action',
        ),
        (
            {"service": "turn_on", "entity_ids": "light.sofa_lamp"},
            '"entity_ids": Input should be a valid array',
        ),
        (
            {"service": "explode", "entity_ids": ["light.sofa_lamp"]},
            'asked for "light.explode", which Hearth does not offer',
        ),
        (
            {"service": "turn_on", "entity_ids": ["light.sofa_lamp"], "color_name": "ultraviolet"},
            '"ultraviolet" is not a colour name',
        ),
    ],
)
async def test_wrong_parameters_are_rejected_with_the_reason(
    openai_server: ScriptedOpenAIServer,
    home: Home,
    planner: Make,
    arguments: dict[str, object],
    expected: str,
) -> None:
    openai_server.script(tool_reply(("light", arguments)))
    result = await planner().plan("do something with the sofa lamp")
    assert result.plan.steps == [] and result.rejection is not None
    assert expected in result.plan.error.message  # type: ignore[union-attr]


async def test_values_the_device_cannot_take_are_rejected(
    openai_server: ScriptedOpenAIServer, home: Home, planner: Make
) -> None:
    openai_server.script(
        tool_reply(
            (
                "climate",
                {
                    "service": "set_hvac_mode",
                    "entity_ids": ["climate.living_room"],
                    "hvac_mode": "dry",
                },
            )
        ),
        tool_reply(
            (
                "climate",
                {
                    "service": "set_temperature",
                    "entity_ids": ["climate.living_room"],
                    "temperature": 60,
                },
            )
        ),
        tool_reply(("light", {"service": "turn_on", "entity_ids": ["lock.front_door"]})),
    )
    llm = planner()
    first = await llm.plan("dry the air")
    assert "Thermostat has no dry mode" in first.plan.error.message  # type: ignore[union-attr]
    second = await llm.plan("make it really hot")
    assert "Thermostat takes 7 to 35, not 60" in second.plan.error.message  # type: ignore[union-attr]
    third = await llm.plan("light the door")
    assert "which is not a light" in third.plan.error.message  # type: ignore[union-attr]


async def test_malformed_arguments_are_a_clear_error(
    openai_server: ScriptedOpenAIServer, home: Home, planner: Make
) -> None:
    openai_server.script(tool_reply(("light", '{"service": "turn_on", "entity_ids": ["light.sofa')))
    result = await planner().plan("lamp on")
    assert result.plan.steps == []
    assert result.plan.error is not None and result.plan.error.code is ErrorCode.NOT_UNDERSTOOD
    assert "step 1 is malformed: its arguments are not valid JSON" in result.plan.error.message


async def test_a_question_back_plans_nothing(
    openai_server: ScriptedOpenAIServer, home: Home, planner: Make
) -> None:
    openai_server.script(
        tool_reply(
            ("light", {"service": "turn_on", "entity_ids": ["light.sofa_lamp"]}),
            ("ask_user", {"question": "Which room is too dark?"}),
        )
    )
    result = await planner().plan("it's too dark")
    assert result.plan.steps == []
    assert result.plan.reply == "Which room is too dark?"
    assert result.plan.error is not None and result.plan.error.code is ErrorCode.AMBIGUOUS


async def test_a_plain_answer_is_the_reply(
    openai_server: ScriptedOpenAIServer, home: Home, planner: Make
) -> None:
    openai_server.script(text_reply("The living room is at 20.5 degrees."))
    result = await planner().plan("is it warm enough in the lounge?")
    assert result.plan.error is None and result.plan.steps == []
    assert result.plan.reply == "The living room is at 20.5 degrees."


async def test_tool_calls_written_as_text_are_read_and_validated(
    openai_server: ScriptedOpenAIServer, home: Home, planner: Make
) -> None:
    call = {
        "name": "fan",
        "arguments": {
            "service": "set_percentage",
            "entity_ids": ["fan.office_fan"],
            "percentage": 50,
        },
    }
    openai_server.script(Reply(completion(content="```json\n" + json.dumps(call) + "\n```")))
    result = await planner().plan("half speed on the office fan")
    assert [(s.action, s.params) for s in result.plan.steps] == [
        ("fan.set_percentage", {"percentage": 50})
    ]
    assert result.plan.reply is None


async def test_unexposed_entities_are_not_shown_and_not_accepted(
    openai_server: ScriptedOpenAIServer, home: Home, planner: Make
) -> None:
    hidden = home.entities["light.desk_lamp"]
    hidden.exposed = False
    hidden.attributes["access_token"] = "camera-token-6d1e"
    home.entities["light.sofa_lamp"].attributes["access_token"] = "camera-token-6d1e"
    openai_server.script(
        tool_reply(("light", {"service": "turn_on", "entity_ids": ["light.desk_lamp"]}))
    )
    result = await planner().plan("turn on the desk lamp")
    (request,) = openai_server.completions
    assert "light.desk_lamp" not in request.body and "Desk Lamp" not in request.body
    assert "camera-token-6d1e" not in request.body  # attributes are listed by allow-list
    assert result.plan.error is not None and result.plan.error.code is ErrorCode.NO_TARGET


async def test_calendar_events_are_checked_and_summarised(
    openai_server: ScriptedOpenAIServer, home: Home, planner: Make
) -> None:
    from app.core.home import Entity

    home.entities["calendar.family"] = Entity("calendar.family", "Family", "off")
    event = {
        "service": "create_event",
        "entity_ids": ["calendar.family"],
        "summary": "Dentist",
        "start_date_time": "2026-11-26T10:00:00+01:00",
        "end_date_time": "2026-11-26T11:00:00+01:00",
    }
    naive = dict(event, start_date_time="2026-11-26T10:00:00")
    backwards = dict(event, end_date_time="2026-11-26T09:00:00+01:00")
    openai_server.script(
        tool_reply(("calendar", event)),
        tool_reply(("calendar", naive)),
        tool_reply(("calendar", backwards)),
    )
    llm = planner()
    good = await llm.plan("dentist on thursday at ten")
    (step,) = good.plan.steps
    assert step.action == "calendar.create_event" and step.params["summary"] == "Dentist"
    assert step.summary == "Add “Dentist” to Family at 2026-11-26T10:00:00+01:00"
    assert "timezone" in (await llm.plan("dentist")).plan.error.message  # type: ignore[union-attr]
    assert "must be after" in (await llm.plan("dentist")).plan.error.message  # type: ignore[union-attr]


async def test_reminders_are_offered_only_when_hearth_can_run_them(
    openai_server: ScriptedOpenAIServer, home: Home, planner: Make
) -> None:
    reminder = {
        "service": "create",
        "message": "take out the trash",
        "due_datetime": "2026-11-25T08:00:00+01:00",
        "rrule": "FREQ=WEEKLY;BYDAY=TU",
    }
    openai_server.script(tool_reply(("reminder", reminder)), tool_reply(("reminder", reminder)))
    without = await planner().plan("remind me")
    assert "reminder.create, which Hearth can't do" in without.plan.error.message  # type: ignore[union-attr]
    with_reminders = await planner(hearth_actions={"reminder.create"}).plan("x")
    (step,) = with_reminders.plan.steps
    assert step.targets == [] and step.params["rrule"] == "FREQ=WEEKLY;BYDAY=TU"
    names = [[t["function"]["name"] for t in r.json["tools"]] for r in openai_server.completions]
    assert "reminder" not in names[0] and "reminder" in names[1]
