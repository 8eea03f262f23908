"""A Home Assistant timer helper named in the sentence, against a real Home Assistant 2024.3
server: created through Home Assistant's own websocket (``timer/create``), then started with a
length, paused, asked about, resumed and cancelled with ``hearth do``, each time read back from
Home Assistant's state. Hearth's own timers stay out of it (nothing in Hearth's store)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from app.cli.common import EXIT_OK
from app.cli.main import main
from app.config.settings import HomeAssistantSettings, Settings
from app.core.durations import duration_words, parse_hms
from tests.helpers.ha_server import HomeAssistantServer
from tests.helpers.keyring_session import KeyringSession

pytestmark = pytest.mark.integration


@pytest.fixture
def laundry(ha_server: HomeAssistantServer) -> Iterator[str]:
    """A timer helper "Laundry" (45 minutes), exposed to Assist; removed afterwards."""
    (created,) = ha_server.ws({"type": "timer/create", "name": "Laundry", "duration": "00:45:00"})
    entity_id = f"timer.{created['id']}"
    deadline = time.monotonic() + 10
    while True:
        try:
            ha_server.state(entity_id)
            break
        except Exception:
            assert time.monotonic() < deadline, f"{entity_id} never appeared"
            time.sleep(0.1)
    ha_server.ws(
        {
            "type": "homeassistant/expose_entity",
            "assistants": ["conversation"],
            "entity_ids": [entity_id],
            "should_expose": True,
        }
    )
    try:
        yield entity_id
    finally:
        ha_server.ws({"type": "timer/delete", "timer_id": created["id"]})


def _wait_state(server: HomeAssistantServer, entity_id: str, state: str) -> dict[str, object]:
    deadline = time.monotonic() + 10
    while (current := server.state(entity_id))["state"] != state:
        assert time.monotonic() < deadline, f"{entity_id} is {current['state']}, not {state}"
        time.sleep(0.1)
    return current


def test_a_home_assistant_timer_helper_is_started_paused_resumed_and_cancelled(
    ha_server: HomeAssistantServer,
    laundry: str,
    secret_service: KeyringSession,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    Settings(home_assistant=HomeAssistantSettings(url=ha_server.url, timeout=5)).save()
    monkeypatch.setenv("HEARTH_HA_TOKEN", ha_server.token)
    monkeypatch.setenv("HEARTH_NO_LLM", "1")
    assert _wait_state(ha_server, laundry, "idle")

    started_at = datetime.now(UTC)
    assert main(["do", "--yes", "start the laundry timer for 20 minutes"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Start Laundry for 20 minutes" in out and "verified" in out
    active = _wait_state(ha_server, laundry, "active")
    attributes = active["attributes"]
    assert isinstance(attributes, dict)
    finishes = datetime.fromisoformat(str(attributes["finishes_at"]))
    assert abs(finishes - (started_at + timedelta(minutes=20))) < timedelta(seconds=30)

    assert main(["do", "--yes", "pause the laundry timer"]) == EXIT_OK
    assert "verified" in capsys.readouterr().out
    paused = _wait_state(ha_server, laundry, "paused")
    attributes = paused["attributes"]
    assert isinstance(attributes, dict)
    remaining = parse_hms(attributes["remaining"])
    assert remaining is not None and 19 * 60 <= remaining <= 20 * 60

    assert main(["do", "how long is left on the laundry timer"]) == EXIT_OK
    answer = capsys.readouterr().out
    assert f"{duration_words(remaining)} left on Laundry (paused)." in answer

    assert main(["do", "--yes", "resume the laundry timer"]) == EXIT_OK
    assert "verified" in capsys.readouterr().out
    resumed = _wait_state(ha_server, laundry, "active")
    attributes = resumed["attributes"]
    assert isinstance(attributes, dict)
    finishes = datetime.fromisoformat(str(attributes["finishes_at"]))
    # It went on with what it had left, not the helper's 45 minutes.
    assert finishes - datetime.now(UTC) < timedelta(minutes=20)

    assert main(["do", "--yes", "cancel the laundry timer"]) == EXIT_OK
    assert "verified" in capsys.readouterr().out
    _wait_state(ha_server, laundry, "idle")
    assert main(["timers"]) == EXIT_OK  # Hearth's own timers were never touched
    assert "No timers." in capsys.readouterr().out


def _finishes(server: HomeAssistantServer, entity_id: str) -> datetime:
    attributes = _wait_state(server, entity_id, "active")["attributes"]
    assert isinstance(attributes, dict)
    return datetime.fromisoformat(str(attributes["finishes_at"]))


def test_time_is_added_to_and_taken_off_a_home_assistant_timer_helper(
    ha_server: HomeAssistantServer,
    laundry: str,
    secret_service: KeyringSession,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``timer.change`` with "-00:05:00" and "00:02:00" moves the end as said; beyond the
    length the timer was started with Home Assistant 2024.3 refuses ``timer.change``
    itself, so Hearth starts it again with the new time left; more taken off than is left
    is refused in words and Home Assistant's timer is left as it was."""
    Settings(home_assistant=HomeAssistantSettings(url=ha_server.url, timeout=5)).save()
    monkeypatch.setenv("HEARTH_HA_TOKEN", ha_server.token)
    monkeypatch.setenv("HEARTH_NO_LLM", "1")
    assert main(["do", "--yes", "start the laundry timer for 20 minutes"]) == EXIT_OK
    capsys.readouterr()
    first = _finishes(ha_server, laundry)

    assert main(["do", "--yes", "take 5 minutes off the laundry timer"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Laundry: " in out and " left → " in out and "verified" in out
    deadline = time.monotonic() + 10
    while (shorter := _finishes(ha_server, laundry)) == first:
        assert time.monotonic() < deadline, "timer.change never moved the end"
        time.sleep(0.1)
    assert abs(shorter - (first - timedelta(minutes=5))) <= timedelta(seconds=2)

    # Home Assistant's own service refuses a change beyond the length it runs for ...
    with pytest.raises(Exception, match="beyond duration"):
        ha_server.ws(
            {
                "type": "call_service",
                "domain": "timer",
                "service": "change",
                "service_data": {"duration": "00:30:00"},
                "target": {"entity_id": laundry},
            }
        )
    # ... within it, it adds (the plan is timer.change "00:02:00").
    assert main(["do", "--yes", "add 2 minutes to the laundry timer"]) == EXIT_OK
    assert "verified" in capsys.readouterr().out
    deadline = time.monotonic() + 10
    while (longer := _finishes(ha_server, laundry)) == shorter:
        assert time.monotonic() < deadline, "timer.change never moved the end"
        time.sleep(0.1)
    assert abs(longer - (shorter + timedelta(minutes=2))) <= timedelta(seconds=2)
    assert ha_server.state(laundry)["attributes"]["duration"] == "0:20:00"  # changed, not restarted

    # Beyond it, Hearth starts it again with the time left plus the change.
    assert main(["do", "--yes", "add 30 minutes to the laundry timer"]) == EXIT_OK
    assert "verified" in capsys.readouterr().out
    deadline = time.monotonic() + 10
    while (longest := _finishes(ha_server, laundry)) == longer:
        assert time.monotonic() < deadline, "the timer was never started again"
        time.sleep(0.1)
    assert abs(longest - (longer + timedelta(minutes=30))) <= timedelta(seconds=3)

    assert main(["do", "--yes", "take 2 hours off the laundry timer"]) != EXIT_OK
    out = capsys.readouterr().out
    assert "can't be taken off it. Nothing was changed." in out
    assert _finishes(ha_server, laundry) == longest
    assert main(["do", "--yes", "cancel the laundry timer"]) == EXIT_OK
    _wait_state(ha_server, laundry, "idle")
