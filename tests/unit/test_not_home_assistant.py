"""A web server that is not Home Assistant is named as such ("not a Home Assistant server"),
with the configuration exit code 2, not reported as an unreachable Home Assistant (exit 5):
by the adapter, `hearth connect` and `hearth do` (real subprocesses) against real local web
servers (tests/helpers/plain_http.py). The window's connection test is in
tests/ui/test_settings_view.py."""

from __future__ import annotations

import asyncio

import pytest

from app.cli.common import EXIT_USAGE
from app.config.settings import HomeAssistantSettings, Settings
from integrations.base import WrongServerError
from integrations.homeassistant import HomeAssistantAdapter
from tests.helpers.plain_http import ANSWERS, Answer, PlainHttpServer
from tests.helpers.processes import run_hearth

TOKEN = "a-token-for-the-wrong-server-7d2f"

#: What each server's answer at /api/ is called in the message.
SAID = {
    "html": "answered a text/html page",
    "json": "answered JSON that is not Home Assistant's API",
    "text": "answered text that is not Home Assistant's API",
    "404": "answered 404 Not Found",
}


@pytest.mark.parametrize("kind", ANSWERS)
def test_the_adapter_says_the_server_is_not_home_assistant(kind: Answer) -> None:
    async def go(url: str) -> None:
        adapter = HomeAssistantAdapter(url, TOKEN, timeout=5)
        try:
            with pytest.raises(WrongServerError) as loading:
                await adapter.load_home()
            with pytest.raises(WrongServerError):
                await adapter.check()
        finally:
            await adapter.close()
        message = str(loading.value)
        assert f"{url} is not a Home Assistant server" in message
        assert SAID[kind] in message
        assert TOKEN not in message

    with PlainHttpServer(kind) as server:
        asyncio.run(go(server.url))
        assert ("GET", "/api/") in server.requests


@pytest.mark.parametrize("kind", ANSWERS)
def test_hearth_connect_to_a_server_that_is_not_home_assistant(kind: Answer) -> None:
    with PlainHttpServer(kind) as server:
        done = run_hearth("connect", "--url", server.url, "--token-stdin", stdin=TOKEN + "\n")
    assert done.returncode == EXIT_USAGE, done.stdout + done.stderr
    assert f"{server.url} is not a Home Assistant server ({server.url}/api/ {SAID[kind]}" in (
        done.stderr
    )
    assert "cannot reach" not in done.stderr and "Traceback" not in done.stderr
    assert TOKEN not in done.stdout + done.stderr
    assert not Settings.load().home_assistant.url, "nothing is saved for a wrong server"


def test_hearth_do_at_start_up_against_a_server_that_is_not_home_assistant() -> None:
    with PlainHttpServer("html") as server:
        Settings(home_assistant=HomeAssistantSettings(url=server.url, timeout=5)).save()
        done = run_hearth(
            "do", "--yes", "turn on the kitchen lights", env={"HEARTH_HA_TOKEN": TOKEN}
        )
    assert done.returncode == EXIT_USAGE, done.stdout + done.stderr
    assert f"{server.url} is not a Home Assistant server" in done.stderr
    assert "Traceback" not in done.stderr
    assert all(method == "GET" for method, _ in server.requests), "nothing may be sent"
