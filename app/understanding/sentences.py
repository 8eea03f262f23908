"""Sentence data per language: home-assistant-intents merged with Hearth's own rules.

Hearth's rules live in ``resources/sentences/<lang>/*.yaml`` in hassil's format. They add
sentences to Home Assistant's intents (same intent names extend them) and define Hearth's own
intents (named ``Hearth...``). Beside them: misheard-word corrections (``corrections.yaml``),
words for kinds of device (``device_types.yaml``) and the loose reading's cues
(``frames.yaml``, read by :mod:`app.understanding.frames`).
"""

from __future__ import annotations

import copy
import functools
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Any

import home_assistant_intents
from hassil import Intents
from hassil.util import merge_dict

from app.core.files import load_own_yaml

if TYPE_CHECKING:
    from app.core.home import Entity

_LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LanguageData:
    language: str
    intents: Intents
    skip_words: tuple[str, ...]
    corrections: dict[str, str] = field(default_factory=dict)
    """Phrase -> replacement for words speech recognition commonly mishears."""
    vocabulary: frozenset[str] = frozenset()
    """Every literal word of every sentence template (for fuzzy correction)."""
    device_types: tuple[DeviceType, ...] = ()
    """Words for a kind of device ("tv", "door"), from ``device_types.yaml``."""
    colors: frozenset[str] = frozenset()
    """Colour names the language's ``color`` list knows."""
    press_verbs: frozenset[str] = frozenset()
    """Verbs a button may be named for ("Router Restart"), from the ``press_verb`` list."""
    generic_area_words: frozenset[str] = frozenset()
    """Words that say nothing about which room ("room", "floor"), from ``device_types.yaml``:
    never taken alone for an area ("bedroom" is the Primary Bedroom, "room" is no room)."""
    qualifiers: frozenset[str] = frozenset()
    """Words that tell one device from its twin ("left", "upper"), said first or last:
    "the left bedside lamp" is "Bedside Lamp Left"."""
    plural_words: frozenset[str] = frozenset()
    """Plural words for kinds of device ("lights", "blinds"): after a room's name they mean
    every such device in the room, even when one device is named after the room."""
    owner_pronouns: frozenset[str] = frozenset()
    """Words for a person's own ("her", "their"), from ``device_types.yaml``: after one owner
    of the home's rooms is named, that owner's ("Lily can't sleep, put her music on")."""
    every_room_words: tuple[str, ...] = ()
    """Words before a plural said for the rooms numbered alike ("in both offices" for
    Office 1 and Office 2); the first word of each is "both" when it means two."""
    room_leads: tuple[str, ...] = ()
    """Words before a room said alone after a command ("and in office 1" after "turn on the
    fan in office 2"): the same command in that room."""
    owned_room_words: tuple[str, ...] = ()
    """Words for a room named after its owner ("Tom's Room"): "the bedroom" is one of the
    people's rooms when no room's name says "bedroom" (asked which)."""
    not_owners: frozenset[str] = frozenset()
    """Words said like a possessive that name nobody ("it's", "that's"): beside them "her"
    may still be the owner of the one room called "her office"."""
    there_words: tuple[str, ...] = ()
    """Phrases for the room just acted on said from afar ("up there"), from
    ``device_types.yaml``: read as "in there"."""
    floor_directions: dict[str, str] = field(default_factory=dict)
    """Words for a floor by where it is ("upstairs": "up"), from ``device_types.yaml``."""
    rule_names: frozenset[str] = frozenset()
    """Names of expansion rules ("lumiere" of ``<lumiere>``) that no template says as a word:
    in *vocabulary*, but never matched as typed."""
    name_joiners: tuple[str, ...] = ()
    """Words said between a name's first word and the rest ("della" of "porta della taverna"
    for the "Porta taverna"), from ``device_types.yaml``."""


