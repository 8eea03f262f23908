"""Questions that go on from the one asked before: "and the kitchen?", "what about
tomorrow?", "and in Emma's room?" (a follow-up asks the previous question again with the place,
measure, day or kind said now), and whether a sentence goes on with a question at all
(:func:`continues_question`). :func:`app.understanding.questions.answer` tries these readers
first; each gets the question as :class:`Asked`, which carries the answering it needs."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

import app.understanding.answers as answers  # noqa: PLR0402  the module, not the package (no cycle)
from app.core.context import Conversation, RequestContext
from app.core.home import Home
from app.understanding.actions import read_measure_text, read_text
from app.understanding.frames import FrameData
from app.understanding.question_data import QuestionData
from app.understanding.question_measures import measure_answer
from app.understanding.question_reading import (
    WEATHER_TAGS,
    Reading,
    kept_for,
    place_entities,
    prefix_length,
    previous_reading,
    question_words,
    read,
    resolved,
    split_words,
)
from app.understanding.question_weather import forecast_days, weather_answer
from app.understanding.resolve import Resolved, Resolver, Unresolved
from app.understanding.vocabulary import normalize

Outcome = Resolved | Unresolved | None
#: Answers a question's words afresh (:func:`app.understanding.questions.answer`).
Answer = Callable[[str, RequestContext, Resolver, QuestionData, FrameData], Outcome]
#: Answers a question as read (a reader of app/understanding/questions.py: ``_group``).
Reader = Callable[[Reading, RequestContext, Resolver, QuestionData], Outcome]


def continues_question(
    text: str, conversation: Conversation | None, data: QuestionData, frames: FrameData | None
) -> bool:
    """Whether *text* goes on with the question the conversation just asked: it starts like a
    follow-up ("and the kitchen", "what about tomorrow") and says no command ("and turn the
    study on", "what about the lights off"), with or without a question mark. Such a follow-up
    is answered read-only, never run as a command."""
    if conversation is None or not conversation.last_asked:
        return False
    words = split_words(text, data)
    opener = prefix_length(words, data.follow_ups)
    rest = words[opener:]
    if not opener or not rest or rest[0] in data.command_verbs:
        return False
    if frames is None:
        return True
    padded = f" {' '.join(rest)} "
    return not any(f" {cue} " in padded for cue in frames.cues if cue not in data.states)


@dataclass(frozen=True, slots=True)
class Asked:
    """A question as a follow-up reader takes it: what was read, the words said, and what it
    is read and answered with."""

    reading: Reading
    text: str
    ctx: RequestContext
    resolver: Resolver
    data: QuestionData
    frames: FrameData
    answer: Answer
    """Answers a question's words afresh (the previous question with the place said now)."""
    group: Reader
    """Answers a question about kinds of device or everything in a place."""

    @property
    def starts_as_follow_up(self) -> bool:
        """It starts like a follow-up ("and ...", "what about ...")."""
        return bool(prefix_length(normalize(self.text).split(), self.data.follow_ups))

    def previous(self, conversation: Conversation) -> Reading:
        """The question *conversation* asked last, as read (:func:`previous_reading`)."""
        return previous_reading(conversation, self.resolver, self.data, self.frames)

    def remember(self, conversation: Conversation, stood_for: Reading | str) -> None:
        """Keep what this question stood for, for the next follow-up (the conversation keeps
        the words said as its last command)."""
        conversation.last_question = (normalize(self.text), stood_for)


def follows(text: str, ctx: RequestContext, data: QuestionData) -> bool:
    """Whether *text* starts like a follow-up right after a question ("what about ...")."""
    conversation = ctx.conversation
    return (
        conversation is not None
        and conversation.last_asked
        and bool(conversation.last_command)
        and bool(prefix_length(normalize(text).split(), data.follow_ups))
    )


def asked_elsewhere(asked: Asked) -> Resolved | Unresolved | None:
    """The previous question asked again with the place said now instead of the one it said:
    "is anyone in the living room?" - "what about the entry?"."""
    reading, resolver, data, frames = asked.reading, asked.resolver, asked.data, asked.frames
    conversation = _after_question(reading, asked.ctx)
    if conversation is None or not follows(asked.text, asked.ctx, data):
        return None
    home = resolver.home
    if reading.area in home.areas:
        place = home.areas[reading.area].name
    elif reading.floor in home.floors:
        place = home.floors[reading.floor].name
    else:
        return None
    assert conversation.last_command is not None
    before = conversation.last_command
    remembered = conversation.last_question
    if remembered is not None and remembered[0] == before and isinstance(remembered[1], str):
        before = remembered[1]  # a follow-up's follow-up: the whole question it stood for
    words = question_words(before, resolver, data, frames)
    previous = read(words, resolver, data, frames)
    said = _place_said(words, previous, home)
    if said is None:
        return None
    start, end = said
    question = " ".join([*words[:start], *normalize(place).split(), *words[end:]])
    alone = dataclasses.replace(asked.ctx, conversation=None)
    outcome = asked.answer(question, alone, resolver, data, frames)
    if isinstance(outcome, Resolved):
        asked.remember(conversation, question)
    return outcome


def _place_said(words: list[str], reading: Reading, home: Home) -> tuple[int, int] | None:
    """Where in *words* the place *reading* read is said (start, end), by its name or alias."""
    if reading.area in home.areas:
        area = home.areas[reading.area]
        names = [area.name, *area.aliases]
    elif reading.floor in home.floors:
        floor = home.floors[reading.floor]
        names = [floor.name, *floor.aliases]
    else:
        return None
    for name in sorted((normalize(n).split() for n in names), key=len, reverse=True):
        for i in range(len(words) - len(name) + 1):
            if words[i : i + len(name)] == name:
                return i, i + len(name)
    return None


def _after_question(reading: Reading, ctx: RequestContext) -> Conversation | None:
    """The conversation, when *reading* may continue its previous question: there was one,
    and this one names no device and no kind of device of its own (places it may name)."""
    conversation = ctx.conversation
    if conversation is None or not conversation.last_command:
        return None
    if [n for n in reading.names if n not in reading.places and n not in reading.owners]:
        return None  # "and Aisha's?": an owner said alone names no device of its own
    if reading.kinds:
        return None
    return conversation


def follow_up(asked: Asked) -> Resolved | Unresolved | None:
    """A question after a question about a measure, with another measure or place: "what's
    the temperature in the bathroom?" - "and the humidity?"; "how warm's the nursery?" - "and
    in Emma's room?"."""
    reading, ctx, resolver = asked.reading, asked.ctx, asked.resolver
    conversation = _after_question(reading, ctx)
    if conversation is None or not asked.starts_as_follow_up:
        return None
    if not (reading.area or reading.floor or reading.outside):
        # "and Aisha's?" after "how warm is Priya's room?": Aisha's room
        _owned_alike(normalize(asked.text).split(), asked.previous(conversation), reading, resolver)
    new_place = bool(reading.area or reading.floor or reading.outside)
    if not (reading.measures or new_place):
        return None
    previous = asked.previous(conversation)
    if not previous.measures:
        return None
    merged = previous
    merged.words = reading.words
    merged.measures = reading.measures or previous.measures
    if new_place:
        merged.area, merged.floor, merged.outside = reading.area, reading.floor, reading.outside
        merged.places = reading.places
        merged.names = list(reading.places)
        merged.tags = reading.tags
    if merged.outside:
        home = resolver.home
        measure = merged.measures[0]
        found = answers.measure_sources(
            home, measure, None, None, ctx.area, True, resolver.vocab.entities_by_name
        )
        if not found:
            return None
        reply = answers.measure_answer(found, home, measure, True)
        outcome: Resolved | Unresolved | None = resolved(found, reply, read_measure_text(measure))
    else:
        outcome = measure_answer(merged, ctx, resolver, asked.data)
    if isinstance(outcome, Resolved):
        asked.remember(conversation, dataclasses.replace(merged))
    return outcome


def _owned_alike(words: list[str], previous: Reading, reading: Reading, resolver: Resolver) -> None:
    """Set *reading*'s area to the one named like *previous*'s but for another owner said in
    *words* ("Aisha's" after "Priya's Room": Aisha's Room), when the home has it."""
    vocab = resolver.vocab
    area = resolver.home.areas.get(previous.area or "")
    if area is None:
        return
    _, mark, rest = normalize(area.name).partition("'s ")
    if not mark:
        return
    for word in words:
        said = f"{word.removesuffix('s').removesuffix(chr(39))}'s {rest}"
        if word.endswith(("'s", "s'")) and said in vocab.area_index:
            reading.area = str(vocab.area_index[said][0].value_out)
            reading.places = [said]
            reading.names = [n for n in reading.names if n != word[:-2]]
            return


def again(asked: Asked) -> Resolved | Unresolved | None:
    """A question after a question about the same kind of device in another place: "what's
    the bedroom window doing?" - "and the kitchen one?"."""
    reading, ctx, resolver = asked.reading, asked.ctx, asked.resolver
    conversation = _after_question(reading, ctx)
    if conversation is None:
        return None
    follows = asked.starts_as_follow_up
    if not (reading.area or reading.floor) or not ("same" in reading.tags or follows):
        return None
    previous = asked.previous(conversation)
    if not [n for n in previous.names if n not in previous.places]:
        return _elsewhere(previous, asked)
    before = [e for e in (resolver.home.get(i) for i in conversation.last_targets) if e]
    kinds = {(e.domain, e.device_class) for e in before}
    place = place_entities(reading, ctx, resolver.home)
    found = [e for e in place if (e.domain, e.device_class) in kinds]
    if not found:
        return None
    state = reading.state or previous.state
    asked.remember(conversation, previous)  # "and the study?" - "what about the hall?"
    if len(found) == 1:
        reply = answers.one_answer(found[0], state)
    else:
        reply = answers.group_answer(
            "all", ("device", "devices"), state or "on", found, resolver.home
        )
    return resolved(found, reply, read_text(found))


def forecast_again(asked: Asked) -> Resolved | Unresolved | None:
    """A question about the weather asked again of another day: "will it rain today?" -
    "what about tomorrow", "and on friday?"."""
    reading, ctx, data = asked.reading, asked.ctx, asked.data
    conversation = _after_question(reading, ctx)
    if conversation is None or not asked.starts_as_follow_up:
        return None
    if reading.area or reading.floor or reading.measures or reading.names:
        return None
    day_words = _day_words(data)
    said = [w for w in reading.words if w in day_words]
    if not said or forecast_days(reading, ctx, data) is None:
        return None
    previous = asked.previous(conversation)
    if not previous.tags & WEATHER_TAGS and "temperature" not in previous.measures:
        return None
    merged = previous
    merged.words = [w for w in previous.words if w not in day_words] + reading.words
    if "temperature" in merged.measures:
        merged.tags = merged.tags | {"future"}  # "how hot is it?" - "and tomorrow?"
    outcome = weather_answer(merged, ctx, asked.resolver, data)
    if isinstance(outcome, Resolved):
        asked.remember(conversation, dataclasses.replace(merged))
    return outcome


def _day_words(data: QuestionData) -> frozenset[str]:
    """Every word of the language's ways to say a day ("tomorrow", "this weekend", "friday")."""
    return kept_for(
        _DAY_WORDS,
        data,
        lambda: (
            frozenset(w for p in [*data.forecast_days, *data.forecast_spans] for w in p)
            | frozenset(data.weekdays)
        ),
    )


_DAY_WORDS: dict[int, tuple[QuestionData, frozenset[str]]] = {}


def _elsewhere(previous: Reading, asked: Asked) -> Resolved | Unresolved | None:
    """The previous question about kinds of device or everything in a place, asked of
    another place: "are the lights on in the kitchen?" - "and the study?", "what's still on
    downstairs?" - "what about upstairs"."""
    if previous.measures or not (previous.kinds or "everything" in previous.tags):
        return None  # a measure's follow-up is follow_up's
    reading, ctx = asked.reading, asked.ctx
    merged = previous
    merged.area, merged.floor, merged.outside = reading.area, reading.floor, reading.outside
    merged.places = list(reading.places)
    merged.names = list(reading.places)
    if reading.state is not None:
        merged.states = list(reading.states)  # "and upstairs, anything open?"
    outcome = asked.group(merged, ctx, asked.resolver, asked.data)
    if isinstance(outcome, Resolved) and ctx.conversation is not None:
        asked.remember(ctx.conversation, dataclasses.replace(merged))
    return outcome
