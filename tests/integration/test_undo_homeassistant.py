"""`hearth undo` against a real Home Assistant 2024.3 server."""

from __future__ import annotations

import time

import pytest

from app.cli import audit as cli_audit
from app.cli.common import EXIT_OK
from app.cli.main import main
from app.config.settings import HomeAssistantSettings, Settings
from tests.helpers.ha_server import HomeAssistantServer
from tests.helpers.keyring_session import KeyringSession

pytestmark = pytest.mark.integration


def wait_for(server: HomeAssistantServer, entity_id: str, brightness: int) -> None:
    deadline = time.monotonic() + 10
    while server.state(entity_id)["attributes"].get("brightness") != brightness:
        assert time.monotonic() < deadline, f"{entity_id} did not reach {brightness}"
        time.sleep(0.1)


def test_undo_puts_the_bed_light_back(
    ha_server: HomeAssistantServer,
    secret_service: KeyringSession,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    Settings(home_assistant=HomeAssistantSettings(url=ha_server.url, timeout=5)).save()
    monkeypatch.setenv("HEARTH_HA_TOKEN", ha_server.token)
    ha_server.api(
        "/api/services/light/turn_on", {"entity_id": "light.bed_light", "brightness": 200}
    )
    wait_for(ha_server, "light.bed_light", 200)
    assert main(["do", "--yes", "set the bed light to 30 percent"]) == EXIT_OK
    assert ha_server.state("light.bed_light")["attributes"]["brightness"] in (76, 77)
    capsys.readouterr()
    assert cli_audit.main(["undo", "--yes"]) == EXIT_OK, capsys.readouterr()
    wait_for(ha_server, "light.bed_light", 200)
    assert cli_audit.main(["audit", "verify"]) == EXIT_OK
