"""A to-do item said to be done: "I've sent the invoice to Acme", "we've fixed Leo's bike".

The person says what they did instead of asking to tick it off. The words (who did it, the
verbs in the past and how the list says them) are data per language
(``resources/sentences/<lang>/done_items.yaml``). The planner reads a sentence this way only
when no sentence rule understood it.

The item is an open item of the home's to-do lists whose words are the sentence's, the verb
said as the list says it ("sent": "send"), articles aside; an item may say more than the
sentence ("Call the plumber about the leak" for "I've called the plumber"), but must start
with the verb, unless the verb is one a list leaves out ("I've bought the apples": the item
"apples"). Exactly one such item is ticked off; several are asked about; none: the
sentence stays not understood.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from app.core.home import Entity, Home
from app.core.plan import ErrorCode, Plan, PlannerName
from app.understanding import keyed_replies
from app.understanding.actions import make_step
from app.understanding.answers import open_items
from app.understanding.own_data import own_data
from app.understanding.vocabulary import normalize


@dataclass(frozen=True, slots=True)
class DoneWords:
    pattern: re.Pattern[str]
    """Who did it, then the verb in the past (group ``verb``) and what (group ``what``)."""
    verbs: dict[str, str]
    """A verb in the past and how a list says it ("sent": "send")."""
    skip: frozenset[str]
    """Words that say nothing about which item ("the", "a", "my")."""
    bare: frozenset[str]
    """Verbs a list leaves out: "I've bought the apples" ticks off "apples"."""


@functools.lru_cache(maxsize=16)
def load_done(language: str) -> DoneWords | None:
    """The language's words for things done (None where it has none)."""
    raw = own_data(language, "done_items.yaml")
    if raw is None:
        return None
    verbs = {normalize(str(k)): normalize(str(v)) for k, v in (raw.get("verbs") or {}).items()}

    def choice(words: Any) -> str:
        said = sorted((normalize(str(w)) for w in words or ()), key=len, reverse=True)
        return "(?:" + "|".join(map(re.escape, said)) + ")"

    pattern = re.compile(
        rf"{choice(raw.get('who'))}(?: {choice(raw.get('adverbs'))})?"
        rf" (?P<verb>{choice(verbs)}) (?P<what>.+?)(?: {choice(raw.get('after'))})?"
    )
    return DoneWords(
        pattern=pattern,
        verbs=verbs,
        skip=frozenset(normalize(str(w)) for w in raw.get("skip") or ()),
        bare=frozenset(normalize(str(w)) for w in raw.get("bare_verbs") or ()),
    )


def _content(words: str, skip: frozenset[str]) -> list[str]:
    return [w for w in re.sub(r"[^\w' ]+", " ", words).split() if w not in skip]


def plan_for(text: str, home: Home, language: str) -> Plan | None:
    """The plan that ticks off the item *text* says is done, the question which of several,
    or None when it says no item of the home's lists is done."""
    data = load_done(language)
    if data is None:
        return None
    said = data.pattern.fullmatch(normalize(text))
    if said is None:
        return None
    verb = data.verbs[said["verb"]].split()
    what = _content(said["what"], data.skip)
    if not what:
        return None
    wanted = [*verb, *what]
    found: list[tuple[Entity, str]] = []
    for entity in home.exposed():
        if entity.domain != "todo":
            continue
        for item in open_items(entity.attributes.get("items") or []):
            words = _content(normalize(item), data.skip)
            bare = " ".join(verb) in data.bare and words == what
            if bare or (words[: len(verb)] == verb and all(w in words for w in what)):
                found.append((entity, item))
    if not found:
        return None
    if len(found) > 1:
        names = keyed_replies.Listed(
            tuple(
                keyed_replies.Keyed.of("list.on_list", item=item, list=entity.name)
                for entity, item in found[:4]
            ),
            commas=False,
        )
        return Plan.failed(
            text,
            ErrorCode.AMBIGUOUS,
            f"{len(found)} items fit: {' '.join(wanted)}",
            keyed_replies.said("ask.which_one", choices=names),
        )
    entity, item = found[0]
    step = make_step("todo.update_item", [entity], {"item": item, "status": "completed"})
    return Plan(text=text, planner=PlannerName.LOCAL, steps=[step])
