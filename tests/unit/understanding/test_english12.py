"""English questions, calendar and indirect requests of the twelfth session (issue 12), each
on a small home of its own: what a device draws now, a total asked for by a sensor's words."""

from __future__ import annotations

from typing import Any

from app.core.home import Home
from app.core.plan import ErrorCode, Plan
from app.understanding import Planner
from tests.helpers.small_homes import device


def _planner(entities: list[dict[str, Any]], areas: tuple[str, ...] = ()) -> Planner:
    home = Home.from_dict(
        {"areas": [{"id": a, "name": a.title()} for a in areas], "entities": entities}
    )
    return Planner(home, "en")


def _read(plan: Plan) -> list[str]:
    assert all(s.read_only for s in plan.steps), plan.steps
    return [t for s in plan.steps for t in s.targets]


# --- what a device draws now ----------------------------------------------------------------

_POWER = [
    device("switch.kiln", "Kiln", "on", "studio"),
    device(
        "sensor.kiln_power",
        "Kiln Power",
        "3200",
        "studio",
        device_class="power",
        unit_of_measurement="W",
    ),
    device("climate.boiler", "Boiler", "heat", "cellar", current_temperature=18, temperature=20),
    device(
        "sensor.boiler_power",
        "Boiler Power",
        "1.4",
        "cellar",
        device_class="power",
        unit_of_measurement="kW",
    ),
    device(
        "sensor.home_load", "House Load", "450", None, device_class="power", unit_of_measurement="W"
    ),
    device(
        "binary_sensor.studio_motion", "Studio Motion", "on", "studio", device_class="occupancy"
    ),
]


def test_what_a_device_draws_is_its_power_sensor() -> None:
    planner = _planner(_POWER, ("studio", "cellar"))
    for said, sensor, value in (
        ("what's the kiln drawing", "sensor.kiln_power", "3200"),
        ("how much is the kiln pulling right now", "sensor.kiln_power", "3200"),
        ("how much is the boiler using at the moment", "sensor.boiler_power", "1.4"),
        ("how much power is the kiln consuming", "sensor.kiln_power", "3200"),
        ("what's the house drawing", "sensor.home_load", "450"),
    ):
        plan = planner.plan(said)
        assert _read(plan) == [sensor], said
        assert value in (plan.reply or ""), (said, plan.reply)


def test_using_without_how_much_asks_no_power() -> None:
    planner = _planner(_POWER, ("studio", "cellar"))
    plan = planner.plan("is anyone using the studio")
    assert _read(plan) == ["binary_sensor.studio_motion"]
    plan = planner.plan("is the boiler on")
    assert _read(plan) == ["climate.boiler"]


# --- a total asked for by a sensor's words ---------------------------------------------------

_SOLAR = [
    device("sensor.pv", "PV", "120", None, device_class="power", unit_of_measurement="W"),
    device(
        "sensor.pv_today",
        "PV Energy Today",
        "2.75",
        None,
        device_class="energy",
        unit_of_measurement="kWh",
    ),
    device(
        "sensor.rain_today",
        "Rain Today",
        "4",
        None,
        device_class="precipitation",
        unit_of_measurement="mm",
    ),
]


def test_a_total_is_read_from_the_sensor_of_the_total() -> None:
    planner = _planner(_SOLAR)
    for said in (
        "how much pv have we had today",
        "how much pv have we got so far today",
        "how much pv today",
    ):
        plan = planner.plan(said)
        assert _read(plan) == ["sensor.pv_today"], said
        assert "2.75" in (plan.reply or "")
    plan = planner.plan("how much is the pv making")
    assert _read(plan) == ["sensor.pv"]


def test_a_total_needs_every_word_of_the_sensor() -> None:
    planner = _planner(_SOLAR)
    plan = planner.plan("how much wind have we had today")
    assert "sensor.pv_today" not in _read(plan)


# --- calendars named by a word said in the singular, people asked what they have on ----------

_CALENDARS = [
    device(
        "calendar.skips",
        "Skips",
        "off",
        None,
        message="Garden waste",
        start_time="2030-01-08 07:00:00",
        end_time="2030-01-08 08:00:00",
        all_day=False,
    ),
    device("calendar.family", "Family", "off", None),
    device("person.noor", "Noor", "home"),
    device("light.skip_lamp", "Porch", "off", "porch"),
]


def _calendar_steps(plan: Plan) -> list[tuple[str, list[str]]]:
    return [(s.action, s.targets) for s in plan.steps if s.action == "calendar.get_events"]


def test_a_calendar_is_named_by_its_word_in_the_singular() -> None:
    planner = _planner(_CALENDARS, ("porch",))
    for said in ("when's skip day", "whens skip day", "when is skip day"):
        plan = planner.plan(said)
        assert _calendar_steps(plan) == [("calendar.get_events", ["calendar.skips"])], said


