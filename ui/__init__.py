"""Hearth's desktop app (PySide6). Renders the core's models and sends intents to it through
:class:`ui.bridge.AssistantBridge`; it holds no business logic."""
