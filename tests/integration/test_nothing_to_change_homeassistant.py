"""'Nothing to change' against a real Home Assistant: `hearth do` reads the target's state back
from the server (its live events may not be up yet) before saying so, and still asks when the
server says the light is in fact off."""

from __future__ import annotations

import time

import pytest

from app.cli.common import EXIT_NOT_APPROVED, EXIT_OK
from app.cli.main import main
from app.config.settings import HomeAssistantSettings, Settings
from tests.helpers.ha_server import HomeAssistantServer

pytestmark = pytest.mark.integration


def set_light(server: HomeAssistantServer, service: str, state: str) -> None:
    server.api(f"/api/services/light/{service}", {"entity_id": "light.ceiling_lights"})
    deadline = time.monotonic() + 10
    while server.state("light.ceiling_lights")["state"] != state:
        assert time.monotonic() < deadline
        time.sleep(0.1)


def test_do_on_a_light_that_is_on_says_nothing_to_change(
    ha_server: HomeAssistantServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    Settings(home_assistant=HomeAssistantSettings(url=ha_server.url, timeout=5)).save()
    monkeypatch.setenv("HEARTH_HA_TOKEN", ha_server.token)
    set_light(ha_server, "turn_on", "on")
    code = main(["do", "turn on the ceiling lights"])
    out = capsys.readouterr().out
    assert "Nothing to change: Ceiling Lights is already on." in out
    assert code == EXIT_OK, out

    set_light(ha_server, "turn_off", "off")
    code = main(["do", "turn on the ceiling lights"])  # no --yes, no terminal: not approved
    assert "Nothing to change" not in capsys.readouterr().out
    assert code == EXIT_NOT_APPROVED
    assert ha_server.state("light.ceiling_lights")["state"] == "off"
