"""The GUI's one door to the core (see :mod:`ui.bridge.assistant_bridge`)."""

from app.session.agenda import Agenda
from app.session.reminder_clicks import SNOOZE_MINUTES
from app.session.requests import Request
from ui.bridge.assistant_bridge import AssistantBridge, Connect

__all__ = ["SNOOZE_MINUTES", "Agenda", "AssistantBridge", "Connect", "Request"]
