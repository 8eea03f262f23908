"""Reminders mirrored into a to-do list of a real Home Assistant 2024.3 server (``local_todo``
"Groceries", shared by the session: every item here has a unique name and is removed)."""

from __future__ import annotations

import socket
import time
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from integrations.homeassistant import HomeAssistantAdapter
from integrations.reminders import (
    FakeClock,
    Reminder,
    ReminderService,
    ReminderStore,
    TodoMirror,
)

pytestmark = [pytest.mark.integration, pytest.mark.anyio]

LIST = "todo.groceries"
BERLIN = ZoneInfo("Europe/Berlin")


def unique(text: str) -> str:
    return f"{text} {time.time_ns()}"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ReminderStore]:
    with ReminderStore(tmp_path / "reminders.sqlite3", tz=BERLIN) as store:
        yield store


@pytest.fixture
async def mirror(ha_adapter: HomeAssistantAdapter) -> AsyncIterator[TodoMirror]:
    mirror = TodoMirror(ha_adapter, LIST)
    before = {item["uid"] for item in await mirror.items()}
    try:
        yield mirror
    finally:  # remove whatever the test added
        added = [item["uid"] for item in await mirror.items() if item["uid"] not in before]
        if added:
            await ha_adapter.call_service("todo", "remove_item", [LIST], {"item": added})


async def item(mirror: TodoMirror, uid: str) -> dict[str, Any] | None:
    return next((i for i in await mirror.items() if i["uid"] == uid), None)


async def test_add_complete_reschedule_and_remove_a_mirrored_reminder(
    mirror: TodoMirror, store: ReminderStore
) -> None:
    due = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
    reminder = store.add(unique("Take out the trash"), due, tz_name="Europe/Berlin")
    uid = await mirror.add(reminder)
    assert uid
    added = await item(mirror, uid)
    assert added is not None
    assert added["summary"] == reminder.message and added["status"] == "needs_action"
    # local_todo keeps the due date-time (in Home Assistant's own zone).
    assert datetime.fromisoformat(added["due"]) == due

    reminder = store.set_mirror_ref(reminder.id, uid)
    await mirror.complete(reminder)
    completed = await item(mirror, uid)
    assert completed is not None and completed["status"] == "completed"

    reminder = store.snooze(reminder.id, due + timedelta(hours=3))
    await mirror.reschedule(reminder)
    moved = await item(mirror, uid)
    assert moved is not None and moved["status"] == "needs_action"
    assert datetime.fromisoformat(moved["due"]) == due + timedelta(hours=3)

    await mirror.remove(reminder)
    assert await item(mirror, uid) is None


async def test_the_service_mirrors_in_the_background(
    ha_adapter: HomeAssistantAdapter, mirror: TodoMirror, store: ReminderStore
) -> None:
    clock = FakeClock(datetime.now(UTC))
    service = ReminderService(store, None, tz=BERLIN, mirror=mirror, clock=clock)
    try:
        message = unique("Call the dentist")
        created = await service.call(
            "create",
            [],
            {"message": message, "due_datetime": (clock.now() + timedelta(hours=5)).isoformat()},
        )
        id = created.response["reminder"]["id"]
        await service.flush()
        stored = store.get(id)
        assert stored is not None and stored.mirror_ref
        mirrored = await item(mirror, stored.mirror_ref)
        assert mirrored is not None and mirrored["summary"] == message

        await service.call("cancel", [], {"id": id})
        await service.flush()
        assert await item(mirror, stored.mirror_ref) is None
    finally:
        await service.close()


async def test_a_missing_list_or_server_leaves_the_reminder_unmirrored(
    ha_adapter: HomeAssistantAdapter, store: ReminderStore, caplog: pytest.LogCaptureFixture
) -> None:
    reminder: Reminder = store.add(
        unique("private"), datetime.now(UTC) + timedelta(days=1), tz_name="UTC"
    )
    assert await TodoMirror(ha_adapter, "todo.does_not_exist").add(reminder) is None

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    async with HomeAssistantAdapter(f"http://127.0.0.1:{port}", "no-token", timeout=2) as down:
        started = time.monotonic()
        assert await TodoMirror(down, LIST).add(reminder) is None
        await TodoMirror(down, LIST).complete(store.set_mirror_ref(reminder.id, "uid-x"))
        assert time.monotonic() - started < 10
    # Nothing listens on the port: the request never left (NotSentError, a ConnectionLostError).
    assert "NotFoundError" in caplog.text and "NotSentError" in caplog.text
    assert "private" not in caplog.text
    assert store.get(reminder.id) is not None
