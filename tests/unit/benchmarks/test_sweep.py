"""The sweep's sentences and their known outcomes (benchmarks/sweep.py): which homes are
English, what each generated command must change, and how a plan is judged."""

from __future__ import annotations

from typing import Any

from app.core.home import Home
from benchmarks.sweep import Case, Expected, generate, home_language, judge, run_cases

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


WIDE = Home.from_dict(
    {
        "floors": [{"id": "g", "name": "Ground Floor", "aliases": ["downstairs"]}],
        "areas": [
            {"id": "snug", "name": "Snug", "floor": "g"},
            {"id": "porch", "name": "Porch", "floor": "g"},
        ],
        "entities": [
            {"entity_id": "light.reading", "name": "Reading Lamp", "state": "off", "area": "snug",
             "attributes": {"supported_color_modes": ["brightness"]}},
            {"entity_id": "light.globe", "name": "Globe Lights", "state": "on", "area": "snug",
             "attributes": {"supported_color_modes": ["brightness"], "brightness": 90}},
            {"entity_id": "switch.kettle", "name": "Kettle", "state": "off", "area": "snug"},
            {"entity_id": "switch.heater", "name": "Heater", "state": "on", "area": "porch"},
            {"entity_id": "lock.porch", "name": "Porch Door", "state": "locked", "area": "porch"},
            {"entity_id": "cover.snug", "name": "Bay Curtain", "state": "open", "area": "snug",
             "attributes": {"device_class": "curtain", "current_position": 100}},
            {"entity_id": "fan.snug", "name": "Tower Fan", "state": "off", "area": "snug",
             "attributes": {"supported_features": 1, "percentage": 0}},
            {"entity_id": "climate.snug", "name": "Radiator", "state": "heat", "area": "snug",
             "attributes": {"temperature": 19.5}},
            {"entity_id": "media_player.snug_tv", "name": "Snug Television", "state": "playing",
             "area": "snug", "attributes": {"device_class": "tv"}},
            {"entity_id": "media_player.porch", "name": "Porch Radio", "state": "idle",
             "area": "porch", "attributes": {"device_class": "speaker"}},
            {"entity_id": "switch.plug_2", "name": "Plug 2", "state": "on", "area": "porch"},
        ],
    }
)  # fmt: skip


def _wide(kind: str) -> list[Case]:
    return [c for c in generate(WIDE, "wide") if c.kind == kind]


def test_a_compound_names_each_devices_own_change() -> None:
    cases = _wide("compound")
    assert cases
    for case in cases:
        parts = case.expected.parts or (case.expected,)
        for part in parts:
            assert part.required and part.required <= part.allowed
            assert part.verb in ("on", "off", "lock", "unlock", "open", "close", "set")
    mixed = [c for c in cases if len(c.expected.parts) == 2]
    assert mixed and all(" and " in c.text or ", " in c.text for c in mixed)
    levels = [p for c in cases for p in c.expected.parts if p.verb == "set"]
    assert all(
        p.value is not None and p.allowed <= {"light.reading", "light.globe"} for p in levels
    )


def test_a_follow_up_is_judged_after_the_earlier_line_left_its_states() -> None:
    cases = _wide("followup")
    assert cases and all(len(c.before) == 1 for c in cases)
    for case in cases:
        ((_, states),) = case.before
        (done_id, _) = states[0]
        if case.text.startswith(("now ", "turn it", "switch it", "lock it", "close it", "open it")):
            # The device just commanded, back the other way.
            assert case.expected.allowed == {done_id}
    levels = [c for c in cases if c.expected.verb == "set"]
    assert levels and all(c.before[0][1] == (("light.reading", "on"),) for c in levels)


def test_players_by_kind_and_room_and_the_one_playing_for_a_bare_pause() -> None:
    cases = {c.text: c.expected for c in _wide("media")}
    tv = [e for t, e in cases.items() if "tv in the snug" in t or "snug tv" in t]
    assert tv and all(e.verb == "pause" and e.allowed == {"media_player.snug_tv"} for e in tv)
    radio = [e for t, e in cases.items() if "speaker" in t]
    assert radio and all(e.verb == "off" for e in radio)  # idle: turned off, not paused
    bare = [e for t, e in cases.items() if "the" not in t.split()[1:2] and "tv" not in t]
    assert any(e.allowed == {"media_player.snug_tv"} for e in bare)


def test_covers_of_a_kind_on_a_floor_and_in_the_whole_home() -> None:
    texts = {c.text: c.expected for c in _wide("cover_place")}
    assert texts["close the curtains downstairs"].required == {"cover.snug"}
    assert texts["close all the curtains"].allowed == {"cover.snug"}


def test_settings_carry_their_number_and_brighter_the_lights_that_are_on() -> None:
    cases = _wide("setting")
    by_target = {next(iter(c.expected.allowed)): c.expected for c in cases if c.expected.value}
    assert by_target["climate.snug"].value == 21  # 19.5 rounded, one degree up
    assert {"light.reading", "light.globe", "fan.snug", "cover.snug"} <= set(by_target)
    brighter = [c.expected for c in cases if c.expected.verb == "brighter"]
    assert brighter == [Expected("brighter", frozenset({"light.globe"}),
                                 frozenset({"light.globe", "light.reading"}))]  # fmt: skip


def test_questions_must_change_nothing() -> None:
    cases = _wide("question")
    assert len(cases) >= 6
    assert all(c.expected == Expected() and c.text.split()[0] in ("is", "what", "what's", "how")
               for c in cases)  # fmt: skip
    changed = {"steps": [{"action": "switch.turn_on", "targets": ["switch.kettle"]}]}
    assert judge(Expected(), changed, unasked=True) == "wrong"
    read = {"steps": [{"action": "state.get", "targets": ["switch.kettle"], "read_only": True}]}
    assert judge(Expected(), read, unasked=True) == "right"


def test_a_name_said_in_the_other_number_or_with_its_number_as_a_word() -> None:
    texts = {c.text: c.expected.allowed for c in _wide("variant")}
    assert [a for t, a in texts.items() if "globe light" in t] == [frozenset({"light.globe"})]
    assert [a for t, a in texts.items() if "plug two" in t] == [frozenset({"switch.plug_2"})]


def test_a_compound_is_right_only_when_every_part_is_done_and_nothing_else() -> None:
    want = Expected(parts=(
        Expected("off", frozenset({"switch.heater"}), frozenset({"switch.heater"})),
        Expected("set", frozenset({"light.reading"}), frozenset({"light.reading"}), value=30.0),
    ))  # fmt: skip
    off = ("switch.turn_off", ["switch.heater"])
    assert judge(want, _plan(off), True) == "wrong"  # the level is missing
    level = {
        "action": "light.turn_on",
        "targets": ["light.reading"],
        "params": {"brightness_pct": 30},
    }
    both = {"steps": [{"action": off[0], "targets": off[1]}, level]}
    assert judge(want, both, True) == "right"
    level40 = {**level, "params": {"brightness_pct": 40}}
    assert judge(want, {"steps": [both["steps"][0], level40]}, True) == "wrong"


def test_an_earlier_line_leaves_its_states_for_the_next_and_they_are_put_back() -> None:
    home = Home.from_dict(WIDE.to_dict())
    kettle = frozenset({"switch.kettle"})
    opening = ("turn on the kettle", (("switch.kettle", "on"),))
    case = Case("wide", "followup", "now off", Expected("off", kettle, kettle), before=(opening,))
    (result,) = run_cases([case], {"wide": home})
    assert result.outcome == "right", result.plan
    assert home.entities["switch.kettle"].state == "off"
