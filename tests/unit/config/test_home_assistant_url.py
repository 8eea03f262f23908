"""A Home Assistant address is cleaned the way the adapter uses it (one rule: the adapter's
own URL for every address it accepts), and anything else is a clear configuration error."""

from __future__ import annotations

import pytest

from app.config.home_assistant import normalise_url
from app.core.errors import ConfigError
from integrations.homeassistant import HomeAssistantAdapter


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("http://homeassistant.local:8123", "http://homeassistant.local:8123"),
        ("  http://homeassistant.local:8123/  ", "http://homeassistant.local:8123"),
        ("http://ha.lan:8123/api", "http://ha.lan:8123"),
        ("https://ha.example.org/api/", "https://ha.example.org"),
        ("http://[::1]:8123", "http://[::1]:8123"),
        ("http://10.0.0.2:8123/base", "http://10.0.0.2:8123/base"),
    ],
)
def test_the_address_is_the_adapters(typed: str, kept: str) -> None:
    assert normalise_url(typed) == kept
    assert HomeAssistantAdapter(typed, "t").url == kept


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("", "enter the address of your Home Assistant, e.g. http://homeassistant.local:8123"),
        ("   ", "enter the address of your Home Assistant"),
        ("homeassistant.local", "not a Home Assistant URL: 'homeassistant.local' (give it as"),
        ("ftp://ha.local", "not a Home Assistant URL"),
        ("http://[::1", "not a Home Assistant URL"),
        ("http://ha.local:99999", "not a Home Assistant URL"),
        ("http://me:secret@ha.local:8123", "not a Home Assistant URL"),
    ],
)
def test_what_is_not_an_address_is_said(typed: str, said: str) -> None:
    with pytest.raises(ConfigError) as raised:
        normalise_url(typed)
    assert str(raised.value).startswith(said)
    assert "secret" not in str(raised.value)
