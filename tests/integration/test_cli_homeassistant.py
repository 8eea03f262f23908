"""The `hearth` command line against a real Home Assistant 2024.3 server and a real keyring."""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.cli.common import EXIT_NOT_APPROVED, EXIT_OK, EXIT_UNREACHABLE, EXIT_USAGE
from app.cli.main import main
from app.config.settings import HomeAssistantSettings, Settings, config_dir, data_dir
from app.core.home import Home
from app.records.history import History
from tests.helpers.ha_server import HomeAssistantServer
from tests.helpers.keyring_session import KeyringSession, files_containing

pytestmark = pytest.mark.integration

WRONG_TOKEN = "wrong-token-9c1e5a7b3d"


def configure(url: str) -> None:
    """settings.toml pointing at *url* (in the test's own HEARTH_CONFIG_DIR)."""
    Settings(home_assistant=HomeAssistantSettings(url=url, timeout=5)).save()


def wait_for_state(server: HomeAssistantServer, entity_id: str, state: str) -> None:
    deadline = time.monotonic() + 10
    while server.state(entity_id)["state"] != state:
        assert time.monotonic() < deadline, f"{entity_id} did not become {state}"
        time.sleep(0.1)


@pytest.fixture
def connected(ha_server: HomeAssistantServer, monkeypatch: pytest.MonkeyPatch) -> None:
    configure(ha_server.url)
    monkeypatch.setenv("HEARTH_HA_TOKEN", ha_server.token)


def test_do_changes_the_real_state(
    ha_server: HomeAssistantServer, connected: None, capsys: pytest.CaptureFixture[str]
) -> None:
    ha_server.api("/api/services/light/turn_off", {"entity_id": "light.ceiling_lights"})
    wait_for_state(ha_server, "light.ceiling_lights", "off")
    code = main(["do", "--yes", "turn on the ceiling lights"])
    out = capsys.readouterr().out
    assert code == EXIT_OK, out
    assert "verified" in out
    assert ha_server.state("light.ceiling_lights")["state"] == "on"
    history = History(data_dir() / "history.sqlite3")
    try:
        (record,) = history.recent()
    finally:
        history.close()
    assert record.outcome == "succeeded" and record.steps[0]["status"] == "verified"


def test_yes_does_not_unlock_the_real_lock(
    ha_server: HomeAssistantServer, connected: None, capsys: pytest.CaptureFixture[str]
) -> None:
    if ha_server.state("lock.front_door")["state"] != "locked":
        ha_server.api("/api/services/lock/lock", {"entity_id": "lock.front_door"})
        wait_for_state(ha_server, "lock.front_door", "locked")
    assert main(["do", "--yes", "unlock the front door"]) == EXIT_NOT_APPROVED
    assert "security-sensitive" in capsys.readouterr().err
    time.sleep(0.5)  # had anything been sent, the demo lock would be unlocking by now
    assert ha_server.state("lock.front_door")["state"] == "locked"


