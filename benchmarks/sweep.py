"""Device commands made from every home's own names, each with an outcome known from the
snapshot alone: how often the planner acts right, asks, does not understand, or runs a wrong
action with nobody asked.

.venv/bin/python -m benchmarks.sweep [--lang en] [--home GLOB] [--verbose] [--json OUT]

For each home in ``benchmarks/homes`` whose names are in the language (a file named after
another language's corpus, ``blind6_de_…`` or ``blind16da_…``, is left out; ``--home`` picks
homes by a file-name pattern), sentences are generated (:data:`KINDS`):

* ``name``: a device by its name or an alias, with a verb of its kind ("turn off the X",
  "X off", "open the X", "lock X"), towards the state it is not in;
* ``name_area``: the same with its room ("the X in the <room>", "<room> X");
* ``kind_area``: a kind and a room: "the <room> light" where the room has one light, "the
  <room> lights" for all of them (fans and blinds too);
* ``place``: a whole room or floor: "all the lights in the <room>", "turn off everything
  upstairs", "lights off on the <floor>" (everything means what switches there: lights,
  switches, fans, helpers and players, as docs/planner.md says);
* ``except``: "turn off all the lights except the <room>";
* ``shared``: a name several devices carry: asked back, or the one in this computer's room
  when the request gives it;
* ``compound``: two devices in one sentence, with one verb or two ("turn on the X and the
  Y", "X on and Y off", "turn off the X and lock the Y", "X off, Y to 40 %");
* ``followup``: the second line of a conversation, judged after the first left the states
  it was meant to ("turn on the X" … "and the Y", "now off", "make it 30 %", "lock it");
* ``media``: a player by its kind and room ("pause the tv in the den"), and "pause" or
  "next" said alone while exactly one player plays;
* ``cover_place``: covers of a kind on a floor or in the whole home ("close the blinds
  upstairs", "open all the curtains");
* ``setting``: a number ("X to 30 %", "X at 21 degrees", a fan to 50) and "brighter" in a
  room;
* ``question``: "is the X on?", "is the X locked?", "what is the X at?": any change is wrong;
* ``variant``: a name said a little otherwise ("porch light" for the Porch Lights, "lamp
  two" for Lamp 2).

Each plan is judged as the blind corpora are (:mod:`benchmarks.blind_accuracy`): ``right``
(every device that must change does, in the right direction, and nothing outside the allowed
set), ``asked`` (a question, or a wrong plan that asks for confirmation first), ``none``
(nothing planned, nothing asked) or ``wrong`` (a state change on another target set, another
action or extra targets that would run unasked: ``needs_confirmation`` false and
:func:`app.policy.risk.runs_unasked` for ``--yes``, as in :mod:`benchmarks.perturb`).
Deterministic: which phrasing a sentence gets is chosen by a hash of the sentence's parts.
Exit status 0 (a measurement), 2 when no home matches.
"""

from __future__ import annotations

import argparse
import fnmatch
import hashlib
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.home import Entity, Home
from benchmarks.stats import write_cases

ROOT = Path(__file__).resolve().parent
HOMES_DIR = ROOT / "homes"
KINDS = (
    "name",
    "name_area",
    "partial",
    "kind_area",
    "place",
    "except",
    "shared",
    "compound",
    "followup",
    "media",
    "cover_place",
    "setting",
    "question",
    "variant",
)
OUTCOMES = ("right", "asked", "none", "wrong")
EXIT_NO_HOME = 2

#: A corpus's language in a home's file name: ``blind6_de_altbau``, ``blind16da_villa``.
_LANG_IN_NAME = re.compile(r"^blind\d+q?(?:_([a-z]{2})_|([a-z]{2})_)")

#: Domains whose devices switch on and off.
SWITCHED = frozenset({"light", "switch", "fan", "input_boolean"})
#: What "everything" switches in a room or on a floor (resources/sentences/en/places.yaml:
#: Home Assistant's own "turn off" domains, thermostats too).
EVERYTHING = frozenset({"light", "switch", "fan", "input_boolean", "media_player", "climate"})

#: Verb -> services (the part after the dot) a right plan may call for it.
SERVICES: dict[str, frozenset[str]] = {
    "on": frozenset({"turn_on"}),
    "off": frozenset({"turn_off", "media_pause", "media_stop", "set_hvac_mode"}),
    "open": frozenset({"open_cover"}),
    "close": frozenset({"close_cover"}),
    "lock": frozenset({"lock"}),
    "unlock": frozenset({"unlock"}),
    "set": frozenset({"turn_on", "set_percentage", "set_temperature", "set_cover_position"}),
    "brighter": frozenset({"turn_on"}),
    "pause": frozenset({"media_pause", "media_stop"}),
    "next": frozenset({"media_next_track"}),
}
#: Parameters a setting's number may be given in (``Expected.value``).
VALUE_PARAMS = ("brightness_pct", "percentage", "temperature", "position")

#: English phrasings per verb; ``{n}`` is what the device or place is called.
TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "on": ("turn on the {n}", "{n} on", "switch on the {n} please", "turn the {n} on"),
        "off": ("turn off the {n}", "{n} off", "switch off the {n} please", "turn the {n} off"),
        "open": ("open the {n}", "can you open the {n}", "open {n} please"),
        "close": ("close the {n}", "shut the {n}", "close {n} please"),
        "lock": ("lock the {n}", "lock {n} please"),
        "unlock": ("unlock the {n}",),
    }
}

#: Kind words per language: domain (or cover class) -> (one, several).
KIND_WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "light": ("light", "lights"),
        "fan": ("fan", "fans"),
        "blind": ("blind", "blinds"),
        "curtain": ("curtain", "curtains"),
        "shutter": ("shutter", "shutters"),
    },
}

