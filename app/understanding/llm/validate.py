"""Turn what a language model answered into plan steps, or refuse it whole.

Everything the model returns is untrusted input. A tool call becomes a step only when its
action is in the catalog and offered to this role, its JSON arguments pass the action's
schema (no unknown keys, right types, values in range), every entity it names exists in the
home, is exposed, belongs to the action's domain and accepts the value (a mode it has, a
temperature in its range), and the policy does not refuse it for this role. One bad call
rejects the whole answer: nothing of a half-understood plan runs.

The model never sets risk, approval or read-only: a key such as ``risk`` is an unknown
parameter (rejected), risk comes from :func:`app.policy.risk.classify` through
:func:`app.understanding.actions.make_step`, and the policy decides the approval at run time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

import app.understanding.timers as timers  # noqa: PLR0402  the module (no cycle)
from app.core.home import Entity, Home
from app.core.plan import ErrorCode, Step
from app.policy import risk as policy
from app.policy.roles import Role
from app.understanding.actions import make_step, summarize
from app.understanding.llm import catalog
from app.understanding.llm.client import Completion, ToolCall
from app.understanding.llm.context import clean
from integrations.virtual_home.colors import COLORS

#: Most steps one answer may have.
MAX_STEPS = 12
#: Longest answer text shown to the person.
MAX_ANSWER_CHARS = 1000

_FENCE = re.compile(r"^```(?:json)?\s*(.*?)\s*```$", re.DOTALL)


class Rejection(Exception):
    """The model's answer cannot be used; :attr:`message` says why, for a person."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(slots=True)
class Interpretation:
    steps: list[Step] = field(default_factory=list)
    question: str | None = None
    """A clarifying question for the person (no steps then)."""
    answer: str | None = None
    """Plain text the model said (an answer to a question, or a note with the steps)."""


def interpret(
    completion: Completion,
    home: Home,
    *,
    role: Role,
    offered: Collection[catalog.ActionSpec],
    pin_actions: Collection[str] = (),
) -> Interpretation:
    """The steps (or the question, or the answer) in *completion*; raises :class:`Rejection`."""
    calls = completion.tool_calls
    answer = completion.content
    if not calls:
        calls = _calls_in_content(answer)
        if calls:
            answer = None  # the text was the calls
    result = Interpretation(answer=_text(answer, MAX_ANSWER_CHARS) if answer else None)
    if len(calls) > MAX_STEPS:
        raise Rejection(
            ErrorCode.UNSUPPORTED,
            f"the language model proposed {len(calls)} steps; at most {MAX_STEPS} are accepted",
        )
    offered_actions = {spec.action for spec in offered}
    for number, call in enumerate(calls, 1):
        arguments = _arguments(call, number, completion.finish_reason)
        if call.name == catalog.ASK_TOOL:
            question = arguments.get("question")
            if not isinstance(question, str) or not question.strip():
                raise Rejection(
                    ErrorCode.NOT_UNDERSTOOD,
                    f"the language model's question (step {number}) has no text",
                )
            result.question = _text(question, 300)
            continue
        if call.name == catalog.REPLY_TOOL:  # words through a tool: the same as plain text
            text = arguments.get("text")
            if not isinstance(text, str) or set(arguments) != {"text"}:
                raise Rejection(
                    ErrorCode.NOT_UNDERSTOOD,
                    f"the language model's reply (step {number}) is malformed",
                )
            if text.strip():
                result.answer = _text(text, MAX_ANSWER_CHARS)
            continue
        result.steps.append(
            _step(call, arguments, number, home, role, offered_actions, frozenset(pin_actions))
        )
    if result.question is not None:
        result.steps = []  # a question means the model is not sure: plan nothing
    if not result.steps and result.question is None and not result.answer:
        raise Rejection(ErrorCode.NOT_UNDERSTOOD, "the language model gave no plan and no answer")
    return result


