"""A plan as one JSON object instead of tool calls, for endpoints that hold their output to a
JSON schema but are not asked with tools (a model file Hearth runs itself, a server whose
preset does JSON schema and no tools).

The tools the prompt offers become one schema (``{"calls": [{"name": TOOL, "arguments":
{...}}]}``, each call one of the offered tools with its own parameters) sent as
``response_format``; the tools' definitions go into the system message so that the model
knows what each does. The answer's calls become ordinary :class:`ToolCall` values, so the
validator (:mod:`.validate`) checks them exactly as it checks tool calls: the schema only
makes a well-formed answer likelier, it is never trusted.
"""

from __future__ import annotations

import json
from typing import Any

from app.core.plan import ErrorCode
from app.understanding.llm.client import Completion, ToolCall
from app.understanding.llm.context import tools_text
from app.understanding.llm.validate import Rejection

#: The name of the schema in ``response_format`` (OpenAI requires one).
SCHEMA_NAME = "hearth_plan"
#: Most calls the schema allows (the validator enforces its own limit too).
MAX_CALLS = 12

INSTRUCTIONS = """\
Answer with one JSON object and nothing else: {"calls": [{"name": TOOL, "arguments": {...}}]}, \
one call per step, in the order they should run. The tools (JSON, OpenAI's format):
"""


def response_format(tools: list[dict[str, Any]]) -> dict[str, Any]:
    """``response_format`` for a plan made of calls to *tools*."""
    return {
        "type": "json_schema",
        "json_schema": {"name": SCHEMA_NAME, "schema": plan_schema(tools), "strict": False},
    }


def plan_schema(tools: list[dict[str, Any]]) -> dict[str, Any]:
    """The JSON schema of a plan: a list of calls, each one of *tools* with its parameters."""
    options = []
    for tool in tools:
        function = tool["function"]
        options.append(
            {
                "type": "object",
                "properties": {
                    "name": {"type": "string", "enum": [function["name"]]},
                    "arguments": function["parameters"],
                },
                "required": ["name", "arguments"],
                "additionalProperties": False,
            }
        )
    return {
        "type": "object",
        "properties": {
            "calls": {
                "type": "array",
                "items": {"anyOf": options},
                "minItems": 1,
                "maxItems": MAX_CALLS,
            }
        },
        "required": ["calls"],
        "additionalProperties": False,
    }


def messages_for(
    messages: list[dict[str, Any]], tools: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """*messages* with the tools described at the end of the first (system) message: the
    static rules stay first, so a server can still reuse its cache of them."""
    if not messages or messages[0].get("role") != "system":
        raise ValueError("the prompt must start with its system message")
    first = dict(messages[0])
    first["content"] = f"{first['content']}\n{INSTRUCTIONS}{tools_text(tools)}"
    return [first, *messages[1:]]


def not_a_plan(completion: Completion) -> Rejection:
    """Why an answer without calls is refused: words were asked for through the reply tool, so
    text outside the schema is never shown as an answer."""
    cut = " (it was cut off: the model ran out of tokens)" * (completion.finish_reason == "length")
    return Rejection(
        ErrorCode.NOT_UNDERSTOOD,
        f"the language model's answer is not the JSON plan it was asked for{cut}",
    )


def read(completion: Completion) -> Completion:
    """*completion* with the calls of its JSON answer as tool calls. An answer that is not a
    plan object stays as content (the planner refuses it: :func:`not_a_plan`)."""
    if completion.tool_calls or not completion.content:
        return completion
    try:
        data = json.loads(completion.content)
    except ValueError:
        return completion
    calls = data.get("calls") if isinstance(data, dict) else None
    if not isinstance(calls, list) or not calls:
        return completion
    converted = []
    for call in calls:
        if not isinstance(call, dict) or not isinstance(call.get("name"), str):
            return completion
        arguments = call.get("arguments", {})
        converted.append(
            ToolCall(
                call["name"],
                arguments if isinstance(arguments, str) else json.dumps(arguments),
            )
        )
    completion.tool_calls = converted
    completion.content = None
    return completion