#: Cover classes "the blinds" may take in beside blinds and shades, as Hearth's English
#: device kinds say (resources/sentences/en/device_types.yaml: ``blinds``).
BLINDS_TOO = frozenset({"shutter", "awning"})
#: Kinds of cover (:func:`_cover_class`).
COVER_KINDS = frozenset({"blind", "curtain", "shutter"})

#: Whole-place phrasings: (verb, template) with ``{p}`` the place as said ("in the kitchen",
#: "upstairs", "on the first floor").
PLACE_TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "everything": ("turn {v} everything {p}", "switch everything {v} {p}"),
        "lights": ("turn {v} all the lights {p}", "lights {v} {p}", "turn {v} the lights {p}"),
    }
}
EXCEPT_TEMPLATES: dict[str, tuple[str, ...]] = {
    "en": (
        "turn {v} all the lights except the {a}",
        "turn {v} all the lights but the {a}",
    )
}
#: Floor words said without "on the" (the floor's own name or alias).
BARE_FLOORS: dict[str, frozenset[str]] = {
    "en": frozenset({"upstairs", "downstairs", "outside", "outdoors"}),
}
#: Conversation follow-ups: "and the Y" after a command; the previous device again; a level.
FOLLOW_TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "and": ("and the {n}", "the {n} too", "and the {n} as well"),
        "off": ("now off", "turn it off again", "switch it off now"),
        "on": ("now on", "turn it back on"),
        "lock": ("lock it", "now lock it again"),
        "unlock": ("unlock it",),
        "close": ("close it again", "now close it"),
        "open": ("open it again",),
        "level": ("make it {x} %", "{x} percent", "set it to {x} %"),
    }
}
#: A command said with its verb first, and after the name ("X on").
VERB_FIRST: dict[str, dict[str, str]] = {
    "en": {
        "on": "turn on the {n}",
        "off": "turn off the {n}",
        "open": "open the {n}",
        "close": "close the {n}",
        "lock": "lock the {n}",
        "unlock": "unlock the {n}",
    }
}
#: Every cover of a kind in the home ("close all the blinds").
ALL_TEMPLATES: dict[str, dict[str, str]] = {
    "en": {"open": "open all the {n}", "close": "close all the {n}"},
}
VERB_AFTER: dict[str, dict[str, str]] = {"en": {"on": "{n} on", "off": "{n} off"}}
COMPOUND_TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "same": ("turn {v} the {a} and the {b}", "{a} and {b} {v}", "turn the {a} and the {b} {v}"),
        "both": ("{a} and {b}", "{a}, then {b}"),
        "level": ("{a}, {b} to {x} %", "{a} and set the {b} to {x} percent"),
    }
}
SETTING_TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "light": ("{n} to {x} %", "set the {n} to {x} percent", "dim the {n} to {x} %"),
        "fan": ("{n} to {x}", "set the {n} to {x} %", "{n} at {x} percent"),
        "cover": ("{n} to {x} %", "set the {n} to {x} percent"),
        "climate": ("set the {n} to {x} degrees", "{n} at {x} degrees", "{n} to {x}"),
        "brighter": (
            "brighter in the {r}",
            "make the {r} brighter",
            "turn up the lights in the {r}",
        ),
    }
}
QUESTION_TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "switched": ("is the {n} on?", "is the {n} off?", "is the {n} on or off"),
        "lock": ("is the {n} locked?", "is the {n} unlocked?"),
        "cover": ("is the {n} open?", "is the {n} closed?"),
        "level": ("what is the {n} at?", "what's the {n} set to?", "how bright is the {n}?"),
        "climate": ("what is the {n} set to?", "what's the {n} at?"),
    }
}
MEDIA_TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "pause": ("pause the {n}", "pause the {n} please"),
        "alone": ("pause", "pause it"),
        "music": ("pause the music", "stop the music"),
        "next": ("next", "next track", "skip this song", "skip"),
    }
}
#: Media player kinds said by a word: kind -> (device classes, name words).
MEDIA_KINDS: dict[str, dict[str, tuple[frozenset[str], frozenset[str]]]] = {
    "en": {
        "tv": (frozenset({"tv"}), frozenset({"tv", "television"})),
        "speaker": (frozenset({"speaker"}), frozenset({"speaker", "sonos", "homepod"})),
    }
}
#: Numbers said as words (a name ending in "2" said "two").
NUMBER_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
}
#: A name's last word and what it is said as in the other number.
NUMBER_SWAPS: dict[str, dict[str, str]] = {
    "en": {"light": "lights", "lights": "light", "lamp": "lamps", "lamps": "lamp"},
}
LEVELS = (20, 30, 40, 60, 75)

#: Words of a floor's name said after "on the" ("on the first floor"); other floors are "in
#: the" ("in the basement").
_LEVEL_WORDS = frozenset({"floor", "level", "storey", "story", "deck"})


@dataclass(frozen=True, slots=True)
class Expected:
    """What a right plan does: every device in ``required`` and none outside ``allowed``
    changes, by a service of ``verb``; ``ask``: the plan must ask and change nothing."""

    verb: str = ""
    required: frozenset[str] = frozenset()
    allowed: frozenset[str] = frozenset()
    ask: bool = False
    value: float | None = None
    """A setting's number: every step gives it (one of :data:`VALUE_PARAMS`)."""
    parts: tuple[Expected, ...] = ()
    """A compound command: each step fits one part, and each part's ``required`` change."""


@dataclass(frozen=True, slots=True)
class Case:
    home: str
    kind: str
    text: str
    expected: Expected
    area: str | None = None
    """This computer's room, when the request gives one."""
    before: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()
    """Earlier lines of the conversation, each with the states it leaves (entity id, state)
    when done as meant; only the last line (``text``) is judged."""


