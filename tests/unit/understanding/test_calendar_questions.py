"""Questions about the calendar: which phrasings are read, what the home's snapshot already
answers (Home Assistant's calendar entities carry their next event), and that the calendars
read at run time have the last word. A question never changes anything."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterator, Mapping
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.assistant import Assistant
from app.bootstrap import demo_home_source
from app.core.home import Entity, Home
from app.core.plan import Plan
from app.policy import risk
from app.understanding import Planner, agenda
from integrations.calendar import CalendarService
from integrations.calendar.local import LocalCalendar
from integrations.hub import AdapterHub
from integrations.virtual_home.adapter import VirtualHome

LONDON = ZoneInfo("Europe/London")
NOW = dt.datetime(2026, 12, 5, 18, 40, tzinfo=LONDON)  # a Saturday evening
DENTIST = {
    "message": "Dentist",
    "all_day": False,
    "start_time": "2026-12-07 09:30:00",  # Monday, in Home Assistant's zone, no offset
    "end_time": "2026-12-07 10:00:00",
    "location": "High Street Dental",
    "description": "Check-up",
}
CONFERENCE = {
    "message": "Parent-teacher conference",
    "all_day": False,
    "start_time": "2026-12-08 15:30:00",
    "end_time": "2026-12-08 16:00:00",
    "location": "Maple Grove Elementary",
}


def _home(**calendars: dict[str, object]) -> Home:
    home = Home.load(demo_home_source())
    for name, attributes in calendars.items():
        entity_id = f"calendar.{name.lower()}"
        home.entities[entity_id] = Entity(entity_id, name, "off", dict(attributes))
    return home


@pytest.fixture(scope="module")
def family() -> Planner:
    return Planner(_home(Family=DENTIST), "en", tz=LONDON)


def ask(planner: Planner, text: str, now: dt.datetime = NOW) -> Plan:
    return planner.plan(text, now=now)


def _only_read(plan: Plan, calendars: tuple[str, ...] = ("calendar.family",)) -> dict[str, object]:
    """The one read-only calendar step of *plan*, its params. It reads every calendar of the
    home (*calendars*: the plan names them, so the card shows what is read)."""
    assert plan.error is None, plan.reply
    [step] = plan.steps
    assert (step.action, step.targets, step.read_only) == (
        "calendar.get_events",
        list(calendars),
        True,
    )
    return step.params


# -- phrasings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # What comes next: from now to the end of the next event the calendars know.
        ("what's next on the calendar", "2026-12-05T18:40:00+00:00", "2026-12-07T10:00:00+00:00"),
        ("what's the next thing on the calendar", "2026-12-05T18:40:00+00:00", None),
        ("what's coming up", "2026-12-05T18:40:00+00:00", "2026-12-07T10:00:00+00:00"),
        ("what have we got coming up", "2026-12-05T18:40:00+00:00", None),
        ("when is my next appointment", "2026-12-05T18:40:00+00:00", None),
        # A time span through the time grammar.
        ("what have we got on this week", "2026-12-05T18:40:00+00:00", "2026-12-07T00:00:00+00:00"),
        ("what do we have going on this weekend", "2026-12-05T18:40:00+00:00", None),
        ("anything on tomorrow?", "2026-12-06T00:00:00+00:00", "2026-12-07T00:00:00+00:00"),
        ("am I busy on Monday", "2026-12-07T00:00:00+00:00", "2026-12-08T00:00:00+00:00"),
        ("are we free tomorrow", "2026-12-06T00:00:00+00:00", None),
        ("is there anything on the calendar monday", "2026-12-07T00:00:00+00:00", None),
        ("anything on the calendar monday?", "2026-12-07T00:00:00+00:00", None),
    ],
)
def test_phrasings_read_every_calendar(
    family: Planner, text: str, start: str, end: str | None
) -> None:
    params = _only_read(ask(family, text))
    assert params["start_date_time"] == start
    assert end is None or params["end_date_time"] == end
    assert "match" not in params


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("when's the dentist", "dentist"),
        ("When is the DENTIST?", "DENTIST"),
        ("what time is the dentist", "dentist"),
        ("what time is my dentist appointment", "dentist appointment"),
        ("where's the dentist", "dentist"),
        ("where is our next dentist", "dentist"),
        ("when do we have the school play", "school play"),
    ],
)
def test_when_and_where_look_for_the_event_by_its_words(
    family: Planner, text: str, match: str
) -> None:
    params = _only_read(ask(family, text))
    assert params["match"] == match
    assert params["start_date_time"] == "2026-12-05T18:40:00+00:00"
    assert params["end_date_time"] == "2027-12-06T18:40:00+00:00"


def test_what_time_is_it_is_no_calendar_question(family: Planner) -> None:
    plan = ask(family, "what time is it")
    assert not any(step.domain == "calendar" for step in plan.steps)


# -- answers from the snapshot ---------------------------------------------------------------


def test_when_and_where_are_answered_from_the_event_the_calendar_reports(
    family: Planner,
) -> None:
    assert ask(family, "when's the dentist").reply == (
        "Dentist: Monday 7 December at 09:30, at High Street Dental."
    )
    assert ask(family, "What time is my Dentist appointment").reply == (
        "Dentist: Monday 7 December at 09:30, at High Street Dental."
    )
    assert ask(family, "where's the dentist").reply == (
        "Dentist is at High Street Dental (Monday 7 December at 09:30)."
    )
    # Shortly before: in minutes; while it is on: until when.
    soon = dt.datetime(2026, 12, 7, 9, 10, tzinfo=LONDON)
    assert ask(family, "when is the dentist", soon).reply == (
        "Dentist: in 20 minutes (09:30), at High Street Dental."
    )
    during = dt.datetime(2026, 12, 7, 9, 45, tzinfo=LONDON)
    assert ask(family, "when is the dentist", during).reply == (
        "Dentist: now, until 10:00, at High Street Dental."
    )


def test_words_match_the_event_loosely_and_other_words_do_not(family: Planner) -> None:
    planner = Planner(_home(Family=CONFERENCE), "en", tz=LONDON)
    assert ask(planner, "where's the parent teacher conference").reply == (
        "Parent-teacher conference is at Maple Grove Elementary (Tuesday 8 December at 15:30)."
    )
    assert ask(planner, "when is the parent-teacher conference?").reply == (
        "Parent-teacher conference: Tuesday 8 December at 15:30, at Maple Grove Elementary."
    )
    # Another event: only the calendars read at run time can answer.
    plan = ask(family, "when is the school play")
    assert _only_read(plan)["match"] == "school play"
    assert plan.reply is None


def test_what_comes_next_is_the_earliest_event_any_calendar_reports() -> None:
    planner = Planner(_home(Family=CONFERENCE, Work=DENTIST), "en", tz=LONDON)
    plan = ask(planner, "what's next on the calendar")
    assert (
        plan.reply
        == "Next on the Work calendar: Dentist, Monday 7 December at 09:30, at High Street Dental."
    )
    params = _only_read(plan, ("calendar.family", "calendar.work"))
    assert params["end_date_time"] == "2026-12-07T10:00:00+00:00"
    assert ask(planner, "what's on the Family calendar next").reply == (
        "Next on the Family calendar: Parent-teacher conference, Tuesday 8 December at 15:30, "
        "at Maple Grove Elementary."
    )


def test_a_span_before_the_next_event_is_empty_one_that_holds_it_names_it(
    family: Planner,
) -> None:
    # The calendar's next event is on Monday: nothing can be on it before.
    assert ask(family, "anything on tomorrow?").reply == (
        "Nothing on the Family calendar tomorrow; next is Dentist, Monday 7 December at 09:30."
    )
    assert ask(family, "what's on the calendar today").reply == (
        "Nothing more on the Family calendar today; next is Dentist, Monday 7 December at 09:30."
    )
    # Monday holds it: it is the next there, others may follow (the run reads them).
    assert ask(family, "am I busy on monday").reply == (
        "Next on the Family calendar Monday: Dentist at 09:30, at High Street Dental."
    )
    assert ask(family, "what have we got on next week").reply == (
        "Next on the Family calendar Monday – Sun 13 Dec: Dentist, Monday 7 December at 09:30, "
        "at High Street Dental."
    )


def test_a_span_after_the_next_event_is_not_answered_from_the_snapshot(
    family: Planner,
) -> None:
    """What comes after the next event is not known before the calendars are read."""
    plan = ask(family, "what's on friday")
    assert _only_read(plan)["start_date_time"] == "2026-12-11T00:00:00+00:00"
    assert plan.reply is None


def test_without_a_calendar_entity_that_reports_an_event_only_the_step_is_planned() -> None:
    for home, calendars in (
        (Home.load(demo_home_source()), ()),
        (_home(Family={}), ("calendar.family",)),
    ):
        planner = Planner(home, "en", tz=LONDON)
        for text in ("when's the dentist", "anything on tomorrow?", "what's next on the calendar"):
            plan = ask(planner, text)
            _only_read(plan, calendars)
            assert plan.reply is None, text


# -- a question is never an action -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "where's the dentist",
        "when is the dentist",
        "what's coming up",
        "anything on tomorrow?",
        "what do we have going on this weekend",
    ],
)
def test_a_calendar_question_changes_nothing(family: Planner, text: str) -> None:
    plan = ask(family, text)
    assert plan.steps and plan.read_only
    assert all(step.action == "calendar.get_events" for step in plan.steps)
    assert not plan.needs_confirmation
    decisions = risk.plan_decisions(plan, home=family.home)
    assert [d.decision for d in decisions] == [risk.Decision.RUN] * len(plan.steps)


def test_an_event_named_where_a_device_is_unknown_is_answered_not_refused() -> None:
    """ "Where's the parent teacher conference" names no device: the calendar answers, never
    "I don't know a device or room called …"."""
    planner = Planner(_home(Family=CONFERENCE), "en", tz=LONDON)
    plan = ask(planner, "where's the parent teacher conference")
    assert plan.error is None
    assert plan.reply is not None and "Maple Grove Elementary" in plan.reply


def test_words_that_name_a_device_as_well_stay_the_homes() -> None:
    """An event "Car service" does not take "where is the car" from a tracker called "Car"."""
    home = _home(Family={**DENTIST, "message": "Car service", "location": "Garage"})
    home.entities["device_tracker.car"] = Entity("device_tracker.car", "Car", "home")
    planner = Planner(home, "en", tz=LONDON)
    plan = ask(planner, "where is the car")
    assert plan.reply is None or "Garage" not in plan.reply
    assert not [s for s in plan.steps if not s.read_only]
    # Without the tracker the event is what the words name.
    alone = Planner(
        _home(Family={**DENTIST, "message": "Car service", "location": "Garage"}), tz=LONDON
    )
    assert ask(alone, "where is the car service").reply == (
        "Car service is at Garage (Monday 7 December at 09:30)."
    )


# -- the run's answer ------------------------------------------------------------------------


def _response(*events: Mapping[str, object], unavailable: bool = False) -> dict[str, object]:
    response: dict[str, object] = {"events": list(events)}
    if unavailable:
        response["unavailable"] = [{"calendar": "calendar.family", "error": "offline"}]
    return response


def test_events_read_at_run_time_replace_the_snapshots_answer() -> None:
    known = "Dentist: Monday at 09:30, at High Street Dental."
    event = {
        "summary": "Dentist",
        "start": "2026-12-08T11:00:00+00:00",
        "end": "2026-12-08T11:30:00+00:00",
        "location": "Smile Clinic",
    }
    said = agenda.events_answer(_response(event), now=NOW, tz=LONDON, match="dentist", known=known)
    assert said == "Dentist (Tue 8 Dec, 11:00–11:30), at Smile Clinic."
    # Nothing read because a calendar could not be: what the snapshot knew stands.
    for response in (_response(unavailable=True), None):
        assert agenda.events_answer(response, now=NOW, tz=LONDON, known=known) == known
        assert (
            agenda.events_answer(response, now=NOW, tz=LONDON, match="dentist", known=known)
            == known
        )
    # Every calendar was read and none has it: the run's answer.
    assert agenda.events_answer(_response(), now=NOW, tz=LONDON, known=known) == (
        "Nothing on your calendar then."
    )


BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def calendar_file(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "calendar.ics"


async def _assistant(path: Path, snapshot_event: dict[str, object]) -> Assistant:
    home = _home(Family=snapshot_event)
    virtual = VirtualHome(copy.deepcopy(home))
    calendar = CalendarService([LocalCalendar(path, tz=BERLIN)], tz=BERLIN)
    router = AdapterHub(virtual, calendar=calendar)
    return Assistant(await router.load_home(), router, tz=BERLIN)


async def _never(plan: Plan, decisions: object) -> None:
    raise AssertionError("a question asks no approval")


@pytest.mark.anyio
async def test_through_the_assistant_the_calendars_read_have_the_last_word(
    calendar_file: Path,
) -> None:
    """The snapshot says the Family calendar's dentist is the day after tomorrow at 09:30; the
    local iCalendar file, read when the question runs, has a dentist the day after at 11:00
    at another place: that is the answer. When the file cannot be read, the snapshot's
    answer stands."""
    now = dt.datetime.now(BERLIN)
    snapshot_day = (now + dt.timedelta(days=2)).date()
    snapshot = {
        **DENTIST,
        "start_time": f"{snapshot_day} 09:30:00",
        "end_time": f"{snapshot_day} 10:00:00",
    }
    assistant = await _assistant(calendar_file, snapshot)
    local = dt.datetime.combine(now.date() + dt.timedelta(days=3), dt.time(11), BERLIN)
    backend = assistant.adapter.calendar.backends[0]  # type: ignore[attr-defined]
    await backend.create_event(
        "calendar.hearth", "Dentist", local, local + dt.timedelta(minutes=30), location="Smile"
    )

    outcome = await assistant.handle("when's the dentist", _never)
    assert outcome.plan.reply is not None and "High Street Dental" in outcome.plan.reply
    assert outcome.ok and outcome.results[0].step.read_only
    assert outcome.reply is not None
    assert outcome.reply.startswith("Dentist (") and "11:00–11:30), at Smile." in outcome.reply

    calendar_file.write_text("this is no calendar", encoding="utf-8")
    outcome = await assistant.handle("when's the dentist", _never)
    assert outcome.reply == outcome.plan.reply
    assert outcome.reply is not None and "High Street Dental" in outcome.reply