def _arguments(call: ToolCall, number: int, finish_reason: str | None) -> dict[str, Any]:
    try:
        arguments = json.loads(call.arguments) if call.arguments.strip() else {}
    except json.JSONDecodeError as err:
        cut = " (the answer was cut off: raise the model's output limit)" * (
            finish_reason == "length"
        )
        raise Rejection(
            ErrorCode.NOT_UNDERSTOOD,
            f"the language model's step {number} is malformed: its arguments are not valid JSON "
            f"({err.msg}){cut}",
        ) from err
    if not isinstance(arguments, dict):
        raise Rejection(
            ErrorCode.NOT_UNDERSTOOD,
            f"the language model's step {number} is malformed: its arguments are not an object",
        )
    return arguments


def _step(
    call: ToolCall,
    arguments: dict[str, Any],
    number: int,
    home: Home,
    role: Role,
    offered: set[str],
    pin_actions: frozenset[str],
) -> Step:
    action = catalog.tool_action(call.name, arguments)
    spec = catalog.CATALOG.get(action) if action else None
    if spec is None:
        name = action or call.name
        raise Rejection(
            ErrorCode.UNSUPPORTED,
            f"the language model asked for {_shown(name)}, which Hearth does not offer",
        )
    if spec.action not in offered:
        raise Rejection(ErrorCode.UNSUPPORTED, _not_offered(spec, role, home))
    data = {k: v for k, v in arguments.items() if not (k == "service" and call.name == spec.domain)}
    try:
        model = spec.params.model_validate_json(json.dumps(data))
    except ValidationError as err:
        raise Rejection(
            ErrorCode.UNSUPPORTED,
            f"the language model's step {number} ({spec.action}) is invalid: {_problems(err)}",
        ) from err
    params = _plain(model.model_dump(mode="json", exclude_none=True, exclude={"entity_ids"}))
    entities = [_entity(home, entity_id, spec) for entity_id in getattr(model, "entity_ids", [])]
    for entity in entities:
        problem = _unsuitable(spec, entity, params)
        if problem is not None:
            raise Rejection(
                ErrorCode.UNSUPPORTED,
                f"the language model's step {number} ({spec.action}) is invalid: {problem}",
            )
    step = _build(spec, entities, params)
    policy.raise_risk(step, home)  # a scene by its members' device classes
    decision = policy.decide(step, role=role, home=home, pin_actions=pin_actions)
    if decision.decision is policy.Decision.REFUSE:
        raise Rejection(
            ErrorCode.UNSUPPORTED,
            f"the language model's step “{step.summary}” is not allowed: {decision.reason}",
        )
    return step


def _entity(home: Home, entity_id: str, spec: catalog.ActionSpec) -> Entity:
    entity = home.get(entity_id)
    if entity is None or not entity.exposed:
        # An unexposed entity is reported like a made-up one: its existence is not the
        # model's to learn.
        raise Rejection(
            ErrorCode.NO_TARGET,
            f"the language model named a device that is not in this home: {_shown(entity_id)}",
        )
    if entity.domain != spec.domain:
        raise Rejection(
            ErrorCode.UNSUPPORTED,
            f"the language model asked for {spec.action} on {entity.name}, which is not a "
            f"{spec.domain.replace('_', ' ')}",
        )
    return entity


def _unsuitable(spec: catalog.ActionSpec, entity: Entity, params: dict[str, Any]) -> str | None:
    """Why *entity* cannot take *params* (values the schema alone cannot know), or None."""
    attrs = entity.attributes
    if spec.action == "climate.set_hvac_mode":
        modes = attrs.get("hvac_modes")
        if isinstance(modes, list) and params["hvac_mode"] not in modes:
            return f"{entity.name} has no {params['hvac_mode']} mode"
    if spec.action == "climate.set_temperature":
        low, high = attrs.get("min_temp"), attrs.get("max_temp")
        value = params["temperature"]
        in_range = isinstance(low, int | float) and isinstance(high, int | float)
        if in_range and not low <= value <= high:
            return f"{entity.name} takes {low:g} to {high:g}, not {value:g}"
    if spec.action == "media_player.select_source":
        sources = attrs.get("source_list")
        if isinstance(sources, list) and params["source"] not in sources:
            return f"{entity.name} has no source named {_shown(params['source'])}"
    colour = params.get("color_name") if spec.action == "light.turn_on" else None
    if colour is not None and str(colour).replace(" ", "").lower() not in COLORS:
        return f"{_shown(colour)} is not a colour name"
    return None


