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
  when the request gives it.

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
import tempfile
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
KINDS = ("name", "name_area", "partial", "kind_area", "place", "except", "shared")
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
}

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
    "en": {"light": ("light", "lights"), "fan": ("fan", "fans"), "blind": ("blind", "blinds")},
}

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


@dataclass(frozen=True, slots=True)
class Case:
    home: str
    kind: str
    text: str
    expected: Expected
    area: str | None = None
    """This computer's room, when the request gives one."""


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
                if kind == "blind":
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


# -- judging ------------------------------------------------------------------------------------


def judge(expected: Expected, plan: Mapping[str, Any], unasked: bool) -> str:
    """One of :data:`OUTCOMES` for a plan of a case expecting *expected*."""
    from benchmarks.scoring import asks, changing_steps

    changes = changing_steps(plan)
    if not changes:
        if expected.ask:
            return "right" if asks(plan) else "none"
        if not expected.required and not plan.get("error"):
            return "right"  # nothing to change, and nothing was
        return "asked" if asks(plan) else "none"
    if not expected.ask:
        targets: set[str] = set()
        fitting = True
        for step in changes:
            action = str(step.get("action") or "")
            service = action.partition(".")[2]
            if service not in SERVICES.get(expected.verb, frozenset()):
                fitting = False
            raw = step.get("targets") or []
            targets |= {str(t) for t in raw} if isinstance(raw, list) else set()
        if fitting and expected.required <= targets <= expected.allowed:
            return "right"
    return "wrong" if unasked else "asked"


def run_cases(
    cases: Sequence[Case], paths: Mapping[str, Path], homes: Mapping[str, Home], base: Path
) -> list[CaseResult]:
    from app.cli.batch import BatchPlanner
    from benchmarks.intents_eval import _plan_summary, hearth_plan

    batch = BatchPlanner(base_dir=base)
    results: list[CaseResult] = []
    for case in cases:
        request: dict[str, Any] = {"text": case.text, "home": str(paths[case.home]), "lang": "en"}
        if case.area is not None:
            request["area"] = case.area
        plan, unasked = hearth_plan(batch, request, homes[case.home])
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
    paths: dict[str, Path] = {}
    cases: list[Case] = []
    for path in files:
        home = Home.load(path)
        homes[path.stem], paths[path.stem] = home, path
        cases.extend(generate(home, path.stem, args.lang))
    with tempfile.TemporaryDirectory(prefix="hearth-sweep-") as tmp:
        results = run_cases(cases, paths, homes, Path(tmp))
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
                print(f"[{c.kind}] {c.home}: {c.text!r}{here} -> {r.plan}")
    if args.json is not None:
        write_cases(args.json, summary, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
