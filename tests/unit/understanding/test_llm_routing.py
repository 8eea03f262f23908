"""Routing between the local planner and the language model (scripted server)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable

import pytest

from app.bootstrap import demo_home_source
from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import ErrorCode, PlannerName
from app.understanding import Planner
from app.understanding.llm.config import LLMConfig, RoutingMode
from app.understanding.llm.planner import LLMPlanner
from app.understanding.routing import PlannerRouter
from tests.helpers.openai_server import (
    API_KEY,
    MODEL,
    Reply,
    ScriptedOpenAIServer,
    error_reply,
    text_reply,
    tool_reply,
)

pytestmark = pytest.mark.anyio
MakeRouter = Callable[..., PlannerRouter]
MOVIE = ("scene", {"service": "turn_on", "entity_ids": ["scene.movie_night"]})


@pytest.fixture(scope="module")
def local() -> Planner:
    return Planner(Home.load(demo_home_source()))


@pytest.fixture
async def router(openai_server: ScriptedOpenAIServer, local: Planner) -> AsyncIterator[MakeRouter]:
    made: list[PlannerRouter] = []

    def make(
        mode: str = "local_first", forbidden: bool = False, timeout: float = 3
    ) -> PlannerRouter:
        config = LLMConfig(
            base_url=openai_server.base_url, model=MODEL, api_key=API_KEY, timeout=timeout
        )
        made.append(PlannerRouter(local, LLMPlanner(local.home, config), mode, forbidden=forbidden))
        return made[-1]

    yield make
    for r in made:
        await r.aclose()


async def test_a_confident_local_plan_never_touches_the_network(
    openai_server: ScriptedOpenAIServer, router: MakeRouter
) -> None:
    route = router().begin("turn on the sofa lamp")
    assert not route.pending  # decided synchronously: nothing to await
    result = await route.finish()
    assert result.plan.planner is PlannerName.LOCAL and result.llm is None
    assert openai_server.requests == []


async def test_what_the_local_planner_cannot_read_goes_to_the_model(
    openai_server: ScriptedOpenAIServer, router: MakeRouter
) -> None:
    openai_server.script(tool_reply(MOVIE))
    conversation = Conversation("c1")
    result = await router().route(
        "get the house ready for movie night", area="living_room", conversation=conversation
    )
    assert result.local is not None and result.local.error is not None
    assert result.plan.planner is PlannerName.LLM
    assert [s.action for s in result.plan.steps] == ["scene.turn_on"]
    assert result.plan.elapsed_ms == result.elapsed_ms > 0
    # A follow-up refers to what the model's plan acted on.
    assert conversation.last_targets == ["scene.movie_night"] and conversation.last_command is None


async def test_the_model_sees_the_recent_conversation(
    openai_server: ScriptedOpenAIServer, router: MakeRouter
) -> None:
    openai_server.script(tool_reply(MOVIE))
    r = router()
    conversation = Conversation("c2")
    await r.route("turn on the sofa lamp", conversation=conversation)  # local, remembered
    await r.route("now make it cinematic", conversation=conversation)
    (request,) = openai_server.completions
    assert request.messages[1:3] == [
        {"role": "user", "content": "turn on the sofa lamp"},
        {"role": "assistant", "content": "Planned: Turn on Sofa Lamp"},
    ]
    (last,) = request.messages[3:]
    assert last["content"].endswith("\nREQUEST: now make it cinematic")
    assert "light.sofa_lamp" in last["content"]  # what the conversation was about
    assert '"light.sofa_lamp"' not in request.prompt_text  # ids only as listed, no quotes
    assert [t.text for t in r.turns(conversation)] == [
        "turn on the sofa lamp",
        "now make it cinematic",
    ]


async def test_hearth_no_llm_forbids_the_model(
    openai_server: ScriptedOpenAIServer, router: MakeRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEARTH_NO_LLM", "1")
    config = LLMConfig(base_url=openai_server.base_url, model=MODEL)
    from app.understanding.llm.config import resolve

    assert not resolve(
        env={
            "HEARTH_NO_LLM": "1",
            "HEARTH_LLM_BASE_URL": "http://x:1",
            "HEARTH_LLM_MODEL": "m",
            "HEARTH_LLM_API_KEY": "k",
        }
    ).enabled
    r = PlannerRouter(router().planner, LLMPlanner(router().planner.home, config))  # reads the env
    assert r.mode is RoutingMode.LOCAL_ONLY
    result = await r.route("get the house ready for movie night")
    assert result.plan.planner is PlannerName.NONE and result.plan.error is not None
    assert openai_server.requests == []
    await r.aclose()


async def test_llm_first_asks_the_model_and_falls_back_to_the_local_plan(
    openai_server: ScriptedOpenAIServer, router: MakeRouter
) -> None:
    r = router("llm_first")
    openai_server.script(text_reply("Sure."))
    first = await r.route("turn on the sofa lamp")
    assert first.plan.planner is PlannerName.LLM and first.plan.reply == "Sure."
    assert first.local is None  # the local planner was not needed
    openai_server.script(error_reply(500), error_reply(500), error_reply(500))
    second = await r.route("turn on the sofa lamp")
    assert second.plan.planner is PlannerName.LOCAL
    assert second.llm is not None and second.llm.failure is not None


async def test_when_both_fail_the_person_is_told_why(
    openai_server: ScriptedOpenAIServer, local: Planner
) -> None:
    config = LLMConfig(base_url="http://127.0.0.1:9/v1", model=MODEL, timeout=2)
    r = PlannerRouter(local, LLMPlanner(local.home, config), forbidden=False)
    result = await r.route("get the house ready for movie night")
    await r.aclose()
    assert result.plan.steps == []
    assert result.plan.error is not None and result.plan.error.code is ErrorCode.NOT_UNDERSTOOD
    reply = result.plan.reply or ""
    assert reply.startswith("Sorry, I didn't understand that.")
    assert "The language model could not help: cannot reach the language model" in reply


async def test_a_loose_local_plan_goes_to_the_model_and_stays_when_it_only_asks(
    openai_server: ScriptedOpenAIServer, router: MakeRouter
) -> None:
    brighter = (
        "light",
        {"service": "turn_on", "entity_ids": ["light.sofa_lamp"], "brightness_step_pct": 20},
    )
    openai_server.script(tool_reply(brighter), tool_reply(("ask_user", {"question": "Which?"})))
    r = router()
    better = await r.route("the sofa lamp is too dim", area="living_room")
    assert better.local is not None and better.local.loose and better.local.steps
    assert better.plan.planner is PlannerName.LLM
    assert better.plan.steps[0].params == {"brightness_step_pct": 20}
    kept = await r.route("the sofa lamp is too dim", area="living_room")
    assert kept.plan is kept.local and kept.plan.loose  # still confirmed by a person
    assert len(openai_server.completions) == 2


async def test_cancelling_the_model_cancels_the_request_and_remembers_nothing(
    openai_server: ScriptedOpenAIServer, router: MakeRouter
) -> None:
    openai_server.script(Reply(text_reply("late").body, delay=5))
    r = router()
    conversation = Conversation("c3")
    route = r.begin("get the house ready for movie night", conversation=conversation)
    assert route.pending
    task = asyncio.ensure_future(route.finish())
    await asyncio.sleep(0.2)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert route.pending and r.turns(conversation) == []
