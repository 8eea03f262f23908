"""Planning latency of the local planner on synthetic homes of 50, 500 and 5,000 entities.

.venv/bin/python -m benchmarks.latency [--sizes 50 500 5000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from app.home import Area, Entity, Floor, Home
from app.planning import Planner

ROOMS = [
    "Kitchen", "Living Room", "Bedroom", "Office", "Hallway", "Bathroom", "Garage", "Den",
    "Study", "Nursery", "Laundry", "Pantry", "Attic", "Basement", "Porch", "Guest Room",
]  # fmt: skip
KINDS = [
    ("light", "Ceiling Light"), ("light", "Lamp"), ("light", "Spotlights"), ("switch", "Plug"),
    ("fan", "Fan"), ("cover", "Blinds"), ("sensor", "Temperature"), ("media_player", "Speaker"),
]  # fmt: skip


def synthetic_home(size: int, seed: int = 7) -> Home:
    rng = random.Random(seed)
    floors = [Floor(f"floor_{i}", f"Floor {i}") for i in range(max(1, size // 200))]
    area_count = max(4, size // 8)
    areas = []
    for i in range(area_count):
        base = ROOMS[i % len(ROOMS)]
        name = base if i < len(ROOMS) else f"{base} {i // len(ROOMS) + 1}"
        areas.append(Area(f"area_{i}", name, floors[i % len(floors)].id))
    entities = []
    for i in range(size):
        area = areas[i % area_count]
        domain, kind = KINDS[(i // area_count) % len(KINDS)]
        attributes: dict[str, object] = {}
        state = rng.choice(["on", "off"])
        if domain == "sensor":
            attributes = {"device_class": "temperature", "unit_of_measurement": "°C"}
            state = f"{rng.uniform(15, 25):.1f}"
        if domain == "cover":
            attributes = {"device_class": "blind", "current_position": 100}
            state = "open"
        entities.append(Entity(f"{domain}.e{i}", f"{area.name} {kind}", state, attributes, area.id))
    return Home(floors, areas, entities)


SENTENCES = [
    "turn on the kitchen ceiling light",
    "turn off the living room lamp",
    "dim the bedroom lamp to 30 percent",
    "turn off the lights in the office",
    "set the hallway spotlights to 50%",
    "is the garage plug on",
    "what's the temperature in the den",
    "close the study blinds",
    "turn on the kitchen lamp and turn off the bedroom lamp",
    "turn of the office lamp",
    "turn off the downstairs lights",
    "pause the kitchen speaker",
    "make me a sandwich",
    "turn on the bathroom fan",
    "set the living room blinds to 40 percent",
]


def measure(size: int, rounds: int) -> dict[str, float]:
    home = synthetic_home(size)
    started = time.perf_counter()
    planner = Planner(home)
    build_ms = (time.perf_counter() - started) * 1000
    for text in SENTENCES:  # warm-up
        planner.plan(text, area="area_0")
    samples = []
    for _ in range(rounds):
        for text in SENTENCES:
            plan = planner.plan(text, area="area_0")
            samples.append(plan.elapsed_ms)
    samples.sort()
    return {
        "entities": size,
        "build_ms": build_ms,
        "p50_ms": statistics.median(samples),
        "p95_ms": samples[int(len(samples) * 0.95) - 1],
        "max_ms": samples[-1],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 500, 5000])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    print("| entities | planner build ms | p50 ms | p95 ms | max ms |")
    print("|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        r = measure(size, args.rounds)
        print(
            f"| {size} | {r['build_ms']:.0f} | {r['p50_ms']:.1f} | {r['p95_ms']:.1f} "
            f"| {r['max_ms']:.1f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
