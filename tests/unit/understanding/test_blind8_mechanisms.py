"""The eighth corpus's wrong actions (issue 12), each mechanism on homes of its own: a Home
Assistant timer helper known by its entity id's words, several items added to a list at once,
"my calendar" as the calendar of the one person who has one, a heated throw for someone cold
on the sofa, and an awning put out or brought in."""

from __future__ import annotations

from typing import Any

from tests.helpers.small_homes import device, english_planner, steps_of

_entity = device
_planner = english_planner
_steps = steps_of


# --- timer helpers ------------------------------------------------------------------------

KILN = _planner([_entity("timer.kiln", "Pottery oven", "idle", duration="1:00:00")])


def test_a_timer_helper_is_known_by_its_entity_ids_words() -> None:
    assert _steps(KILN.plan("start the kiln timer")) == [("timer.start", ["timer.kiln"], {})]
    assert _steps(KILN.plan("pause the kiln timer")) == [("timer.pause", ["timer.kiln"], {})]
    assert _steps(KILN.plan("start the kiln timer for 20 minutes")) == [
        ("timer.start", ["timer.kiln"], {"duration": "00:20:00"})
    ]


def test_a_name_no_helper_has_is_still_hearths_own_timer() -> None:
    assert _steps(KILN.plan("start the pasta timer")) == [("timer.resume", [], {"name": "pasta"})]


# --- to-do items --------------------------------------------------------------------------

LISTS = _planner(
    [
        _entity("todo.hardware", "Hardware run", "0"),
        _entity(
            "todo.groceries",
            "Groceries",
            "1",
            items=[
                {"summary": "rhubarb and custard", "status": "needs_action"},
                {"summary": "oats", "status": "completed"},
            ],
        ),
    ]
)


def _adds(text: str) -> list[str]:
    steps = _steps(LISTS.plan(text))
    assert all(action == "todo.add_item" for action, _, _ in steps), steps
    return [params["item"] for _, _, params in steps]


def test_two_short_items_said_together_are_two_items() -> None:
    assert _adds("add nails and glue to the hardware run list") == ["nails", "glue"]
    assert _adds("put some screws and a hinge on the hardware run list") == ["screws", "hinge"]


def test_a_known_dish_or_an_item_the_list_has_stays_whole() -> None:
    assert _adds("add fish and chips to the groceries list") == ["fish and chips"]
    assert _adds("add mac and cheese to the hardware run list") == ["mac and cheese"]
    # the list already has it under that name
    assert _adds("add rhubarb and custard to the groceries list") == ["rhubarb and custard"]


def test_a_long_part_keeps_the_item_as_said() -> None:
    assert _adds("add a big tin of red paint and brushes to the hardware run list") == [
        "big tin of red paint and brushes"
    ]


# --- my calendar --------------------------------------------------------------------------


def _calendar_of(entities: list[dict[str, Any]], text: str) -> list[str]:
    steps = _steps(_planner(entities).plan(text))
    assert [a for a, _, _ in steps] == ["calendar.create_event"], steps
    return steps[0][1]


_SAID = "add the dentist on Friday at 10 to my calendar"


def test_my_calendar_is_the_one_of_the_person_who_has_one() -> None:
    home = [
        _entity("calendar.priya", "Priya"),
        _entity("calendar.recycling", "Recycling"),
        _entity("person.priya", "Priya Shah", "home"),
        _entity("person.tom", "Tom", "home"),
    ]
    assert _calendar_of(home, _SAID) == ["calendar.priya"]
    # not said as the speaker's own: Hearth's calendar, as for any event
    assert _calendar_of(home, "add the dentist on Friday at 10 to the calendar") == [
        "calendar.hearth"
    ]


def test_my_calendar_with_a_possessive_name_in_a_home_without_people() -> None:
    home = [_entity("calendar.kim", "Kim's"), _entity("calendar.helpers", "Helpers'")]
    assert _calendar_of(home, _SAID) == ["calendar.kim"]


def test_two_people_with_calendars_leave_the_speaker_unknown() -> None:
    home = [
        _entity("calendar.priya", "Priya"),
        _entity("calendar.tom", "Tom"),
        _entity("person.priya", "Priya", "home"),
        _entity("person.tom", "Tom", "home"),
    ]
    assert _calendar_of(home, _SAID) == ["calendar.hearth"]
    assert _calendar_of([_entity("calendar.a", "Kim's"), _entity("calendar.b", "Jo's")], _SAID) == [
        "calendar.hearth"
    ]


# --- cold on the sofa ---------------------------------------------------------------------

LOUNGE = _planner(
    [
        _entity("switch.sofa_throw", "Electric throw", area="lounge"),
        _entity(
            "climate.house",
            "House",
            "heat",
            temperature=20,
            current_temperature=19,
            hvac_modes=["off", "heat"],
        ),
    ],
    [{"id": "lounge", "name": "Lounge"}],
)


def test_cold_where_one_sits_turns_on_the_heated_throw() -> None:
    on: list[tuple[str, list[str], dict[str, Any]]] = [
        ("switch.turn_on", ["switch.sofa_throw"], {})
    ]
    assert _steps(LOUNGE.plan("my legs are freezing on the couch")) == on
    assert _steps(LOUNGE.plan("it's chilly on the settee")) == on


def test_cold_elsewhere_is_still_the_heating_by_one_degree() -> None:
    assert _steps(LOUNGE.plan("I'm shivering")) == [
        ("climate.set_temperature", ["climate.house"], {"temperature": 21})
    ]


# --- awnings ------------------------------------------------------------------------------

PATIO = _planner(
    [
        _entity("cover.patio_awning", "Patio awning", "closed", device_class="awning"),
        _entity("cover.study_blind", "Study blind", "open", device_class="blind"),
    ]
)


def test_an_awning_out_is_open_and_in_is_closed() -> None:
    assert _steps(PATIO.plan("patio awning out")) == [
        ("cover.open_cover", ["cover.patio_awning"], {})
    ]
    assert _steps(PATIO.plan("the patio awning in please")) == [
        ("cover.close_cover", ["cover.patio_awning"], {})
    ]


# --- calendar questions -------------------------------------------------------------------

DIARY = _planner([_entity("calendar.household", "Household"), _entity("light.hall", "Hall")])


def test_anything_booked_or_doing_anything_reads_the_calendar() -> None:
    for text in (
        "have we got anything booked in for friday",
        "do we have anything lined up next week",
        "am I doing anything special tomorrow",
    ):
        assert [a for a, _, _ in _steps(DIARY.plan(text))] == ["calendar.get_events"], text


TOWER = _planner(
    [_entity("switch.tower_heater", "Tower heater", area="tower")],
    [{"id": "tower", "name": "Tower room"}],
)


def test_cold_to_come_turns_on_the_rooms_heater_now() -> None:
    on: list[tuple[str, list[str], dict[str, Any]]] = [
        ("switch.turn_on", ["switch.tower_heater"], {})
    ]
    assert _steps(TOWER.plan("my guest is going to freeze in the tower room")) == on
    assert _steps(TOWER.plan("we're gonna be freezing in the tower room")) == on
    # a timer or a computer that freezes is no one cold
    assert _steps(TOWER.plan("the timer is going to freeze")) == []
    assert _steps(TOWER.plan("my laptop is going to freeze")) == []
