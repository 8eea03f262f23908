"""One conversation planned on a virtual home, the way the planner tests of several languages
run it: each sentence is planned with the conversation's memory, and the plan's state-changing
steps run on :class:`integrations.virtual_home.VirtualHome` as if the person approved them, so
the next sentence sees the changed home."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Mapping
from typing import Any

from app.core.context import Conversation
from app.core.home import Entity, Home
from app.core.plan import Plan
from app.understanding.planner import Planner
from integrations.virtual_home import VirtualHome


class PlannedHome:
    """*home* (a snapshot's dict) planned in *language*; ``close()`` when done (or use
    :func:`planned_home` in a fixture). With *unconfirmed_only*, a plan that asks for
    confirmation first is not run (the person has not said yes yet)."""

    def __init__(
        self, home: Mapping[str, Any], language: str = "en", *, unconfirmed_only: bool = False
    ) -> None:
        self.home = VirtualHome(Home.from_dict(dict(home)))
        self.planner = Planner(self.home.home, language)
        self.conversation = Conversation("c")
        self.loop = asyncio.new_event_loop()
        self._unconfirmed_only = unconfirmed_only

    def say(self, text: str, *, run: bool = True) -> Plan:
        """Plan *text* in the conversation and, with *run*, apply its changing steps."""
        plan = self.planner.plan(text, conversation=self.conversation)
        if run and not (self._unconfirmed_only and plan.needs_confirmation):
            for step in plan.steps:
                if not step.read_only and step.targets:
                    domain, service = step.action.split(".", 1)
                    self.loop.run_until_complete(
                        self.home.call_service(domain, service, step.targets, dict(step.params))
                    )
        return plan

    def entity(self, entity_id: str) -> Entity:
        """The entity as the home holds it now (it must exist)."""
        entity = self.home.home.get(entity_id)
        assert entity is not None, entity_id
        return entity

    def close(self) -> None:
        self.loop.close()


def planned_home(session: PlannedHome) -> Iterator[PlannedHome]:
    """A fixture's body: yield *session*, close it afterwards."""
    try:
        yield session
    finally:
        session.close()
