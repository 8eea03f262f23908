"""Questions about the home: answered read-only from its state, never turned into an action.

A sentence that starts like a question ("is", "did", "how many", "what's", "any"; the words
are data in ``resources/sentences/<lang>/questions.yaml``) is a question whatever else it
says: "did I leave the coffee maker on" must never turn the coffee maker on, "is the
irrigation running?" must never open a valve. The planner asks :func:`is_question` before it
reads any action, answers what :func:`answer` can, and drops every state-changing step a
question would otherwise have produced. Right after a question, a follow-up ("and the
study", "what about tomorrow", with or without a question mark) is a question too
(:func:`asks`): the conversation remembers that the last request asked, and what a follow-up
stood for (``Conversation.last_question``), so the next one can go on from it.

:func:`answer` reads the question's shape (a count, "which", "any", "all", one device, a
measure, what is playing, the weather, a to-do list or a thing on it) and the home's words in
it (names, kinds of device, areas, floors), and answers in words from the state. It returns
None for what it does not read, so that Home Assistant's and Hearth's sentence rules still get
their turn.

What each part does lives in a module of its own, each importing only those before it:
question_data (what a language's rules hold), question_reading (a question read into a
Reading, and the devices it is about), then the answers by subject — question_measures,
question_household (people, batteries, attributes, time left), question_lists,
question_weather, question_media. This module recognises a question, follows one up, and
answers counts, "which" and states itself, since a follow-up asks :func:`answer` again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import app.understanding.answers as answers  # noqa: PLR0402  the module, not the package (no cycle)
import app.understanding.case_forms as case_forms  # noqa: PLR0402  the module (no cycle)
import app.understanding.keyed_replies as keyed_replies  # noqa: PLR0402  the module (no cycle)
import app.understanding.not_found as not_found  # noqa: PLR0402  the module (no cycle)
import app.understanding.question_followups as followups
from app.core.context import Conversation, RequestContext
from app.core.home import Entity, Home
from app.core.plan import ErrorCode, Plan
from app.understanding.actions import read_group_text, read_text
from app.understanding.frames import FrameData, load_frames
from app.understanding.kind_called import called_as_said
from app.understanding.question_data import (
    CountedKind,
    QuestionData,
    load_questions,
    question_frames,
)
from app.understanding.question_household import (
    device_attribute,
    low_batteries,
    people_at_home,
    time_left,
    timer_left,
)
from app.understanding.question_lists import shopping_list, task_list, todo_item, todo_list
from app.understanding.question_measures import (
    NothingThere,
    asked_measure,
    measure_answer,
    measured_by_words,
    sensor_by_words,
    total_by_words,
)
from app.understanding.question_media import media
from app.understanding.question_reading import (
    ARTICLES,
    GROUP_TAGS,
    PRONOUNS,
    WEATHER_TAGS,
    Reading,
    as_named,
    compound_kind,
    drop_explained,
    found_phrases,
    holding_words,
    is_about_devices,
    kind_nouns,
    place_entities,
    place_unknown,
    prefix_length,
    previous_reading,
    question_targets,
    question_words,
    read,
    resolved,
    singular,
    slot_value,
    split_words,
    strip_lead_ins,
    where_said,
    without_follow_up,
)
from app.understanding.question_weather import asks_day_weather, weather_answer
from app.understanding.resolve import Resolved, Resolver, Unresolved
from app.understanding.vocabulary import REFERENCE, normalize


@dataclass(slots=True)
class UnknownInQuestion(Unresolved):
    """A name the question used that the home does not have ("the attic")."""

    place: bool = False
    """It was said as a place ("in the attic")."""


def is_question(text: str, data: QuestionData, frames: FrameData | None = None) -> bool:
    """Whether *text* asks about something rather than asks for something: it starts with a
    question word ("is", "did", "how many", "what's"), and not with a polite command that
    looks like one ("can you turn off…?") unless that is a longer question ("can you tell me
    if…"). With *frames*, a question mark after words with no command cue ("bedroom
    temperature?") asks too; "lights off?" stays a command."""
    words = strip_lead_ins(split_words(text, data), data)
    if not words:
        return False
    if any(tuple(words[-len(closer) :]) == closer for closer in data.closers):
        return True  # "le radiateur du séjour est réglé sur combien"
    opener = prefix_length(words, data.openers)
    command = prefix_length(words, data.commands)
    if opener and not command and (after := prefix_length(words[opener:], data.commands)):
        # "est-ce que tu peux allumer la lampe ?": a polite command behind a question word
        command = opener + after
    if opener or command:
        return opener > command
    if frames is None or not text.rstrip().endswith("?") or words[0] in data.command_verbs:
        return False
    if not data.mark_asks:
        return False  # "werkbank lamp aan?": a command
    padded = f" {' '.join(words)} "
    return not any(f" {cue} " in padded for cue in frames.cues if cue not in data.states)


def untagged(text: str, data: QuestionData) -> str | None:
    """*text* without the question tag it ends with ("the front door's locked right": "the
    front door's locked"), when it is a statement so made a question; None when it ends with
    none, starts as a command ("turn off the bedside right") or as a question already."""
    words = strip_lead_ins(split_words(text, data), data)
    if not words or words[0] in data.command_verbs:
        return None
    if prefix_length(words, data.openers) or prefix_length(words, data.commands):
        return None
    for tag in data.question_tags:
        if len(words) > len(tag) + 1 and tuple(words[-len(tag) :]) == tag:
            if words[-len(tag) - 1] in ARTICLES:
                return None  # "the one on the right": a side, no tag
            return " ".join(words[: -len(tag)])
    return None


def asks(
    text: str, data: QuestionData, frames: FrameData | None, conversation: Conversation | None
) -> bool:
    """Whether *text* is a question: by its own words (:func:`is_question`), or as a follow-up
    of the question just asked (:func:`followups.continues_question`)."""
    return is_question(text, data, frames) or followups.continues_question(
        text, conversation, data, frames
    )


def remember_asked(
    plan: Plan,
    conversation: Conversation | None,
    data: QuestionData | None,
    frames: FrameData | None,
) -> None:
    """Note in *conversation* whether *plan* answered a question (only read, or asked in a
    question's words and not understood), for :func:`followups.continues_question`."""
    if conversation is None:
        return
    if plan.steps:
        conversation.last_asked = all(step.read_only for step in plan.steps)
    else:
        conversation.last_asked = data is not None and (
            is_question(plan.text, data, frames)
            or followups.continues_question(plan.text, conversation, data, frames)
        )


#: States a question about several devices asks of any of them ("are the windows open?");
#: the others it asks of all of them ("are the doors locked?", "are the lights off?").
_ACTIVE = frozenset({"on", "open", "unlocked", "playing", "cleaning", "armed", "detected"})


def names_a_kind(text: str, language: str) -> bool:
    """Whether *text* names a kind of device or a measure ("is the fan on in the kids room",
    "how warm is it"): a question about the home, whatever calendar its other words name."""
    data = load_questions(language)
    frames = load_frames(language)
    if data is None or frames is None:
        return False
    return is_about_devices(normalize(text).split(), data, frames, language)


# -- answering -----------------------------------------------------------------------------


def answer(
    text: str,
    ctx: RequestContext,
    resolver: Resolver,
    data: QuestionData,
    frames: FrameData,
) -> Resolved | Unresolved | None:
    """The answer to the question *text*, or an Unresolved that says what was not found or
    asks which device; None when the question's shape is not one this reads. The answer is
    said in the resolver's language (app/understanding/keyed_replies.py), or wholly in English
    where that language lacks a word of it (:func:`keyed_replies.whole`)."""
    frames = question_frames(resolver.language) or frames
    return keyed_replies.whole(
        resolver.language, lambda: _answer(text, ctx, resolver, data, frames)
    )


def _answer(
    text: str,
    ctx: RequestContext,
    resolver: Resolver,
    data: QuestionData,
    frames: FrameData,
) -> Resolved | Unresolved | None:
    text = as_named(text, resolver, data, ctx.conversation)
    words = without_follow_up(question_words(text, resolver, data, frames), data)
    if not words:
        return None
    reading = read(words, resolver, data, frames)
    if "battery" in reading.measures and reading.unread:
        # "sind Akkus schwach?": a word that says a battery is low is read with the battery
        low = {w for phrase in data.low_battery for w in phrase}
        reading.unread = [w for w in reading.unread if w not in low]
    if (
        data.partial
        and reading.unread
        and not _unread_named(reading, resolver)
        and not _unread_people(reading, data)
    ):
        # Rules that read only part of a language's questions answer only what they read
        # whole: "¿está cargándose el teléfono?" is left to the sentence rules, never
        # answered with every sensor of the phone.
        return _measured_unread(reading, ctx, resolver, data)
    home = resolver.home
    conversation = ctx.conversation
    asked = followups.Asked(reading, text, ctx, resolver, data, frames, answer, _group)
    going_on = (followups.again, followups.follow_up, followups.forecast_again)
    for follow in (*going_on, followups.asked_elsewhere):
        again = follow(asked)
        if again is not None:
            return again
    if reading.state is None and not reading.measures and followups.follows(text, ctx, data):
        assert conversation is not None
        # "is the front door locked?" - "what about the back door?": locked, too
        reading.states = list(previous_reading(conversation, resolver, data, frames).states)
    if not reading.kinds and not [n for n in reading.names if n not in reading.places]:
        for said in found_phrases(reading.words, tuple(tuple(p.split()) for p in data.state_kinds)):
            phrase = " ".join(said)
            kind = data.state_kinds[phrase]  # "is the basement wet?": water sensors
            measure = reading.measure_words.get(phrase)
            if phrase not in data.states and measure in reading.measures:
                # "ist im Büro etwas kalt?" asks the cold sensors; "ist es kalt im Büro?" and
                # "wie kalt ist es?" the temperature
                if not reading.tags & {"everything", "count", "any", "all", "which"}:
                    continue
                reading.measures.remove(measure)
                reading.states = [kind.state]
            reading.kinds.append(kind)
            reading.kind_words.append(kind.many)
            break
    if reading.unknown and reading.measures:
        # "How much power is the washer using?": the words of the Washer Power sensor.
        measure = asked_measure(reading, ctx, resolver, data)
        named = measured_by_words(reading, resolver, measure, data, whole=False)
        if named is not None:
            return named
    if not reading.measures and (
        found_phrases(reading.words, data.amount_asks) or _amount_ending(reading.words, data)
    ):
        amount = found_phrases(reading.words, tuple(data.amount_measures))
        if amount:  # "how much is the heat pump using": power
            reading.measures.append(data.amount_measures[amount[0]])
        else:
            total = total_by_words(reading, resolver, data)  # "how much solar today"
            if total is not None:
                return total
    if reading.unknown and not reading.measures:
        timer = timer_left(reading, ctx, resolver, data)  # "how long left on the spa"
        if timer is not None:
            return timer
    if reading.unknown and reading.states and not reading.measures:
        _switched_by_words(reading, resolver, data)  # "is the spa on": the Spa Pool
    if reading.unknown and not reading.measures:
        named = sensor_by_words(reading, ctx, resolver, data)  # "what's the solar doing?"
        if named is not None:
            return named
    for early in (
        people_at_home,
        low_batteries,
        todo_item,
        shopping_list,
        task_list,
    ):  # their words are no names
        answered = early(reading, ctx, resolver, data)
        if answered is not None:
            return answered
    drop_explained(reading, data)
    if (
        not (reading.names or reading.kinds or reading.area or reading.floor)
        and not reading.tags & WEATHER_TAGS  # "how windy is it?": no "it" of the conversation
        and not (reading.measures and "future" in reading.tags)
        and conversation is not None
        and conversation.last_targets
        and any(w in PRONOUNS for w in words)
    ):
        reading.names.append(REFERENCE)  # "what's on it now?": what the conversation is about
    if reading.unknown:
        _list_by_its_words(reading, resolver)  # "our grocery list": the Kowalski Groceries
    if reading.unknown and not place_unknown(reading, home, resolver):
        phrase = " ".join(reading.unknown[0]).removesuffix("'s")
        if reading.tags & {"weather", "rain"}:
            # "do I need a brolly": words around the question that name nothing
            weather = weather_answer(reading, ctx, resolver, data)
            if weather is not None:
                return weather
        # "is the printer on?": a thing the home has none of is said as missing (not_found.py)
        reply = answers.unknown_name(phrase)
        if phrase in not_found.texts(resolver.language).things:
            reply = not_found.say(resolver.language, not_found.NO_KIND, reply, kind=phrase)
        return UnknownInQuestion(
            ErrorCode.NO_TARGET,
            f"no device or room called {phrase!r}",
            reply,
            place=reading.unknown_places[0],
        )
    if asks_day_weather(reading, ctx, data):
        reading.tags.add("weather")  # "what's it doing sunday": the forecast, not the calendar
    if "time" in reading.tags and not (
        reading.names
        or reading.kinds
        or reading.area
        or reading.measures
        or reading.tags & WEATHER_TAGS
    ):
        return None  # "what's on tomorrow?": the calendar's (app/understanding/temporal.py)
    readers = (
        weather_answer,
        device_attribute,
        time_left,
        media,
        todo_list,
        measure_answer,
        _group,
        _named,
    )
    for reader in (*readers, _room_state, sensor_by_words):
        outcome = reader(reading, ctx, resolver, data)
        if outcome is not None:
            return outcome
    return None


def _measured_unread(
    reading: Reading, ctx: RequestContext, resolver: Resolver, data: QuestionData
) -> Resolved | None:
    """Of a measure asked in words part of which nothing read, the sensor of that measure
    whose name those words are ("paljonko ulko-oven lukon akussa on virtaa": the Ulko-oven
    akku), else None."""
    if not reading.measures:
        return None
    measure = asked_measure(reading, ctx, resolver, data)
    named = measured_by_words(reading, resolver, measure, data, whole=False)
    if named is None or not named.targets:
        return None
    sensor = resolver.home.get(named.targets[0])
    if sensor is None:
        return None
    own = set(normalize(sensor.name).split())
    endings = case_forms.word_endings(resolver.language)
    for word in reading.unread:
        if word not in own and not own & set(case_forms.bases(word, endings)):
            return None
    return named


def _amount_ending(words: list[str], data: QuestionData) -> bool:
    """Whether *words* open as a question for an amount and end in a word that says its
    measure ("what's the airer using": its power)."""
    ends = any(tuple(words[-len(m) :]) == m for m in data.amount_measures)
    return ends and any(tuple(words[: len(o)]) == o for o in data.amount_openers)


def _list_by_its_words(reading: Reading, resolver: Resolver) -> None:
    """A to-do list said by words of its name before the word for a list ("our grocery
    list", "the Kowalski list" for Kowalski Groceries): when the words fit one list only, the
    question is about that list, not about something the home lacks."""
    by_name = resolver.vocab.entities_by_name
    list_words = {
        w for t, _ in resolver.vocab.types_by_value.values() if t.domain == "todo" for w in t.words
    }
    listed = [
        n
        for n in reading.names
        if n in list_words or any(i.startswith("todo.") for i in by_name.get(n, []))
    ]
    if not listed:
        return

    def stems(word: str) -> set[str]:
        word = word.removesuffix("'s")
        return {word, singular(word), word[:-3] + "y" if word.endswith("ies") else word}

    said = [stems(w) for run in reading.unknown for w in run]
    fitting = []
    for entity in resolver.home.exposed():
        if entity.domain != "todo":
            continue
        own = {
            s
            for name in (entity.name, *entity.aliases)
            for w in normalize(name).split()
            for s in stems(w)
        }
        if all(forms & own for forms in said):
            fitting.append(entity)
    if len(fitting) != 1 or normalize(fitting[0].name) not in by_name:
        return
    reading.names = [n for n in reading.names if n not in listed] + [normalize(fitting[0].name)]
    reading.unknown, reading.unknown_places = [], []


def _switched_by_words(reading: Reading, resolver: Resolver, data: QuestionData) -> None:
    """ "Is the spa on?" with a Spa Pool, a Spa Temperature and a Spa Timer: a state asked of
    words that name no device whole is the one device holding them that can be switched
    (``switchable``), never a reading of the others; left as it was when none or several."""
    said = {singular(w) for run in reading.unknown for w in run if w not in ARTICLES}
    if not said:
        return
    found = [
        e
        for e in resolver.home.exposed()
        if e.domain in data.switchable
        and said <= {singular(w) for w in normalize(" ".join((e.name, *e.aliases))).split()}
    ]
    if len(found) != 1 or normalize(found[0].name) not in resolver.vocab.entities_by_name:
        return
    reading.names.append(normalize(found[0].name))
    reading.unknown, reading.unknown_places = [], []


def _unread_people(reading: Reading, data: QuestionData) -> bool:
    """Whether every word nothing read is one of the language's words that ask about the
    people of the home ("kdo není doma?": "není" of "není doma", "ist jemand im Büro?"),
    said with one of them."""
    forms = {w for said in data.people_forms.values() for w in said}
    being = found_phrases(reading.words, (*data.away_words, *data.home_words))
    if not (
        found_phrases(reading.words, (*data.people, *data.occupancy))
        or (being and forms & set(reading.words))  # "ist irgendwer daheim?"
    ):
        return False
    phrases = (*data.people, *data.away_words, *data.home_words, *data.occupancy)
    said = {w for phrase in found_phrases(reading.words, phrases) for w in phrase}
    return said | forms >= set(reading.unread)


def _unread_named(reading: Reading, resolver: Resolver) -> bool:
    """Whether every word nothing read was said where a name stands and is part of one
    device's name ("hoeveel procent batterij heeft de Roborock" for "Roborock S7"): then
    that device is among the names read, and the question was read whole."""
    said = {w for run in reading.unknown for w in run}
    if not said >= set(reading.unread):
        return False
    placed = []
    for run, place in zip(reading.unknown, reading.unknown_places, strict=True):
        # every word in the name, never a word's stem ("woonkamertemperatuur" is no Rolluik
        # woonkamer)
        found = holding_words({singular(w) for w in run}, resolver.home)
        if place or len(found) != 1:
            return False
        placed.append(found[0][1])
    reading.names += placed
    reading.unknown, reading.unknown_places = [], []
    return True


def _group(
    reading: Reading, ctx: RequestContext, resolver: Resolver, data: QuestionData
) -> Resolved | Unresolved | None:
    """Questions about several devices: "how many windows are open?", "which lights are on
    upstairs?", "are the doors locked?", "any doors open?", "what's still on downstairs?",
    "is anything on?"."""
    tags = reading.tags
    first = reading.words[0]
    which = first in data.which_first  # "welche Fenster sind offen?"
    names = [n for n in reading.names if n not in reading.places]
    everything = "everything" in tags and not names and not reading.kinds
    plural = [
        k for k, w in zip(reading.kinds, reading.kind_words, strict=True) if w == normalize(k.many)
    ]
    # A kind said once with a state and no name ("is the water sensor wet?") asks about the
    # devices of that kind too.
    yes_no = not names and bool(reading.states)
    kinds = (
        reading.kinds
        if (plural or tags & {"count", "all", "any"} or first == "which" or which or yes_no)
        else []
    )
    if names and not plural:
        return None
    if not kinds and not (everything and (reading.states or reading.area or reading.floor)):
        return None
    if everything and first in ("what", "what's", "whats") and not reading.states:
        return None  # "what's in the kitchen?"
    home = resolver.home
    place = place_entities(reading, ctx, home)
    if reading.outside and not (reading.area or reading.floor):
        # "ile świateł się świeci na zewnątrz?": those in the places outside
        place = [e for e in place if answers.is_outside(e, home)]
    plain = kinds and not tags & GROUP_TAGS and first not in ("which", "what", "what's")
    plain = plain and not which
    if plain and ctx.area and not (reading.area or reading.floor):
        # "Are the lights on?" said in the study: the study's, when it has any.
        here = [e for e in place if e.area == ctx.area and kinds[0].has(e)]
        place = here or place
    if kinds:
        kind = kinds[0]
        state = reading.state or kind.state
        nouns = (kind.one, kind.many)
        candidates = [e for e in place if kind.has(e)]
        narrowed = _compound_named(reading, kind, candidates, data)
        if narrowed is not None:  # "hoeveel plafondlampen": the lights called so
            candidates, nouns = narrowed
        candidates = _called_as_kind(kind, candidates, data)
        candidates, called = called_as_said(resolver.language, reading.kind_words, candidates)
        nouns = called or nouns  # "how many lamps are on?": the lights called lamps
        also = _also_kinds(reading, kind)
        if also:  # "hoeveel ramen en deuren staan er open?": both kinds, together
            candidates = [e for e in place if any(k.has(e) for k in (kind, *also))]
            joined = keyed_replies.said("and")
            nouns = (kind.one, f" {joined} ".join([kind.many, *(k.many for k in also)]))
    else:
        state = reading.state or "on"
        nouns = ("thing", "things")
        if state in ("on", "off"):
            candidates = [e for e in place if e.domain in data.switchable]
        else:  # "what's open?", "is everything locked?": whatever can be so
            candidates = place
        if state == "on":  # an idle speaker is not "still on"
            candidates = [
                e for e in candidates if e.domain != "media_player" or e.state == "playing"
            ]
    applicable = [e for e in candidates if answers.in_state(e, state) is not None]
    if not applicable and kinds:
        where = where_said(reading, ctx, home)
        return Unresolved(
            ErrorCode.NO_TARGET,
            f"no {nouns[1]}{where}",
            keyed_replies.said("group.none_found", many=nouns[1], one=nouns[0], where=where),
        )
    if "count" in tags and "exist" in tags and reading.state is None and kinds:
        # "quante luci ci sono in bagno?", "hoeveel lampen hebben we?": every one of the kind
        # (and how many of them are in the kind's state, the other way to read it)
        reply = keyed_replies.said(
            "group.count_all",
            count=len(candidates),
            many=nouns[1],
            where=where_said(reading, ctx, home),
            listed=answers.listing(answers.labels(candidates, home)),
            count_in=sum(1 for e in candidates if answers.in_state(e, state)),
            word=answers.state_word(state),
        )
        return resolved(candidates, reply, read_group_text(nouns[1], state))
    if "count" in tags:
        form = "count"
    elif first in ("which", "what", "what's", "whats", "list", "show", "tell") or which:
        form = "which"
    elif "all" in tags:
        form = "all"
    elif "any" in tags or everything or state in _ACTIVE:
        form = "any"  # "are the windows open?": any of them
    else:
        form = "all"  # "are the doors locked?": every one
    if len(applicable) == 1 and form in ("any", "all") and not tags & {"any", "all"}:
        reply = answers.one_answer(applicable[0], state)
    else:
        reply = answers.group_answer(form, nouns, state, applicable, home)
    matching = [e for e in applicable if answers.in_state(e, state)]
    return resolved(
        matching or applicable, reply, read_group_text(nouns[1] if kinds else None, state)
    )


def _compound_named(
    reading: Reading, kind: CountedKind, candidates: list[Entity], data: QuestionData
) -> tuple[list[Entity], tuple[str, str]] | None:
    """In a language that writes compounds as one word, the devices of *kind* whose name holds
    the rest of the compound said for it ("plafondlampen": the lights whose name holds
    "plafond"), and the words for one and many of them; None where none is named so."""
    if not data.compounds:
        return None
    for word in reading.words:
        found = compound_kind(word, data)
        if found is None or found[0] is not kind:
            continue
        rest = word[: -len(found[1])]
        named = [e for e in candidates if rest in normalize(e.name)]
        if len(rest) >= 3 and named:
            plural = found[1] == normalize(kind.many)
            return named, (rest + kind.one.lower(), word if plural else rest + kind.many.lower())
    return None


def _called_as_kind(
    kind: CountedKind, candidates: list[Entity], data: QuestionData
) -> list[Entity]:
    """Of *candidates*, those whose name starts with a word of *kind*, where every other one's
    name starts with a word of another kind that counts the same devices (Polish "ile rolet
    jest otwartych?" where the home calls two covers "Roleta" and one "Żaluzja", whatever class
    each has): the word said picks the devices the home calls so. A name written as one
    compound says the kind it ends with ("Kinderzimmerrollladen"), where the language writes
    compounds so. *candidates* unchanged where no name, or not every other name, says a kind."""

    def kind_named(entity: Entity) -> CountedKind | None:
        first = next(iter(normalize(entity.name).split()), "")
        compound = compound_kind(first, data)  # "Kinderzimmerrollladen": a Rollladen
        return data.kinds.get(first) or (compound[0] if compound else None)

    named = [e for e in candidates if kind_named(e) is kind]
    others = [e for e in candidates if e not in named]
    if not named or not others:
        return candidates
    for entity in others:
        other = kind_named(entity)
        if other is None or other.key == kind.key or other.match != kind.match:
            return candidates
    return named


def _also_kinds(reading: Reading, kind: CountedKind) -> list[CountedKind]:
    """Other kinds said in the plural with *kind*, in the same state ("ramen en deuren",
    "finestre e porte"): asked about together. Only when *kind* was said in the plural too."""
    counted = "count" in reading.tags  # "ile rolet i żaluzji": after "how many", any form
    plural = [
        k
        for k, w in zip(reading.kinds, reading.kind_words, strict=True)
        if w == normalize(k.many) or (counted and w != normalize(k.one))
    ]
    if kind not in plural:
        return []
    return [k for k in dict.fromkeys(plural) if k.key != kind.key and k.state == kind.state]


def _named(
    reading: Reading, ctx: RequestContext, resolver: Resolver, data: QuestionData
) -> Resolved | Unresolved | None:
    """A yes/no or "what's it doing" question about devices named: "is the irrigation
    running?", "did I leave the coffee maker on", "is the kitchen window shut"."""
    if not reading.names or reading.measures:
        return None
    found = question_targets(reading, ctx, resolver)
    if isinstance(found, Unresolved) and found.code is ErrorCode.AMBIGUOUS:
        # "Are the sprinklers running?": a kind of device with several members is a question
        # about all of them, not one to ask back.
        found = _every_of_kind(reading, ctx, resolver) or _every_named(reading, resolver) or found
    if (
        isinstance(found, Unresolved)
        and found.code is ErrorCode.AMBIGUOUS
        and "count" in reading.tags
    ):
        found = _every_called(reading, resolver) or found  # "ile lampek nocnych": all of them
    if (
        isinstance(found, Unresolved)
        and found.code is ErrorCode.NO_TARGET
        and reading.kinds
        and set(reading.names) <= set(reading.kind_words)
    ):
        # "Est-ce que la fenêtre du bureau est ouverte ?" where the office's window is a
        # contact sensor: the word names a kind of device, and the place has one of that kind.
        place = place_entities(reading, ctx, resolver.home)
        found = [e for e in place if any(k.has(e) for k in reading.kinds)] or found
    if found is None or isinstance(found, Unresolved):
        return found
    state = reading.state
    timers = [e for e in found if e.domain == "timer"]
    if timers and state in ("on", "off") and not data.timer_words & set(reading.words):
        # "is the water heater on?" of a switch and its timer helper called alike: the
        # device says, not the countdown that may turn it off
        devices = [e for e in found if e.domain in data.switchable]
        found = devices or found
    if any(e.domain in ("todo", "weather", "calendar", "timer") for e in found):
        return None  # their own questions (lists, weather, timers) answer these
    home = resolver.home
    if len(found) == 1 and state is None:
        # "what's the tank level", "what mode is the pool pump in": the one reading named
        # after the device by a word said ("Rainwater Tank Level", "Pool Pump Mode")
        found = [
            _said_companion(found[0], reading, home)
            or _level_companion(found[0], reading, home, data)
            or found[0]
        ]
    if len(found) == 1 and state is not None and answers.in_state(found[0], state) is None:
        # "Is the back door shut?" of a lock: the door's contact sensor knows.
        found = [_state_companion(found[0], state, home) or found[0]]
    if len(found) == 1 and state is None and "any" in reading.tags and _senses(found[0]):
        state = "detected"  # "any leaks under the sink?": whether its sensor senses one
    level = answers.battery_level(found[0]) if found[0].device_class == "battery" else None
    counted = [e for e in found if state is not None and answers.in_state(e, state) is not None]
    if "count" in reading.tags and counted and state is not None:
        # "ile lampek nocnych się świeci?": how many of the devices named are so, a number
        reply = answers.group_answer("count", kind_nouns(reading, counted), state, counted, home)
        return resolved(found, reply, read_text(found))
    if len(found) == 1 and level is not None and found_phrases(reading.words, data.low_battery):
        low = level <= data.low_battery_level  # "is the back door sensor battery low?"
        shown = answers.number(level)
        reply = f"{'Yes' if low else 'No'}, {found[0].name} is at {shown}%."
    elif len(found) == 1:
        reply = answers.one_answer(found[0], state)
    elif state is None:
        reply = " ".join(answers.one_answer(e, None) for e in found[:10])
    else:
        applicable = [e for e in found if answers.in_state(e, state) is not None] or found
        if len(applicable) == 1:
            # "Is the back door open?" of a lock and a contact sensor both called "Back Door":
            # the sensor says whether it is open.
            found = applicable
            reply = answers.one_answer(applicable[0], state)
        else:
            form = "any" if "any" in reading.tags or state in _ACTIVE else "all"
            nouns = kind_nouns(reading, applicable)
            reply = answers.group_answer(form, nouns, state, applicable, home)
    return resolved(found, reply, read_text(found))


#: Binary sensors whose "on" is something sensed that "any …?" asks about ("any leaks under
#: the sink?", "is there smoke in the loft?"): a yes or no.
_SENSING = frozenset(
    {
        "moisture",
        "smoke",
        "gas",
        "carbon_monoxide",
        "motion",
        "occupancy",
        "sound",
        "vibration",
        "problem",
        "tamper",
    }
)


def _senses(entity: Entity) -> bool:
    """Whether *entity* is a binary sensor of something sensed (:data:`_SENSING`)."""
    return entity.domain == "binary_sensor" and entity.device_class in _SENSING


#: What holds a reading named after a device ("Pool Pump Mode", "Generator Fuel").
_READINGS = frozenset({"sensor", "select", "input_select", "number", "input_number"})


def _said_companion(entity: Entity, reading: Reading, home: Home) -> Entity | None:
    """The one reading whose name holds *entity*'s name and a word the question says
    besides ("Rainwater Tank Level" for "what's the tank level" of the valve "Rainwater
    Tank"); None when none or several do."""
    said = set(reading.words)
    keys = [k for k in (normalize(n) for n in (entity.name, *entity.aliases)) if k]
    found = []
    for other in home.exposed():
        if other.domain not in _READINGS or other is entity:
            continue
        name = normalize(other.name)
        for key in keys:
            if f" {key} " in f" {name} " and (set(name.split()) - set(key.split())) & said:
                found.append(other)
                break
    return found[0] if len(found) == 1 else None


#: Devices with no level of their own to be asked "what's it at".
_LEVELLESS = frozenset({"switch", "input_boolean", "binary_sensor"})


def _level_companion(
    entity: Entity, reading: Reading, home: Home, data: QuestionData
) -> Entity | None:
    """The reading named after *entity* with a word the question's ending asks for ("Sauna
    Temperature" for "what's the sauna at" of the switch "Sauna"), the first word listed
    that one reading holds; None for a device with a level of its own."""
    if entity.domain not in _LEVELLESS:
        return None
    words = tuple(reading.words)
    wanted = next((w for end, w in data.level_endings.items() if words[-len(end) :] == end), ())
    keys = [k for k in (normalize(n) for n in (entity.name, *entity.aliases)) if k]
    for word in wanted:
        found = [
            other
            for other in home.exposed()
            if other.domain in _READINGS
            and any(normalize(other.name) == f"{key} {word}" for key in keys)
        ]
        if len(found) == 1:
            return found[0]
    return None


def _state_companion(entity: Entity, state: str, home: Home) -> Entity | None:
    """The one device named after *entity* that *state* applies to ("Back Door Sensor" for
    the lock "Back Door")."""
    keys = [k for k in (normalize(n) for n in (entity.name, *entity.aliases)) if k]
    # Else named alike but for its last word ("Slider Door" for the lock "Slider Lock").
    shorter = [k.rsplit(" ", 1)[0] for k in keys if " " in k]
    passes: list[tuple[list[str], Callable[[str, str], bool]]] = [
        (keys, lambda name, key: f"{name} ".startswith(f"{key} ")),
        # the whole name inside the other's, as languages that put the kind first name it
        # ("Sensor de la puerta principal" for the lock "Puerta principal")
        (keys, lambda name, key: f" {key} " in f" {name} "),
        (shorter, lambda name, key: f"{name} ".startswith(f"{key} ")),
    ]
    for said, holds in passes:
        found = [
            e
            for e in home.exposed()
            if e is not entity
            and answers.in_state(e, state) is not None
            and any(holds(normalize(e.name), k) for k in said)
        ]
        if found:
            return found[0] if len(found) == 1 else None
    if entity.domain == "lock" and entity.area and state in ("open", "closed"):
        # "is grandma's door closed?" of her lock "Front Door": the one door contact in its
        # room, whatever it is called ("ADU Door Contact")
        doors = [
            e
            for e in home.entities_in_area(entity.area)
            if e.domain == "binary_sensor" and e.device_class in ("door", "opening")
        ]
        if len(doors) == 1:
            return doors[0]
    return None


#: States a room is asked to be in that only some of its devices can be ("is the tack room
#: locked?": its lock), and the domains that can.
_ROOM_STATES = {
    "locked": frozenset({"lock"}),
    "unlocked": frozenset({"lock"}),
    "open": frozenset({"cover", "binary_sensor", "valve", "lock"}),
    "closed": frozenset({"cover", "binary_sensor", "valve", "lock"}),
}


def _room_state(
    reading: Reading, ctx: RequestContext, resolver: Resolver, data: QuestionData
) -> Resolved | None:
    """ "Is the tack room locked?", "is the loft shut?": of a room named with a state only
    some devices have, the devices there that have it (its lock; its doors, windows and
    blinds), read-only."""
    state = reading.state
    if (
        state not in _ROOM_STATES
        or not (reading.area or reading.floor)
        or reading.names
        or reading.kinds
        or reading.measures
    ):
        return None
    found = [
        e
        for e in place_entities(reading, ctx, resolver.home)
        if e.domain in _ROOM_STATES[state] and answers.in_state(e, state) is not None
    ]
    if not found:
        return None
    if len(found) == 1:
        reply = answers.one_answer(found[0], state)
    else:
        form = "any" if "any" in reading.tags else "all"
        reply = answers.group_answer(form, kind_nouns(reading, found), state, found, resolver.home)
    return resolved(found, reply, read_text(found))


def _every_named(reading: Reading, resolver: Resolver) -> list[Entity]:
    """ "Are the blinds down?" where two rooms have "Blinds": a plural name asks about all."""
    if len(reading.names) != 1 or not reading.names[0].endswith("s"):
        return []
    ids = resolver.vocab.entities_by_name.get(reading.names[0], [])
    return [e for e in (resolver.home.get(i) for i in ids) if e is not None]


def _every_called(reading: Reading, resolver: Resolver) -> list[Entity]:
    """Every device called by the names a counting question says, in the place it names ("how
    many night lamps are on?" where two rooms have a "Night Lamp": both are counted)."""
    home = resolver.home
    found: list[Entity] = []
    for name in (n for n in reading.names if n not in reading.places):
        for entity_id in resolver.vocab.entities_by_name.get(name, []):
            entity = home.get(entity_id)
            if entity is None or entity in found:
                continue
            if reading.area and entity.area != reading.area:
                continue
            if reading.floor and home.floor_of_area(entity.area or "") != reading.floor:
                continue
            found.append(entity)
    return found


def _every_of_kind(reading: Reading, ctx: RequestContext, resolver: Resolver) -> list[Entity]:
    """Every device of the kinds of device the question names, in the place it names."""
    types = resolver.vocab.types_by_value
    kinds = [types[v] for v in (slot_value(n, resolver) for n in reading.names) if v in types]
    if len(kinds) != len(reading.names):
        return []  # a real name among them: that one is meant
    area = reading.area or next((a for _, a in kinds if a), None)
    found = []
    for entity in resolver.home.exposed():
        if area and entity.area != area:
            continue
        if reading.floor and resolver.home.floor_of_area(entity.area or "") != reading.floor:
            continue
        for device_type, _ in kinds:
            classes = device_type.device_classes
            if entity.domain == device_type.domain and (
                not classes or entity.device_class in classes
            ):
                found.append(entity)
                break
    if not (area or reading.floor) and ctx.area:
        # "Is the light on?" said in the study: the study's, when it has any.
        return [e for e in found if e.area == ctx.area] or found
    return found


def settle(plan: Plan, answered: Unresolved | None) -> Plan:
    """The plan for a question that :func:`answer` did not answer, from the sentence rules:
    kept when it only reads; never when it would change something ("did I leave the coffee
    maker on" is no command to turn it on); a failure says what was not found when
    :func:`answer` knew."""
    if isinstance(answered, NothingThere) or (
        isinstance(answered, UnknownInQuestion) and _reads_calendars(plan)
    ):
        # "is the kids heater on" with a Kids calendar and no such heater: not the calendar's
        return Plan.failed(plan.text, answered.code, answered.message, answered.reply)
    if any(not step.read_only for step in plan.steps):
        reply = (
            answered.reply
            if answered is not None and answered.reply
            else keyed_replies.said("ask.question_not_understood")
        )
        return Plan.failed(
            plan.text, ErrorCode.NOT_UNDERSTOOD, "a question never changes anything", reply
        )
    # A guess (loose or corrected) is still the better answer, unless the question named a
    # place the home does not have ("the humidity in the bathroom" of a home without one).
    guessed = (
        (plan.loose or plan.corrected)
        and isinstance(answered, UnknownInQuestion)
        and answered.place
    )
    if answered is not None and (plan.error is not None or guessed):
        failed = Plan.failed(plan.text, answered.code, answered.message, answered.reply)
        return failed
    return plan


def _reads_calendars(plan: Plan) -> bool:
    """Whether *plan* only reads calendar entities."""
    targets = [t for step in plan.steps for t in step.targets]
    return bool(targets) and all(t.startswith("calendar.") for t in targets)


#: Domains whose devices only report: a sentence that is no more than one of their names
#: asks for its reading.
_READ_ONLY = frozenset({"sensor", "binary_sensor"})


def may_be_reading(text: str, data: QuestionData) -> bool:
    """Whether *text*, a sentence no command rule read, may ask for a reading without a
    question's words ("coop door battery"): it opens with no command verb and no polite
    command, in a language whose question rules read every question and where a question
    mark alone asks. Cheap: said before the question is read at all."""
    if data.partial or not data.mark_asks:
        return False
    words = strip_lead_ins(split_words(text, data), data)
    return (
        bool(words)
        and words[0] not in data.command_verbs
        and not prefix_length(words, data.commands)
    )


def said_as_reading(
    text: str, data: QuestionData, frames: FrameData | None, answered: Resolved, home: Home
) -> bool:
    """Whether *text*, a sentence no command rule read that :func:`may_be_reading`, asks for
    what *answered* reads when it is said without a question's words ("main door lock
    battery how much"): it only reads, and says no command cue but in the names of the
    devices read ("lock" of Main Door Lock Battery)."""
    if frames is None or not answered.targets or not may_be_reading(text, data):
        return False
    if not answered.steps or not all(step.read_only for step in answered.steps):
        return False
    read = [home.get(target) for target in answered.targets]
    if not all(e is not None and e.domain in _READ_ONLY for e in read):
        return False  # "the coop door" alone may be a command half said: never read instead
    words = strip_lead_ins(split_words(text, data), data)
    named = {
        w for e in read if e is not None for n in (e.name, *e.aliases) for w in normalize(n).split()
    }
    # every cue, "on" and "off" too: "and the spa off" is a command half said
    padded = f" {' '.join(w for w in words if w not in named)} "
    return not any(f" {cue} " in padded for cue in frames.cues)
