"""Planning latency of the local planner on synthetic homes of 50, 500 and 5,000 entities.

.venv/bin/python -m benchmarks.latency [--sizes 50 500 5000] [--rounds 5] [--seed 7] [--cpu]
    [--memory] [--json OUT]

Each home is generated in memory from a fixed seed: areas of about eight entities each (rooms
times device kinds: "Kitchen Ceiling Light", "North Bedroom Blinds", ...), spread over floors.
The first areas are the same at every size, so the same ~30 sentences (direct, area, floor,
this computer's area, compound, misheard, relative, questions, nonsense) name real entities in
every home. For each size the benchmark times the planner's construction, plans every sentence
once to warm up, then times ``Planner.plan`` over ``--rounds`` passes and reports p50, p95 and
the maximum in milliseconds (wall time around the call, and the plan's own ``elapsed_ms``).
With ``--cpu`` the table shows the process's CPU time per call instead of the wall time: on a
machine shared with other work it changes far less from run to run, so two versions are
compared by it (the JSON output always has both).

With ``--memory`` each home is also measured with ``tracemalloc``, in a fresh interpreter of
its own (tracing slows planning down, and what the timed pass left in the caches would not be
counted): the memory a planner takes on it, with its name lists built and one sentence
planned, and what the process still holds once that planner is gone (the caches it filled that
outlive it, such as the slot values of the home's names). Only Python's own allocations are
counted, not the interpreter or the modules loaded before.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import re
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.home import Area, Entity, Floor, Home
from benchmarks.stats import percentile

ENTITIES_PER_AREA = 8
AREAS_PER_FLOOR = 8

ROOMS = [
    "Kitchen", "Living Room", "Bedroom", "Office", "Hallway", "Bathroom", "Dining Room",
    "Guest Room", "Nursery", "Laundry", "Garage", "Den", "Study", "Playroom", "Pantry",
    "Utility Room", "Library", "Gym", "Attic", "Basement", "Porch", "Conservatory", "Landing",
    "Cloakroom",
]  # fmt: skip
QUALIFIERS = ["North", "South", "East", "West", "Upper", "Lower", "Back", "Front", "Annex"]
FLOOR_NAMES = [
    "Ground Floor", "First Floor", "Second Floor", "Third Floor", "Fourth Floor", "Fifth Floor",
    "Sixth Floor", "Seventh Floor", "Eighth Floor", "Ninth Floor", "Tenth Floor",
]  # fmt: skip

# Every area has these; the rest of its eight entities come from EXTRAS, rotating so that the
# first three areas already hold every kind.
CORE = [("light", "Ceiling Light"), ("light", "Lamp"), ("sensor", "Temperature")]
EXTRAS = [
    ("cover", "Blinds"), ("climate", "Thermostat"), ("media_player", "Speaker"), ("fan", "Fan"),
    ("switch", "Plug"), ("lock", "Door"), ("binary_sensor", "Window"), ("sensor", "Humidity"),
    ("light", "Spotlights"), ("binary_sensor", "Motion"), ("media_player", "TV"),
]  # fmt: skip


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _area_name(index: int) -> str:
    room = ROOMS[index % len(ROOMS)]
    round_ = index // len(ROOMS)
    if round_ == 0:
        return room
    qualifier = QUALIFIERS[(round_ - 1) % len(QUALIFIERS)]
    repeat = (round_ - 1) // len(QUALIFIERS)
    return f"{qualifier} {room}" + (f" {repeat + 2}" if repeat else "")


def _floor(index: int) -> Floor:
    name = FLOOR_NAMES[index] if index < len(FLOOR_NAMES) else f"Floor {index}"
    aliases = {0: ["downstairs"], 1: ["upstairs"]}.get(index, [])
    return Floor(f"floor_{index}", name, aliases, level=index)


def _state(domain: str, kind: str, rng: random.Random) -> tuple[str, dict[str, Any]]:
    """A plausible state and Home Assistant attributes for one entity."""
    if domain == "light":
        dimmable = {"supported_color_modes": ["brightness"], "supported_features": 32}
        if rng.random() < 0.5:
            return "off", {"brightness": None, "color_mode": None, **dimmable}
        return "on", {"brightness": rng.randint(30, 255), "color_mode": "brightness", **dimmable}
    if domain == "sensor":
        if kind == "Humidity":
            humidity = {"device_class": "humidity", "unit_of_measurement": "%"}
            return str(rng.randint(35, 75)), humidity
        temperature = {"device_class": "temperature", "unit_of_measurement": "°C"}
        return f"{rng.uniform(16, 24):.1f}", temperature
    if domain == "cover":
        position = rng.choice([0, 100, 100, 40])
        blind = {"device_class": "blind", "current_position": position, "supported_features": 15}
        return ("closed" if position == 0 else "open"), blind
    if domain == "climate":
        return "heat", {
            "hvac_modes": ["off", "heat"],
            "temperature": 20.0,
            "current_temperature": round(rng.uniform(17, 22), 1),
            "min_temp": 7,
            "max_temp": 30,
            "target_temp_step": 0.5,
            "supported_features": 385,
        }
    if domain == "media_player":
        return "playing", {
            "device_class": "tv" if kind == "TV" else "speaker",
            "volume_level": 0.4,
            "is_volume_muted": False,
            "supported_features": 152509,
        }
    if domain == "fan":
        return "off", {"percentage": 0, "percentage_step": 25.0, "supported_features": 49}
    if domain == "lock":
        return rng.choice(["locked", "unlocked"]), {"supported_features": 0}
    if domain == "binary_sensor":
        device_class = "window" if kind == "Window" else "motion"
        return rng.choice(["on", "off"]), {"device_class": device_class}
    return rng.choice(["on", "off"]), {"device_class": "outlet"}


def synthetic_home(size: int, seed: int = 7) -> Home:
    """A deterministic home of exactly *size* entities; area *i* is the same at every size."""
    area_count = max(1, -(-size // ENTITIES_PER_AREA))
    floors = [_floor(i) for i in range(max(1, -(-area_count // AREAS_PER_FLOOR)))]
    areas: list[Area] = []
    entities: list[Entity] = []
    for index in range(area_count):
        name = _area_name(index)
        area = Area(_slug(name), name, floors[index * len(floors) // area_count].id)
        areas.append(area)
        rng = random.Random(f"{seed}-{index}")
        extras = ENTITIES_PER_AREA - len(CORE)
        kinds = CORE + [EXTRAS[(extras * index + j) % len(EXTRAS)] for j in range(extras)]
        for domain, kind in kinds:
            if len(entities) == size:
                break
            state, attributes = _state(domain, kind, rng)
            entity_name = f"{name} {kind}"
            attributes = {"friendly_name": entity_name, **attributes}
            entities.append(
                Entity(f"{domain}.{_slug(entity_name)}", entity_name, state, attributes, area.id)
            )
    return Home(floors, areas, entities, name=f"Synthetic home of {size}")


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    area: str | None = None


def sentences(home: Home) -> list[Sentence]:
    """About 30 sentences naming entities of *home* (the same text for every size)."""

    def find(domain: str, kind: str) -> Entity:
        for entity in home.entities.values():
            if entity.domain == domain and entity.name.endswith(f" {kind}"):
                return entity
        raise LookupError(f"the synthetic home has no {kind}")

    def area_name(entity: Entity) -> str:
        area = home.area_of(entity)
        return area.name.lower() if area else ""

    a = [area.name.lower() for area in list(home.areas.values())[:6]]
    while len(a) < 6:
        a.append(a[-1])
    here = next(iter(home.areas))
    blinds = area_name(find("cover", "Blinds"))
    thermostat = area_name(find("climate", "Thermostat"))
    speaker = area_name(find("media_player", "Speaker"))
    fan = area_name(find("fan", "Fan"))
    plug = area_name(find("switch", "Plug"))
    door = area_name(find("lock", "Door"))
    window = area_name(find("binary_sensor", "Window"))
    humidity = area_name(find("sensor", "Humidity"))
    return [
        Sentence(f"turn on the {a[0]} ceiling light"),
        Sentence(f"turn off the {a[1]} lamp"),
        Sentence(f"dim the {a[2]} lamp to 30 percent"),
        Sentence(f"set the {a[0]} ceiling light to 50%"),
        Sentence(f"turn off the lights in the {a[1]}"),
        Sentence(f"turn on the {a[2]} lights"),
        Sentence("turn off the downstairs lights"),
        Sentence("turn off the lights on the ground floor"),
        Sentence("turn off the lights", area=here),
        Sentence("close the blinds", area=find("cover", "Blinds").area),
        Sentence(f"turn on the {a[0]} lamp and turn off the {a[1]} ceiling light"),
        Sentence(f"turn off the {a[2]} ceiling light, then turn on the {a[0]} lamp"),
        Sentence(f"turn of the {a[1]} lamp"),
        Sentence(f"dim the {a[2]} lamb to 40 percent"),
        Sentence(f"make the {a[0]} lamp brighter"),
        Sentence(f"dim the {a[1]} ceiling light a bit"),
        Sentence(f"close the {blinds} blinds"),
        Sentence(f"set the {blinds} blinds to 40 percent"),
        Sentence(f"set the {thermostat} thermostat to 21 degrees"),
        Sentence(f"make the {thermostat} thermostat two degrees warmer"),
        Sentence(f"pause the {speaker} speaker"),
        Sentence(f"set the {speaker} speaker volume to 30 percent"),
        Sentence(f"turn on the {fan} fan"),
        Sentence(f"turn off the {plug} plug"),
        Sentence(f"lock the {door} door"),
        Sentence(f"what's the temperature in the {a[0]}"),
        Sentence(f"what's the humidity in the {humidity}"),
        Sentence(f"is the {window} window open"),
        Sentence(f"which lights are on in the {a[1]}"),
        Sentence("make me a sandwich"),
        Sentence("turn on the jacuzzi"),
    ]


def measure(size: int, rounds: int, seed: int, *, cpu: bool = False) -> dict[str, Any]:
    from app.understanding import Planner

    home = synthetic_home(size, seed)
    texts = sentences(home)
    started = time.perf_counter()
    planner = Planner(home, language="en")
    build_ms = (time.perf_counter() - started) * 1000
    understood = 0
    for sentence in texts:  # warm-up; also counts what the planner could plan
        plan = planner.plan(sentence.text, area=sentence.area, now=None, conversation=None)
        understood += plan.error is None
    wall: list[float] = []
    used: list[float] = []
    reported: list[float] = []
    for _ in range(rounds):
        for sentence in texts:
            started, started_cpu = time.perf_counter(), time.process_time()
            plan = planner.plan(sentence.text, area=sentence.area, now=None, conversation=None)
            used.append((time.process_time() - started_cpu) * 1000)
            wall.append((time.perf_counter() - started) * 1000)
            reported.append(float(plan.elapsed_ms))
    shown = used if cpu else wall
    return {
        "entities": len(home.entities),
        "areas": len(home.areas),
        "floors": len(home.floors),
        "sentences": len(texts),
        "understood": understood,
        "build_ms": build_ms,
        "p50_ms": percentile(shown, 0.50),
        "p95_ms": percentile(shown, 0.95),
        "max_ms": max(shown),
        "timed": "cpu" if cpu else "wall",
        "wall_p95_ms": percentile(wall, 0.95),
        "cpu_p50_ms": percentile(used, 0.50),
        "cpu_p95_ms": percentile(used, 0.95),
        "reported_p50_ms": percentile(reported, 0.50),
        "reported_p95_ms": percentile(reported, 0.95),
    }


def memory(size: int, seed: int) -> dict[str, Any]:
    """Traced memory, in MB, of an English planner on the synthetic home of *size*: while it
    is alive (``planner_mb``) and what stays once it is gone (``kept_mb``)."""
    from app.understanding import Planner

    home = synthetic_home(size, seed)
    text = sentences(home)[0].text
    # Modules and the language's data files load first, so they are not counted.
    Planner(synthetic_home(50, seed), language="en").plan(text)
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        planner = Planner(home, language="en")
        planner.plan(text)
        alive = tracemalloc.get_traced_memory()[0] - before
        del planner
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    return {"entities": len(home.entities), "planner_mb": alive / 1e6, "kept_mb": kept / 1e6}


def memory_apart(size: int, seed: int) -> dict[str, Any]:
    """:func:`memory` measured in a fresh interpreter."""
    code = (
        "import json; from benchmarks.latency import memory; "
        f"print(json.dumps(memory({size}, {seed})))"
    )
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    found: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.latency",
        description="Planning latency of the local planner on synthetic homes.",
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 500, 5000])
    parser.add_argument("--rounds", type=int, default=5, help="timed passes over the sentences")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--cpu", action="store_true", help="show CPU time per call instead of wall time"
    )
    parser.add_argument(
        "--memory",
        action="store_true",
        help="also trace the memory a planner takes and what stays once it is gone",
    )
    parser.add_argument("--json", type=Path, default=None, metavar="OUT", help="write results")
    args = parser.parse_args(argv)
    unit = "CPU ms" if args.cpu else "ms"
    print(
        "| entities | areas | floors | understood | planner build ms "
        f"| p50 {unit} | p95 {unit} | max {unit} |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    results = []
    for size in args.sizes:
        r = measure(size, args.rounds, args.seed, cpu=args.cpu)
        results.append(r)
        print(
            f"| {r['entities']} | {r['areas']} | {r['floors']} "
            f"| {r['understood']}/{r['sentences']} | {r['build_ms']:.0f} "
            f"| {r['p50_ms']:.1f} | {r['p95_ms']:.1f} | {r['max_ms']:.1f} |",
            flush=True,
        )
    if args.memory:
        print("\n| entities | planner MB (traced) | kept once it is gone MB |")
        print("|---:|---:|---:|")
        for r in results:
            found = memory_apart(r["entities"], args.seed)
            r["planner_mb"], r["kept_mb"] = found["planner_mb"], found["kept_mb"]
            print(f"| {r['entities']} | {r['planner_mb']:.1f} | {r['kept_mb']:.1f} |", flush=True)
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
