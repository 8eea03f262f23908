"""Hearth's loose reading: one device plus one clear cue, when no sentence rule matched.

People say "put the kettle on", "heating to 19", "telly down a touch", "faster". No sentence
list covers every such phrasing, but each names one device (by name, by kind, or "it") and
carries one unmistakable cue (on, off, a percentage, up, lock...). This module finds exactly
that and nothing more: two devices, two conflicting cues, a question, or no cue at all and it
returns None. The cue words are data (``resources/sentences/<lang>/frames.yaml``). Plans read
this way are marked loose and always shown for confirmation.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from app.understanding.own_data import own_data
from app.understanding.resolve import IntentMatch, Slots
from app.understanding.vocabulary import REFERENCE, Vocabulary

_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?%?$")
_PRONOUNS = frozenset({"it", "them", "that", "those", "this", "these", "they"})
_ARTICLES = frozenset({"the", "my", "our", "a", "an", "her", "his", "their"})


_GUARDED_DOMAINS = frozenset({"lock", "alarm_control_panel"})
"""Kinds of device whose verbs a loose reading never drops (see ``read_frame``)."""


@dataclass(frozen=True, slots=True)
class FrameData:
    questions: frozenset[str]
    cues: dict[str, tuple[str, ...]]
    """Phrase -> the cues it can be ("lower": close, or down)."""
    small: frozenset[str]
    couple: frozenset[str]
    percent: frozenset[str]
    degrees: frozenset[str]
    numbers: dict[str, float]
    number_sounds: dict[str, int] = field(default_factory=dict)
    """Words heard for a number after a name ("bedroom for"): names only, never numbers."""
    states: dict[str, str] = field(default_factory=dict)
    """State words in questions ("is the telly on?") -> the state asked about."""
    measures: dict[str, str] = field(default_factory=dict)
    """Measure words ("humid") -> a sensor device class ("humidity")."""
    outside: frozenset[str] = frozenset()
    function_words: frozenset[str] = frozenset()
    cue_domains: dict[str, str] = field(default_factory=dict)
    """Cue -> the kind of device it can only mean ("unlock" -> lock)."""
    word_domains: dict[str, str] = field(default_factory=dict)
    """Word -> the kind of device it implies ("brighter" -> light)."""
    word_classes: dict[str, frozenset[str]] = field(default_factory=dict)
    """Word -> the device classes it names ("curtains" -> curtain): with no device named,
    only devices of those classes (never every cover of the room)."""
    longest: int = 1
    pronouns: frozenset[str] = _PRONOUNS
    """Words that stand for what the conversation is about ("it", "es", "ça")."""
    articles: frozenset[str] = _ARTICLES
    cover_only: frozenset[str] = frozenset()
    """Cue phrases said of a blind's position only ("à moitié"): never a light's level."""
    preposition_cues: frozenset[str] = frozenset({"on"})
    """Cue words that are also prepositions ("on", Norwegian "på"): read as a cue only when no
    device, room or floor follows ("volume up on the telly", "taklampa på soverommet på")."""
    joining: Joining | None = None
    """How the language joins commands and adds to the one before (None: English's, in the
    planner)."""
    spelt_letters: dict[str, str] = field(default_factory=dict)
    """Letters the language may write out in two ("ue": "ü"; app/understanding/spelt_letters.py)."""


@dataclass(frozen=True, slots=True)
class Joining:
    """The words a language joins two commands with and marks a follow-up with, as data
    (``joining`` in ``frames.yaml``): "und", "et", "y"; "auch", "aussi", "también"."""

    ands: tuple[str, ...]
    """Words between two commands ("und")."""
    thens: tuple[str, ...] = ()
    """Words that make the second command wait for the first ("dann")."""
    leading: tuple[str, ...] = ()
    """Words a follow-up starts with ("und", "und jetzt")."""
    trailing: tuple[str, ...] = ()
    """Words a follow-up ends with ("auch", "bitte")."""
    clitics: tuple[str, ...] = ()
    """Pronouns glued to the verb, with the hyphen when written with one ("-la": "éteins-la";
    "la": "apágala"); read as :attr:`read_as` after the verb."""
    read_as: str = ""
    """The pronoun a glued one is read as ("ça", "eso")."""
    owners: tuple[str, ...] = ()
    """How an owner is said, "{}" for the name ("bei {}", "{}s", "d'{}"): app/understanding/
    owners.py."""
    owner_room: str = ""
    """How a room is said, "{}" for its name, for an owner whose name only a room's name has
    ("im {}": "der Rollladen bei Lena" is the one in the Zimmer von Lena)."""
    compound_room: str = ""
    """How a room's name glued before a kind of device is said apart, "{}" for the kind,
    then the room ("{} im {}": "wohnzimmerlicht" is "licht im wohnzimmer")."""
    compound_links: tuple[str, ...] = ()
    """Letters that may join a room's name to the word glued after it ("n": "küchenlicht" is
    "licht in der küche")."""
    separable: dict[str, str] = field(default_factory=dict)
    """A verb and the particle said at the end of the sentence -> the cue they make together
    ("fahr aus": "ausfahren", as in "fahr die Markise aus")."""
    on_off: dict[str, str] = field(default_factory=dict)
    """How a device is switched on or off, "{}" for its name, for a follow-up that names
    only another device ("mach {} an")."""
    name_kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    """A word for a kind of device said after a device's name, apart or glued on -> the
    domains it fits ("ventilator": fan, as in "speelhoekventilator"): app/understanding/
    name_kinds.py."""

    def split(self) -> re.Pattern[str]:
        """Where a sentence is cut into commands."""
        ands = _alternatives(self.ands)
        thens = _alternatives(self.thens) if self.thens else None
        forms = [rf"[,;]\s*(?:{ands}\s+)?{thens}\s+", rf"\s+{ands}\s+{thens}\s+"] if thens else []
        forms += [rf"[,;]\s*{ands}\s+"]
        forms += [rf"\s+{thens}\s+"] if thens else []
        forms += [rf"\s+{ands}\s+", r"[,;]\s*", r"\.\s+"]
        return re.compile(r"\s*(?:" + "|".join(forms) + ")")

    def leading_words(self) -> re.Pattern[str]:
        return re.compile(rf"^(?:{_alternatives(self.leading)})\s+")

    def trailing_words(self) -> re.Pattern[str]:
        return re.compile(rf"\s+(?:{_alternatives(self.trailing)})$")

    def unglued(self, text: str, pronoun: str, verbs: frozenset[str]) -> str:
        """*text* with a pronoun glued to a verb said as *pronoun* after it ("éteins-la":
        "éteins ça", "apágala": "apaga eso"), when the verb alone is one of *verbs*."""
        return text if not self.clitics else _unglue(text, self.clitics, pronoun, verbs)


def _alternatives(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


#: A verb with a pronoun glued to it takes an accent it has not alone ("apaga", "apágala").
_ACUTE = str.maketrans("áéíóú", "aeiou")


def _unglue(text: str, clitics: tuple[str, ...], pronoun: str, verbs: frozenset[str]) -> str:
    return " ".join(_unglued_word(word, clitics, pronoun, verbs) for word in text.split())


def _unglued_word(word: str, clitics: tuple[str, ...], pronoun: str, verbs: frozenset[str]) -> str:
    for clitic in clitics:
        stem = word.removesuffix(clitic)
        if stem == word:
            continue
        if clitic.startswith("-") and len(stem) >= 2:
            return f"{stem} {pronoun}"  # "éteins-la"
        stem = stem.translate(_ACUTE)
        if len(stem) >= 3 and stem in verbs:
            return f"{stem} {pronoun}"  # "apágala", "ponla"
        if len(stem) >= 3 and stem[-1] == clitic[0] and stem[:-1] in verbs:
            return f"{stem[:-1]} {pronoun}"  # "falla": a short verb doubles the consonant
    return word


@functools.lru_cache(maxsize=8)
def load_frames(language: str) -> FrameData | None:
    raw = own_data(language, "frames.yaml")
    if raw is None:
        return None
    cues: dict[str, tuple[str, ...]] = {}
    for cue, phrases in (raw.get("cues") or {}).items():
        for phrase in phrases:
            key = str(phrase).lower()
            cues[key] = (*cues.get(key, ()), str(cue))
    small = frozenset(str(p) for p in raw.get("small_amounts") or ())
    couple = frozenset(str(p) for p in raw.get("couple") or ())
    measures: dict[str, str] = {}
    for measure, words in (raw.get("measures") or {}).items():
        for word in words:
            measures.setdefault(str(word), str(measure))
    states = {str(k): str(v) for k, v in (raw.get("states") or {}).items()}
    outside = frozenset(str(w) for w in raw.get("outside_words") or ())
    phrases = [
        *cues,
        *small,
        *couple,
        *(str(k) for k in raw.get("numbers") or {}),
        *measures,
        *outside,
    ]
    return FrameData(
        questions=frozenset(str(q) for q in raw.get("question_words") or ()),
        cues=cues,
        small=small,
        couple=couple,
        percent=frozenset(str(p) for p in raw.get("percent_words") or ()),
        degrees=frozenset(str(p) for p in raw.get("degree_words") or ()),
        numbers=_numbers(raw),
        number_sounds={str(k): int(v) for k, v in (raw.get("number_sounds") or {}).items()},
        states=states,
        measures=measures,
        outside=outside,
        function_words=frozenset(str(w) for w in raw.get("function_words") or ()),
        cue_domains={str(k): str(v) for k, v in (raw.get("cue_domains") or {}).items()},
        word_domains={str(k): str(v) for k, v in (raw.get("word_domains") or {}).items()},
        word_classes={
            str(k): frozenset(str(c) for c in v) for k, v in (raw.get("word_classes") or {}).items()
        },
        longest=max((len(p.split()) for p in phrases), default=1),
        pronouns=frozenset(str(w) for w in raw["pronouns"]) if "pronouns" in raw else _PRONOUNS,
        articles=frozenset(str(w) for w in raw["articles"]) if "articles" in raw else _ARTICLES,
        cover_only=frozenset(str(w) for w in raw.get("cover_only") or ()),
        preposition_cues=(
            frozenset(str(w) for w in raw["preposition_cues"])
            if "preposition_cues" in raw
            else frozenset({"on"})
        ),
        joining=_joining(raw.get("joining")),
        spelt_letters={str(k): str(v) for k, v in (raw.get("spelt_letters") or {}).items()},
    )


def _numbers(raw: dict[str, Any]) -> dict[str, float]:
    """The language's number words (``numbers``), with the tens and ones said as one word
    (``compound_numbers``: German "fünfundsiebzig", Dutch "vijfenzeventig") and each word as
    the text reaches the planner, case-folded ("dreißig" is heard as "dreissig")."""
    numbers = {str(k): float(v) for k, v in (raw.get("numbers") or {}).items()}
    compound = raw.get("compound_numbers") or {}
    tens = {w: v for w, v in numbers.items() if 20 <= v < 100 and v % 10 == 0}
    for form in compound.get("forms") or ():
        for one, value in (compound.get("ones") or {}).items():
            for ten, tens_value in tens.items():
                word = str(form).format(one=one, ten=ten)
                numbers.setdefault(word, tens_value + float(value))
    for word, value in list(numbers.items()):
        numbers.setdefault(word.casefold(), value)
    return numbers


def _joining(raw: Any) -> Joining | None:
    if not raw:
        return None
    return Joining(
        ands=tuple(str(w) for w in raw.get("and") or ()),
        thens=tuple(str(w) for w in raw.get("then") or ()),
        leading=tuple(str(w) for w in raw.get("leading") or ()),
        trailing=tuple(str(w) for w in raw.get("trailing") or ()),
        clitics=tuple(str(w) for w in raw.get("clitics") or ()),
        read_as=str(raw.get("clitics_read_as") or ""),
        owners=tuple(str(w) for w in raw.get("owners") or ()),
        owner_room=str(raw.get("owner_room") or ""),
        compound_room=str(raw.get("compound_room") or ""),
        compound_links=tuple(str(w) for w in raw.get("compound_links") or ()),
        separable={str(k): str(v) for k, v in (raw.get("separable") or {}).items()},
        on_off={str(k): str(v) for k, v in (raw.get("on_off") or {}).items()},
        name_kinds={
            str(k): frozenset(str(d) for d in (v if isinstance(v, list) else [v]))
            for k, v in (raw.get("name_kinds") or {}).items()
        },
    )


@dataclass(slots=True)
class _Reading:
    names: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    """(slot value, domains) of every device phrase."""
    area: str | None = None
    floor: str | None = None
    cues: list[str] = field(default_factory=list)
    small: bool = False
    couple: bool = False
    number: float | None = None
    unit: str | None = None
    """"percent", "degrees" or None."""
    color: str | None = None
    unexplained: list[str] = field(default_factory=list)
    """Words that are neither a device, an area, a cue, an amount nor a number."""


def _spans(words: list[str], vocab: Vocabulary) -> tuple[_Reading, list[bool]]:
    """Longest-first, non-overlapping device, area and floor phrases."""
    reading = _Reading()
    covered = [False] * len(words)
    for length in range(min(vocab.longest, len(words)), 0, -1):
        for start in range(len(words) - length + 1):
            if any(covered[start : start + length]):
                continue
            phrase = " ".join(words[start : start + length])
            if phrase in vocab.name_index and phrase not in vocab.partial:
                values = vocab.name_index[phrase]
                domains = frozenset(
                    str((v.context or {}).get("domain")) for v in values if v.context
                )
                reading.names.append((str(values[0].value_out), domains))
            elif phrase in vocab.area_index:
                reading.area = str(vocab.area_index[phrase][0].value_out)
            elif phrase in vocab.floor_index:
                reading.floor = str(vocab.floor_index[phrase][0].value_out)
            else:
                continue
            for i in range(start, start + length):
                covered[i] = True
    return reading, covered


def _cues(
    words: list[str],
    covered: list[bool],
    data: FrameData,
    colors: frozenset[str],
    reading: _Reading,
) -> None:
    i = 0
    while i < len(words):
        if covered[i]:
            i += 1
            continue
        matched = False
        for length in range(min(data.longest, len(words) - i), 0, -1):
            if any(covered[i : i + length]):
                continue
            phrase = " ".join(words[i : i + length])
            if phrase in data.preposition_cues and _before_target(words, covered, i + 1, data):
                break  # "volume up on the telly": a preposition, not "turn on"
            end = i + length
            if phrase in data.small:
                reading.small = True
            elif phrase in data.couple:
                reading.couple = True
            elif phrase in data.numbers and (length > 1 or phrase not in ("a", "an")):
                # "двадцать один": the words of one number are read once, not once more alone
                end = _number(reading, data.numbers[phrase], words, end, data)
            elif phrase in data.cues:
                reading.cues.extend(data.cues[phrase])
            elif phrase in colors:
                reading.color = phrase
            else:
                continue
            i = end
            matched = True
            break
        if not matched:
            word = words[i]
            if _NUMBER.match(word):
                value = float(word.rstrip("%").replace(",", "."))
                # "30 per cent": the two words of the percent are read with the number
                i = _number(reading, value, words, i + 1, data, percent=word.endswith("%"))
                continue
            if not (
                word in data.function_words
                or word in data.word_domains
                or word in data.percent
                or word in data.degrees
            ):
                reading.unexplained.append(word)
            i += 1


def _before_target(words: list[str], covered: list[bool], index: int, data: FrameData) -> bool:
    while index < len(words) and words[index] in data.articles:
        index += 1
    return index < len(words) and covered[index]


def _number(
    reading: _Reading,
    value: float,
    words: list[str],
    after: int,
    data: FrameData,
    *,
    percent: bool = False,
) -> int:
    """Reads the number *value* said before *words[after]*; the index of the first word
    after its words ("twenty one": after "one")."""
    # "twenty one", "nineteen and a half"
    while after < len(words) and words[after] in data.numbers and value >= 20 and value % 10 == 0:
        value += data.numbers[words[after]]
        after += 1
    end = after
    if words[after : after + 3] == ["and", "a", "half"]:
        value += 0.5
    if reading.number is not None and reading.number != value:
        reading.number = float("nan")  # two different numbers: no loose reading
        return end
    reading.number = value
    following = words[after] if after < len(words) else ""
    if " ".join(words[after : after + 2]) in data.percent:
        reading.unit = "percent"  # "τοις εκατό": its "εκατό" is no second number
        return after + 2
    if percent or following in data.percent:
        reading.unit = "percent"
    elif following in data.degrees:
        reading.unit = "degrees"
    return end


def read_frame(
    text: str,
    vocab: Vocabulary,
    data: FrameData,
    colors: frozenset[str],
    *,
    reference_domains: frozenset[str],
    here: bool = False,
) -> IntentMatch | None:
    """*reference_domains*: domains of what the conversation is about (empty: nothing);
    *here*: this computer's area is known."""
    has_conversation = bool(reference_domains)
    words = text.split()
    if data.joining is not None and data.joining.separable:
        words = _particles_joined(words, data.joining.separable)
    if not words:
        return None
    reading, covered = _spans(words, vocab)
    if words[0] in data.questions or " ".join(words[:2]) in data.questions:
        return _question(words, covered, reading, data, reference_domains)
    for i, word in enumerate(words):
        if word in data.pronouns and not covered[i] and has_conversation:
            reading.names.append((REFERENCE, reference_domains))
            covered[i] = True
    _cues(words, covered, data, colors, reading)
    values = {value for value, _ in reading.names}
    if len(values) > 1:
        return None
    slots: dict[str, Any] = {}
    if values:
        name, domains = reading.names[0]
        hinted = {data.word_domains[w] for w in words if w in data.word_domains}
        if domains and hinted and not hinted & domains:
            return None  # "make the lamp warmer" is its colour, never its brightness
        guarded = {data.cue_domains.get(c) for c in reading.cues} & _GUARDED_DOMAINS
        if domains and guarded - domains:
            # "schalte die Lampe ein und entriegle die Haustür": a lock's or an alarm's verb
            # said beside another device is a second command the loose reading cannot see;
            # it is never dropped from a plan that turns the lamp on.
            return None
        slots["name"] = name
    elif reading.unexplained:
        return None  # no device named and words Hearth cannot place: not a loose command
    elif has_conversation and not (reading.area or reading.floor):
        hinted = {data.word_domains[w] for w in words if w in data.word_domains}
        if hinted and not hinted & reference_domains:
            return None  # "faster" is not about the lamp the conversation was about
        slots["name"] = REFERENCE
        domains = reference_domains
    else:
        # No device named: a cue that only fits one kind of device, in the area named or
        # this computer's area ("unlock the shed", "brighter").
        # A temperature ("21.5 degrees please") is for a thermostat, and the climate handler
        # picks one (here, the only one, the main one) or asks: never every one.
        degrees = reading.unit == "degrees"
        if not (reading.area or reading.floor or here or degrees):
            return None  # never every such device in the home
        hinted = {data.cue_domains[c] for c in reading.cues if c in data.cue_domains}
        if degrees:
            hinted.add("climate")
        hinted |= {
            data.word_domains[w]
            for w, c in zip(words, covered, strict=True)
            if not c and w in data.word_domains
        }
        if len(hinted) != 1:
            return None
        domains = frozenset(hinted)
        slots["domain"] = next(iter(hinted))
        classes = {
            c
            for w, cov in zip(words, covered, strict=True)
            if not cov
            for c in data.word_classes.get(w, ())
        }
        if classes:
            slots["device_class"] = sorted(classes)  # "gordijnen woonkamer open": the curtains
    if reading.number is not None and reading.number != reading.number:  # NaN
        return None
    said_measures = {data.measures[w] for w in words if w in data.measures}
    if reading.number is not None and said_measures - {"temperature"}:
        return None  # "set the heat pump humidity to 45": a humidity, never a temperature
    if reading.area:
        slots["area"] = reading.area
    if reading.floor:
        slots["floor"] = reading.floor
    intent = _intent(reading, domains, slots)
    if intent is None:
        return None
    if domains != {"cover"} and any(_has_phrase(text, p) for p in data.cover_only):
        return None  # "lampe à moitié" is no half brightness
    return IntentMatch(intent, Slots(values=slots, area_from_context=False), text)