def test_a_person_without_a_calendar_is_asked_what_they_have_on() -> None:
    planner = _planner(_CALENDARS, ("porch",))
    for said in (
        "what's Noor got on this week",
        "what has Noor got on tomorrow",
        "what does Noor have on friday",
    ):
        plan = planner.plan(said)
        steps = _calendar_steps(plan)
        assert steps and all(s[0] == "calendar.get_events" for s in steps), said
        assert not [s for s in plan.steps if not s.read_only]
    plan = planner.plan("where's Noor")
    assert [s.targets for s in plan.steps] == [["person.noor"]]


# --- someone at the door or the gate ---------------------------------------------------------

_ENTRANCE = [
    device("cover.flat_door", "Flat Door Opener", "closed", "hallway", device_class="door"),
    device("cover.yard_gate", "Yard Gate", "closed", "yard", device_class="gate"),
    device("light.hallway", "Hallway Light", "off", "hallway"),
]


def test_a_visitor_said_by_name_opens_the_opener_asked_first() -> None:
    planner = _planner(_ENTRANCE, ("hallway", "yard"))
    for said, target in (
        ("that's the nurse at the door", "cover.flat_door"),
        ("the courier is at the door", "cover.flat_door"),
        ("Priya's pulling in", "cover.yard_gate"),
        ("someone's at the gate, let them in", "cover.yard_gate"),
    ):
        plan = planner.plan(said)
        assert [(s.action, s.targets) for s in plan.steps] == [("cover.open_cover", [target])], said
        assert plan.needs_confirmation, said


def test_someone_unsaid_at_the_door_is_asked_about() -> None:
    planner = _planner(_ENTRANCE, ("hallway", "yard"))
    for said in ("someone's at the door", "there's somebody at the gate"):
        plan = planner.plan(said)
        assert not plan.steps, said
        assert plan.error is not None and plan.error.code is ErrorCode.UNCLEAR
        assert "?" in (plan.reply or "")
    for said in ("who's at the door", "is anyone at the gate", "let the rain in"):
        plan = planner.plan(said)
        assert not [s for s in plan.steps if not s.read_only], said


# --- weather coming in, sun, what is done in a place -----------------------------------------

_PATIO = [
    device("cover.roof_light", "Roof Light", "open", "studio", device_class="window"),
    device("cover.patio_awning", "Patio Awning", "closed", "patio", device_class="awning"),
    device("cover.front_door", "Front Door", "closed", "studio", device_class="door"),
    device("light.patio", "Patio String Lights", "off", "patio"),
    device("light.studio", "Studio Ceiling", "off", "studio"),
    device("light.studio_reading", "Studio Reading Lamp", "off", "studio"),
    device("light.pool", "Pool Lights", "off", "pool"),
]


def test_weather_coming_in_closes_what_lets_it_in() -> None:
    planner = _planner(_PATIO, ("studio", "patio", "pool"))
    plan = planner.plan("the roof light's letting the rain in")
    assert [(s.action, s.targets) for s in plan.steps] == [
        ("cover.close_cover", ["cover.roof_light"])
    ]
    plan = planner.plan("the front door is letting the cold in")
    assert not [s for s in plan.steps if s.targets == ["cover.front_door"]]


def test_sun_blazing_on_a_place_opens_its_awning() -> None:
    planner = _planner(_PATIO, ("studio", "patio", "pool"))
    plan = planner.plan("the sun's blazing on the patio")
    assert [(s.action, s.targets) for s in plan.steps] == [
        ("cover.open_cover", ["cover.patio_awning"])
    ]


def test_what_is_done_in_a_place_lights_it() -> None:
    planner = _planner(_PATIO, ("studio", "patio", "pool"))
    for said, target in (
        ("we're having dinner out on the patio", "light.patio"),
        ("I'm going to read in the studio for a bit", "light.studio_reading"),
        ("we're going for a night swim", "light.pool"),
    ):
        plan = planner.plan(said)
        assert [(s.action, s.targets) for s in plan.steps] == [("light.turn_on", [target])], said
    for said in ("we're having dinner", "we're having dinner on the patio tomorrow"):
        assert not planner.plan(said).steps, said


# --- a reading named after a device by a word said --------------------------------------------

_READINGS = [
    device("valve.well_tank", "Well Tank", "open", "yard"),
    device("sensor.well_tank_level", "Well Tank Level", "48", "yard", unit_of_measurement="%"),
    device("switch.spa_pump", "Spa Pump", "on", "yard"),
    device("select.spa_pump_mode", "Spa Pump Mode", "Quiet", "yard", options=["Quiet", "Max"]),
    device("water_heater.boiler", "Boiler", "eco", "yard", temperature=58, current_temperature=51),
]


def test_a_word_said_reads_the_reading_named_after_the_device() -> None:
    planner = _planner(_READINGS, ("yard",))
    for said, target, value in (
        ("what's the tank level", "sensor.well_tank_level", "48"),
        ("what mode is the spa pump in", "select.spa_pump_mode", "Quiet"),
        ("what's the boiler set to", "water_heater.boiler", "58"),
    ):
        plan = planner.plan(said)
        assert _read(plan) == [target], said
        assert value in (plan.reply or ""), (said, plan.reply)
    assert _read(planner.plan("is the spa pump on")) == ["switch.spa_pump"]
    assert _read(planner.plan("is the well tank open")) == ["valve.well_tank"]
