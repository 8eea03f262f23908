"""The home's own words as hassil slot lists, and the indexes to resolve them back.

Names, aliases, areas and floors become ``{name}``, ``{area}`` and ``{floor}`` slot values. A
name's value is its normalised text; :class:`Vocabulary` maps it back to every entity that
carries it, so that two "Ceiling Light"s in different areas stay ambiguous until an area (or
this computer's area) decides.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import weakref
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass, field
from importlib import resources
from typing import NamedTuple

from hassil import SlotList, TextSlotList
from hassil.intents import TextSlotValue

from app.core.files import load_own_yaml
from app.core.home import Entity, Home
from app.understanding.own_data import own_data
from app.understanding.sentences import DeviceType

#: Value of the ``{name}`` slot for pronouns ("turn it off"); resolved from the conversation.
REFERENCE = "__ref__"

_SPACES = re.compile(r"\s+")
#: Kept although punctuation or a symbol: apostrophes, %, -, _ and (by the rules below)
#: decimal points and a degree sign after a number.
_KEPT = frozenset("'%.°-_")
#: A full stop that is not a decimal point, and a degree sign not after a number.
_DOTS = re.compile(r"(?<!\d)\.|\.(?!\d)|(?<!\d )°")
#: A decimal comma ("22,5 Grad", "19,5 degrés"): one or two digits after it ("1,500" stays).
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d{1,2}(?!\d))")
#: Scripts written without spaces between words (Chinese, Japanese kana, Thai, Lao, Tibetan,
#: Myanmar, Khmer): a name in them is found anywhere in the text, not as a whole word.
_SPACELESS_CHARS = (
    "\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u31f0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
)
_SPACELESS = re.compile(f"[{_SPACELESS_CHARS}]")
#: Where such a script meets another word ("暂停tv"): a word boundary there.
_SCRIPT_EDGE = re.compile(
    f"(?<=[{_SPACELESS_CHARS}])(?=[^\\s{_SPACELESS_CHARS}])"
    f"|(?<=[^\\s{_SPACELESS_CHARS}])(?=[{_SPACELESS_CHARS}])"
)
#: A degree sign after a number: kept as a word of its own ("21.5°" -> "21.5 °"), as Home
#: Assistant's sentences spell it ("{temperature}[ ]°").
_DEGREE = re.compile(r"(?<=\d)\s*°\s*")


def is_spaceless(text: str) -> bool:
    """Whether *text* is written (at least partly) in a script without spaces."""
    return _SPACELESS.search(text) is not None


#: Spaces beside a character of a script without spaces ("暫停 TV", "TV 繼續").
_BESIDE_SPACELESS = re.compile(f"(?<=[{_SPACELESS_CHARS}])\\s+|\\s+(?=[{_SPACELESS_CHARS}])")


def without_spaces_beside_spaceless(text: str) -> str:
    """*text* without the spaces typed beside a character of a script without spaces: in a
    language whose sentences ignore spaces (Chinese: "暫停 TV" is "暫停TV"), they separate
    nothing, also where a word of another script follows."""
    return _BESIDE_SPACELESS.sub("", text)


def normalize(text: str) -> str:
    """Lower case, NFC, punctuation removed (except apostrophes, %, - and decimal points,
    and a degree sign after a number, split off), single spaces."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = _DEGREE.sub(" ° ", text)
    text = _DECIMAL_COMMA.sub(".", text)
    # By Unicode category, not by \w: combining marks are part of their word (Devanagari,
    # Malayalam and Thai vowel signs), punctuation and symbols of every script are not.
    text = "".join(
        " " if (unicodedata.category(c)[0] in "PS" and c not in _KEPT) or c < " " else c
        for c in text
    )
    text = _DOTS.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


#: Shortest phrase looked for inside a longer word (shorter ones are in too many words).
MIN_AFFIXED_CHARS = 3
#: Hangul syllables: each one is a whole syllable, so a two-syllable name ("거실", living
#: room) is as distinctive as a longer word in an alphabet.
_SYLLABIC = re.compile("[\uac00-\ud7af]")


def _long_enough_inside_words(key: str) -> bool:
    """Whether *key* is distinctive enough to look for inside longer words."""
    return len(key) >= MIN_AFFIXED_CHARS or (len(key) == 2 and bool(_SYLLABIC.search(key)))


_PRONOUNS = ("it", "them", "that", "those", "this", "these", "they", "there", "in there")


