"""The plan contract: what a planner produces and what the executor runs.

The JSON form is fixed (see docs/plan-format.md); :meth:`Plan.to_json` is its only writer.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class Risk(enum.StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        return _RISK_RANK[self]


_RISK_RANK = {Risk.LOW: 0, Risk.MEDIUM: 1, Risk.HIGH: 2}


class PlannerName(enum.StrEnum):
    LOCAL = "local"
    LLM = "llm"
    NONE = "none"


class ErrorCode(enum.StrEnum):
    """Why nothing (or not everything) could be planned."""

    EMPTY = "empty"
    """No text at all."""
    TOO_LONG = "too_long"
    """The text is longer than any command a person would say."""
    NOT_UNDERSTOOD = "not_understood"
    """No sentence rule matched."""
    AMBIGUOUS = "ambiguous"
    """Several devices match; the reply asks which one."""
    NO_TARGET = "no_target"
    """The command matched but names nothing in this home."""
    UNSUPPORTED = "unsupported"
    """The device cannot do that (a sensor cannot be turned on)."""
    NO_CONTEXT = "no_context"
    """'it' or 'here' with nothing to refer to."""
    UNKNOWN_LANGUAGE = "unknown_language"
    """No sentence data for the requested language."""
    UNCLEAR = "unclear"
    """Understood, but a detail is missing or cannot be resolved (when to remind, what of);
    the reply asks for it, and the conversation takes the answer."""
    BAD_REQUEST = "bad_request"
    """A batch line that is not a valid request (not JSON, no text, unreadable home)."""


@dataclass(slots=True)
class PlanErrorInfo:
    code: ErrorCode
    message: str

    def to_json(self) -> dict[str, str]:
        return {"code": str(self.code), "message": self.message}


@dataclass(slots=True)
class Step:
    action: str
    """A Home Assistant service name (``light.turn_on``) or a Hearth action (``state.get``)."""
    targets: list[str]
    """Entity ids the action applies to."""
    params: dict[str, Any] = field(default_factory=dict)
    """Service data, with Home Assistant's keys."""
    risk: Risk = Risk.LOW
    read_only: bool = False
    summary: str = ""
    """Plain-language description shown to the person."""
    expect: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Expected effect per entity id: ``{"state": ..., "attributes": {...}}``."""
    depends_on_previous: bool = False
    """Skip this step when the step before it failed ("X, then Y")."""
    warnings: list[str] = field(default_factory=list)
    """What the person should know before approving (an event it overlaps)."""

    @property
    def domain(self) -> str:
        return self.action.split(".", 1)[0]

    @property
    def service(self) -> str:
        return self.action.split(".", 1)[1]

    def to_json(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "targets": list(self.targets),
            "params": dict(self.params),
            "risk": str(self.risk),
            "read_only": self.read_only,
            "summary": self.summary,
            "expect": {k: dict(v) for k, v in self.expect.items()},
            **({"warnings": list(self.warnings)} if self.warnings else {}),
        }


@dataclass(slots=True)
class Plan:
    text: str
    planner: PlannerName = PlannerName.NONE
    steps: list[Step] = field(default_factory=list)
    reply: str | None = None
    """The answer to a question, or a clarifying question."""
    error: PlanErrorInfo | None = None
    elapsed_ms: float = 0.0
    language: str = "en"
    corrected: bool = False
    """Planned after correcting misheard words: a person confirms before it runs."""
    loose: bool = False
    """Planned by the loose reading (one device and one cue, no sentence rule): a person
    confirms before it runs."""

    @property
    def needs_confirmation(self) -> bool:
        """A person must approve before anything runs: any state-changing step above low risk.

        A plan built from corrected (misheard) words is confirmed too. The policy engine may
        ask for more (a PIN, a refusal); it never asks for less.
        """
        changes = [s for s in self.steps if not s.read_only]
        unsure = self.corrected or self.loose
        return bool(changes) and (unsure or any(s.risk is not Risk.LOW for s in changes))

    @property
    def highest_risk(self) -> Risk:
        return max((s.risk for s in self.steps), key=lambda r: r.rank, default=Risk.LOW)

    @property
    def read_only(self) -> bool:
        return all(s.read_only for s in self.steps)

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "planner": str(self.planner),
            "steps": [s.to_json() for s in self.steps],
            "needs_confirmation": self.needs_confirmation,
            "reply": self.reply,
            "error": self.error.to_json() if self.error else None,
            "elapsed_ms": round(self.elapsed_ms, 3),
        }

    @classmethod
    def failed(cls, text: str, code: ErrorCode, message: str, reply: str | None = None) -> Plan:
        return cls(text=text, error=PlanErrorInfo(code, message), reply=reply or message)
