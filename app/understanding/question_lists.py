"""Questions about to-do and shopping lists: what is on a list, how many things, and whether
a thing is on one ("is milk on the shopping list?"). Answered from the lists' state, read-only."""

from __future__ import annotations

import app.understanding.answers as answers  # noqa: PLR0402  the module, not the package (no cycle)
from app.core.context import RequestContext
from app.core.home import Entity
from app.understanding.actions import read_about_text, read_text
from app.understanding.question_data import QuestionData
from app.understanding.question_reading import (
    PRONOUNS,
    WEATHER_TAGS,
    Reading,
    found_phrases,
    prefix_length,
    resolved,
    singular,
)
from app.understanding.resolve import IntentMatch, Resolved, Resolver, Slots, Unresolved
from app.understanding.vocabulary import REFERENCE, normalize


def todo_list(
    reading: Reading, ctx: RequestContext, resolver: Resolver, data: QuestionData
) -> Resolved | Unresolved | None:
    """ "What's on the shopping list?", "how many things are on the shopping list?", "what do
    I still have to do for work?"."""
    home = resolver.home
    lists: list[Entity] = []
    for name in reading.names:
        if name == REFERENCE:
            ids = ctx.conversation.last_targets if ctx.conversation else []
        else:
            ids = resolver.vocab.entities_by_name.get(name, [])
        for entity_id in ids:
            entity = home.get(entity_id)
            if entity is not None and entity.domain == "todo" and entity not in lists:
                lists.append(entity)
    if not lists or len(lists) != len(set(reading.names)):
        return None
    entity = lists[0]
    # The same read as "what's on the shopping list?" (HearthListItems): todo.get_items.
    name = normalize(entity.name)
    slots = Slots({"name": name if name in resolver.vocab.entities_by_name else REFERENCE}, False)
    outcome = resolver.resolve(IntentMatch("HearthListItems", slots, " ".join(reading.words)), ctx)
    if isinstance(outcome, Resolved) and "count" in reading.tags:
        outcome.reply = answers.todo_count(entity.name, entity.attributes.get("items"))
    elif isinstance(outcome, Resolved) and "done" in reading.tags and outcome.steps:
        # "What have we already picked up from the grocery list?": the items ticked off.
        outcome.steps[0].params = {"status": "completed"}
        outcome.reply = answers.todo_done(entity.name, entity.attributes.get("items"))
    return outcome


def shopping_list(
    reading: Reading, ctx: RequestContext, resolver: Resolver, data: QuestionData
) -> Resolved | Unresolved | None:
    """ "Wie viele Dinge sind auf der Einkaufsliste?", "qu'est-ce qu'on doit acheter ?": the
    home's shopping list, whatever it is called (a list whose name says so, Home Assistant's
    shopping list, else its only list), when the question names no list and no device."""
    if not data.shopping_words or not found_phrases(reading.words, data.shopping_words):
        return None
    home = resolver.home
    named = [n for n in reading.names if n not in reading.places]
    if named or reading.kinds or reading.measures:
        return None  # a list by its name ("the Einkaufsliste") is _todo's; a device is no list
    lists = [e for e in home.exposed() if e.domain == "todo"]
    shopping = [
        e
        for e in lists
        if e.entity_id == "todo.shopping_list"
        or any(n in normalize(" ".join((e.name, *e.aliases))) for n in data.shopping_names)
    ]
    chosen = shopping if len(shopping) == 1 else lists if len(lists) == 1 else []
    if not chosen:
        return None
    return _items_of(chosen[0], reading, ctx, resolver)


def _items_of(
    entity: Entity, reading: Reading, ctx: RequestContext, resolver: Resolver
) -> Resolved | Unresolved | None:
    """The open items of the list *entity* as the question asks them (how many, with "count")."""
    name = normalize(entity.name)
    if name not in resolver.vocab.entities_by_name:
        return None
    slots = Slots({"name": name}, False)
    outcome = resolver.resolve(IntentMatch("HearthListItems", slots, " ".join(reading.words)), ctx)
    if isinstance(outcome, Resolved) and "count" in reading.tags:
        outcome.reply = answers.todo_count(entity.name, entity.attributes.get("items"))
    return outcome


