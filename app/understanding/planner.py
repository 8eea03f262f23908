"""The local planner: text in, a plan out, in milliseconds and with no network.

Order of attempts, each only when the one before found nothing:
1. the whole sentence against Home Assistant's and Hearth's sentence rules;
2. a compound command split at "and", "then" and commas, each part planned on its own, a part
   without a verb borrowing the previous part's ("turn off the hall light and the fan");
3. a follow-up borrowing the previous command of the conversation ("and the kitchen too");
4. the same again after correcting words that speech recognition commonly mishears, with names
   matched fuzzily against the home's own words; a plan found this way is marked corrected.
A state-changing step is never guessed: when nothing matches confidently the plan carries an
error code and a reply naming the closest candidates.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar, cast
from zoneinfo import ZoneInfo

import jellyfish
from hassil import RecognizeResult, recognize_all
from hassil.expression import Alternative, TextChunk
from hassil.expression import Sequence as Words
from hassil.intents import Intents
from hassil.models import MatchEntity
from rapidfuzz import fuzz, process

import app.understanding.conditions as conditions  # noqa: PLR0402  the module, not the package (no cycle)
import app.understanding.done_items as done_items  # noqa: PLR0402  the module (no cycle)
import app.understanding.keyed_replies as keyed_replies  # noqa: PLR0402  the module (no cycle)
import app.understanding.level_or_time as level_or_time  # noqa: PLR0402  the module (no cycle)
import app.understanding.list_items as list_items  # noqa: PLR0402  the module (no cycle)
import app.understanding.not_now as not_now  # noqa: PLR0402  the module (no cycle)
import app.understanding.not_wanted as not_wanted  # noqa: PLR0402  the module (no cycle)
import app.understanding.questions as questions  # noqa: PLR0402  the module, not the package (no cycle)
import app.understanding.replies as spoken
import app.understanding.said_places as said_places  # noqa: PLR0402  the module (no cycle)
import app.understanding.timers as timers  # noqa: PLR0402  the module, not the package (no cycle)
import app.understanding.unknown as unknown  # noqa: PLR0402  the module, not the package (no cycle)
from app.core import clock
from app.core.context import Conversation, RequestContext
from app.core.errors import ConfigError
from app.core.home import Area, Entity, Home
from app.core.plan import ErrorCode, Plan, PlanErrorInfo, PlannerName, Step
from app.policy import risk
from app.understanding import asked_gerund, case_forms, joined_names, more_again, name_kinds
from app.understanding.actions import make_step, requote
from app.understanding.appliances import HANDLERS as APPLIANCE_HANDLERS
from app.understanding.asked_by_name import asked, kind_among, kind_contradicted, without_room
from app.understanding.clause_joints import as_clauses
from app.understanding.climate import HANDLERS as CLIMATE_HANDLERS
from app.understanding.frames import FrameData, Joining, load_frames, read_frame
from app.understanding.halves import (
    around_pronoun_one,
    before_pronoun_one,
    pronoun_one,
    with_halves,
    without_pronoun_one,
)
from app.understanding.kinds import HANDLERS as KIND_HANDLERS
from app.understanding.media import HANDLERS as MEDIA_HANDLERS
from app.understanding.media import said_content
from app.understanding.modes import HANDLERS as MODE_HANDLERS
from app.understanding.numbered_names import unknown_numbered
from app.understanding.own_data import own_data
from app.understanding.owners import as_named, owner_forms, said_owners
from app.understanding.places import HANDLERS as PLACE_HANDLERS
from app.understanding.question_data import load_questions, question_frames
from app.understanding.question_marks import unasked_state
from app.understanding.resolve import (
    IntentMatch,
    Resolved,
    Resolver,
    Slots,
    Unresolved,
    add_handlers,
    whole_home_words,
)
from app.understanding.said_words import unsaid_intent
from app.understanding.sentences import LanguageData, load_language, resolve_language
from app.understanding.situations import by_words, called, fitting, load_situations, routine
from app.understanding.sounds import Heard, SoundIndex
from app.understanding.spelt_letters import SpeltLetters
from app.understanding.state_reports import Reported, load_state_reports
from app.understanding.tank_levels import tank_level
from app.understanding.templates import narrowed
from app.understanding.temporal import TemporalPlanner
from app.understanding.timers import HANDLERS as TIMER_HANDLERS
from app.understanding.undoing import HANDLERS as UNDO_HANDLERS
from app.understanding.undoing import remember as remember_change
from app.understanding.vocabulary import (
    REFERENCE,
    TYPE_PREFIX,
    Vocabulary,
    build_vocabulary,
    is_spaceless,
    normalize,
    typed_plain,
    without_spaces_beside_spaceless,
)
from app.understanding.whiteness import HANDLERS as SHADE_HANDLERS

_LOGGER = logging.getLogger(__name__)

add_handlers(TIMER_HANDLERS)  # the timer intents (app/understanding/timers.py)
add_handlers(MEDIA_HANDLERS)  # which player a media command means (app/understanding/media.py)
add_handlers(CLIMATE_HANDLERS)  # thermostats by room (app/understanding/climate.py)
add_handlers(KIND_HANDLERS)  # sprinklers, robot vacuums... (app/understanding/kinds.py)
add_handlers(PLACE_HANDLERS)  # "all the lights but the hall" (app/understanding/places.py)
add_handlers(UNDO_HANDLERS)  # a typed "undo" (app/understanding/undoing.py)
add_handlers(MODE_HANDLERS)  # "put the heating on boost" (app/understanding/modes.py)
add_handlers(SHADE_HANDLERS)  # "make the lamp warmer" (app/understanding/whiteness.py)
add_handlers(APPLIANCE_HANDLERS)  # "set the hot water to 55" (app/understanding/appliances.py)

#: Longer than anything a person says to a home assistant; longer input is refused unread.
MAX_TEXT_CHARS = 500
#: Lowest rapidfuzz ratio at which a misheard phrase is replaced by a known one.
FUZZY_CUTOFF = 80.0
#: Lower bar for a phrase that shares a whole word with the known one ("front store").
FUZZY_SHARED_CUTOFF = 72.0
#: Lowest spelling similarity for a word that sounds like a known one ("cattle", "kettle").
SOUNDS_LIKE_CUTOFF = 60.0

_SPLIT = re.compile(
    r"\s*(?:[,;]\s*(?:and\s+)?then\s+|[,;]\s*and\s+|\s+and\s+then\s+|\s+then\s+|\s+and\s+also\s+"
    r"|\s+and\s+|[,;]\s*|\.\s+)"
)
_CLAUSES = re.compile(r"\s*(?:(?<!\d),|,(?!\d)|;)\s*|\.\s+")  # "22,5" is one number
#: A letter typed three times or more ("leggg", "tuurrrn"): no word of any language has that
#: unless it is known as such ("Rollladen" stays).
_TRIPLED = re.compile(r"([^\W\d_])\1{2,}")
_LEADING_JOINERS = re.compile(r"^(?:and|also|plus|oh and|then|and then|now|same for)\s+")
_TRAILING_JOINERS = re.compile(r"\s+(?:too|as well|also|please)$")
_ARTICLES: tuple[str, ...] = ("the ", "my ", "a ", "our ")
_BARE_WORDS = frozenset({"the", "my", "our", "a", "and", "also", "too"})
#: How a follow-up's device is switched like the one before it (English).
_ON_OFF_PHRASES = {"HassTurnOn": "turn on the", "HassTurnOff": "turn off the"}
#: A plural and its numbers said once: "bedrooms 2 and 3", "zones 1, 2 and 4".
_NUMBER = r"(?:\d+|[a-z]|one|two|three|four|five|six|seven|eight|nine|ten)"
_NUMBERED = re.compile(
    rf"(?<!\S)((?:\w+ ){{0,2}})(\w+)s ({_NUMBER})((?:,? {_NUMBER})*),? and ({_NUMBER})(?!\S)",
    re.IGNORECASE,
)


#: Sentences that touch the common intents; their language does not matter for the caches'
#: sake (names and numbers are what hassil compiles), only that they exercise the matcher.
_WARM_UP = (
    "turn on the light",
    "turn off the lights and lock the door",
    "set the temperature to 21",
    "is the door open",
    "dim the lamp to 30 percent",
)


class UnknownLanguageError(ConfigError):
    """No sentence data for the requested language."""


@dataclass(slots=True)
class _Match:
    outcome: Resolved | Unresolved
    text: str
    """The (possibly rewritten) text that matched."""
    slot_texts: tuple[str, ...] = ()
    """The words of the text that filled its slots, the target first ("kitchen light",
    "milk"), for carrying the rest of the sentence over to a follow-up."""
    loose: bool = False
    """Read by the loose reading (one device, one cue), not by a sentence rule."""
    reading: RecognizeResult | None = None
    """hassil's reading (intent, slots as said, response key): for the reply in the
    request's language (app/understanding/replies.py)."""
    carried: bool = False
    """Said as more of the previous command ("and the beach path")."""
    unread: tuple[str, ...] = ()
    """Parts of the sentence joined by "and" that this loose reading of the whole sentence
    left unread ("bestell eine Pizza"): shown as left out, never silently dropped."""


@functools.cache
def _greetings(language: str) -> frozenset[str]:
    """The greetings said before a command ("Moin, ..."; ``greetings`` in the language's
    ``hearth.yaml``), read once, when a sentence first has a clause before another."""
    listed = (own_data(language, "hearth.yaml") or {}).get("greetings") or ()
    return frozenset(normalize(str(w)) for w in listed)


@functools.lru_cache(maxsize=16)
def _carries_target_words(language: str) -> bool:
    """Whether a follow-up of *language* that says only a new value ("50%로 해줘", "调到30%") is
    read with the words that named the previous command's target (``carry_target_words`` in
    ``resources/sentences/<lang>/followups.yaml``): where the other ways of carrying a target do
    not reach it. Elsewhere it would only add a guess to follow-ups already asked about."""
    return bool((own_data(language, "followups.yaml") or {}).get("carry_target_words"))


_Built = TypeVar("_Built")


def _per_revision(method: Callable[[Planner], _Built]) -> Callable[[Planner], _Built]:
    """A planner method that reads only the home and the language: built once per revision of
    the home and kept until the next (a new language's joining words forget them all)."""
    name = method.__name__

    @functools.wraps(method)
    def kept(self: Planner) -> _Built:
        revision, value = self._memos.get(name, (-1, None))
        if revision != self.home.revision:
            value = method(self)
            self._memos[name] = (self.home.revision, value)
        return cast("_Built", value)

    return kept


