"""Builders the planner tests share, so that a table of cases says only what differs from
one case to the next: a perturbation benchmark source said of one lamp, the times a time
expression resolves to (in Berlin, on a Friday before the spring clock change), and the rows
of a small home's snapshot (a dimmable light, a cover at a position, a temperature sensor,
a heating thermostat) and the targets of a plan."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from app.core.plan import Plan
from app.understanding.timeparse import Moment, Recurrence, Span
from benchmarks import perturb
from tests.helpers.small_homes import entity

# -- the perturbation benchmark --------------------------------------------------------------


def lamp_source(text: str, name: str = "reading lamp", **fields: Any) -> perturb.Source:
    """An English source of the perturbation benchmark that says *text* of one light called
    *name*; *fields*: the other :class:`benchmarks.perturb.Source` fields it has."""
    return perturb.Source(
        lang="en",
        origin="test",
        text=text,
        home="h",
        domains=frozenset({"light"}),
        names=(name,),
        **fields,
    )


# -- times -----------------------------------------------------------------------------------

BERLIN = ZoneInfo("Europe/Berlin")
#: Friday 27 March 2026, 14:05 in Berlin; clocks go forward on Sunday 29 March (02:00 -> 03:00).
FRIDAY = dt.datetime(2026, 3, 27, 14, 5, tzinfo=BERLIN)


def at(month: int, day: int, hour: int, minute: int = 0) -> Moment:
    """A moment of 2026 in Berlin."""
    return Moment(dt.datetime(2026, month, day, hour, minute, tzinfo=BERLIN))


def days(month: int, day: int, count: int) -> Span:
    """*count* whole days of 2026 in Berlin from *month*/*day*."""
    start = dt.datetime(2026, month, day, tzinfo=BERLIN)
    end = dt.datetime.combine(start.date() + dt.timedelta(days=count), dt.time(), BERLIN)
    return Span(start, end, all_day=True)


def every(rule: str, month: int, day: int, hour: int, minute: int = 0) -> Recurrence:
    """A repetition by the RRULE *rule*, first at that moment of 2026 in Berlin."""
    return Recurrence(dt.datetime(2026, month, day, hour, minute, tzinfo=BERLIN), rule)


# -- small homes -----------------------------------------------------------------------------


#: Colour modes of a light: dimmable only, colour temperature and hue, dimmable with RGB.
DIMMABLE = ("brightness",)
COLOURED = ("color_temp", "hs")
RGB = ("brightness", "rgb")


def light(
    entity_id: str, name: str, area: str, state: str, modes: tuple[str, ...] = DIMMABLE
) -> Any:
    """A light at half brightness (128) that takes the colour *modes*."""
    return entity(entity_id, name, area, state, supported_color_modes=list(modes), brightness=128)


def cover(
    entity_id: str, name: str, area: str, state: str, kind: str, position: int, **more: Any
) -> Any:
    """A cover of the device class *kind*, open at *position* per cent; *more*: its other
    attributes."""
    return entity(
        entity_id, name, area, state, device_class=kind, current_position=position, **more
    )


def temperature_sensor(entity_id: str, name: str, area: str, value: str) -> Any:
    """A temperature sensor reading *value* °C."""
    return entity(
        entity_id, name, area, value, device_class="temperature", unit_of_measurement="°C"
    )


def heating(entity_id: str, name: str, area: str, temperature: float, current: float) -> Any:
    """A thermostat heating to *temperature*, reading *current*; it heats or is off."""
    return entity(
        entity_id,
        name,
        area,
        "heat",
        temperature=temperature,
        current_temperature=current,
        hvac_modes=["heat", "off"],
    )


def targets(plan: Plan) -> list[str]:
    """Every target of *plan*'s steps, sorted."""
    return sorted(t for step in plan.steps for t in step.targets)