@dataclass(slots=True)
class CaseResult:
    case: Case
    outcome: str
    plan: str

    def to_json(self) -> dict[str, Any]:
        return {
            "home": self.case.home,
            "kind": self.case.kind,
            "text": self.case.text,
            "area": self.case.area,
            "before": [text for text, _ in self.case.before],
            "outcome": self.outcome,
            "plan": self.plan,
        }


# -- homes --------------------------------------------------------------------------------------


def home_language(stem: str) -> str:
    """The language a home's names are in, by its file name (English unless a corpus's
    language is part of the name)."""
    m = _LANG_IN_NAME.match(stem)
    if not m:
        return "en"
    return m.group(1) or m.group(2) or "en"


def home_files(lang: str, pattern: str | None, folder: Path = HOMES_DIR) -> list[Path]:
    files = sorted(folder.glob("*.yaml"))
    if pattern is not None:
        return [
            f for f in files if fnmatch.fnmatch(f.stem, pattern) or fnmatch.fnmatch(f.name, pattern)
        ]
    return [f for f in files if home_language(f.stem) == lang]


# -- generation ---------------------------------------------------------------------------------


def _digest(key: str) -> int:
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big")


def _pick(options: Sequence[str], key: str, count: int = 1) -> list[str]:
    """*count* of *options* (all when fewer), chosen by a hash of *key*."""
    ranked = sorted(options, key=lambda o: _digest(f"{key}\x00{o}"))
    return ranked[:count]


def _fold(text: str) -> str:
    return " ".join(re.findall(r"[\w']+", text.casefold()))


def verb_for(entity: Entity) -> str | None:
    """The command that changes *entity* from the state it is in, or None for kinds the
    sweep does not command."""
    domain, state = entity.domain, entity.state
    if domain in SWITCHED:
        return "off" if state == "on" else "on"
    if domain == "cover":
        return "open" if state in ("closed", "closing") else "close"
    if domain == "lock":
        return "unlock" if state == "locked" else "lock"
    return None


def _names(entity: Entity) -> list[str]:
    return list(dict.fromkeys(n for n in (entity.name, *entity.aliases) if n and n.strip()))


def _name_owners(home: Home) -> dict[str, set[str]]:
    """Folded name or alias -> the exposed devices called so."""
    owners: dict[str, set[str]] = defaultdict(set)
    for entity in home.exposed():
        for name in _names(entity):
            owners[_fold(name)].add(entity.entity_id)
    return owners


def _place_names(home: Home) -> set[str]:
    names = {_fold(n) for a in home.areas.values() for n in (a.name, *a.aliases)}
    names |= {_fold(n) for f in home.floors.values() for n in (f.name, *f.aliases)}
    return names


def _cover_class(entity: Entity) -> str | None:
    if entity.domain != "cover":
        return None
    words = set(_fold(entity.name).split())
    if entity.device_class in ("blind", "shade") or words & {"blind", "blinds"}:
        return "blind"
    if entity.device_class == "curtain" or words & {"curtain", "curtains"}:
        return "curtain"
    if entity.device_class == "shutter" or words & {"shutter", "shutters"}:
        return "shutter"
    return None


def _kind_of(entity: Entity) -> str | None:
    if entity.domain == "light":
        return "light"
    if entity.domain == "fan":
        # An air purifier is a fan to Home Assistant, not to the person saying "the fans".
        return "fan" if "fan" in _fold(entity.name).split() else None
    return _cover_class(entity)


def _turned(verb: str, entities: Iterable[Entity]) -> frozenset[str]:
    """The devices among *entities* that *verb* changes (those not already so)."""
    done = {"on": ("on",), "off": ("off",), "open": ("open", "opening"), "close": ("closed",)}
    return frozenset(e.entity_id for e in entities if e.state not in done.get(verb, ()))


def generate(home: Home, key: str, lang: str = "en") -> list[Case]:
    """Every case of one home."""
    templates = TEMPLATES[lang]
    owners = _name_owners(home)
    places = _place_names(home)
    cases: list[Case] = []

    def add(kind: str, text: str, expected: Expected, area: str | None = None) -> None:
        cases.append(Case(key, kind, text, expected, area))

    controllable = [e for e in home.exposed() if verb_for(e) is not None]
    for entity in controllable:
        verb = verb_for(entity)
        assert verb is not None
        area = home.area_of(entity)
        for name in _names(entity):
            folded = _fold(name)
            if not folded or folded in places:
                continue  # a device called like a room: the room's reading is as right
            shared = owners[folded] - {entity.entity_id}
            if shared:
                continue  # asked about below (``shared``)
            single = Expected(verb, frozenset({entity.entity_id}), frozenset({entity.entity_id}))
            for template in _pick(templates[verb], f"{key}|{entity.entity_id}|{name}", 2):
                add("name", template.format(n=name.lower()), single)
            if area is None:
                continue
            room = area.name.lower()
            if folded.startswith(_fold(area.name)):
                continue  # "<room> X" is the name itself
            forms = [f"{name.lower()} in the {room}", f"{room} {name.lower()}"]
            for form in forms:
                (template,) = _pick(templates[verb], f"{key}|{entity.entity_id}|{form}")
                add("name_area", template.format(n=form), single)
    cases.extend(_partial_cases(home, key, lang, controllable, places))
    cases.extend(_shared_cases(home, key, lang, owners, places))
    cases.extend(_kind_area_cases(home, key, lang))
    cases.extend(_place_cases(home, key, lang))
    cases.extend(_except_cases(home, key, lang))
    said = _said_names(home, controllable, owners, places)
    cases.extend(_compound_cases(home, key, lang, said))
    cases.extend(_followup_cases(home, key, lang, said))
    cases.extend(_media_cases(home, key, lang))
    cases.extend(_cover_place_cases(home, key, lang))
    cases.extend(_setting_cases(home, key, lang, said))
    cases.extend(_question_cases(home, key, lang, said))
    cases.extend(_variant_cases(home, key, lang, said, owners, places))
    return cases


