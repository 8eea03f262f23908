"""A command said not to be done: "don't turn on the garden lights", "please don't open the
garage". The sentence rules read the command under the negation as the command itself; this
drops every step that would change the home and says that nothing was done, so a "don't"
never runs what it forbids, asked first or not.

The words are data per language (``resources/sentences/<lang>/not_wanted.yaml``: regular
expressions under ``said``, matched at the start of the sentence folded to lower case, and
the ``reply`` for one device and for several). Forms that mean doing something ("don't forget
to lock the door", "don't leave the lights on") are left out of the expressions and read as
usual.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from app.core.home import Home
from app.core.plan import Plan
from app.understanding import keyed_replies
from app.understanding.own_data import alternatives, own_data


@dataclass(frozen=True, slots=True)
class NotWanted:
    """A language's words for a command not wanted, and its replies."""

    said: re.Pattern[str]
    one: str
    """The reply for one device left as it is: ``{names}`` its name."""
    many: str
    """The reply for several: ``{names}`` their names, joined the language's way."""


@functools.cache
def load(language: str) -> NotWanted | None:
    """The language's words (None where it has none)."""
    raw = own_data(language, "not_wanted.yaml") or {}
    said = alternatives([str(p) for p in raw.get("said") or ()])
    reply = raw.get("reply") or {}
    if said is None or "one" not in reply or "many" not in reply:
        return None
    return NotWanted(said, str(reply["one"]), str(reply["many"]))


def forbids(text: str, words: NotWanted | None) -> bool:
    """Whether *text* says that its command is not to be done."""
    folded = " ".join(text.casefold().replace("’", "'").split())
    return words is not None and words.said.match(folded) is not None


def drop(plan: Plan, text: str, home: Home, words: NotWanted | None, language: str) -> None:
    """Take out of *plan* every step that changes the home when *text* says not to do it, and
    say that those devices are left as they are."""
    acting = [step for step in plan.steps if not step.read_only]
    if words is None or not acting or not forbids(text, words):
        return
    targets = dict.fromkeys(t for step in acting for t in step.targets)
    names = tuple(entity.name if (entity := home.get(t)) is not None else t for t in targets)
    plan.steps = [step for step in plan.steps if step.read_only]
    plan.loose = False
    joined = keyed_replies.Listed(names, join="and").said_in(language) or ", ".join(names)
    plan.reply = (words.one if len(names) == 1 else words.many).format(names=joined)
