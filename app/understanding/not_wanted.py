"""A command said not to be done: "don't turn on the garden lights", "please don't open the
garage". The sentence rules read the command under the negation as the command itself; this
drops every step that would change the home and says that nothing was done, so a "don't"
never runs what it forbids, asked first or not.

The words are data per language (``resources/sentences/<lang>/not_wanted.yaml``: regular
expressions under ``said``, matched at the start of the sentence folded to lower case). Forms
that mean doing something ("don't forget to lock the door", "don't leave the lights on") are
left out of the expressions and read as usual.
"""

from __future__ import annotations

import functools
import re

from app.core.home import Home
from app.core.plan import Plan
from app.understanding import keyed_replies
from app.understanding.own_data import own_data


@functools.cache
def load(language: str) -> re.Pattern[str] | None:
    """The language's expression for a command not wanted (None where it has none)."""
    raw = own_data(language, "not_wanted.yaml")
    patterns = [str(p) for p in (raw or {}).get("said") or ()]
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def forbids(text: str, said: re.Pattern[str] | None) -> bool:
    """Whether *text* says that its command is not to be done."""
    folded = " ".join(text.casefold().replace("’", "'").split())
    return said is not None and said.match(folded) is not None


def drop(plan: Plan, text: str, home: Home, said: re.Pattern[str] | None) -> None:
    """Take out of *plan* every step that changes the home when *text* says not to do it, and
    say that those devices are left as they are."""
    acting = [step for step in plan.steps if not step.read_only]
    if not acting or not forbids(text, said):
        return
    targets = dict.fromkeys(t for step in acting for t in step.targets)
    names = tuple(entity.name if (entity := home.get(t)) is not None else t for t in targets)
    plan.steps = [step for step in plan.steps if step.read_only]
    plan.loose = False
    key = "note.not_wanted_one" if len(names) == 1 else "note.not_wanted_many"
    plan.reply = keyed_replies.said(key, names=keyed_replies.Listed(names, join="and"))
