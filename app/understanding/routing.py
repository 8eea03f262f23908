"""Which planner answers: the local planner, the language model, or one after the other.

Modes (``[llm] mode``): ``local_only`` never asks the model; ``local_first`` (the default)
asks it only when the local planner has no confident plan; ``llm_first`` asks the model and
falls back to the local planner when the model fails or its answer is rejected.
``HEARTH_NO_LLM=1`` and a missing endpoint both mean local only.

The local planner's confident plans never wait on the network: :meth:`PlannerRouter.begin` plans
locally, synchronously, and says whether the model is still needed; only then does
:meth:`Route.finish` await it. The GUI uses the two halves to show a card while the model
works; everything else calls :meth:`PlannerRouter.route`.

The plan says which planner made it (``plan.planner``). The router also keeps a short memory
of each conversation's turns for the model ("and the other one too"), and points the local
planner's memory at what a model plan acted on.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.core.context import Conversation
from app.core.plan import ErrorCode, Plan, PlannerName
from app.understanding import keyed_replies
from app.understanding.llm.config import RoutingMode, llm_forbidden
from app.understanding.planner import MAX_TEXT_CHARS, Planner

if TYPE_CHECKING:
    from app.understanding.llm.context import Turn
    from app.understanding.llm.planner import LLMPlanner, LLMResult

_LOGGER = logging.getLogger(__name__)

#: Local errors the language model cannot improve on: nothing said, too long (never sent),
#: no sentence data, a malformed request; and a clarifying question the local planner asked
#: because several devices match (it has understood, it needs the person).
FINAL_LOCAL_ERRORS = frozenset(
    {
        ErrorCode.EMPTY,
        ErrorCode.TOO_LONG,
        ErrorCode.UNKNOWN_LANGUAGE,
        ErrorCode.BAD_REQUEST,
        ErrorCode.AMBIGUOUS,
    }
)
#: Turns of each conversation remembered for the model.
MEMORY_TURNS = 6


def confident(plan: Plan) -> bool:
    """Whether a local plan is one to use without asking the model: it planned steps or
    answered from sentence rules (not loosely, not from corrected words), or its error is
    one the model cannot help with."""
    if plan.error is not None:
        return plan.error.code in FINAL_LOCAL_ERRORS
    return not (plan.loose or plan.corrected)


@dataclass(slots=True)
class RouteResult:
    plan: Plan
    """The plan to show (``plan.planner`` says which planner made it)."""
    local: Plan | None = None
    """The local planner's plan, when it was asked."""
    llm: LLMResult | None = None
    """The model's answer, when it was asked."""
    reason: str = ""
    """Why this plan was chosen, in a few words (for logs and benchmarks)."""
    elapsed_ms: float = 0.0


@dataclass(slots=True)
class Route:
    """One request on its way: decided already, or waiting for the model."""

    router: PlannerRouter
    text: str
    area: str | None
    now: dt.datetime | None
    conversation: Conversation | None
    local: Plan | None = None
    result: RouteResult | None = None
    """Set when the request is decided (at once, or after :meth:`finish`)."""
    started: float = field(default_factory=time.perf_counter)

    @property
    def pending(self) -> bool:
        """The language model must still be asked (await :meth:`finish`)."""
        return self.result is None

    async def finish(self) -> RouteResult:
        """Ask the model (if that is still needed) and decide. Cancelling it cancels the
        request to the model; nothing is remembered then."""
        if self.result is None:
            self.result = await self.router._ask_model(self)
        return self.result


