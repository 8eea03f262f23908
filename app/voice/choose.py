"""Which reading of an utterance to act on, and whether it may act unseen.

The recogniser offers a few readings; the planner knows which of them make sense in this
home. :func:`choose` plans them in the recogniser's order and takes the first that makes a
valid plan. What the person said may run without being seen only when Hearth is sure of it:
the recogniser's own best reading, heard with at least the configured confidence, planned
without correcting words, and containing no word the language's speech models hear for an
opposite one ("켜" for "꺼": ``resources/voice/sound_alikes.yaml``) where the other word would
make a different command. Anything else is shown for confirmation (a question, which changes
nothing, is answered either way).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from app.core.files import load_own_yaml
from app.core.plan import ErrorCode, Plan
from app.voice.engine import Transcript

_LOGGER = logging.getLogger(__name__)

DEFAULT_THRESHOLD = 0.6
"""Lowest confidence at which a spoken command may run without being seen."""

PlanText = Callable[[str], Plan]
"""Plans a text (without touching the conversation: the trial plans are thrown away)."""


@dataclass(slots=True)
class Choice:
    """The reading to act on."""

    transcript: Transcript
    text: str
    """The text handed to the planner ("" when nothing was heard)."""
    plan: Plan | None
    """Its plan (None when nothing was heard)."""
    index: int
    """Which alternative it is (0: the recogniser's best reading)."""
    confidence: float
    sure: bool
    """Whether a state-changing plan may run without the person seeing it first."""
    reason: str | None = None
    """Why not, in words for the person ("heard with 45% confidence")."""

    @property
    def heard(self) -> bool:
        return bool(self.text)

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "alternative": self.index,
            "confidence": round(self.confidence, 3),
            "sure": self.sure,
            "reason": self.reason,
            "plan": self.plan.to_json() if self.plan is not None else None,
        }


def choose(
    transcript: Transcript, plan_text: PlanText, *, threshold: float = DEFAULT_THRESHOLD
) -> Choice:
    """Plan the readings best first and keep the first with a valid plan (no error), one
    planned as heard before one the planner had to correct words of; when none has a plan,
    the best reading with its plan (which says what was not understood)."""
    alternatives = transcript.alternatives
    if not alternatives:
        return Choice(transcript, "", None, 0, 0.0, False, "nothing was heard")
    plans = [plan_text(alternative.text) for alternative in alternatives]
    first = plans[0]
    if first.error is not None and first.error.code is ErrorCode.AMBIGUOUS:
        # A question back ("which lamp?") about the best reading beats a guess at another.
        return _judge(transcript, alternatives[0].text, first, 0, threshold)
    valid = [i for i, plan in enumerate(plans) if plan.error is None]
    exact = [i for i in valid if not plans[i].corrected]
    index = (exact or valid or [0])[0]
    choice = _judge(transcript, alternatives[index].text, plans[index], index, threshold)
    if choice.sure and not plans[index].read_only:
        alike = _opposite_sound_alike(choice.text, plans[index], plan_text, transcript.language)
        if alike is not None:
            choice.sure = False
            choice.reason = alike
            _LOGGER.debug("Not sure: %s", alike)
    return choice


def _judge(transcript: Transcript, text: str, plan: Plan, index: int, threshold: float) -> Choice:
    confidence = transcript.confidence if index == 0 else transcript.alternatives[index].posterior
    reason = None
    if index > 0:
        reason = "picked from the other things I may have heard"
    elif confidence < threshold:
        reason = f"heard with {confidence:.0%} confidence"
    elif plan.corrected:
        reason = "some words were corrected"
    sure = reason is None
    _LOGGER.debug("Chose alternative %d (confidence %.2f, sure: %s)", index, confidence, sure)
    return Choice(transcript, text, plan, index, confidence, sure, reason)


def _opposite_sound_alike(text: str, plan: Plan, plan_text: PlanText, language: str) -> str | None:
    """Why *text* may have been heard for another command: a word of it that the language's
    speech models confuse with one whose plan differs ("'켜' and '꺼' sound alike"); None when
    no such word makes another valid plan."""
    for heard, other in _sound_alike_swaps(language):
        for swapped in _swapped(text, heard, other):
            alternative = plan_text(swapped)
            if alternative.error is None and _changes(alternative) != _changes(plan):
                return f"'{heard}' and '{other}' sound alike"
    return None


def _changes(plan: Plan) -> list[tuple[str, tuple[str, ...]]]:
    return [(s.action, tuple(s.targets)) for s in plan.steps if not s.read_only]


def _swapped(text: str, heard: str, other: str) -> Iterator[str]:
    """*text* with one word that starts with *heard* starting with *other* instead."""
    for match in re.finditer(rf"(?<!\S){re.escape(heard)}", text):
        yield text[: match.start()] + other + text[match.end() :]


@cache
def _sound_alike_swaps(language: str) -> tuple[tuple[str, str], ...]:
    """The language's sound-alike pairs, each both ways round."""
    path = resources.files("resources") / "voice" / "sound_alikes.yaml"
    data = load_own_yaml(path.read_text(encoding="utf-8")) or {}
    pairs: list[tuple[str, str]] = []
    for code in dict.fromkeys((language, language.split("-", 1)[0])):
        for pair in data.get(code) or []:
            first, second = (str(word) for word in pair)
            pairs += [(first, second), (second, first)]
    return tuple(pairs)
