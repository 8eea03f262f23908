"""Timers against Home Assistant's own timer test sentences, per language, beside raw hassil.

.venv/bin/python -m benchmarks.timers_eval [LANG ...] [--failures N]

Data: ``../shared/data/ha-intents-tests/<lang>/*Timer*.yaml`` with the language's
``_fixtures.yaml`` areas and floors as the home (the sentence is said in the test's area).
A sentence is right for Hearth when its plan is exactly the timer step the intent means
(HassStartTimer → ``timer.start`` with the test's duration, HassCancelTimer and
HassCancelAllTimers → ``timer.cancel``, HassPauseTimer → ``timer.pause``, HassUnpauseTimer →
``timer.resume``, HassTimerStatus → ``timer.status``); any other step is a wrong action.
Raw hassil is right when ``recognize_best`` over home-assistant-intents' data gives the
intent (and for a start, the duration). Adding or taking time off a running timer
(HassIncreaseTimer, HassDecreaseTimer) is right as ``timer.start {change_s}`` with the test's
duration, negative for a decrease (app/execution/timer_change.py makes it the steps that run); the
last line gives those sentences on their own. Commands to run later are not Hearth's yet and
are left out. A measurement: exit status 0 whatever the numbers.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import home_assistant_intents
import yaml
from hassil import Intents, recognize_best
from hassil.intents import SlotList, TextSlotList

from app.core.home import Home
from app.understanding.planner import Planner, UnknownLanguageError

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ha-intents-tests"
ACTIONS = {
    "HassStartTimer": "timer.start",
    "HassCancelTimer": "timer.cancel",
    "HassCancelAllTimers": "timer.cancel",
    "HassPauseTimer": "timer.pause",
    "HassUnpauseTimer": "timer.resume",
    "HassTimerStatus": "timer.status",
    "HassIncreaseTimer": "timer.start",
    "HassDecreaseTimer": "timer.start",
}
#: A change of a timer's time left: ``timer.start {change_s}`` (app/execution/timer_change.py makes
# it
#: the steps that run), with the test's duration added (1) or taken off (-1).
CHANGES = {"HassIncreaseTimer": 1, "HassDecreaseTimer": -1}
_UNITS = (("hours", 3600), ("minutes", 60), ("seconds", 1))


def _seconds(slots: dict[str, Any]) -> float:
    return sum(float(slots.get(key) or 0) * factor for key, factor in _UNITS)


def _plain(name: object) -> str | None:
    """A fixture name without template syntax ("salon"), None for a template."""
    text = str(name)
    return None if any(ch in text for ch in "()[]|<>{}") else text


def _home(fixtures: dict[str, Any]) -> Home:
    floors = [
        {"id": str(f["id"]), "name": _plain(f["name"]) or str(f["id"])}
        for f in fixtures.get("floors") or []
    ]
    areas = []
    for area in fixtures.get("areas") or []:
        item = {"id": str(area["id"]), "name": _plain(area["name"]) or str(area["id"])}
        if area.get("floor") in {f["id"] for f in floors}:
            item["floor"] = area["floor"]
        areas.append(item)
    # A home has at least one device; timers need none.
    lamp = {"entity_id": "light.lamp", "name": "Lamp", "state": "off"}
    return Home.from_dict({"floors": floors, "areas": areas, "entities": [lamp]})


def _area_id(home: Home, name: object) -> str | None:
    if name is None:
        return None
    for area in home.areas.values():
        if area.name.lower() == str(name).lower() or area.id == name:
            return area.id
    return None


def evaluate(language: str, failures: int) -> tuple[Counter[str], list[str]]:
    folder = DATA / language
    fixtures = yaml.safe_load((folder / "_fixtures.yaml").read_text(encoding="utf-8")) or {}
    home = _home(fixtures)
    planner = Planner(home, language)
    raw = Intents.from_dict(home_assistant_intents.get_intents(planner.language) or {})
    lists: dict[str, SlotList] = {
        "area": TextSlotList.from_tuples([(a.name, a.id) for a in home.areas.values()]),
        "floor": TextSlotList.from_tuples([(f.name, f.id) for f in home.floors.values()]),
        "name": TextSlotList.from_tuples([("Lamp", "light.lamp")]),
    }
    counts: Counter[str] = Counter()
    shown: list[str] = []
    for path in sorted(folder.glob("*Timer*.yaml")):
        for test in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("tests", []):
            intent = test["intent"]["name"]
            slots = test["intent"].get("slots") or {}
            if intent not in ACTIONS or "conversation_command" in slots:
                continue
            area = _area_id(home, (test["intent"].get("context") or {}).get("area"))
            context = {"area": {"value": area, "text": home.areas[area].name}} if area else None
            want = _seconds(slots) if intent == "HassStartTimer" or intent in CHANGES else None
            key = "change_s" if intent in CHANGES else "duration_s"
            expected = want * CHANGES[intent] if want is not None and intent in CHANGES else want
            for sentence in test["sentences"]:
                counts["sentences"] += 1
                counts["change_sentences"] += intent in CHANGES
                plan = planner.plan(sentence, area=area)
                actions = [s.action for s in plan.steps]
                right = actions == [ACTIONS[intent]] and (
                    expected is None or plan.steps[0].params.get(key) == expected
                )
                counts["change_right"] += right and intent in CHANGES
                if right:
                    counts["hearth_right"] += 1
                elif actions:
                    counts["hearth_wrong_action"] += 1
                found = recognize_best(sentence, raw, slot_lists=lists, intent_context=context)
                got = {k: v.value for k, v in found.entities.items()} if found else {}
                hassil_right = (
                    found is not None
                    and found.intent.name == intent
                    and "conversation_command" not in got  # a command for later, not a timer
                    and (want is None or _seconds(got) == want)
                )
                counts["hassil_right"] += hassil_right
                counts["change_hassil"] += hassil_right and intent in CHANGES
                counts["hassil_only"] += hassil_right and not right
                if not right and len(shown) < failures:
                    shown.append(f"{language}: {sentence!r} ({intent}) -> {actions or plan.reply}")
    return counts, shown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="*", help="language codes (default: every one)")
    parser.add_argument("--failures", type=int, default=0, help="show this many misses")
    args = parser.parse_args(argv)
    languages = args.languages or sorted(
        p.name for p in DATA.iterdir() if (p / "_fixtures.yaml").is_file()
    )
    total: Counter[str] = Counter()
    print(f"{'lang':8} {'n':>5} {'hearth':>8} {'hassil':>8} {'wrong':>6} {'only hassil':>12}")
    for language in languages:
        try:
            counts, shown = evaluate(language, args.failures)
        except (UnknownLanguageError, FileNotFoundError, KeyError):
            continue
        n = counts["sentences"]
        if not n:
            continue
        total.update(counts)
        print(
            f"{language:8} {n:5d} {100 * counts['hearth_right'] / n:7.1f}% "
            f"{100 * counts['hassil_right'] / n:7.1f}% {counts['hearth_wrong_action']:6d} "
            f"{counts['hassil_only']:12d}"
        )
        for line in shown:
            print("   ", line)
    n = total["sentences"] or 1
    print(
        f"{'all':8} {total['sentences']:5d} {100 * total['hearth_right'] / n:7.1f}% "
        f"{100 * total['hassil_right'] / n:7.1f}% {total['hearth_wrong_action']:6d} "
        f"{total['hassil_only']:12d}"
    )
    changes = total["change_sentences"]
    if changes:
        print(
            f"of which adding or taking time off (HassIncreaseTimer, HassDecreaseTimer): "
            f"{changes} sentences, Hearth {100 * total['change_right'] / changes:.1f}%, "
            f"hassil {100 * total['change_hassil'] / changes:.1f}%"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
