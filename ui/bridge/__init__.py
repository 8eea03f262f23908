"""The GUI's one door to the core (see :mod:`ui.bridge.assistant_bridge`).

:class:`Agenda` is imported when first asked for: the agenda's modules (the calendars, the
reminder store) load with the assistant in a worker thread, not before the window shows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.session.reminder_clicks import SNOOZE_MINUTES
from app.session.requests import Request
from ui.bridge.assistant_bridge import AssistantBridge, Connect

if TYPE_CHECKING:
    from app.session.agenda import Agenda

__all__ = ["SNOOZE_MINUTES", "Agenda", "AssistantBridge", "Connect", "Request"]


def __getattr__(name: str) -> Any:
    if name == "Agenda":
        from app.session.agenda import Agenda  # noqa: PLC0415  lazy: loads with the assistant, in a worker thread after the window shows

        return Agenda
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