def test_snapshot_is_read_back(
    ha_server: HomeAssistantServer,
    connected: None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    output = tmp_path / "home.yaml"
    assert main(["snapshot", "-o", str(output)]) == EXIT_OK
    assert "Wrote" in capsys.readouterr().out
    home = Home.load(output)
    for entity_id in ("light.bed_light", "light.ceiling_lights", "lock.front_door"):
        assert entity_id in home.entities
    assert home.entities["light.ceiling_lights"].area == "living_room"
    assert "counter lights" in home.entities["light.kitchen_lights"].aliases
    assert "sleeping room" in home.areas["bedroom"].aliases
    assert files_containing(ha_server.token, tmp_path) == []
    # The snapshot plans offline like any home file.
    assert main(["plan", "--json", "--home", str(output), "turn on the ceiling lights"]) == 0
    # A folder that does not exist is a usage error, not a traceback.
    missing = tmp_path / "no" / "such" / "folder" / "home.yaml"
    assert main(["snapshot", "-o", str(missing)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert f"cannot write {missing}" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [["do", "--yes", "turn on the ceiling lights"], ["snapshot", "-o", "home.yaml"]],
    ids=["do", "snapshot"],
)
def test_wrong_token_is_a_usage_error_without_the_token(
    argv: list[str],
    ha_server: HomeAssistantServer,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    configure(ha_server.url)
    monkeypatch.setenv("HEARTH_HA_TOKEN", WRONG_TOKEN)
    monkeypatch.chdir(tmp_path)
    assert main(argv) == EXIT_USAGE
    captured = capsys.readouterr()
    assert "refused the token" in captured.err
    for secret in (WRONG_TOKEN, ha_server.token):
        assert secret not in captured.err and secret not in captured.out
    assert "Traceback" not in captured.err
    assert not (tmp_path / "home.yaml").exists()


def test_stopped_server_is_unreachable(
    ha_server_factory: Callable[[], HomeAssistantServer],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server = ha_server_factory()
    configure(server.url)
    monkeypatch.setenv("HEARTH_HA_TOKEN", server.token)
    server.stop(timeout=3)
    started = time.monotonic()
    assert main(["do", "--yes", "turn on the ceiling lights"]) == EXIT_UNREACHABLE
    err = capsys.readouterr().err
    assert time.monotonic() - started < 30
    assert err.startswith("hearth: ") and server.url.split("//")[1] in err, err
    assert "Traceback" not in err and server.token not in err
    assert main(["snapshot", "-o", "unused.yaml"]) == EXIT_UNREACHABLE


# -- hearth connect --------------------------------------------------------------------------


def connect(url: str, token: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(token + "\n"))
    return main(["connect", "--url", url, "--token-stdin"])


def test_connect_keeps_the_token_in_the_secret_service(
    ha_server: HomeAssistantServer,
    secret_service: KeyringSession,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Given as the API's URL: kept as the base URL that later commands look up.
    assert connect(ha_server.url + "/api/", ha_server.token, monkeypatch) == EXIT_OK
    captured = capsys.readouterr()
    assert "The token is in the keyring" in captured.out
    assert ha_server.token not in captured.out + captured.err
    # In GNOME Keyring, under the server's URL ...
    ((attributes, secret),) = secret_service.items()
    assert secret == ha_server.token
    assert attributes["username"] == f"homeassistant:{ha_server.url}"
    # ... the URL in settings.toml, and the token in no file of Hearth's (nor in plain text
    # in the keyring's own files: they are encrypted).
    assert Settings.load().home_assistant.url == ha_server.url
    assert (config_dir() / "settings.toml").exists()
    assert files_containing(ha_server.token, config_dir(), data_dir()) == []
    assert files_containing(ha_server.token, secret_service.data_home) == []
    # Later commands find it there (no HEARTH_HA_TOKEN).
    ha_server.api("/api/services/light/turn_off", {"entity_id": "light.ceiling_lights"})
    wait_for_state(ha_server, "light.ceiling_lights", "off")
    assert main(["do", "--yes", "turn on the ceiling lights"]) == EXIT_OK
    assert ha_server.state("light.ceiling_lights")["state"] == "on"
    assert files_containing(ha_server.token, config_dir(), data_dir()) == []


def test_connect_with_a_wrong_token_stores_nothing(
    ha_server: HomeAssistantServer,
    secret_service: KeyringSession,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert connect(ha_server.url, WRONG_TOKEN, monkeypatch) == EXIT_USAGE
    assert WRONG_TOKEN not in capsys.readouterr().err
    assert secret_service.items() == []
    assert not (config_dir() / "settings.toml").exists()


def test_connect_without_a_keyring_exits_2_and_stores_nothing(
    ha_server: HomeAssistantServer,
    no_keyring: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert connect(ha_server.url, ha_server.token, monkeypatch) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "no usable system keyring" in err and "HEARTH_HA_TOKEN" in err
    assert ha_server.token not in err and "Traceback" not in err
    assert not (config_dir() / "settings.toml").exists()
    assert files_containing(ha_server.token, config_dir(), data_dir()) == []