def _partial_cases(
    home: Home, key: str, lang: str, controllable: Sequence[Entity], places: set[str]
) -> list[Case]:
    """A name said without the room it starts with ("ceiling light" for the Kitchen Ceiling
    Light): that device where no other device in its state holds those words; asked back
    where several do, unless this computer's room holds one of them. Names whose other
    holders are in another state are left out (which one is meant is then a guess either
    way)."""
    templates = TEMPLATES[lang]
    kinds = {w for pair in KIND_WORDS[lang].values() for w in pair}
    room_names = sorted(
        {_fold(n) for a in home.areas.values() for n in (a.name, *a.aliases)}, key=len
    )
    out: list[Case] = []
    seen: set[str] = set()
    for entity in controllable:
        verb = verb_for(entity)
        assert verb is not None
        for name in _names(entity):
            folded = _fold(name)
            rest = next(
                (folded[len(r) + 1 :] for r in reversed(room_names) if folded.startswith(f"{r} ")),
                "",
            )
            if not rest or rest in places or rest in kinds or rest in seen:
                continue
            seen.add(rest)
            holders = [
                e for e in controllable if any(f" {rest} " in f" {_fold(n)} " for n in _names(e))
            ]
            if any(verb_for(e) != verb for e in holders):
                continue
            (template,) = _pick(templates[verb], f"{key}|partial|{rest}")
            text = template.format(n=rest)
            if len(holders) == 1:
                ids = frozenset({entity.entity_id})
                out.append(Case(key, "partial", text, Expected(verb, ids, ids)))
                continue
            out.append(Case(key, "partial", text, Expected(ask=True)))
            here = [e for e in holders if e.area == entity.area]
            if entity.area and here == [entity]:
                ids = frozenset({entity.entity_id})
                out.append(Case(key, "partial", text, Expected(verb, ids, ids), entity.area))
    return out


def _shared_cases(
    home: Home, key: str, lang: str, owners: Mapping[str, set[str]], places: set[str]
) -> list[Case]:
    """A name several devices carry: asked back; with this computer's room holding exactly
    one of them, that one."""
    templates = TEMPLATES[lang]
    out: list[Case] = []
    for folded, ids in sorted(owners.items()):
        if len(ids) < 2 or folded in places:
            continue
        entities = [home.entities[i] for i in sorted(ids)]
        verbs = {verb_for(e) for e in entities}
        if len(verbs) != 1 or None in verbs:
            continue
        (verb,) = verbs
        assert verb is not None
        (template,) = _pick(templates[verb], f"{key}|shared|{folded}")
        text = template.format(n=folded)
        out.append(Case(key, "shared", text, Expected(ask=True)))
        by_area: dict[str, list[Entity]] = defaultdict(list)
        for entity in entities:
            if entity.area:
                by_area[entity.area].append(entity)
        for area_id, here in sorted(by_area.items()):
            if len(here) == 1:
                only = frozenset({here[0].entity_id})
                out.append(Case(key, "shared", text, Expected(verb, only, only), area_id))
    return out


def _kind_area_cases(home: Home, key: str, lang: str) -> list[Case]:
    templates = TEMPLATES[lang]
    names = _name_owners(home)
    words = KIND_WORDS[lang]
    out: list[Case] = []
    for area in home.areas.values():
        members: dict[str, list[Entity]] = defaultdict(list)
        for entity in home.entities_in_area(area.id):
            kind = _kind_of(entity)
            if kind is not None:
                members[kind].append(entity)
        for kind, entities in sorted(members.items()):
            one, several = words[kind]
            verbs = {verb_for(e) for e in entities}
            room = area.name.lower()
            if len(entities) == 1:
                verb = verbs.pop()
                assert verb is not None
                ids = frozenset({entities[0].entity_id})
                said = [f"{room} {one}", f"{one} in the {room}"]
                expected = Expected(verb, ids, ids)
            else:
                if kind in COVER_KINDS:
                    verb = "close" if "close" in verbs else "open"
                else:
                    verb = "off" if "off" in verbs else "on"
                allowed = frozenset(e.entity_id for e in entities)
                said = [f"{room} {several}", f"{several} in the {room}"]
                expected = Expected(verb, _turned(verb, entities), allowed)
            for form in said:
                if _fold(form) in names:
                    continue  # a device is called so: the name decides (``name``)
                (template,) = _pick(templates[verb], f"{key}|kind|{form}")
                out.append(Case(key, "kind_area", template.format(n=form), expected))
    return out


def _place_forms(home: Home, lang: str) -> list[tuple[str, list[Entity]]]:
    """(place as said, its devices) for each room and floor."""
    out: list[tuple[str, list[Entity]]] = []
    for area in home.areas.values():
        out.append((f"in the {area.name.lower()}", home.entities_in_area(area.id)))
    bare = BARE_FLOORS[lang]
    rooms = {_fold(n) for a in home.areas.values() for n in (a.name, *a.aliases)}
    for floor in home.floors.values():
        entities = home.entities_on_floor(floor.id)
        for name in (floor.name, *floor.aliases):
            folded = _fold(name)
            if folded in rooms:
                continue  # a room called so too ("basement"): either reading is right
            if folded in bare:
                out.append((folded, entities))
            elif set(folded.split()) & _LEVEL_WORDS:
                out.append((f"on the {folded}", entities))  # "on the first floor"
            else:
                out.append((f"in the {folded}", entities))  # "in the basement"
    return out