@dataclass(frozen=True, slots=True)
class DeviceType:
    """A kind of device people name by what it is or does ("the tv", "the sprinklers").

    A device is of the kind when its domain is one of :attr:`domains` and, when the kind
    lists device classes or name words, its device class is one of them or one of its names
    or aliases holds one of the words: a switch is a sprinkler by its name ("Back Lawn
    Zone"), an outlet by its device class or its name ("Desk Plug").
    """

    key: str
    domain: str
    device_classes: tuple[str, ...]
    words: tuple[str, ...]
    plural: bool = False
    domains: tuple[str, ...] = ()
    """Every domain of the kind (empty: just :attr:`domain`)."""
    names: tuple[str, ...] = ()
    """Words in a device's name or alias that make it of this kind."""
    prefer: tuple[str, ...] = ()
    """Of several devices of the kind, the one whose name holds one of these words is meant
    ("the water" is the water main, "the heating" the house thermostat)."""
    unless_names: tuple[str, ...] = ()
    """Words in a device's name or alias that make it no device of this kind though its
    domain is: an air purifier of the fan domain is no "fan"."""

    @property
    def all_domains(self) -> tuple[str, ...]:
        return self.domains or (self.domain,)

    def fits(self, entity: Entity) -> bool:
        """Whether *entity* is a device of this kind."""
        if entity.domain not in self.all_domains:
            return False
        if _names_hold(entity, self.unless_names):
            return False
        if not self.device_classes and not self.names:
            return True
        if entity.device_class in self.device_classes:
            return True
        return _names_hold(entity, self.names)

    def preferred(self, entity: Entity) -> bool:
        """Whether *entity* is the one meant among several of the kind."""
        return _names_hold(entity, self.prefer)


def _names_hold(entity: Entity, words: tuple[str, ...]) -> bool:
    if not words:
        return False
    for raw in (entity.name, *entity.aliases):
        padded = _padded(raw)
        if any(f" {word} " in padded for word in words):
            return True
    return False


@functools.lru_cache(maxsize=65536)
def _padded(name: str) -> str:
    """*name*'s words, lower case, with a space before and after each."""
    return " " + " ".join(re.findall(r"[\w']+", name.casefold())) + " "


def supported_languages() -> list[str]:
    return sorted(home_assistant_intents.get_languages())


def resolve_language(language: str) -> str | None:
    """The package's language code for *language* ("en-US" -> "en", "pt_br" -> "pt-BR")."""
    known = {code.lower(): code for code in home_assistant_intents.get_languages()}
    wanted = language.strip().replace("_", "-").lower()
    if wanted in known:
        return known[wanted]
    base = wanted.split("-", 1)[0]
    return known.get(base)


#: What a variant with no folder of its own ("de-CH") reads from its base's ("de"): its words
#: for kinds of device and its corrections, never its sentence rules, which are written with
#: the base's rules and lists (Home Assistant's "de-CH" has others: "<Liecht>").
_BASE_FILES = frozenset({"corrections.yaml", "device_types.yaml"})


def _own_files(language: str) -> dict[str, Any]:
    root = resources.files("resources") / "sentences" / language
    merged: dict[str, Any] = {}
    if root.is_dir():
        for entry in sorted(root.iterdir(), key=lambda p: p.name):
            if not entry.name.endswith(".yaml"):
                continue
            data = load_own_yaml(entry.read_text(encoding="utf-8")) or {}
            merged[entry.name] = data
    base = language.split("-", 1)[0]
    if base == language or any(isinstance(d, dict) and "intents" in d for d in merged.values()):
        return merged
    # A variant without sentence rules of its own ("de-CH", whose folder holds only data):
    # its base's words, and its own files besides.
    return {**{k: v for k, v in _own_files(base).items() if k in _BASE_FILES}, **merged}