def task_list(
    reading: Reading, ctx: RequestContext, resolver: Resolver, data: QuestionData
) -> Resolved | Unresolved | None:
    """ "What's left to do?", "what jobs are left?": the home's one list of things to do (a
    list whose name says no shopping), when the question names no list, device or place."""
    if not data.task_words or not found_phrases(reading.words, data.task_words):
        return None
    if reading.names or reading.kinds or reading.measures or reading.area or reading.floor:
        return None
    if "time" in reading.tags:
        return None  # "what do we have to do tomorrow": the calendar's
    lists = [e for e in resolver.home.exposed() if e.domain == "todo"]
    tasks = [
        e
        for e in lists
        if e.entity_id != "todo.shopping_list"
        and not any(n in normalize(" ".join((e.name, *e.aliases))) for n in data.shopping_names)
    ]
    if len(tasks) != 1:
        return None  # several lists of jobs: which one is asked (or none is a list of jobs)
    return _items_of(tasks[0], reading, ctx, resolver)


def todo_item(
    reading: Reading, ctx: RequestContext, resolver: Resolver, data: QuestionData
) -> Resolved | Unresolved | None:
    """ "Do we need milk?", "is milk on the shopping list?", "have we got eggs on the list?":
    whether a thing is on a to-do list (the one said, else any), from its open items."""
    words = reading.words
    need = prefix_length(words, data.item_need)
    start = need or prefix_length(words, data.item_on)
    if not start or reading.tags & WEATHER_TAGS:
        return None  # "do I need an umbrella": the weather's
    home = resolver.home
    every = [e for e in home.exposed() if e.domain == "todo"]
    if not every:
        return None
    end = len(words)
    lists = every
    for at in range(start + 1, len(words)):
        if words[at] not in ("on", "in"):
            continue
        said = _said_lists(words[at + 1 :], every, resolver, data)
        if said is not None:
            end, lists = at, said or every
            break
    if end == len(words) and not need:
        return None  # "is the heater on": no list said
    item = [w for w in words[start:end] if w not in data.item_fillers]
    if not item or all(w in PRONOUNS for w in item):
        return None  # "is it on the list": the conversation's, not a thing
    if any(data.tags.get(w, frozenset()) & {"everything", "count"} for w in item):
        return None  # "is there anything on the list": what is on it (_todo)
    wanted = " ".join(item)
    for entity in lists:
        items = entity.attributes.get("items")
        for summary in answers.open_items(items) if isinstance(items, list) else []:
            if _same_thing(wanted, normalize(summary)):
                reply = f"Yes, {summary} is on {entity.name}."
                return resolved([entity], reply, read_text([entity]))
    devices = [n for n in reading.names if n not in reading.places and _not_list(n, resolver)]
    if devices or reading.kinds or reading.states:
        return None  # "do we need the heating on": a device, not a thing to buy
    where = lists[0].name if len(lists) == 1 else "any of your lists"
    return resolved(lists, f"No, {wanted} isn't on {where}.", read_about_text("lists"))


def _said_lists(
    words: list[str], every: list[Entity], resolver: Resolver, data: QuestionData
) -> list[Entity] | None:
    """The lists *words* name after "on" ("the shopping list", "groceries", "my list"): the
    one named, [] for "the list", None when they name no list."""
    words = [w for w in words if w not in data.item_fillers and w not in ("my", "our")]
    if not words:
        return None
    phrase = " ".join(words)
    by_name = resolver.vocab.entities_by_name
    for n in range(len(words), 0, -1):
        named = [e for e in every if e.entity_id in by_name.get(" ".join(words[:n]), [])]
        if named:
            return named
    kind = data.kinds.get(words[-1])
    if words[-1] in data.tags and "todo" in data.tags[words[-1]] and kind is None:
        return []  # "on the list", "on the shopping list" of a home without one by that name
    return [] if phrase in ("list", "lists") else None


def _not_list(name: str, resolver: Resolver) -> bool:
    ids = resolver.vocab.entities_by_name.get(name, [])
    return any(not i.startswith("todo.") for i in ids)


def _same_thing(wanted: str, summary: str) -> bool:
    """Whether an item called *summary* is the thing *wanted* ("eggs": "eggs", "egg", "free
    range eggs")."""
    if wanted == summary:
        return True
    want = {singular(w) for w in wanted.split()}
    have = {singular(w) for w in summary.split()}
    return want <= have