def _place_cases(home: Home, key: str, lang: str) -> list[Case]:
    out: list[Case] = []
    templates = PLACE_TEMPLATES[lang]
    for said, entities in _place_forms(home, lang):
        for what, domains in (("everything", EVERYTHING), ("lights", frozenset({"light"}))):
            members = [e for e in entities if e.domain in domains]
            switched = [e for e in members if e.domain in SWITCHED]
            if not switched:
                continue
            verb = "off" if any(e.state == "on" for e in switched) else "on"
            # The lights must change; a switch, fan or helper may be left as it is (a sump
            # pump, an "occupied" flag: leaving them is no wrong action).
            required = _turned(verb, [e for e in switched if e.domain == "light"])
            if verb == "on" and what == "everything":
                continue  # "turn on everything" is no command people give
            allowed = frozenset(e.entity_id for e in members)
            (template,) = _pick(templates[what], f"{key}|place|{what}|{said}")
            text = template.format(v=verb, p=said)
            out.append(Case(key, "place", text, Expected(verb, required, allowed)))
    return out


def _except_cases(home: Home, key: str, lang: str) -> list[Case]:
    lights = [e for e in home.exposed() if e.domain == "light"]
    out: list[Case] = []
    for area in home.areas.values():
        inside = [e for e in lights if e.area == area.id]
        outside = [e for e in lights if e.area != area.id]
        if not inside or not outside:
            continue
        verb = "off" if any(e.state == "on" for e in outside) else "on"
        expected = Expected(verb, _turned(verb, outside), frozenset(e.entity_id for e in outside))
        (template,) = _pick(EXCEPT_TEMPLATES[lang], f"{key}|except|{area.id}")
        out.append(Case(key, "except", template.format(v=verb, a=area.name.lower()), expected))
    return out


# -- wider shapes (conversations, compounds, players, settings, questions) ---------------


def _dimmable(entity: Entity) -> bool:
    if entity.domain != "light":
        return False
    modes = entity.attributes.get("supported_color_modes")
    if isinstance(modes, list) and modes:
        return any(str(m) not in ("onoff", "unknown") for m in modes)
    return "brightness" in entity.attributes


def _features(entity: Entity) -> int:
    raw = entity.attributes.get("supported_features")
    return raw if isinstance(raw, int) else 0


def _positioned(entity: Entity) -> bool:
    """A cover that takes a position (Home Assistant's SET_POSITION feature)."""
    return entity.domain == "cover" and (
        bool(_features(entity) & 4) or "current_position" in entity.attributes
    )


def _speeds(entity: Entity) -> bool:
    """A fan that takes a percentage (SET_SPEED)."""
    return entity.domain == "fan" and (
        bool(_features(entity) & 1) or isinstance(entity.attributes.get("percentage"), int)
    )


def _target_temperature(entity: Entity) -> int | None:
    raw = entity.attributes.get("temperature")
    if entity.domain != "climate" or not isinstance(raw, int | float) or entity.state == "off":
        return None
    return round(raw) + 1


def _said_names(
    home: Home, controllable: Sequence[Entity], owners: Mapping[str, set[str]], places: set[str]
) -> list[tuple[Entity, str]]:
    """(device, its name as said) for every name only that device carries, that is no
    place's and that a compound cannot split ("and", a comma), ranked by a hash."""
    out: list[tuple[Entity, str]] = []
    for entity in controllable:
        for name in _names(entity):
            folded = _fold(name)
            if not folded or folded in places or len(owners[folded]) != 1:
                continue
            if " and " in f" {folded} " or "," in name or "&" in name:
                continue
            out.append((entity, name.lower()))
            break
    return out


def _ranked(items: Sequence[tuple[Entity, str]], key: str) -> list[tuple[Entity, str]]:
    return sorted(items, key=lambda pair: _digest(f"{key}\x00{pair[0].entity_id}"))


def _one(verb: str, entity: Entity) -> Expected:
    ids = frozenset({entity.entity_id})
    return Expected(verb, ids, ids)


def _done_state(verb: str) -> str:
    return {"on": "on", "off": "off", "open": "open", "close": "closed", "lock": "locked"}.get(
        verb, "unlocked"
    )


def _compound_cases(
    home: Home, key: str, lang: str, said: Sequence[tuple[Entity, str]]
) -> list[Case]:
    """Two devices in one sentence: the same verb ("turn on the X and the Y"), two verbs
    ("X on and Y off", "turn off the X and lock the Y"), a switch and a level ("X off, Y to
    40 %")."""
    shapes = COMPOUND_TEMPLATES[lang]
    first, after = VERB_FIRST[lang], VERB_AFTER[lang]
    out: list[Case] = []
    ranked = _ranked(said, f"{key}|compound")
    switched = [(e, n) for e, n in ranked if e.domain in SWITCHED]
    for (a, an), (b, bn) in list(zip(switched[::2], switched[1::2], strict=False))[:4]:
        va, vb = verb_for(a), verb_for(b)
        assert va is not None and vb is not None
        if va == vb:
            (template,) = _pick(shapes["same"], f"{key}|same|{an}|{bn}")
            text = template.format(v=va, a=an, b=bn)
            ids = frozenset({a.entity_id, b.entity_id})
            out.append(Case(key, "compound", text, Expected(va, ids, ids)))
        else:
            ta = after[va] if _digest(f"{key}|{an}") % 2 else first[va]
            text = f"{ta.format(n=an)} and {after[vb].format(n=bn)}"
            parts = (_one(va, a), _one(vb, b))
            out.append(Case(key, "compound", text, Expected(parts=parts)))
    others = [(e, n) for e, n in ranked if e.domain in ("lock", "cover")]
    for (a, an), (b, bn) in list(zip(switched[1::2], others, strict=False))[:3]:
        va, vb = verb_for(a), verb_for(b)
        assert va is not None and vb is not None
        (template,) = _pick(shapes["both"], f"{key}|both|{an}|{bn}")
        text = template.format(a=first[va].format(n=an), b=first[vb].format(n=bn))
        out.append(Case(key, "compound", text, Expected(parts=(_one(va, a), _one(vb, b)))))
    dimmable = [(e, n) for e, n in ranked if _dimmable(e)]
    for (a, an), (b, bn) in list(zip(switched[::3], dimmable[::-1], strict=False))[:2]:
        if a is b:
            continue
        va = verb_for(a)
        assert va is not None
        (x,) = _pick([str(v) for v in LEVELS], f"{key}|level|{bn}")
        (template,) = _pick(shapes["level"], f"{key}|level|{an}|{bn}")
        text = template.format(a=after[va].format(n=an), b=bn, x=x)
        ids = frozenset({b.entity_id})
        level = Expected("set", ids, ids, value=float(x))
        out.append(Case(key, "compound", text, Expected(parts=(_one(va, a), level))))
    return out