#: A word with an alternative or optional part glued to it ("žaluzi(e|í)", "závěs[u]").
_GLUED = re.compile(
    r"[^\W\d_]*(?:\([^()\[\]{}\s]*\|[^()\[\]{}\s]*\)|\[[^()\[\]{}\s|]+\])[\w()\[\]|]*"
)
_GROUP = re.compile(r"\(([^()\[\]]*)\)|\[([^()\[\]]*)\]")
_NOT_WORD = re.compile(r"[^\w']+")
#: The most forms one glued word is expanded into.
_MOST_FORMS = 32


def _forms(word: str) -> set[str]:
    """Every form of a word written with its endings as alternatives ("žaluzi(e|í)":
    "žaluzie", "žaluzií"; "závěs[u]": "závěs", "závěsu")."""
    forms = {word}
    done: set[str] = set()
    while forms and len(done) < _MOST_FORMS:
        form = forms.pop()
        group = _GROUP.search(form)
        if group is None:
            done.add(form)
            continue
        choices = group[1].split("|") if group[1] is not None else ["", group[2]]
        forms |= {form[: group.start()] + c + form[group.end() :] for c in choices}
    return done


def _words_of(template: str) -> set[str]:
    words: set[str] = set()
    if "(" in template or "[" in template:
        glued = {m[0] for m in _GLUED.finditer(template.lower()) if m[0][0].isalpha()}
        for word in glued:
            pieces = (_NOT_WORD.split(form) for form in _forms(word))  # "žaluzie|roleta)"
            words |= {w for piece in pieces for w in piece if w.replace("'", "").isalpha()}
    token = []
    depth_brace = 0
    for ch in template.lower():
        if ch == "{":
            depth_brace += 1
        elif ch == "}":
            depth_brace -= 1
        elif depth_brace == 0 and (ch.isalpha() or ch == "'"):
            token.append(ch)
            continue
        if token:
            words.add("".join(token))
            token = []
    if token:
        words.add("".join(token))
    return words


_RULE = re.compile(r"<[^<>]*>")


def _templates(data: dict[str, Any]) -> Iterator[str]:
    """Every sentence template and expansion rule of *data*."""
    for intent in data.get("intents", {}).values():
        for block in intent.get("data", []):
            yield from (str(sentence) for sentence in block.get("sentences", []))
    yield from (str(rule) for rule in data.get("expansion_rules", {}).values())


#: What a sentence file may add to Home Assistant's data (hassil's own keys).
_HASSIL_KEYS = frozenset({"intents", "lists", "expansion_rules", "skip_words"})