class PlannerRouter:
    """Routes requests between the local *planner* and an optional language model."""

    def __init__(
        self,
        planner: Planner,
        llm: LLMPlanner | None = None,
        mode: RoutingMode | str = RoutingMode.LOCAL_FIRST,
        *,
        forbidden: bool | None = None,
    ) -> None:
        """*forbidden*: the language model may not be used (default: ``HEARTH_NO_LLM``)."""
        self.planner = planner
        self.llm = llm
        self._mode = RoutingMode(mode)
        self.forbidden = llm_forbidden() if forbidden is None else forbidden
        self._turns: dict[str, deque[Turn]] = {}

    @property
    def mode(self) -> RoutingMode:
        """The mode in force: local only without a model or when it is forbidden."""
        if self.llm is None or self.forbidden:
            return RoutingMode.LOCAL_ONLY
        return self._mode

    def set_llm(self, llm: LLMPlanner | None, mode: RoutingMode | str | None = None) -> None:
        """Use *llm* (None: no model) from the next request; the old one is the caller's to
        close."""
        self.llm = llm
        if mode is not None:
            self._mode = RoutingMode(mode)

    def begin(
        self,
        text: str,
        *,
        area: str | None = None,
        now: dt.datetime | None = None,
        conversation: Conversation | None = None,
    ) -> Route:
        """Start routing *text*: plans locally at once when the mode and the plan allow, and
        says (:attr:`Route.pending`) whether the model must still be asked."""
        route = Route(self, text, area, now, conversation)
        mode = self.mode
        sendable = bool(text.strip()) and len(text) <= MAX_TEXT_CHARS
        if mode is RoutingMode.LLM_FIRST and sendable:
            return route
        route.local = self._local(route)
        if mode is RoutingMode.LOCAL_ONLY or confident(route.local):
            reason = "local only" if mode is RoutingMode.LOCAL_ONLY else "local plan confident"
            self._decide(route, RouteResult(route.local, route.local, reason=reason))
        return route

    async def route(
        self,
        text: str,
        *,
        area: str | None = None,
        now: dt.datetime | None = None,
        conversation: Conversation | None = None,
    ) -> RouteResult:
        """Plan *text* with whichever planner the mode and the local plan call for."""
        return await self.begin(text, area=area, now=now, conversation=conversation).finish()

    async def plan(
        self,
        text: str,
        *,
        area: str | None = None,
        now: dt.datetime | None = None,
        conversation: Conversation | None = None,
    ) -> Plan:
        return (await self.route(text, area=area, now=now, conversation=conversation)).plan

    def turns(self, conversation: Conversation | None) -> list[Turn]:
        """The remembered turns of *conversation* (oldest first)."""
        if conversation is None:
            return []
        return list(self._turns.get(conversation.id, ()))

    async def aclose(self) -> None:
        if self.llm is not None:
            await self.llm.aclose()

    # -- internals -------------------------------------------------------------------------------

    def _local(self, route: Route) -> Plan:
        return self.planner.plan(
            route.text, area=route.area, now=route.now, conversation=route.conversation
        )

    async def _ask_model(self, route: Route) -> RouteResult:
        assert self.llm is not None
        conversation = route.conversation
        language = self.planner.language
        with keyed_replies.speaking(language):  # the steps' texts in the request's language
            answer = await self.llm.plan(
                route.text,
                area=route.area,
                now=route.now,
                turns=self.turns(conversation),
                targets=conversation.last_targets if conversation else (),
            )
        answer.plan.language = language  # what running it reports, likewise
        local = route.local
        if answer.usable and (answer.plan.steps or local is None or not local.steps):
            result = RouteResult(answer.plan, local, answer, "language model")
            if local is not None and local.steps:
                result.reason = "language model (instead of a loose local plan)"
        elif local is None:
            # llm_first, and the model failed or was rejected: the local planner now.
            local = route.local = self._local(route)
            if confident(local) or local.steps:
                result = RouteResult(local, local, answer, "local plan after the model failed")
            else:
                result = RouteResult(_failed(answer, local), local, answer, "both failed")
        elif local.steps:
            result = RouteResult(local, local, answer, "loose local plan; the model did not help")
        else:
            result = RouteResult(_failed(answer, local), local, answer, "both failed")
        self._decide(route, result)
        if result.plan is answer.plan and answer.plan.steps and conversation is not None:
            # "make it brighter" next refers to what the model's plan acts on; the local
            # planner's last command is not what was done.
            conversation.last_targets = list(answer.plan.steps[-1].targets)
            conversation.last_command = None
            conversation.turns += 1
        return result

    def _decide(self, route: Route, result: RouteResult) -> None:
        result.elapsed_ms = (time.perf_counter() - route.started) * 1000
        if result.plan.planner is PlannerName.LLM or result.llm is not None:
            result.plan.elapsed_ms = result.elapsed_ms
        route.result = result
        self._remember(route.conversation, route.text, result.plan)
        _LOGGER.debug("Routed (%s): %s in %.1f ms", self.mode, result.reason, result.elapsed_ms)

    def _remember(self, conversation: Conversation | None, text: str, plan: Plan) -> None:
        if conversation is None or self.llm is None:
            return
        # Loaded with the model (a model is configured here): not on every start.
        from app.understanding.llm.context import Turn  # noqa: PLC0415  lazy: the model's context (pydantic), only with a model configured

        if plan.steps:
            answer = "Planned: " + "; ".join(s.summary for s in plan.steps)
        else:
            answer = plan.reply or (plan.error.message if plan.error else "")
        memory = self._turns.setdefault(conversation.id, deque(maxlen=MEMORY_TURNS))
        memory.append(Turn(text, answer))


def _failed(answer: LLMResult, local: Plan) -> Plan:
    """The plan when neither planner could: the model's rejection as it is (it says what was
    wrong with the model's plan), or the local planner's reply with why the model could not
    help."""
    if answer.rejection is not None:
        return answer.plan
    plan = answer.plan
    if local.reply and answer.failure is not None:
        plan.reply = f"{local.reply} (The language model could not help: {answer.failure}.)"
    return plan