class Planner:
    """Plans for one home in one language. Cheap to call; rebuild when the home's names change."""

    def __init__(self, home: Home, language: str = "en", *, tz: ZoneInfo | None = None) -> None:
        """*tz*: the zone reminders and calendar times are read in (None: this computer's)."""
        code = resolve_language(language)
        if code is None:
            raise UnknownLanguageError(f"no sentence data for language {language!r}")
        self.language = code
        self.home = home
        self.tz = tz if tz is not None else clock.zone()
        self._zone_given = tz is not None
        self.temporal = TemporalPlanner(home, code)
        self.data: LanguageData = load_language(code)
        self.frames = load_frames(code)
        self._joining(self.frames.joining if self.frames is not None else None)
        self.questions = load_questions(code)
        self.conditions = conditions.load_conditions(code)
        self.situations = load_situations(code)
        self.state_reports = load_state_reports(code)
        self._fillers = frozenset(normalize(w) for w in self.data.skip_words)
        #: Every word the language has for a kind of device, whether this home has one or not.
        self._kind_words = frozenset(
            word for kind in self.data.device_types for w in kind.words for word in w.split()
        )
        #: ... and those words as said whole ("bed warmer", not "bed" in "off to bed").
        self._kind_phrases = frozenset(
            normalize(w) for kind in self.data.device_types for w in kind.words
        ) | frozenset(self.data.plural_words)
        endings = case_forms.word_endings(code)
        #: The ways a room's name is said with the language's case endings ("w kuchni").
        self._case_forms = (
            functools.partial(case_forms.said_forms, endings=endings)
            if endings and case_forms.forms_rooms(code)
            else None
        )
        self._vocab_revision = -1
        self._refresh()

    def _joining(self, joining: Joining | None) -> None:
        """The language's words for joining commands and adding to the one before (English's
        unless its ``frames.yaml`` says them)."""
        self._split, self._leading, self._trailing = _SPLIT, _LEADING_JOINERS, _TRAILING_JOINERS
        self._articles, self._bare_words = _ARTICLES, _BARE_WORDS
        self._glue = joining
        self._owner_forms = owner_forms(joining.owners) if joining is not None else ()
        self._memos: dict[str, tuple[int, object]] = {}  # `_per_revision`, per joining
        self._colors = _color_names(self.data.intents)  # "rot": red
        if joining is None or self.frames is None:
            return
        self._split = joining.split()
        if joining.leading:
            self._leading = joining.leading_words()
        if joining.trailing:
            self._trailing = joining.trailing_words()
        self._articles = tuple(f"{article} " for article in sorted(self.frames.articles))
        self._bare_words = frozenset(
            [*self.frames.articles, *joining.ands, *joining.leading, *joining.trailing]
        )
        self._verbs = frozenset([*self.frames.cues, *self.frames.function_words])

    def _joined_off(self, text: str) -> str:
        """*text* without the words that join it to the command before ("and", "too")."""
        return self._trailing.sub("", self._leading.sub("", text))

    def _refresh(self) -> None:
        if self._vocab_revision == self.home.revision:
            return
        self.vocab: Vocabulary = build_vocabulary(
            self.home,
            self.data.device_types,
            english=self.language.split("-")[0] == "en",
            generic_area_words=self.data.generic_area_words,
            qualifiers=self.data.qualifiers,
            template_words=self.data.vocabulary,
            number_words=self.frames.numbers if self.frames is not None else None,
            number_sounds=self.frames.number_sounds if self.frames is not None else None,
            press_verbs=self.data.press_verbs,
            floor_directions=self.data.floor_directions,
            case_forms=self._case_forms,
            name_joiners=self.data.name_joiners,
        )
        self.resolver = Resolver(self.home, self.vocab, self.language)
        known = set(self.data.vocabulary)
        for phrase in self.vocab.words:
            known.update(phrase.split())
        framed = _frame_words(self.frames) if self.frames is not None else set()
        if self.frames is not None and self.language.split("-")[0] != "en":
            # "höj värmen två grader": a number or cue word of the language is no name misspelt
            # ("två" is not the TV). English keeps correcting them: it hears a name by its
            # sound ("the christmas three").
            known.update(framed)
        self._known_words = known
        # "lumiere" for "lumière", "salon" typed for "salón": a word typed without its accents
        # is the one known word it stands for (never where two accented words fold alike).
        folded: dict[str, set[str]] = {}
        said = set(self.data.vocabulary) - framed  # never "piec" (a stove) as "pięć" (five)
        named = {w for phrase in self.vocab.words for w in phrase.split()} - framed
        for word in known:
            bare = typed_plain(word)
            # "lumiere" is known only as the name of the rule <lumiere>; "swiatlo" only as a
            # word of a name the home writes without accents ("Swiatlo przedpokoj")
            if bare != word and (
                bare not in known
                or bare in self.data.rule_names
                or (word in said and bare not in said and bare in named)
            ):
                folded.setdefault(bare, set()).add(word)
        self._accented = {bare: next(iter(ws)) for bare, ws in folded.items() if len(ws) == 1}
        letters = self.frames.spelt_letters if self.frames is not None else {}
        self._spelt = SpeltLetters(letters, known)  # "kueche": "küche"
        self._phonetic: dict[str, list[str]] = {}
        self._home_words = frozenset(word for phrase in self.vocab.words for word in phrase.split())
        self._name_domains: dict[str, frozenset[str]] | None = None  # made when first asked
        # How many words the longest of the names the home gives its devices has.
        self._longest_name = max((len(n.split()) for n in self.vocab.real_names), default=0)
        self._sounds: SoundIndex | None = None
        if self.language.split("-")[0] == "en":  # metaphone is a model of English sounds
            self._sounds = SoundIndex.build(self.vocab.words)
            for word in sorted(known):
                if len(word) >= 3 and word.isalpha():
                    self._phonetic.setdefault(jellyfish.metaphone(word), []).append(word)
        self._vocab_revision = self.home.revision

    # -- public ------------------------------------------------------------------------------

    def warm_up(self) -> None:
        """Plan a few typical sentences once, so that hassil's caches are filled before the
        person's first command (the first plan otherwise takes a couple of hundred ms)."""
        for text in _WARM_UP:
            self.plan(text)

    def plan(
        self,
        text: str,
        *,
        area: str | None = None,
        now: object = None,
        conversation: Conversation | None = None,
    ) -> Plan:
        with keyed_replies.speaking(self.language):  # every reply in the request's language
            return self._plan_request(text, area, now, conversation)

    def _plan_request(
        self, text: str, area: str | None, now: object, conversation: Conversation | None
    ) -> Plan:
        started = time.perf_counter()
        ctx = RequestContext(area=area, conversation=conversation, tz=self.tz)
        if now is not None:
            ctx.now = now  # type: ignore[assignment]
            if not self._zone_given:
                ctx.tz = _zone_of(ctx.now, self.tz)
        ctx.now = ctx.now.astimezone(ctx.tz)
        self.resolver.typed = text  # the commas of "add eggs, milk and bread"
        tagless = questions.untagged(text, self.questions) if self.questions else None
        if tagless is not None:  # "the front door's locked, right": asked, never done
            plan = self._plan(tagless, ctx, asked=True)
            plan.text = text
        else:
            plan = self._length_answer(text, ctx) or self._plan(text, ctx)
        if plan.error is not None and plan.error.code in _NOT_FOUND and not plan.steps:
            plan = self._which_room(text) or plan  # "lights on in the bedroom": which one
        words = not_wanted.load(self.language)
        not_wanted.drop(plan, text, self.home, words, self.language)  # "don't …"
        not_now.hold(plan, text, not_now.load_not_now(self.language))  # "… when I get home"
        plan = self.temporal.events_not_state(plan, ctx, ctx.tz or self.tz)  # a calendar's events
        timers.ask_length(plan, conversation)  # "set a timer" … "For how long?" … "10 minutes"
        for step in plan.steps:
            risk.raise_risk(step, self.home)  # a scene by its members' device classes
        remember_change(plan, self.home, conversation)  # for a typed "undo"
        questions.remember_asked(plan, conversation, self.questions, self.frames)  # "and upstairs?"
        plan.language = self.language
        plan.elapsed_ms = (time.perf_counter() - started) * 1000
        return plan

    def _length_answer(self, text: str, ctx: RequestContext) -> Plan | None:
        """The timer "For how long?" asked about, when *text* answers it ("10 minutes")."""
        if not timers.length_asked(ctx.conversation):
            return None
        plan = self._plan(timers.length_answer(self.language).format(text), ctx)
        if [step.action for step in plan.steps] != ["timer.start"]:
            return None
        plan.text = text
        return plan

    # -- stages ------------------------------------------------------------------------------

    def _plan(self, text: str, ctx: RequestContext, *, asked: bool = False) -> Plan:
        self._refresh()
        if not text or not text.strip():
            return Plan.failed(
                text, ErrorCode.EMPTY, "nothing was said", keyed_replies.said("ask.nothing_heard")
            )
        if len(text) > MAX_TEXT_CHARS:
            return Plan.failed(
                text[:MAX_TEXT_CHARS],
                ErrorCode.TOO_LONG,
                f"the text is longer than {MAX_TEXT_CHARS} characters",
                keyed_replies.said("ask.too_long"),
            )
        clean = normalize(text)
        if not any(ch.isalpha() for ch in clean):
            return self._not_understood(text, clean)
        again = more_again.plan_for(text, self.home, ctx.conversation, self.language)
        if again is not None:
            return again  # "bit more" after a step: the same step once more
        temporal = self.temporal.plan(text, ctx, ctx.tz or self.tz)
        if temporal is not None and temporal.strong and not timers.helper_named(self.home, clean):
            return temporal.plan  # a reminder or the calendar (not the "Shovel reminder" timer)
        # A question is answered read-only, never turned into an action (questions.py).
        question = asked or (
            self.questions is not None
            and questions.asks(text, self.questions, self.frames, ctx.conversation)
        )
        answered = None
        if question and not self._timer_question(clean, ctx):
            # "diesel level?": the tank's sensor, not the Diesel Heater the word also names
            tank = tank_level(text, self.home, self.language)
            answered = tank or self._answer_question(text, ctx)
        if isinstance(answered, Resolved):
            return self._answered(text, answered, ctx)
        halved = with_halves(text, self.frames.numbers if self.frames else {}, self.language)
        plan = self._plan_devices(halved, normalize(halved), ctx)  # "twenty one and a half"
        plan.text = text
        if self._reads_other_kind(plan, text):
            # "есть ли шум в гараже": the sound sensors, never the garage's light
            plan = self._not_understood(text, clean)
        elif self.questions is None or self.questions.partial:
            plan = self._read_of_kind(plan, text, ctx)  # "vai telefons ir savienots"
        if plan.error is not None and plan.error.code in _NOTHING_READ:
            plan = self._routine(text, clean, ctx) or plan  # "warm the car up": a script's name
        partly = self.questions is None or self.questions.partial  # asked_by_name reads the rest
        if plan.error is not None and partly and _read_instead(plan.error.code, question):
            plan = self._asked_by_name(text, ctx) or plan  # "detecteert de Rookmelder rook"
        if temporal is not None and _takes_over(plan, temporal.plan) and not self._names(clean):
            return temporal.plan  # "push dinner to 8": no device command was understood
        if not question and plan.error is not None and plan.error.code in _NOTHING_READ:
            reading = self._reading_said(text, ctx)  # "coop door battery": its level, read
            if reading is not None:
                return reading
        if question:
            return questions.settle(plan, answered)
        return plan

    def _reading_said(self, text: str, ctx: RequestContext) -> Plan | None:
        """The answer to *text*, a sentence nothing read as a command, read as the question
        it says without a question's words ("bathroom humidity", "main door lock battery how
        much"; :func:`questions.said_as_reading`), or None."""
        if self.questions is None or not questions.may_be_reading(text, self.questions):
            return None
        answered = self._answer_question(text, ctx)
        if not isinstance(answered, Resolved) or not questions.said_as_reading(
            text, self.questions, self.frames, answered, self.home
        ):
            return None
        return self._answered(text, answered, ctx)

    def _reads_other_kind(self, plan: Plan, text: str) -> bool:
        """Whether *plan* only reads devices and *text* says what a binary sensor senses,
        which they are not (app/understanding/asked_by_name.py ``kind_contradicted``)."""
        if plan.error is not None or not plan.steps:
            return False
        if any(step.action != "state.get" for step in plan.steps):
            return False
        targets = [t for step in plan.steps for t in step.targets]
        return kind_contradicted(text, self.language, self.vocab, self.home, targets)

    def _read_of_kind(self, plan: Plan, text: str, ctx: RequestContext) -> Plan:
        """*plan*, or, where it reads several sensors of which only some sense what *text*
        says, the reading of those alone ("vai telefons ir savienots": of the sensors called
        "Telefons", the connectivity one; app/understanding/asked_by_name.py ``kind_among``)."""
        if plan.error is not None or any(step.action != "state.get" for step in plan.steps):
            return plan
        targets = {t for step in plan.steps for t in step.targets}
        if not kind_among(text, self.language, self.home, sorted(targets)):
            return plan
        narrowed = self._asked_by_name(text, ctx)
        if narrowed is None or narrowed.error is not None:
            return plan
        kept = {t for step in narrowed.steps for t in step.targets}
        return narrowed if kept and kept < targets else plan

    def _asked_by_name(self, text: str, ctx: RequestContext) -> Plan | None:
        """A sensor or person named, or what binary sensors sense, in a sentence nothing
        else read, in a language without Hearth's question rules: their state, read
        (app/understanding/asked_by_name.py)."""
        bare = without_room(text, self.vocab)
        if bare is not None:  # "zamknij bramę wjazdową w ogrodzie": the gate, in the garden
            plan = self._plan_devices(bare[0], normalize(bare[0]), ctx)
            targets = [self.home.get(t) for step in plan.steps for t in step.targets]
            if plan.error is None and targets and all(e and e.area == bare[1] for e in targets):
                plan.text = text
                return plan
        question = asked(text, self.language, self.vocab, self.home)
        if question is None:
            # "este încuiată ușa câinelui": the home's words as the home writes them (the
            # "Usa cainelui"), said with an ending or accents the name has not.
            clean = normalize(text)
            placed = said_places.as_home_says(clean, self.vocab, self.language)
            if placed != clean:
                question = asked(placed, self.language, self.vocab, self.home)
        if question is None:
            return None
        intent, values = question
        slots = Slots(values=values, area_from_context=False)
        outcome = self.resolver.resolve(IntentMatch(intent, slots, text), ctx)
        return self._answered(text, outcome, ctx) if isinstance(outcome, Resolved) else None

    def _timer_question(self, clean: str, ctx: RequestContext) -> bool:
        """Whether a question that says "timer" is read by the timer rules ("how long's left
        on the bath timer" is the bath timer's, not a Bath Time scene's)."""
        if not timers.says_timer(clean):
            return False
        match = self._match(clean, ctx, loose=False)
        return match is not None and isinstance(match.outcome, Resolved) and _has_timer(match)

    def _answer_question(self, text: str, ctx: RequestContext) -> Resolved | Unresolved | None:
        frames = question_frames(self.language)
        if self.questions is None or frames is None:
            return None
        owned = self._owned(self._question_as_written(normalize(text)))  # "Tapparella Marco"
        if (dropped := self._kinds_left_out(owned)) != owned:  # "speelhoekventilator"
            owned = self._room_unglued(dropped)
        owned = joined_names.as_named(  # "la lampada da lettura": Lampada lettura
            owned, joined_names.joiners(self.language), self.vocab.entities_by_name.keys()
        )
        owned = joined_names.as_named_turned(  # "the ph of the pool": Pool pH
            owned, joined_names.turning_joiners(self.language), self.vocab.entities_by_name.keys()
        )
        if owned != normalize(text):
            text = owned
        return questions.answer(text, ctx, self.resolver, self.questions, frames)

    def _question_as_written(self, clean: str) -> str:
        """*clean* with the words of the home's names said with a case ending written as the
        home writes them ("ile lampek nocnych się świeci?": the "Lampka nocna"), but for the
        words the question rules know themselves (kinds, states: "lampek", "świateł"), unless
        they are said as a word of a name ("lampek nocnych")."""
        data = self.questions
        words = clean.split()
        if data is None or not case_forms.word_endings(self.language):
            return clean
        home_words = {word for phrase in self.vocab.words for word in phrase.split()}
        written = case_forms.as_written(words, home_words, self.language)
        if written is None:
            return clean
        known = {**data.kinds, **data.states, **data.tags}
        names = [f" {phrase} " for phrase in self.vocab.words]

        def in_name(i: int) -> bool:
            pairs = (written[i - 1 : i + 1] if i else [], written[i : i + 2])
            return any(len(p) == 2 and any(f" {p[0]} {p[1]} " in n for n in names) for p in pairs)

        return " ".join(
            w if w in known and not in_name(i) else written[i] for i, w in enumerate(words)
        )

    def _reported(self, text: str, ctx: RequestContext, reported: Reported) -> Plan | None:
        """The plan for *text*, whose clauses report a device's state (state_reports.py),
        never that same state again. Said alone, the reports are answered as the questions of
        their states ("the kettle's on": is it?); beside a complaint or a wish, each is read as
        the command that changes its state ("it's muggy in here, the vent's been shut all
        day": open the vent), asked about first. None where a report names no device of the
        home ("the match is on, put the tv on"): the sentence is read as usual."""
        if not reported.remarks:
            if self.questions is None:
                return None
            answers = [self._answer_question(r.question, ctx) for r in reported.reports]
            read = [a for a in answers if isinstance(a, Resolved) and a.steps]
            if len(read) != len(answers) or not all(s.read_only for a in read for s in a.steps):
                return None
            replies = [a.reply for a in read if a.reply]
            return self._answered(
                text,
                Resolved(
                    steps=[s for a in read for s in a.steps],
                    reply=" ".join(replies) or None,
                    targets=[t for a in read for t in a.targets],
                ),
                ctx,
            )
        changes = reported.changes
        changed = self._plan_devices(changes, normalize(changes), ctx, instead=False)
        if changed.error is not None or not changed.steps:
            return None
        plan = self._plan_devices(reported.whole, normalize(reported.whole), ctx, instead=False)
        if plan.error is not None or not plan.steps:
            plan = changed
            note = _left_out(list(reported.remarks))
            plan.reply = f"{plan.reply} {note}" if plan.reply else note
        plan.text = text
        plan.loose = True  # a reading of what the report asks for: asked first
        return plan

    def _answered(self, text: str, answered: Resolved, ctx: RequestContext) -> Plan:
        plan = Plan(text=text, planner=PlannerName.LOCAL, steps=answered.steps)
        plan.reply = answered.reply
        conversation = ctx.conversation
        if conversation is not None:
            conversation.turns += 1
            if answered.targets:
                conversation.last_targets = list(answered.targets)
                conversation.last_command = normalize(text)  # "and the kitchen one?"
        return plan

    def _names(self, clean: str) -> bool:
        """Whether *clean* names a device or room of the home (then it is about the home)."""
        padded = f" {clean} "
        return any(f" {name} " in padded for name in self.vocab.entities_by_name) or any(
            f" {word} " in padded for word in self.vocab.area_by_word
        )

    def _plan_devices(
        self, text: str, clean: str, ctx: RequestContext, *, instead: bool = True
    ) -> Plan:
        left = self.situations.left if self.situations is not None and instead else None
        undone = left.clauses(text) if left is not None else None
        if undone is not None:
            # "Someone's left the back door unlocked", "we don't need the aircon any more":
            # read as "lock the back door", "turn off the aircon".
            commands, alone, remarks = undone
            plan = self._plan_devices(commands, normalize(commands), ctx, instead=False)
            if plan.error is not None and remarks:
                # "It's light out now, the yard light can go off": the command alone, with
                # the remark shown as left out and the plan asked about first.
                only = self._plan_devices(alone, normalize(alone), ctx, instead=False)
                if only.error is None:
                    plan = only
                    plan.loose = True
                    note = _left_out(remarks)
                    plan.reply = f"{plan.reply} {note}" if plan.reply else note
            if all(step.action in _UNDOING for step in plan.steps):
                plan.text = text
                return plan
            # Never less safe than it was ("someone left the alarm on" disarms nothing): the
            # sentence is read as it was said.
            return self._plan_devices(text, clean, ctx, instead=False)
        reported = self.state_reports.read(text) if self.state_reports and instead else None
        if reported is not None and (changed := self._reported(text, ctx, reported)):
            return changed  # "the vent's been shut all day": the state is the problem
        situation = self._situation(text, clean, ctx)
        if situation is not None:
            return situation  # "we're heading out": the Leaving Home scene
        own = conditions.own_room_plan(text, ctx, self.resolver, self.conditions)
        if own is not None:
            return own  # "it's boiling in the bedroom": its fan, not the floor's thermostat
        clean = self._pronouns(self._both(clean, ctx.conversation), ctx.conversation)
        text, clean = self._numbered_rooms(text), self._numbered_rooms(clean)
        text, clean = self._owner_for_pronoun(text), self._owner_for_pronoun(clean)

        # Commas end clauses; normalising drops them, so split first.
        clause_texts = _CLAUSES.split(as_clauses(text, self.language))  # "티비 끄고 …"
        greeting = self._greeting(clause_texts)
        if greeting:  # "Moin, mach mal Licht in der Küche": the command after the greeting
            clause_texts = clause_texts[1:]
            clean = clean.removeprefix(f"{greeting} ") if clean != greeting else clean
        parts = [
            part
            for clause in clause_texts
            for part in self._split.split(normalize(clause))
            if part.strip() and part.strip() not in self._fillers  # "actually, ..."
        ]
        clauses = len(clause_texts) > 1 or " then " in f" {clean} "
        # A clause of its own may be a remark ("we're off out, set the alarm"); a part
        # joined by "and" is always something asked for.
        whole = frozenset(normalize(c) for c in clause_texts) if len(clause_texts) > 1 else None
        matches = self._understand(clean, ctx, parts, clauses=clauses, remarks=whole)
        if self._glue is not None:
            matches = self._as_home_names_said(clean, ctx, parts, matches, clauses, whole)
        there = self._in_there(clean)
        if there != clean and ctx.conversation and not _resolved(matches):
            # "now the ceiling fan up there too": the room of what was just acted on.
            retry = self._understand(
                there, ctx, [self._in_there(p) for p in parts], clauses=clauses, remarks=whole
            )
            if _resolved(retry):
                matches = retry
        imperative = asked_gerund.as_imperative(clean, self.language)
        if imperative != clean and (not _resolved(matches) or all(m.loose for m in matches or ())):
            # "would you mind shutting the saloon blind": the plain verb for its -ing form
            retry = self._understand(
                imperative,
                ctx,
                [asked_gerund.as_imperative(p, self.language) for p in parts],
                clauses=clauses,
                remarks=whole,
            )
            if _resolved(retry) and not all(m.loose for m in retry or ()):
                matches = retry
        named_there = self._there_named(clean) if len(clause_texts) > 1 else None
        if named_there is not None and (
            not _resolved(matches) or all(m.loose for m in matches or ())
        ):
            # "we've finished on the terrace, turn the lights off out there": the one room
            # the sentence names, for its "out there".
            retry = self._understand(
                self._there_as(clean, named_there),
                ctx,
                [self._there_as(p, named_there) for p in parts],
                clauses=clauses,
                remarks=frozenset(self._there_as(c, named_there) for c in whole or ()) or None,
            )
            if _resolved(retry) and not all(m.loose for m in retry or ()):
                matches = retry
        placed = said_places.as_home_says(clean, self.vocab, self.language)

        def placed_reading() -> list[_Match] | None:
            """The sentence read with its places said as the home says them."""
            placed_parts = [said_places.as_home_says(p, self.vocab, self.language) for p in parts]
            return self._understand(placed, ctx, placed_parts, clauses=clauses, remarks=whole)

        # A loose guess gives way to a rule's reading of the words as the home says them.
        loosely = _resolved(matches) and all(m.loose for m in matches or ())
        if placed != clean and (not _resolved(matches) or loosely):
            # "turn on the lights out the back": the place as the home says it (the garden).
            retry = placed_reading()
            asks = (
                matches is None
                and retry is not None
                and case_forms.parts_of_names(self.language)
                and all(_asks_which(m) for m in retry)
            )  # "άναψε τον ανεμιστήρα οροφής" with two such fans: which one, asked
            if (_resolved(retry) or asks) and not (loosely and all(m.loose for m in retry or ())):
                matches = retry
                if case_forms.read_as_one(clean.split(), placed.split(), self.language):
                    for match in matches or ():
                        match.loose = True  # "zamknij rolety": the "Roleta", or all of them?
        if (
            placed != clean
            and _resolved(matches)
            and case_forms.names_first(self.language)
            and not any(m.loose for m in matches or ())
            and not case_forms.read_as_one(clean.split(), placed.split(), self.language)
        ):
            # Hungarian "kapcsold fel a nappali lámpát": the "Nappali lámpa" said with its
            # ending, not every light of the Nappali the rule for a room's lights read.
            retry = placed_reading()
            if _narrower(retry, matches):
                matches = retry
        endings = case_forms.word_endings(self.language)
        if (
            placed != clean
            and endings
            and self._glue is not None
            and (not _resolved(matches) or all(m.loose for m in matches or ()))
        ):
            # "зажги лампу у бабушки": the owner said as their room once the words are as the
            # home writes them ("лампа" of the "Лампа" in the "Комната бабушки").
            placed_parts = [said_places.as_home_says(p, self.vocab, self.language) for p in parts]
            matches = self._as_home_names_said(placed, ctx, placed_parts, matches, clauses, whole)
        corrected = False
        if matches and all(m.loose for m in matches) and (listed := self._listed_fix(clean)):
            # A loose guess ("garage lite" as the garage door) where a word is one speech
            # recognition is known to mishear: the corrected words read by a rule come first.
            retry = self._understand(
                listed, ctx, [self._listed_fix(p) or p for p in parts], clauses=clauses
            )
            if _resolved(retry) and retry is not None and not any(m.loose for m in retry):
                matches, corrected = retry, True
        if not _resolved(matches):
            # Nothing, or only a question back ("which lamp?"): maybe a word was misheard.
            fixed = self._correct(clean)
            outcomes = [m.outcome for m in matches or ()]
            if (
                fixed is not None
                and fixed != clean
                and unknown.may_correct(outcomes, clean, fixed, self._lexicon(), parts)
            ):
                fixed_parts = [self._correct(part) or part for part in parts]
                retry = self._understand(fixed, ctx, fixed_parts, clauses=clauses, remarks=whole)
                fixed_placed = said_places.as_home_says(fixed, self.vocab, self.language)
                if not _resolved(retry) and fixed_placed != fixed:
                    # "sla av lyset pa kjokkenet": the corrected "kjøkkenet" as the home says
                    # it ("Kjøkken"), as the words said right are read.
                    placed_fix = [
                        said_places.as_home_says(p, self.vocab, self.language) for p in fixed_parts
                    ]
                    retry = self._understand(
                        fixed_placed, ctx, placed_fix, clauses=clauses, remarks=whole
                    )
                if _resolved(retry) or matches is None:
                    matches, corrected = retry, retry is not None
        if not _resolved(matches) and placed != clean and endings:
            # "otworz markize": typed without accents, the home's words as the home writes
            # them ("markiza") and the language's words with their accents ("otwórz").
            folded = self._with_accents(placed)
            if folded != placed:
                folded_parts = [
                    self._with_accents(said_places.as_home_says(p, self.vocab, self.language))
                    for p in parts
                ]
                retry = self._understand(folded, ctx, folded_parts, clauses=clauses, remarks=whole)
                if _resolved(retry):
                    matches, corrected = retry, True
        sounded: tuple[tuple[str, str], ...] = ()
        if not _resolved(matches) and (heard := self._heard(clean)) is not None:
            # "turn on the flaw lamp": no spelling is near, but the sound is one name's.
            heard_parts = [h.text if (h := self._heard(part)) else part for part in parts]
            retry = self._understand(heard.text, ctx, heard_parts, clauses=clauses, remarks=whole)
            if _resolved(retry):
                matches, corrected, sounded = retry, True, heard.swaps
        if self._remark_read_as_asked(text, matches):
            # Romanian "e frig în birou": a complaint, which a rule reads as the question of
            # the room's temperature; said with a question mark or a question's words, it asks.
            felt = conditions.plan_for(text, ctx, self.resolver, self.conditions)
            if felt is not None and felt.error is None:
                return felt
        if matches is None or _not_found(matches) or _loosely_asked(matches):
            # "It's pitch black in the garage": a condition of a place, said when no rule
            # read the sentence (app/understanding/conditions.py); "Lily needs more light",
            # which a loose reading only asks about, when the condition tells which.
            felt = conditions.plan_for(text, ctx, self.resolver, self.conditions)
            if felt is not None and (felt.error is None or not _loosely_asked(matches)):
                # Where a loose reading guessed, the condition's plan is a guess as well.
                felt.loose = felt.error is None and any(
                    isinstance(m.outcome, Resolved) or _guess_not_done(m) for m in matches or ()
                )
                return felt
            if matches is None or _not_found(matches):
                # "I've sent the invoice to Acme": the item on a list that says it.
                done = done_items.plan_for(text, self.home, self.language)
                if done is not None:
                    return done
        if matches is None and (
            shared := self._shared_name(clean) or (placed != clean and self._shared_name(placed))
        ):
            # "Nachttischlampe an" with Anna's and Jonas's: which one, asked; "kapcsold fel a
            # lámpát" (the words as the home writes them) among eight lamps, too.
            matches = [_Match(self.resolver._ambiguous(shared), clean)]
        if matches is None:
            return self._not_understood(text, clean, parts)

        plan = Plan(text=text, planner=PlannerName.LOCAL)
        for match in matches:
            if isinstance(match.outcome, Unresolved):
                plan.steps = []
                plan.error = _error(match.outcome)
                english = match.outcome.reply or match.outcome.message
                plan.reply = self._said(match, english, ctx)
                return plan
        replies = []
        targets: list[str] = []
        for match in matches:
            outcome = match.outcome
            assert isinstance(outcome, Resolved)
            steps = outcome.steps
            if len(matches) > 1:
                # "There's water in the basement, shut it off": a step two clauses both ask
                # for is planned once.
                planned = {(s.action, tuple(s.targets), repr(s.params)) for s in plan.steps}
                steps = [
                    s for s in steps if (s.action, tuple(s.targets), repr(s.params)) not in planned
                ]
                for step in steps:
                    step.depends_on_previous = bool(plan.steps) and _is_sequenced(clean)
            plan.steps.extend(steps)
            if outcome.reply:
                replies.append(self._said(match, outcome.reply, ctx))
            targets = outcome.targets or targets
        plan.steps = timers.merge_changes(plan.steps)  # a timer's change said in clauses
        left_out = [
            clause
            for clause in sorted(whole or (), key=clean.find)
            if clause and not any(clause in m.text or m.text in clause for m in matches)
        ]
        left_out += [part for m in matches for part in m.unread if part not in left_out]
        if left_out:
            # A remark beside the command is shown as left out, never silently dropped, and
            # the plan is asked about first: the remark may have meant something ("arm the
            # alarm, we're going to bed" is the night mode).
            replies.append(_left_out(left_out))
        for said, meant in sounded:
            # A guess by sound is said, so the person sees why the plan asks first.
            replies.append(
                keyed_replies.said("note.sounds_alike", said=said, meant=self._display(meant))
            )
        plan.reply = " ".join(replies) or None
        _restore_case(plan, text, self.home)
        _join_item_pronouns(plan)
        if corrected:
            plan.corrected = True
        # A guess (a rule read loosely, or a handler's best guess) is asked about first.
        plan.loose = bool(left_out) or any(
            m.loose or (isinstance(m.outcome, Resolved) and m.outcome.unsure) for m in matches
        )
        # "The kitchen lights at 7": the level, or seven o'clock? Asked first.
        plan.loose = plan.loose or level_or_time.said_like_a_time(text, plan.steps, self.language)
        if (plan.loose or corrected) and self._other_kind(clean, plan.steps):
            # A guess at a device of no kind the sentence says ("the kitchen fan" as the
            # Kitchen Ceiling light, "the lights in the sauna" as a scene): none such here.
            return Plan.failed(
                text,
                ErrorCode.NO_TARGET,
                "no device of the kind said",
                keyed_replies.said("missing.matching"),
            )
        self._remember(ctx.conversation, matches[-1], targets)
        return plan

    def _other_kind(self, clean: str, steps: list[Step]) -> bool:
        """Whether *clean* says a kind of device ("fan", "lights") and every device *steps*
        change is of a domain none of the kinds said has, nor called by their words."""
        padded = f" {clean} "
        said = [
            (word, kind)
            for kind in self.data.device_types
            for word in kind.words
            if f" {word} " in padded or f" {word}s " in padded
        ]
        targets = [self.home.get(t) for step in steps if not step.read_only for t in step.targets]
        if not said or not targets or any(e is None for e in targets):
            return False

        def fits(entity: Entity) -> bool:
            # Spaces aside: "the de humidifier" heard for the Dehumidifier is called so.
            names = [normalize(n).replace(" ", "") for n in (entity.name, *entity.aliases)]
            return any(
                entity.domain in kind.all_domains
                or any(word.removesuffix("s").replace(" ", "") in n for n in names)
                for word, kind in said
            )

        return not any(fits(e) for e in targets if e is not None)

    def _greeting(self, clause_texts: list[str]) -> str | None:
        """The first of *clause_texts* as said, normalised, where it is one of the language's
        greetings ("Moin", "hallo Hearth") said before something else, and no device or
        scene of the home is called so; None otherwise."""
        if len(clause_texts) < 2 or not any(c.strip() for c in clause_texts[1:]):
            return None
        first = normalize(clause_texts[0])
        if first not in _greetings(self.language):
            return None
        if any(normalize(e.name) == first for e in self.home.exposed()):
            return None
        return first

    def _understand(
        self,
        text: str,
        ctx: RequestContext,
        parts: list[str],
        *,
        clauses: bool = False,
        remarks: frozenset[str] | None = None,
    ) -> list[_Match] | None:
        # No sentence rule spans a comma or "then": such text is read clause by clause only,
        # except for a timer's length ("a timer for 1 hour, 15 minutes, and 30 seconds").
        # The clauses are read first, so the whole text (a full search that finds nothing) is
        # only read when they do not all resolve or a timer is among them.
        compound = None
        if clauses and len(parts) > 1:
            compound = self._compound(parts, ctx, remarks)
            if compound is not None and all(
                isinstance(m.outcome, Resolved) and not _has_timer(m) for m in compound
            ):
                return compound
        whole = self._match(text, ctx, loose=False)
        bare = self._joined_off(text)
        if bare != text and (whole is None or not isinstance(whole.outcome, Resolved)):
            # "turn on the lights in there too", "and make it swing": the same command,
            # said as an addition. A name alone ("and the telly") takes the previous
            # command's verb instead (the follow-up below), not "turn on".
            added = self._match(bare, ctx, loose=False)
            if added is not None and not (
                ctx.conversation
                and (_is_bare(bare, added, self._bare_words) or self._only_named(bare, added))
            ):
                whole = added
        if clauses and len(parts) > 1 and compound is not None and not _one_timer(whole):
            # Every clause was read: the whole text is no other command. When one was not
            # ("Roborock, go home": a name called out), the whole text may still be.
            whole = None
        if whole is not None and isinstance(whole.outcome, Resolved):
            return [whole]
        if len(parts) > 1:
            if compound is None and not clauses:
                compound = self._compound(parts, ctx, remarks)
            if compound is not None:
                return compound
        followup = self._followup(text, ctx)
        if followup is not None:
            followup.carried = True
            return [followup]
        if _asks_back(whole):
            return [whole] if whole is not None else None
        loose = self._loose(text, ctx)
        if loose is not None and isinstance(loose.outcome, Resolved):
            if len(parts) > 1:
                # "mach das Licht an und bestell eine Pizza": a part nothing reads is said
                # as left out beside the guess, which is asked about first anyway.
                loose.unread = tuple(
                    p for p in parts if not self._names(p) and self._match(p, ctx) is None
                )
            return [loose]
        best = whole or loose
        return [best] if best is not None else None

    def _compound(
        self, parts: list[str], ctx: RequestContext, remarks: frozenset[str] | None = None
    ) -> list[_Match] | None:
        matches: list[_Match] = []
        previous: _Match | None = None
        skipped = False
        tailed_at: list[int] = []  # the parts read with the last part's noun
        why: list[int] = []  # the parts said only as why, each read by a rule
        said_last = _STATE_AT_END.search(parts[-1]) if len(parts) > 1 else None
        state_last = said_last.group(1) if said_last else self._color_at_end(parts)
        named_only = said_last is None  # a colour or level is lent only to a device said alone
        for index, part in enumerate(parts):
            if previous is not None and isinstance(previous.outcome, Resolved):
                # "turn on the sofa lamp and dim it": "it" is what the previous part named.
                ctx = replace(ctx, conversation=Conversation("compound", previous.outcome.targets))
            match = self._match(part, ctx)
            if (
                state_last is not None
                and index + 1 < len(parts)
                and (match is None or _is_bare(part, match, self._bare_words))
                and not (named_only and match is None)
            ):
                # "fan and aircon off in the lounge": the state said last is every device's,
                # never "on" for a device said alone ("strip and pendant purple": both purple).
                stated = self._match(f"{part} {state_last}", ctx)
                match = stated if stated is not None else match
            if previous is not None and (
                match is None
                or _is_bare(part, match, self._bare_words)
                or self._only_named(part, match)
            ):
                # A part that is only a device takes the previous verb: in "turn off the hall
                # light and the desk lamp", "the desk lamp" alone would mean "turn on".
                match = self._carry(previous, part, ctx) or match
            if match is None and previous is not None:
                match = self._set_it(previous, part, ctx)
            aside = (
                remarks is not None
                and part in remarks
                and (self._said_why(part) or self._echoes(part, parts))
            )
            if match is None and index + 1 < len(parts) and not aside:
                # "turn off the kitchen and living room lights": the noun comes at the end
                # (never a remark's: "i'm off to bed, turn off the landing light").
                tail = parts[-1].split()[-1]
                tailed = self._match(f"{part} {tail}", ctx)
                match = tailed if tailed is None or not tailed.loose or remarks is None else None
                if match is not None and isinstance(match.outcome, Resolved):
                    tailed_at.append(len(matches))
            if index + 1 < len(parts) and _asks_which(match) and (room := self._room_at_end(parts)):
                # "turn off the lamp and the ceiling light in the annex": the room said last
                # is the first device's too, when it alone is one of several.
                placed = self._match(f"{part} {room}", ctx)
                if placed is not None and isinstance(placed.outcome, Resolved):
                    match = placed
            if match is None and aside:
                skipped = True
                continue  # "we're off out, set the alarm": said by the way, asks for nothing
            if match is None:
                return None
            if aside and self.conditions is not None and conditions.find(part, self.conditions):
                why.append(len(matches))
            matches.append(match)
            previous = match
        if why and len(why) < len(matches):
            # "turn it off, it's too loud", "it's freezing, put the heating on": a feeling
            # said in a clause of its own beside a command says why, and asks for nothing
            # else (never the player the loudness would otherwise turn down).
            commands = [m for at, m in enumerate(matches) if at not in why]
            if all(isinstance(m.outcome, Resolved) for m in commands):
                matches, skipped = commands, True
        if skipped and not all(isinstance(m.outcome, Resolved) for m in matches):
            return None  # a remark is left out only beside a command fully understood
        if any(_same_devices(matches[at], matches[-1]) for at in tailed_at):
            # "выключи гирлянду и закрой рольставни": the last part's noun lent to a part
            # that named no device found only the last part's device, planned twice.
            return None
        return matches or None

    def _color_at_end(self, parts: list[str]) -> str | None:
        """The colour or percentage the last of several parts ends with after something else
        ("pendant purple", "floor lamp to 50%"), in the language's colour words: a part before
        it that is only a device takes it too; None where the last part ends with neither."""
        if len(parts) < 2:
            return None
        level = _PERCENT_AT_END.search(parts[-1])
        if level is not None:
            return level.group(1)
        words = parts[-1].split()
        for size in (2, 1):
            said = " ".join(words[-size:])
            if len(words) > size and normalize(said) in self._colors:
                return said
        return None

    def _remark_read_as_asked(self, text: str, matches: list[_Match] | None) -> bool:
        """Whether a sentence rule read *text* only as asking for a reading
        (:data:`_READINGS_ASKED`) while it opens as a remark the language's conditions.yaml
        says a rule reads so (``remarks_read_as_asked``: "e frig în birou"), says how a place
        feels, and is no question: no question mark, no question's words."""
        if not matches or self.conditions is None or text.rstrip().endswith("?"):
            return False
        said = normalize(text)
        if not any(said.startswith(f"{w} ") for w in _remarks_read_as_asked(self.language)):
            return False
        if not all(
            m.reading is not None and m.reading.intent.name in _READINGS_ASKED for m in matches
        ):
            return False
        if self.questions is not None and questions.is_question(text, self.questions, self.frames):
            return False
        return conditions.find(text, self.conditions) is not None

    def _shared_name(self, clean: str) -> list[Entity]:
        """The devices whose names start or end with the words a command said as a device's
        name, when there are several of one kind and no device has that name alone
        ("Nachttischlampe an" for "Nachttischlampe Anna" and "Nachttischlampe Jonas"); the
        other words must all be the language's cue and little words. English reads such
        names in its vocabulary; the other languages ask which one is meant."""
        frames = self.frames
        if self._glue is None or frames is None:
            return []
        words = clean.split()
        little = frames.function_words | frames.articles | frames.percent
        for size in (3, 2, 1):  # "lampe de chevet" of "Lampe de chevet Claire"
            for start in range(len(words) - size + 1):
                said = " ".join(words[start : start + size])
                rest = [*words[:start], *words[start + size :]]
                if said in self.vocab.entities_by_name or said in little or said in frames.cues:
                    continue
                if not rest or not all(w in little or w in frames.cues for w in rest):
                    continue
                found = [e for e in self.home.exposed() if _starts_or_ends(normalize(e.name), said)]
                if len(found) >= 2 and len({e.domain for e in found}) == 1:
                    return found
        return []

    def _as_home_names_said(
        self,
        clean: str,
        ctx: RequestContext,
        parts: list[str],
        matches: list[_Match] | None,
        clauses: bool,
        whole: frozenset[str] | None,
    ) -> list[_Match] | None:
        """*matches*, or where they are unsure, the reading of *clean* with a device said
        with its owner or its room glued to its kind as the home names it ("ferme le volet
        de Léo": "Volet Léo"), else with the first or last words of one device's name said
        for it ("Dyson"); a loose reading of a rewritten sentence is asked about first."""
        for rewrite in (self._owned_or_unglued, self._whole_names):
            if _resolved(matches) and not all(m.loose for m in matches or ()):
                return matches
            if rewrite == self._whole_names and any(_asks_which(m) for m in matches or ()):
                continue  # "la lampe de la chambre" asked which: no name's first word guessed
            said = rewrite(clean)
            if said == clean:
                continue
            retry = self._understand(
                said, ctx, [rewrite(p) for p in parts], clauses=clauses, remarks=whole
            )
            rules = retry is not None and not any(m.loose for m in retry)
            if _resolved(retry) and (rules or not _resolved(matches)):
                matches = retry
        return matches

    def _owned_or_unglued(self, text: str) -> str:
        return self._room_unglued(self._owned(self._kinds_left_out(text)))

    def _kinds_left_out(self, text: str) -> str:
        """*text* with a word for a kind said after a device's name of that kind left out
        ("speelhoekventilator": "speelhoek"), as the language's ``name_kinds`` say."""
        kinds = self._glue.name_kinds if self._glue is not None else {}
        if not kinds:
            return text
        if self._name_domains is None:  # once per home revision, not per sentence
            self._name_domains = {
                name: frozenset(e.domain for e in map(self.home.get, ids) if e is not None)
                for name, ids in self.vocab.entities_by_name.items()
            }
        rooms = (normalize(a.name) for a in self.home.areas.values())
        return name_kinds.kinds_left_out(text, kinds, self._name_domains, rooms)

    def _whole_names(self, text: str) -> str:
        """*text* with the first or last words of one device's name said for it ("Dyson" for
        "Dyson Pure Cool", "tradfri bulb" for "TRADFRI bulb E27") as that whole name, when no
        other device's name starts or ends so and the words are no room's, kind's or little
        words of the language (English reads such names in its vocabulary)."""
        frames = self.frames
        if self._glue is None or frames is None:
            return text
        little = frames.function_words | frames.articles | frames.percent
        words = text.split()
        question: bool | None = None  # whether *text* reads as a question: asked once
        named = [False] * len(words)  # words of a whole name said already
        for size in range(min(self.vocab.longest, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                if " ".join(words[start : start + size]) in self.vocab.entities_by_name:
                    named[start : start + size] = [True] * size
        for size in (3, 2, 1):
            for start in range(len(words) - size + 1):
                said = " ".join(words[start : start + size])
                if any(named[start : start + size]) or (
                    said in self.vocab.entities_by_name
                    or said in self.vocab.area_by_word
                    or any(
                        w in little or w in frames.cues or w in self._kind_words
                        for w in said.split()
                    )
                    or any(ch.isdigit() for ch in said)
                ):
                    continue
                found = [e for e in self.home.exposed() if _starts_or_ends(normalize(e.name), said)]
                if len(found) == 1 and all(w in self.data.vocabulary for w in said.split()):
                    # "Licht" of "Hobbyraum Licht": words of the language's sentences stand for
                    # the name only with its other words said too ("la serrure de la cave" for
                    # "Serrure cave"); "Licht an" is no command for that one light. A question
                    # only reads ("¿hay algún movimiento?": the one motion sensor), so there
                    # the word stands for the one device it ends.
                    if question is None:
                        question = self._reads_as_question(text)
                    rest = set(normalize(found[0].name).split()) - set(said.split())
                    if not question and not rest <= set(words):
                        continue
                if len(found) == 1:
                    words[start : start + size] = normalize(found[0].name).split()
                    return " ".join(words)
        return text

    def _reads_as_question(self, text: str) -> bool:
        """Whether *text* reads as a question of the language (answered, never acted on)."""
        return self.questions is not None and questions.is_question(
            text, self.questions, self.frames
        )

    def _room_unglued(self, text: str) -> str:
        """*text* with a room's name glued before a kind of device or a device's name said
        apart, as the language's *compound_room* says it ("wohnzimmerlicht": "licht im
        wohnzimmer"); only where the rest is such a word, else *text*."""
        form = self._glue.compound_room if self._glue is not None else ""
        if not form:
            return text
        links = self._glue.compound_links if self._glue is not None else ()
        names = {normalize(a.name) for a in self.home.areas.values()}
        spelt = self.frames.spelt_letters if self.frames is not None else {}
        rooms = sorted(
            {(self._spelt_out(n, spelt), n) for n in names} | {(n, n) for n in names},
            key=lambda r: len(r[0]),
            reverse=True,
        )
        return " ".join(self._room_word(word, rooms, form, links) for word in text.split())

    @staticmethod
    def _spelt_out(name: str, spelt: dict[str, str]) -> str:
        """*name* with its letters the language may write out in two written so ("küche":
        "kueche"), as in "Kuechenlicht"."""
        for plain, letter in spelt.items():
            name = name.replace(letter, plain)
        return name

    def _room_word(
        self, word: str, rooms: list[tuple[str, str]], form: str, links: Sequence[str]
    ) -> str:
        for said_as, room in rooms:
            glued = word.removeprefix(said_as)
            if " " in room or glued == word:
                continue
            for link in ("", *links):  # "küchenlicht": "küche", "n", "licht"
                if not glued.startswith(link):
                    continue
                rest = glued[len(link) :]
                if len(rest) < 3:
                    continue
                if link:  # only the light ("küchenlicht"), which hassil reads glued as it
                    # does "flurlicht"; never a device ("Terrassenmarkise" is no guess)
                    words = self.frames.word_domains if self.frames is not None else {}
                    if words.get(rest) == "light":
                        return form.format(rest, room)
                    continue
                kind = rest in self._kind_words or rest in self.data.plural_words
                if kind or rest in self.vocab.entities_by_name:
                    return form.format(rest, room)
        return word

    def _owned(self, text: str) -> str:
        """*text* with a device said with its owner as the home names it (owners.py)."""
        if not self._owner_forms:
            return text
        names = (
            # Greek "στο δωμάτιο της Δανάης": the room the home calls "Δωμάτιο Δανάης".
            self.vocab.entities_by_name.keys() | self.vocab.area_by_word.keys()
            if case_forms.parts_of_names(self.language)
            else self.vocab.entities_by_name.keys()
        )
        in_room = self._glue.owner_room if self._glue is not None else ""
        return as_named(text, self._owner_forms, names, self._owner_rooms(), in_room)

    @_per_revision
    def _owner_rooms(self) -> dict[str, str]:
        """Words that only one room's name has and that may be an owner's ("Zimmer von
        Lena": "lena") -> that room's name."""
        holders: dict[str, set[str]] = {}
        for area in self.home.areas.values():
            for word in normalize(area.name).split():
                holders.setdefault(word, set()).add(normalize(area.name))
                for form in self._owner_forms:  # "Chambre d'Emma": "emma"
                    owner = form.owner_at([word], 0) if not form.before else None
                    if owner is not None and owner != word:
                        holders.setdefault(owner, set()).add(normalize(area.name))
        frames = self.frames
        own = frames.function_words | frames.articles if frames is not None else frozenset()
        self._room_word_forms(holders)
        return {
            word: next(iter(rooms))
            for word, rooms in holders.items()
            if len(rooms) == 1 and word not in own and word not in self._kind_words
        }

    def _room_word_forms(self, holders: dict[str, set[str]]) -> None:
        """Adds to *holders* (word -> the rooms whose name has it) each word of the home's
        device names that is a room's one-word name said with a case ending of the language:
        Greek "το ρολό της κουζίνας", where "κουζίνας" is a word of the "Φώτα κουζίνας" too
        and so is not read back to the "Κουζίνα" as other words said with an ending are (in
        languages whose names have such words, :func:`case_forms.parts_of_names`)."""
        if not case_forms.parts_of_names(self.language):
            return
        for area in self.home.areas.values():  # "το φως της τουαλέτας": the "WC"'s alias
            for alias in area.aliases:
                if " " not in normalize(alias):
                    holders.setdefault(normalize(alias), set()).add(normalize(area.name))
        rooms = {typed_plain(w): w for w in holders if len(holders[w]) == 1 and " " not in w}
        for word in self._home_words - holders.keys():
            said = [word, *case_forms.bases(word, case_forms.unaccented_endings(self.language))]
            room = next((rooms[typed_plain(b)] for b in said[1:] if typed_plain(b) in rooms), None)
            if room is not None:
                holders.setdefault(word, set()).update(holders[room])

    def _other_owners(self, text: str, name: str) -> bool:
        """Whether *text* says an owner of the home that *name* (what a loose reading
        found) does not have: "ouvre la fenêtre d'Emma" is no other window."""
        said = said_owners(text, self._owner_forms, self._owner_words())
        return bool(said - set(normalize(name).split()))

    def _owner_words(self) -> frozenset[str]:
        """Words of the home's device names that may be an owner's: no room's, no kind's and
        no word of the language's own ("de", "la")."""
        rooms = {word for area in self.home.areas.values() for word in normalize(area.name).split()}
        frames = self.frames
        own = frames.function_words | frames.articles if frames is not None else frozenset()
        return self._home_words - rooms - self._kind_words - own

    def _numbered_rooms(self, text: str) -> str:
        """*text* with a list of numbered rooms or devices said once ("the fans in bedrooms 2
        and 3") said in full ("bedroom 2 and bedroom 3"), when each is a room or device of
        the home, so that every part of the compound names its own."""

        def full(found: re.Match[str]) -> str:
            before = found.group(1).split()
            numbers = [found.group(3), *found.group(4).replace(",", " ").split(), found.group(5)]
            known = self.vocab.area_by_word.keys() | self.vocab.entities_by_name.keys()
            for start in range(len(before) + 1):  # "guest rooms 2 and 3": "guest room 2"
                # ... and "spots 3 and 4" for names that keep the plural ("Spots 3")
                for last in (found.group(2), f"{found.group(2)}s"):
                    stem = " ".join([*before[start:], last])
                    said = [f"{stem} {n}" for n in numbers]
                    if all(normalize(s) in known for s in said):
                        return " ".join([*before[:start], " and ".join(said)])
            return found.group(0)

        return self._every_room(_NUMBERED.sub(full, text))

    def _every_room(self, text: str) -> str:
        """*text* with the rooms numbered or lettered alike said in the plural after a word
        of `every_room_words` ("in both offices") said one by one ("in office 1 and office
        2"): every part of the compound names its own."""
        if not self.data.every_room_words:
            return text
        words = text.split()
        for i, word in enumerate(words):
            lead = next(
                (
                    w
                    for w in self.data.every_room_words
                    if [x.lower() for x in words[max(0, i - len(w.split())) : i]] == w.split()
                ),
                None,
            )
            if lead is None or not word.endswith("s") or len(word) < 4:
                continue
            stem = f"{word[:-1].lower()} "
            rooms = sorted(
                name
                for area in self.home.areas.values()
                if (name := normalize(area.name)).startswith(stem)
                and len(name.split()) == len(stem.split()) + 1
            )
            if len(rooms) < 2 or (lead.startswith("both") and len(rooms) != 2):
                continue
            start = i - len(lead.split())
            return " ".join([*words[:start], " and ".join(rooms), *words[i + 1 :]])
        return text

    def _room_at_end(self, parts: list[str]) -> str | None:
        """The words that place the last part of a compound in a room ("in the annex"), when
        it ends so."""
        found = _IN_ROOM_AT_END.search(parts[-1])
        return found.group(0).strip() if found else None

    def _remark(self, part: str) -> bool:
        """Whether a clause no rule reads is only a remark beside the command ("we're going
        to bed"): it names no device, room, floor or kind of device and holds no number,
        so leaving it out cannot leave out something the person asked for."""
        words = part.split()
        if any(any(ch.isdigit() for ch in word) for word in words):
            return False
        if self._says_kind(part):
            return False
        return not self._names(part)

    def _says_kind(self, part: str) -> bool:
        """Whether *part* says a word for a kind of device, whole ("the heaters", "bed
        warmer"; not the "bed" of "i'm off to bed")."""
        padded = f" {part} "
        return any(f" {phrase} " in padded for phrase in self._kind_phrases)

    def _echoes(self, part: str, parts: list[str]) -> bool:
        """Whether a clause no rule reads names only what another clause of the sentence
        names ("there's a storm coming, run the storm prep": "storm" is the Storm Prep the
        command runs), with no number or kind of device: a remark too, since leaving it out
        leaves out nothing asked for."""
        words = part.split()
        if any(any(ch.isdigit() for ch in word) for word in words):
            return False
        if self._says_kind(part):
            return False
        padded = f" {part} "
        others = " ".join(f" {other} " for other in parts if other != part)
        said = [
            name
            for name in (*self.vocab.entities_by_name, *self.vocab.area_by_word)
            if f" {name} " in padded
        ]
        return bool(said) and all(f" {name} " in others for name in said)

    def _set_it(self, previous: _Match, part: str, ctx: RequestContext) -> _Match | None:
        """A mode or a level said on its own after a command, read as the previous part's
        device's ("turn the bedroom aircon on, cool, 24 degrees": "set it to cool")."""
        said_as = _SET_IT.get(self.language)
        if said_as is None or len(part.split()) > _SET_IT_WORDS:
            return None
        if not isinstance(previous.outcome, Resolved):
            return None
        set_it = self._match(said_as.format(part), ctx, loose=False)
        return set_it if set_it is not None and isinstance(set_it.outcome, Resolved) else None

    def _said_why(self, part: str) -> bool:
        """Whether a clause no rule reads only says why beside the command: a remark, or how
        a place feels with no number in it ("it's way too bright in the bonus room, dim the
        leds to 25 percent": the command says what to do, the feeling only why)."""
        if self._remark(part):
            return True
        if any(any(ch.isdigit() for ch in word) for word in part.split()):
            return False
        return self.conditions is not None and conditions.find(part, self.conditions) is not None

    def _only_named(self, part: str, match: _Match) -> bool:
        """Whether *part* is, besides joining words, the whole name of a device the match
        found: "the shed lock" after "unlock the front door" says the Shed Lock, not "lock"
        (a verb inside a name is no command of its own)."""
        said = " ".join(w for w in part.split() if w not in self._bare_words)
        if not said or not isinstance(match.outcome, Resolved):
            return False
        for entity_id in match.outcome.targets:
            entity = self.home.get(entity_id)
            if entity is None:
                continue
            if said in {normalize(n) for n in (entity.name, *entity.aliases)}:
                return True
        return False

    def _followup(self, text: str, ctx: RequestContext) -> _Match | None:
        conversation = ctx.conversation
        if conversation is None or not conversation.last_command:
            return None
        stripped = self._joined_off(text)
        if not stripped:
            return None
        previous = self._match(conversation.last_command, ctx)
        if previous is None:
            return None
        said = set(stripped.split()) & _STATES
        if said - set(previous.text.split()):
            # "the daikin fan on" after "landing off" says its own state; "and the ceiling
            # light off" after the lamp in Tom's room is the ceiling light there.
            room = self._one_area(conversation.last_targets) if stripped != text else None
            if room is None:
                return None
            placed = self._match(stripped, replace(ctx, area=room), loose=False)
            return placed if placed is not None and isinstance(placed.outcome, Resolved) else None
        return self._carry(previous, stripped, ctx)

    def _both(self, clean: str, conversation: Conversation | None) -> str:
        """ "Turn them both off" after two commands of one device each: "them" is those two
        (the conversation is made to refer to both); *clean* as it was otherwise."""
        said = _BOTH.search(clean)
        if said is None or conversation is None or len(conversation.last_targets) != 1:
            return clean
        pair = list(dict.fromkeys([*conversation.earlier_targets, *conversation.last_targets]))
        if len(conversation.earlier_targets) != 1 or len(pair) != 2:
            return clean
        conversation.last_targets = pair
        return f"{clean[: said.start()]}them{clean[said.end() :]}".strip()

    def _pronouns(self, clean: str, conversation: Conversation | None) -> str:
        """A follow-up's pronouns read from the conversation: "his", "her", "their" before a
        word is the one owner the previous command named ("turn on Lucas's light" ... "and
        close his blind"); "them" after "turn on the deck lights" ... "and the beach path"
        is both, when the last command was said as more of the one before it."""
        if conversation is None:
            return clean
        said = _OWNED_BY.search(clean)
        owners = set(_OWNER.findall(conversation.last_command or ""))
        if said is not None and len(owners) == 1 and self.language == "en":
            clean = f"{clean[: said.start()]}{owners.pop()}{clean[said.end() :]}"
        clean = self._the_one_owned(clean, conversation)
        last, earlier = conversation.last_targets, conversation.earlier_targets
        if (
            " them " in f" {clean} "
            and len(last) == 1
            and earlier
            and conversation.last_added
            and not set(last) & set(earlier)
        ):
            conversation.last_targets = [*earlier, *last]
        return clean

    def _the_one_owned(self, clean: str, conversation: Conversation) -> str:
        """ "accendi anche quello di Anna" after "accendi la lampada di Luca": a pronoun said
        with an owner is the device the conversation is about with the owner's word of its
        name swapped for the one said ("Lampada Anna"), when the home has that name."""
        if self.frames is None or not self._owner_forms or len(conversation.last_targets) != 1:
            return clean
        entity = self.home.get(conversation.last_targets[0])
        words = clean.split()
        if entity is None or len(words) < 2:
            return clean
        name = normalize(entity.name).split()
        for i, word in enumerate(words[:-1]):
            if word not in self.frames.pronouns:
                continue
            for form in self._owner_forms:
                owner = form.owner_at(words, i + 1)
                if owner is None:
                    continue
                for j in range(len(name)):
                    other = " ".join([*name[:j], owner, *name[j + 1 :]])
                    if owner not in name and other in self.vocab.entities_by_name:
                        end = i + 1 + len(form.before) + 1
                        return " ".join([*words[:i], other, *words[end:]])
        return clean

    def _routine(self, text: str, clean: str, ctx: RequestContext) -> Plan | None:
        """The plan that runs the one script whose own name the words are, when nothing else
        read them."""
        found = routine(self.home, clean, self.situations) if self.situations else None
        if found is None:
            return None
        plan = Plan(text=text, planner=PlannerName.LOCAL)
        plan.steps = [make_step(f"{found.domain}.turn_on", [found], {})]
        if ctx.conversation is not None:
            ctx.conversation.turns += 1
            ctx.conversation.last_targets = [found.entity_id]
        return plan

    def _situation(self, text: str, clean: str, ctx: RequestContext) -> Plan | None:
        """The plan for a situation said instead of a scene's name (situations.py): its one
        scene or script, or the question which of two; None when no scene or script of the
        home fits, so the sentence is read as usual."""
        every = self.situations
        said, found = None, []
        placed = self._situation_place(clean)
        for words, place in ((clean, None), *((placed,) if placed else ())):
            for said in every.saying(words) if every is not None else ():
                assert every is not None
                found = fitting(self.home, said, every, every.bare(words))
                if place is not None:
                    # "I fancy a cup of tea upstairs": the kettle there, none elsewhere
                    found = [e for e in found if self._in_place(e, place)]
                if found:
                    break  # "i want to read": a Reading scene, else the reading lamp
            if found:
                clean = words
                break
        if not found:
            return None
        assert every is not None
        found = called(found, every.bare(clean)) or found
        assert said is not None
        named = False
        if said.by_name and len(found) > 1:
            found, named = by_words(found, every.bare(clean))  # "the back lawn": its valve
        if len(found) > 1 and (not named or said.ask):
            asked = self.resolver._ambiguous(found)
            return Plan.failed(text, asked.code, asked.message, asked.reply)
        if len(found) > 1:
            # "The lawn looks parched": every sprinkler named for the lawn.
            steps = [make_step(f"{e.domain}.{said.action_for(e.domain)}", [e], {}) for e in found]
            if ctx.conversation is not None:
                ctx.conversation.turns += 1
                ctx.conversation.last_targets = [e.entity_id for e in found]
            return Plan(text=text, planner=PlannerName.LOCAL, steps=steps)
        entity = found[0]
        if said.ask:  # "someone's at the door": who is not said, so asked first
            question = said.ask.format(name=entity.name)
            return Plan.failed(text, ErrorCode.UNCLEAR, f"{said.key}: {entity.name}?", question)
        step = make_step(f"{entity.domain}.{said.action_for(entity.domain)}", [entity], {})
        plan = Plan(text=text, planner=PlannerName.LOCAL, steps=[step])
        if ctx.conversation is not None:
            ctx.conversation.turns += 1
            ctx.conversation.last_targets = [entity.entity_id]
        return plan

    def _situation_place(self, clean: str) -> tuple[str, tuple[str, str]] | None:
        """A situation's words and the room or floor said after them ("i fancy a cup of tea
        upstairs", "i want a cuppa i'm in the flat kitchen"): ("area" or "floor", its id)."""
        leads = self.situations.place_leads if self.situations is not None else ()
        words = clean.split()
        for size in range(min(4, len(words) - 1), 0, -1):
            tail = " ".join(words[-size:])
            if tail in self.vocab.area_by_word:
                place = ("area", self.vocab.area_by_word[tail])
            elif tail in self.vocab.floor_by_word:
                place = ("floor", self.vocab.floor_by_word[tail])
            else:
                continue
            rest = " ".join(words[:-size])
            for lead in leads:
                if f" {rest}".endswith(f" {lead}"):
                    rest = rest[: -len(lead)].rstrip()
                    break
            return (rest, place) if rest else None
        return None

    def _in_place(self, entity: Entity, place: tuple[str, str]) -> bool:
        kind, place_id = place
        if kind == "area":
            return entity.area == place_id
        return bool(entity.area) and self.home.floor_of_area(entity.area or "") == place_id

    def _one_area(self, entity_ids: list[str]) -> str | None:
        """The id of the one room every device of *entity_ids* is in (None: none, several,
        or a device in no room)."""
        rooms = {entity.area for entity in map(self.home.get, entity_ids) if entity is not None}
        room = rooms.pop() if len(rooms) == 1 else None
        return room if room in self.home.areas else None

    def _room_of(self, match: _Match) -> str | None:
        """The name of the one room every device *match* acted on is in."""
        if not isinstance(match.outcome, Resolved):
            return None
        room = self._one_area(match.outcome.targets)
        return normalize(self.home.areas[room].name) if room is not None else None

    def _twin_in(self, place: str, ctx: RequestContext) -> str | None:
        """The name of the one device the conversation is about, said with *place* ("saloon
        ceiling"), where that names another device of the home; None otherwise."""
        last = ctx.conversation.last_targets if ctx.conversation else []
        entity = self.home.get(last[0]) if len(last) == 1 else None
        if entity is None:
            return None
        phrase = f"{place} {normalize(entity.name)}"
        named = self.vocab.entities_by_name.get(phrase, [])
        return phrase if named and entity.entity_id not in named else None

    def _carry(self, previous: _Match, part: str, ctx: RequestContext) -> _Match | None:
        """Plan *part* as *previous* with one slot's words replaced: the target ("turn off the
        hall light" + "the fan"), or another slot ("add milk to the list" + "and eggs"); or
        cut after the verb ("turn on the" + "living room lights")."""
        bare = self._joined_off(part)
        for article in self._articles:
            bare = bare.removeprefix(article)
        bare = self._the_one_off(bare)
        candidates = []
        # "turn on the lamp in the bedroom" ... "and the ceiling light": the one in the same
        # room, when the name alone is several devices.
        room = self._room_of(previous)
        # "and the fan light in there too": also the room's, "in there" left out
        there = bare.removesuffix(" in there") if room and bare.endswith(" in there") else None
        # "turn on the back lawn sprinklers" ... "and the front as well": the front ones, of
        # the kind the target was called by.
        kind = previous.slot_texts[0].split()[-1] if previous.slot_texts else ""
        said_kind = kind in self._kind_words or kind in self.data.plural_words
        kind = kind if said_kind and kind not in bare.split() else ""
        place = before_pronoun_one(bare, self.language)
        after_one = ""
        if place is None and (around := around_pronoun_one(bare, self.language)) is not None:
            place, after_one = around  # "and the saloon one to ten percent"
        if place is not None and (place in self.vocab.area_by_word or _OWNER.fullmatch(place)):
            # "turn on the garage light" ... "and the mudroom one too": the room's (or the
            # owner's) device of the kind just acted on; of the name just acted on where the
            # room has one so called ("the cabin ceiling" ... "the saloon one": its Ceiling).
            twin = self._twin_in(place, ctx)
            bare = twin or (f"{place} {kind}" if kind else place)
            bare = f"{bare} {after_one}" if after_one else bare
            kind = ""
        for said in (
            bare,
            f"{room} {bare}" if room and room not in bare else None,
            f"{bare} {kind}" if kind else None,
            f"{room} {there}" if there else None,
        ):
            if said is None:
                continue
            for index, words in enumerate(previous.slot_texts):
                if words not in previous.text:
                    continue
                candidates.append(previous.text.replace(words, said, 1))
                if index == 0:
                    head = previous.text[: previous.text.index(words)]
                    candidates.append(head + said)
                    # "mach das Licht in der Küche an" + "und im Flur aus": "mach das Licht
                    # im Flur aus", the room's own words after the verb's object dropped
                    kept = head.split()
                    while kept and self.frames and kept[-1] in self.frames.function_words:
                        kept.pop()
                    first = said.split()[:1]
                    if (
                        kept
                        and len(kept) < len(head.split())
                        and first
                        and self.frames
                        and first[0] in self.frames.function_words  # "im Flur", a place
                        and kept[-1] not in self.frames.cues  # "ferme le" + "d'emma": a verb
                    ):
                        candidates.append(f"{' '.join(kept)} {said}")
        lead = next((w for w in self.data.room_leads if bare.startswith(f"{w} ")), None)
        if lead is not None and bare[len(lead) + 1 :] in self.vocab.area_by_word:
            bare = bare[len(lead) + 1 :]  # "... in office 2" + "and in office 1"
        if bare in self.vocab.area_by_word:
            # "the fans in bedroom 2" ... "and bedroom 3": the room said replaces the room.
            rooms = [w for w in previous.slot_texts if w in self.vocab.area_by_word]
            candidates[:0] = [
                previous.text.replace(w, bare, 1) for w in rooms if w in previous.text
            ]
        if _OWNER.fullmatch(bare):
            # "turn on emma's lamp" ... "lily's too": the same thing, another owner's.
            owners = [w for w in previous.text.split() if _OWNER.fullmatch(w) and w != bare]
            if len(owners) == 1:
                candidates.append(
                    re.sub(rf"(?<!\S){re.escape(owners[0])}(?!\S)", bare, previous.text)
                )
        sibling = self._sibling(previous, bare)
        if sibling is not None:
            candidates.append(sibling)
        verb = _ON_OFF_PHRASES.get(previous.reading.intent.name) if previous.reading else None
        intent = previous.reading.intent.name if previous.reading else ""
        said_as = self._glue.on_off.get(intent) if self._glue is not None else None
        if said_as and bare in self.vocab.name_index:  # a device by its name alone
            candidates.append(said_as.format(bare))  # "mach {} an"
        elif verb and self.language == "en":
            # "turn the lights off in here" + "and the telly": no slot's words to replace.
            candidates.append(f"{verb} {bare}")
        if self._glue is not None:
            candidates.extend(self._carried_elsewhere(previous, bare))
        reading = previous.reading if _carries_target_words(self.language) else None
        said_first = [
            said
            for key, entity in (reading.entities.items() if reading else ())
            if key in ("name", "area", "floor")
            and (said := (entity.text or "").strip())
            and said in previous.text
        ]
        if said_first:
            # "서준이 방 선풍기 틀어줘" + "50%로 해줘", "打开主卧的主灯" + "调到30%": the words
            # that said the target, then the rest.
            start = min(previous.text.index(w) for w in said_first)
            end = max(previous.text.index(w) + len(w) for w in said_first)
            candidates.append(f"{previous.text[start:end]} {bare}")
        ending = self._kind_ending(previous.slot_texts[0]) if previous.slot_texts else None
        if ending and not set(bare.split()) & self._kind_words:
            # "Bodenheizung auf 23" + "und im Schlafzimmer auf 19": the kind the target's
            # name ends with, in the place said ("heizung im schlafzimmer auf 19").
            candidates.append(f"{ending} {bare}")
        candidates = [c for c in candidates if not self._other_verb_last(c, bare)]
        for candidate in dict.fromkeys(candidates):
            if candidate != previous.text:
                loose = previous.loose and candidate == sibling  # read as the one before it
                match = self._match(candidate, ctx, loose=loose)
                if match is not None and isinstance(match.outcome, Resolved):
                    if self._other_kind_carried(previous, match, bare):
                        continue
                    return match
        return None

    def _kind_ending(self, said: str) -> str | None:
        """The longest word for a kind of device that the last word of *said* ends with but is
        not ("bodenheizung": "heizung"), in a language that makes words by joining them
        (``compounds`` in its ``questions.yaml``); None otherwise."""
        if self.questions is None or not self.questions.compounds or not said.split():
            return None
        last = said.rsplit(maxsplit=1)[-1]
        endings = [w for w in self._kind_words if len(w) > 3 and w != last and last.endswith(w)]
        return max(endings, key=len) if endings else None

    def _other_verb_last(self, candidate: str, bare: str) -> bool:
        """Whether *candidate* ends with a word that says another action than the one *bare*
        ends with: "mach das Licht in der Küche an" + "und das im Flur aus" is never "mach das
        Licht im Flur aus an", which reads as "an"."""
        if self.frames is None:
            return False
        said, last = bare.split()[-1:], candidate.split()[-1:]
        if not said or not last or said == last:
            return False
        own = set(self.frames.cues.get(said[0], ()))
        theirs = set(self.frames.cues.get(last[0], ()))
        return bool(own and theirs) and not own & theirs

    def _other_kind_carried(self, previous: _Match, match: _Match, bare: str) -> bool:
        """Whether *match* acts on another kind of device than *previous*, or on more devices
        than *previous* and all of them, through a target it took from *previous*, not from
        *bare* ("서준이 방 선풍기 틀어줘" + "50%로 해줘": the fan's speed, never the brightness of
        the room's lights; "灯带调成绿色，亮度50%": the strip's, not every light of its room)."""
        if not isinstance(previous.outcome, Resolved) or not isinstance(match.outcome, Resolved):
            return False
        if not match.slot_texts or match.slot_texts[0] in bare:
            return False
        before, after = set(previous.outcome.targets), set(match.outcome.targets)
        if before and after > before:
            return True
        kinds = {t.split(".", 1)[0] for t in before}
        return bool(kinds) and bool(after) and not {t.split(".", 1)[0] for t in after} & kinds

    def _the_one_off(self, bare: str) -> str:
        """ "quello di Anna", "dat van Sanne", "quella di sopra": a pronoun said before an owner
        or a place is "the one", said like an article (French writes "celui de Léo" with its
        articles); the words after it are what the follow-up says."""
        first, _, rest = bare.partition(" ")
        if self.frames is None or self._glue is None or not rest:
            return bare
        return rest if first in self.frames.pronouns else bare

    def _carried_elsewhere(self, previous: _Match, bare: str) -> list[str]:
        """ "Rollladen bei Lena runter" ... "und bei Jonas auch", "la lampe du salon" ... "et
        celle de la cuisine aussi": *previous*'s text for the same kind of device, another
        owner's (its name with the owner's word swapped) or in the place said after it."""
        out = []
        words = bare.split()
        owner = next(
            (o for f in self._owner_forms if (o := f.owner_at(words, 0)) is not None), None
        )
        targets = previous.outcome.targets if isinstance(previous.outcome, Resolved) else []
        entity = self.home.get(targets[0]) if len(targets) == 1 else None
        if owner is not None and entity is not None:
            name = normalize(entity.name)
            said = self._owned(previous.text)
            for index in range(len(name.split())):
                other = name.split()
                other[index] = owner
                other_name = " ".join(other)
                if other_name != name and other_name in self.vocab.entities_by_name:
                    padded = f" {said} "
                    if f" {name} " in padded:
                        out.append(padded.replace(f" {name} ", f" {other_name} ", 1).strip())
        room = self._room_of(previous)
        said_room = self._owner_rooms().get(owner) if owner is not None else None
        if said_room is None:
            padded = f" {bare} "
            rooms = [a for a in map(normalize, self._area_names()) if f" {a} " in padded]
            said_room = rooms[0] if len(rooms) == 1 else None
        if room and said_room and said_room != room and f" {room} " in f" {previous.text} ":
            out.append(previous.text.replace(room, said_room, 1))  # "und im büro auch"
        elif owner is None and (elsewhere := self._room_by_other_name(previous, bare)):
            out.append(elsewhere)  # "Rollo im Büro runter" (the Arbeitszimmer) + "und im Bad"
        if owner is not None and room and said_room and said_room != room:
            # The room said by its owner before ("le volet de Jules"): the other owner's.
            by_owner = self._owner_rooms()
            for slot in previous.slot_texts:
                if by_owner.get(slot) == room and slot in previous.text:
                    out.append(previous.text.replace(slot, owner, 1))
                    out.append(previous.text.replace(slot, said_room, 1))
        if previous.slot_texts and previous.slot_texts[0] in previous.text:
            target = previous.slot_texts[0]
            out.append(previous.text.replace(target, f"{target} {bare}", 1))  # "die im büro"
        return out

    def _area_names(self) -> list[str]:
        return [area.name for area in self.home.areas.values()]

    def _room_by_other_name(self, previous: _Match, bare: str) -> str | None:
        """*previous*'s text with the room it was said in, by any of the room's names ("büro"
        for the Arbeitszimmer), replaced by the one other room *bare* says by any of its
        names; None where either is not so."""
        targets = previous.outcome.targets if isinstance(previous.outcome, Resolved) else []
        room = self._one_area(targets) if targets else None
        if room is None or room not in self.home.areas:
            return None

        def names(area: Area) -> list[str]:
            said = {normalize(n) for n in (area.name, *area.aliases)}
            return sorted((n for n in said if n), key=len, reverse=True)

        padded = f" {bare} "
        said = {
            area.id: name
            for area in self.home.areas.values()
            for name in reversed(names(area))
            if f" {name} " in padded
        }
        if len(said) != 1 or room in said:
            return None
        before = f" {previous.text} "
        for name in names(self.home.areas[room]):
            if f" {name} " in before:
                return before.replace(f" {name} ", f" {next(iter(said.values()))} ", 1).strip()
        return None

    def _says_name(self, text: str, targets: list[str]) -> bool:
        """Whether *text* says the name of its one target."""
        entity = self.home.get(targets[0]) if len(targets) == 1 else None
        return entity is not None and f" {normalize(entity.name)} " in f" {text} "

    def _sibling(self, previous: _Match, bare: str) -> str | None:
        """ "Turn on the back lawn sprinklers" ... "and the front": *previous*'s text with its
        one target's name replaced by the name of the one other device of its domain and
        kind (the last word of the name) that has every word of *bare*."""
        targets = previous.outcome.targets if isinstance(previous.outcome, Resolved) else []
        entity = self.home.get(targets[0]) if len(targets) == 1 else None
        words = bare.split()
        if entity is None or not words or not self._says_name(previous.text, targets):
            return None
        name = normalize(entity.name)
        kind = name.split()[-1]
        found = [
            other
            for other in self.home.exposed()
            if other.domain == entity.domain
            and other.entity_id != entity.entity_id
            and normalize(other.name).split()[-1] == kind
            and set(words) <= set(normalize(other.name).split())
        ]
        if len(found) != 1:
            return None
        return f" {previous.text} ".replace(f" {name} ", f" {normalize(found[0].name)} ", 1).strip()

    def _match(self, text: str, ctx: RequestContext, *, loose: bool = True) -> _Match | None:
        """The best resolved reading of *text*; the loose reading only when no sentence rule
        matched (and never for text Hearth rewrote itself)."""
        first_error: _Match | None = None
        # A name several devices carry ("the lamp": the Study's and the Bedroom's) is asked
        # back; no reading without that name ("the lights here") may answer for it.
        named_question = False
        for result in self._recognize(text, ctx):
            # (Within a room named, "the light in the kitchen" may still be all of them.)
            named = _rank(result)[0] == 0 and not _kind_value(result)
            named = named and "area" not in result.entities
            if named_question and not named:
                continue
            outcome = self.resolver.resolve(IntentMatch.from_result(result), ctx)
            match = _Match(outcome, text, _slot_texts(result), reading=result)
            if isinstance(outcome, Resolved) and _lock_rule_off_lock(result, outcome):
                continue  # Catalan "obre la porta del garatge": unlocking, not a door closed
            if isinstance(outcome, Resolved):
                return match
            named_question |= named and outcome.code is ErrorCode.AMBIGUOUS
            if first_error is None:
                first_error = match
        # A rule that read the sentence and asks back ("увеличь громкость на 90": to what
        # volume?) is not overruled by the loose reading's guess of a setting.
        asked = _asks_back(first_error)
        loose_match = self._loose(text, ctx) if loose and not (named_question or asked) else None
        if loose_match is not None and (
            isinstance(loose_match.outcome, Resolved) or first_error is None
        ):
            return loose_match
        return first_error

    def _loose(self, text: str, ctx: RequestContext) -> _Match | None:
        if self.frames is None:
            return None
        conversation = ctx.conversation
        if self._glue is not None and self._glue.read_as:
            text = self._glue.unglued(text, self._glue.read_as, self._verbs)  # "apágala"
        frame = read_frame(
            without_pronoun_one(text, self.language),  # "that one too" is no 1 %
            self.vocab,
            self.frames,
            self.data.colors | self._colors.keys(),
            here=ctx.area is not None,
            reference_domains=frozenset(
                t.split(".", 1)[0] for t in (conversation.last_targets if conversation else [])
            ),
        )
        if frame is None:
            return None
        numbered = unknown_numbered(text, self.vocab, self.language)
        if numbered is not None:
            return _Match(numbered, text, loose=True)  # "living room light 5": no 5 %
        named = frame.slots.values.get("name")
        if self._owner_forms and self._other_owners(text, str(named or "")):
            return None
        said_color = frame.slots.values.get("color")
        if isinstance(said_color, str):
            frame.slots.values["color"] = self._colors.get(said_color, said_color)  # "rot"
        # "the attic light": a room the reading dropped is no light of the home (unknown.py)
        dropped = unknown.dropped(text, frame.slots.get("name"), self._lexicon())
        return _Match(dropped or self.resolver.resolve(frame, ctx), text, loose=True)

    def _pronoun_one(self, result: RecognizeResult, text: str) -> bool:
        """Whether the reading takes the "one" of "that one" for a number."""
        return any(
            _worded_number(e) and pronoun_one(e.text or "", text, self.language)
            for e in result.entities.values()
        )

    def _recognize(self, text: str, ctx: RequestContext) -> Iterator[RecognizeResult]:
        """Readings of *text*, best first. A reading that names a device explicitly is handed
        out as soon as hassil finds it (the rest is searched only when it does not resolve):
        most commands name their device, and this halves the time they take."""
        intent_context = None
        if ctx.area and ctx.area in self.home.areas:
            area = self.home.areas[ctx.area]
            intent_context = {"area": {"value": area.id, "text": area.name}}
        reference_domains = None
        reference_area = None
        if ctx.conversation and ctx.conversation.last_targets:
            reference_domains = [t.split(".", 1)[0] for t in ctx.conversation.last_targets]
            reference_area = self._one_area(ctx.conversation.last_targets)
        rest: list[RecognizeResult] = []
        if self.data.intents.settings.ignore_whitespace:
            text = without_spaces_beside_spaceless(text)  # "暫停 TV", "TV 繼續"
        slot_lists = self.vocab.slot_lists(text, reference_domains, reference_area)
        slot_lists["media_said"] = said_content(self.home, text)  # "turn the lullabies off"
        for result in recognize_all(
            text,
            narrowed(self.data.intents, text, self.data.skip_words, slot_lists),
            slot_lists=slot_lists,
            skip_words=self.data.skip_words,
            intent_context=intent_context,
            language=self.language,
        ):
            if _glued_number(result, text) or self._pronoun_one(result, text):
                continue  # "gardinet" is no "et" (one); "that one too" no brightness of 1
            if unasked_state(result, text, self.language):
                continue  # "吊灯关" turns the pendant light off; "吊灯关了吗" asks
            if unsaid_intent(result, text, self.language):
                continue  # Swiss "Mach Liecht im Wohnzimmer" turns it on, not off
            if self._floor_in_room_name(result, text):
                continue  # "the shop floor lights": the room Shop Floor, not the floor Shop
            if (
                _rank(result)[:2] == (0, 0)
                and _plain(result)
                and not self._room_plural(result)
                and not self._kind_in_name(result, text)
            ):
                yield result
            else:
                rest.append(result)
        whole = whole_home_words(self.language) or ()
        # "All the lights in the house" where a floor is called House: that floor (the
        # porch and the garage are not in it), not the whole home the words read as alone.
        rest.sort(key=lambda r: (not _place_said_as(r, whole), self._room_plural(r), _rank(r)))
        yield from rest

    def _floor_in_room_name(self, result: RecognizeResult, text: str) -> bool:
        """Whether *result* reads a floor where *text* says the whole name of a room that
        starts with the floor's name ("Shop Floor" on the floor Shop, "Upstairs Bathroom"
        on the floor Upstairs): the room's reading is taken instead."""
        floor = result.entities.get("floor")
        if floor is None or "area" in result.entities:
            return False
        said = normalize(str(floor.text or ""))
        if not said:
            return False
        clean = f" {normalize(text)} "
        return any(
            key.startswith(f"{said} ") and f" {key} " in clean
            for area in self.home.areas.values()
            for key in (normalize(n) for n in (area.name, *area.aliases))
        )

    def _kind_in_name(self, result: RecognizeResult, text: str) -> bool:
        """Whether *result* reads a kind of device where *text* says the whole name of a
        device that holds the kind's word ("zavři žaluzie ložnice" for the "Žaluzie
        ložnice", not every blind in the Ložnice): the name's reading is tried first. Only a
        name the home gives a device counts, never one Hearth makes up from a room and a
        kind ("the workshop heater" said for the Workshop's heater is the kind there)."""
        if not _kind_value(result):
            return False
        word = normalize(str(result.entities["name"].text or ""))
        if not word:
            return False
        said = normalize(text).split()
        longest = self._longest_name
        return any(
            len(run) > len(word.split())
            and f" {word} " in f" {' '.join(run)} "
            and " ".join(run) in self.vocab.real_names
            for start in range(len(said))
            for run in (
                said[start:end] for end in range(start + 2, min(len(said), start + longest) + 1)
            )
        )

    def _room_plural(self, result: RecognizeResult) -> bool:
        """Whether *result* reads a room's name said with a plural kind ("the kitchen
        lights") as the one device named after the room: then the room's reading (every
        light in the Kitchen) comes first."""
        name = result.entities.get("name")
        if name is None or name.is_wildcard or not isinstance(name.value, str):
            return False
        if name.value not in self.vocab.area_by_word:
            return False
        said = (name.text or "").strip()
        padded = f" {result.original_text or ''} "
        return any(f" {said} {word} " in padded for word in self.data.plural_words)

    # -- misheard words ----------------------------------------------------------------------

    def _owner_for_pronoun(self, text: str) -> str:
        """*text* with "her", "his" or "their" said after the one owner of the home's rooms
        it names ("Lily can't sleep, put her music on" for Lily's Room) said as that owner's
        ("lily's music")."""
        if not self.data.owner_pronouns:
            return text
        padded = f" {normalize(text)} "
        if not any(f" {word} " in padded for word in self.data.owner_pronouns):
            return text  # the rooms' owners are looked for only when a pronoun is said
        owners = self.vocab.owners
        words = text.split()
        said = [i for i, w in enumerate(words) if normalize(w).removesuffix("'s") in owners]
        named = {normalize(words[i]).removesuffix("'s") for i in said}
        if not named:
            return self._pronoun_room(words)
        if len(named) != 1:
            return text
        owner = owners[named.pop()]
        return " ".join(
            owner if i > said[0] and normalize(w) in self.data.owner_pronouns else w
            for i, w in enumerate(words)
        )

    def _which_room(self, text: str) -> Plan | None:
        """Asked back which room, when *text* (not understood) says a word for a room that
        several rooms' names end in and none is called ("the bedroom" of the Master Bedroom and
        the Kids Bedroom), or a word of `owned_room_words` for the rooms named after their
        owners ("Tom's Room", "Mia's Room"); None when it says no such word, or several."""
        said = {w for w in normalize(text).split() if w in self._shared_rooms()}
        if len(said) != 1:
            return None
        names = [self.home.areas[a].name for a in self._shared_rooms()[said.pop()]]
        listed = " or ".join([", ".join(names[:-1]), names[-1]])
        return Plan.failed(
            text,
            ErrorCode.AMBIGUOUS,
            f"{len(names)} rooms match: {listed}",
            keyed_replies.said("ask.which_one", choices=listed),
        )

    @_per_revision
    def _shared_rooms(self) -> dict[str, list[str]]:
        """Words no room is called that are the last word of several rooms' names, or a word
        of `owned_room_words` for the rooms named after their owners -> those rooms' ids."""
        generic = self.data.generic_area_words
        by_word: dict[str, list[str]] = {}
        for area_id, area in sorted(self.home.areas.items()):
            words = normalize(area.name).split()
            if len(words) < 2:
                continue
            if words[-1] not in generic:
                by_word.setdefault(words[-1], []).append(area_id)
            elif words[0].endswith(("'s", "s'")) and len(words) == 2:
                for word in self.data.owned_room_words:
                    by_word.setdefault(word, []).append(area_id)
        return {
            word: ids
            for word, ids in by_word.items()
            if len(ids) > 1
            and word not in self.vocab.area_by_word
            and word not in self.vocab.floor_by_word
            and word not in self.vocab.entities_by_name
            and not any(
                word in normalize(a.name).split()
                for a in self.home.areas.values()
                if a.id not in ids
            )
        }

    def _pronoun_room(self, words: list[str]) -> str:
        """*words* with "her" or "his" said as the owner of the one room whose other name
        starts with it ("her desk lamp" for the desk lamp of Office 1, also called "her
        office" and "Nina's office"); as said when another possessive names someone else
        ("mum's tired, turn off her lamp")."""
        rooms = self._pronoun_rooms()
        if not rooms or any(
            normalize(w).endswith("'s") and normalize(w) not in self.data.not_owners for w in words
        ):
            return " ".join(words)
        return " ".join(rooms.get(normalize(w), w) for w in words)

    @_per_revision
    def _pronoun_rooms(self) -> dict[str, str]:
        """The pronouns that start one room's other name ("her office") -> the possessive of
        its owner as its other names say it ("nina's office": "nina's"); a pronoun that starts
        two rooms' names, or a room with no owner or two, is left out."""
        found: dict[str, set[str]] = {}
        for area in self.home.areas.values():
            names = [normalize(n) for n in (area.name, *area.aliases)]
            owned = {
                first
                for n in names
                if (first := n.split(" ", 1)[0]).endswith("'s")
                and len(first) > 3
                and first not in self.data.owner_pronouns
            }
            for n in names:
                first, _, rest = n.partition(" ")
                if first in self.data.owner_pronouns and rest:
                    found.setdefault(first, set()).update(owned if len(owned) == 1 else {""})
        return {p: next(iter(s)) for p, s in found.items() if len(s) == 1 and "" not in s}

    def _there_named(self, text: str) -> str | None:
        """The one room or floor *text* names beside a word of `there_words` ("out there"),
        as said; None when it names none, several, or says no such word."""
        padded = f" {text} "
        if not any(f" {phrase} " in padded for phrase in self.data.there_words):
            return None
        words = text.split()
        said: dict[str, str] = {}
        start = 0
        while start < len(words):
            for size in range(min(self.vocab.longest, len(words) - start), 0, -1):
                phrase = " ".join(words[start : start + size])
                place = self.vocab.area_by_word.get(phrase) or self.vocab.floor_by_word.get(phrase)
                if place is not None and phrase not in self.vocab.entities_by_name:
                    said[place] = phrase
                    start += size
                    break
            else:
                start += 1
        return next(iter(said.values())) if len(said) == 1 else None

    def _there_as(self, text: str, place: str) -> str:
        """*text* with "out there", "down there" and the like said as "in the *place*"."""
        padded = f" {text} "
        for phrase in self.data.there_words:
            padded = padded.replace(f" {phrase} ", f" in the {place} ")
        return padded.strip()

    def _in_there(self, text: str) -> str:
        """*text* with "up there", "down there" and the like said as "in there"."""
        padded = f" {text} "
        for phrase in self.data.there_words:
            padded = padded.replace(f" {phrase} ", " in there ")
        return padded.strip()

    def _with_accents(self, text: str) -> str:
        """*text* with each word typed without its accents written with them, where one
        known word folds so ("otworz": "otwórz")."""
        return " ".join(self._accented.get(word, word) for word in text.split())

    def _listed_fix(self, text: str) -> str | None:
        """*text* with the language's listed mishearings corrected ("lite" -> "light"), or
        None when it has none."""
        fixed = f" {text} "
        for wrong, right in self.data.corrections.items():
            fixed = fixed.replace(f" {wrong} ", f" {right} ")
        return fixed.strip() if fixed.strip() != text else None

    def _correct(self, text: str) -> str | None:
        listed = self._listed_fix(text)
        words = (listed or text).split()
        joined = self._joined(words)
        known = self._known_words
        phrases = list(self.vocab.words)
        out: list[str] = []
        i = 0
        changed = listed is not None or joined != words
        words = joined
        while i < len(words):
            replaced = False
            spelt = (
                self._accented.get(words[i])
                or self._spelt.read(words[i])
                or self._untripled(words[i])
                or self._other_accents(words[i])
            )
            if spelt is not None:  # "lumiere": "lumière"; "kuechenlicht": "küchenlicht"
                out.append(spelt)
                i += 1
                changed = True
                continue
            if words[i] not in known and not _is_number(words[i]):
                # Try the unknown word with up to two neighbours on either side.
                best: tuple[float, int, int, str] | None = None
                for start in range(max(0, i - 2), i + 1):
                    for end in range(i + 1, min(len(words), i + 3) + 1):
                        span_words = words[start:end]
                        span = " ".join(span_words)
                        hit = process.extractOne(
                            span, phrases, scorer=fuzz.ratio, score_cutoff=FUZZY_SHARED_CUTOFF
                        )
                        if hit is None:
                            continue
                        shares_word = bool(set(span_words) & set(hit[0].split()))
                        if hit[1] < FUZZY_CUTOFF and not shares_word:
                            continue
                        if best is None or hit[1] > best[0]:
                            best = (hit[1], start, end, hit[0])
                if best is not None:
                    _, start, end, phrase = best
                    del out[len(out) - (i - start) :]
                    out.append(phrase)
                    i = end
                    replaced = changed = True
                elif sounds_like := self._sounds_like(words[i]):
                    # "put the cattle on", "paws the telly": same sound, other spelling.
                    out.append(sounds_like)
                    i += 1
                    replaced = changed = True
            if not replaced:
                out.append(words[i])
                i += 1
        return " ".join(out) if changed else None

    def _other_accents(self, word: str) -> str | None:
        """*word*, typed with other accents than the known word it is ("porneşte" with a
        cedilla for "pornește", "bucătărie" for the "Bucatarie" the home writes plain), as
        that known word: the word without its accents where that is known, or the one known
        word that folds so; None where *word* is known or no such word is."""
        if word in self._known_words or not case_forms.other_accents(self.language):
            return None
        bare = typed_plain(word)
        if bare == word:
            return None
        return bare if bare in self._known_words else self._accented.get(bare)

    def _untripled(self, word: str) -> str | None:
        """*word* with a letter typed three times or more typed twice or once ("leggg":
        "legg"), where that is a known word and *word* is not."""
        if word in self._known_words or not _TRIPLED.search(word):
            return None
        for kept in (r"\1\1", r"\1"):
            fixed = _TRIPLED.sub(kept, word)
            if fixed in self._known_words:
                return fixed
        return None

    def _joined(self, words: list[str]) -> list[str]:
        """*words* with two that make one word of the home's names said as one ("bed room":
        the Bedroom), whether or not each is a word of its own."""
        out: list[str] = []
        for word in words:
            if out and f"{out[-1]}{word}" in self._home_words and word.isalpha():
                out[-1] = f"{out[-1]}{word}"
            else:
                out.append(word)
        return out

    def _heard(self, text: str) -> Heard | None:
        """*text* with words the home and the language do not know read as the one name of
        the home they sound like ("patty oh": patio; app/understanding/sounds.py)."""
        if self._sounds is None:
            return None
        known = self._known_words
        return self._sounds.hear(
            text,
            lambda word: word not in known and word.isalpha(),
            self._home_words.__contains__,
        )

    def _sounds_like(self, word: str) -> str | None:
        """The known word that sounds like *word* (English metaphone), the closest in
        spelling when several do."""
        if not self._phonetic or len(word) < 3 or not word.isalpha():
            return None
        candidates = self._phonetic.get(jellyfish.metaphone(word), [])
        scored = [(fuzz.ratio(word, known), known) for known in candidates]
        # Same sound is not enough ("pizza" and "pause"): the spelling must be close too.
        best = max(scored, default=None)
        return best[1] if best is not None and best[0] >= SOUNDS_LIKE_CUTOFF else None

    def _lexicon(self) -> unknown.Lexicon:
        known, display = self._known_words, self._display
        return unknown.lexicon(self.data, self.vocab, self.frames, known, display, FUZZY_CUTOFF)

    def _not_understood(self, original: str, clean: str, parts: Sequence[str] = ()) -> Plan:
        # Words where a name stands that the home does not know: said back (unknown.py).
        found = unknown.find(clean, self._lexicon(), parts=parts)
        if found is not None:
            reply = spoken.say(self.language, spoken.not_understood(found, original), found.reply)
            return Plan.failed(original, ErrorCode.NOT_UNDERSTOOD, found.message, reply)
        candidates = []
        if clean:
            hits = process.extract(
                clean, list(self.vocab.words), scorer=fuzz.partial_ratio, limit=3, score_cutoff=85
            )
            candidates = list(dict.fromkeys(self._display(h[0]) for h in hits))
        if candidates:
            choices = keyed_replies.Listed(tuple(candidates))
            reply = keyed_replies.said("ask.did_you_mean", choices=choices)
        else:
            reply = keyed_replies.said("ask.not_understood")
        reply = spoken.say(self.language, spoken.not_understood(None, original), reply)
        return Plan.failed(original, ErrorCode.NOT_UNDERSTOOD, "no sentence rule matched", reply)

    def _said(self, match: _Match, english: str, ctx: RequestContext) -> str:
        """*english*, what *match* says, in the request's language where Home Assistant's
        templates say it (app/understanding/replies.py); English replies stay Hearth's own."""
        if spoken.is_english(self.language):
            return english
        outcome = match.outcome
        found = None
        if isinstance(outcome, unknown.NotFound):
            found = unknown.find(match.text, self._lexicon())
        reply = spoken.about(outcome, match.reading, self.home, match.text, found, ctx.now)
        return spoken.say(self.language, reply, english)

    def _display(self, phrase: str) -> str:
        ids = self.vocab.entities_by_name.get(phrase)
        if ids:
            entity = self.home.get(ids[0])
            if entity is not None:
                return entity.name
        area = self.vocab.area_by_word.get(phrase)
        if area:
            return self.home.areas[area].name
        return phrase

    # -- conversation ------------------------------------------------------------------------

    def _remember(
        self, conversation: Conversation | None, last: _Match, targets: list[str]
    ) -> None:
        if conversation is None:
            return
        conversation.turns += 1
        conversation.last_added = last.carried
        if targets:
            if targets != conversation.last_targets:
                conversation.earlier_targets = list(conversation.last_targets)
            conversation.last_targets = list(targets)
        if last.slot_texts:
            conversation.last_command = last.text
        elif targets:
            # "dim it to 40" ... "and the island too": the latest command is the model, with
            # "it" standing for what it acted on; never an older one. A loose one that names
            # nothing ("half brightness") is no model: the one before it stays.
            named = self._named_command(last.text, targets)
            if named is None and last.loose and self._says_name(last.text, targets):
                named = last.text  # "turn on the back lawn sprinklers", read loosely
            if named is not None or not last.loose:
                conversation.last_command = named
            elif self._glue is not None:
                # "auf 30 Prozent" ... "und die im Büro auch": the older command is no model
                # for what was just asked. The device's name said before it is, when the
                # language's rules read that as the same change ("lampe auf 30 prozent");
                # else nothing is repeated rather than the wrong thing.
                conversation.last_command = self._loose_model(last, targets)

    def _loose_model(self, last: _Match, targets: list[str]) -> str | None:
        entity = self.home.get(targets[0]) if len(targets) == 1 else None
        if entity is None or not isinstance(last.outcome, Resolved):
            return None
        said = self._joined_off(last.text)
        name = normalize(entity.name)
        area = self.home.area_of(entity)
        room = normalize(area.name) if area is not None else None
        wanted = [(s.action, s.targets, s.params) for s in last.outcome.steps]
        for model in dict.fromkeys(
            [
                f"{name} {said}",
                *([f"{room} {name} {said}", f"{name} {room} {said}"] if room else []),
            ]
        ):
            match = self._match(model, RequestContext(), loose=False)
            if match is not None and isinstance(match.outcome, Resolved):
                same = [(s.action, s.targets, s.params) for s in match.outcome.steps]
                return model if same == wanted else None
        return None

    def _named_command(self, text: str, targets: list[str]) -> str | None:
        """*text* with its pronoun replaced by the name of the one device it acted on."""
        entity = self.home.get(targets[0]) if len(targets) == 1 else None
        words = text.split()
        spots = [i for i, word in enumerate(words) if word in _TARGET_PRONOUNS]
        if entity is None or len(spots) != 1:
            return None
        name = normalize(entity.name)
        area = self.home.area_of(entity)
        placed = f"{normalize(area.name)} {name}" if area is not None else name
        if self.vocab.entities_by_name.get(placed) == [entity.entity_id]:
            name = placed  # "the dining room ceiling light", not one of four ceiling lights
        words[spots[0]] = f"the {name}"
        return " ".join(words)


def _starts_or_ends(name: str, said: str) -> bool:
    """Whether *name* is longer than *said* and starts or ends with its words."""
    return name != said and (name.startswith(f"{said} ") or name.endswith(f" {said}"))


def _color_names(intents: Intents) -> dict[str, str]:
    """Each word of the language's colour list -> the colour's name as Home Assistant takes it
    ("rot", "rouge", "rojo": "red")."""
    colors = intents.slot_lists.get("color")
    out: dict[str, str] = {}
    for value in getattr(colors, "values", ()):
        for word in _words_of(value.text_in):
            out.setdefault(normalize(word), str(value.value_out))
    return out


def _words_of(expression: object) -> list[str]:
    """The plain texts an expression of a slot list's value can be ("vert", "verte"; Czech
    "modr(ý|á|ou)": "modrý", "modrá", "modrou")."""
    return list(dict.fromkeys(t.strip() for t in _texts_of(expression) if t.strip()))


#: The most texts one slot list value is expanded into.
_MOST_TEXTS = 64


def _texts_of(expression: object) -> list[str]:
    """Every text *expression* can be, its spaces kept so that a word written with its endings
    as alternatives joins up ("біл" + "ою")."""
    if isinstance(expression, TextChunk):
        return [expression.text]
    if isinstance(expression, Alternative):
        texts = [text for item in expression.items for text in _texts_of(item)]
        return [*texts, ""] if expression.is_optional else texts
    if isinstance(expression, Words):
        texts = [""]
        for item in expression.items:
            tails = _texts_of(item)
            texts = [head + tail for head in texts for tail in tails][:_MOST_TEXTS]
            if not texts:
                return []
        return texts
    return []


def _zone_of(now: dt.datetime, tz: ZoneInfo) -> ZoneInfo:
    """The zone a request's clock is in: its own UTC offset where that is not *tz*'s then (the
    home's calendars and "at 8" are in the home's time, which a clock given with an offset
    says), as a whole-hour zone; *tz* otherwise."""
    offset = now.utcoffset()
    if offset is None or offset == now.astimezone(tz).utcoffset():
        return tz
    hours, rest = divmod(offset, dt.timedelta(hours=1))
    if rest or not -12 <= hours <= 14:
        return tz
    return ZoneInfo("Etc/GMT" if hours == 0 else f"Etc/GMT{-hours:+d}")


def _restore_case(plan: Plan, original: str, home: Home) -> None:
    """Free text the person typed (a to-do item) as they wrote it: the sentence rules read
    the text in lower case, but "Putzen" and "iPhone charger" keep their capitals (an item
    ticked off as its list has it stays so)."""
    for step in plan.steps:
        item = step.params.get("item")
        if not isinstance(item, str) or not item.strip():
            continue
        if step.action == "todo.update_item" and list_items.listed(home, step.targets, item):
            continue
        words = [re.escape(word) for word in item.split()]
        found = re.search(r"(?<!\w)" + r"\W+".join(words) + r"(?!\w)", original, re.IGNORECASE)
        if found is not None and found.group(0).casefold() != item.casefold():
            continue  # punctuation inside: keep the planner's reading
        if found is not None:
            step.params["item"] = found.group(0)
            step.summary = requote(step.summary, item, found.group(0))


#: Errors that mean no rule read the sentence or found what it names.
_NOTHING_READ = (ErrorCode.NOT_UNDERSTOOD, ErrorCode.NO_TARGET)


def _read_instead(code: ErrorCode, question: bool) -> bool:
    """Whether a plan that failed with *code* leaves the sentence to be read as a question
    about a sensor or person named: when nothing was read, or when a question was read as a
    command the devices cannot do ("is de telefoon aan het laden": no phone to dock)."""
    return code in _NOTHING_READ or (question and code is ErrorCode.UNSUPPORTED)


#: "Both" said for two devices of a conversation.
_BOTH = re.compile(
    r"(?<!\S)(?:the both of them|both of them|them both"
    r"|both(?=(?: (?:on|off|up|down|out|please))?$))(?!\S)"
)

#: A word that says whose ("lily's", "the kids'").
_OWNER = re.compile(r"[a-z]+(?:'s|s')")

#: A possessive pronoun before what it owns ("close his blind").
_OWNED_BY = re.compile(r"(?<!\S)(?:his|her|their)(?= \S)")

#: Words that stand for the device a conversation is about ("dim it").
_TARGET_PRONOUNS = frozenset({"it", "them", "that", "this"})

#: Words that stand for the item a sentence's earlier clause named.
_ITEM_PRONOUNS = frozenset({"it", "them", "that", "those", "this", "these", "some"})


def _left_out(remarks: list[str]) -> str:
    """What is said of remarks beside a command, none of them run ("Left out: “…”, “…”.")."""
    quoted = keyed_replies.Listed(tuple(f"“{c}”" for c in remarks), join=None)
    return keyed_replies.said("note.left_out", said=quoted)


def _join_item_pronouns(plan: Plan) -> None:
    """ "We're out of toothpaste, add it to the shopping list": "it" is the toothpaste, so
    one step adds it to the list the second clause names, not two items."""
    kept: list[Step] = []
    for step in plan.steps:
        item = step.params.get("item")
        if (
            step.action == "todo.add_item"
            and isinstance(item, str)
            and normalize(item) in _ITEM_PRONOUNS
            and kept
            and kept[-1].action == "todo.add_item"
        ):
            kept[-1].targets = list(step.targets)
            kept[-1].summary = requote(step.summary, item, kept[-1].params["item"])
            continue
        kept.append(step)
    plan.steps = kept


def _takes_over(device_plan: Plan, temporal: Plan) -> bool:
    """Whether a reminder or calendar reading said with a weak cue wins over *device_plan*:
    only a reading that makes a step (never a question about a calendar the person did not
    mention), and only when the device reading understood nothing, or only after correcting
    words or guessing loosely."""
    if not temporal.steps:
        return False
    if device_plan.error is not None:
        # "What does my day look like": no device is named, so a "which door?" can only come
        # from a misheard word ("lock").
        return device_plan.error.code in (ErrorCode.NOT_UNDERSTOOD, ErrorCode.AMBIGUOUS) or (
            device_plan.corrected
        )
    return device_plan.corrected or device_plan.loose


def _has_timer(match: _Match) -> bool:
    """Whether a resolved *match* starts, stops or asks about a timer."""
    assert isinstance(match.outcome, Resolved)
    return any(step.action.startswith("timer.") for step in match.outcome.steps)


def _one_timer(match: _Match | None) -> bool:
    """Whether *match* is one timer step (its length may be said in clauses)."""
    if match is None or not isinstance(match.outcome, Resolved):
        return False
    steps = match.outcome.steps
    return len(steps) == 1 and steps[0].action.startswith("timer.")


def _is_bare(part: str, match: _Match, bare_words: frozenset[str]) -> bool:
    """Whether *part* is nothing but what filled the match's slots ("the desk lamp"), besides
    *bare_words* (articles and joining words)."""
    rest = f" {part} "
    for words in match.slot_texts:
        rest = rest.replace(f" {words} ", " ")
    return all(word in bare_words for word in rest.split())


def _not_found(matches: list[_Match]) -> bool:
    """Whether a rule read the sentence but found nothing it names ("it's cold in our
    bedroom" with no thermostat there), so a condition of the place may still be meant."""
    return all(
        isinstance(m.outcome, Unresolved)
        and m.outcome.code in (ErrorCode.NOT_UNDERSTOOD, ErrorCode.NO_TARGET)
        for m in matches
    )


_UNDOING = frozenset(
    {
        "light.turn_off",
        "switch.turn_off",
        "fan.turn_off",
        "media_player.turn_off",
        "media_player.media_pause",
        "media_player.media_stop",
        "climate.turn_off",
        "humidifier.turn_off",
        "input_boolean.turn_off",
        "lock.lock",
        "cover.close_cover",
        "valve.close_valve",
    }
)
"""What a thing said to be left on or in the way may be undone with: turned off, locked or
closed, never unlocked, opened or disarmed."""


def _loosely_asked(matches: list[_Match] | None) -> bool:
    """Whether only a loose reading read the sentence: a guess, a question which device, or
    a guess its device cannot do ("all steamed up" read as brighter for an on/off light)."""
    return bool(matches) and all(
        m.loose
        and (
            isinstance(m.outcome, Resolved)
            or (isinstance(m.outcome, Unresolved) and m.outcome.code in _LOOSE_ASKS)
        )
        for m in matches or ()
    )


_LOOSE_ASKS = (ErrorCode.AMBIGUOUS, ErrorCode.UNSUPPORTED)


def _guess_not_done(match: _Match) -> bool:
    """Whether *match* is a loose reading its device cannot do: a guess all the same."""
    return (
        match.loose
        and isinstance(match.outcome, Unresolved)
        and match.outcome.code == ErrorCode.UNSUPPORTED
    )


def _asks_back(match: _Match | None) -> bool:
    """A rule read the sentence and asks back ("увеличь громкость на 90": to what volume?):
    the loose reading's guess of a setting does not overrule it."""
    return (
        match is not None
        and isinstance(match.outcome, Unresolved)
        and match.outcome.code is ErrorCode.UNCLEAR
    )


def _resolved(matches: list[_Match] | None) -> bool:
    return matches is not None and all(isinstance(m.outcome, Resolved) for m in matches)


#: Sentence rules that only ask for a reading, which some languages' rules also read out of a
#: remark ("e frig în birou": the room's temperature).
_READINGS_ASKED = frozenset({"HassClimateGetTemperature"})


@functools.lru_cache(maxsize=16)
def _remarks_read_as_asked(language: str) -> tuple[str, ...]:
    """How a remark opens that *language*'s sentence rules read as asking for a reading
    (``remarks_read_as_asked`` in its ``conditions.yaml``; none unless it lists them)."""
    raw = (own_data(language, "conditions.yaml") or {}).get("remarks_read_as_asked") or ()
    return tuple(normalize(str(w)) for w in raw)


def _narrower(retry: list[_Match] | None, matches: list[_Match] | None) -> bool:
    """Whether *retry* does what *matches* do to fewer of the same devices: one device
    named where a rule read a room's devices of its kind."""
    if not _resolved(retry) or not _resolved(matches) or retry is None or matches is None:
        return False
    if len(retry) != len(matches) or any(m.loose for m in retry):
        return False
    fewer = False
    for new, old in zip(retry, matches, strict=True):
        assert isinstance(new.outcome, Resolved) and isinstance(old.outcome, Resolved)
        actions = {s.action for s in new.outcome.steps}
        if not new.outcome.targets or actions != {s.action for s in old.outcome.steps}:
            return False
        if not set(new.outcome.targets) <= set(old.outcome.targets):
            return False
        fewer = fewer or len(set(new.outcome.targets)) < len(set(old.outcome.targets))
    return fewer


def _is_sequenced(text: str) -> bool:
    return " then " in f" {text} "


def _is_number(word: str) -> bool:
    return word.rstrip("%").replace(".", "", 1).isdigit()


def _slot_texts(result: RecognizeResult) -> tuple[str, ...]:
    """The text of each slot the words filled, target slots first; pronouns and values that
    came from context are left out."""
    order = {"name": 0, "area": 1, "floor": 2, "item": 3}
    texts = []
    for key, entity in sorted(result.entities.items(), key=lambda kv: order.get(kv[0], 9)):
        if entity.value == REFERENCE:
            if key == "name":
                return ()  # "turn it off" is no model for a follow-up
            continue
        if key == "name" and entity.is_wildcard:
            continue  # a timer's own name ("egg") is no target a follow-up replaces
        text = (entity.text or "").strip()
        if text and text.lower() in result.original_text.lower():
            texts.append(text)
    return tuple(texts)


def _rank(result: RecognizeResult) -> tuple[int, int, int, int, int]:
    """Best first: a named device, then an explicit area over this computer's area, then the
    reading that matched more literal words, then the one with fewer numbers said as words
    (a word that is also a number, German "ein", is first the literal word), then the one
    whose names take more of the words (Greek "πρόσθεσε στις δουλειές σπιτιού αλλαγή
    λάμπας": the list "Δουλειές σπιτιού", not its alias "δουλειές" and an item "σπιτιού
    αλλαγή λάμπας")."""
    name = result.entities.get("name")
    # A free-text name (a timer's "egg") names no device: "stoppe Timer für 5 Minuten" is
    # not a timer called "stoppe".
    has_name = name is not None and not name.is_wildcard
    # One with a number in it ("a 5 minute") comes last: another reading has the length.
    numbered = name is not None and name.is_wildcard and any(c.isdigit() for c in str(name.value))
    requires = result.intent_data.requires_context or {}
    first = 0 if has_name else 2 if numbered else 1
    worded = sum(_worded_number(e) for e in result.entities.values())
    named = sum(len(str(e.text).split()) for e in result.entities.values() if not e.is_wildcard)
    return (first, 1 if "area" in requires else 0, -result.text_chunks_matched, worded, -named)


def _lock_rule_off_lock(result: RecognizeResult, outcome: Resolved) -> bool:
    """Whether *result* is a rule said only of locks (its verb locks or unlocks: Catalan
    "obre" is also "unlock") that resolved to devices none of which is a lock: its turning
    off would close a garage door the person asked to open."""
    required = (result.intent_data.requires_context or {}).get("domain")
    if (required if isinstance(required, list) else [required]) != ["lock"]:
        return False
    changed = [t for step in outcome.steps if not step.read_only for t in step.targets]
    return bool(changed) and not any(t.startswith("lock.") for t in changed)


def _place_said_as(result: RecognizeResult, words: Sequence[str]) -> bool:
    """Whether *result* reads one of *words* (the whole home's: "house") as the name of a
    floor or room of this home."""
    return any(
        not place.is_wildcard and normalize(str(place.text)) in words
        for key in ("floor", "area")
        if (place := result.entities.get(key)) is not None
    )


def _plain(result: RecognizeResult) -> bool:
    """Whether *result* names its device and nothing in it needs weighing against other
    readings: no pronoun, no free text (where a free-text item ends is decided by the
    reading that matched the most words) and no number said as a word (German "ein" is
    also "on")."""
    if result.entities["name"].value == REFERENCE:
        return False
    return not any(e.is_wildcard or _worded_number(e) for e in result.entities.values())


#: A room said at the end of a command ("... in the annex", "... in the living room").
_IN_ROOM_AT_END = re.compile(r"\s(?:in|on) (?:the )?\S+(?: \S+){0,2}$")
#: A plan that found nothing the sentence names; a word for several rooms is asked about.
_NOT_FOUND = frozenset({ErrorCode.NOT_UNDERSTOOD, ErrorCode.NO_TARGET})
#: How a mode or a level said alone after a command is read, per language ("cool mode": "set
#: it to cool mode"), and the most words such a part has.
_SET_IT = {"en": "set it to {}"}
_SET_IT_WORDS = 3
#: Words that say a state; a follow-up that says another than the command before says its own.
_STATES = frozenset({"on", "off", "open", "closed", "shut"})
#: A state said at the end of the last part of a compound, and the room after it ("the fan
#: and the aircon off in the lounge").
_STATE_AT_END = re.compile(
    r"\S \b((?:on|off|open|closed|shut)(?: (?:in|on) (?:the )?\S+(?: \S+){0,2})?)$"
)
_PERCENT_AT_END = re.compile(r"\S \b((?:(?:to|at) )?\d+(?: ?%| percent| per cent))$")


def _same_devices(lent: _Match, last: _Match) -> bool:
    """Whether the part read with the last part's noun (*lent*) acts on nothing but the
    devices the last part itself names."""
    if not isinstance(lent.outcome, Resolved) or not isinstance(last.outcome, Resolved):
        return False
    lent_targets = {t for step in lent.outcome.steps for t in step.targets}
    last_targets = {t for step in last.outcome.steps for t in step.targets}
    return bool(lent_targets) and lent_targets <= last_targets


def _asks_which(match: _Match | None) -> bool:
    """Whether *match* asks which of several devices is meant."""
    return (
        match is not None
        and isinstance(match.outcome, Unresolved)
        and match.outcome.code is ErrorCode.AMBIGUOUS
    )


def _glued_number(result: RecognizeResult, text: str) -> bool:
    """Whether a number said as a word was read out of the end of a longer word: Danish
    "gardinet" (the curtain) is not "gardin" and "et" (one). A word may follow it (Korean
    "최대로", "to the maximum", joins a particle), and in scripts without spaces every
    number is inside other text, so there it counts."""
    return any(
        _worded_number(entity)
        and not is_spaceless(entity.text or "")
        and re.search(r"(?<!\w)" + re.escape((entity.text or "").strip()), text) is None
        for entity in result.entities.values()
    )


def _worded_number(entity: MatchEntity) -> bool:
    """Whether *entity* is a number the person said as a word ("fünfzig"), not in digits
    (and not a flag a rule sets, which has no text)."""
    value, said = entity.value, (entity.text or "").strip()
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not said:
        return False
    return not any(ch.isdigit() for ch in said)


def _kind_value(result: RecognizeResult) -> bool:
    """Whether the reading's ``{name}`` is a kind of device ("the kitchen light"), which
    Home Assistant's own readings (every light in the kitchen) may still answer for."""
    name = result.entities.get("name")
    return name is not None and str(name.value).startswith(TYPE_PREFIX)


def _error(outcome: Unresolved) -> PlanErrorInfo:
    return PlanErrorInfo(outcome.code, outcome.message)


def _frame_words(frames: FrameData) -> set[str]:
    """The single words of a language's loose-reading data (numbers, cues, amounts, units,
    little words): words of the language, never a name misspelt."""
    phrases = [
        *frames.numbers,
        *frames.cues,
        *frames.small,
        *frames.couple,
        *frames.percent,
        *frames.degrees,
        *frames.function_words,
    ]
    return {word for phrase in phrases for word in phrase.split() if word.isalpha()}
