"""A plan depends on the sentence, the home as it is now and the conversation, never on what
was planned before it, on which home was loaded earlier at the same path, or on an object
that happened to get a freed one's id: the caches behind the planner are keyed by what they
were made from."""

from __future__ import annotations

import copy
import dataclasses
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
import yaml

from app.bootstrap import demo_home_source
from app.cli.batch import BatchPlanner, plan_line
from app.core.home import Home
from app.understanding import Planner, question_data, question_followups, question_reading

NOW = "2026-03-04T19:30:00+00:00"
#: Commands, questions, names the home lacks (said back), misspellings, a compound.
SENTENCES = (
    "turn on the desk lamp",
    "turn on the reading lamp",
    "dim the sofa lamp to 30 percent",
    "switch off the kitchen light",
    "turn on the cooker light",
    "turn on the pool light",
    "is the front door locked",
    "what's the temperature in the bedroom",
    "turn off the lights in the office and lock the back door",
    "turn on the dsk lamp",
    "how many lights are on",
    "close the garage door",
    "what's the weather tomorrow",
    "turn on the hot tub",
)


def _demo() -> dict[str, Any]:
    data = yaml.safe_load(demo_home_source().read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _renamed(data: dict[str, Any], names: dict[str, str | None]) -> dict[str, Any]:
    """*data* with the entities of *names* renamed (None: removed)."""
    out = copy.deepcopy(data)
    kept = []
    for entity in out["entities"]:
        new = names.get(entity["entity_id"], entity.get("name"))
        if new is None:
            continue
        entity["name"] = new
        kept.append(entity)
    out["entities"] = kept
    return out


#: The demo home as a refresh might bring it: a lamp renamed (the name as long as before, so
#: the file keeps its size), another renamed, one gone.
OTHER = {
    "light.desk_lamp": "Work Lamp",
    "light.kitchen_ceiling": "Cooker Light",
    "light.sofa_lamp": None,
}


def _write(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False) + "\n", encoding="utf-8")


def _plans(batch: BatchPlanner, path: Path, texts: Iterable[str]) -> dict[str, dict[str, Any]]:
    out = {}
    for text in texts:
        plan = plan_line(batch, {"text": text, "home": str(path), "now": NOW})
        plan.pop("elapsed_ms", None)
        out[text] = plan
    return out


def _targets(plan: dict[str, Any]) -> list[str]:
    return [t for step in plan["steps"] for t in step.get("targets") or []]


# -- the batch planner: one home per path, as the file holds it now ---------------------------


def test_the_same_sentences_in_two_orders_give_the_same_plans(tmp_path: Path) -> None:
    first, second = tmp_path / "demo.json", tmp_path / "other.json"
    _write(first, _demo())
    _write(second, _renamed(_demo(), OTHER))
    lines = [(path, text) for text in SENTENCES for path in (first, second)]

    def run(order: list[tuple[Path, str]]) -> dict[tuple[Path, str], dict[str, Any]]:
        batch = BatchPlanner()
        return {(p, t): _plans(batch, p, [t])[t] for p, t in order}

    forward = run(lines)
    backward = run(lines[::-1])
    assert forward == backward
    # The two homes differ where their names do, so the comparison above says something.
    assert _targets(forward[(first, "turn on the desk lamp")]) == ["light.desk_lamp"]
    assert _targets(forward[(second, "turn on the desk lamp")]) == []


def test_a_home_rewritten_at_the_same_path_is_planned_on_its_new_content(tmp_path: Path) -> None:
    path = tmp_path / "home.json"
    _write(path, _demo())
    batch = BatchPlanner()
    before = _plans(batch, path, SENTENCES)
    _write(path, _renamed(_demo(), OTHER))
    after = _plans(batch, path, SENTENCES)
    fresh = _plans(BatchPlanner(), path, SENTENCES)
    assert after == fresh
    assert after != before


