"""The reminder.* service contract (create, list, cancel, snooze, done; errors as the adapters'
own), with the scheduler behind it, and the to-do mirror against the virtual home."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from app.core.home import Entity, Home
from integrations.base import ConnectionLostError, NotFoundError, RejectedError
from integrations.reminders import (
    FakeClock,
    Reminder,
    ReminderService,
    ReminderStore,
    Scheduler,
    Status,
    TodoMirror,
)
from integrations.virtual_home import VirtualHome
from tests.unit.integrations.reminders.conftest import T0

pytestmark = pytest.mark.anyio

BERLIN = ZoneInfo("Europe/Berlin")


def iso(when: datetime) -> str:
    return when.isoformat()


@pytest.fixture
def service(store: ReminderStore, clock: FakeClock) -> ReminderService:
    return ReminderService(store, None, tz=BERLIN, clock=clock)


async def create(service: ReminderService, message: str, due: datetime, **extra: Any) -> Any:
    result = await service.call(
        "create", [], {"message": message, "due_datetime": iso(due), **extra}
    )
    return result.response


async def test_create_stores_verifies_and_answers_in_json(
    service: ReminderService, store: ReminderStore
) -> None:
    response = await create(service, "Take out the trash", T0 + timedelta(hours=1))
    json.dumps(response)  # JSON-able as it is
    assert response["verified"] is True
    reminder = response["reminder"]
    assert reminder["message"] == "Take out the trash"
    assert reminder["due"] == "2026-03-26T11:00:00+01:00"  # in the service's zone
    assert (reminder["status"], reminder["late"], reminder["rrule"]) == ("scheduled", False, None)
    stored = store.get(reminder["id"])
    assert stored is not None and stored.due == T0 + timedelta(hours=1)
    assert stored.tz_name == "Europe/Berlin"


async def test_create_a_recurring_reminder(service: ReminderService) -> None:
    response = await create(
        service,
        "Take the pills",
        datetime(2026, 3, 27, 7, 30, tzinfo=BERLIN),
        rrule="RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
    )
    assert response["reminder"]["rrule"] == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
    assert response["reminder"]["tz"] == "Europe/Berlin"


@pytest.mark.parametrize(
    ("params", "reason"),
    [
        ({"message": "x", "due_datetime": iso(T0 - timedelta(seconds=1))}, "already passed"),
        ({"message": "x", "due_datetime": iso(T0)}, "already passed"),
        ({"message": "x", "due_datetime": "2026-03-26T12:00:00"}, "UTC offset"),
        ({"message": "x", "due_datetime": "tomorrow at 8"}, "ISO 8601"),
        ({"message": "x", "due_datetime": 1774522800}, "ISO 8601"),
        ({"message": "x"}, "due_datetime is required"),
        ({"message": "  ", "due_datetime": iso(T0 + timedelta(hours=1))}, "needs a message"),
        ({"due_datetime": iso(T0 + timedelta(hours=1))}, "needs a message"),
        (
            {"message": "x", "due_datetime": iso(T0 + timedelta(hours=1)), "rrule": "FREQ=NEVER"},
            "recurrence",
        ),
        ({"message": "x", "due_datetime": iso(T0 + timedelta(hours=1)), "rrule": 7}, "RRULE"),
    ],
)
async def test_create_rejects_what_cannot_be_a_reminder(
    service: ReminderService, store: ReminderStore, params: dict[str, Any], reason: str
) -> None:
    with pytest.raises(RejectedError, match=reason) as info:
        await service.call("create", [], params)
    assert not isinstance(info.value, NotFoundError)
    assert store.list(include_finished=True) == []


async def test_unknown_services_and_ids_are_not_found(service: ReminderService) -> None:
    with pytest.raises(NotFoundError, match="no reminder service 'explode'"):
        await service.call("explode", [], {})
    for name in ("cancel", "done", "snooze"):
        with pytest.raises(NotFoundError, match="no reminder 42"):
            await service.call(name, [], {"id": 42})
    with pytest.raises(RejectedError, match="id is a number"):
        await service.call("cancel", [], {"id": "forty-two"})
    with pytest.raises(RejectedError, match="id is a number"):
        await service.call("cancel", [], {"id": True})
    with pytest.raises(RejectedError, match="no reminder is waiting"):
        await service.call("cancel", [], {})
    with pytest.raises(RejectedError, match="by id or by its message"):
        await service.call("cancel", [], {"message": " "})


async def test_list_filters_by_window_and_spells_out_occurrences(
    service: ReminderService,
) -> None:
    await create(service, "dentist", datetime(2026, 3, 27, 10, 0, tzinfo=BERLIN))
    await create(service, "next week", datetime(2026, 4, 3, 10, 0, tzinfo=BERLIN))
    await create(service, "pills", datetime(2026, 3, 26, 19, 0, tzinfo=BERLIN), rrule="FREQ=DAILY")
    everything = (await service.call("list", [], {})).response
    assert everything["count"] == 3
    assert [r["message"] for r in everything["reminders"]] == ["pills", "dentist", "next week"]
    friday = (
        await service.call(
            "list",
            [],
            {
                "start_date_time": "2026-03-27T00:00:00+01:00",
                "end_date_time": "2026-03-28T00:00:00+01:00",
            },
        )
    ).response
    json.dumps(friday)
    assert [r["message"] for r in friday["reminders"]] == ["dentist", "pills"]
    assert friday["reminders"][1]["occurrences"] == ["2026-03-27T19:00:00+01:00"]
    assert "occurrences" not in friday["reminders"][0]
    open_ended = (
        await service.call("list", [], {"start_date_time": "2026-04-01T00:00:00+02:00"})
    ).response
    assert [r["message"] for r in open_ended["reminders"]] == ["pills", "next week"]
    assert len(open_ended["reminders"][0]["occurrences"]) == 20
    with pytest.raises(RejectedError, match="after start"):
        await service.call(
            "list",
            [],
            {"start_date_time": iso(T0 + timedelta(days=1)), "end_date_time": iso(T0)},
        )


async def test_cancel_by_id_and_by_description(service: ReminderService) -> None:
    trash = await create(service, "Take out the trash", T0 + timedelta(hours=1))
    await create(service, "Call the dentist", T0 + timedelta(hours=2))
    result = await service.call("cancel", [], {"id": str(trash["reminder"]["id"])})
    assert result.response["reminder"]["status"] == "cancelled"
    assert result.response["verified"] is True
    with pytest.raises(RejectedError, match="already cancelled"):
        await service.call("cancel", [], {"id": trash["reminder"]["id"]})
    by_text = await service.call("cancel", [], {"message": "the dentist reminder"})
    assert by_text.response["reminder"]["message"] == "Call the dentist"
    with pytest.raises(NotFoundError, match="no reminder matches"):
        await service.call("cancel", [], {"message": "the trash"})  # already cancelled
    assert (await service.call("list", [], {})).response["count"] == 0


async def test_an_ambiguous_description_is_rejected(service: ReminderService) -> None:
    await create(service, "water the plants", T0 + timedelta(hours=1))
    await create(service, "water the garden plants", T0 + timedelta(hours=2))
    with pytest.raises(RejectedError, match="2 reminders match"):
        await service.call("done", [], {"message": "water plants"})


async def test_snooze_by_minutes_until_and_default(
    service: ReminderService, clock: FakeClock
) -> None:
    id = (await create(service, "tea", T0 + timedelta(minutes=5)))["reminder"]["id"]
    by_minutes = await service.call("snooze", [], {"id": id, "minutes": 15})
    assert by_minutes.response["reminder"]["next_fire"] == iso(
        (T0 + timedelta(minutes=15)).astimezone(BERLIN)
    )
    assert by_minutes.response["verified"] is True
    until = T0 + timedelta(hours=2)
    by_until = await service.call("snooze", [], {"id": id, "until": iso(until)})
    assert by_until.response["reminder"]["snoozed_until"] == iso(until.astimezone(BERLIN))
    clock.advance(timedelta(minutes=1))
    default = await service.call("snooze", [], {"id": id})
    assert default.response["reminder"]["next_fire"] == iso(
        (T0 + timedelta(minutes=11)).astimezone(BERLIN)
    )
    for params, reason in [
        ({"id": id, "until": iso(T0)}, "later time"),
        ({"id": id, "minutes": -5}, "later time"),
        ({"id": id, "minutes": "ten"}, "number"),
        ({"id": id, "minutes": 5, "until": iso(until)}, "not both"),
        ({"id": id, "minutes": 60 * 24 * 8}, "at most 7 days"),
    ]:
        with pytest.raises(RejectedError, match=reason):
            await service.call("snooze", [], params)


async def test_done_finishes_a_one_shot_and_advances_a_recurring_one(
    service: ReminderService,
) -> None:
    once = (await create(service, "call mum", T0 + timedelta(hours=1)))["reminder"]["id"]
    daily = (
        await create(
            service,
            "walk",
            datetime(2026, 3, 26, 18, 0, tzinfo=BERLIN),
            rrule="FREQ=DAILY",
        )
    )["reminder"]["id"]
    assert (await service.call("done", [], {"id": once})).response["reminder"]["status"] == "done"
    advanced = (await service.call("done", [], {"id": daily})).response["reminder"]
    assert advanced["status"] == "scheduled"
    assert advanced["due"] == "2026-03-27T18:00:00+01:00"
    with pytest.raises(RejectedError, match="already done"):
        await service.call("done", [], {"id": once})


async def test_service_changes_re_arm_the_scheduler(store: ReminderStore, clock: FakeClock) -> None:
    fired: list[Reminder] = []
    scheduler = Scheduler(store, fired.append, clock=clock)
    service = ReminderService(store, scheduler, tz=BERLIN)
    assert service.clock is clock
    await scheduler.start()
    try:
        soon = (await create(service, "soon", T0 + timedelta(minutes=2)))["reminder"]["id"]
        await create(service, "cancelled", T0 + timedelta(minutes=1))
        await service.call("cancel", [], {"message": "cancelled"})
        await scheduler.wait_idle()
        clock.advance(timedelta(minutes=2))
        await scheduler.wait_idle()
        assert [r.message for r in fired] == ["soon"]
        await service.call("snooze", [], {"id": soon, "minutes": 5})
        await scheduler.wait_idle()
        clock.advance(timedelta(minutes=5))
        await scheduler.wait_idle()
        assert [r.message for r in fired] == ["soon", "soon"]
        assert store.get(soon).status is Status.FIRED  # type: ignore[union-attr]
    finally:
        await scheduler.stop()


# -- the to-do mirror on the virtual home ---------------------------------------------------


def home_with_list(features: int) -> VirtualHome:
    todo = Entity(
        "todo.reminders",
        "Reminders",
        state="0",
        attributes={"supported_features": features, "items": []},
    )
    return VirtualHome(Home(entities=[todo]))


@pytest.fixture
async def mirrored(
    store: ReminderStore, clock: FakeClock
) -> AsyncIterator[tuple[ReminderService, VirtualHome]]:
    home = home_with_list(127)  # create, delete, update, move, due date(time), description
    service = ReminderService(
        store, None, tz=BERLIN, clock=clock, mirror=TodoMirror(home, "todo.reminders")
    )
    try:
        yield service, home
    finally:
        await service.close()


def items(home: VirtualHome) -> list[dict[str, Any]]:
    return list(home.home.entities["todo.reminders"].attributes["items"])


async def test_the_mirror_follows_create_snooze_done_and_cancel(
    mirrored: tuple[ReminderService, VirtualHome], store: ReminderStore
) -> None:
    service, home = mirrored
    id = (await create(service, "Take out the trash", T0 + timedelta(hours=1)))["reminder"]["id"]
    await service.flush()
    (item,) = items(home)
    assert item["summary"] == "Take out the trash" and item["status"] == "needs_action"
    assert datetime.fromisoformat(item["due"]) == T0 + timedelta(hours=1)
    assert store.get(id).mirror_ref == item["uid"]  # type: ignore[union-attr]

    await service.call("snooze", [], {"id": id, "minutes": 30})
    await service.flush()
    assert datetime.fromisoformat(items(home)[0]["due"]) == T0 + timedelta(minutes=30)
    await service.call("done", [], {"id": id})
    await service.flush()
    assert items(home)[0]["status"] == "completed"

    other = (await create(service, "dentist", T0 + timedelta(hours=2)))["reminder"]["id"]
    await service.call("cancel", [], {"id": other})  # queued right behind its add
    await service.flush()
    assert [i["summary"] for i in items(home)] == ["Take out the trash"]


async def test_a_failing_mirror_never_blocks_or_loses_the_reminder(
    store: ReminderStore, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    home = home_with_list(15)  # a list that cannot take due times
    service = ReminderService(
        store, None, tz=BERLIN, clock=clock, mirror=TodoMirror(home, "todo.reminders")
    )
    try:
        first = await create(service, "secret birthday gift", T0 + timedelta(hours=1))
        await service.flush()
        home.fail_next(ConnectionLostError("Home Assistant is down"))
        second = await create(service, "another secret", T0 + timedelta(hours=2))
        await service.flush()
    finally:
        await service.close()
    assert first["verified"] and second["verified"]
    stored = store.list()
    assert [r.mirror_ref for r in stored] == [None, None]
    assert items(home) == []
    assert "mirroring reminder 1 to todo.reminders (add) failed: RejectedError" in caplog.text
    assert "mirroring reminder 2 to todo.reminders (add) failed: ConnectionLostError" in (
        caplog.text
    )
    assert "secret" not in caplog.text


def test_the_mirror_needs_a_todo_entity() -> None:
    with pytest.raises(ValueError, match="to-do list"):
        TodoMirror(home_with_list(127), "light.kitchen")


async def test_snooze_and_done_without_a_name_take_the_reminder_waiting_for_an_answer(
    service: ReminderService, store: ReminderStore, clock: FakeClock
) -> None:
    with pytest.raises(RejectedError, match="no reminder is waiting"):
        await service.call("snooze", [], {})
    first = (await create(service, "tea", T0 + timedelta(minutes=1)))["reminder"]["id"]
    second = (await create(service, "oven", T0 + timedelta(minutes=2)))["reminder"]["id"]
    clock.advance(timedelta(minutes=3))
    store.mark_fired(first, T0 + timedelta(minutes=1), late=False)
    store.mark_fired(second, T0 + timedelta(minutes=2), late=False)
    snoozed = await service.call("snooze", [], {"minutes": 5})  # "snooze it"
    assert snoozed.response["reminder"]["id"] == second
    done = await service.call("done", [], {})
    assert done.response["reminder"]["id"] == first  # the one still waiting
