"""todo.* services over the items a snapshot keeps in ``attributes.items``.

Home Assistant does not put a list's items in its state; Hearth's snapshots do (a list of
``{summary, status, uid?, due?, description?}``), and a to-do entity's state is the number
of items still ``needs_action``, as Home Assistant reports it.

Following ``homeassistant.components.todo``: an item is found by its uid or its exact
summary (case matters); due dates and descriptions need their feature bits; get_items
only answers a call made with ``return_response`` and returns
``{"items": [{summary, uid, status, due?, description?}]}`` per entity.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from integrations.base import RejectedError
from integrations.virtual_home.services.base import Call, Service, require, service, string

CREATE = 1
DELETE = 2
UPDATE = 4
MOVE = 8
SET_DUE_DATE = 16
SET_DUE_DATETIME = 32
SET_DESCRIPTION = 64

STATUSES = ("needs_action", "completed")
_ITEM_FIELDS = ("due_date", "due_datetime", "description")


def items_of(call: Call) -> list[dict[str, Any]]:
    items = call.attrs.get("items")
    if items is None:
        items = call.attrs["items"] = []
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise call.fail("its item list in the snapshot is not a list of items")
    return items


def _count(call: Call) -> None:
    open_items = sum(1 for item in items_of(call) if item.get("status") != "completed")
    call.entity.state = str(open_items)


def _extra_fields(call: Call) -> dict[str, Any]:
    """due_date / due_datetime / description from the call, checked against the features."""
    data = call.data
    out: dict[str, Any] = {}
    if "due_date" in data and "due_datetime" in data:
        raise RejectedError("give only one of due_date and due_datetime")
    if "due_date" in data:
        if not call.features & SET_DUE_DATE:
            raise call.fail("does not support setting a due date on items")
        try:
            out["due"] = dt.date.fromisoformat(str(data["due_date"])).isoformat()
        except ValueError:
            raise RejectedError(f"due_date is not a date: {data['due_date']!r}") from None
    if "due_datetime" in data:
        if not call.features & SET_DUE_DATETIME:
            raise call.fail("does not support setting a due time on items")
        try:
            due = dt.datetime.fromisoformat(str(data["due_datetime"]))
        except ValueError:
            raise RejectedError(
                f"due_datetime is not a datetime: {data['due_datetime']!r}"
            ) from None
        out["due"] = (due if due.tzinfo else due.astimezone()).isoformat()
    if "description" in data:
        if not call.features & SET_DESCRIPTION:
            raise call.fail("does not support descriptions on items")
        out["description"] = data["description"]
    return out


def _find(call: Call, value: str) -> dict[str, Any]:
    for item in items_of(call):
        if value in (item.get("uid"), item.get("summary")):
            return item
    raise call.fail(f"unable to find to-do item {value!r}")


def add_item(call: Call) -> None:
    summary = string(call.data, "item")
    extra = _extra_fields(call)
    items_of(call).append(
        {"summary": summary, "uid": uuid.uuid4().hex, "status": "needs_action", **extra}
    )
    _count(call)


def remove_item(call: Call) -> None:
    require(call.data, "item")
    raw = call.data["item"]
    values = raw if isinstance(raw, list) else [raw]
    names = [string({"item": v}, "item") for v in values]
    found = [_find(call, name) for name in names]
    items = items_of(call)
    items[:] = [item for item in items if not any(item is f for f in found)]
    _count(call)


def update_item(call: Call) -> None:
    data = call.data
    item = _find(call, string(data, "item"))
    if not any(k in data for k in ("rename", "status", *_ITEM_FIELDS)):
        raise RejectedError(
            "update_item needs rename, status, due_date, due_datetime or description"
        )
    extra = _extra_fields(call)
    if "status" in data and data["status"] not in STATUSES:
        raise RejectedError(f"status must be needs_action or completed, got {data['status']!r}")
    if "rename" in data:
        item["summary"] = string(data, "rename")
    if "status" in data:
        item["status"] = data["status"]
    item.update(extra)
    _count(call)


def remove_completed_items(call: Call) -> None:
    items = items_of(call)
    items[:] = [item for item in items if item.get("status") != "completed"]
    _count(call)


def get_items(call: Call) -> dict[str, Any]:
    wanted = call.data.get("status")
    statuses = [wanted] if isinstance(wanted, str) else wanted
    if statuses is not None and (
        not isinstance(statuses, list) or any(s not in STATUSES for s in statuses)
    ):
        raise RejectedError(f"status must be needs_action and/or completed, got {wanted!r}")
    out = []
    for item in items_of(call):
        if statuses and item.get("status") not in statuses:
            continue
        out.append(
            {
                key: item[key]
                for key in ("summary", "uid", "status", "due", "description")
                if item.get(key) is not None
            }
        )
    return {"items": out}


SERVICES: dict[str, Service] = {
    "add_item": service(add_item, ("item", *_ITEM_FIELDS), (CREATE,)),
    "remove_item": service(remove_item, ("item",), (DELETE,)),
    "update_item": service(update_item, ("item", "rename", "status", *_ITEM_FIELDS), (UPDATE,)),
    "remove_completed_items": service(remove_completed_items, (), (DELETE,)),
    "get_items": service(get_items, ("status",), response="only"),
}
