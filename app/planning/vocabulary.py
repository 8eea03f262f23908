"""The home's own words as hassil slot lists, and the indexes to resolve them back.

Names, aliases, areas and floors become ``{name}``, ``{area}`` and ``{floor}`` slot values. A
name's value is its normalised text; :class:`Vocabulary` maps it back to every entity that
carries it, so that two "Ceiling Light"s in different areas stay ambiguous until an area (or
this computer's area) decides.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from hassil import SlotList, TextSlotList
from hassil.intents import TextSlotValue

from app.home import Home
from app.planning.sentences import DeviceType

#: Value of the ``{name}`` slot for pronouns ("turn it off"); resolved from the conversation.
REFERENCE = "__ref__"

_SPACES = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w\s'%.-]|(?<!\d)\.|\.(?!\d)", re.UNICODE)


def normalize(text: str) -> str:
    """Lower case, NFC, punctuation removed (except apostrophes, %, - and decimal points),
    single spaces."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = _PUNCT.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


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
    longest: int = 1
    """Most words in any phrase."""

    def _present(
        self, index: dict[str, list[TextSlotValue]], words: list[str]
    ) -> list[TextSlotValue]:
        found: list[TextSlotValue] = []
        for start in range(len(words)):
            for end in range(start + 1, min(len(words), start + self.longest) + 1):
                found.extend(index.get(" ".join(words[start:end]), ()))
        return found

    def slot_lists(
        self, text: str, reference_domains: list[str] | None = None
    ) -> dict[str, SlotList]:
        words = normalize(text).split()
        names = self._present(self.name_index, words)
        if reference_domains:
            present = set(words) | {" ".join(words[i : i + 2]) for i in range(len(words))}
            for pronoun in _PRONOUNS:
                if pronoun in present:
                    names.extend(
                        _value(pronoun, REFERENCE, {"domain": d})
                        for d in sorted(set(reference_domains))
                    )
        return {
            "name": TextSlotList(name="name", values=names),
            "area": TextSlotList(name="area", values=self._present(self.area_index, words)),
            "floor": TextSlotList(name="floor", values=self._present(self.floor_index, words)),
        }


def _value(text: str, value: str, context: dict[str, str] | None = None) -> TextSlotValue:
    # allow_template=False: a name such as "Lamp [old]" must not become a template.
    return TextSlotValue.from_tuple((text, value, context or {}), allow_template=False)


#: Prefix of ``{name}`` values that stand for a kind of device ("the tv"), not a name.
TYPE_PREFIX = "__type__:"


def _owner(area_name: str) -> str | None:
    """ "Leo's Room" -> "leo's": people say "Leo's lamp" for the lamp in Leo's room."""
    first = normalize(area_name).split(" ", 1)[0]
    return first if first.endswith("'s") and len(first) > 2 else None


def _other_number(phrase: str) -> str | None:
    """The phrase with its last word in the other grammatical number (English plural -s)."""
    head, _, last = phrase.rpartition(" ")
    if len(last) < 4 or not last.isalpha():
        return None
    other = last[:-1] if last.endswith("s") and not last.endswith("ss") else last + "s"
    return f"{head} {other}".strip()


def build_vocabulary(
    home: Home, device_types: Sequence[DeviceType] = (), *, english: bool = False
) -> Vocabulary:
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
    area_names = {key for keys in area_words.values() for key in keys}
    real_names = {
        key
        for entity in home.exposed()
        for key in (normalize(raw) for raw in (entity.name, *entity.aliases))
    }
    for entity in home.exposed():
        names = [k for k in (normalize(raw) for raw in (entity.name, *entity.aliases)) if k]
        for key in names:
            add_name(key, entity.entity_id, entity.domain)
            # "the mirror lights" for "Mirror light", "the spotlight" for "Spotlights".
            other = _other_number(key) if english else None
            # "kitchen lights" means the lights in the kitchen, not "Kitchen Light" alone.
            if other and other not in real_names and other.rpartition(" ")[0] not in area_names:
                add_name(other, entity.entity_id, entity.domain, phrase=False)
        if not entity.area or entity.area not in home.areas:
            continue
        # "the bedroom lamp", "the lamp in the snug", "Leo's night light".
        prefixes = list(area_words.get(entity.area, []))
        owner = _owner(home.areas[entity.area].name)
        if owner:
            prefixes.append(owner)
        for key in names:
            for prefix in prefixes:
                if not key.startswith(prefix):
                    add_name(f"{prefix} {key}", entity.entity_id, entity.domain, phrase=False)
            for area_key in area_words.get(entity.area, []):
                if area_key not in key:
                    add_name(
                        f"{key} in the {area_key}", entity.entity_id, entity.domain, phrase=False
                    )
                    add_name(f"{key} in {area_key}", entity.entity_id, entity.domain, phrase=False)

    types_by_value: dict[str, tuple[DeviceType, str | None]] = {}
    present = {e.domain for e in home.exposed()}
    for device_type in device_types:
        if device_type.domain not in present:
            continue
        for word in device_type.words:
            phrases: list[tuple[str, str | None]] = [(word, None)]
            for area_id, keys in area_words.items():
                for area_key in keys:
                    phrases.append((f"{area_key} {word}", area_id))
                    phrases.append((f"{word} in the {area_key}", area_id))
                    phrases.append((f"{word} in {area_key}", area_id))
            for phrase, phrase_area in phrases:
                if phrase in entities_by_name:
                    continue  # a real name always wins over a kind of device
                value = f"{TYPE_PREFIX}{device_type.key}@{phrase_area or ''}"
                types_by_value[value] = (device_type, phrase_area)
                name_index[phrase].append(_value(phrase, value, {"domain": device_type.domain}))
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
        for raw in (floor.name, *floor.aliases):
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
        longest=max((len(p.split()) for p in (*name_index, *area_index, *floor_index)), default=1),
    )