@functools.lru_cache(maxsize=8)
def load_language(language: str) -> LanguageData:
    """Load (once per process) the merged sentence data for a resolved language code."""
    base = home_assistant_intents.get_intents(language)
    if base is None:
        raise KeyError(language)
    data = copy.deepcopy(base)
    own = _own_files(language)
    corrections: dict[str, str] = {}
    device_types: list[DeviceType] = []
    place_data: dict[str, Any] = {}
    for name, content in own.items():
        if name == "corrections.yaml":
            corrections.update(
                {str(k): str(v) for k, v in (content.get("corrections") or {}).items()}
            )
        elif name == "device_types.yaml":
            device_types.extend(_device_types(content))
            place_data = content
        elif name in ("frames.yaml", "time_commands.yaml"):
            # The loose reading's cue words (app/understanding/frames.py) and the reminder and
            # calendar sentences (app/understanding/temporal.py) are read by their own stages.
            continue
        else:
            merge_dict(data, {k: v for k, v in content.items() if k in _HASSIL_KEYS})
    for content in own.values():
        if isinstance(content, dict):
            _without_room(data, content.get("without_room") or ())
    vocabulary: set[str] = set()
    for intent in data.get("intents", {}).values():
        for block in intent.get("data", []):
            for sentence in block.get("sentences", []):
                vocabulary |= _words_of(sentence)
    for rule in data.get("expansion_rules", {}).values():
        vocabulary |= _words_of(str(rule))
    said: set[str] = set()  # the words again, without the rules' names
    for template in _templates(data):
        said |= _words_of(_RULE.sub(" ", template))
    rule_names = {w for name in data.get("expansion_rules", {}) for w in _words_of(str(name))}
    for slot_list in data.get("lists", {}).values():
        for value in slot_list.get("values", []) if isinstance(slot_list, dict) else []:
            text = value.get("in") if isinstance(value, dict) else value
            if isinstance(text, str):
                vocabulary |= _words_of(text)
    intents = Intents.from_dict(data)
    _LOGGER.debug("Loaded %d intents for %s", len(intents.intents), language)
    return LanguageData(
        language=language,
        intents=intents,
        skip_words=tuple(data.get("skip_words", [])),
        corrections=corrections,
        vocabulary=frozenset(vocabulary),
        rule_names=frozenset(rule_names - said),
        device_types=tuple(device_types),
        colors=frozenset(_list_values(data, "color")),
        press_verbs=frozenset(_list_values(data, "press_verb")),
        generic_area_words=frozenset(
            str(w).lower() for w in place_data.get("generic_area_words") or ()
        ),
        qualifiers=frozenset(str(w).lower() for w in place_data.get("qualifiers") or ()),
        there_words=tuple(str(w).lower() for w in place_data.get("there_words") or ()),
        owner_pronouns=frozenset(str(w).lower() for w in place_data.get("owner_pronouns") or ()),
        not_owners=frozenset(str(w).lower() for w in place_data.get("not_owners") or ()),
        every_room_words=tuple(str(w).lower() for w in place_data.get("every_room_words") or ()),
        room_leads=tuple(str(w).lower() for w in place_data.get("room_leads") or ()),
        owned_room_words=tuple(str(w).lower() for w in place_data.get("owned_room_words") or ()),
        floor_directions={
            str(k).lower(): str(v) for k, v in (place_data.get("floor_directions") or {}).items()
        },
        plural_words=frozenset(str(w).lower() for w in place_data.get("plural_words") or ())
        | {w for kind in device_types if kind.plural for w in kind.words},
        name_joiners=tuple(str(w).lower() for w in place_data.get("name_joiners") or ()),
    )


def _without_room(data: dict[str, Any], intents: Any) -> None:
    """Let the sentences of *intents* that need the speaker's room be said with none known
    (``without_room`` in a language's sentence file): "what is the temperature" with no room
    is the home's one thermostat, or a question which one. Only sentences that need nothing
    but the room are copied."""
    for name in intents:
        intent = data.get("intents", {}).get(str(name))
        if not intent:
            continue
        blocks = intent.get("data", [])
        for block in list(blocks):
            if block.get("requires_context") == {"area": {"slot": True}}:
                blocks.append({k: v for k, v in block.items() if k != "requires_context"})


def _list_values(data: dict[str, Any], name: str) -> list[str]:
    values = (data.get("lists", {}).get(name) or {}).get("values") or []
    out = []
    for value in values:
        text = value.get("in") if isinstance(value, dict) else value
        if isinstance(text, str) and text.isalpha():
            out.append(text.lower())
    return out


def _device_types(content: dict[str, Any]) -> list[DeviceType]:
    out = []
    for key, spec in (content.get("types") or {}).items():
        domains = spec["domain"]
        domains = [str(d) for d in domains] if isinstance(domains, list) else [str(domains)]
        out.append(
            DeviceType(
                key=str(key),
                domain=domains[0],
                device_classes=tuple(str(c) for c in spec.get("device_class") or ()),
                words=tuple(str(w).lower() for w in spec.get("words") or ()),
                plural=bool(spec.get("plural", False)),
                domains=tuple(domains),
                # said as a name's words are read ("goutte-à-goutte": "goutte à goutte")
                names=tuple(_padded(str(w)).strip() for w in spec.get("names") or ()),
                prefer=tuple(_padded(str(w)).strip() for w in spec.get("prefer") or ()),
                unless_names=tuple(_padded(str(w)).strip() for w in spec.get("unless_names") or ()),
            )
        )
    return out
