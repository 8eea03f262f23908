"""The sweep's sentences and their known outcomes (benchmarks/sweep.py): which homes are
English, what each generated command must change, and how a plan is judged."""

from __future__ import annotations

from typing import Any

from app.core.home import Home
from benchmarks.sweep import Case, Expected, generate, home_language, judge

HOME = Home.from_dict(
    {
        "floors": [
            {"id": "down", "name": "Ground Floor", "aliases": ["downstairs"]},
            {"id": "up", "name": "First Floor", "aliases": ["upstairs"]},
            {"id": "cellar", "name": "Cellar"},
        ],
        "areas": [
            {"id": "den", "name": "Den", "floor": "down"},
            {"id": "loft", "name": "Loft", "floor": "up"},
            {"id": "vault", "name": "Cellar", "floor": "cellar"},
        ],
        "entities": [
            {"entity_id": "light.den_a", "name": "Den Lamp", "state": "on", "area": "den"},
            {"entity_id": "light.den_b", "name": "Arc Light", "state": "off", "area": "den"},
            {"entity_id": "switch.den_fridge", "name": "Beer Fridge", "state": "on", "area": "den"},
            {"entity_id": "light.loft", "name": "Loft Light", "state": "on", "area": "loft"},
            {"entity_id": "light.desk_1", "name": "Desk Lamp", "state": "on", "area": "den"},
            {"entity_id": "light.desk_2", "name": "Desk Lamp", "state": "on", "area": "loft"},
            {"entity_id": "cover.loft_blind", "name": "Skylight Blind", "state": "open",
             "area": "loft"},
            {"entity_id": "lock.front", "name": "Front Door", "state": "locked", "area": "den"},
        ],
    }
)  # fmt: skip


def _cases(kind: str) -> dict[tuple[str, str | None], Case]:
    return {(c.text, c.area): c for c in generate(HOME, "test") if c.kind == kind}


def test_a_home_named_after_another_languages_corpus_is_not_english() -> None:
    assert home_language("blind6_de_altbau") == "de"
    assert home_language("blind16da_villa") == "da"
    assert home_language("blind10_en_prairie") == "en"
    assert home_language("blind5_altbau") == "en"  # an English corpus's German-style house
    assert home_language("cottage") == "en"


def test_a_device_is_commanded_towards_the_state_it_is_not_in() -> None:
    names = _cases("name")
    by_target = {next(iter(c.expected.allowed)): c for c in names.values()}
    assert by_target["light.den_a"].expected.verb == "off"
    assert by_target["light.den_b"].expected.verb == "on"
    assert by_target["cover.loft_blind"].expected.verb == "close"
    assert by_target["lock.front"].expected.verb == "unlock"
    # A name two devices carry is never commanded as one device.
    assert all("desk lamp" not in text for text, _ in names)


def test_a_shared_name_is_asked_about_unless_this_rooms_one_decides() -> None:
    shared = [c for c in generate(HOME, "test") if c.kind == "shared"]
    asked = [c for c in shared if c.area is None]
    assert len(asked) == 1 and asked[0].expected.ask
    here = {c.area: c.expected.allowed for c in shared if c.area is not None}
    assert here == {"den": frozenset({"light.desk_1"}), "loft": frozenset({"light.desk_2"})}


def test_a_floor_is_its_rooms_devices_and_everything_leaves_switches_optional() -> None:
    places = {c.text: c.expected for c in generate(HOME, "test") if c.kind == "place"}
    upstairs = [e for t, e in places.items() if "upstairs" in t or "first floor" in t]
    assert upstairs and all(e.required == {"light.loft", "light.desk_2"} for e in upstairs)
    den_all = [e for t, e in places.items() if "everything" in t and "den" in t]
    assert den_all, places
    assert "switch.den_fridge" in den_all[0].allowed
    assert "switch.den_fridge" not in den_all[0].required
    # "Cellar" is a room and a floor: either reading is right, so the floor form is not made.
    assert not any(t.endswith("on the cellar") for t in places)


def test_a_rooms_kind_in_the_plural_is_every_one_of_that_kind_there() -> None:
    kinds = {c.text: c.expected for c in generate(HOME, "test") if c.kind == "kind_area"}
    plural = [e for t, e in kinds.items() if "den lights" in t or "lights in the den" in t]
    assert plural
    assert plural[0].allowed == {"light.den_a", "light.den_b", "light.desk_1"}
    assert plural[0].required == {"light.den_a", "light.desk_1"}  # "off": those on


def _plan(*steps: tuple[str, list[str]], **rest: Any) -> dict[str, Any]:
    return {"steps": [{"action": a, "targets": t} for a, t in steps], **rest}


def test_a_plan_is_judged_by_its_targets_and_its_action() -> None:
    want = Expected("off", frozenset({"light.a"}), frozenset({"light.a", "light.b"}))
    assert judge(want, _plan(("light.turn_off", ["light.a"])), unasked=True) == "right"
    assert judge(want, _plan(("light.turn_off", ["light.a", "light.b"])), True) == "right"
    assert judge(want, _plan(("light.turn_off", ["light.a", "light.c"])), True) == "wrong"
    assert judge(want, _plan(("light.turn_on", ["light.a"])), True) == "wrong"
    assert judge(want, _plan(("light.turn_off", ["light.c"])), unasked=False) == "asked"
    assert judge(want, _plan(error={"code": "ambiguous"}), True) == "asked"
    assert judge(want, _plan(error={"code": "not_understood"}), True) == "none"


def test_a_case_that_must_be_asked_about_is_wrong_when_anything_runs_unasked() -> None:
    ask = Expected(ask=True)
    assert judge(ask, _plan(error={"code": "ambiguous"}), True) == "right"
    assert judge(ask, _plan(reply="Which one do you mean?"), True) == "right"
    assert judge(ask, _plan(("light.turn_off", ["light.a"])), True) == "wrong"
    assert judge(ask, _plan(("light.turn_off", ["light.a"])), False) == "asked"
    assert judge(ask, _plan(reply="Done."), True) == "none"
