"""The language-model planner: a prompt out, an answer back, validated into a plan.

It always returns a :class:`LLMResult` whose plan is safe to show: steps that passed
:mod:`.validate` (so known actions on exposed entities with checked parameters, each with the
risk the policy gives it), a question, an answer, or an error saying why there is nothing.
Plans from the model are marked ``loose``: a person confirms them, ``--yes`` and auto-run
never run them.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from app.core.home import Home
from app.core.plan import ErrorCode, Plan, PlanErrorInfo, PlannerName
from app.policy.roles import OWNER, Role
from app.understanding.llm import catalog, structured
from app.understanding.llm.client import ChatClient, Completion, LLMError
from app.understanding.llm.config import LLMConfig
from app.understanding.llm.connect import make_client
from app.understanding.llm.context import DEFAULT_BUDGET, Prompt, Turn, build_prompt
from app.understanding.llm.validate import Rejection, interpret

_LOGGER = logging.getLogger(__name__)


@dataclass(slots=True)
class LLMResult:
    """One request to the model and what came of it."""

    plan: Plan
    prompt: Prompt | None = None
    completion: Completion | None = None
    failure: LLMError | None = None
    """The endpoint could not answer (unreachable, timeout, 429, refused key)."""
    rejection: Rejection | None = None
    """The model answered, but not with anything Hearth accepts."""
    elapsed_ms: float = 0.0

    @property
    def usable(self) -> bool:
        """The model gave steps, a question or an answer that passed validation."""
        return self.failure is None and self.rejection is None

    @property
    def prompt_tokens(self) -> int | None:
        return self.completion.prompt_tokens if self.completion else None

    @property
    def completion_tokens(self) -> int | None:
        return self.completion.completion_tokens if self.completion else None

    @property
    def estimated_prompt_tokens(self) -> int | None:
        return self.prompt.estimated_tokens if self.prompt else None


class LLMPlanner:
    """Plans with the model of *config* for *home*, offering only what *role* may run."""

    def __init__(
        self,
        home: Home,
        config: LLMConfig,
        *,
        role: Role = OWNER,
        pin_actions: Collection[str] = (),
        client: ChatClient | None = None,
        hearth_actions: Collection[str] = (),
        budget: int = DEFAULT_BUDGET,
    ) -> None:
        """*hearth_actions*: Hearth's own actions (``reminder.create``) to offer, once the
        parts that run them are there. *budget*: tokens the prompt may take."""
        self.home = home
        self.config = config
        self.role = role
        self.pin_actions = frozenset(pin_actions)
        self.client = client or make_client(config)
        self.hearth_actions = frozenset(hearth_actions)
        self.budget = budget

    def prompt(
        self,
        text: str,
        *,
        area: str | None = None,
        now: dt.datetime | None = None,
        turns: Sequence[Turn] = (),
        targets: Collection[str] = (),
    ) -> Prompt:
        """What would be sent for *text* (nothing is sent)."""
        return build_prompt(
            text,
            self.home,
            role=self.role,
            area=area,
            now=now,
            turns=turns,
            targets=targets,
            hearth_actions=self.hearth_actions,
            budget=self.budget,
        )

    async def plan(
        self,
        text: str,
        *,
        area: str | None = None,
        now: dt.datetime | None = None,
        turns: Sequence[Turn] = (),
        targets: Collection[str] = (),
    ) -> LLMResult:
        """Ask the model for a plan for *text*. Never raises for the model's or the
        endpoint's faults (the result says what went wrong); cancellation propagates."""
        started = time.perf_counter()
        prompt = self.prompt(text, area=area, now=now, turns=turns, targets=targets)
        result = LLMResult(Plan(text=text, planner=PlannerName.LLM), prompt)
        try:
            tools = prompt.tools
            if self.config.output == "json_schema":
                # One JSON object held to the tools' schema (words come through the reply
                # tool); its calls are read as tool calls and validated the same way.
                tools = [*tools, catalog.reply_tool()]
                result.completion = structured.read(
                    await self.client.complete(
                        structured.messages_for(prompt.messages, tools),
                        [],
                        response_format=structured.response_format(tools),
                    )
                )
                if not result.completion.tool_calls:
                    raise structured.not_a_plan(result.completion)
            else:
                if self.config.tool_choice == "required":  # words, too, come through a tool
                    tools = [*tools, catalog.reply_tool()]
                result.completion = await self.client.complete(prompt.messages, tools)
            interpretation = interpret(
                result.completion,
                self.home,
                role=self.role,
                offered=prompt.accepted,
                pin_actions=self.pin_actions,
            )
        except LLMError as err:
            result.failure = err
            result.plan = Plan.failed(
                text,
                ErrorCode.NOT_UNDERSTOOD,
                str(err),
                reply=f"I couldn't ask the language model: {err}.",
            )
        except Rejection as err:
            result.rejection = err
            result.plan.error = PlanErrorInfo(err.code, err.message)
            result.plan.reply = (
                f"I can't use the language model's plan: {err.message}. Nothing was planned."
            )
        else:
            plan = result.plan
            if interpretation.question is not None:
                plan.error = PlanErrorInfo(
                    ErrorCode.AMBIGUOUS, "the language model asked a question"
                )
                plan.reply = interpretation.question
            elif interpretation.steps:
                plan.steps = interpretation.steps
                # A person confirms whatever the model proposes (the model's own words with
                # the steps are dropped: the step summaries say what will happen).
                plan.loose = not plan.read_only
            else:
                plan.reply = interpretation.answer
        result.elapsed_ms = result.plan.elapsed_ms = (time.perf_counter() - started) * 1000
        _LOGGER.info(
            "Language model: %s; %d steps; %d devices listed, %d left out; about %d prompt "
            "tokens (endpoint: %s); %.0f ms",
            _outcome(result),
            len(result.plan.steps),
            len(prompt.listed),
            prompt.omitted,
            prompt.estimated_tokens,
            result.prompt_tokens,
            result.elapsed_ms,
        )
        return result

    async def aclose(self) -> None:
        await self.client.aclose()


def _outcome(result: LLMResult) -> str:
    if result.failure is not None:
        return f"failed ({type(result.failure).__name__})"
    if result.rejection is not None:
        return f"rejected ({result.rejection.code})"
    if result.plan.error is not None:
        return "asked a question"
    return "planned" if result.plan.steps else "answered"
