"""English device commands of the twentieth session's second helper (issue 12), each mechanism
on a small home of its own: "her" and "his" for the room whose other name they start ("her
studio" for Studio A, also "Ada's studio"); "in both studios" for Studio A and Studio B; "and in
<room>" after a command; "in there" in a follow-up; the switch of a hot water tank by its kind;
a night light kept on for someone asleep; "cancel it, <remark>" about a timer, not an event."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.core.context import Conversation
from app.core.plan import ErrorCode
from app.understanding.planner import Planner
from tests.helpers.small_homes import acts, device, english_planner, steps_of

_DIMMABLE = {"supported_color_modes": ["brightness"], "color_mode": None}


def _studios() -> Planner:
    areas: list[dict[str, Any]] = [
        {"id": "studio_a", "name": "Studio A", "aliases": ["her studio", "ada's studio"]},
        {"id": "studio_b", "name": "Studio B", "aliases": ["his studio", "ben's studio"]},
        {"id": "den", "name": "Den"},
    ]
    return english_planner(
        [
            device("light.a_reading", "Reading Lamp", "off", "studio_a", **_DIMMABLE),
            device("light.b_reading", "Reading Lamp", "off", "studio_b", **_DIMMABLE),
            device("switch.a_kiln", "Kiln", "on", "studio_a"),
            device("switch.b_kiln", "Kiln", "on", "studio_b"),
            device("fan.a_fan", "Fan", "off", "studio_a"),
            device("fan.b_fan", "Fan", "off", "studio_b"),
            device("light.den_lamp", "Lamp", "off", "den", **_DIMMABLE),
            device("light.den_spot", "Spot", "off", "den", **_DIMMABLE),
        ],
        areas,
    )


def test_her_and_his_are_the_owners_of_the_rooms_called_so() -> None:
    planner = _studios()
    assert steps_of(planner.plan("her reading lamp to 30")) == [
        ("light.turn_on", ["light.a_reading"], {"brightness_pct": 30})
    ]
    assert acts(planner.plan("switch off his kiln")) == [("switch.turn_off", ["switch.b_kiln"])]


def test_her_beside_someone_elses_name_is_no_rooms_owner() -> None:
    plan = _studios().plan("gran's visiting, turn on her reading lamp")
    assert not plan.steps or plan.needs_confirmation or plan.error is not None
    assert not any("light.a_reading" in s.targets for s in plan.steps if not plan.error)


def test_a_pronoun_two_rooms_start_with_places_nothing() -> None:
    planner = english_planner(
        [
            device("light.a_reading", "Reading Lamp", "off", "a", **_DIMMABLE),
            device("light.b_reading", "Reading Lamp", "off", "b", **_DIMMABLE),
        ],
        [
            {"id": "a", "name": "Room A", "aliases": ["her room", "ada's room"]},
            {"id": "b", "name": "Room B", "aliases": ["her den", "eve's room"]},
        ],
    )
    plan = planner.plan("turn on her reading lamp")
    assert not plan.steps or plan.needs_confirmation or plan.error is not None


def test_both_rooms_numbered_alike_are_each_of_them() -> None:
    planner = _studios()
    plan = planner.plan("turn off the kilns in both studios")
    assert acts(plan) == [
        ("switch.turn_off", ["switch.a_kiln"]),
        ("switch.turn_off", ["switch.b_kiln"]),
    ]
    plan = planner.plan("turn on the fans in all the studios")
    assert sorted(t for s in plan.steps for t in s.targets) == ["fan.a_fan", "fan.b_fan"]


def test_both_is_never_three_rooms() -> None:
    planner = english_planner(
        [device(f"fan.s{n}", "Fan", "off", f"s{n}") for n in (1, 2, 3)],
        [{"id": f"s{n}", "name": f"Suite {n}"} for n in (1, 2, 3)],
    )
    plan = planner.plan("turn on the fans in both suites")
    assert len({t for s in plan.steps for t in s.targets}) != 2 or plan.needs_confirmation


def test_and_in_a_room_after_a_command_is_the_same_command_there() -> None:
    planner = _studios()
    talk = Conversation("rooms")
    assert acts(planner.plan("turn on the fan in studio b", conversation=talk)) == [
        ("fan.turn_on", ["fan.b_fan"])
    ]
    assert acts(planner.plan("and in studio a", conversation=talk)) == [
        ("fan.turn_on", ["fan.a_fan"])
    ]


def test_in_there_in_a_follow_up_is_the_room_just_acted_on() -> None:
    planner = _studios()
    talk = Conversation("there")
    planner.plan("den lamp to 35", conversation=talk)
    assert steps_of(planner.plan("and the spot in there too", conversation=talk)) == [
        ("light.turn_on", ["light.den_spot"], {"brightness_pct": 35})
    ]


def test_a_hot_water_switch_is_said_by_its_kind() -> None:
    planner = english_planner(
        [
            device("switch.cylinder", "Immersion Heater", "off", "airing"),
            device("switch.kettle", "Kettle", "off", "kitchen"),
        ],
        [{"id": "airing", "name": "Airing Cupboard"}, {"id": "kitchen", "name": "Kitchen"}],
    )
    assert acts(planner.plan("switch the immersion on")) == [
        ("switch.turn_on", ["switch.cylinder"])
    ]
    assert acts(planner.plan("turn off the hot water")) == [
        ("switch.turn_off", ["switch.cylinder"])
    ]


def _nursery(*lights: tuple[str, str]) -> Planner:
    return english_planner(
        [device(eid, name, "on", "rosas_room", **_DIMMABLE) for eid, name in lights],
        [{"id": "rosas_room", "name": "Rosa's Room"}],
    )


def test_someone_asleep_never_puts_out_the_night_light_alone() -> None:
    plan = _nursery(("light.glow", "Night Light")).plan("rosa is fast asleep")
    assert not any(s.action == "light.turn_off" for s in plan.steps)
    assert plan.error is not None


def test_someone_asleep_puts_out_the_rooms_other_light() -> None:
    plan = _nursery(("light.glow", "Night Light"), ("light.top", "Ceiling Light")).plan(
        "rosa is fast asleep"
    )
    assert acts(plan) == [("light.turn_off", ["light.top"])]


def test_cancel_it_with_a_remark_after_a_timer_cancels_the_timer() -> None:
    planner = english_planner(
        [device("light.hob", "Hob Light", "off", "galley")], [{"id": "galley", "name": "Galley"}]
    )
    talk = Conversation("pizza")
    now = dt.datetime(2026, 5, 2, 18, 0, tzinfo=dt.UTC)
    planner.plan("pizza timer 12 minutes", conversation=talk, now=now)
    plan = planner.plan("cancel it, the pizza's out", conversation=talk, now=now)
    assert [s.action for s in plan.steps] == ["timer.cancel"]
    assert plan.error is None or plan.error.code is not ErrorCode.NOT_UNDERSTOOD


def _tenants() -> Planner:
    return english_planner(
        [
            device("light.kay_lamp", "Desk Lamp", "off", "kays_room", **_DIMMABLE),
            device("light.lou_lamp", "Desk Lamp", "off", "lous_room", **_DIMMABLE),
            device("light.hall", "Hall Light", "off", "hall", **_DIMMABLE),
        ],
        [
            {"id": "kays_room", "name": "Kay's Room"},
            {"id": "lous_room", "name": "Lou's Room"},
            {"id": "hall", "name": "Hall"},
        ],
    )


def test_the_bedroom_among_the_peoples_rooms_is_asked_about() -> None:
    plan = _tenants().plan("switch the lights on in the bedroom")
    assert not plan.steps
    assert plan.error is not None and plan.error.code is ErrorCode.AMBIGUOUS
    assert "Kay's Room" in (plan.reply or "") and "Lou's Room" in (plan.reply or "")


def test_a_word_several_rooms_end_in_is_asked_about() -> None:
    planner = english_planner(
        [
            device("fan.upper", "Fan", "off", "upper_loft"),
            device("fan.lower", "Fan", "off", "lower_loft"),
        ],
        [
            {"id": "upper_loft", "name": "Upper Loft"},
            {"id": "lower_loft", "name": "Lower Loft"},
        ],
    )
    plan = planner.plan("turn the fan off in the loft")
    assert not plan.steps
    assert plan.error is not None and plan.error.code is ErrorCode.AMBIGUOUS
    assert "Upper Loft" in (plan.reply or "") and "Lower Loft" in (plan.reply or "")


def test_a_room_the_home_has_is_no_question() -> None:
    assert acts(_tenants().plan("turn on the light in the hall")) == [
        ("light.turn_on", ["light.hall"])
    ]
