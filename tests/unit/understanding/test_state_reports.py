"""A clause that reports a device's state is not a command to put it in that state (issue 12,
safety): beside a complaint or a wish it asks for the change of that state, asked first;
said alone it is answered, never acted on (app/understanding/state_reports.py). Too much sun
in a room is glare, never darkness (resources/sentences/en/conditions.yaml)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.understanding.state_reports import load_state_reports
from tests.helpers.small_homes import confirmed, device, english_planner, reads

_PLAYER = {"supported_features": 152463}
_COVER = {"supported_features": 15, "current_position": 0, "device_class": "window"}


def _home() -> Any:
    return english_planner(
        [
            device("cover.loft_hatch", "Loft Hatch", "closed", "loft", **_COVER),
            device("media_player.den_tv", "Den TV", "paused", "den", **_PLAYER),
            device("light.den_lamp", "Den Lamp", "on", "den", supported_color_modes=["onoff"]),
            device("fan.loft_fan", "Loft Fan", "off", "loft"),
            device("switch.kettle", "Kettle", "on", "galley"),
        ],
        [
            {"id": "loft", "name": "Loft"},
            {"id": "den", "name": "Den"},
            {"id": "galley", "name": "Galley"},
        ],
    )


def _changes(plan: Any) -> list[str]:
    return [s.action for s in plan.steps if not s.read_only]


@pytest.mark.parametrize(
    ("said", "state"),
    [
        ("the hatch has been shut since breakfast", "shut"),
        ("the den tv's on pause", "on pause"),
        ("our lamp is still on in the den", "on"),
        ("my kettle's been left on again", "on"),
        ("the hatch's wide open", "wide open"),
    ],
)
def test_a_clause_that_reports_a_state_is_read_as_one(said: str, state: str) -> None:
    data = load_state_reports("en")
    assert data is not None
    reported = data.read(said)
    assert reported is not None
    assert [r.state for r in reported.reports] == [state]
    assert not reported.remarks


@pytest.mark.parametrize(
    "said",
    ["shut the hatch", "turn the den lamp on", "leave the lamp on", "the sun's on my desk"],
)
def test_a_command_or_a_remark_about_no_device_state_is_no_report(said: str) -> None:
    data = load_state_reports("en")
    assert data is not None
    assert data.read(said) is None


def test_a_report_beside_a_complaint_asks_to_change_that_state() -> None:
    plan = _home().plan("it's so close up in the loft, the hatch has been shut since breakfast")
    assert confirmed(plan) == [("cover.open_cover", ["cover.loft_hatch"])]
    assert plan.reply is not None and "Left out" in plan.reply


def test_a_paused_player_reported_beside_a_wish_is_asked_to_play() -> None:
    plan = _home().plan("the quiz is starting in a minute and the den tv's on pause")
    assert confirmed(plan) == [("media_player.media_play", ["media_player.den_tv"])]


def test_a_state_reported_alone_is_answered_never_acted_on() -> None:
    planner = _home()
    for said, target in [
        ("the den tv's on pause", "media_player.den_tv"),
        ("the den lamp is on", "light.den_lamp"),
        ("the loft hatch is shut", "cover.loft_hatch"),
        ("the kettle's on", "switch.kettle"),
    ]:
        plan = planner.plan(said)
        assert reads(plan) == [target], said
        assert not _changes(plan), said


def test_two_reports_alone_are_both_answered() -> None:
    plan = _home().plan("the den lamp is on and the kettle's on")
    assert reads(plan) == ["light.den_lamp", "switch.kettle"]


def test_a_report_of_nothing_the_home_has_leaves_the_sentence_as_said() -> None:
    plan = _home().plan("the quiz show's on, put the den tv on")
    assert [s.action for s in plan.steps] != ["media_player.turn_off"]
    assert all(s.action != "media_player.turn_off" for s in plan.steps)


def test_a_locked_door_reported_is_never_unlocked() -> None:
    planner = english_planner(
        [device("lock.side_gate", "Side Gate", "locked", "yard")], [{"id": "yard", "name": "Yard"}]
    )
    plan = planner.plan("it's chilly out, the side gate's locked")
    assert all(s.action != "lock.unlock" for s in plan.steps)


def _sunny_room() -> Any:
    return english_planner(
        [
            device("cover.attic_blind", "Attic Blind", "open", "attic", **_COVER),
            device("light.attic", "Attic Light", "on", "attic", supported_color_modes=["onoff"]),
        ],
        [{"id": "attic", "name": "Attic"}],
    )


def test_too_much_sun_by_day_shuts_it_out_and_is_no_darkness() -> None:
    noon = dt.datetime(2026, 7, 2, 13, 0, tzinfo=dt.UTC)
    plan = _sunny_room().plan("far too much sunshine in the attic, I can't see my screen", now=noon)
    assert [(s.action, s.targets) for s in plan.steps] == [
        ("cover.close_cover", ["cover.attic_blind"])
    ]


def test_too_much_sun_at_night_changes_no_light() -> None:
    night = dt.datetime(2026, 7, 2, 23, 30, tzinfo=dt.UTC)
    plan = _sunny_room().plan("so much sun in the attic", now=night)
    assert not [s for s in plan.steps if not s.read_only]


#: A reported state, said of a device of each domain, and what would put it in that state.
_SAME = {
    "light": {"on": "light.turn_on", "off": "light.turn_off"},
    "switch": {"on": "switch.turn_on", "off": "switch.turn_off"},
    "media_player": {"paused": "media_player.media_pause", "on pause": "media_player.media_pause"},
    "cover": {"open": "cover.open_cover", "shut": "cover.close_cover"},
    "lock": {"locked": "lock.lock", "unlocked": "lock.unlock"},
}
_FORMS = ("the {name} is {state}", "it's late and the {name}'s still {state}")


def test_no_device_reported_in_a_state_is_put_in_it_unasked() -> None:
    """Generated over a home of the benchmarks: a state reported of each device of a kind
    that has states, alone or beside a remark, never runs that same state unasked."""
    from pathlib import Path

    from app.core.home import Home
    from app.understanding import Planner

    home = Home.load(Path("benchmarks/homes/blind19_bungalow.yaml"))
    planner = Planner(home, "en")
    checked = 0
    for entity in home.exposed():
        for state, same in _SAME.get(entity.domain, {}).items():
            for form in _FORMS:
                said = form.format(name=entity.name.lower(), state=state)
                plan = planner.plan(said)
                again = [
                    s.action
                    for s in plan.steps
                    if s.action == same and entity.entity_id in s.targets
                ]
                assert not again or plan.needs_confirmation, (said, again)
                checked += 1
    assert checked > 20