def _followup_cases(
    home: Home, key: str, lang: str, said: Sequence[tuple[Entity, str]]
) -> list[Case]:
    """A second line of a conversation: "and the Y" after a command on X with the same verb;
    X again ("now off", "lock it"); a level for the light just turned on ("make it 30 %")."""
    follow = FOLLOW_TEMPLATES[lang]
    first = VERB_FIRST[lang]
    out: list[Case] = []
    ranked = _ranked(said, f"{key}|follow")
    by_verb: dict[str, list[tuple[Entity, str]]] = defaultdict(list)
    for entity, name in ranked:
        verb = verb_for(entity)
        assert verb is not None
        by_verb[verb].append((entity, name))
    back = {
        "on": "off",
        "off": "on",
        "lock": "unlock",
        "unlock": "lock",
        "open": "close",
        "close": "open",
    }
    for verb, pairs in sorted(by_verb.items()):
        for (a, an), (b, bn) in list(zip(pairs[::2], pairs[1::2], strict=False))[:2]:
            opening = first[verb].format(n=an)
            done = ((opening, ((a.entity_id, _done_state(verb)),)),)
            (template,) = _pick(follow["and"], f"{key}|and|{an}|{bn}")
            out.append(Case(key, "followup", template.format(n=bn), _one(verb, b), before=done))
            (again,) = _pick(follow[back[verb]], f"{key}|back|{an}")
            out.append(Case(key, "followup", again, _one(back[verb], a), before=done))
    lights = [(e, n) for e, n in ranked if _dimmable(e) and e.state == "off"][:2]
    for entity, name in lights:
        (x,) = _pick([str(v) for v in LEVELS], f"{key}|followlevel|{name}")
        (template,) = _pick(follow["level"], f"{key}|followlevel|{name}")
        done = ((first["on"].format(n=name), ((entity.entity_id, "on"),)),)
        ids = frozenset({entity.entity_id})
        expected = Expected("set", ids, ids, value=float(x))
        out.append(Case(key, "followup", template.format(x=x), expected, before=done))
    return out


def _media_kind(entity: Entity, lang: str) -> str | None:
    words = set(_fold(entity.name).split())
    for kind, (classes, names) in MEDIA_KINDS[lang].items():
        if entity.device_class in classes or words & names:
            return kind
    return None


def _media_cases(home: Home, key: str, lang: str) -> list[Case]:
    """Players by kind and room ("pause the tv in the den", "turn off the lounge tv"), and
    "pause"/"next" said alone while exactly one player plays."""
    templates = MEDIA_TEMPLATES[lang]
    first = VERB_FIRST[lang]
    names = _name_owners(home)
    players = [e for e in home.exposed() if e.domain == "media_player"]
    out: list[Case] = []
    for area in home.areas.values():
        by_kind: dict[str, list[Entity]] = defaultdict(list)
        for entity in players:
            kind = _media_kind(entity, lang)
            if entity.area == area.id and kind is not None:
                by_kind[kind].append(entity)
        for kind, here in sorted(by_kind.items()):
            if len(here) != 1:
                continue
            (player,) = here
            room = area.name.lower()
            for form in (f"{kind} in the {room}", f"{room} {kind}"):
                if _fold(form) in names:
                    continue
                if player.state == "playing":
                    (template,) = _pick(templates["pause"], f"{key}|media|{form}")
                    expected = _one("pause", player)
                elif player.state in ("off", "standby"):
                    template, expected = first["on"], _one("on", player)
                elif player.state in ("on", "idle", "paused"):
                    template, expected = first["off"], _one("off", player)
                else:
                    continue
                out.append(Case(key, "media", template.format(n=form), expected))
    playing = [e for e in players if e.state == "playing"]
    if len(playing) == 1 and len(players) > 1:
        music = playing[0].attributes.get("media_content_type") == "music"
        for what, verb in (("alone", "pause"), ("next", "next"), ("music", "pause")):
            if what == "music" and not music:
                continue  # "pause the music" while only a film plays: no music to pause
            for text in _pick(templates[what], f"{key}|alone|{what}", 2):
                out.append(Case(key, "media", text, _one(verb, playing[0])))
    return out


def _cover_place_cases(home: Home, key: str, lang: str) -> list[Case]:
    """Covers of a kind on a floor or in the whole home ("close the blinds upstairs", "open
    all the curtains")."""
    words = KIND_WORDS[lang]
    first = VERB_FIRST[lang]
    forms = [
        (s, e)
        for s, e in _place_forms(home, lang)
        if not s.startswith("in the ")
        or _fold(s[len("in the ") :]) not in {_fold(a.name) for a in home.areas.values()}
    ]
    forms.append(("", list(home.exposed())))
    out: list[Case] = []
    for said, entities in forms:
        by_kind: dict[str, list[Entity]] = defaultdict(list)
        for entity in entities:
            kind = _cover_class(entity)
            if kind is not None and entity.exposed:
                by_kind[kind].append(entity)
        also = [e for e in entities if e.domain == "cover" and e.device_class in BLINDS_TOO]
        for kind, covers in sorted(by_kind.items()):
            verb = "close" if any(e.state != "closed" for e in covers) else "open"
            fine = covers + also if kind == "blind" else covers
            several = words[kind][1]
            if said:
                text = first[verb].format(n=f"{several} {said}")
            else:
                text = ALL_TEMPLATES[lang][verb].format(n=several)
            allowed = frozenset(e.entity_id for e in fine)
            out.append(
                Case(key, "cover_place", text, Expected(verb, _turned(verb, covers), allowed))
            )
    return out


