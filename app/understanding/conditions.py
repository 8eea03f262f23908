"""Conditions of a place: "it's pitch black in the garage", "the telly is blaring", "my feet
are like ice in here". The person says how a place (or they themselves) feels, and Hearth acts
on the kind of device that changes that in that place.

The conditions, their phrasings, the places activities say ("I can't see to cook": the
kitchen) and the kinds of device that fix each condition, in order, are data per language
(``resources/sentences/<lang>/conditions.yaml``). The planner reads a sentence this way only
when no sentence rule understood it, so nothing that works otherwise changes.

Where: the room or floor named, else the room an activity word says, else words of device
names the sentence holds ("the path", "the mirror"), else this computer's room; with no place
at all, the whole home, where only one fitting device is acted on. Which device: the first
tier of fixers with a fitting device in the place; of those, the ones the action would change
(the lights that are off for "dark", the playing player for "too loud"); exactly one is acted
on, several are asked about (of lights, one not for a task when the room is dark; never a
night light for "too bright"), none left means it is already done and Hearth says so and asks.
Only low-risk kinds are fixers: a condition never opens a lock, a door, a gate or the alarm.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

import app.understanding.said_places as said_places  # noqa: PLR0402  the module (no cycle)
from app.core.context import Conversation, RequestContext
from app.core.home import Entity, Home
from app.core.plan import ErrorCode, Plan, PlannerName
from app.understanding import keyed_replies
from app.understanding.actions import make_step
from app.understanding.climate import wing
from app.understanding.numbers import plain_number
from app.understanding.own_data import own_data
from app.understanding.resolve import (
    IntentMatch,
    Resolution,
    Resolved,
    Resolver,
    Slots,
    Unresolved,
    group_steps,
)
from app.understanding.sentences import DeviceType, load_language
from app.understanding.vocabulary import REFERENCE, normalize

#: What a condition may do; each reads the device's state to know whether it is needed.
ACTIONS = frozenset(
    {
        "on",
        "off",
        "brighten",
        "dim",
        "warmer",
        "cooler",
        "louder",
        "quieter",
        "open",
        "close",
        "start",
        "stop",
        "resume",
        "volume_up",
        "volume_down",
    }
)
#: Kinds of device a condition may act on: never a lock, a garage door, a gate or the alarm.
_SAFE_DOMAINS = frozenset(
    {"light", "switch", "fan", "climate", "media_player", "cover", "vacuum", "humidifier", "valve"}
)
#: Kinds of device a condition may shut but never open (the water main shut on a leak),
#: unless its kind says it opens (the pool's filler).
_CLOSE_ONLY_DOMAINS = frozenset({"valve"})
#: Cover classes a condition may move (never a garage, gate, door or window).
_SAFE_COVERS = frozenset({"blind", "shade", "curtain", "shutter", "awning", None})
#: Cover classes a condition may close but never open: a window shut against the rain.
_CLOSE_ONLY_COVERS = frozenset({"window"})
#: States of a player that is on without playing, whose volume can still be changed.
_QUIET_STATES = frozenset({"paused", "on", "idle", "buffering"})
#: Home Assistant's full brightness.
_FULL = 255
#: A change of temperature a condition makes, in the thermostat's unit.
_STEP = 1


@dataclass(frozen=True, slots=True)
class Kind:
    """A kind of device that fixes a condition."""

    key: str
    device: DeviceType
    unless: tuple[str, ...] = ()
    """Words of a name that make a device of this kind only when the sentence says them."""
    opens: bool = False
    """A valve it may open (the pool's filler), where other valves are only shut."""

    def fits(self, entity: Entity, said: str) -> bool:
        if not self.device.fits(entity):
            return False
        names = [f" {normalize(n)} " for n in (entity.name, *entity.aliases)]
        return not any(
            f" {word} " in name and f" {word} " not in said
            for word in self.unless
            for name in names
        )


@dataclass(frozen=True, slots=True)
class Fixer:
    kind: Kind
    do: str
    when: tuple[str, ...] = ()
    """Used only when one of these words is said ("bed": the electric blanket)."""
    floor: bool = False
    """A room without one is served by its floor's ("it's cold in our bedroom")."""
    anywhere: bool = False
    """No room said, or this computer's room has none: the home's (the player that plays)."""
    roams: bool = False
    """Serves every room, also one that is said (a robot vacuum)."""
    named: bool = False
    """Only when the sentence names the device ("the jets are too noisy")."""
    needed: bool = False
    """Used only when it would change something ("it's boiling in Jess's room": her heater
    goes off when it is on; one already off leaves the next tier to act)."""


@dataclass(frozen=True, slots=True)
class Condition:
    key: str
    phrases: tuple[str, ...]
    tiers: tuple[tuple[Fixer, ...], ...]
    needs: tuple[str, ...] = ()
    """One of these must also be said ("dry": the air, "in here")."""
    unless_said: tuple[str, ...] = ()
    """Words that make the sentence about something else ("my coffee's gone cold")."""
    about: tuple[str, ...] = ()
    """What the condition must be about, unless the sentence names a device ("too loud":
    the music, the telly, "it"; never "the chickens")."""
    by_day: tuple[tuple[Fixer, ...], ...] = ()
    """Tiers tried first in daylight ("it's like a cave in here" at noon: the blinds)."""
    placed: bool = False
    """Acted on only where the sentence says (a room, or someone's): "Sofia's asleep"."""
    lead: bool = False
    """Said as a command: the phrasing starts the sentence or one of its clauses, polite
    words aside ("warm the bathroom up", never "the heat is up")."""
    anyplace: bool = False
    """A place said that the home lacks changes nothing: "the pipes under the deck might
    freeze" is the home's heat tape wherever it is."""
    own: bool = False
    """Fixed only by a device of the place itself, never one serving it from elsewhere:
    "roasting in the kitchen while I cook" runs the kitchen's extractor, never the floor's
    thermostat; a place without one is told so, and nothing is done."""
    on_named: bool = False
    """Said of a device ("the sun's glaring on the TV"), with no place: the place is the
    device's room."""
    lacking: str = ""
    """What a place without such a device lacks, as said back ("a fan or an extractor")."""


@dataclass(frozen=True, slots=True)
class Conditions:
    conditions: tuple[Condition, ...]
    negations: tuple[str, ...]
    places: tuple[tuple[str, tuple[str, ...]], ...]
    """A room's word and the activity words that say it."""
    task_lights: tuple[str, ...]
    soft_lights: tuple[str, ...]
    plain: frozenset[str]
    """Words that never say where by a device's name ("the", "my", "in")."""
    floor_main: tuple[str, ...]
    """Words of a name that make a climate device the floor's ("thermostat", "heating")."""
    place_pattern: re.Pattern[str] | None
    """Where a place is said ("in the X"): group 1 is its first word."""
    spelt: tuple[tuple[re.Pattern[str], str], ...]
    """Endings read as words before the phrasings are looked for ("'s": " is")."""
    longest: int
    """Most words any phrasing has (how far :func:`_phrasings_in` looks from each word)."""
    by_phrase: dict[str, tuple[Condition, ...]]
    language: str = "en"
    whole: tuple[str, ...] = ()
    """Words for the whole home ("the house", "the place"): every room's devices."""
    lead_ins: tuple[str, ...] = ()
    """Words before a command that change nothing ("please", "can you")."""
    pointing: tuple[str, ...] = ()
    """Words that point at what was just changed ("that's too dark now"): the conversation's
    last devices, when no place is said."""
    past: tuple[str, ...] = ()
    """Words that put a condition in the past ("yesterday"): nothing is done."""
    day_hours: tuple[int, int] = (7, 18)
    """Daylight, when the home has no sun entity to say: from this hour until that one."""
    watched: tuple[str, ...] = ()
    """What is watched ("the game", "the film"): a player with a screen before a speaker."""
    listened: tuple[str, ...] = ()
    """What is listened to ("the music"): a speaker before a player with a screen."""
    main_light: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Ways to say a room's main light ("the big light") and words of its name ("ceiling")."""
    unheated: tuple[str, ...] = ()
    """Words of a room's name that its floor's thermostat does not serve ("garage")."""
    warmth_ends: frozenset[str] = frozenset()
    """The last words of the phrasings of feeling too warm or too cold ("freezing", "oven"):
    a sentence without one says neither."""
    place_nouns: frozenset[str] = frozenset()
    """Words for a kind of room ("attic", "cellar"): said where no name of the home holds
    them ("the wine cellar smells damp"), a place the home lacks."""
    place_ends: frozenset[str] = frozenset()
    """Last words of a room's name ("room"): said after a word no name of the home holds
    ("the spare room"), a place the home lacks."""


# -- loading --------------------------------------------------------------------------------


def expand(template: str, rules: dict[str, str]) -> list[str]:
    """Every phrase *template* stands for: ``(a|b)`` a choice, ``[a]`` optional, ``<rule>``
    one of *rules* (templates themselves)."""
    return [" ".join(words.split()) for words in _expand(template, rules)]


def _expand(template: str, rules: dict[str, str]) -> list[str]:
    out = [""]
    i = 0
    while i < len(template):
        char = template[i]
        if char in "([":
            end = _closing(template, i)
            inner = template[i + 1 : end]
            options = [o for alt in _split_top(inner) for o in _expand(alt, rules)]
            if char == "[":
                options.append("")
            out = [f"{head}{option}" for head in out for option in options]
            i = end + 1
        elif char == "<":
            end = template.index(">", i)
            options = _expand(rules[template[i + 1 : end]], rules)
            out = [f"{head}{option}" for head in out for option in options]
            i = end + 1
        else:
            out = [f"{head}{char}" for head in out]
            i += 1
    return out


def _closing(text: str, start: int) -> int:
    depth = 0
    for i in range(start, len(text)):
        if text[i] in "([":
            depth += 1
        elif text[i] in ")]":
            depth -= 1
            if depth == 0:
                return i
    raise ValueError(f"unbalanced brackets in {text!r}")


def _split_top(text: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in text:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return parts


def _words(raw: Any) -> tuple[str, ...]:
    return tuple(normalize(str(w)) for w in raw or ())


def _kind(key: str, spec: dict[str, Any]) -> Kind:
    domains = tuple(str(d) for d in spec.get("domain") or ())
    for domain in domains:
        if domain not in _SAFE_DOMAINS:
            raise ValueError(f"a condition may not act on {domain!r} ({key})")
    device = DeviceType(
        key=key,
        domain=domains[0],
        domains=domains,
        device_classes=tuple(str(c) for c in spec.get("device_class") or ()),
        names=_words(spec.get("names")),
        words=(),
    )
    return Kind(
        key=key, device=device, unless=_words(spec.get("unless")), opens=bool(spec.get("opens"))
    )


@functools.lru_cache(maxsize=16)
def load_conditions(language: str) -> Conditions | None:
    """The language's conditions (None where it has none)."""
    raw = own_data(language, "conditions.yaml")
    if raw is None:
        return None
    rules = {str(k): str(v) for k, v in (raw.get("rules") or {}).items()}
    kinds = {str(k): _kind(str(k), v or {}) for k, v in (raw.get("kinds") or {}).items()}
    conditions = []
    by_phrase: dict[str, list[Condition]] = {}
    for key, spec in (raw.get("conditions") or {}).items():
        tiers = _tiers(str(key), spec.get("fix"), kinds)
        phrases = tuple(
            dict.fromkeys(
                normalize(p) for t in spec.get("said") or () for p in expand(str(t), rules)
            )
        )
        condition = Condition(
            key=str(key),
            phrases=phrases,
            tiers=tuple(tiers),
            needs=_words(spec.get("needs")),
            unless_said=_words(spec.get("unless_said")),
            about=_words(spec.get("about")),
            lead=bool(spec.get("lead")),
            placed=bool(spec.get("placed")),
            anyplace=bool(spec.get("anyplace")),
            own=bool(spec.get("own")),
            lacking=str(spec.get("lacking") or ""),
            on_named=bool(spec.get("on_named")),
            by_day=_tiers(str(key), spec.get("by_day"), kinds),
        )
        conditions.append(condition)
        for phrase in phrases:
            by_phrase.setdefault(phrase, []).append(condition)
    return Conditions(
        conditions=tuple(conditions),
        negations=_words(raw.get("negations")),
        places=tuple((normalize(str(k)), _words(v)) for k, v in (raw.get("places") or {}).items()),
        task_lights=_words(raw.get("task_lights")),
        soft_lights=_words(raw.get("soft_lights")),
        plain=frozenset(_words(raw.get("plain_words"))),
        floor_main=_words(raw.get("floor_main_words")),
        place_pattern=(
            re.compile(
                r"(?<!\S)(?:"
                + "|".join(map(re.escape, _words(raw.get("place_words"))))
                + r") (\S+)"
            )
            if raw.get("place_words")
            else None
        ),
        spelt=(
            # "i cant see": typed without its apostrophe, the word it stands for
            *(
                (
                    re.compile(rf"(?<!\S){re.escape(normalize(str(typed)))}(?!\S)"),
                    normalize(str(word)),
                )
                for typed, word in (raw.get("typed_without_apostrophe") or {}).items()
            ),
            *(
                (re.compile(rf"(?<=\w){re.escape(str(end))}(?!\S)"), f" {word}")
                for end, word in (raw.get("contractions") or {}).items()
            ),
        ),
        longest=max((phrase.count(" ") + 1 for phrase in by_phrase), default=0),
        by_phrase={k: tuple(v) for k, v in by_phrase.items()},
        language=language,
        whole=_words(raw.get("whole_home")),
        lead_ins=tuple(sorted(_words(raw.get("lead_ins")), key=len, reverse=True)),
        past=_words(raw.get("past_words")),
        pointing=_words(raw.get("pointing")),
        day_hours=(int(hours[0]), int(hours[1])) if (hours := raw.get("day_hours")) else (7, 18),
        watched=_words(raw.get("watched")),
        listened=_words(raw.get("listened")),
        main_light=tuple(
            (normalize(str(k)), _words(v)) for k, v in (raw.get("main_light") or {}).items()
        ),
        unheated=_words(raw.get("unheated_rooms")),
        place_nouns=frozenset(_words(raw.get("place_nouns"))),
        place_ends=frozenset(_words(raw.get("place_ends"))),
        warmth_ends=frozenset(
            phrase.split()[-1]
            for condition in conditions
            if _warmth(condition)
            for phrase in condition.phrases
            if phrase
        ),
    )


def _warmth(condition: Condition) -> bool:
    """Whether *condition* is feeling too warm or too cold (a thermostat of the floor fixes
    it), said as a feeling rather than as a command ("warm the bathroom up")."""
    return not condition.lead and any(
        f.floor and f.kind.device.domain == "climate" for t in condition.tiers for f in t
    )


def _tiers(key: str, raw: Any, kinds: dict[str, Kind]) -> tuple[tuple[Fixer, ...], ...]:
    tiers = []
    for tier in raw or ():
        fixers = []
        for each in tier:
            do = str(each["do"])
            if do not in ACTIONS:
                raise ValueError(f"unknown action {do!r} in condition {key!r}")
            fixers.append(
                Fixer(
                    kind=kinds[str(each["kind"])],
                    do=do,
                    when=_words(each.get("when")),
                    floor=bool(each.get("floor")),
                    anywhere=bool(each.get("anywhere")),
                    roams=bool(each.get("roams")),
                    named=bool(each.get("named")),
                    needed=bool(each.get("needed")),
                )
            )
        tiers.append(tuple(fixers))
    return tuple(tiers)


# -- reading --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Felt:
    """A condition found in a sentence."""

    condition: Condition
    said: str
    """The sentence, normalised, contractions spelt out, with a space at both ends."""
    rest: str
    """The sentence without the condition's phrasing."""
    clause: str | None = None
    """The clause of the sentence the phrasing is in, without it: a device named in another
    clause, with a verb of its own, is not what the condition is about ("it's too quiet in
    the kitchen, put the radio back on")."""


def find(text: str, data: Conditions, rooms: tuple[str, ...] = ()) -> Felt | None:
    """The condition *text* says, or None (also when a negation turns it round). Words of
    *rooms* (the home's room names) said as a room never make the sentence about something
    else: "it's dark in the sun room" is no talk of the sun."""
    said = normalize(text)
    for pattern, spelt in data.spelt:
        said = pattern.sub(spelt, said)
    padded = f" {said} "
    other = padded
    for room in sorted(rooms, key=len, reverse=True):
        other = other.replace(f" {room} ", " | ")
    best: tuple[int, int, Condition, int, int] | None = None
    for start, phrase in _phrasings_in(said, data):
        for condition in data.by_phrase[phrase]:
            if condition.needs and not any(f" {w} " in padded for w in condition.needs):
                continue
            if condition.lead and not _leads(text, phrase, data):
                continue
            if any(f" {w} " in other for w in condition.unless_said):
                continue
            rank = (len(phrase), len(condition.needs))
            if best is None or rank > best[:2]:
                best = (*rank, condition, start, start + len(phrase))
    if best is None:
        return None
    rest = f" {said[: best[3]]} {said[best[4] :]} "
    if any(f" {w} " in rest for w in (*data.negations, *data.past)):
        return None
    return Felt(
        condition=best[2],
        said=padded,
        rest=" ".join(rest.split()),
        clause=_clause_of(text, said[best[3] : best[4]], data),
    )


def _clause_of(text: str, phrase: str, data: Conditions) -> str | None:
    """The clause of *text* that holds *phrase*, without it (None: the sentence is one
    clause, or the phrase spans two)."""
    clauses = [c for c in _CLAUSE.split(text) if c and c.strip()]
    if len(clauses) < 2:
        return None
    for clause in clauses:
        said = normalize(clause)
        for pattern, spelt in data.spelt:
            said = pattern.sub(spelt, said)
        padded = f" {said} "
        if f" {phrase} " in padded:
            return " ".join(padded.replace(f" {phrase} ", " ", 1).split())
    return None


def _room_names(home: Home) -> tuple[str, ...]:
    """The names of *home*'s rooms that are more than one word ("sun room"), normalised."""
    return tuple(
        name
        for area in home.areas.values()
        for name in (normalize(n) for n in (area.name, *area.aliases) if n)
        if " " in name
    )


def _phrasings_in(said: str, data: Conditions) -> Iterator[tuple[int, str]]:
    """Where a phrasing starts in *said* (normalised: single spaces), and the longest one
    that starts at each word, so that phrasings that overlap are all found ("is baking in
    the sun"). A look-up per run of words: one expression of every phrasing took 0.3 s to
    compile once English had 11,000 of them."""
    starts = [0, *(at + 1 for at, char in enumerate(said) if char == " ")]
    ends = [*(start - 1 for start in starts[1:]), len(said)]
    for first, start in enumerate(starts):
        for last in range(min(len(starts), first + data.longest) - 1, first - 1, -1):
            phrase = said[start : ends[last]]
            if phrase in data.by_phrase:
                yield start, phrase
                break


_CLAUSE = re.compile(r"[,;:.!?]+|\s[-–—]\s|\s(?:and|so|then|but)\s")


def _leads(text: str, phrase: str, data: Conditions) -> bool:
    """Whether *phrase* starts a clause of *text*, words like "please" aside."""
    for clause in _CLAUSE.split(text):
        said = normalize(clause)
        for pattern, spelt in data.spelt:
            said = pattern.sub(spelt, said)
        said = f" {said} "
        for lead_in in data.lead_ins:
            if said.startswith(f" {lead_in} "):
                said = said[len(lead_in) + 1 :]
        if said.startswith(f" {phrase} "):
            return True
    return False


def plan_for(
    text: str, ctx: RequestContext, resolver: Resolver, data: Conditions | None
) -> Plan | None:
    """The plan for a condition *text* describes, or None when it describes none (or none
    this home can change): then the sentence stays not understood."""
    felt = find(text, data, _room_names(resolver.home)) if data is not None else None
    if felt is None or data is None:
        return None
    if text.rstrip().endswith("?") and _asks_a_sensor(felt, resolver, data):
        return None  # "este fierbinte calculatorul?": the heat sensor is asked, never fixed
    outcome = _resolve(felt, ctx, resolver, data)
    if outcome is None:
        return None
    if isinstance(outcome, Unresolved):
        return Plan.failed(text, outcome.code, outcome.message, outcome.reply)
    plan = Plan(text=text, planner=PlannerName.LOCAL, steps=outcome.steps, reply=outcome.reply)
    conversation = ctx.conversation
    if conversation is not None:
        conversation.turns += 1
        if outcome.targets:
            if outcome.targets != conversation.last_targets:
                conversation.earlier_targets = list(conversation.last_targets)
            conversation.last_targets = list(outcome.targets)
    return plan


def own_room_plan(
    text: str, ctx: RequestContext, resolver: Resolver, data: Conditions | None
) -> Plan | None:
    """The plan for feeling too warm or too cold in a room that has no thermostat but a fan
    or a heater of its own ("it's boiling in the bedroom": the Bedroom Fan), read before the
    sentence rules, which would set a thermostat that serves the room from elsewhere; None
    otherwise."""
    if data is None or not data.warmth_ends & set(normalize(text).split()):
        return None  # (a quick look first: most sentences say nothing of warmth)
    felt = find(text, data, _room_names(resolver.home))
    if felt is not None and felt.condition.own:
        # "I'm roasting in the kitchen, been cooking for hours": read before the sentence
        # rules, which would lower the thermostat that serves the kitchen from elsewhere.
        return plan_for(text, ctx, resolver, data)
    if felt is None or not _warmth(felt.condition):
        return None
    tiers = [t for t in felt.condition.tiers if not any(f.when or f.named for f in t)]
    place = _place(felt, ctx, resolver, data)
    room = place.area or (ctx.area if not (place.explicit or place.floor or place.words) else None)
    home = resolver.home
    if room is None or place.several or _named(felt, resolver, data) is not None:
        return None
    exposed = list(home.exposed())
    if any(e.domain == "climate" and e.area == room for e in exposed):
        return None  # the room's own thermostat: the sentence rules set it
    floors = set(resolver.vocab.floor_by_word)
    for tier in tiers:
        own = [e for e in _of(tier, exposed, felt) if e.area == room and not _holds_any(e, floors)]
        if any(_needs(e, _fixer(tier, e, felt).do) for e in own):
            return plan_for(text, ctx, resolver, data)
    return None  # (a fan already on: the thermostat that serves the room, as said)


# -- where and which ------------------------------------------------------------------------


@dataclass(slots=True)
class _Place:
    area: str | None = None
    floor: str | None = None
    words: tuple[str, ...] = ()
    """Words of device names that say where ("path", "mirror")."""
    explicit: bool = False
    """Said in the sentence (not this computer's room)."""
    elsewhere: bool = False
    """A place is said that the home does not know ("in the car")."""
    whole: bool = False
    """The whole home is said ("warm the place up")."""
    several: bool = False
    """Two rooms are said: where is unclear, and nothing is done."""
    rooms: tuple[str, ...] = ()
    """The rooms a place said fits, when it fits several ("our bedroom" in a home with a
    1F Bedroom and a 2F Bedroom): which one is asked."""
    lacked: bool = False
    """A kind of room is said that no name of the home holds ("the attic", "the spare
    room"): nothing is done, not even to a device the sentence names."""
    said: tuple[str, ...] = ()
    """The words of the place said after "in the" ("guest room")."""


def _areas(said: str, phrases: dict[str, str]) -> set[str]:
    """The rooms *said* names, each by its longest word that is not part of a longer one
    ("the living room" is no "room")."""
    found: set[str] = set()
    for phrase in sorted((p for p in phrases if p and f" {p} " in said), key=len, reverse=True):
        if f" {phrase} " in said:
            found.add(phrases[phrase])
            said = said.replace(f" {phrase} ", " | ")
    return found


def _longest(said: str, phrases: dict[str, str]) -> str | None:
    hits = [p for p in phrases if p and f" {p} " in said]
    return phrases[max(hits, key=len)] if hits else None


def _place(felt: Felt, ctx: RequestContext, resolver: Resolver, data: Conditions) -> _Place:
    vocab = resolver.vocab
    # "Out the back", "our room": the place as the home names it.
    rest = f" {said_places.as_home_says(felt.rest, vocab, data.language)} "
    if len(_areas(rest, vocab.area_by_word)) > 1:
        return _Place(explicit=True, several=True)  # "the annex kitchen": which is unclear
    area = _longest(rest, vocab.area_by_word)
    floor = _longest(rest, vocab.floor_by_word)
    if area is not None:
        return _Place(area=area, explicit=True)
    if floor is not None:
        return _Place(floor=floor, explicit=True)
    if (owned := _owners(vocab.area_by_word, rest)) is not None:
        return _Place(area=owned, explicit=True)  # "Lily needs more light": Lily's Room
    if any(f" {w} " in rest for w in data.whole):
        return _Place(explicit=True, whole=True)
    for room, activities in data.places:
        if any(f" {w} " in rest for w in activities):
            if (hinted := vocab.area_by_word.get(room)) is not None:
                return _Place(area=hinted, explicit=True)
            return _Place(words=(room,), explicit=True)
    words = tuple(w for w in felt.rest.split() if w not in data.plain)
    said_at = data.place_pattern.search(felt.rest) if data.place_pattern else None
    rooms = _rooms_fitting(felt.rest[said_at.start(1) :], resolver.home) if said_at else ()
    if len(rooms) > 1:
        rooms = _same_floor(rooms, ctx, resolver.home)
        if len(rooms) == 1:
            return _Place(area=rooms[0], explicit=True)
        return _Place(explicit=True, rooms=rooms)
    elsewhere = said_at is not None and said_at.group(1) not in data.plain
    # "Let some light into the wine cellar", "the attic smells damp": a kind of room no name
    # of the home holds is a place it lacks, never this computer's room or the home's.
    home_words = {w for phrase in resolver.vocab.words for w in phrase.split()}
    lacking = _lacked_place(felt.rest.split(), home_words, data)
    said: list[str] = []
    for word in felt.rest[said_at.start(1) :].split() if said_at else ():
        if word in data.plain or len(said) == _ROOM_WORDS:
            break
        said.append(word)
    return _Place(
        words=words,
        elsewhere=elsewhere or lacking is not None,
        lacked=lacking is not None,
        said=tuple(said) or (lacking or ()),
    )


def _lacked_place(
    rest: list[str], home_words: set[str], data: Conditions
) -> tuple[str, ...] | None:
    """The words of a kind of room *rest* says that no name of the home holds ("wine
    cellar", "spare room"), with the word said before it when that word is not the home's
    either; None when every place said is the home's."""
    for index, word in enumerate(rest):
        if word in data.place_nouns and word not in home_words:
            before = rest[index - 1] if index else ""
            if before and before not in data.plain and before not in home_words:
                return (before, word)
            return (word,)
    for word, end in itertools.pairwise(rest):
        if end in data.place_ends and word not in home_words and word not in data.plain:
            return (word, end)
    return None


#: The most words of a room's name said after "in the".
_ROOM_WORDS = 3


def _rooms_fitting(said: str, home: Home) -> tuple[str, ...]:
    """The rooms whose names hold the words said after "in the" (the most of them that a
    room's name holds): "bedroom" of "in our bedroom" is the 1F Bedroom and the 2F Bedroom."""
    words = said.split()[:_ROOM_WORDS]
    names = {
        area.id: [set(normalize(n).split()) for n in (area.name, *area.aliases) if n]
        for area in home.areas.values()
    }
    for size in range(len(words), 0, -1):
        wanted = set(words[:size])
        found = tuple(a for a, sets in names.items() if any(wanted <= n for n in sets))
        if found:
            return found
    return ()


def _same_floor(rooms: tuple[str, ...], ctx: RequestContext, home: Home) -> tuple[str, ...]:
    """Of *rooms*, the one on the floor of this computer's room when only one is ("our
    bedroom" said in the 2F Living Room); all of them otherwise."""
    floor = home.floor_of_area(ctx.area) if ctx.area else None
    if floor is None:
        return rooms
    same = tuple(r for r in rooms if home.floor_of_area(r) == floor)
    return same if len(same) == 1 else rooms


def _owners(area_by_word: dict[str, str], rest: str) -> str | None:
    """The one room named after someone *rest* names ("lily" or "lily's": Lily's Room)."""
    owned: dict[str, set[str]] = {}
    for word, area in area_by_word.items():
        first = word.split()[0]
        if first.endswith("'s") and len(first) > 2:
            owned.setdefault(first[:-2], set()).add(area)
    found = {
        area
        for owner, areas in owned.items()
        if any(f" {form} " in rest for form in (owner, f"{owner}'s", f"{owner}s"))
        for area in areas
    }
    return found.pop() if len(found) == 1 else None


#: Devices that only tell: a question naming one asks what it reads.
_SENSING = frozenset({"sensor", "binary_sensor"})


def _asks_a_sensor(felt: Felt, resolver: Resolver, data: Conditions) -> bool:
    """Whether every device the sentence names only tells (a sensor): "is the computer hot?"
    asks the computer's heat sensor, and the home's heating is no answer to it."""
    named = _named(felt, resolver, data)
    return bool(named) and all(e.domain in _SENSING for e in named or ())


def _named(felt: Felt, resolver: Resolver, data: Conditions) -> list[Entity] | None:
    """The devices the sentence names, by name or by kind ("the telly"; "the big light": the
    lights named for being a room's main one); None: none named."""
    vocab, home = resolver.vocab, resolver.home
    base = felt.rest if felt.clause is None else felt.clause
    rest = f" {base} "
    for said, words in data.main_light:
        if f" {said} " in rest:
            main = [e for e in home.exposed() if e.domain == "light" and _holds_any(e, set(words))]
            return main or None
    found: dict[str, Entity] = {}
    for name, ids in sorted(vocab.entities_by_name.items(), key=lambda kv: -len(kv[0])):
        if f" {name} " in rest:
            rest = rest.replace(f" {name} ", " ")  # "the landing light" is no "light" left
            for entity_id in ids:
                if (entity := home.get(entity_id)) is not None:
                    found[entity_id] = entity
    kinds = [kind for word, kind in vocab.kinds_by_word.items() if f" {word} " in rest]
    by_kind = [e for e in home.exposed() if kinds and any(kind.fits(e) for kind in kinds)]
    # "Joan's light": of the lights, those named for Joan ("Joan's Bedside").
    owners = [word for word in base.split() if word not in data.plain]
    owned = {f"{w}'s" for w in owners} | {f"{w[:-1]}'s" for w in owners if w.endswith("s")}
    by_kind = [e for e in by_kind if _holds_any(e, owned)] or by_kind
    for entity in by_kind:
        found[entity.entity_id] = entity
    return list(found.values()) or None


def _resolve(
    felt: Felt, ctx: RequestContext, resolver: Resolver, data: Conditions
) -> Resolution | None:
    home = resolver.home
    place = _place(felt, ctx, resolver, data)
    if place.rooms:
        return _which_room(place.rooms, home)
    if place.lacked and place.said and not felt.condition.anyplace:
        # "The spare room is freezing" in a home without one: say which place is unknown,
        # as Home Assistant's Assist does, instead of "I didn't understand".
        unknown = " ".join(place.said)
        return Unresolved(
            ErrorCode.NO_TARGET,
            f"no room called '{unknown}'",
            keyed_replies.said("missing.room", name=f"'{unknown}'"),
        )
    if place.several or (felt.condition.placed and not (place.area or place.floor)):
        return None
    named = _named(felt, resolver, data) or _pointed(felt, ctx, place, home, data)
    by_day = felt.condition.by_day if _daylight(ctx, home, data) else ()
    tiers = [
        tier
        for tier in (*by_day, *felt.condition.tiers)
        if not all(f.when for f in tier) or any(f" {w} " in felt.said for f in tier for w in f.when)
    ]
    if named is None and place.words and not place.explicit:
        # "The jets are too noisy": a word of one device's name names it.
        named = _narrowed(list(home.exposed()), place.words)
    # "The telly is blaring": what is named, when it can fix the condition.
    fitting = [e for e in named or () if any(_fits(f, e, felt) for t in tiers for f in t)]
    about = felt.condition.about
    if about and not fitting and not any(f" {w} " in felt.said for w in about):
        return None  # "the chickens are loud today": nothing of the home's is
    if fitting:
        where = place.area or (None if place.explicit else ctx.area)
        fitting = [e for e in fitting if e.area == where] or fitting
        return _choose_named(felt, fitting, tiers, ctx, resolver, data, by_day)
    tiers = [tier for tier in tiers if not any(f.named for f in tier)]
    rooms = {e.area for e in named or () if e.area} if felt.condition.on_named else set()
    if not (place.area or place.floor or place.whole) and len(rooms) == 1:
        # "The sun's glaring on the TV": where the device named is (the TV's room's blinds).
        place.area = rooms.pop()
    room = place.area or (ctx.area if not (place.explicit or place.floor or place.words) else None)
    if felt.condition.own and room is None:
        return _lacks(felt, place.said)  # (a heat made at a task somewhere not known)
    if room is not None:
        # What is in the room fixes the room before what serves it from elsewhere: "it's
        # boiling in Noah's room" is his fan, not the house's thermostat.
        floors = set(resolver.vocab.floor_by_word)
        for tier in tiers:
            own = [
                e
                for e in _of(tier, list(home.exposed()), felt)
                if e.area == room and not _holds_any(e, floors)
            ]
            if own and _wanted(tier, own, felt, by_day):
                return _act(felt, tier, own, ctx, resolver, data, whole_home=False)
        if felt.condition.own:
            area = home.areas.get(room)
            return _lacks(felt, (area.name,) if area is not None else ())
    for tier in tiers:
        found = _in_place(tier, place, ctx, felt, home, resolver, data)
        if found and _wanted(tier, found, felt, by_day):
            return _act(felt, tier, found, ctx, resolver, data, whole_home=_unplaced(place, ctx))
    return None


def _pointed(
    felt: Felt, ctx: RequestContext, place: _Place, home: Home, data: Conditions
) -> list[Entity] | None:
    """What the conversation just changed, when the remark points at it with no place said
    ("that's too dark now" after "Joan's light is too bright": Joan's light, brightened)."""
    conversation = ctx.conversation
    if conversation is None or place.explicit or place.floor or place.area:
        return None
    if not set(felt.rest.split()) & set(data.pointing):
        return None
    found = [e for e in map(home.get, conversation.last_targets) if e is not None]
    return found or None


def _lacks(felt: Felt, place: tuple[str, ...]) -> Unresolved:
    """Nothing done: the place has nothing of its own that fixes *felt* (and what serves it
    from elsewhere is not to blame)."""
    kind = felt.condition.lacking or felt.condition.key
    where = " ".join(place)
    return Unresolved(
        ErrorCode.NO_TARGET,
        f"nothing of the place's own for {felt.condition.key}",
        keyed_replies.said("missing.kind_in_area", kind=kind, area=where)
        if where
        else keyed_replies.said("missing.kind_there", kind=kind),
    )


def _which_room(rooms: tuple[str, ...], home: Home) -> Unresolved:
    """Asked back: the place said is one of *rooms*, which is unclear."""
    names = [home.areas[r].name for r in rooms if r in home.areas]
    listed = " or ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
    return Unresolved(
        ErrorCode.AMBIGUOUS, f"{len(names)} rooms match: {listed}", f"Which room: {listed}?"
    )


def _wanted(
    tier: tuple[Fixer, ...],
    found: list[Entity],
    felt: Felt,
    by_day: tuple[tuple[Fixer, ...], ...],
) -> bool:
    """Whether *tier* is the one to act with: a daylight tier, or one of fixers `needed`,
    only when it would change something (the blinds are open already: the lights)."""
    if tier not in by_day and not any(f.needed for f in tier):
        return True
    return any(_needs(e, _fixer(tier, e, felt).do) for e in found)


def _daylight(ctx: RequestContext, home: Home, data: Conditions) -> bool:
    """Whether it is day: the sun entity says so, else the hour."""
    sun = home.get("sun.sun")
    if sun is not None and sun.state in ("above_horizon", "below_horizon"):
        return sun.state == "above_horizon"
    start, end = data.day_hours
    return start <= ctx.now.hour < end


def _unplaced(place: _Place, ctx: RequestContext) -> bool:
    return not place.explicit and not place.words and ctx.area is None


def _fits(fixer: Fixer, entity: Entity, felt: Felt) -> bool:
    closing = fixer.do == "close" and entity.device_class in _CLOSE_ONLY_COVERS
    if entity.domain == "cover" and entity.device_class not in _SAFE_COVERS and not closing:
        return False
    shutting = fixer.do in ("off", "close") or fixer.kind.opens
    if entity.domain in _CLOSE_ONLY_DOMAINS and not shutting:
        return False
    return entity.exposed and fixer.kind.fits(entity, felt.said)


def _of(tier: tuple[Fixer, ...], entities: list[Entity], felt: Felt) -> list[Entity]:
    return [e for e in entities if any(_fits(f, e, felt) for f in tier)]


def _in_place(
    tier: tuple[Fixer, ...],
    place: _Place,
    ctx: RequestContext,
    felt: Felt,
    home: Home,
    resolver: Resolver,
    data: Conditions,
) -> list[Entity]:
    every = _of(tier, list(home.exposed()), felt)
    main = set(data.floor_main)
    if place.whole:
        # The whole home: what serves all of it ("Cabin Thermostat") before a room's own.
        return [e for e in every if _holds_any(e, main) and not _room_named(e, home)] or every
    if place.area is not None:
        return _in_area(tier, place.area, every, home, resolver, data, explicit=True)
    if place.floor is not None:
        return [e for e in every if home.floor_of_area(e.area or "") == place.floor]
    if place.words:
        narrowed = _narrowed(every, place.words)
        if narrowed is not None and place.elsewhere:
            # "Too dark in the guest room": a place said is a device's only when its name
            # holds all of it, never by "room" alone (the Wet Room light).
            narrowed = [e for e in narrowed if all(_holds_any(e, {w}) for w in place.said)]
            return narrowed
        if narrowed is not None:
            return narrowed
        if (place.explicit or place.elsewhere) and not felt.condition.anyplace:
            return []  # "it's freezing in the car": a place this home has nothing of
    if ctx.area is not None:
        here = _in_area(tier, ctx.area, every, home, resolver, data, explicit=False)
        if here or not any(f.anywhere or f.roams for f in tier):
            return here
    elif not place.explicit and any(f.floor for f in tier):
        # "It's a bit nippy this morning", said nowhere in particular: what heats the whole
        # home ("Heating") before a room's own radiator or the greenhouse's heater.
        serving = [e for e in every if _holds_any(e, main) and not _room_named(e, home)]
        return serving or every
    return every


def _in_area(
    tier: tuple[Fixer, ...],
    area: str,
    every: list[Entity],
    home: Home,
    resolver: Resolver,
    data: Conditions,
    *,
    explicit: bool,
) -> list[Entity]:
    """The devices of *tier* in *area*; a room said (*explicit*) that has none is served only
    by a device that roams there (a robot vacuum), this computer's room also by the home's."""
    here = [e for e in every if e.area == area]
    floors = set(resolver.vocab.floor_by_word)
    # A device named after a floor ("Downstairs Heating") serves the floor: a room's own
    # heater is the room's, before it.
    own = [e for e in here if not _holds_any(e, floors)]
    if own:
        return own
    if here:
        return here
    floor = home.floor_of_area(area)
    room = home.areas.get(area)
    unheated = room is not None and _holds_any_name((room.name, *room.aliases), set(data.unheated))
    if floor and any(f.floor for f in tier) and not unheated:
        # (A garage is on its floor but not heated by the floor's thermostat.)
        main = set(data.floor_main)
        # Only what serves the whole floor ("Upstairs Heating", "Hall Thermostat"), never
        # another room's own radiator.
        on_floor = [
            e
            for e in every
            if home.floor_of_area(e.area or "") == floor and _serves_floor(e, floors, home, main)
        ]
        if on_floor:
            return on_floor
    if any(f.floor for f in tier) and not unheated and (served := wing(home, every, area)):
        return served  # the Annex Bedroom is heated by the Annex Heating
    if any(f.roams or (f.anywhere and not explicit) for f in tier):
        return every
    return []


def _serves_floor(entity: Entity, floors: set[str], home: Home, main: set[str]) -> bool:
    """Whether *entity* is named for its floor, or is a main one ("thermostat") not named
    for its own room."""
    if _holds_any(entity, floors):
        return True
    area = home.areas.get(entity.area or "")
    rooms = {normalize(n) for n in (area.name, *area.aliases)} if area is not None else set()
    return _holds_any(entity, main) and not _holds_any(entity, rooms)


def _room_named(entity: Entity, home: Home) -> bool:
    """Whether *entity* is named after its own room ("Loft Mini Split")."""
    area = home.areas.get(entity.area or "")
    return area is not None and _holds_any(
        entity, {normalize(n) for n in (area.name, *area.aliases)}
    )


def _holds_any(entity: Entity, words: set[str]) -> bool:
    return _holds_any_name((entity.name, *entity.aliases), words)


def _holds_any_name(names: tuple[str, ...], words: set[str]) -> bool:
    padded = [f" {normalize(n)} " for n in names]
    return any(f" {w} " in name for w in words for name in padded)


def _narrowed(entities: list[Entity], words: tuple[str, ...]) -> list[Entity] | None:
    """Those of *entities* whose names hold the most of *words* (None: no name holds any)."""
    scored = [(sum(_holds_any(e, {w}) for w in words), e) for e in entities]
    best = max((score for score, _ in scored), default=0)
    if best == 0:
        return None
    return [e for score, e in scored if score == best]


def _choose_named(
    felt: Felt,
    named: list[Entity],
    tiers: list[tuple[Fixer, ...]],
    ctx: RequestContext,
    resolver: Resolver,
    data: Conditions,
    by_day: tuple[tuple[Fixer, ...], ...],
) -> Resolution | None:
    for tier in tiers:
        found = _of(tier, named, felt)
        if found and _wanted(tier, found, felt, by_day):
            return _act(felt, tier, found, ctx, resolver, data, whole_home=False)
    return None


# -- acting ---------------------------------------------------------------------------------


def _fixer(tier: tuple[Fixer, ...], entity: Entity, felt: Felt) -> Fixer:
    return next(f for f in tier if _fits(f, entity, felt))


def _act(
    felt: Felt,
    tier: tuple[Fixer, ...],
    found: list[Entity],
    ctx: RequestContext,
    resolver: Resolver,
    data: Conditions,
    *,
    whole_home: bool,
) -> Resolution:
    needed = [(e, _fixer(tier, e, felt).do) for e in found]
    needed = [(e, do) for e, do in needed if _needs(e, do)]
    needed = _lights(needed, felt, data)
    needed = _players(needed, felt, data)
    if not needed:
        names = " and ".join(e.name for e in found[:3])
        return Unresolved(
            ErrorCode.UNCLEAR,
            f"{names}: nothing left to change for {felt.condition.key}",
            keyed_replies.said(
                "cannot.as_far_one" if len(found) == 1 else "cannot.as_far_many", names=names
            ),
        )
    if len(needed) > 1:
        return resolver._ambiguous([e for e, _ in needed])
    entity, do = needed[0]
    return _step(entity, do, felt, ctx, resolver)


def _needs(entity: Entity, do: str) -> bool:
    """Whether *do* would change *entity* as it is now."""
    state = entity.state
    brightness = entity.attributes.get("brightness")
    match do:
        case "on":
            return state in ("off", "closed")  # a valve is closed
        case "off":
            return state in ("on", "open")
        case "brighten":
            return state == "off" or (isinstance(brightness, (int, float)) and brightness < _FULL)
        case "dim":
            return state == "on"
        case "warmer" | "cooler":
            return _climate_change(entity, do) is not None
        case "louder" | "quieter":
            return state == "playing"
        case "volume_up" | "volume_down":
            # A player named, playing or only paused ("the telly's far too loud" with the
            # programme paused): its volume, never past silent or full.
            volume = entity.attributes.get("volume_level")
            if state == "playing":
                return True
            if state not in _QUIET_STATES or not isinstance(volume, (int, float)):
                return False
            return volume > 0 if do == "volume_down" else volume < 1
        case "resume":
            return state in ("paused", "idle")
        case "open":
            return state != "open" or entity.attributes.get("current_position") not in (None, 100)
        case "close":
            return state != "closed"
        case "start":
            return state not in ("cleaning", "unavailable")
        case "stop":
            return state == "playing"
    return False


def _lights(
    needed: list[tuple[Entity, str]], felt: Felt, data: Conditions
) -> list[tuple[Entity, str]]:
    """Of several lights: for the dark, one that is off before one that is on, and one for
    the room before one for a task; for glare or sleep, never a night light, also the only
    light of the room ("the baby's asleep"), unless the sentence names one."""
    lights = [(e, do) for e, do in needed if e.domain == "light"]
    if not lights or len(lights) != len(needed):
        return needed
    if lights[0][1] in ("dim", "off"):
        if any(f" {w} " in felt.said for w in data.soft_lights):
            return lights
        return [(e, do) for e, do in lights if not _holds_any(e, set(data.soft_lights))]
    if len(lights) < 2:
        return needed
    off = [(e, do) for e, do in lights if e.state == "off"]
    if off and not all(_holds_any(e, set(data.task_lights)) for e, _ in lights):
        # Of task lights alone (the bedside lamps either side of a bed), which one is for
        # whom is not known: asked, never the one that happens to be off.
        lights = off
    if len(lights) > 1:
        room = [(e, do) for e, do in lights if not _holds_any(e, set(data.task_lights))]
        lights = room or lights
    return lights


def _players(
    needed: list[tuple[Entity, str]], felt: Felt, data: Conditions
) -> list[tuple[Entity, str]]:
    """Of several players: a screen's for what is watched ("the game is too loud"), a
    speaker's for what is listened to ("the music")."""
    if len(needed) < 2 or any(e.domain != "media_player" for e, _ in needed):
        return needed
    playing = [(e, do) for e, do in needed if e.state == "playing"]
    needed = playing or needed  # the one that plays before one paused
    if len(needed) < 2:
        return needed
    watched = any(f" {w} " in felt.said for w in data.watched)
    listened = any(f" {w} " in felt.said for w in data.listened)
    if watched == listened:
        return needed
    screens = [(e, do) for e, do in needed if _screen(e)]
    others = [(e, do) for e, do in needed if not _screen(e)]
    return (screens if watched else others) or needed


def by_medium(players: list[Entity], text: str, language: str) -> list[Entity]:
    """Of several *players* a command could mean, those with a screen when *text* says
    something watched ("pause the game"), the others when it says something listened to
    ("next song"); all of them when it says neither, both, or no player fits."""
    data = load_conditions(language)
    if data is None or len(players) < 2:
        return players
    said = f" {normalize(text)} "
    watched = any(f" {w} " in said for w in data.watched)
    listened = any(f" {w} " in said for w in data.listened)
    if watched == listened:
        return players
    screens = [t for t in load_language(language).device_types if t.key == "tv"]
    fitting = [e for e in players if (_screen(e) or any(t.fits(e) for t in screens)) == watched]
    return fitting or players


def _screen(entity: Entity) -> bool:
    """Whether *entity* is a player with a screen (a TV, or one showing a film or a show)."""
    kind = entity.attributes.get("media_content_type")
    return entity.device_class == "tv" or kind in ("movie", "tvshow", "video", "episode", "channel")


def _climate_change(entity: Entity, do: str) -> tuple[str, dict[str, Any]] | None:
    """The service call that makes *entity* warmer or cooler by one step, or None."""
    modes = entity.attributes.get("hvac_modes")
    modes = modes if isinstance(modes, list) else []
    sign = 1 if do == "warmer" else -1
    if entity.state == "off":
        wanted = "heat" if do == "warmer" else "cool"
        return ("climate.set_hvac_mode", {"hvac_mode": wanted}) if wanted in modes else None
    current = entity.attributes.get("temperature")
    if isinstance(current, (int, float)):
        return "climate.set_temperature", {"temperature": plain_number(current + sign * _STEP)}
    low = entity.attributes.get("target_temp_low")
    high = entity.attributes.get("target_temp_high")
    if isinstance(low, (int, float)) and isinstance(high, (int, float)):
        return "climate.set_temperature", {
            "target_temp_low": plain_number(low + sign * _STEP),
            "target_temp_high": plain_number(high + sign * _STEP),
        }
    return None


#: The intents (and their slots) whose handlers make a relative change.
_VIA: dict[str, tuple[str, dict[str, Any]]] = {
    "on": ("HassTurnOn", {}),
    "off": ("HassTurnOff", {}),
    "dim": ("HearthLightStep", {"direction": "down"}),
    "louder": ("HassSetVolumeRelative", {"volume_step": "up"}),
    "quieter": ("HassSetVolumeRelative", {"volume_step": "down"}),
    "open": ("HearthCoverOpen", {}),
    "close": ("HearthCoverClose", {}),
    "stop": ("HassMediaPause", {}),
    "resume": ("HassMediaUnpause", {}),
    "volume_up": ("HassSetVolumeRelative", {"volume_step": "up"}),
    "volume_down": ("HassSetVolumeRelative", {"volume_step": "down"}),
}


def _step(
    entity: Entity, do: str, felt: Felt, ctx: RequestContext, resolver: Resolver
) -> Resolution:
    """The change *do* on *entity*, made by the handler of the intent that says it (so a
    relative change is the same as "dim the lamp" or "turn the radio down")."""
    if do == "brighten":
        do = "on" if entity.state == "off" else "brighten"
        if do == "brighten":
            return _via("HearthLightStep", {"direction": "up"}, entity, felt, ctx, resolver)
    if do == "dim" and not isinstance(entity.attributes.get("brightness"), (int, float)):
        do = "off"  # a light that only switches: "too bright" turns it off
    if do in ("warmer", "cooler"):
        change = _climate_change(entity, do)
        assert change is not None  # _needs checked it
        step = group_steps([(change[0], change[1], entity)])
        return Resolved(steps=step, targets=[entity.entity_id])
    if do == "start":
        return Resolved(steps=[make_step("vacuum.start", [entity], {})], targets=[entity.entity_id])
    intent, values = _VIA[do]
    return _via(intent, values, entity, felt, ctx, resolver)


def _via(
    intent: str,
    values: dict[str, Any],
    entity: Entity,
    felt: Felt,
    ctx: RequestContext,
    resolver: Resolver,
) -> Resolution:
    about = replace(ctx, conversation=Conversation("condition", [entity.entity_id]))
    slots = Slots({"name": REFERENCE, **values}, area_from_context=False)
    outcome = resolver.resolve(IntentMatch(intent, slots, felt.said.strip()), about)
    if isinstance(outcome, Resolved):
        outcome.targets = [entity.entity_id]
    return outcome


def phrases(data: Conditions) -> Iterator[tuple[str, str]]:
    """Every (condition, phrase) pair, for tests and tools."""
    for condition in data.conditions:
        for phrase in condition.phrases:
            yield condition.key, phrase
