"""A Home Assistant address as Hearth keeps it: the base URL the adapter talks to and the
keyring keys the token by (no trailing slash, no ``/api``). Checked here, before any adapter
or token exists, so a typing mistake is a clear message."""

from __future__ import annotations

import re
import urllib.parse

from app.config import logsafety
from app.core.errors import ConfigError

URL_EXAMPLE = "http://homeassistant.local:8123"
_BASE = re.compile(r"^https?://[^/\s]+")


def normalise_url(url: str) -> str:
    """*url* as the adapter uses it: ``http://ha.local:8123/api/`` is ``http://ha.local:8123``.
    Raises :class:`ConfigError` for something that is not a Home Assistant URL (empty, no
    http(s) scheme or host, a bad port, a user name or password in it)."""
    if not url.strip():
        raise ConfigError(f"enter the address of your Home Assistant, e.g. {URL_EXAMPLE}")
    credentials = logsafety.credentials_in_url(url)
    if credentials is not None:
        raise ConfigError(f"not a Home Assistant URL: {credentials}")
    base = url.strip().rstrip("/").removesuffix("/api")
    try:
        urllib.parse.urlsplit(base).port  # noqa: B018 - "http://[::1", a bad port
    except ValueError:
        base = ""
    if not _BASE.match(base):
        raise ConfigError(
            f"not a Home Assistant URL: {url!r} (give it as http://host:port, e.g. {URL_EXAMPLE})"
        )
    return base