def _build(spec: catalog.ActionSpec, entities: list[Entity], params: dict[str, Any]) -> Step:
    if spec.read_only:
        return Step(
            action=spec.action,
            targets=[e.entity_id for e in entities],
            params=params,
            read_only=True,
            summary=_summary(spec, entities, params),
        )
    step = make_step(spec.action, entities, params)
    if step.summary.startswith(f"{spec.action} on"):
        step.summary = _summary(spec, entities, params)
    return step


def _summary(spec: catalog.ActionSpec, entities: list[Entity], params: dict[str, Any]) -> str:
    """Summaries for actions the local planner never makes (its :func:`summarize` for the
    rest). Household text in them comes from the validated parameters."""
    names = ", ".join(e.name for e in entities[:4]) + (" …" if len(entities) > 4 else "")
    match spec.action:
        case "calendar.create_event":
            return f"Add “{params['summary']}” to {names} at {params['start_date_time']}"
        case "calendar.get_events":
            return f"Read {names} from {params['start_date_time']} to {params['end_date_time']}"
        case "todo.get_items":
            return f"Read out {names}"
        case "reminder.create":
            again = " (repeating)" if params.get("rrule") else ""
            return f"Remind you “{params['message']}” at {params['due_datetime']}{again}"
        case "reminder.list":
            return "List your reminders"
        case "timer.start" | "timer.cancel" | "timer.pause" | "timer.resume" | "timer.status":
            if not entities:  # Hearth's own timers
                return timers.describe(spec.action, params)
        case "script.turn_on":
            return f"Run {names}"
        case "scene.turn_on":
            return f"Activate {names}"
        case "climate.turn_on":
            return f"Turn on {names}"
    return summarize(spec.action, entities, params)


def _not_offered(spec: catalog.ActionSpec, role: Role, home: Home) -> str:
    if not catalog.allowed(spec, role):
        # The policy's own words for the refusal, on a step with no targets.
        probe = Step(action=spec.action, targets=[], risk=policy.classify(spec.action, [], {}))
        decision = policy.decide(probe, role=role, home=home)
        reason = (
            decision.reason
            if decision.decision is policy.Decision.REFUSE
            else f"the {role.name} profile can't use {spec.action}"
        )
        return f"the language model asked for {spec.action}, which is not allowed: {reason}"
    return f"the language model asked for {spec.action}, which Hearth can't do in this home"


def _problems(err: ValidationError) -> str:
    out = []
    for problem in err.errors()[:3]:
        where = ".".join(str(p) for p in problem["loc"]) or "arguments"
        message = problem["msg"]
        if problem["type"] == "extra_forbidden":
            message = "not a parameter of this action"
        elif problem["type"] == "json_invalid":
            message = "not valid JSON"
        out.append(f"{_shown(where)}: {message}")
    return "; ".join(out)


def _plain(params: dict[str, Any]) -> dict[str, Any]:
    """Whole numbers as ints (30, not 30.0), as the local planner writes them."""
    return {k: int(v) if isinstance(v, float) and v.is_integer() else v for k, v in params.items()}


def _shown(value: str) -> str:
    """Model-written text quoted in a message to the person: one line, short."""
    return json.dumps(clean(value, 60), ensure_ascii=False)


def _text(value: str, limit: int) -> str:
    return clean(value, limit)


def _calls_in_content(content: str | None) -> list[ToolCall]:
    """Tool calls some local models write as JSON text instead of using the tool-call field
    (``{"name": ..., "arguments": {...}}`` or a list of them). Anything else is an answer."""
    if not content:
        return []
    text = content.strip()
    fenced = _FENCE.match(text)
    if fenced:
        text = fenced.group(1)
    if not text.startswith(("{", "[")):
        return []
    try:
        data = json.loads(text)
    except ValueError:
        return []
    items = data if isinstance(data, list) else [data]
    calls = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            return []
        arguments = item.get("arguments", item.get("parameters", {}))
        calls.append(
            ToolCall(
                item["name"],
                arguments if isinstance(arguments, str) else json.dumps(arguments),
            )
        )
    return calls
