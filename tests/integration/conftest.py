"""A real Home Assistant server, started once per test session (per xdist worker)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.ha_server import HomeAssistantServer


@pytest.fixture(scope="session")
def ha_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HomeAssistantServer]:
    server = HomeAssistantServer(Path(tmp_path_factory.mktemp("ha")))
    server.start()
    server.create_todo_list("Groceries")
    yield server
    server.stop()
