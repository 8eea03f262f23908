"""Context of one request: where this computer is, when it is, and the conversation so far."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo


@dataclass(slots=True)
class Conversation:
    """What a follow-up can refer to. One per conversation id; updated after every plan."""

    id: str
    last_targets: list[str] = field(default_factory=list)
    """Entity ids the previous command acted on or asked about ("it", "them")."""
    last_command: str | None = None
    """Normalised text of the previous understood command, for "and the kitchen too"."""
    earlier_targets: list[str] = field(default_factory=list)
    """What the command before the previous one acted on ("turn them both off" after two
    commands of one device each)."""
    last_added: bool = False
    """The previous command was said as more of the one before it ("and the beach path"):
    "them" next is what both acted on."""
    turns: int = 0
    last_agenda: str | None = None
    """The previous request was a calendar question ("and on tuesday?" asks it again)."""
    pending: object | None = None
    """A request waiting for the answer to the question it was given ("When should I remind
    you?"); the planner that asked reads it (app/understanding/temporal.py)."""
    last_change: object | None = None
    """The last plan that changes a device, with its targets' states before it, for a typed
    "undo" (app/understanding/undoing.py)."""
    last_actions: tuple[str, ...] = ()
    """The actions of the previous plan that did something ("timer.pause"): a bare "resume"
    or "cancel that" continues with what the conversation is about."""
    last_asked: bool = False
    """The previous request was a question (answered read-only, or not understood): a
    follow-up that only names a place or a time ("and the kitchen", "what about tomorrow") is
    a question too, never a command (app/understanding/questions.py)."""
    last_question: tuple[str, object] | None = None
    """The last follow-up question's normalised words and the whole question they stood for
    ("and the humidity?" after "what's the temperature in the lounge?"), read by the next
    follow-up (app/understanding/questions.py)."""


@dataclass(slots=True)
class RequestContext:
    area: str | None = None
    """This computer's area id ("turn off the lights" means the lights here)."""
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now().astimezone())
    conversation: Conversation | None = None
    tz: ZoneInfo | None = None
    """The zone times are read in (None: the planner's)."""
