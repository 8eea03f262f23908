"""Words that say a command is not for now: "if it rains, …", "… when I get home", "… at 8 pm",
"in ten minutes …". Hearth runs a device command at once or not at all, so a plan that acts
on a device while the sentence also says such words has dropped what they meant: it is asked
about first, with the words shown as left out ("Left out: “when I get home”.").

The words are data per language (``resources/sentences/<lang>/not_now.yaml``: regular
expressions matched on the sentence folded to lower case, under ``conditions`` and
``later``, and the polite ones that only look like a condition under ``polite``: "if you
can"). Words a step keeps (a to-do item "call mum tomorrow", a reminder's time) are used,
not dropped; timers, reminders and calendars read times themselves and are never held.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from app.core.plan import Plan
from app.understanding import keyed_replies
from app.understanding.own_data import alternatives, own_data

#: Actions that read a time themselves: a plan made only of these is never held.
_TIMED = ("timer.", "reminder.", "calendar.")
#: Where a clause ends.
_CLAUSE_END = re.compile(r"[,.;!?]")


@dataclass(frozen=True, slots=True)
class NotNow:
    """A language's words for a condition or a later time."""

    conditions: re.Pattern[str] | None
    """A condition: its words run to the end of the clause ("when I get home")."""
    later: re.Pattern[str] | None
    """A later time: just its words ("at 8 pm")."""
    polite: re.Pattern[str] | None


@functools.cache
def load_not_now(language: str) -> NotNow | None:
    """The language's words (None where it has none)."""
    raw = own_data(language, "not_now.yaml")
    if raw is None:
        return None
    conditions = alternatives([str(p) for p in raw.get("conditions") or ()])
    later = alternatives([str(p) for p in raw.get("later") or ()])
    if conditions is None and later is None:
        return None
    return NotNow(conditions, later, alternatives([str(p) for p in raw.get("polite") or ()]))


def unused(text: str, plan: Plan, words: NotNow) -> list[str]:
    """The words of *text* that say "not now" and that no step of *plan* keeps."""
    folded = text.lower()
    if words.polite is not None:
        folded = words.polite.sub(lambda m: " " * len(m.group(0)), folded)
    kept = " ".join(
        str(value).casefold()
        for step in plan.steps
        for value in step.params.values()
        if isinstance(value, str)
    )
    spans: list[tuple[int, int]] = []
    if words.conditions is not None:
        for found in words.conditions.finditer(folded):
            stop = _CLAUSE_END.search(folded, found.end())
            spans.append((found.start(), stop.start() if stop else len(folded)))
    if words.later is not None:
        spans.extend(found.span() for found in words.later.finditer(folded))
    said = text if len(text) == len(folded) else folded  # (a letter that folds to two)
    out: list[str] = []
    for start, end in sorted(spans):
        span = said[start:end].strip(" ,")
        if span and span.casefold() not in kept:
            out.append(span)
    return out


def hold(plan: Plan, text: str, words: NotNow | None) -> None:
    """Ask first about *plan* when it acts on a device and *text* says the command is not for
    now (see the module's docstring); the words are shown as left out."""
    if words is None or plan.error is not None:
        return
    acting = [s for s in plan.steps if not s.read_only]
    if not acting or all(s.action.startswith(_TIMED) for s in acting):
        return
    spans = unused(text, plan, words)
    if not spans:
        return
    plan.loose = True
    quoted = ", ".join(f"“{s}”" for s in dict.fromkeys(spans))
    note = keyed_replies.said("note.left_out", said=quoted)
    if note not in (plan.reply or ""):
        plan.reply = f"{plan.reply} {note}" if plan.reply else note
