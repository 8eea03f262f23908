"""The assistant's 'nothing to change' (app/assistant.py): decided from the states live events
keep, and without live events from the targets' states read back from the adapter, never from
a home that may be out of date."""

from __future__ import annotations

import asyncio

from app.assistant import Assistant
from app.bootstrap import demo_home_source
from app.core.home import Home
from app.core.plan import Plan
from app.core.results import Approval
from app.policy import risk
from integrations.virtual_home import VirtualHome


class NotLive(VirtualHome):
    """A device adapter whose live events are down: the assistant's home may be old."""

    live = False


def handle(assistant: Assistant, text: str) -> tuple[str | None, list[Plan]]:
    asked: list[Plan] = []

    async def approve(plan: Plan, _decisions: list[risk.StepDecision]) -> Approval | None:
        asked.append(plan)
        return None

    outcome = asyncio.run(assistant.handle(text, approve))
    return outcome.unchanged, asked


def test_live_states_decide_at_once() -> None:
    adapter = VirtualHome(Home.load(demo_home_source()))
    assistant = Assistant(adapter.home, adapter, area="living_room")
    unchanged, asked = handle(assistant, "turn on the sofa lamp")
    assert unchanged == "Nothing to change: Sofa Lamp is already on."
    assert asked == [] and adapter.calls == []


def test_without_live_events_the_state_is_read_back_first() -> None:
    adapter = NotLive(Home.load(demo_home_source()))
    stale = Home.load(demo_home_source())  # the assistant's copy, not updated by events
    assistant = Assistant(stale, adapter, area="living_room")
    outcome = assistant.record(assistant.plan("turn on the sofa lamp"), source="cli")
    assert outcome.unchanged is None  # the home's state alone is not trusted
    unchanged, asked = handle(assistant, "turn on the sofa lamp")
    assert unchanged == "Nothing to change: Sofa Lamp is already on."  # read back: it is on

    adapter.home.entities["light.sofa_lamp"].state = "off"  # someone turned it off meanwhile
    unchanged, asked = handle(assistant, "turn on the sofa lamp")
    assert unchanged is None and len(asked) == 1  # the device says off: asked as usual
