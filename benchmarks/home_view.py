"""The home view with a big home: filling the tree, live state updates, filtering.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.home_view [--entities 5000] [--runs 5]

Targets: a 5,000-entity home shown (laid out and painted) well under a second, a live state
update under 5 ms, a filter under 0.5 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time

from app.core.home import Area, Entity, Floor, Home, StateChange


def big_home(n: int) -> Home:
    floors = [Floor(f"f{i}", f"Floor {i}", level=i) for i in range(5)]
    areas = [Area(f"a{i}", f"Area {i:02d}", floor=f"f{i % 5}") for i in range(50)]
    entities = [
        Entity(
            f"light.l{i:04d}",
            f"Light {i:04d}",
            state="on" if i % 2 else "off",
            attributes={"brightness": 128, "supported_color_modes": ["brightness"]},
            area=f"a{i % 50}" if i % 97 else None,
        )
        for i in range(n)
    ]
    return Home(floors, areas, entities)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entities", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = tempfile.mkdtemp(prefix="hearth-home-view-")
    os.environ["HEARTH_CONFIG_DIR"] = os.path.join(scratch, "config")
    os.environ["HEARTH_DATA_DIR"] = os.path.join(scratch, "data")

    from PySide6.QtWidgets import QApplication

    from app.config.settings import Settings
    from ui.bridge import AssistantBridge
    from ui.home_view import HomeView

    app = QApplication([])

    async def never() -> object:  # the view is fed directly; no assistant is needed
        raise RuntimeError("not used")

    fills, updates, filters = [], [], []
    for _ in range(args.runs):
        bridge = AssistantBridge(Settings(), never)  # type: ignore[arg-type]
        view = HomeView(bridge)
        view.resize(1000, 640)
        view.show()
        app.processEvents()
        home = big_home(args.entities)
        started = time.perf_counter()
        bridge.ready.emit(home)
        view.repaint()
        fills.append(time.perf_counter() - started)
        started = time.perf_counter()
        for i in range(200):
            bridge.state_changed.emit(StateChange(f"light.l{i:04d}", "off", {}))
        updates.append((time.perf_counter() - started) / 200)
        started = time.perf_counter()
        view.filter.setText("light 012")
        view.apply_filter()
        filters.append(time.perf_counter() - started)
        view.close()
        view.deleteLater()
        app.processEvents()
    print(f"home view, {args.entities} entities, {args.runs} runs (median):")
    print(f"  fill and paint: {statistics.median(fills) * 1000:.0f} ms")
    print(f"  live update:    {statistics.median(updates) * 1000:.2f} ms")
    print(f"  filter:         {statistics.median(filters) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
