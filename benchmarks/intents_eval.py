"""Hearth's local planner against Home Assistant's own intent test sentences, every language.

.venv/bin/python -m benchmarks.intents_eval [--lang de --lang zh-cn] [--part tune|holdout|all]
    [--by-intent] [--json] [--details OUT.jsonl] [--limit N] [--workers 2]

Data: ``../shared/data/ha-intents-tests/<lang>/`` (``_fixtures.yaml`` is the test home; every
other file lists sentences with the intent and slots Home Assistant must recognise). A
sentence is scored by what it *does*, never by intent names:

* The fixture becomes a Hearth home snapshot (:func:`fixture_snapshot`); where a test names
  an area or floor and a kind of device the fixture has none of ("the lights in the kitchen"
  in a fixture without a kitchen light), one such device is added, so that the command has
  something to change.
* Each test block (one intent with its slots) becomes its effect (:func:`intent_effect`):
  Home Assistant's service calls on the entities the slots select, run on a virtual home
  (``integrations.virtual_home``) prepared so that the change is visible (the lights a
  "turn on" targets start off, a volume starts elsewhere...), or, for questions, the
  entities the answer must read. Intents Hearth does not cover (timers, weather, date and
  time, shopping lists, broadcasts...) are "uncovered": they
  are expected to change nothing, and a plan that changes something is wrong. A test whose
  slots select nothing in the fixture (a device named in an area it is not in) is
  "unresolved": there is nothing to judge by, whatever the plan does. Where a test names
  only the domain cover for sentences that name a kind ("open the blinds"), acting on some
  of those covers, each as expected, is right.
* Hearth plans the sentence through :class:`app.cli.batch.BatchPlanner` (what ``hearth plan
  --json --batch`` uses) with ``lang`` and, when the test gives one, the area the sentence is
  said in; its state-changing steps run on a copy of the prepared home.
* Raw hassil plans it too: ``recognize_best`` over home-assistant-intents' data for the
  language and the fixture's name, area and floor lists (the way Home Assistant's tests call
  it), its intent and slots turned into an effect the same way.

Verdicts (:class:`Verdict`): ``right``; ``wrong_unasked`` (the home ends differently and the
plan would run with nobody asked: ``needs_confirmation`` false and
``app.policy.risk.runs_unasked(..., Trigger.YES)``; hassil never asks); ``wrong_asked`` (it ends
differently, but a person is asked first); ``wrong_answer`` (a read-only answer about other
entities than the question's); ``not_understood`` (nothing would change: an error, a
clarifying question, or an answer where a command was meant); ``uncovered`` (an intent Hearth
does not cover and nothing changed, or an unresolved test). Accuracy is right / sentences
whose test is neither uncovered nor unresolved, the same denominator for Hearth and hassil.

Each language's sentences are split by a hash of the sentence into a tuning part (80 %) and a
held-out part (20 %). It is a measurement: exit status 0 whatever the numbers, 2 when the data
folder or a language is missing.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import dataclasses
import enum
import hashlib
import json
import multiprocessing
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from app.core.home import Home
from benchmarks.scoring import attribute_matches

ROOT = Path(__file__).resolve().parent
DATA_DIR = ROOT.parent.parent / "shared" / "data" / "ha-intents-tests"
EXIT_MISSING = 2
HOLDOUT_PERCENT = 20
_MOMENT = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d")


class Verdict(enum.StrEnum):
    RIGHT = "right"
    WRONG_UNASKED = "wrong_unasked"
    WRONG_ASKED = "wrong_asked"
    WRONG_ANSWER = "wrong_answer"
    NOT_UNDERSTOOD = "not_understood"
    UNCOVERED = "uncovered"


#: Intents whose effect is a state change, by the domain of each target entity.
_SERVICES: dict[str, dict[str, str]] = {
    "HassTurnOn": {
        "cover": "open_cover",
        "lock": "lock",
        "valve": "open_valve",
        "vacuum": "start",
        "*": "turn_on",
    },
    "HassTurnOff": {
        "cover": "close_cover",
        "lock": "unlock",
        "valve": "close_valve",
        "vacuum": "return_to_base",
        "*": "turn_off",
    },
    "HassToggle": {"*": "toggle"},
    "HassLightSet": {"light": "turn_on"},
    "HassSetPosition": {"cover": "set_cover_position", "valve": "set_valve_position"},
    "HassClimateSetTemperature": {"climate": "set_temperature"},
    "HassMediaPause": {"media_player": "media_pause"},
    "HassMediaUnpause": {"media_player": "media_play"},
    "HassMediaNext": {"media_player": "media_next_track"},
    "HassMediaPrevious": {"media_player": "media_previous_track"},
    "HassSetVolume": {"media_player": "volume_set"},
    "HassVacuumStart": {"vacuum": "start"},
    "HassVacuumReturnToBase": {"vacuum": "return_to_base"},
    "HassListAddItem": {"todo": "add_item"},
    "HassShoppingListAddItem": {"todo": "add_item"},
}

SHOPPING_LIST = "todo.shopping_list"
"""Home Assistant's shopping list as a to-do entity: where its shopping-list intent adds an
item (a test home without it has nothing for the sentence to act on)."""

#: Questions: the answer reads the selected entities.
_QUERIES = frozenset({"HassGetState", "HassClimateGetTemperature"})

#: The domains an intent acts on when the sentence names none.
_INTENT_DOMAINS: dict[str, frozenset[str]] = {
    "HassTurnOn": frozenset(
        {
            "light",
            "switch",
            "fan",
            "cover",
            "lock",
            "valve",
            "media_player",
            "input_boolean",
            "climate",
            "scene",
            "script",
            "siren",
            "humidifier",
            "vacuum",
        }
    ),
    "HassLightSet": frozenset({"light"}),
    "HassSetPosition": frozenset({"cover", "valve"}),
    "HassClimateSetTemperature": frozenset({"climate"}),
    "HassClimateGetTemperature": frozenset({"climate"}),
    "HassMediaPause": frozenset({"media_player"}),
    "HassMediaUnpause": frozenset({"media_player"}),
    "HassMediaNext": frozenset({"media_player"}),
    "HassMediaPrevious": frozenset({"media_player"}),
    "HassSetVolume": frozenset({"media_player"}),
    "HassVacuumStart": frozenset({"vacuum"}),
    "HassVacuumReturnToBase": frozenset({"vacuum"}),
    "HassListAddItem": frozenset({"todo"}),
}
_INTENT_DOMAINS["HassTurnOff"] = _INTENT_DOMAINS["HassTurnOn"]
_INTENT_DOMAINS["HassToggle"] = _INTENT_DOMAINS["HassTurnOn"]

#: Where each domain starts so that an intent's change is visible: (intent, domain) -> state,
#: attributes. "*" stands for any intent or domain.
_PREPARE: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {
    ("HassTurnOn", "cover"): ("closed", {"current_position": 0}),
    ("HassTurnOn", "lock"): ("unlocked", {}),
    ("HassTurnOn", "valve"): ("closed", {"current_position": 0}),
    ("HassTurnOn", "vacuum"): ("docked", {}),
    ("HassTurnOn", "climate"): ("off", {}),
    ("HassTurnOn", "*"): ("off", {}),
    ("HassTurnOff", "cover"): ("open", {"current_position": 100}),
    ("HassTurnOff", "lock"): ("locked", {}),
    ("HassTurnOff", "valve"): ("open", {"current_position": 100}),
    ("HassTurnOff", "vacuum"): ("cleaning", {}),
    ("HassTurnOff", "climate"): ("heat", {}),
    ("HassTurnOff", "*"): ("on", {}),
    ("HassMediaPause", "*"): ("playing", {}),
    ("HassMediaUnpause", "*"): ("paused", {}),
    ("HassMediaNext", "*"): ("playing", {}),
    ("HassMediaPrevious", "*"): ("playing", {}),
    ("HassSetVolume", "*"): ("playing", {}),
    ("HassVacuumStart", "*"): ("docked", {}),
    ("HassVacuumReturnToBase", "*"): ("cleaning", {}),
    ("HassLightSet", "*"): ("on", {}),
}

#: Feature bits and attributes a fixture entity gets so that Home Assistant's services for
#: its domain work on the virtual home (the fixtures do not say what devices support).
_CAPABILITIES: dict[str, dict[str, Any]] = {
    "light": {
        "supported_color_modes": ["color_temp", "hs"],
        "min_color_temp_kelvin": 2000,
        "max_color_temp_kelvin": 6500,
    },
    "cover": {"supported_features": 1 | 2 | 4 | 8},
    "valve": {"supported_features": 1 | 2 | 4 | 8},
    "media_player": {"supported_features": 1 | 4 | 8 | 16 | 32 | 128 | 256 | 1024 | 4096 | 16384},
    "fan": {"supported_features": 1 | 16 | 32},
    "climate": {
        "supported_features": 1 | 128 | 256,
        "hvac_modes": ["off", "heat", "cool", "auto"],
        "min_temp": 7,
        "max_temp": 35,
        "temperature": 20,
    },
    "vacuum": {"supported_features": 4 | 8 | 16 | 8192},
    "todo": {"supported_features": 1 | 2 | 4, "items": []},
}


# -- data ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sentence:
    lang: str
    file: str
    block: int
    """Index of the test block (intent and slots) in its file."""
    text: str
    intent: str
    slots: Mapping[str, Any]
    context: Mapping[str, Any]

    @property
    def part(self) -> str:
        return part_of(self.text)


def part_of(text: str) -> str:
    """``holdout`` for about 20 % of sentences, ``tune`` for the rest; stable across runs and
    machines (a hash of the sentence's UTF-8 bytes)."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "holdout" if int.from_bytes(digest[:8], "big") % 100 < HOLDOUT_PERCENT else "tune"


def languages(data_dir: Path) -> list[str]:
    return sorted(p.name for p in data_dir.iterdir() if (p / "_fixtures.yaml").is_file())


def read_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def read_sentences(lang_dir: Path) -> list[Sentence]:
    out: list[Sentence] = []
    lang = lang_dir.name
    for path in sorted(lang_dir.glob("*.yaml")):
        if path.name.startswith("_"):
            continue
        data = read_yaml(path) or {}
        for block, test in enumerate(data.get("tests") or []):
            intent = test.get("intent") or {}
            for text in test.get("sentences") or []:
                out.append(
                    Sentence(
                        lang=lang,
                        file=path.stem,
                        block=block,
                        text=str(text),
                        intent=str(intent.get("name")),
                        slots=dict(intent.get("slots") or {}),
                        context=dict(intent.get("context") or {}),
                    )
                )
    return out


def _samples(template: str) -> list[str]:
    """Every phrase a fixture name stands for ("[the ]lamp" is "the lamp" and "lamp")."""
    from hassil import parse_sentence
    from hassil.sample import sample_expression
    from hassil.util import is_template

    text = str(template).strip()
    if not is_template(text):
        return [text]
    found = [s.strip() for s in sample_expression(parse_sentence(text).expression)]
    return list(dict.fromkeys(s for s in found if s)) or [text]


def _number(value: Any) -> Any:
    if isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            return value
        return int(number) if number.is_integer() else number
    return value


def fixture_snapshot(fixtures: Mapping[str, Any]) -> dict[str, Any]:
    """The test home as a Hearth snapshot (``Home.from_dict``): names with their template
    variants as aliases, the Home Assistant state of ``{in, out}`` states, numbers as numbers,
    a duplicated entity id made unique, and what each domain needs to obey its services."""
    floors = []
    for floor in fixtures.get("floors") or []:
        names = _samples(floor["name"])
        floors.append({"id": str(floor["id"]), "name": names[0], "aliases": names[1:]})
    areas = []
    for area in fixtures.get("areas") or []:
        names = _samples(area["name"])
        item: dict[str, Any] = {"id": str(area["id"]), "name": names[0], "aliases": names[1:]}
        if area.get("floor"):
            # Some fixtures name the floor instead of giving its id.
            by_name = {f["name"]: f["id"] for f in floors} | {
                a: f["id"] for f in floors for a in f["aliases"]
            }
            item["floor"] = by_name.get(str(area["floor"]), str(area["floor"]))
            if item["floor"] not in {f["id"] for f in floors}:  # a floor the fixture omits
                floors.append({"id": item["floor"], "name": item["floor"], "aliases": []})
        areas.append(item)
    entities = []
    seen: set[str] = set()
    for raw in fixtures.get("entities") or []:
        entity_id = re.sub(r"[^\w.]+", "_", str(raw["id"]).strip())  # "sensor.traveling speed"
        base, number = entity_id, 2
        while entity_id in seen:
            entity_id, number = f"{base}_{number}", number + 1
        seen.add(entity_id)
        names = _samples(raw["name"])
        state = raw.get("state", "off")
        state = state.get("out") if isinstance(state, dict) else state
        attributes = {k: _number(v) for k, v in (raw.get("attributes") or {}).items()}
        domain = entity_id.split(".", 1)[0]
        if domain == "media_player" and isinstance(attributes.get("volume_level"), int | float):
            level = float(attributes["volume_level"])
            attributes["volume_level"] = level / 100 if level > 1 else level
        if domain in ("cover", "valve") and "position" in attributes:
            attributes.setdefault("current_position", attributes.pop("position"))
        for key, value in _CAPABILITIES.get(domain, {}).items():
            attributes.setdefault(key, copy.deepcopy(value))
        entity: dict[str, Any] = {
            "entity_id": entity_id,
            "name": names[0],
            "aliases": names[1:],
            "state": "" if state is None else str(state),
            "attributes": attributes,
        }
        if raw.get("area"):
            entity["area"] = str(raw["area"])
        entities.append(entity)
    return {
        "name": "Home Assistant test home",
        "floors": floors,
        "areas": areas,
        "entities": entities,
    }


# -- what an intent does ---------------------------------------------------------------------------


def _values(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list | tuple | set):
        return [str(v) for v in value]
    return [str(value)]


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _area_ids(home: Home, names: Iterable[str]) -> set[str]:
    wanted = {_fold(n) for n in names}
    return {
        a.id
        for a in home.areas.values()
        if _fold(a.name) in wanted or wanted & {_fold(x) for x in a.aliases}
    }


def _floor_ids(home: Home, names: Iterable[str]) -> set[str]:
    wanted = {_fold(n) for n in names}
    return {
        f.id
        for f in home.floors.values()
        if _fold(f.name) in wanted or wanted & {_fold(x) for x in f.aliases}
    }


def select(
    home: Home, intent: str, slots: Mapping[str, Any], context: Mapping[str, Any]
) -> list[str]:
    """The entities an intent with these slots acts on or asks about, as Home Assistant's
    intent handlers pick them (name, area, floor, domain and device class all must hold;
    with none of name, area or floor, the area the sentence is said in is preferred).

    A test may give a list for a slot: for domain and device class it is the set meant ("the
    blinds and shutters"); for name, area and floor it lists accepted forms of one thing
    ("Horním patře", "Vrchním patře"...), so the first form that selects something is used."""
    for key in ("name", "area", "floor"):
        forms = _values(slots.get(key))
        if len(forms) > 1:
            for form in forms:
                found = select(home, intent, {**slots, key: form}, context)
                if found:
                    return found
    return _select(home, intent, slots, context)


def _select(
    home: Home, intent: str, slots: Mapping[str, Any], context: Mapping[str, Any]
) -> list[str]:
    names = {_fold(n) for n in _values(slots.get("name"))} - {"all"}  # "all the lights"
    domains = set(_values(slots.get("domain"))) or set(_INTENT_DOMAINS.get(intent, ()))
    classes = set(_values(slots.get("device_class")))
    areas = _area_ids(home, _values(slots.get("area"))) if "area" in slots else None
    floors = _floor_ids(home, _values(slots.get("floor"))) if "floor" in slots else None
    found: list[str] = []
    for entity in home.entities.values():
        if names and not names & {_fold(entity.name), *(_fold(a) for a in entity.aliases)}:
            continue
        if domains and entity.domain not in domains:
            continue
        if classes and entity.device_class not in classes:
            continue
        if areas is not None and entity.area not in areas:
            continue
        if floors is not None and (
            entity.area is None or home.floor_of_area(entity.area) not in floors
        ):
            continue
        found.append(entity.entity_id)
    here = _area_ids(home, _values(context.get("area")))
    if found and here and not (names or areas is not None or floors is not None):
        local = [e for e in found if home.entities[e].area in here]
        found = local or found
    return found


@dataclass(slots=True)
class Effect:
    """What a sentence should do (or what hassil's reading of it does) on the prepared home."""

    kind: str
    """``action``, ``query``, ``uncovered`` (an intent Hearth does not cover, or one the
    virtual home cannot run) or ``unresolved`` (the test's slots name something the fixture
    home lacks, such as a device in an area it is not in: nothing to judge by)."""
    calls: list[tuple[str, list[str], dict[str, Any]]] = field(default_factory=list)
    reads: list[str] = field(default_factory=list)
    """For a query: the entities the answer is about."""
    must_read: list[str] = field(default_factory=list)
    """For a query: the entities the answer must read at least (those in the asked state)."""
    loose: bool = False
    """The test names only the domain cover, while its sentences name a kind ("the blinds
    in the living room", "the gate"): acting on some of the covers, each as expected, is
    right too (the test data is less precise than the sentences)."""


def intent_effect(
    home: Home, intent: str, slots: Mapping[str, Any], context: Mapping[str, Any]
) -> Effect:
    """Home Assistant's service calls for an intent (or the entities a question reads)."""
    if intent in _QUERIES:
        reads = select(home, intent, slots, context)
        if not reads:
            return Effect("unresolved")
        states = set(_values(slots.get("state")))
        must = [e for e in reads if home.entities[e].state in states] if states else reads
        return Effect("query", reads=reads, must_read=must)
    services = _SERVICES.get(intent)
    if services is None:
        return Effect("uncovered")
    if intent == "HassShoppingListAddItem":
        targets = [SHOPPING_LIST] if SHOPPING_LIST in home.entities else []
    else:
        targets = select(home, intent, slots, context)
    data = _service_data(intent, slots)
    if data is None:
        return Effect("uncovered")
    if not targets:
        return Effect("unresolved")
    by_call: dict[tuple[str, str], list[str]] = defaultdict(list)
    for entity_id in targets:
        domain = entity_id.split(".", 1)[0]
        service = services.get(domain) or services.get("*")
        if service is None:
            continue
        by_call[(domain, service)].append(entity_id)
    if not by_call:
        return Effect("uncovered")
    calls = [(f"{d}.{s}", ids, dict(data)) for (d, s), ids in by_call.items()]
    loose = (
        _values(slots.get("domain")) == ["cover"]
        and "device_class" not in slots
        and not {_fold(n) for n in _values(slots.get("name"))} - {"all"}
    )
    return Effect("action", calls=calls, loose=loose)


def _service_data(intent: str, slots: Mapping[str, Any]) -> dict[str, Any] | None:
    """Service data for the intent's slots; None when it cannot be expressed."""

    def first_number(key: str) -> float | None:
        for value in _values(slots.get(key)):
            try:
                return float(value)
            except ValueError:
                return None
        return None

    if intent == "HassLightSet":
        data: dict[str, Any] = {}
        brightness = first_number("brightness")
        if brightness is not None:
            data["brightness_pct"] = int(brightness)
        if "color" in slots:
            data["color_name"] = _values(slots["color"])[0]
        kelvin = first_number("temperature")
        if kelvin is not None:
            data["color_temp_kelvin"] = int(kelvin)
        return data or None
    if intent == "HassSetPosition":
        position = first_number("position")
        return None if position is None else {"position": int(position)}
    if intent == "HassClimateSetTemperature":
        temperature = first_number("temperature")
        return None if temperature is None else {"temperature": temperature}
    if intent == "HassSetVolume":
        volume = first_number("volume_level")
        return None if volume is None else {"volume_level": volume / 100}
    if intent in ("HassListAddItem", "HassShoppingListAddItem"):
        items = _values(slots.get("item"))
        return {"item": items[0]} if items else None
    return {}


def prepare(home: Home, intent: str, slots: Mapping[str, Any], targets: Iterable[str]) -> None:
    """Put the targets where the intent's change is visible (in place)."""
    for entity_id in targets:
        entity = home.entities[entity_id]
        spec = _PREPARE.get((intent, entity.domain)) or _PREPARE.get((intent, "*"))
        if spec is not None:
            entity.state = spec[0]
            entity.attributes.update(copy.deepcopy(spec[1]))
        if intent == "HassLightSet":
            entity.attributes.update(
                {
                    "brightness": 3,
                    "color_mode": "color_temp",
                    "color_temp_kelvin": 2000,
                    "hs_color": None,
                }
            )
            entity.attributes.pop("rgb_color", None)
        elif intent == "HassSetPosition":
            position = _values(slots.get("position"))
            wanted = float(position[0]) if position else 0.0
            current = 0 if wanted >= 50 else 100
            entity.state = "open" if current else "closed"
            entity.attributes["current_position"] = current
        elif intent == "HassClimateSetTemperature":
            temperature = _values(slots.get("temperature"))
            wanted = float(temperature[0]) if temperature else 20.0
            entity.attributes["temperature"] = wanted - 3 if wanted > 10 else wanted + 3
        elif intent == "HassSetVolume":
            volume = _values(slots.get("volume_level"))
            wanted = float(volume[0]) / 100 if volume else 0.5
            entity.attributes["volume_level"] = 0.9 if wanted < 0.5 else 0.1


def augment(snapshot: dict[str, Any], sentences: Sequence[Sentence]) -> dict[str, Any]:
    """Add one device for each test that names an area or floor and a domain the fixture
    has no device for there, so that the command changes something that can be checked."""
    home = Home.from_dict(snapshot)
    added = 0
    seen: set[tuple[str, str]] = set()
    for sentence in sentences:
        if sentence.intent not in _SERVICES and sentence.intent not in _QUERIES:
            continue
        slots = sentence.slots
        if "name" in slots or not ("area" in slots or "floor" in slots):
            continue
        key = (sentence.intent, json.dumps(slots, sort_keys=True, default=str))
        if key in seen:
            continue
        seen.add(key)
        if select(home, sentence.intent, slots, sentence.context):
            continue
        domains = _values(slots.get("domain")) or sorted(_INTENT_DOMAINS.get(sentence.intent, ()))
        if len(domains) != 1:
            continue
        if "area" in slots:
            area_ids = sorted(_area_ids(home, _values(slots["area"])))
        else:
            floor_ids = _floor_ids(home, _values(slots["floor"]))
            area_ids = sorted(a.id for a in home.areas.values() if a.floor in floor_ids)
        if not area_ids:
            continue
        added += 1
        domain = domains[0]
        attributes = copy.deepcopy(_CAPABILITIES.get(domain, {}))
        classes = _values(slots.get("device_class"))
        if classes:
            attributes["device_class"] = classes[0]
        snapshot["entities"].append(
            {
                "entity_id": f"{domain}.eval_device_{added}",
                "name": f"eval device {added}",
                "area": area_ids[0],
                "state": "closed" if domain in ("cover", "valve") else "off",
                "attributes": attributes,
            }
        )
        home = Home.from_dict(snapshot)
    return snapshot


# -- running plans on the virtual home -----------------------------------------------------------


def run_calls(
    home: Home, calls: Sequence[tuple[str, Sequence[str], Mapping[str, Any]]]
) -> tuple[Home, list[str], set[tuple[str, tuple[str, ...]]]]:
    """*home* after the calls (a copy), the calls the virtual home refused, and the calls it
    accepted as (``domain.service``, sorted targets): a next track changes no state the
    virtual home keeps, so such intents are compared by the calls they make.

    The same calls on the same home give the same result, which is remembered (the many
    sentences of one test mostly plan the same thing); the homes returned are only read."""
    from integrations.virtual_home import VirtualHome

    if not calls:
        return home, [], set()
    key = json.dumps(calls, sort_keys=True, default=str)
    cached = _RUNS.get(key)
    if cached is not None and cached[0] is home:
        return cached[1]
    adapter = VirtualHome(home.copy())
    errors: list[str] = []

    async def go() -> None:
        for action, targets, data in calls:
            domain, _, service = action.partition(".")
            try:
                await adapter.call_service(domain, service, list(targets), dict(data))
            except Exception as err:  # a refused or crashing call is the plan's failure
                errors.append(f"{action} {list(targets)}: {type(err).__name__}: {err}")

    asyncio.run(go())
    accepted = {(action, tuple(sorted(targets))) for action, targets, _ in adapter.calls}
    if len(_RUNS) > 512:
        _RUNS.clear()
    _RUNS[key] = (home, (adapter.home, errors, accepted))
    return adapter.home, errors, accepted


_RUNS: dict[str, tuple[Home, tuple[Home, list[str], set[tuple[str, tuple[str, ...]]]]]] = {}


def changed_ids(before: Home, after: Home) -> set[str]:
    """The entities whose state or attributes differ between two homes."""
    return {e for e in before.entities if differences(before, after, (e,))}


def _comparable(key: str, value: Any) -> Any:
    """An attribute or state as compared: moments (a scene's state, a script's
    ``last_triggered``) only as "some moment", to-do items without their random uid and with
    the summary's case folded."""
    if isinstance(value, str) and _MOMENT.match(value):
        return "<moment>"
    if key == "items" and isinstance(value, list):
        return [
            {k: (str(v).casefold() if k == "summary" else v) for k, v in item.items() if k != "uid"}
            if isinstance(item, dict)
            else item
            for item in value
        ]
    return value


def differences(expected: Home, actual: Home, only: Iterable[str] | None = None) -> list[str]:
    """Where two homes differ (states exactly; attributes with the scorer's tolerances), in
    all entities or *only* those."""
    problems: list[str] = []
    for entity_id in expected.entities if only is None else only:
        want = expected.entities[entity_id]
        got = actual.entities.get(entity_id)
        if got is None:
            problems.append(f"{entity_id} missing")
            continue
        if _comparable("", want.state) != _comparable("", got.state):
            problems.append(f"{entity_id}: state {got.state!r}, expected {want.state!r}")
        for key in sorted(set(want.attributes) | set(got.attributes)):
            a = _comparable(key, want.attributes.get(key))
            b = _comparable(key, got.attributes.get(key))
            if a != b and not (a is not None and b is not None and attribute_matches(key, a, b)):
                problems.append(f"{entity_id}: {key} {b!r}, expected {a!r}")
    return problems


@dataclass(slots=True)
class Scored:
    """What one system made of one sentence."""

    verdict: Verdict
    detail: str = ""


@dataclass(slots=True)
class Expectation:
    """What a sentence must do on its prepared home."""

    effect: Effect
    prepared: Home
    home: Home
    """The prepared home after the intent's service calls."""
    calls: set[tuple[str, tuple[str, ...]]] = field(default_factory=set)
    """The intent's accepted calls; compared only when they change no state the virtual
    home keeps (next and previous track)."""

    @property
    def by_calls(self) -> bool:
        return self.effect.kind == "action" and not differences(self.prepared, self.home)


def expectation(prepared: Home, effect: Effect) -> Expectation:
    """Run the intent's calls; an action the virtual home refuses is "uncovered"."""
    home, errors, accepted = run_calls(prepared, effect.calls)
    if effect.kind == "action" and (errors or not accepted):
        return Expectation(Effect("uncovered"), prepared, prepared)
    return Expectation(effect, prepared, home, accepted)


@dataclass(slots=True)
class Run:
    """What one system's plan did on the prepared home."""

    after: Home
    changing: bool
    """Whether the plan had state-changing steps."""
    reads: Sequence[str] = ()
    """Entities its read-only steps read."""
    unasked: bool = True
    """Whether it would run with nobody asked."""
    errors: Sequence[str] = ()
    """Its calls the virtual home refused."""
    calls: set[tuple[str, tuple[str, ...]]] = field(default_factory=set)


def run_plan(prepared: Home, plan: Mapping[str, Any], unasked: bool) -> Run:
    """Run a plan's state-changing steps (plan JSON) on a copy of *prepared*."""
    steps = [st for st in plan.get("steps") or [] if isinstance(st, dict)]
    calls = [
        (str(st.get("action")), list(st.get("targets") or []), dict(st.get("params") or {}))
        for st in steps
        if not st.get("read_only")
    ]
    reads = [str(t) for st in steps if st.get("read_only") for t in st.get("targets") or []]
    after, errors, accepted = run_calls(prepared, calls)
    return Run(after, bool(calls), reads, unasked, errors, accepted)


def said_slots(sentence: Sentence) -> dict[str, Any]:
    """A test block's slots for one of its sentences. A block lists every name, area or
    floor its sentences say ("kuhinji" in one, "kupaonici" in another, Serbian "дневној
    соби" and "кухињи"): the sentence means the ones it says, not the first that exists in
    the fixture. Where it says none of them (or all), the list stays as it is."""
    slots = dict(sentence.slots)
    text = _fold(sentence.text)
    for key in ("name", "area", "floor"):
        forms = _values(slots.get(key))
        if len(forms) < 2:
            continue
        said = [f for f in forms if _fold(str(f)) and _fold(str(f)) in text]
        if said and len(said) < len(forms):
            slots[key] = said if len(said) > 1 else said[0]
    return slots


def slot_variants(slots: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The readings a test accepts. Home Assistant's tests list accepted values for a slot
    (``brightness: [50, 1]``, ``device_class: [blind, shutter, ...]``): any one of them is
    right, and for domain and device class so is the whole set. Listed names, areas and
    floors are forms of one thing (:func:`select` takes the first that exists). The first
    variant is the whole set, or the first value."""
    options: list[tuple[str, list[Any]]] = []
    for key, value in slots.items():
        if key in ("name", "area", "floor") or not isinstance(value, list) or len(value) < 2:
            continue
        alternatives: list[Any] = [[v] for v in value]
        options.append(
            (key, [value, *alternatives] if key in ("domain", "device_class") else list(value))
        )
    variants = [dict(slots)]
    for key, values in options:
        variants = [{**v, key: value} for v in variants for value in values][:_MAX_VARIANTS]
    return variants


_MAX_VARIANTS = 32


def judge_any(expected: Sequence[Expectation], run: Run) -> Scored:
    """Right when the plan meets any reading the test accepts; else the verdict against the
    first reading."""
    outcomes = [judge(e, run) for e in expected]
    return next((o for o in outcomes if o.verdict is Verdict.RIGHT), outcomes[0])


def judge(expected: Expectation, run: Run) -> Scored:
    """The verdict for one plan (see the module's docstring)."""
    changed = differences(expected.prepared, run.after)
    if expected.by_calls and run.calls != expected.calls and run.calls:
        changed.append(f"calls {sorted(run.calls)}")
    wrong = Verdict.WRONG_UNASKED if run.unasked else Verdict.WRONG_ASKED
    kind = expected.effect.kind
    if kind == "unresolved":
        acted = f"; it changed {'; '.join(changed[:2])}" if changed else ""
        return Scored(Verdict.UNCOVERED, "the test names what the home lacks" + acted)
    if kind == "uncovered":
        if changed:
            return Scored(wrong, "; ".join(changed[:3]))
        return Scored(Verdict.UNCOVERED)
    if kind == "query":
        if changed:
            return Scored(wrong, "a question changed: " + "; ".join(changed[:3]))
        if run.changing:
            return Scored(Verdict.NOT_UNDERSTOOD, "a question planned changes that failed")
        if not run.reads:
            return Scored(Verdict.NOT_UNDERSTOOD)
        extra = sorted(set(run.reads) - set(expected.effect.reads))
        missing = sorted(set(expected.effect.must_read) - set(run.reads))
        if extra or missing:
            return Scored(
                Verdict.WRONG_ANSWER,
                f"read {sorted(set(run.reads))}, wanted {expected.effect.must_read}",
            )
        return Scored(Verdict.RIGHT)
    problems = differences(expected.home, run.after)
    if problems and expected.effect.loose and not run.errors:
        touched = changed_ids(expected.prepared, run.after)
        wanted = changed_ids(expected.prepared, expected.home)
        if touched and touched <= wanted and not differences(expected.home, run.after, touched):
            return Scored(Verdict.RIGHT, f"some of the covers: {sorted(touched)}")
    if expected.by_calls and run.calls != expected.calls:
        problems.append(f"calls {sorted(run.calls)}, expected {sorted(expected.calls)}")
    if not problems and not run.errors:
        return Scored(Verdict.RIGHT)
    if not run.changing:
        return Scored(Verdict.NOT_UNDERSTOOD, "answered" if run.reads else "")
    if not changed:
        # Nothing happened: its steps were refused by the home (or changed nothing).
        return Scored(Verdict.WRONG_ASKED, "; ".join([*run.errors, *problems][:3]))
    return Scored(wrong, "; ".join([*problems, *run.errors][:3]))


# -- the two systems ------------------------------------------------------------------------------


class HassilAlone:
    """hassil's ``recognize_best`` with home-assistant-intents' data, as Home Assistant's
    own tests call it (the name list filtered to the names in the sentence)."""

    def __init__(self, lang: str, snapshot: Mapping[str, Any]) -> None:
        import home_assistant_intents
        from hassil import Intents, TextSlotList, Trie

        from app.understanding.sentences import resolve_language

        code = resolve_language(lang)
        data = home_assistant_intents.get_intents(code) if code else None
        self.intents = Intents.from_dict(data) if data else None
        self.trie = Trie()
        names: list[tuple[str, str, dict[str, Any]]] = []
        for entity in snapshot["entities"]:
            context = {"domain": entity["entity_id"].split(".", 1)[0], **entity["attributes"]}
            context = {k: v for k, v in context.items() if isinstance(v, str | int | float)}
            for name in [entity["name"], *entity.get("aliases", [])]:
                names.append((name, name, context))
        from hassil.intents import TextSlotValue

        for name, value, context in names:
            slot_value = TextSlotValue.from_tuple((name, value, context))
            self.trie.insert(name.strip().lower(), slot_value)
        self.lists: dict[str, Any] = {
            "area": TextSlotList.from_strings(
                [n for a in snapshot["areas"] for n in [a["name"], *a.get("aliases", [])]]
            ),
            "floor": TextSlotList.from_strings(
                [n for f in snapshot["floors"] for n in [f["name"], *f.get("aliases", [])]]
            ),
        }

    def recognize(self, text: str, context: Mapping[str, Any]) -> tuple[str, dict[str, Any]] | None:
        from hassil import TextSlotList, recognize_best

        if self.intents is None:
            return None
        lists = dict(self.lists)
        lists["name"] = TextSlotList(
            name="name", values=[v[2] for v in self.trie.find(text.lower())]
        )
        try:
            result = recognize_best(
                text,
                self.intents,
                slot_lists=lists,
                intent_context=dict(context) or None,
                best_slot_name="name",
            )
        except Exception:  # a hassil failure is "not understood", as for Home Assistant
            return None
        if result is None:
            return None
        return result.intent.name, {e.name: e.value for e in result.entities.values()}


@dataclass(slots=True)
class SentenceResult:
    sentence: Sentence
    expected: str
    hearth: Scored
    hassil: Scored
    plan: str

    def to_json(self) -> dict[str, Any]:
        s = self.sentence
        return {
            "lang": s.lang,
            "file": s.file,
            "intent": s.intent,
            "slots": dict(s.slots),
            "text": s.text,
            "part": s.part,
            "expected": self.expected,
            "hearth": self.hearth.verdict.value,
            "hearth_detail": self.hearth.detail,
            "hassil": self.hassil.verdict.value,
            "hassil_detail": self.hassil.detail,
            "plan": self.plan,
        }


def _plan_summary(plan: Mapping[str, Any]) -> str:
    steps = plan.get("steps") or []
    parts = [
        f"{'read ' if s.get('read_only') else ''}{s.get('action')} {s.get('targets')} "
        f"{json.dumps(s.get('params') or {}, ensure_ascii=False)}"
        for s in steps
        if isinstance(s, dict)
    ]
    if plan.get("error"):
        parts.append(f"error {plan['error'].get('code')}")
    if plan.get("reply") and not steps:
        parts.append(f"reply {str(plan['reply'])[:80]!r}")
    if plan.get("needs_confirmation"):
        parts.append("(asks)")
    return "; ".join(parts)


def evaluate_language(
    lang: str,
    data_dir: Path = DATA_DIR,
    *,
    part: str = "all",
    limit: int | None = None,
) -> list[SentenceResult]:
    """Every sentence of one language (of *part*; the first *limit* of each file), scored for
    Hearth and for hassil alone."""
    from app.cli.batch import BatchPlanner

    lang_dir = data_dir / lang
    sentences = read_sentences(lang_dir)
    if part != "all":
        sentences = [s for s in sentences if s.part == part]
    if limit is not None:
        per_file: Counter[str] = Counter()
        kept = []
        for s in sentences:
            per_file[s.file] += 1
            if per_file[s.file] <= limit:
                kept.append(s)
        sentences = kept
    snapshot = augment(fixture_snapshot(read_yaml(lang_dir / "_fixtures.yaml")), sentences)
    base = Home.from_dict(snapshot)
    hassil = HassilAlone(lang, snapshot)
    results: list[SentenceResult] = []
    groups: dict[tuple[str, int, str], list[Sentence]] = defaultdict(list)
    for said in sentences:
        s = dataclasses.replace(said, slots=said_slots(said))
        groups[(s.file, s.block, json.dumps(s.slots, sort_keys=True, default=str))].append(s)
    with tempfile.TemporaryDirectory(prefix="hearth-intents-") as tmp:
        for number, group in enumerate(groups.values()):
            first = group[0]
            variants = slot_variants(first.slots)
            targets = {t for v in variants for t in select(base, first.intent, v, first.context)}
            prepared = base.copy()
            prepare(prepared, first.intent, variants[0], sorted(targets))
            expected = [
                expectation(prepared, intent_effect(prepared, first.intent, v, first.context))
                for v in variants
            ]
            path = Path(tmp) / f"home-{number}.json"
            path.write_text(json.dumps(prepared.to_dict(), ensure_ascii=False, default=str))
            batch = BatchPlanner(base_dir=Path(tmp))
            area = _area_ids(prepared, _values(first.context.get("area")))
            for s in group:
                request: dict[str, Any] = {"text": s.text, "home": str(path), "lang": lang}
                if area:
                    request["area"] = sorted(area)[0]
                plan, unasked = hearth_plan(batch, request, prepared)
                hearth = judge_any(expected, run_plan(prepared, plan, unasked))
                results.append(
                    SentenceResult(
                        s,
                        expected[0].effect.kind,
                        hearth,
                        hassil_outcome(hassil, s, expected),
                        _plan_summary(plan),
                    )
                )
    return results


def hearth_plan(batch: Any, request: Mapping[str, Any], home: Home) -> tuple[dict[str, Any], bool]:
    """Hearth's plan (JSON) for a batch request, and whether it would run with nobody asked:
    ``needs_confirmation`` false and the policy's ``runs_unasked`` for ``--yes``."""
    from app.policy.risk import Trigger, plan_decisions, runs_unasked

    try:
        plan = batch.plan(dict(request))
    except Exception as err:  # a planner crash fails the sentence only
        return {"steps": [], "error": {"code": "crash", "message": str(err)}}, False
    decisions = plan_decisions(plan, home=home)
    unasked = not plan.needs_confirmation and runs_unasked(plan, decisions, trigger=Trigger.YES)
    return plan.to_json(), unasked


def hassil_outcome(hassil: HassilAlone, s: Sentence, expected: Sequence[Expectation]) -> Scored:
    """hassil alone: its intent and slots run as Home Assistant would, with nobody asked."""
    prepared = expected[0].prepared
    recognized = hassil.recognize(s.text, s.context)
    if recognized is None:
        return judge_any(expected, Run(prepared, changing=False))
    intent, slots = recognized
    effect = intent_effect(prepared, intent, slots, s.context)
    after, errors, accepted = run_calls(prepared, effect.calls)
    outcome = judge_any(
        expected, Run(after, bool(effect.calls), effect.reads, True, errors, accepted)
    )
    outcome.detail = (
        f"{intent} {json.dumps(slots, ensure_ascii=False, default=str)} {outcome.detail}"
    )
    return outcome


# -- report ----------------------------------------------------------------------------------------


def tally(results: Iterable[SentenceResult], system: str) -> dict[str, Any]:
    counts: Counter[str] = Counter()
    covered = 0
    for r in results:
        counts[getattr(r, system).verdict.value] += 1
        covered += r.expected not in ("uncovered", "unresolved")
    total = sum(counts.values())
    return {
        "sentences": total,
        "covered": covered,
        **{v.value: counts[v.value] for v in Verdict},
        "accuracy": 100.0 * counts[Verdict.RIGHT.value] / covered if covered else None,
        "wrong_unasked_rate": (
            100.0 * counts[Verdict.WRONG_UNASKED.value] / total if total else None
        ),
    }


def summarize(results: Sequence[SentenceResult], key: str = "lang") -> dict[str, Any]:
    groups: dict[str, list[SentenceResult]] = defaultdict(list)
    for r in results:
        groups[getattr(r.sentence, key)].append(r)
    out: dict[str, Any] = {}
    for name in sorted(groups):
        rows = groups[name]
        out[name] = {
            part: {
                system: tally([r for r in rows if part in ("all", r.sentence.part)], system)
                for system in ("hearth", "hassil")
            }
            for part in ("tune", "holdout", "all")
        }
    return out


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def format_markdown(summary: Mapping[str, Any], title: str) -> str:
    """The README's table: both parts, Hearth beside hassil, and wrong actions run unasked."""
    out = [
        f"| {title} | sentences | uncovered | Hearth tune | hassil tune | Hearth held-out "
        "| hassil held-out | Hearth wrong unasked | hassil wrong unasked | Hearth not understood |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, data in summary.items():
        every, tune, held = data["all"], data["tune"], data["holdout"]
        hearth, hassil = every["hearth"], every["hassil"]

        def cell(part: Mapping[str, Any], system: str) -> str:
            value = part[system]["accuracy"]
            return "–" if value is None else f"{value:.1f} %"

        out.append(
            f"| {name} | {hearth['sentences']} | {hearth['sentences'] - hearth['covered']} "
            f"| {cell(tune, 'hearth')} | {cell(tune, 'hassil')} | {cell(held, 'hearth')} "
            f"| {cell(held, 'hassil')} | {hearth['wrong_unasked']} "
            f"({_pct(hearth['wrong_unasked_rate'])} %) | {hassil['wrong_unasked']} "
            f"({_pct(hassil['wrong_unasked_rate'])} %) | {hearth['not_understood']} |"
        )
    return "\n".join(out)


def format_table(summary: Mapping[str, Any], title: str, part: str) -> str:
    parts = ("tune", "holdout") if part == "all" else (part,)
    head = [title, "n", "uncov"]
    for p in parts:
        head += [f"Hearth {p}", f"hassil {p}"]
    head += ["H wrong-unasked", "h wrong-unasked", "H wrong-asked", "H not-underst."]
    rows = [head]
    for name, data in summary.items():
        everything = data["all" if part == "all" else part]
        hearth = everything["hearth"]
        row = [name, str(hearth["sentences"]), str(hearth["sentences"] - hearth["covered"])]
        for p in parts:
            row += [_pct(data[p]["hearth"]["accuracy"]), _pct(data[p]["hassil"]["accuracy"])]
        row += [
            _pct(everything["hearth"]["wrong_unasked_rate"]),
            _pct(everything["hassil"]["wrong_unasked_rate"]),
            str(everything["hearth"]["wrong_asked"]),
            str(everything["hearth"]["not_understood"]),
        ]
        rows.append(row)
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = [
        "  ".join(
            c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in rows
    ]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


def _worker(args: tuple[str, str, str, int | None]) -> tuple[str, list[SentenceResult], float]:
    lang, data_dir, part, limit = args
    started = time.perf_counter()
    try:
        results = evaluate_language(lang, Path(data_dir), part=part, limit=limit)
    except Exception as err:  # one broken language must not lose the others' figures
        print(f"WARNING: {lang} failed: {type(err).__name__}: {err}", file=sys.stderr)
        results = []
    return lang, results, time.perf_counter() - started


def run_all(
    langs: Sequence[str], data_dir: Path, *, part: str, limit: int | None, workers: int
) -> tuple[list[SentenceResult], dict[str, float]]:
    # Largest languages first, so that two workers finish together.
    order = sorted(langs, key=lambda lang: -sum(1 for _ in (data_dir / lang).glob("*.yaml")))
    jobs = [(lang, str(data_dir), part, limit) for lang in order]
    results: list[SentenceResult] = []
    seconds: dict[str, float] = {}
    if workers <= 1 or len(jobs) == 1:
        outputs = map(_worker, jobs)
        for lang, found, took in outputs:
            results.extend(found)
            seconds[lang] = took
    else:
        with multiprocessing.get_context("spawn").Pool(workers, maxtasksperchild=4) as pool:
            for lang, found, took in pool.imap_unordered(_worker, jobs):
                results.extend(found)
                seconds[lang] = took
                print(
                    f"... {lang}: {len(found)} sentences, {took:.1f} s", file=sys.stderr, flush=True
                )
    results.sort(key=lambda r: (r.sentence.lang, r.sentence.file, r.sentence.block))
    return results, seconds


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--lang", action="append", help="a language folder (repeatable; default all)"
    )
    parser.add_argument("--part", choices=("tune", "holdout", "all"), default="all")
    parser.add_argument("--by-intent", action="store_true", help="also a table per intent")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--details", type=Path, help="write every sentence's verdicts (JSON lines)")
    parser.add_argument("--limit", type=int, help="only the first N sentences of each file")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--data", type=Path, default=DATA_DIR, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no intent tests at {args.data}", file=sys.stderr)
        return EXIT_MISSING
    available = languages(args.data)
    wanted = args.lang or available
    unknown = [lang for lang in wanted if lang not in available]
    if unknown:
        print(f"unknown language folder(s): {', '.join(unknown)}", file=sys.stderr)
        return EXIT_MISSING
    started = time.perf_counter()
    results, seconds = run_all(
        wanted, args.data, part=args.part, limit=args.limit, workers=args.workers
    )
    wall = time.perf_counter() - started
    by_lang = summarize(results)
    overall = summarize([_relabel(r) for r in results])
    if args.details:
        with args.details.open("w", encoding="utf-8") as out:
            for r in results:
                out.write(json.dumps(r.to_json(), ensure_ascii=False) + "\n")
    if args.json:
        data: dict[str, Any] = {
            "part": args.part,
            "seconds": round(wall, 1),
            "languages": by_lang,
            "overall": overall["all"],
            "seconds_per_language": {k: round(v, 1) for k, v in sorted(seconds.items())},
        }
        if args.by_intent:
            data["intents"] = summarize(results, "intent")
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    if args.markdown:
        print(format_markdown({**by_lang, "**all**": overall["all"]}, "language"))
        if args.by_intent:
            print()
            print(format_markdown(summarize(results, "intent"), "intent"))
    else:
        print(format_table({**by_lang, "ALL": overall["all"]}, "lang", args.part))
        if args.by_intent:
            print()
            print(format_table(summarize(results, "intent"), "intent", args.part))
    print(
        f"\n{len(results)} sentences in {wall:.0f} s; accuracy = right / sentences not uncovered; "
        "wrong-unasked in % of all sentences"
    )
    return 0


def _relabel(result: SentenceResult) -> SentenceResult:
    s = result.sentence
    sentence = Sentence("all", s.file, s.block, s.text, s.intent, s.slots, s.context)
    return SentenceResult(sentence, result.expected, result.hearth, result.hassil, result.plan)


if __name__ == "__main__":
    sys.exit(main())