@dataclass(slots=True)
class Vocabulary:
    """The home's phrases, indexed by their words.

    hassil tries every value of a slot list wherever a slot may stand, so a long list is slow.
    :meth:`slot_lists` therefore hands it only the values whose phrase occurs in the text at
    hand: a handful, whatever the size of the home.
    """

    name_index: dict[str, list[TextSlotValue]]
    area_index: dict[str, list[TextSlotValue]]
    floor_index: dict[str, list[TextSlotValue]]
    entities_by_name: dict[str, list[str]]
    """Normalised name, alias or area-qualified name -> entity ids."""
    area_by_word: dict[str, str]
    """Normalised area name or alias -> area id."""
    floor_by_word: dict[str, str]
    words: dict[str, str] = field(default_factory=dict)
    """Every normalised phrase the home knows (names, aliases, areas, floors) -> itself, for
    fuzzy correction of misheard words."""
    types_by_value: dict[str, tuple[DeviceType, str | None]] = field(default_factory=dict)
    """``{name}`` values for kinds of device -> the kind and the area the phrase named."""
    kinds_by_word: dict[str, DeviceType] = field(default_factory=dict)
    """Every word for a kind of device the home has -> the kind, also where a real name
    took the word ("Fan" in the den; "the fan in the bathroom" is still the bathroom's)."""
    type_floors: dict[str, str] = field(default_factory=dict)
    """``{name}`` values for a kind on a floor ("upstairs heating") -> the floor."""
    real_names: frozenset[str] = frozenset()
    """The names and aliases the home gives its devices, normalised (none Hearth made up)."""
    longest: int = 1
    """Most words in any phrase."""
    placed_only: frozenset[str] = frozenset()
    """Names that stand for a device only with its room said apart ("el espejo" of the
    "Espejo baño", said as "el espejo del baño"): alone they may mean another thing."""
    one_of: frozenset[str] = frozenset()
    """Names that stand for one of several devices, asked which ("the bed" of the Bed Head
    and the Bed Foot), never all of them."""
    spaceless: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Per index ("name", "area", "floor"): its phrases written in a script without spaces,
    looked for anywhere in the text."""
    partial: frozenset[str] = frozenset()
    """Single words that stand for the one device whose name starts with them ("island" for
    "Island Pendants"): sentence rules read them, the loose reading does not (a lone word
    beside an unknown one is more likely a misheard name)."""
    headless: frozenset[str] = frozenset()
    """Of :attr:`partial`, the phrases that leave out the last word of the name they stand
    for, the word that says what the device is ("wood stove" for "Wood Stove Blower",
    "island" for "Island Pendants"): the words may mean another thing the device only
    belongs to, so a command that reads them is asked about first."""
    affixed: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Per index: phrases looked for inside longer words too, in a language that joins
    prepositions, case endings and articles to a name (Hebrew "בסלון", Basque "sukaldean",
    Swedish "vardagsrummet"): Home Assistant's sentences for it spell those affixes around
    the slot, so the slot's value must be offered although no whole word equals it. Empty
    for English, whose names stand as words of their own."""
    owners: dict[str, str] = field(default_factory=dict)
    """The people rooms are named after, normalised, -> their possessive as the room's name
    says it ("lily" -> "lily's" for Lily's Room); for "put her music on" after "Lily"."""
    _affixed_at: dict[str, tuple[dict[str, int], tuple[int, ...]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    """Per index: :attr:`affixed`'s phrases by their place in it, and their lengths (built
    the first time the text is searched for them)."""

    def _present(
        self, kind: str, index: dict[str, list[TextSlotValue]], words: list[str], compact: str
    ) -> list[TextSlotValue]:
        found: list[TextSlotValue] = []
        seen: set[str] = set()
        for start in range(len(words)):
            for end in range(start + 1, min(len(words), start + self.longest) + 1):
                key = " ".join(words[start:end])
                if key in index and key not in seen:
                    seen.add(key)
                    found.extend(index[key])
        if compact:
            for key in self.spaceless.get(kind, ()):
                if key not in seen and key.replace(" ", "") in compact:
                    seen.add(key)
                    found.extend(index[key])
        if self.affixed.get(kind):
            for key in self._inside(kind, " ".join(words)):
                if key not in seen:
                    seen.add(key)
                    found.extend(index[key])
        return found

    def _inside(self, kind: str, joined: str) -> list[str]:
        """The phrases of :attr:`affixed` (of *kind*) that occur in *joined*, in the order
        :attr:`affixed` lists them: each run of *joined* as long as some phrase is looked up,
        rather than each of the many phrases (every case form of every name) looked for in
        the text."""
        at = self._affixed_at.get(kind)
        if at is None:
            order = {key: i for i, key in enumerate(self.affixed.get(kind, ()))}
            at = self._affixed_at[kind] = (order, tuple(sorted({len(k) for k in order})))
        order, lengths = at
        runs = {
            joined[i : i + n]
            for n in lengths
            if n <= len(joined)
            for i in range(len(joined) - n + 1)
        }
        return sorted((run for run in runs if run in order), key=order.__getitem__)

    def slot_lists(
        self,
        text: str,
        reference_domains: list[str] | None = None,
        reference_area: str | None = None,
    ) -> dict[str, SlotList]:
        """The slot lists for *text*: the home's names, areas and floors said in it, with
        pronouns for what the conversation is about ("it": a device of *reference_domains*;
        "there": *reference_area*, the room of what it acted on)."""
        clean = normalize(text)
        compact = ""
        if _SPACELESS.search(clean):
            compact = clean.replace(" ", "")
            clean = _SCRIPT_EDGE.sub(" ", clean)
        words = clean.split()
        names = self._present("name", self.name_index, words, compact)
        if reference_domains:
            present = set(words) | {" ".join(words[i : i + 2]) for i in range(len(words))}
            for pronoun in _PRONOUNS:
                if pronoun in present:
                    names.extend(
                        _value(pronoun, REFERENCE, {"domain": d})
                        for d in sorted(set(reference_domains))
                    )
        areas = self._present("area", self.area_index, words, compact)
        if reference_area and "there" in words:
            # "turn on the lights in there too": the room of what was just acted on.
            areas.append(_value("there", reference_area))
        return {
            "name": TextSlotList(name="name", values=names),
            "area": TextSlotList(name="area", values=areas),
            "floor": TextSlotList(
                name="floor", values=self._present("floor", self.floor_index, words, compact)
            ),
        }


def _value(text: str, value: str, context: dict[str, str] | None = None) -> TextSlotValue:
    return _made_value(text, value, tuple(sorted((context or {}).items())))


_Context = tuple[tuple[str, str], ...]
_made: weakref.WeakValueDictionary[tuple[str, str, _Context], TextSlotValue] = (
    weakref.WeakValueDictionary()
)
"""The slot values some vocabulary still holds, by text, value and context."""
_contexts: dict[_Context, _Context] = {}
"""Each context once (a few dozen: one per domain), shared by the keys of :data:`_made`."""


def _made_value(text: str, value: str, context: _Context) -> TextSlotValue:
    """One slot value, made once while a vocabulary holds it: a home's names said with every
    case ending ("lampičku v ložnici") are tens of thousands of values in Czech, made again
    each time the home is read (hassil reads each one's text). A home read again is read while
    its old vocabulary is still held, so it finds them; a home no planner reads any more keeps
    nothing (a cache of 262,144 values kept 229 MB once a 5,000-entity home's planner was gone:
    benchmarks/README.md, the sixteenth session)."""
    context = _contexts.setdefault(context, context)
    key = (text, value, context)
    found = _made.get(key)
    if found is None:
        # allow_template=False: a name such as "Lamp [old]" must not become a template.
        found = TextSlotValue.from_tuple((text, value, dict(context)), allow_template=False)
        _made[key] = found
    return found


#: Prefix of ``{name}`` values that stand for a kind of device ("the tv"), not a name.
TYPE_PREFIX = "__type__:"


def _owner(area_name: str) -> str | None:
    """ "Leo's Room" -> "leo's": people say "Leo's lamp" for the lamp in Leo's room."""
    first = normalize(area_name).split(" ", 1)[0]
    return first if first.endswith("'s") and len(first) > 2 else None


def _area_qualifiers(
    key: str, generic: frozenset[str], kinds_of_room: Set[str] = frozenset()
) -> list[str]:
    """Words before a device's name that place it in the area called *key*, beside the
    area's whole name: the owner ("kids' ceiling light" in the Kids' Room, also without the
    apostrophe speech recognition drops) and the first word of "<word> room" ("the guest
    lamp", "the rec room lights" -> "rec") or of "<word> <kind of room>" (*kinds_of_room*:
    "the master fan" in the Master Bedroom)."""
    parts = key.split()
    if len(parts) < 2:
        return []
    first = parts[0]
    if first.endswith(("'s", "s'")) and len(first) > 3:
        return [first, first.replace("'", "")]
    ends = parts[1] in generic or parts[1] in kinds_of_room
    if len(parts) == 2 and ends and first.isalpha() and first not in generic:
        return [first]
    return []


def _area_heads(
    area_words: dict[str, list[str]],
    generic: frozenset[str],
    taken: set[str],
    first: bool = False,
) -> dict[str, set[str]]:
    """Last words of areas' names that say something about the room (not "room") and are
    not already a name, area or floor -> the areas whose names end in them. With *first*,
    first words too, for languages that say the room's kind first ("Suite parentale",
    "Kinderzimmer Paul")."""
    every = {key for keys in area_words.values() for key in keys}
    heads: dict[str, set[str]] = defaultdict(set)
    for area_id, keys in area_words.items():
        for key in keys:
            parts = key.split()
            if first and len(parts) > 1:
                lead = parts[0]
                if len(lead) > 2 and lead.isalpha() and lead not in generic:
                    heads[lead].add(area_id)
            if len(parts) > 1 and parts[-1].isdigit():
                parts = [*parts[:-1], parts[-2]]  # "bedroom 2": one of the bedrooms
            head = parts[-1]
            elided, mark, rest = head.partition("'")
            if mark and f"{elided}'" in generic:
                head = rest  # "Chambre d'Inès": "inès", as "le store d'Inès" says it
            if len(parts) > 1 and len(head) > 2 and head.isalpha() and head not in generic:
                heads[head].add(area_id)
    return {h: ids for h, ids in heads.items() if h not in every and h not in taken}


def _head_words(
    area_words: dict[str, list[str]],
    generic: frozenset[str],
    taken: set[str],
    first: bool = False,
) -> dict[str, str]:
    """Last words of areas' names that people say alone for the area ("the bedroom" for the
    Primary Bedroom, "la suite" for the Suite parentale with *first*), when no other area's
    name ends or (with *first*) starts with the same word."""
    heads = _area_heads(area_words, generic, taken, first)
    return {head: next(iter(ids)) for head, ids in heads.items() if len(ids) == 1}


def _floor_names(home: Home, directions: Mapping[str, str]) -> dict[str, list[str]]:
    """Each floor's names and aliases, and the words for where a floor is that mean it by
    the floors' levels when its names do not say so: "upstairs" is the one floor above the
    ground floor, "downstairs" the ground floor when a floor is above it (or the one floor
    below it when none is), "ground" words the ground floor. A word a floor or room is
    already called by is left as it is."""
    names = {f.id: [f.name, *f.aliases] for f in home.floors.values()}
    taken = {normalize(n) for ns in names.values() for n in ns} | {
        normalize(n) for a in home.areas.values() for n in (a.name, *a.aliases)
    }
    levels = {f.id: f.level for f in home.floors.values() if f.level is not None}
    if not levels:
        return names
    ground_level = 0 if 0 in levels.values() else min(v for v in levels.values() if v >= 0)
    above = [f for f, v in levels.items() if v > ground_level]
    below = [f for f, v in levels.items() if v < ground_level]
    ground = [f for f, v in levels.items() if v == ground_level]
    meant = {
        "up": above if len(above) == 1 else [],
        "down": ground if above and len(ground) == 1 else below if len(below) == 1 else [],
        # "the ground floor", "planta baja", "Erdgeschoss": the floor at ground level
        "ground": ground if len(ground) == 1 else [],
    }
    for word, direction in directions.items():
        floors = meant.get(direction) or []
        if len(floors) == 1 and normalize(word) not in taken:
            names[floors[0]].append(word)
    return names


def _shared_heads(
    area_words: dict[str, list[str]], generic: frozenset[str], taken: set[str]
) -> dict[str, set[str]]:
    """Last words several areas' names end in ("bedroom" of Master Bedroom and Kids Bedroom)
    -> those areas: "the blinds in the bedroom" is the blinds of one of them."""
    heads = _area_heads(area_words, generic, taken)
    return {head: ids for head, ids in heads.items() if len(ids) > 1}


def _qualifier_first(key: str, qualifiers: frozenset[str]) -> str | None:
    """ "bedside lamp left" -> "left bedside lamp": the word that tells twins apart may be
    said first."""
    rest, _, last = key.rpartition(" ")
    return f"{last} {rest}" if rest and last in qualifiers else None


def _other_number(phrase: str) -> str | None:
    """The phrase with its last word in the other grammatical number (English plural -s)."""
    head, _, last = phrase.rpartition(" ")
    if len(last) < 4 or not last.isalpha():
        return None
    other = last[:-1] if last.endswith("s") and not last.endswith("ss") else last + "s"
    return f"{head} {other}".strip()


#: Shortest word that may stand for a device alone.
MIN_DISTINCTIVE_CHARS = 4


def _name_words(home: Home) -> list[tuple[Entity, list[str]]]:
    """Each exposed device with the words of each of its names and aliases (a name stored
    with underscores also with spaces)."""
    return [
        (entity, key.split())
        for entity in home.exposed()
        for raw in (entity.name, *entity.aliases)
        for key in dict.fromkeys((normalize(raw), normalize(raw).replace("_", " ")))
    ]


#: A model code in a stored name ("4ch", "e27", "1000lm"): letters and digits in one word.
_MODEL_CODE = re.compile(r"^(?=.*\d)(?=.*[^\W\d_])[^\W_]+$")


@functools.cache
def _place_joints() -> tuple[str, ...]:
    """Last words a one-word English room name is made of ("room" of "mudroom"), kept with
    the ways to say places (``resources/places/en.yaml``): room names, not words the language
    knows whatever the home."""
    path = resources.files("resources") / "places" / "en.yaml"
    data = load_own_yaml(path.read_text(encoding="utf-8")) if path.is_file() else None
    listed = data.get("place_joints") if isinstance(data, dict) else None
    return tuple(str(w) for w in listed or ())


#: Shortest first part of a room's name said apart ("mud" of "mudroom").
_MIN_PLACE_PART = 3


def _split_place(key: str) -> list[str]:
    """A one-word room name as two words ("mudroom": "mud room"); none for other names."""
    if " " in key:
        return []
    return [
        f"{key[: -len(joint)]} {joint}"
        for joint in _place_joints()
        if key.endswith(joint) and len(key) - len(joint) >= _MIN_PLACE_PART
    ]


def _unstored(key: str) -> list[str]:
    """A stored name as people say it: its underscores as spaces ("sonoff_4ch relay 1":
    "sonoff 4ch relay 1") and without its model codes ("sonoff relay 1"), where a word
    that is no number is left beside them."""
    spaced = key.replace("_", " ")
    words = spaced.split()
    plain = [w for w in words if not _MODEL_CODE.match(w)]
    forms = [spaced]
    if len(plain) < len(words) and len(plain) >= 2 and any(w.isalpha() for w in plain):
        forms.append(" ".join(plain))
    return [f for f in dict.fromkeys(forms) if f != key]


@functools.cache
def _rooms_by_first_word() -> frozenset[str]:
    """English kinds of room said by the word before them alone ("bedroom": "the master
    fan"), from ``device_types.yaml``."""
    data = own_data("en", "device_types.yaml") or {}
    return frozenset(normalize(str(w)) for w in data.get("placed_by_first_word") or ())


@functools.cache
def _model_words() -> tuple[frozenset[str], dict[str, str]]:
    """English words of brands' model names people leave out ("color" of "Hue color lamp 1")
    and the order words for a name's number ("2": "second"), from ``resources/names/en.yaml``."""
    path = resources.files("resources") / "names" / "en.yaml"
    data = load_own_yaml(path.read_text(encoding="utf-8")) if path.is_file() else None
    data = data if isinstance(data, dict) else {}
    ordinals = data.get("ordinal_words")
    return (
        frozenset(str(w) for w in data.get("model_words") or ()),
        {str(n): str(w) for w, n in ordinals.items()} if isinstance(ordinals, dict) else {},
    )


def _model_forms(
    key: str,
    model: tuple[frozenset[str], dict[str, str]],
    not_bare: Set[str],
    kind_words: Set[str],
    lone: Set[str] = frozenset(),
) -> list[str]:
    """A brand's model name as people say it: without its model words ("hue lamp 1" for
    "hue color lamp 1"), its number said as an order word before it ("second hue lamp"), and
    without its number where what is left ends in a kind's word and is no other name, room
    or kind ("hue lamp": each device so numbered, asked which), or where no other name is
    that with another number (*lone*: "the hue go" for the one "Hue go 1")."""
    words, ordinals = model
    said = key.split()
    kept = [*said[:1], *(w for w in said[1:] if w not in words)]
    forms = [" ".join(kept)] if 2 <= len(kept) < len(said) else []
    for form in (key, *forms):
        rest, _, last = form.rpartition(" ")
        if not rest or not last.isdigit():
            continue
        if last in ordinals:
            forms.append(f"{ordinals[last]} {rest}")
        if rest not in not_bare and (rest.split()[-1] in kind_words or rest in lone):
            forms.append(rest)
    return [f for f in dict.fromkeys(forms) if f != key]


#: Domains whose names end in what they measure ("Front Door Lock Battery"): the last word
#: of such a name is the question's measure, never the device's short name.
_MEASURING = frozenset({"sensor", "binary_sensor", "weather", "event", "sun"})


def _holders(named: list[tuple[Entity, list[str]]]) -> defaultdict[str, set[str]]:
    """Each word of the devices' names -> the ids of the devices whose name holds it."""
    holders: defaultdict[str, set[str]] = defaultdict(set)
    for entity, words in named:
        for word in words:
            holders[word].add(entity.entity_id)
    return holders


def _distinctive_words(
    named: list[tuple[Entity, list[str]]], ordinary: set[str]
) -> dict[str, Entity]:
    """First and last words of a device's name (of two words or more) that no other
    device's, room's or floor's name holds and that are no ordinary word of the language:
    "island" is "Island Pendants" and "compressor" "Air Compressor" when nothing else is
    called so."""
    holders = _holders(named)
    out: dict[str, Entity] = {}
    for entity, words in named:
        # The modifier ("island" for Island Pendants) or the noun ("compressor" for Air
        # Compressor) of a name of two words or more.
        ends = {words[0], words[-1]} if entity.domain not in _MEASURING else {words[0]}
        for word in ends if len(words) >= 2 else ():
            if (
                len(word) >= MIN_DISTINCTIVE_CHARS
                and word.isalpha()
                and word not in ordinary
                and holders[word] == {entity.entity_id}
            ):
                out[word] = entity
    return out


def _shared_first_words(
    named: list[tuple[Entity, list[str]]], ordinary: set[str]
) -> dict[str, list[Entity]]:
    """The first word of the names of several covers that is no ordinary word and that no
    other device's name holds but as its first word too ("bed" of a motorised Bed Head, Bed
    Foot and Bed Height): said alone, it is one of them, asked about."""
    holders = _holders(named)
    out: dict[str, list[Entity]] = defaultdict(list)
    for entity, words in named:
        first = words[0] if len(words) >= 2 and entity.domain not in _MEASURING else ""
        if len(first) < 3 or not first.isalpha() or first in ordinary:
            continue
        if entity not in out[first]:
            out[first].append(entity)
    return {
        word: found
        for word, found in out.items()
        if sum(e.domain == "cover" for e in found) > 1
        and {e.entity_id for e in found} == holders[word]
    }


#: Last words of an English sensor's name that say it is a reading, not what it reads
#: ("Oil Tank Level", "Water Meter Reading").
_READING_ENDS = frozenset({"level", "reading", "sensor", "gauge", "monitor"})


def _reading_names(
    named: list[tuple[Entity, list[str]]], taken: set[str], ordinary: set[str]
) -> dict[str, Entity]:
    """A sensor's name said without its reading word ("oil tank" for "Oil Tank Level"), where
    that is no other name, room, floor or kind; and the last word left ("tank") where it is
    no ordinary word and no other device's name holds it (or it is all the name left:
    "cistern" for "Cistern Level")."""
    holders = _holders(named)
    out: dict[str, Entity] = {}
    for entity, words in named:
        if entity.domain != "sensor" or len(words) < 2 or words[-1] not in _READING_ENDS:
            continue
        rest = words[:-1]
        phrase = " ".join(rest)
        if len(rest) >= 2 and phrase not in taken:
            out.setdefault(phrase, entity)
        last = rest[-1]
        # A name of one word but its reading word ("Cistern Level": "the cistern") is that
        # name said, though another device's name holds the word ("Cistern Contents").
        alone = len(rest) == 1
        if (
            len(last) >= MIN_DISTINCTIVE_CHARS
            and last.isalpha()
            and last not in ordinary
            and last not in taken
            and (alone or holders[last] == {entity.entity_id})
        ):
            out.setdefault(last, entity)
    return out


def _shared_words_placed(
    named: list[tuple[Entity, list[str]]],
    ordinary: set[str],
    area_words: Mapping[str, list[str]],
) -> dict[str, Entity]:
    """A brand or model word several devices' names hold, said with a room ("the bedroom
    tado", "the rollladen in the living room"): the one device of the room whose name holds
    it. A room with two such devices, or none, says nothing."""
    holders: dict[str, dict[str, Entity]] = defaultdict(dict)
    for entity, words in named:
        if entity.domain in _MEASURING:
            continue
        for word in words:
            if len(word) >= MIN_DISTINCTIVE_CHARS and word.isalpha() and word not in ordinary:
                holders[word][entity.entity_id] = entity
    out: dict[str, Entity] = {}
    for word, held in holders.items():
        if len(held) < 2:
            continue
        by_area: dict[str, list[Entity]] = defaultdict(list)
        for entity in held.values():
            if entity.area:
                by_area[entity.area].append(entity)
        for area_id, here in by_area.items():
            if len(here) != 1:
                continue
            for key in area_words.get(area_id, ()):
                for phrase in (f"{key} {word}", f"{word} in the {key}", f"{word} in {key}"):
                    out.setdefault(phrase, here[0])
    return out


def _ends_of_names(
    named: list[tuple[Entity, list[str]]],
    taken: set[str],
    rooms: Mapping[tuple[str, str], set[str]] | None = None,
) -> dict[str, Entity]:
    """A name of three words or more said by its first and last word ("front sprinklers"
    for "Front Lawn Sprinklers"), when no other device's name gives the same pair and the
    pair is no name, room or floor already, and no other device of its domain has a name
    that starts with the same word: "kitchen lights" in a home with a Kitchen Ceiling light
    beside the Kitchen Counter Lights may mean both (see :func:`_said_groups`). *rooms*:
    (first word of a room's name, domain) -> the devices of that domain there; a pair that
    starts with the name of a room holding another device of its domain is left to the room
    ("kitchen lights" for "Kitchen Downlights" beside the kitchen's Pendants: both)."""
    pairs: dict[str, set[str]] = defaultdict(set)
    starts: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entity, words in named:
        if len(words) >= 2:
            pairs[f"{words[0]} {words[-1]}"].add(entity.entity_id)
        starts[(entity.domain, words[0] if words else "")].add(entity.entity_id)
    out: dict[str, Entity] = {}
    for entity, words in named:
        pair = f"{words[0]} {words[-1]}" if len(words) >= 3 else ""
        if not pair or pair in taken or pairs[pair] != {entity.entity_id}:
            continue
        if rooms and rooms.get((words[0], entity.domain), set()) - {entity.entity_id}:
            continue
        if starts[(entity.domain, words[0])] == {entity.entity_id}:
            out[pair] = entity
    return out


def _said_groups(
    named: list[tuple[Entity, list[str]]],
    taken: set[str],
    device_types: Sequence[DeviceType],
    places: set[str],
) -> dict[str, list[Entity]]:
    """Names people give a device or a group by a part of their names: a first word and the
    plural of its domain's kind ("bedroom lights": every light whose name starts with
    "bedroom", when there are several), and a name's last two words when the last is a word
    for its kind ("floor lamp" for "Living Room Floor Lamp": every device whose name ends so,
    so that two are asked about). None is a name, room, floor or kind already, and a word of
    a room's name is left to the room ("kitchen lights" are every light in the Kitchen)."""
    plurals: dict[str, set[str]] = defaultdict(set)
    singular: dict[str, set[str]] = defaultdict(set)
    for kind in device_types:
        for word in kind.words:
            if " " not in word:
                singular[kind.domain].add(word)
                plurals[kind.domain].add(word if kind.plural else f"{word}s")
    starts: dict[tuple[str, str], list[Entity]] = defaultdict(list)
    out: dict[str, list[Entity]] = defaultdict(list)
    for entity, words in named:
        if len(words) < 2:
            continue
        if entity not in starts[(entity.domain, words[0])]:
            starts[(entity.domain, words[0])].append(entity)
        tail = " ".join(words[-2:])
        if (
            len(words) >= 3
            and words[-1] in singular[entity.domain] | plurals[entity.domain]
            and tail not in taken
            and entity not in out[tail]
        ):
            out[tail].append(entity)
    for (domain, first), holders in starts.items():
        if len(holders) < 2 or not first.isalpha() or first in places:
            continue
        for plural in plurals[domain]:
            pair = f"{first} {plural}"
            if pair not in taken and pair not in out:
                out[pair] = holders
    return dict(out)


def _headless(phrase: str, entity: Entity, kinds: set[str]) -> bool:
    """Whether *phrase*, a part of a name of *entity*, leaves out the word for a kind of
    device its name ends in, and keeps no name's last word: "stove" or "wood stove" for
    the Wood Stove Blower also called "Stove Fan" may be the stove itself; "homepod" for
    "HomePod Mini" and "compressor" for "Air Compressor" are the device."""
    said = phrase.split()
    dropped = False
    for raw in (entity.name, *entity.aliases):
        words = normalize(raw).split()
        if not words or words[-1] in said:
            return False
        dropped = dropped or words[-1] in kinds
    return dropped


def _name_runs(named: list[tuple[Entity, list[str]]], ordinary: set[str]) -> dict[str, Entity]:
    """Runs of consecutive words of a device's name (shorter than the name) that no other
    device's name holds, with a word in them that is no ordinary word of the language and
    no number: what a brand or model name is shortened to ("shelly plug" for "Shelly Plug
    S", "lightstrip" for "Hue lightstrip plus 1"). A run two devices share ("hue go" of
    "Hue Go 1" and "Hue Go 2") stands for neither."""
    holders: dict[str, set[str]] = defaultdict(set)
    runs: list[tuple[str, Entity]] = []
    for entity, words in named:
        if entity.domain in _MEASURING or len(words) < 2:
            continue
        for start in range(len(words)):
            for end in range(start + 1, len(words) + 1):
                if end - start == len(words):
                    continue
                run = words[start:end]
                phrase = " ".join(run)
                holders[phrase].add(entity.entity_id)
                if any(
                    len(w) >= MIN_DISTINCTIVE_CHARS and w.isalpha() and w not in ordinary
                    for w in run
                ):
                    runs.append((phrase, entity))
    return {phrase: entity for phrase, entity in runs if holders[phrase] == {entity.entity_id}}


def _spoken_numbers(number_words: Mapping[str, float]) -> dict[str, str]:
    """Digits -> the language's word for them ("1" -> "one"): whole numbers only, the
    first word the language lists for each."""
    spoken: dict[str, str] = {}
    for word, value in number_words.items():
        if value == int(value) and len(word) > 2 and " " not in word:
            spoken.setdefault(str(int(value)), word)
    return spoken


def _pressed_forms(key: str, verbs: frozenset[str]) -> list[str]:
    """A button's name that ends in what it does ("router restart") as said with the verb
    first ("restart the router", "restart router"); nothing for other names."""
    rest, _, last = key.rpartition(" ")
    if rest and last in verbs:
        return [f"{last} the {rest}", f"{last} {rest}"]
    first, _, after = key.partition(" ")
    if after and first in verbs:
        return [f"{first} the {after}"]  # "Restart Router"
    return []


def _group_words(
    area_words: dict[str, list[str]], ordinary: frozenset[str] | set[str]
) -> dict[str, list[str]]:
    """Area id -> the first words of its names that at least one other area's names start with
    too ("annex" of the Annex Kitchen and the Annex Living Room), words that say which part of
    the home a room is in; never a word that says nothing of a place or names a kind."""
    holders: dict[str, set[str]] = defaultdict(set)
    for area_id, keys in area_words.items():
        for key in keys:
            first, _, rest = key.partition(" ")
            if rest and first.isalpha() and len(first) > 2 and first not in ordinary:
                holders[first].add(area_id)
    grouped: dict[str, list[str]] = defaultdict(list)
    for word, ids in holders.items():
        if len(ids) > 1:
            for area_id in ids:
                grouped[area_id].append(word)
    return grouped


def _numbered_forms(key: str, spoken: Mapping[str, str], sounds: Mapping[str, int]) -> list[str]:
    """A numbered room's name ("bedroom 2") as said ("bedroom two") and as speech recognition
    may hear it ("bedroom too"); nothing for a name that does not end in a number."""
    rest, _, last = key.rpartition(" ")
    if not rest or not last.isdigit():
        return []
    forms = [f"{rest} {spoken[last]}"] if last in spoken else []
    forms.extend(f"{rest} {word}" for word, value in sounds.items() if str(value) == last)
    return forms


def _said_forms(
    key: str,
    entity: Entity,
    device_types: Sequence[DeviceType],
    spoken: Mapping[str, str],
    joints: _Joints,
    others_hold: Set[str] = frozenset(),
) -> list[str]:
    """Other ways to say the name *key* of *entity*: without apostrophes, with its numbers in
    words, and followed by the word for its kind when the name does not say it, but for a
    word the name of another such device in its room holds (*others_hold*: "lamp" beside
    the room's Floor Lamp) narrower than the kind's own word."""
    forms = [key.replace("'", "")] if "'" in key else []
    words = key.split()
    # "light strip" for "Lightstrip", "nightlight" for "Night Light": a word for a kind of
    # device joined to another word, or written apart.
    split = [_split_at(w, joints) for w in words]
    if any(part != w for part, w in zip(split, words, strict=True)):
        forms.append(" ".join(split))
    for i in range(len(words) - 1):
        if words[i + 1] in joints.words and words[i].isalpha():
            forms.append(" ".join([*words[:i], words[i] + words[i + 1], *words[i + 2 :]]))
    if any(w in spoken for w in words):
        forms.append(" ".join(spoken.get(w, w) for w in words))
    kinds = {
        word
        for device_type in device_types
        if not device_type.plural and device_type.fits(entity)
        for word in device_type.words
        # the kind's own word stays: "the lounge light" may still be the "Living Room"
        if " " not in word and (word not in others_hold or word == device_type.words[0])
    }
    if kinds and not kinds & set(words):
        forms.extend(f"{base} {word}" for base in (key, *forms) for word in sorted(kinds))
    return [f for f in dict.fromkeys(forms) if f != key]


def unaccented(text: str) -> str:
    """*text* without its accents ("lámpara": "lampara"); letters that are no accented form
    ("ß", "ł") are kept."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1 << 16)
def typed_plain(text: str) -> str:
    """*text* as typed without its accents ("lumière": "lumiere"), Polish "ł" typed as "l"
    too ("wlacz swiatlo": "włącz światło"); "ß" and the like are kept."""
    return unaccented(text).replace("ł", "l")


def _accents(words: Set[str], plain: Set[str]) -> dict[str, str]:
    """*words* written with accents (the language's sentence words, the rooms' names), by
    their letters without them ("lampara": "lámpara"), where one word alone folds so and the
    bare letters are no word of *plain* (the sentences' words) themselves."""
    folded: dict[str, set[str]] = defaultdict(set)
    for word in words:
        bare = typed_plain(word)  # "swiatlo" for "światło" too
        if bare != word and bare.isalpha():
            folded[bare].add(word)
    return {
        bare: next(iter(said))
        for bare, said in folded.items()
        if len(said) == 1 and bare not in plain
    }


def _accented_forms(key: str, accents: Mapping[str, str]) -> list[str]:
    """A name the home writes without accents as the language's words write it ("lámpara
    salon" for "Lampara salon"), so a sentence that says it with them still names it."""
    words = key.split()
    said = [accents.get(w, w) for w in words]
    return [" ".join(said)] if said != words else []


def _joined_forms(key: str, joiners: Sequence[str]) -> list[str]:
    """A name of two or three words with the language's word for "of" said after its first
    ("lampada del comò" for "Lampada comò"); none where a joiner is said already or the first
    word is no word (a number, a model code)."""
    words = key.split()
    if not joiners or not 2 <= len(words) <= 3 or not words[0].isalpha():
        return []
    if any(f" {joiner} " in f" {key} " for joiner in joiners):
        return []
    rest = " ".join(words[1:])
    return [f"{words[0]} {joiner} {rest}" for joiner in joiners]


def _may_be(entity: Entity, phrase: str, area_names: set[str]) -> bool:
    """Whether *entity* may be what a kind's phrase with a modifier says ("ceiling fan"):
    not when a name of it puts another word before the kind's last word ("Desk Fan"), other
    than a room's name ("Bedroom Fan" may be the bedroom's ceiling fan)."""
    modifier, _, head = phrase.rpartition(" ")
    if not modifier:
        return True
    for raw in (entity.name, *entity.aliases):
        words = normalize(raw).split()
        if head in words:
            before = " ".join(words[: words.index(head)])
            if before and modifier not in before and before not in area_names:
                continue
        return True
    return False


class _Joints(NamedTuple):
    """The one-word words for kinds of device a compound name is split at or joined by."""

    words: tuple[str, ...]
    """Longest first (then alphabetical, so every run splits alike); also the start of a
    compound ("lightstrip" is "light strip", not "lights trip")."""
    ends: tuple[str, ...]
    """What a compound may end in: each word in the plural ("downlights"), then as it is."""


def _joints(device_types: Sequence[DeviceType]) -> _Joints:
    found = {w for t in device_types for w in t.words if " " not in w and len(w) >= 3}
    words = tuple(sorted(found, key=lambda j: (-len(j), j)))
    return _Joints(words, (*(f"{j}s" for j in words), *words))


def _split_at(word: str, joints: _Joints) -> str:
    """*word* written as two when it starts or ends with one of *joints* and the rest is a
    word of three letters or more ("lightstrip" -> "light strip")."""
    if not word.isalpha():
        return word
    for joint in joints.ends:
        if word.endswith(joint) and len(word) - len(joint) >= 3:
            return f"{word[: -len(joint)]} {joint}"
    for joint in joints.words:
        if word.startswith(joint) and len(word) - len(joint) >= 3:
            return f"{joint} {word[len(joint) :]}"
    return word


def _list_names(name: str) -> list[str]:
    """What people call a to-do list besides its name (English): "Groceries" is also "the
    grocery list", "Shopping List" also "the shopping"."""
    head, _, last = name.rpartition(" ")
    if last == "list":
        return [head] if head else []
    if last.endswith("ies") and len(last) > 4:
        singular = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith("ss") and len(last) > 3:
        singular = last[:-1]
    else:
        singular = last
    return list(
        dict.fromkeys(f"{(head + ' ') if head else ''}{word} list" for word in (last, singular))
    )


def _room_less(key: str, rooms: Sequence[str], sentence_words: frozenset[str]) -> list[str]:
    """*key*, a device's name, without the name of its room said first or last ("spotjes"
    for "Spotjes keuken", "plafondlamp" for "Woonkamer plafondlamp"); nothing where what is
    left is one of the language's sentence words ("luce" of "Luce soggiorno": every light)
    or ends in one toward the room ("luce della" of "Luce della cucina")."""
    out = []
    for room in rooms:
        if key.startswith(f"{room} "):
            rest = key[len(room) + 1 :].split()
            edge = rest[0] if rest else ""
        elif key.endswith(f" {room}"):
            rest = key[: -len(room) - 1].split()
            edge = rest[-1] if rest else ""
        else:
            continue
        if not rest or edge in sentence_words or " ".join(rest) in sentence_words:
            continue
        if len(" ".join(rest)) >= MIN_DISTINCTIVE_CHARS:
            out.append(" ".join(rest))
    return out


def build_vocabulary(
    home: Home,
    device_types: Sequence[DeviceType] = (),
    *,
    english: bool = False,
    generic_area_words: frozenset[str] = frozenset(),
    qualifiers: frozenset[str] = frozenset(),
    template_words: frozenset[str] = frozenset(),
    number_words: Mapping[str, float] | None = None,
    floor_directions: Mapping[str, str] | None = None,
    number_sounds: Mapping[str, int] | None = None,
    press_verbs: frozenset[str] = frozenset(),
    case_forms: Callable[[str], list[str]] | None = None,
    name_joiners: Sequence[str] = (),
) -> Vocabulary:
    """The home's phrases for the planner. *template_words*: the language's sentence words
    ("turn", "light", "door"), which never stand for one device alone. *number_words*: the
    language's words for numbers ("one": 1), for names with a number in them said in words.
    *floor_directions*: words for a floor by where it is ("upstairs": "up", "downstairs":
    "down"), given to the floor they mean by the floors' levels. *case_forms*: the ways a
    room's name is said with the language's case endings (Polish "w kuchni" for the
    "Kuchnia"), each a name of the room too. *name_joiners*: words said between a name's
    first word and the rest ("puerta del jardín" for the "Puerta jardín")."""
    name_index: dict[str, list[TextSlotValue]] = defaultdict(list)
    entities_by_name: dict[str, list[str]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    words: dict[str, str] = {}

    def add_name(key: str, entity_id: str, domain: str, *, phrase: bool = True) -> None:
        if entity_id not in entities_by_name[key]:
            entities_by_name[key].append(entity_id)
        if (key, domain) not in seen:
            seen.add((key, domain))
            name_index[key].append(_value(key, key, {"domain": domain}))
        if phrase:
            words[key] = key

    area_words: dict[str, list[str]] = {
        area.id: [k for k in (normalize(n) for n in (area.name, *area.aliases)) if k]
        for area in home.areas.values()
    }
    if english:
        # "the mud room" for the Mudroom: a room's one-word name said as two words.
        for keys in area_words.values():
            keys.extend(f for key in list(keys) for f in _split_place(key) if f not in keys)
        # "the kids room", "the living room" for the rooms called "Kids" and "Living".
        room_keys = {key for keys in area_words.values() for key in keys}
        for keys in area_words.values():
            keys.extend(
                f"{key} room"
                for key in list(keys[:1])
                if key.isalpha()
                and not key.endswith("room")
                and key not in (generic_area_words or ())
                and f"{key} room" not in room_keys
            )
    # A room's case forms are not put together with the kinds of device ("lampę w kuchni"):
    # they would multiply by every kind's word (thousands of phrases per room in Polish), and
    # the words said are written back as the home writes them before they are matched
    # (case_forms.as_written).
    said_with_endings: set[str] = set()
    if case_forms is not None:
        # Never another room's own name.
        own = {key for keys in area_words.values() for key in keys}
        for keys in area_words.values():
            forms = dict.fromkeys(f for key in list(keys) for f in case_forms(key) if f not in own)
            keys.extend(forms)
            said_with_endings.update(forms)
    # "bedroom two" and, as speech recognition hears it, "bedroom too" for Bedroom 2.
    spoken_numbers = _spoken_numbers(number_words or {})
    said_numbers = {*(number_words or {}), *(number_sounds or {})}
    for keys in area_words.values():
        keys.extend(
            form
            for key in list(keys)
            for form in _numbered_forms(key, spoken_numbers, number_sounds or {})
            if form not in keys
        )
    real_names = {
        key
        for entity in home.exposed()
        for key in (normalize(raw) for raw in (entity.name, *entity.aliases))
    }
    kind_words = {word for device_type in device_types for word in device_type.words}
    kind_forms = kind_words | {f"{word}s" for word in kind_words}
    said_floors = _floor_names(home, floor_directions or {})
    floor_words = {normalize(raw) for names in said_floors.values() for raw in names}
    taken = real_names | kind_words | floor_words
    # Both need the language's words that say nothing about a room (device_types.yaml).
    places = bool(generic_area_words)
    shared_heads: dict[str, list[str]] = defaultdict(list)
    if places:
        for head, ids in _shared_heads(area_words, generic_area_words, taken).items():
            for area_id in ids:
                shared_heads[area_id].append(head)
    for head, area_id in _head_words(
        area_words, generic_area_words, taken, first=not english
    ).items():
        # a room's first word ("Kinderzimmer" of "Kinderzimmer Paul") also where the language
        # lists no words that say nothing about a room
        if places or any(key.startswith(f"{head} ") for key in area_words[area_id]):
            area_words[area_id].append(head)
    area_names = {key for keys in area_words.values() for key in keys}
    joints = _joints(device_types)
    # the sentences' words and the rooms' names as written with accents ("séjour")
    said_words = {w for keys in area_words.values() for key in keys for w in key.split()}
    accents = {} if english else _accents(template_words | said_words, template_words)
    # "the guest lamp", "the kids' light": words that place a device, beside the area's names.
    proposed: dict[str, set[str]] = defaultdict(set)
    owners: set[str] = set()
    kinds_of_room = _rooms_by_first_word() if english else frozenset()
    for area_id, keys in area_words.items():
        for key in keys if places else ():
            for word in _area_qualifiers(key, generic_area_words, kinds_of_room):
                if word not in said_numbers:  # "bedroom one": "the one in bedroom 3" is no room
                    proposed[word].add(area_id)
                    if english and key.split()[0].endswith(("'s", "s'")):
                        owners.add(word)
    area_qualifiers: dict[str, list[str]] = defaultdict(list)
    for word, ids in proposed.items():
        # "grandma's front door" where grandma's room and grandma's living room are two: an
        # owner places a device in any of the rooms they own.
        if (len(ids) == 1 or word in owners) and word not in area_names | floor_words:
            for area_id in sorted(ids):
                area_qualifiers[area_id].append(word)
    # "the annex lamp": the first word several rooms' names share (the Annex Kitchen, the
    # Annex Living Room) places a device in one of them.
    group_words = (
        _group_words(area_words, generic_area_words | qualifiers | kind_words)
        if places and english
        else {}
    )
    # What a name without its room must not be: a name, a room, a floor or a kind of device.
    # A word of the language's sentences ("luz", "lumière") is left to them.
    placed_only: set[str] = set()
    # Words of the names of each room's devices of one domain: "the lounge lamp" is the
    # lounge's Floor Lamp, not the light called "Living Room" said with a word of its kind.
    neighbour_words: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for entity in home.exposed():
        if entity.area:
            held = {w for raw in (entity.name, *entity.aliases) for w in normalize(raw).split()}
            neighbour_words[(entity.area, entity.domain)].update(held)
    # Names without the kind's word that their verb says ("lock the back door"): no guess.
    verb_kinds: set[str] = set()
    not_bare = (
        real_names | area_names | floor_words | kind_forms | generic_area_words | template_words
    )
    # The part before the number of names numbered once only ("hue go" of a lone "Hue go 1").
    numbered = Counter(
        rest for key in real_names for rest, _, last in [key.rpartition(" ")] if last.isdigit()
    )
    lone = {rest for rest, n in numbered.items() if rest and n == 1}
    for entity in home.exposed():
        names = [k for k in (normalize(raw) for raw in (entity.name, *entity.aliases)) if k]
        if english:
            # "sonoff relay 1" for "sonoff_4ch relay 1": a name as said, not as stored.
            names.extend(f for k in list(names) for f in _unstored(k) if f not in real_names)
            # "the hue lamp 1", "the second hue lamp" for "Hue color lamp 1" and "... 2".
            names.extend(
                f
                for k in list(names)
                for f in _model_forms(k, _model_words(), not_bare, kind_words, lone)
                if f not in real_names
            )
        own_words = {w for key in names for w in key.split()}
        beside = neighbour_words.get((entity.area or "", entity.domain), Counter())
        others_hold = {w for w, n in beside.items() if n > (1 if w in own_words else 0)}
        for key in names:
            add_name(key, entity.entity_id, entity.domain)
            if english:
                # "mums lamp" for "Mum's Lamp", "hue go one" for "Hue Go 1", "the vanity
                # light" for a light called "Vanity": the name as people say or type it.
                for variant in _said_forms(
                    key, entity, device_types, spoken_numbers, joints, others_hold
                ):
                    if variant not in real_names and variant not in area_names:
                        add_name(variant, entity.entity_id, entity.domain, phrase=False)
            elif any(word in spoken_numbers for word in key.split()):
                # "Lampe drei", "lampe trois" for "Lampe 3": its number said in words.
                said = " ".join(spoken_numbers.get(word, word) for word in key.split())
                if said not in real_names and said not in area_names:
                    add_name(said, entity.entity_id, entity.domain, phrase=False)
            accented = _accented_forms(key, accents)
            for variant in accented:
                # "la lámpara" for a light the home writes "Lampara"
                if variant not in real_names and variant not in area_names:
                    add_name(variant, entity.entity_id, entity.domain, phrase=False)
            for variant in (f for k in (key, *accented) for f in _joined_forms(k, name_joiners)):
                # "la porta della taverna" for the "Porta taverna"
                if variant not in real_names and variant not in area_names:
                    add_name(variant, entity.entity_id, entity.domain, phrase=False)
            reordered = _qualifier_first(key, qualifiers)
            if reordered and reordered not in real_names:
                add_name(reordered, entity.entity_id, entity.domain, phrase=False)
            # "the mirror lights" for "Mirror light", "the spotlight" for "Spotlights".
            other = _other_number(key) if english else None
            # "kitchen lights" means the lights in the kitchen, not "Kitchen Light" alone.
            if other == f"{entity.domain}s":
                other = None  # "all the lights" is every light, not the two called "Light"
            if other and other not in real_names and other.rpartition(" ")[0] not in area_names:
                add_name(other, entity.entity_id, entity.domain, phrase=False)
            if (
                english
                and not key[-1:].isdigit()
                and f"{key} 2" in real_names
                and f"{key} 1" not in real_names
            ):
                # "living room light 1" for the "Living Room Light" beside "... Light 2": the
                # first of the devices Home Assistant numbers from the second on.
                for first in dict.fromkeys(("1", spoken_numbers.get("1", "1"))):
                    if f"{key} {first}" not in area_names:
                        add_name(f"{key} {first}", entity.entity_id, entity.domain, phrase=False)
            base, _, number = key.rpartition(" ")
            family = _other_number(base) if english and number.isdigit() else None
            if (
                family
                and base in real_names
                and family != f"{entity.domain}s"
                and family not in real_names
                and family.rpartition(" ")[0] not in area_names
            ):
                # "the smart plugs" for "Smart Plug" and "Smart Plug 2", "Smart Plug 3":
                # every device Home Assistant numbered after the first, not the first alone.
                add_name(family, entity.entity_id, entity.domain, phrase=False)
            if english and entity.domain == "lock":
                # "lock the back door" for the "Back Door Lock": the kind's word, which the
                # verb already says, left off the name.
                door, _, last = key.rpartition(" ")
                if (
                    last == "lock"
                    and door
                    and door not in real_names
                    and door not in area_names
                    and door not in kind_forms
                ):
                    add_name(door, entity.entity_id, entity.domain, phrase=False)
                    verb_kinds.add(door)
            if english and entity.domain in ("button", "input_button", "script"):
                # "restart the router" for a button called "Router Restart", "boost the hot
                # water" for the script "Boost Hot Water".
                for variant in _pressed_forms(key, press_verbs):
                    if variant not in real_names:
                        add_name(variant, entity.entity_id, entity.domain, phrase=False)
            if english and entity.domain == "todo":
                for variant in _list_names(key):
                    if variant not in real_names:
                        add_name(variant, entity.entity_id, entity.domain, phrase=False)
        if not entity.area or entity.area not in home.areas:
            continue
        area = home.areas[entity.area]
        if english and normalize(area.name) in names:
            # "the front room light" for the light called "Living Room" in the Living Room,
            # which is also called the front room: the room's other names said with its kind.
            for alias in (normalize(a) for a in area.aliases):
                for variant in _said_forms(
                    alias, entity, device_types, spoken_numbers, joints, others_hold
                ):
                    if variant not in real_names and variant not in area_names:
                        add_name(variant, entity.entity_id, entity.domain, phrase=False)
        if places and not english:
            # "el espejo del baño" for the Baño's "Espejo baño", "la guirlande du balcon" for
            # "Guirlande balcon": the name without its room's words, which the sentence says
            # apart ("{name} de {area}"), where that leaves no word for a kind of device or
            # a word of the language's own sentences.
            room = {w for k in area_words.get(entity.area, []) for w in k.split()}
            for key in names:
                rest = [w for w in key.split() if w not in room]
                while rest and rest[-1] in generic_area_words:
                    rest.pop()
                bare = " ".join(rest)
                if rest and len(rest) < len(key.split()) and bare not in not_bare:
                    add_name(bare, entity.entity_id, entity.domain, phrase=False)
                    placed_only.add(bare)
        # "the bedroom lamp", "the lamp in the snug", "Leo's night light".
        prefixes = [*area_words.get(entity.area, []), *shared_heads[entity.area]]
        # A room's case forms stand before a device's name ("дитячій бра"), not after it with
        # "in" (two phrases per form and name: "lampa w kuchni" is read once the words are
        # written back as the home writes them, case_forms.as_written).
        said_keys = [k for k in area_words.get(entity.area, []) if k not in said_with_endings]
        owner = _owner(home.areas[entity.area].name)
        if owner:
            prefixes.append(owner)
        prefixes.extend(w for w in area_qualifiers.get(entity.area, ()) if w not in prefixes)
        prefixes.extend(
            w
            for w in group_words.get(entity.area, ())
            if w not in prefixes and w not in area_names and w not in floor_words
        )
        if english:
            # "the upstairs geyser" for the Geyser in a room upstairs: the device's name
            # after its floor's word, where the name is no kind of device ("the upstairs
            # lights" stays every light there).
            floor_id = home.floor_of_area(entity.area)
            for raw in said_floors.get(floor_id, []) if floor_id else []:
                said_floor = normalize(raw)
                for key in names:
                    phrase = f"{said_floor} {key}"
                    if (
                        key not in kind_forms
                        and not key.startswith(said_floor)
                        and phrase not in real_names
                        and phrase not in area_names
                    ):
                        add_name(phrase, entity.entity_id, entity.domain, phrase=False)
        own_keys = area_words.get(entity.area, [])
        for key in names:
            for prefix in prefixes:
                # "nan's lamp" is the device a name or alias says so, never also the Lamp of
                # a room of Nan's put together with its room's word.
                with_room = f"{prefix} {key}"
                if not key.startswith(prefix) and with_room not in real_names:
                    add_name(with_room, entity.entity_id, entity.domain, phrase=False)
            # "the parlour light" for the Sitting Room Light when the room is also called
            # the Parlour: the room's other name in place of the one the device's name holds.
            for said in own_keys:
                if not key.startswith(f"{said} "):
                    continue
                kind_said = key[len(said) + 1 :]
                if (
                    kind_said in kind_forms
                    and kind_said not in kind_words
                    and any(
                        e.domain == entity.domain and e is not entity
                        for e in home.entities_in_area(entity.area)
                    )
                ):
                    # "the roof terrace lights" for the Deck Lights on the Roof Terrace (also
                    # called the Deck) beside its Fairy Lights: every light there, the kind
                    # said in the plural ("the den light" is still the Snug Light).
                    continue
                for other in own_keys:
                    form = f"{other}{key[len(said) :]}"
                    if other != said and form not in real_names:
                        add_name(form, entity.entity_id, entity.domain, phrase=False)
            for area_key in (
                *said_keys,
                *shared_heads[entity.area],
                *group_words.get(entity.area, ()),  # "the lamp in the annex"
            ):
                if area_key not in key:
                    add_name(
                        f"{key} in the {area_key}", entity.entity_id, entity.domain, phrase=False
                    )
                    add_name(f"{key} in {area_key}", entity.entity_id, entity.domain, phrase=False)
            if not english:
                # "i faretti della cucina", "spotjes uit" for "Faretti cucina", "Spotjes
                # keuken": a name that is its room's name and more, said without the room.
                for shorter in _room_less(key, own_keys, template_words):
                    if shorter not in taken and shorter not in area_names:
                        add_name(shorter, entity.entity_id, entity.domain, phrase=False)

    # "the island" for "Island Pendants": a word only one device's names hold, said alone.
    ordinary = set(template_words) | kind_words | generic_area_words | qualifiers | area_names
    # English only: other languages' template words come inflected ("žaluzi[e]"), so a
    # word of a name may be the language's word for a kind of device.
    partial: dict[str, Entity] = {}
    one_of: set[str] = set()
    if english:
        named = _name_words(home)
        for entity, name_words in list(named):
            split = " ".join(_split_at(w, joints) for w in name_words).split()
            if split != name_words:
                named.append((entity, split))  # "Hue lightstrip": "the light strip" too
        # A word of a room's or floor's name places a device, it does not name one ("the
        # bedroom lamp" is no light called "Kids Bedroom").
        place_words = {w for key in area_names | floor_words for w in key.split()}
        partial.update(_distinctive_words(named, ordinary | place_words | real_names))
        # "the front sprinklers" for "Front Lawn Sprinklers": a name's first and last word.
        rooms: dict[tuple[str, str], set[str]] = defaultdict(set)
        for entity in home.exposed():
            own_area = home.area_of(entity)
            for raw in (own_area.name, *own_area.aliases) if own_area else ():
                room_words = normalize(raw).split()
                if room_words:
                    rooms[(room_words[0], entity.domain)].add(entity.entity_id)
        partial.update(_ends_of_names(named, real_names | area_names | floor_words, rooms))
        # "lower the bed" beside the Bed Head and the Bed Foot: asked which (a word of the
        # language's sentences too, "bed" is also said "in bed"; a room's word as written:
        # "bed" of a Bedroom said "bed room" is none).
        named_rooms = {
            w
            for area in home.areas.values()
            for raw in (area.name, *area.aliases)
            for w in normalize(raw).split()
        }
        own_words = kind_forms | generic_area_words | qualifiers | named_rooms | floor_words
        for word, holders in _shared_first_words(named, own_words | real_names).items():
            for holder in holders:
                add_name(word, holder.entity_id, holder.domain, phrase=False)
            one_of.add(word)
        # "the bedroom lights" for a Bedroom Ceiling and a Bedroom Reading Light in a home
        # without rooms; "the floor lamp" for the one Living Room Floor Lamp (several: asked).
        taken_words = real_names | area_names | floor_words | kind_words
        for phrase, holders in _said_groups(named, taken_words, device_types, place_words).items():
            for holder in holders:
                add_name(phrase, holder.entity_id, holder.domain, phrase=False)
        # "the tradfri bulb" for "TRADFRI bulb E27 WS opal 1000lm", "the lightstrip" for "Hue
        # lightstrip plus 1": a run of a name's words no other name holds.
        for phrase, entity in _name_runs(named, ordinary | place_words).items():
            if phrase not in real_names and phrase not in area_names:
                partial.setdefault(phrase, entity)
        # "the oil tank", "the tank" for a sensor called "Oil Tank Level": its name without
        # the word that says it is a reading, and that name's last word where nothing else
        # holds it.
        for phrase, entity in _reading_names(named, taken_words, ordinary | place_words).items():
            if phrase not in entities_by_name:
                partial.setdefault(phrase, entity)
        placed = _shared_words_placed(named, ordinary | place_words | kind_forms, area_words)
        for phrase, entity in placed.items():
            if phrase not in real_names and phrase not in entities_by_name:
                partial.setdefault(phrase, entity)
    for word, entity in partial.items():
        add_name(word, entity.entity_id, entity.domain, phrase=False)
        if english and any(w in spoken_numbers for w in word.split()):
            # "relay two" for the run "relay 2" of "sonoff_4ch relay 2"
            said = " ".join(spoken_numbers.get(w, w) for w in word.split())
            if said not in real_names and said not in partial:
                add_name(said, entity.entity_id, entity.domain, phrase=False)
        bare = word.replace("'", "")
        if bare != word and bare not in real_names and bare not in partial:
            add_name(bare, entity.entity_id, entity.domain, phrase=False)

    types_by_value: dict[str, tuple[DeviceType, str | None]] = {}
    kinds_by_word: dict[str, DeviceType] = {}
    type_floors: dict[str, str] = {}
    present = {e.domain for e in home.exposed()}
    #: Every word for a kind: "main water" is the main valve, never the water on a Main floor.
    kind_phrases = {normalize(w) for t in device_types for w in t.words}
    for device_type in device_types:
        # The domains of the devices of this kind (a sprinkler may be a switch or a valve). A
        # kind told by name words only where a device is one ("the water" means nothing in a
        # home without a water valve); the others wherever their domain is, so that "open
        # the garage door" in a home with covers but no garage door is refused, not a door.
        domains = sorted({e.domain for e in home.exposed() if device_type.fits(e)})
        if not domains and not device_type.names:
            domains = [d for d in device_type.all_domains if d in present]
        if not domains:
            continue
        members = [e for e in home.exposed() if device_type.fits(e)]
        for word in device_type.words:
            kinds_by_word.setdefault(word, device_type)
            if members and not any(_may_be(e, word, area_names) for e in members):
                continue  # "the ceiling fan" where the only fan is the Desk Fan
            phrases: list[tuple[str, str | None]] = [(word, None)]
            for area_id, keys in area_words.items():
                for area_key in keys:
                    if area_key in said_with_endings:
                        continue
                    phrases.append((f"{area_key} {word}", area_id))
                    phrases.append((f"{word} in the {area_key}", area_id))
                    phrases.append((f"{word} in {area_key}", area_id))
                for qualifier in area_qualifiers.get(area_id, ()):
                    phrases.append((f"{qualifier} {word}", area_id))
            for phrase, phrase_area in phrases:
                if phrase in entities_by_name:
                    continue  # a real name always wins over a kind of device
                value = f"{TYPE_PREFIX}{device_type.key}@{phrase_area or ''}"
                types_by_value[value] = (device_type, phrase_area)
                name_index[phrase].extend(_value(phrase, value, {"domain": d}) for d in domains)
            # "the upstairs heating": the kind on a floor.
            for floor in home.floors.values():
                for raw in said_floors[floor.id]:
                    phrase = f"{normalize(raw)} {word}"
                    if phrase in entities_by_name or phrase in name_index or phrase in kind_phrases:
                        continue
                    value = f"{TYPE_PREFIX}{device_type.key}@@{floor.id}"
                    types_by_value[value] = (device_type, None)
                    type_floors[value] = floor.id
                    name_index[phrase].extend(_value(phrase, value, {"domain": d}) for d in domains)
    area_index: dict[str, list[TextSlotValue]] = defaultdict(list)
    area_by_word: dict[str, str] = {}
    for area in home.areas.values():
        for key in area_words[area.id]:
            if key not in area_by_word:
                area_by_word[key] = area.id
                area_index[key].append(_value(key, area.id))
                words[key] = key
    floor_index: dict[str, list[TextSlotValue]] = defaultdict(list)
    floor_by_word: dict[str, str] = {}
    for floor in home.floors.values():
        for raw in said_floors[floor.id]:
            key = normalize(raw)
            if key and key not in floor_by_word:
                floor_by_word[key] = floor.id
                floor_index[key].append(_value(key, floor.id))
                words[key] = key
    return Vocabulary(
        name_index=dict(name_index),
        area_index=dict(area_index),
        floor_index=dict(floor_index),
        entities_by_name=dict(entities_by_name),
        area_by_word=area_by_word,
        floor_by_word=floor_by_word,
        words=words,
        types_by_value=types_by_value,
        kinds_by_word=kinds_by_word,
        type_floors=type_floors,
        real_names=frozenset(real_names),
        longest=max((len(p.split()) for p in (*name_index, *area_index, *floor_index)), default=1),
        spaceless={
            kind: tuple(key for key in index if _SPACELESS.search(key))
            for kind, index in (("name", name_index), ("area", area_index), ("floor", floor_index))
        },
        partial=frozenset(partial),
        owners={
            owner.removesuffix("'s"): owner
            for area in home.areas.values()
            if (owner := _owner(area.name)) is not None and len(owner) > 3
        },
        placed_only=frozenset(placed_only),
        one_of=frozenset(one_of),
        headless=frozenset(
            word
            for word, entity in partial.items()
            if _headless(word, entity, kind_forms) and word not in verb_kinds
        ),
        affixed={}
        if english
        else {
            kind: tuple(key for key in index if _long_enough_inside_words(key))
            for kind, index in (("name", name_index), ("area", area_index), ("floor", floor_index))
        },
    )
