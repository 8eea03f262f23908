"""Home Assistant adapter: REST through homeassistant-api for states and service calls, its
websocket client for the registries, services that return data and live ``state_changed``
events (kept subscribed across restarts of Home Assistant). See :mod:`.adapter`."""

from integrations.homeassistant.adapter import HomeAssistantAdapter, snapshot

__all__ = ["HomeAssistantAdapter", "snapshot"]
