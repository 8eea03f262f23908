"""Questions about what is playing or being watched ("what's on the telly?", "who sings
this?"), from the media players' state. Read-only."""

from __future__ import annotations

import app.understanding.answers as answers  # noqa: PLR0402  the module, not the package (no cycle)
from app.core.context import RequestContext
from app.core.home import Entity
from app.understanding.actions import read_about_text
from app.understanding.question_data import QuestionData
from app.understanding.question_reading import (
    GROUP_TAGS,
    MEDIA_TAGS,
    Reading,
    found_phrases,
    place_entities,
    question_targets,
    resolved,
)
from app.understanding.resolve import Resolved, Resolver, Unresolved
from app.understanding.vocabulary import normalize

#: Words that point at what is here ("who sings this?").
_THIS = frozenset({"this", "that", "here"})


def media(
    reading: Reading, ctx: RequestContext, resolver: Resolver, data: QuestionData
) -> Resolved | Unresolved | None:
    """ "What's playing in the rec room?", "what song is this?", "who's this?"."""
    if not reading.tags & MEDIA_TAGS or reading.measures:
        return None
    if "media" not in reading.tags and found_phrases(reading.words, data.clock_words):
        return None  # "when's the ballet show": the calendar's
    first = reading.words[0]
    yes_no = (
        first in ("is", "are", "was", "were", "did", "does", "do") or first in data.yes_no_first
    )
    if yes_no and reading.states:
        return None  # "is the tv playing?": a yes/no question about one device
    if (reading.kinds and reading.tags & GROUP_TAGS - {"which"}) or first == "which":
        return None  # "how many speakers are playing?": counting
    kinds_said = zip(reading.kinds, reading.kind_words, strict=True)
    plural = any(w == normalize(k.many) for k, w in kinds_said)
    if plural and first in data.which_first:
        return None  # "welche Lautsprecher spielen?": which of them
    home = resolver.home
    targets = question_targets(reading, ctx, resolver)
    if isinstance(targets, Unresolved):
        return targets
    players = [e for e in targets or [] if e.domain == "media_player"] or [
        e for e in place_entities(reading, ctx, home) if e.domain == "media_player"
    ]
    if not players:
        return None
    active = [e for e in players if e.state == "playing"] or [
        e for e in players if e.state == "paused" and e.attributes.get("media_title")
    ]
    if ctx.area and not (targets or reading.area or reading.floor) and _THIS & set(reading.words):
        # "What album is this from?" said in the kitchen: what plays here.
        active = [e for e in active if e.area == ctx.area] or active
    if not active and not (targets or reading.area or reading.floor):
        here = [e for e in players if ctx.area and e.area == ctx.area]
        active = here
    if "watch" in reading.tags and len(active) > 1:
        active = [e for e in active if _watched(e)] or active  # a TV, not the radio
    reply = answers.media_answer(active, home, album="album" in reading.tags)
    watched = "watch" in reading.tags and active  # "what am I watching": the TV that plays
    return resolved(active if watched else players, reply, read_about_text("playing"))


#: What a player shows on a screen, as Home Assistant says it.
_SHOWN = frozenset({"movie", "tvshow", "video", "episode"})


def _watched(entity: Entity) -> bool:
    """Whether *entity* shows what it plays: a TV, or a player showing a film or a show."""
    return entity.device_class == "tv" or entity.attributes.get("media_content_type") in _SHOWN
