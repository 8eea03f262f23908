"""Media commands: which player "pause", "next song", "louder" or "resume the radio" is about.

People rarely name the player. "Pause it" means the one that is playing, "resume" the one that
is paused, "turn it down" the one making noise. So every media intent (Home Assistant's and
Hearth's phrasings in ``resources/sentences/<lang>/media.yaml``) picks its player the same way:

1. a player named by its own name ("pause the kitchen radio") is that player, whatever it is
   doing;
2. otherwise the candidates are the players the sentence points at (a kind, "the radio",
   where a player whose name carries the word comes first; an area or floor, "in the
   kitchen"; the player the conversation is about; or every player in the home), and of
   those the ones in the state the command acts on: playing for pause, next,
   previous, volume and mute; paused for resume. One such player in this computer's area, or
   one in all, is the one; several are asked back ("Which one do you mean: ...?");
3. when none is in that state: for pause and stop, the reply that nothing is playing (nothing
   to do: "stop" then means "never mind"); otherwise the only candidate in this computer's
   area or the only one at all, else a question.

"It" ("pause it", "turn it up") is the player the conversation is about; with no conversation,
the one playing; when the conversation is about something else (a light), it is no player and
the sentence is left to the other readings. So is a bare "stop", "pause" or "carry on" after a
command to something that can stop (a vacuum, a blind, a fan): it is about that, not about a
player that happens to be playing.

Never every player in the home: a command that names no player acts on one, or asks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from hassil.intents import TextSlotList, TextSlotValue

import app.understanding.conditions as conditions  # noqa: PLR0402  the module (no cycle)
from app.core.context import RequestContext
from app.core.home import Entity, Home
from app.core.plan import ErrorCode
from app.understanding import keyed_replies
from app.understanding.actions import query_step, read_about_text
from app.understanding.home_index import of_domains
from app.understanding.modes import listed_option, said_percent
from app.understanding.places import place_group
from app.understanding.resolve import (
    Handler,
    IntentMatch,
    Resolution,
    Resolved,
    Resolver,
    Slots,
    Unresolved,
    group_steps,
)
from app.understanding.timers import says_ending
from app.understanding.undoing import about_timers
from app.understanding.vocabulary import REFERENCE, normalize

_DOMAIN = "media_player"
PLAYING = frozenset({"playing", "buffering"})
PAUSED = frozenset({"paused"})
#: Players that are on but not playing (a TV showing its menu, a speaker between songs).
IDLE = frozenset({"on", "idle", "paused"})
OFF = frozenset({"off", "standby"})
_ARTICLES = ("the ", "my ", "our ")
#: Relative volume changes in hundredths when the sentence gives no amount.
VOLUME_STEP = 10
#: The largest change of volume, in percent, read as a step up or down.
_LARGEST_STEP = 50


@dataclass(frozen=True, slots=True)
class Wants:
    """Which players a command is about, best first."""

    tiers: tuple[Callable[[Entity], bool], ...]
    """Tests tried in order: the first that some candidate passes decides."""
    idle_reply: str | None = None
    """The key of the reply, with nothing to do, when no candidate is in any of the tiers'
    states (None: ask which player)."""


def _in(states: frozenset[str]) -> Callable[[Entity], bool]:
    return lambda entity: entity.state in states


def _muted(entity: Entity) -> bool:
    return entity.attributes.get("is_volume_muted") is True


PAUSE = Wants((_in(PLAYING), _in(frozenset({"on"}))), idle_reply="cannot.nothing_playing")
RESUME = Wants((_in(PAUSED), _in(frozenset({"on", "idle"}))))
#: "Turn on the speaker": any player not playing may be meant (one paused is no likelier
#: than one idle or off), so two such of the kind said are asked about.
SWITCH_ON = Wants((_in(PAUSED | IDLE | OFF),))
PLAYING_FIRST = Wants((_in(PLAYING), _in(IDLE)))
UNMUTE = Wants((_muted, *PLAYING_FIRST.tiers))
SWITCH_OFF = Wants((_in(PLAYING), _in(IDLE)), idle_reply="cannot.nothing_on")


def choose(
    r: Resolver, slots: Slots, ctx: RequestContext, wants: Wants, text: str = ""
) -> list[Entity] | Resolution:
    """The players the command (said as *text*) is about, an :class:`Unresolved` question
    or error, or a :class:`Resolved` reply with nothing to do (``pause`` when nothing
    plays)."""
    name = slots.get("name")
    explicit_area = slots.get("area") if not slots.area_from_context else None
    floor = slots.get("floor")
    recent = _recent(r, ctx)
    if slots.get("pronoun") and not recent and ctx.conversation and ctx.conversation.last_targets:
        # "Turn it up" after "turn on the barn lights": "it" is the lights, not a player.
        return Unresolved(
            ErrorCode.NO_CONTEXT,
            "what the conversation is about is no media player",
            keyed_replies.said("ask.which_player"),
        )
    if name == REFERENCE or (isinstance(name, str) and name not in r.vocab.types_by_value):
        # A player by its own name, or the one the conversation is about.
        found = r.targets(slots, ctx, domains=[_DOMAIN], whole_home=True)
        if (
            isinstance(found, Unresolved)
            and found.code is ErrorCode.AMBIGUOUS
            and wants.idle_reply is not None
        ):
            # Twins called alike in two rooms, and a command only one in its state can take
            # ("pause the speaker": the one playing); "turn the speaker up" still asks which.
            for test in wants.tiers[:1]:
                one = r.targets(slots, ctx, domains=[_DOMAIN], where=test, whole_home=True)
                if isinstance(one, list) and len(one) == 1:
                    return one
        return found
    if isinstance(name, str):
        # A kind of player ("the radio", "the music"): of that kind, the one whose name
        # carries the word ("Barn Radio"), then the one in the state the command acts on,
        # else the kind's own rules (here, the only one, or ask).
        word = _named(r.vocab.types_by_value[name][0].words, text)
        for test in (*(_both(word, t) for t in wants.tiers), word, *wants.tiers):
            found = r.targets(slots, ctx, domains=[_DOMAIN], where=test, whole_home=True)
            if not isinstance(found, Unresolved):
                return found
            if found.code is ErrorCode.AMBIGUOUS and test not in wants.tiers:
                continue  # several radios: the one playing decides, else ask below
            if found.code is ErrorCode.AMBIGUOUS:
                return found
        return r.targets(slots, ctx, domains=[_DOMAIN], whole_home=True)
    said = slots.get("media_said")
    if isinstance(said, str):  # "turn the lullabies off": the player playing them
        return _playing(r, said)
    players = [e for e in r.home.exposed() if e.domain == _DOMAIN]
    group = slots.get("place_group")
    if isinstance(group, str):  # "next song outside": the players of the outdoor areas
        explicit_area = group
        players = [e for e in place_group(r.home, group, r.language) if e.domain == _DOMAIN]
    elif explicit_area:
        players = [e for e in players if e.area == explicit_area]
    elif floor:
        players = [e for e in players if r.home.floor_of_area(e.area or "") == floor]
    if not players:
        where = " there" if explicit_area or floor else ""
        return Unresolved(
            ErrorCode.NO_TARGET,
            f"no media player{where}",
            f"I couldn't find a media player{where}.",
        )
    here = ctx.area if not (explicit_area or floor) else None
    if explicit_area or floor:
        recent = []
    if recent:
        # The players the conversation is about, whatever the others are doing.
        return next(
            ([e for e in recent if test(e)] for test in wants.tiers if any(map(test, recent))),
            recent,
        )
    for test in wants.tiers:
        fitting = [e for e in players if test(e)]
        if not fitting:
            continue
        if slots.get("every_player") or explicit_area or floor:
            # "pause everything", "pause the music in the kitchen": every player there that
            # is playing (as Home Assistant does for a place).
            return fitting
        fitting_here = [e for e in fitting if here and e.area == here]
        if (fitting_here and test is not wants.tiers[-1]) or len(fitting_here) == 1:
            # Said in a room where players are playing: those players.
            return fitting_here
        if len(fitting) == 1:
            return fitting
        if len(medium := conditions.by_medium(fitting, text, r.language)) == 1:
            return medium  # "pause the game": the TV, not the radio also playing
        return r._ambiguous(fitting_here if len(fitting_here) > 1 else fitting)
    if wants.idle_reply is not None:
        return Resolved(
            reply=keyed_replies.said(wants.idle_reply)
        )  # "pause" with nothing playing: nothing to do
    players_here = [e for e in players if here and e.area == here]
    if len(players_here) == 1:
        return players_here
    if len(players) == 1:
        return players
    return r._ambiguous(players_here if len(players_here) > 1 else players)


#: A player's attributes that say what it plays.
_CONTENT = (
    "media_title",
    "media_artist",
    "media_album_name",
    "media_album_artist",
    "media_series_title",
    "media_playlist",
    "media_channel",
    "app_name",
)
_STOP_WORDS = frozenset({"the", "a", "an", "my", "our", "this", "that", "some"})


def _stem(word: str) -> str:
    """A word without its English plural ("lullabies": "lullaby", "songs": "song")."""
    word = word.strip("'")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _words(text: str) -> set[str]:
    return {_stem(w) for w in normalize(text).replace("'", " ").split()} - _STOP_WORDS


def _content(entity: Entity) -> set[str]:
    """The words of what *entity* plays (its title, artist, album...), plurals dropped."""
    content: set[str] = set()
    for key in _CONTENT:
        value = entity.attributes.get(key)
        if isinstance(value, str):
            content |= _words(value)
    return content


#: The longest run of words read as what a player plays.
_LONGEST_SAID = 4


def said_content(home: Home, text: str) -> TextSlotList:
    """The ``{media_said}`` list for *text*: each run of its words that says what a player
    that is on plays ("the lullabies"), so that the sentences that take it read nothing
    else."""
    players = [e for e in of_domains(home, (_DOMAIN,)) if e.exposed and e.state not in OFF]
    heard = [c for c in (_content(e) for e in players) if c]
    words = normalize(text).split()
    values = []
    if heard:
        for start in range(len(words)):
            for end in range(start + 1, min(len(words), start + _LONGEST_SAID) + 1):
                phrase = " ".join(words[start:end])
                wanted = _words(phrase)
                if wanted and any(wanted <= content for content in heard):
                    values.append(TextSlotValue.from_tuple((phrase, phrase), allow_template=False))
    return TextSlotList(name="media_said", values=values)


def _playing(r: Resolver, said: str) -> list[Entity] | Unresolved:
    """The one player that is on and whose title, artist, album, series, playlist or channel
    has every word of *said* ("the lullabies": the speaker playing "Brahms' Lullaby"). None,
    or several, is no target: the words are then no name the home has."""
    wanted = _words(said)
    found = []
    for entity in of_domains(r.home, (_DOMAIN,)):
        if not entity.exposed or entity.state in OFF or not wanted:
            continue
        if wanted <= _content(entity):
            found.append(entity)
    if len(found) == 1:
        return found
    if len(found) > 1:
        return r._ambiguous(found)
    phrase = " ".join(w for w in normalize(said).split() if w not in _STOP_WORDS)
    return Unresolved(
        ErrorCode.NO_TARGET,
        f"no device or room called {phrase!r}",
        keyed_replies.said("missing.device_or_room", name=f"'{phrase}'"),
    )


def _replay(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    """HearthMediaReplay: "play it again" asks for the same thing from its start, which no
    player service does ("previous" may be another song, "play" resumes where it stopped):
    said so, and nothing runs."""
    return Resolved(reply=keyed_replies.said("cannot.from_start"))


#: What "what am I watching" or "listening to" prefers, by the player's device class.
_WATCHED = frozenset({"tv", "receiver"})


def _now_playing(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    """HearthMediaWhat: "what am I watching", "what's playing in the kitchen": the title of
    what the one player playing there (this computer's room first) plays, read-only."""
    area = slots.get("area") if not slots.area_from_context else None
    watching = slots.get("watching") is True
    playing = [
        e
        for e in r.home.exposed()
        if e.domain == _DOMAIN and e.state in PLAYING and (area is None or e.area == area)
    ]
    if slots.get("watching") is not None:  # watching: a TV first; listening: a speaker first
        kind = [e for e in playing if (e.device_class in _WATCHED) == watching]
        playing = kind or playing
    here = [e for e in playing if ctx.area and e.area == ctx.area]
    if len(here) == 1:
        playing = here
    if not playing:
        return Resolved(reply=keyed_replies.said("cannot.nothing_playing"))
    if len(playing) > 1:
        return r._ambiguous(playing)
    entity = playing[0]
    title = entity.attributes.get("media_title")
    by = entity.attributes.get("media_artist") or entity.attributes.get("media_series_title")
    if not isinstance(title, str) or not title:
        reply = f"{entity.name} is playing, but it doesn't say what."
    else:
        said = f"{title} by {by}" if isinstance(by, str) and by else title
        reply = f"{said}, on {entity.name}."
    step = query_step([entity], read_about_text("playing", of=[entity]))
    return Resolved(steps=[step], reply=reply, targets=[entity.entity_id])


def _named(kind_words: Sequence[str], text: str) -> Callable[[Entity], bool]:
    """Whether an entity's name carries the word for its kind that *text* used ("the radio":
    "Barn Radio")."""
    padded = f" {normalize(text)} "
    said = [f" {w} " for w in kind_words if f" {w} " in padded]
    return lambda entity: any(w in f" {normalize(entity.name)} " for w in said)


def _both(a: Callable[[Entity], bool], b: Callable[[Entity], bool]) -> Callable[[Entity], bool]:
    return lambda entity: a(entity) and b(entity)


def _recent(r: Resolver, ctx: RequestContext) -> list[Entity]:
    """The players the conversation is about ("play the radio" ... "louder")."""
    conversation = ctx.conversation
    if conversation is None:
        return []
    found = (r.home.get(i) for i in conversation.last_targets)
    return [e for e in found if e is not None and e.domain == _DOMAIN and e.exposed]


def _each(
    wants: Wants,
    build: Callable[[Entity, Slots], tuple[str, dict[str, Any]] | Unresolved],
    *,
    wake: bool = False,
    asks_bare_it: bool = False,
) -> Handler:
    """A handler that picks the players with *wants* and makes each one's step with
    *build*; with *wake*, a player that is off is turned on first ("play some music on the
    bedroom speaker"); with *asks_bare_it*, an "it" the conversation does not name ("turn it
    up" said first) is read as the player but asked about first: up and down fit a heater or
    a light as well, and nothing says which was meant."""

    def handle(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
        timer_intent = _TIMER_INTENTS.get(m.intent)
        if timer_intent and _names_nothing(slots) and not _recent(r, ctx):
            if about_timers(ctx):
                # "Pause the timer" ... "resume": the timer, not a player; "stop it" ends it.
                if timer_intent == "HassPauseTimer" and says_ending(m.text, r.language):
                    timer_intent = "HassCancelTimer"
                return r.resolve(IntentMatch(timer_intent, Slots({}, False), m.text), ctx)
            about = _about(r, ctx) & _STOPPABLE
            if about:
                # "Start the vacuum" ... "stop": the vacuum (the loose reading of the
                # conversation), never a player that happens to be playing.
                return Unresolved(
                    ErrorCode.NO_CONTEXT,
                    f"the conversation is about a {sorted(about)[0]}, not a media player",
                    keyed_replies.said("ask.which_device"),
                )
        found = choose(r, slots, ctx, wants, m.text)
        if not isinstance(found, list):
            return found
        actions: list[tuple[str, dict[str, Any], Entity]] = []
        for entity in found:
            action = build(entity, slots)
            if isinstance(action, Unresolved):
                return action
            if wake and entity.state in OFF:
                actions.append((f"{_DOMAIN}.turn_on", {}, entity))
            actions.append((action[0], action[1], entity))
        guessed = asks_bare_it and bool(slots.get("pronoun")) and not _recent(r, ctx)
        return Resolved(
            steps=group_steps(actions), targets=[e.entity_id for e in found], unsure=guessed
        )

    return handle


#: Media intents that, said bare in a conversation about a timer, mean the timer.
_TIMER_INTENTS = {"HassMediaPause": "HassPauseTimer", "HassMediaUnpause": "HassUnpauseTimer"}


#: Kinds of device that "stop", "pause" or "carry on" can be about besides a player.
_STOPPABLE = frozenset({"vacuum", "cover", "fan", "switch", "lawn_mower", "valve", "climate"})


def _about(r: Resolver, ctx: RequestContext) -> set[str]:
    """The domains of what the conversation is about."""
    ids = ctx.conversation.last_targets if ctx.conversation is not None else []
    return {e.domain for e in (r.home.get(i) for i in ids) if e is not None}


def _names_nothing(slots: Slots) -> bool:
    return all(slots.get(key) is None for key in ("name", "area", "floor")) or bool(
        slots.area_from_context and slots.get("name") is None and slots.get("floor") is None
    )


def _service(service: str, **params: Any) -> Callable[[Entity, Slots], tuple[str, dict[str, Any]]]:
    return lambda entity, slots: (f"{_DOMAIN}.{service}", dict(params))


def _volume_set(entity: Entity, slots: Slots) -> tuple[str, dict[str, Any]] | Unresolved:
    level = _number(slots.get("volume_level"))
    if level is None or not 0 <= level <= 100:
        return Unresolved(ErrorCode.NOT_UNDERSTOOD, "no volume between 0 and 100 given")
    return f"{_DOMAIN}.volume_set", {"volume_level": round(level / 100, 2)}


_SET_VOLUME = _each(PLAYING_FIRST, _volume_set)


def _set_volume(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    """The volume in percent, except that a bare 1 to 9 ("echo show volume 2") is read on
    the scale of ten many speakers speak in (20 %), asked about first: 2 % is near silence,
    and nobody can be sure the person did not mean it."""
    level = _number(slots.get("volume_level"))
    tenths = (
        level is not None
        and level.is_integer()
        and 1 <= level <= _TENTHS_UP_TO
        and str(int(level)) in re.findall(r"\d+", m.text)  # "minimum" is no bare 1
        and not said_percent(m.text, r.language)
    )
    if tenths and level is not None:
        slots = Slots({**slots.values, "volume_level": level * 10}, slots.area_from_context)
    outcome = _SET_VOLUME(r, slots, ctx, m)
    if tenths and isinstance(outcome, Resolved):
        outcome.unsure = True
    return outcome


#: The largest bare volume read on a scale of ten ("volume 10" stays 10 %).
_TENTHS_UP_TO = 9


def _volume_step(entity: Entity, slots: Slots) -> tuple[str, dict[str, Any]] | Unresolved:
    """Louder or quieter from where the player is now ("turn it down", "volume up by 20").
    A step of more than half the range is no step people take: "увеличь громкость на 90"
    names the level, which another reading of the sentence sets; alone it is asked about."""
    step = slots.get("volume_step")
    amount = _number(step)
    if amount is None:
        sign = -1 if str(step) == "down" or slots.get("direction") == "down" else 1
        amount = float(VOLUME_STEP)
    elif abs(amount) > _LARGEST_STEP:
        return Unresolved(
            ErrorCode.UNCLEAR, f"a volume step of {amount:g}", keyed_replies.said("ask.what_volume")
        )
    else:
        sign = -1 if amount < 0 or slots.get("direction") == "down" else 1
        amount = abs(amount)
    current = entity.attributes.get("volume_level")
    base = float(current) if isinstance(current, (int, float)) else 0.5
    level = round(min(1.0, max(0.0, base + sign * amount / 100)), 2)
    return f"{_DOMAIN}.volume_set", {"volume_level": level}


#: Home Assistant's media player feature bits for pause, turning off and stop.
_PAUSE_FEATURE, _OFF_FEATURE, _STOP_FEATURE = 1, 256, 4096


def _switch_off(entity: Entity, slots: Slots) -> tuple[str, dict[str, Any]]:
    """ "Music off": the player is switched off, or, where its features say it cannot be
    (many radios and speakers), stopped, else paused."""
    features = entity.attributes.get("supported_features")
    if isinstance(features, int) and not features & _OFF_FEATURE:
        if features & _STOP_FEATURE:
            return f"{_DOMAIN}.media_stop", {}
        if features & _PAUSE_FEATURE:
            return f"{_DOMAIN}.media_pause", {}
    return f"{_DOMAIN}.turn_off", {}


def _switch_on(entity: Entity, slots: Slots) -> tuple[str, dict[str, Any]]:
    """ "Music on": a paused player plays on; any other is switched on."""
    if entity.state in PAUSED:
        return f"{_DOMAIN}.media_play", {}
    return f"{_DOMAIN}.turn_on", {}


def _source(entity: Entity, slots: Slots) -> tuple[str, dict[str, Any]] | Unresolved:
    """ "Put Netflix on the TV": the player's own source whose name the words say."""
    wanted = normalize(str(slots.get("source") or ""))
    for article in _ARTICLES:
        wanted = wanted.removeprefix(article)
    sources = entity.attributes.get("source_list")
    listed = [str(s) for s in sources] if isinstance(sources, list) else []
    source = listed_option(wanted, listed)
    if source is not None:
        return f"{_DOMAIN}.select_source", {"source": source}
    return Unresolved(
        ErrorCode.NO_TARGET,
        f"{entity.name} has no source called {wanted!r}",
        f"{entity.name} has no source called {wanted}"
        + (f" (it has {', '.join(listed)})." if listed else "."),
    )


def _number(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def media_handlers(names: Sequence[str] = ()) -> dict[str, Handler]:
    """The media intents' handlers (all of them, or those in *names*)."""
    handlers: dict[str, Handler] = {
        "HassMediaPause": _each(PAUSE, _service("media_pause")),
        "HassMediaUnpause": _each(RESUME, _service("media_play"), wake=True),
        "HassMediaNext": _each(PLAYING_FIRST, _service("media_next_track")),
        "HassMediaPrevious": _each(PLAYING_FIRST, _service("media_previous_track")),
        "HassSetVolume": _set_volume,
        "HassSetVolumeRelative": _each(PLAYING_FIRST, _volume_step, asks_bare_it=True),
        "HassMediaPlayerMute": _each(PLAYING_FIRST, _service("volume_mute", is_volume_muted=True)),
        "HassMediaPlayerUnmute": _each(UNMUTE, _service("volume_mute", is_volume_muted=False)),
        "HearthMediaSource": _each(PLAYING_FIRST, _source, wake=True),
        # "Music off", "turn off the tv" when several: the one that is on; "music on": the one
        # paused, else one that is on, else ask.
        "HearthMediaOff": _each(SWITCH_OFF, _switch_off),
        "HearthMediaOn": _each(SWITCH_ON, _switch_on),
        "HearthMediaWhat": _now_playing,
        "HearthMediaReplay": _replay,
    }
    return {k: v for k, v in handlers.items() if not names or k in names}


HANDLERS = media_handlers()
