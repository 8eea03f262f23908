"""The bridge's Home Assistant connection for the forms: try an address and a token before
they are saved, and keep the token in the keyring (:mod:`app.connection`: the keyring in a
worker thread, the home loaded on the asyncio loop).

:class:`HomeAssistantPart` is part of the window's :class:`~ui.bridge.AssistantBridge`;
:class:`HomeAssistantDoor` is the same for a form shown before there is an assistant (the
first-run wizard)."""

from __future__ import annotations

from app.config.settings import Settings
from app.core.home import Home


class HomeAssistantPart:
    settings: Settings

    async def test_home_assistant(self, url_text: str, token_text: str) -> Home:
        """Load the home from *url_text* with *token_text* (empty: the token kept for that
        address). Raises ConfigError, AdapterError or TimeoutError."""
        # With the builders of the home's parts: loaded when a form first asks, not at start.
        from app.connection import try_home_assistant  # noqa: PLC0415  lazy: the home's builders, when a form first asks

        return await try_home_assistant(url_text, token_text, self.settings)

    async def keep_home_assistant_token(self, url_text: str, token_text: str) -> tuple[str, bool]:
        """Keep *token_text* in the keyring for *url_text* (empty: check one is kept):
        (the normalised URL, whether a token was written). Raises ConfigError
        (SecretStoreError when the keyring fails)."""
        from app.connection import keep_token  # noqa: PLC0415  lazy: the home's builders, when a form first asks

        return await keep_token(url_text, token_text)


class HomeAssistantDoor(HomeAssistantPart):
    """:class:`HomeAssistantPart` on its own, for a form with no assistant yet."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
