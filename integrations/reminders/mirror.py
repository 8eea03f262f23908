"""An optional mirror of Hearth's reminders into a Home Assistant to-do list, so they show up
on phones and dashboards too.

The local store stays the source of truth: a mirror call that fails (Home Assistant stopped,
the list deleted, a slow network) is logged, without the reminder's text, and ignored; the
reminder is unaffected and keeps ``mirror_ref`` None when it was never mirrored.

Home Assistant 2024.3's ``local_todo`` lists support due date-times on items
(``TodoListEntityFeature.SET_DUE_DATETIME_ON_ITEM``): ``todo.add_item`` takes
``due_datetime``, and ``todo.update_item`` / ``todo.remove_item`` find an item by its uid. The
add service returns nothing, so the new item's uid is read back with ``todo.get_items``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import Any, TypeVar

from integrations.base import AdapterError, DeviceAdapter
from integrations.reminders.model import Reminder

log = logging.getLogger(__name__)

_T = TypeVar("_T")


class TodoMirror:
    """Mirrors reminders as items of the to-do list *entity_id* (``todo.reminders``) through
    *adapter*. Each operation gives up after *timeout* seconds."""

    def __init__(self, adapter: DeviceAdapter, entity_id: str, *, timeout: float = 20.0) -> None:
        if not entity_id.startswith("todo."):
            raise ValueError(f"not a to-do list entity: {entity_id!r}")
        self.adapter = adapter
        self.entity_id = entity_id
        self.timeout = timeout

    def __repr__(self) -> str:
        return f"TodoMirror({self.entity_id!r})"

    async def add(self, reminder: Reminder) -> str | None:
        """Add an item for *reminder* (its text, due at its next delivery) and return the
        item's uid, or None when that failed."""
        return await self._guard("add", reminder, self._add(reminder), None)

    async def _add(self, reminder: Reminder) -> str | None:
        before = {item.get("uid") for item in await self.items()}
        await self._call("add_item", {"item": reminder.message, "due_datetime": _due(reminder)})
        added = [
            item
            for item in await self.items()
            if item.get("uid") not in before and item.get("summary") == reminder.message
        ]
        if not added:
            log.warning("reminder %d: the new item is not on %s", reminder.id, self.entity_id)
            return None
        if len(added) > 1:  # the same text added at the same moment by someone else
            log.info(
                "reminder %d: %d new items match on %s", reminder.id, len(added), self.entity_id
            )
        uid = added[0].get("uid")
        return str(uid) if uid else None

    async def complete(self, reminder: Reminder) -> None:
        """Tick the reminder's item off."""
        if reminder.mirror_ref is not None:
            await self._guard(
                "complete",
                reminder,
                self._call("update_item", {"item": reminder.mirror_ref, "status": "completed"}),
                None,
            )

    async def reschedule(self, reminder: Reminder) -> None:
        """Move the item's due time to the reminder's next delivery (after a snooze, or a
        recurring reminder's Done), and mark it not done."""
        if reminder.mirror_ref is not None:
            data = {
                "item": reminder.mirror_ref,
                "due_datetime": _due(reminder),
                "status": "needs_action",
            }
            await self._guard("reschedule", reminder, self._call("update_item", data), None)

    async def remove(self, reminder: Reminder) -> None:
        """Delete the reminder's item."""
        if reminder.mirror_ref is not None:
            await self._guard(
                "remove",
                reminder,
                self._call("remove_item", {"item": [reminder.mirror_ref]}),
                None,
            )

    async def items(self) -> list[dict[str, Any]]:
        """The list's items as Home Assistant returns them (uid, summary, status, due...)."""
        result = await self.adapter.call_service(
            "todo", "get_items", [self.entity_id], {}, return_response=True
        )
        response = result.response if isinstance(result.response, dict) else {}
        entry = response.get(self.entity_id)
        items = entry.get("items") if isinstance(entry, dict) else None
        return [item for item in items or [] if isinstance(item, dict)]

    async def _call(self, service: str, data: dict[str, Any]) -> None:
        await self.adapter.call_service("todo", service, [self.entity_id], data)

    async def _guard(self, what: str, reminder: Reminder, call: Awaitable[_T], failed: _T) -> _T:
        try:
            async with asyncio.timeout(self.timeout):
                return await call
        except (AdapterError, TimeoutError) as err:
            # The error text may quote the item; the class says enough.
            log.warning(
                "mirroring reminder %d to %s (%s) failed: %s",
                reminder.id,
                self.entity_id,
                what,
                type(err).__name__,
            )
            return failed


def _due(reminder: Reminder) -> str:
    return (reminder.next_fire or reminder.due).isoformat()