def _particles_joined(words: list[str], separable: dict[str, str]) -> list[str]:
    """*words* with a verb whose particle ends the sentence said as one cue ("fahr die
    Markise aus": "die markise ausfahren")."""
    if len(words) < 3:
        return words
    for pair, cue in separable.items():
        verb, _, particle = pair.partition(" ")
        if words[-1] == particle and verb in words[:-1]:
            at = words.index(verb)
            return [*words[:at], *words[at + 1 : -1], *cue.split()]
    return words


def _question(
    words: list[str],
    covered: list[bool],
    reading: _Reading,
    data: FrameData,
    reference_domains: frozenset[str],
) -> IntentMatch | None:
    """ "Is the telly on?", "what's the boiler set to?", "how humid is the bathroom?"."""
    free = [w for w, c in zip(words, covered, strict=True) if not c]
    text = " ".join(free)
    measure = next((m for p, m in data.measures.items() if _has_phrase(text, p)), None)
    outside = any(_has_phrase(text, p) for p in data.outside)
    yes_no = words[0] in ("is", "are", "does", "do", "has", "have")
    state = next((data.states[w] for w in free[1:] if w in data.states), None) if yes_no else None
    values = {value for value, _ in reading.names}
    slots: dict[str, Any] = {}
    if reading.area:
        slots["area"] = reading.area
    if reading.floor:
        slots["floor"] = reading.floor
    if not values and reference_domains and any(w in data.pronouns for w in free):
        values = {REFERENCE}
    if len(values) == 1:
        slots["name"] = values.pop()
        if measure:
            slots["measure"] = measure
        if state:
            slots["state"] = state
        return IntentMatch("HassGetState", Slots(slots, False), " ".join(words))
    if values or measure is None:
        return None
    slots["measure"] = measure
    if outside:
        slots["outside"] = True
    return IntentMatch("HearthGetMeasure", Slots(slots, False), " ".join(words))


