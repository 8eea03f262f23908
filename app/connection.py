"""Trying a Home Assistant address and token before they are saved (the settings page, the
first-run wizard), and keeping the token in the keyring. The keyring is used in a worker
thread (it may wait for an unlock prompt); the home is loaded on the running loop."""

from __future__ import annotations

import asyncio

from app.bootstrap import home_assistant_adapter
from app.config.home_assistant import normalise_url
from app.config.settings import Settings, get_token, set_token
from app.core.errors import ConfigError
from app.core.home import Home


async def try_home_assistant(url_text: str, token_text: str, settings: Settings) -> Home:
    """Load the home from *url_text* with *token_text* (empty: the token kept for that
    address). Raises ConfigError, AdapterError or TimeoutError (after three timeouts)."""
    url = normalise_url(url_text)
    token: str | None = token_text.strip()
    if not token:
        token = await asyncio.to_thread(get_token, url)
    if not token:
        raise ConfigError("enter an access token: none is stored for this address yet")
    adapter = home_assistant_adapter(url, token, settings)
    try:
        return await asyncio.wait_for(adapter.load_home(), settings.home_assistant.timeout * 3)
    finally:
        await adapter.close()


async def keep_token(url_text: str, token_text: str) -> tuple[str, bool]:
    """Keep *token_text* in the keyring for *url_text*, or check one is kept when it is
    empty: (the normalised URL, whether a token was written). Raises ConfigError
    (SecretStoreError when the keyring fails)."""
    url = normalise_url(url_text)
    token = token_text.strip()
    if token:
        await asyncio.to_thread(set_token, url, token)
        return url, True
    if not await asyncio.to_thread(get_token, url):
        raise ConfigError(f"no access token is stored for {url}: enter one")
    return url, False
