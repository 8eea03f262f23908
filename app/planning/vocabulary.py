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
from dataclasses import dataclass, field

from hassil import SlotList, TextSlotList
from hassil.intents import TextSlotValue

from app.home import Home

#: Value of the ``{name}`` slot for pronouns ("turn it off"); resolved from the conversation.
REFERENCE = "__ref__"

_SPACES = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w\s'%-]", re.UNICODE)


def normalize(text: str) -> str:
    """Lower case, NFC, punctuation removed (except apostrophes, % and -), single spaces."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = _PUNCT.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


@dataclass(slots=True)
class Vocabulary:
    names: TextSlotList
    areas: TextSlotList
    floors: TextSlotList
    entities_by_name: dict[str, list[str]]
    """Normalised name or alias -> entity ids."""
    area_by_word: dict[str, str]
    """Normalised area name or alias -> area id."""
    floor_by_word: dict[str, str]
    words: dict[str, str] = field(default_factory=dict)
    """Every normalised phrase the home knows (names, aliases, areas, floors) -> itself, for
    fuzzy correction of misheard words."""

    def slot_lists(self, reference_domains: list[str] | None = None) -> dict[str, SlotList]:
        names = self.names
        if reference_domains:
            values = list(names.values)
            for pronoun in ("it", "them", "that", "those", "this", "these", "they"):
                values.extend(
                    _value(pronoun, REFERENCE, {"domain": d})
                    for d in sorted(set(reference_domains))
                )
            names = TextSlotList(name="name", values=values)
        return {"name": names, "area": self.areas, "floor": self.floors}


def _value(text: str, value: str, context: dict[str, str] | None = None) -> TextSlotValue:
    # allow_template=False: a name such as "Lamp [old]" must not become a template.
    return TextSlotValue.from_tuple((text, value, context or {}), allow_template=False)


def build_vocabulary(home: Home) -> Vocabulary:
    name_values = []
    entities_by_name: dict[str, list[str]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    words: dict[str, str] = {}
    for entity in home.exposed():
        for raw in (entity.name, *entity.aliases):
            key = normalize(raw)
            if not key:
                continue
            if entity.entity_id not in entities_by_name[key]:
                entities_by_name[key].append(entity.entity_id)
            context = {"domain": entity.domain}
            if (key, entity.domain) in seen:
                continue
            seen.add((key, entity.domain))
            name_values.append(_value(key, key, context))
            words[key] = key
    area_values = []
    area_by_word: dict[str, str] = {}
    for area in home.areas.values():
        for raw in (area.name, *area.aliases):
            key = normalize(raw)
            if key and key not in area_by_word:
                area_by_word[key] = area.id
                area_values.append(_value(key, area.id))
                words[key] = key
    floor_values = []
    floor_by_word: dict[str, str] = {}
    for floor in home.floors.values():
        for raw in (floor.name, *floor.aliases):
            key = normalize(raw)
            if key and key not in floor_by_word:
                floor_by_word[key] = floor.id
                floor_values.append(_value(key, floor.id))
                words[key] = key
    return Vocabulary(
        names=TextSlotList(name="name", values=name_values),
        areas=TextSlotList(name="area", values=area_values),
        floors=TextSlotList(name="floor", values=floor_values),
        entities_by_name=dict(entities_by_name),
        area_by_word=area_by_word,
        floor_by_word=floor_by_word,
        words=words,
    )