def _has_phrase(text: str, phrase: str) -> bool:
    return f" {phrase} " in f" {text} "


#: Words for a level without a number: "full", "half", "a quarter", "three quarters".
_LEVELS = {"full": 100.0, "minimum": 1.0, "half": 50.0, "quarter": 25.0, "three_quarters": 75.0}


def _intent(reading: _Reading, domains: frozenset[str], slots: dict[str, Any]) -> str | None:
    """The one intent the cues ask for, given the device's domain (or None)."""
    cues = set(reading.cues)
    direction = {"up", "down"} & cues
    verbs = cues - {"up", "down", "turn_on", "turn_off", *_LEVELS}
    domain = next(iter(domains), None) if len(domains) == 1 else None
    if domain is None:
        return None
    number = reading.number
    if number is not None:
        if domain == "climate":
            if direction and (reading.unit == "degrees" or reading.small) and number <= 5:
                slots["temperature_step"] = number
                slots["direction"] = next(iter(direction))
                return "HearthClimateStep"
            slots["temperature"] = number
            return "HassClimateSetTemperature"
        if reading.unit == "degrees":
            return None
        return _level(domain, number, slots)
    levels = {_LEVELS[cue] for cue in cues & _LEVELS.keys()}
    if len(levels) == 1:
        return _level(domain, levels.pop(), slots)
    if reading.color and domain == "light":
        slots["color"] = reading.color
        return "HassLightSet"
    if domain == "cover" and reading.small and (direction or {"open", "close"} & cues):
        # "open the blind a bit more", "lower the curtains a little"
        slots["direction"] = "up" if {"up", "open"} & cues else "down"
        return "HearthCoverStep"
    verbs = {v for v in verbs if (v, domain) in _VERBS}  # "lower" is no verb for a thermostat
    if len(verbs) == 1:
        return _VERBS[(verbs.pop(), domain)]
    if verbs:
        return None
    if len(direction) == 1:
        slots["direction"] = direction.pop()
        if domain == "climate":
            slots["temperature_step"] = 2.0 if reading.couple else 1.0
            return "HearthClimateStep"
        if domain == "media_player":
            slots["volume_step"] = slots.pop("direction")
            return "HassSetVolumeRelative"
        return {"light": "HearthLightStep", "fan": "HearthFanStep"}.get(domain)
    on_off = {"turn_on", "turn_off"} & cues
    if len(on_off) == 1:
        return "HassTurnOn" if on_off.pop() == "turn_on" else "HassTurnOff"
    return None


