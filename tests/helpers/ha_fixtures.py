"""Fixtures for the integration tests against a real Home Assistant 2024.3 server.

* ``ha_server`` (session): one :class:`HomeAssistantServer` per test session, per pytest-xdist
  worker (each worker gets its own config folder and free port), seeded with the demo
  entities, a "Groceries" to-do list and a "Family" calendar. Tests that stop or restart a
  server should make their own (see ``ha_server_factory``) so the shared one stays up.
* ``ha_server_factory`` (function): makes extra servers in the test's tmp folder and stops them
  at the end of the test.
* ``ha_adapter`` (function, async; use with ``@pytest.mark.anyio``): a
  :class:`HomeAssistantAdapter` connected to ``ha_server`` (its token checked), closed after
  the test.

Mark the tests ``@pytest.mark.integration``. Without the server installed the fixtures fail
with the command that installs it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest

from integrations.homeassistant import HomeAssistantAdapter
from tests.helpers.ha_server import HA_VENV, INSTALL_HINT, HomeAssistantServer


def _require_installed() -> None:
    if not (HA_VENV / "bin" / "hass").exists():
        pytest.fail(
            f"the Home Assistant test server is not installed: {INSTALL_HINT}", pytrace=False
        )


@pytest.fixture(scope="session")
def ha_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HomeAssistantServer]:
    _require_installed()
    server = HomeAssistantServer(tmp_path_factory.mktemp("home-assistant"))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def ha_server_factory(tmp_path: Path) -> Iterator[Callable[[], HomeAssistantServer]]:
    _require_installed()
    servers: list[HomeAssistantServer] = []

    def make() -> HomeAssistantServer:
        server = HomeAssistantServer(tmp_path / f"home-assistant-{len(servers)}")
        servers.append(server)
        server.start()
        return server

    try:
        yield make
    finally:
        for server in servers:
            server.stop()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def ha_adapter(ha_server: HomeAssistantServer) -> AsyncIterator[HomeAssistantAdapter]:
    adapter = HomeAssistantAdapter(ha_server.url, ha_server.token, timeout=10)
    try:
        await adapter.check()
        yield adapter
    finally:
        await adapter.close()