def test_a_renamed_device_is_planned_by_its_new_name_right_after_the_refresh(
    tmp_path: Path,
) -> None:
    # Written in place within the same moment, the same size and inode: the file's stamp alone
    # cannot tell the refresh from the old file, its content does.
    path = tmp_path / "home.json"
    _write(path, _demo())
    batch = BatchPlanner()
    assert _targets(_plans(batch, path, ["turn on the desk lamp"])["turn on the desk lamp"]) == [
        "light.desk_lamp"
    ]
    stat = path.stat()
    renamed = _renamed(_demo(), {"light.desk_lamp": "Work Lamp"})
    with path.open("r+", encoding="utf-8") as f:
        f.write(json.dumps(renamed, ensure_ascii=False) + "\n")
        f.truncate()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_ino) == (stat.st_size, stat.st_ino)

    plans = _plans(batch, path, ["turn on the work lamp", "turn on the desk lamp"])
    assert _targets(plans["turn on the work lamp"]) == ["light.desk_lamp"]
    assert plans["turn on the desk lamp"]["steps"] == []
    assert plans["turn on the desk lamp"]["error"] is not None


def test_an_unchanged_snapshot_is_loaded_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "home.json"
    _write(path, _demo())
    loads: list[Path] = []
    build = Home.from_bytes

    def counted(raw: bytes, source: Path) -> Home:
        loads.append(Path(source))
        return build(raw, source)

    monkeypatch.setattr(Home, "from_bytes", staticmethod(counted))
    batch = BatchPlanner()
    first = _plans(batch, path, SENTENCES[:4])
    again = _plans(batch, path, SENTENCES[:4])
    assert first == again
    assert loads == [path]


def test_a_snapshot_gone_since_is_an_error_not_the_old_home(tmp_path: Path) -> None:
    path = tmp_path / "home.json"
    _write(path, _demo())
    batch = BatchPlanner()
    _plans(batch, path, ["turn on the desk lamp"])
    path.unlink()
    plan = _plans(batch, path, ["turn on the desk lamp"])["turn on the desk lamp"]
    assert plan["steps"] == []
    assert plan["error"]["code"] == "bad_request"
    assert "home.json" in plan["error"]["message"]


# -- the planner: one home object, its names changed in place ----------------------------------


def test_a_home_renamed_in_place_is_planned_as_a_new_planner_would() -> None:
    home = Home.load(demo_home_source())
    planner = Planner(home, "en")
    for text in SENTENCES:
        planner.plan(text)
    home.entities["light.desk_lamp"].name = "Work Lamp"
    home.entities["light.kitchen_ceiling"].name = "Cooker Light"
    home.revision += 1

    def plans(p: Planner) -> list[dict[str, Any]]:
        out = []
        for text in (*SENTENCES, "turn on the work lamp"):
            plan = p.plan(text).to_json()
            plan.pop("elapsed_ms", None)
            plan.pop("now", None)
            out.append(plan)
        return out

    kept = plans(planner)
    assert kept == plans(Planner(home, "en"))
    assert _targets(kept[-1]) == ["light.desk_lamp"]
    assert kept[0]["steps"] == []  # "desk lamp" is no name any more


# -- caches by id(): an object made later may take a freed one's id -----------------------------


def same_id(monkeypatch: pytest.MonkeyPatch, module: object) -> None:
    """Every object has one id in *module* (as two objects do when the first was freed)."""
    same: Callable[[object], int] = lambda _: 1  # noqa: E731
    monkeypatch.setattr(module, "id", same, raising=False)


def test_question_words_belong_to_the_data_they_were_read_from(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = question_data.load_questions("en")
    assert data is not None
    same_id(monkeypatch, question_reading)
    assert "long" in question_reading.asking_words(data)
    assert "tomorrow" in question_followups._day_words(data)
    other = dataclasses.replace(data, attributes=(), forecast_days={}, forecast_spans={})
    assert question_reading.asking_words(other) == frozenset()
    assert question_followups._day_words(other) == frozenset(data.weekdays)
    assert "long" in question_reading.asking_words(data)


def test_an_unknown_name_is_said_back_from_the_planners_own_home(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.understanding import unknown

    same_id(monkeypatch, unknown)
    demo = Home.load(demo_home_source())
    other = Home.from_dict(_renamed(_demo(), OTHER))
    one, two = Planner(demo, "en"), Planner(other, "en")
    for _ in range(2):
        # Each planner reads unknown words with its own home's lexicon: "cooker" is none of
        # the demo home's words, "desk" none of the other's (with the demo home's lexicon the
        # other would not say "desk" back: it would ask which of its lights was meant).
        assert one.plan("turn on the cooker light").to_json()["error"] is None
        plan = two.plan("turn on the desk lamp").to_json()
        assert plan["steps"] == []
        assert plan["error"]["code"] == "no_target"
        assert "'desk'" in plan["error"]["message"]