def _level(domain: str, level: float, slots: dict[str, Any]) -> str | None:
    if not 0 <= level <= 100:
        return None
    match domain:
        case "light":
            slots["brightness"] = level
            return "HassLightSet"
        case "cover":
            slots["position"] = level
            return "HassSetPosition"
        case "fan":
            slots["percentage"] = level
            return "HassFanSetSpeed"
        case "media_player":
            slots["volume_level"] = level
            return "HassSetVolume"
    return None


_VERBS: dict[tuple[str, str | None], str] = {
    ("lock", "lock"): "HearthLock",
    ("close", "lock"): "HearthLock",
    ("unlock", "lock"): "HearthUnlock",
    ("open", "lock"): "HearthUnlock",
    ("open", "cover"): "HearthCoverOpen",
    ("close", "cover"): "HearthCoverClose",
    ("pause", "media_player"): "HassMediaPause",
    ("stop", "media_player"): "HassMediaPause",
    ("play", "media_player"): "HassMediaUnpause",
    ("mute", "media_player"): "HassMediaPlayerMute",
    ("unmute", "media_player"): "HassMediaPlayerUnmute",
    ("clean", "vacuum"): "HassVacuumStart",
    ("dock", "vacuum"): "HassVacuumReturnToBase",
    ("pause", "vacuum"): "HearthVacuumPause",
    ("stop", "vacuum"): "HassVacuumReturnToBase",
    ("arm", "alarm_control_panel"): "HearthAlarmArm",
    ("disarm", "alarm_control_panel"): "HearthAlarmDisarm",
    ("stop", "fan"): "HassTurnOff",
    ("stop", "switch"): "HassTurnOff",
}