def _setting_cases(
    home: Home, key: str, lang: str, said: Sequence[tuple[Entity, str]]
) -> list[Case]:
    """A device set to a number ("X to 30 %", "X at 21 degrees", a fan to 50), and "brighter"
    in a room with lights on."""
    templates = SETTING_TEMPLATES[lang]
    out: list[Case] = []
    for entity, name in said:
        if _dimmable(entity):
            shape = "light"
        elif _speeds(entity):
            shape = "fan"
        elif _positioned(entity):
            shape = "cover"
        else:
            continue
        (x,) = _pick([str(v) for v in LEVELS], f"{key}|set|{name}")
        (template,) = _pick(templates[shape], f"{key}|set|{name}")
        ids = frozenset({entity.entity_id})
        out.append(
            Case(
                key,
                "setting",
                template.format(n=name, x=x),
                Expected("set", ids, ids, value=float(x)),
            )
        )
    owners = _name_owners(home)
    places = _place_names(home)
    for entity in home.exposed():
        target = _target_temperature(entity)
        if target is None:
            continue
        for name in _names(entity):
            folded = _fold(name)
            if folded in places or len(owners[folded]) != 1:
                continue
            (template,) = _pick(templates["climate"], f"{key}|climate|{folded}")
            ids = frozenset({entity.entity_id})
            expected = Expected("set", ids, ids, value=float(target))
            out.append(Case(key, "setting", template.format(n=name.lower(), x=target), expected))
            break
    for area in home.areas.values():
        lights = [e for e in home.entities_in_area(area.id) if e.domain == "light"]
        lit = [e for e in lights if e.state == "on" and _dimmable(e)]
        if not lit or any(e.state == "on" and not _dimmable(e) for e in lights):
            continue
        (template,) = _pick(templates["brighter"], f"{key}|brighter|{area.id}")
        expected = Expected(
            "brighter", frozenset(e.entity_id for e in lit), frozenset(e.entity_id for e in lights)
        )
        out.append(Case(key, "setting", template.format(r=area.name.lower()), expected))
    return out


def _question_cases(
    home: Home, key: str, lang: str, said: Sequence[tuple[Entity, str]]
) -> list[Case]:
    """Questions about a device: answered, never acted on (any change is wrong)."""
    templates = QUESTION_TEMPLATES[lang]
    out: list[Case] = []
    for entity, name in said:
        if entity.domain in SWITCHED:
            shapes = ["switched"] + (["level"] if _dimmable(entity) else [])
        elif entity.domain == "lock":
            shapes = ["lock"]
        else:
            shapes = ["cover"]
        for shape in shapes:
            (template,) = _pick(templates[shape], f"{key}|ask|{shape}|{name}")
            out.append(Case(key, "question", template.format(n=name), Expected()))
    for entity in home.exposed():
        if _target_temperature(entity) is None:
            continue
        (template,) = _pick(templates["climate"], f"{key}|ask|{entity.entity_id}")
        out.append(Case(key, "question", template.format(n=entity.name.lower()), Expected()))
    return out


def _variant_cases(
    home: Home,
    key: str,
    lang: str,
    said: Sequence[tuple[Entity, str]],
    owners: Mapping[str, set[str]],
    places: set[str],
) -> list[Case]:
    """A name said a little otherwise: its last word in the other number ("porch light" for
    the Porch Lights), its number as a word ("lamp two" for Lamp 2), where no other device
    or place is called so."""
    templates = TEMPLATES[lang]
    swaps = NUMBER_SWAPS[lang]
    numbers = NUMBER_WORDS[lang]
    every = [_fold(n) for e in home.exposed() for n in _names(e)]
    out: list[Case] = []
    for entity, name in said:
        words = _fold(name).split()
        if len(words) < 2:
            continue
        head, last = words[:-1], words[-1]
        if last in swaps:
            variant = [*head, swaps[last]]
            if " ".join(head) in places:
                continue  # "<room> light" is the room's light (``kind_area``)
        elif name.split()[-1].isdigit() and int(last) < len(numbers):
            variant = [*head, numbers[int(last)]]
        else:
            continue
        text_name = " ".join(variant)
        if text_name in places or any(f" {text_name} " in f" {n} " for n in every):
            continue
        verb = verb_for(entity)
        assert verb is not None
        (template,) = _pick(templates[verb], f"{key}|variant|{text_name}")
        out.append(Case(key, "variant", template.format(n=text_name), _one(verb, entity)))
    return out


# -- judging ------------------------------------------------------------------------------------


def _value_given(expected: Expected, steps: Sequence[Mapping[str, Any]]) -> bool:
    """Whether the steps give the setting's number (when the case has one)."""
    if expected.value is None:
        return True
    given = [
        float(value)
        for step in steps
        for name in VALUE_PARAMS
        if isinstance(value := (step.get("params") or {}).get(name), int | float)
    ]
    return bool(given) and all(abs(g - expected.value) <= 0.5 for g in given)


def judge(expected: Expected, plan: Mapping[str, Any], unasked: bool) -> str:
    """One of :data:`OUTCOMES` for a plan of a case expecting *expected*."""
    from benchmarks.scoring import asks, changing_steps

    parts = expected.parts or (expected,)
    changes = changing_steps(plan)
    if not changes:
        if expected.ask:
            return "right" if asks(plan) else "none"
        if not any(p.required for p in parts) and not plan.get("error"):
            return "right"  # nothing to change, and nothing was
        return "asked" if asks(plan) else "none"
    if not expected.ask:
        by_part: list[list[Mapping[str, Any]]] = [[] for _ in parts]
        fitting = True
        for step in changes:
            service = str(step.get("action") or "").partition(".")[2]
            raw = step.get("targets") or []
            targets = {str(t) for t in raw} if isinstance(raw, list) else set()
            index = next(
                (
                    i
                    for i, part in enumerate(parts)
                    if service in SERVICES.get(part.verb, frozenset()) and targets <= part.allowed
                ),
                None,
            )
            if index is None:
                fitting = False
                break
            by_part[index].append(step)
        if fitting and all(
            part.required <= {str(t) for s in steps for t in (s.get("targets") or [])}
            and _value_given(part, steps)
            for part, steps in zip(parts, by_part, strict=True)
        ):
            return "right"
    return "wrong" if unasked else "asked"


class _Planners:
    """One planner per home, planning on the sweep's own :class:`Home`: the states an
    earlier line of a conversation leaves are applied to it, as a home's updates are in the
    application (the planner is not built again)."""

    def __init__(self, homes: Mapping[str, Home], lang: str) -> None:
        self.homes = homes
        self.lang = lang
        self._planners: dict[str, Any] = {}
        self._conversations: dict[str, Any] = {}

    def plan(self, request: Mapping[str, Any]) -> Any:
        from app.core.context import Conversation
        from app.understanding import Planner

        key = str(request["home"])
        planner = self._planners.get(key)
        if planner is None:
            planner = self._planners[key] = Planner(self.homes[key], self.lang)
        conversation = None
        if (cid := request.get("conversation")) is not None:
            conversation = self._conversations.setdefault(cid, Conversation(cid))
        return planner.plan(
            str(request["text"]), area=request.get("area"), conversation=conversation
        )


def run_cases(
    cases: Sequence[Case], homes: Mapping[str, Home], lang: str = "en"
) -> list[CaseResult]:
    from app.core.home import StateChange
    from benchmarks.intents_eval import _plan_summary, hearth_plan

    planners = _Planners(homes, lang)
    results: list[CaseResult] = []
    for number, case in enumerate(cases):
        home = homes[case.home]
        request: dict[str, Any] = {"text": case.text, "home": case.home}
        if case.area is not None:
            request["area"] = case.area
        saved: dict[str, StateChange] = {}
        if case.before:
            request["conversation"] = f"sweep-{number}"
            for text, states in case.before:
                hearth_plan(planners, {**request, "text": text}, home)
                for entity_id, state in states:
                    entity = home.entities[entity_id]
                    saved.setdefault(
                        entity_id, StateChange(entity_id, entity.state, dict(entity.attributes))
                    )
                    home.apply(StateChange(entity_id, state, dict(entity.attributes)))
        plan, unasked = hearth_plan(planners, request, home)
        for change in saved.values():
            home.apply(change)
        results.append(CaseResult(case, judge(case.expected, plan, unasked), _plan_summary(plan)))
    return results


def summarize(results: Iterable[CaseResult]) -> dict[str, dict[str, int]]:
    """kind -> outcome counts (and "total"), with "all"."""
    rows: dict[str, Counter[str]] = defaultdict(Counter)
    for r in results:
        for kind in (r.case.kind, "all"):
            rows[kind][r.outcome] += 1
            rows[kind]["total"] += 1
    return {
        kind: {o: rows[kind][o] for o in ("total", *OUTCOMES)}
        for kind in (*KINDS, "all")
        if kind in rows
    }


def format_summary(summary: Mapping[str, Mapping[str, int]]) -> str:
    head = ("kind", "total", *OUTCOMES)
    out = [f"{head[0]:<10}" + "".join(f"{h:>7}" for h in head[1:]) + "  right %  wrong %"]
    for kind, row in summary.items():
        total = row["total"] or 1
        counts = "".join(f"{row[h]:>7}" for h in head[1:])
        right, wrong = 100.0 * row["right"] / total, 100.0 * row["wrong"] / total
        out.append(f"{kind:<10}{counts}  {right:7.1f}  {wrong:7.2f}")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.sweep", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--lang", default="en", choices=sorted(TEMPLATES), help="language (en)")
    parser.add_argument("--home", default=None, metavar="GLOB", help="homes by file-name pattern")
    parser.add_argument("--verbose", action="store_true", help="list every wrong case")
    parser.add_argument("--json", type=Path, default=None, metavar="OUT", help="write every case")
    args = parser.parse_args(argv)
    files = home_files(args.lang, args.home)
    if not files:
        print("no home matches", file=sys.stderr)
        return EXIT_NO_HOME
    started = time.perf_counter()
    homes: dict[str, Home] = {}
    cases: list[Case] = []
    for path in files:
        home = Home.load(path)
        homes[path.stem] = home
        cases.extend(generate(home, path.stem, args.lang))
    results = run_cases(cases, homes, args.lang)
    summary = summarize(results)
    print(format_summary(summary))
    print(
        f"{len(results)} sentences over {len(files)} homes in {time.perf_counter() - started:.0f} s"
    )
    if args.verbose:
        for r in results:
            if r.outcome == "wrong":
                c = r.case
                here = f" (here: {c.area})" if c.area else ""
                said = "".join(f"{text!r} … " for text, _ in c.before)
                print(f"[{c.kind}] {c.home}: {said}{c.text!r}{here} -> {r.plan}")
    if args.json is not None:
        write_cases(args.json, summary, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
