"""Never act without a durable audit record, against a real Home Assistant 2024.3 server with
a nearly full tmpfs as the data folder."""

from __future__ import annotations

import asyncio
import time

import pytest

from app.assistant import Assistant, Outcome
from app.core.results import Approval, StepResult, StepStatus
from app.records.audit import Audit
from app.records.history import History
from integrations.homeassistant import HomeAssistantAdapter
from tests.helpers.ha_server import HomeAssistantServer
from tests.helpers.small_disk import SmallDisk

pytestmark = pytest.mark.integration

LIGHT = "light.ceiling_lights"


def set_light(server: HomeAssistantServer, state: str) -> None:
    server.api(f"/api/services/light/turn_{state}", {"entity_id": LIGHT})
    deadline = time.monotonic() + 10
    while server.state(LIGHT)["state"] != state:
        assert time.monotonic() < deadline, f"{LIGHT} did not turn {state}"
        time.sleep(0.1)


async def turn_on(
    server: HomeAssistantServer, disk: SmallDisk, *, fill_when: str
) -> tuple[Outcome, int]:
    """Turn on the ceiling lights through Hearth, filling the disk *fill_when* ("planned":
    after the request was recorded; "running": once the step's intent is on disk, just
    before the call is sent)."""
    adapter = HomeAssistantAdapter(server.url, server.token, timeout=10)
    history = History(disk.path / "history.sqlite3")
    try:
        home = await adapter.load_home()
        assistant = Assistant(home, adapter, history=history)
        outcome = assistant.record(assistant.plan("turn on the ceiling lights"), source="test")
        assert [s.targets for s in outcome.plan.steps] == [[LIGHT]]

        def fill_once_running(result: StepResult) -> None:
            if fill_when == "running" and result.status is StepStatus.RUNNING:
                disk.fill(0)

        if fill_when == "planned":
            disk.fill(0)
        approval = Approval.all_of(outcome.plan, by="test")
        outcome = await assistant.execute(outcome, approval, on_update=fill_once_running)
        assistant.close()
        assert outcome.request_id is not None
        return outcome, outcome.request_id
    finally:
        history.close()
        await adapter.close()


def test_nothing_is_sent_when_the_decision_cannot_be_written(
    ha_server: HomeAssistantServer, small_disk: SmallDisk
) -> None:
    set_light(ha_server, "off")
    outcome, _ = asyncio.run(turn_on(ha_server, small_disk, fill_when="planned"))
    assert outcome.record_error == "could not write the audit trail: the disk is full"
    assert [(r.status, r.attempts) for r in outcome.results] == [(StepStatus.SKIPPED, 0)]
    time.sleep(0.5)  # had anything been sent, the light would be on by now
    assert ha_server.state(LIGHT)["state"] == "off"


def test_a_change_whose_outcome_cannot_be_written_is_unknown(
    ha_server: HomeAssistantServer, small_disk: SmallDisk
) -> None:
    set_light(ha_server, "off")
    outcome, request_id = asyncio.run(turn_on(ha_server, small_disk, fill_when="running"))
    assert outcome.ran_unrecorded and outcome.record_notice is not None
    assert ha_server.state(LIGHT)["state"] == "on"
    small_disk.unfill()
    history = History(small_disk.path / "history.sqlite3")
    try:
        (record,) = history.recent()
        assert record.id == request_id and record.outcome == "unknown"
        assert [s["status"] for s in record.steps] == ["unknown"]
        report = Audit(history).verify()
        assert report.ok and report.unknown == (request_id,)
    finally:
        history.close()
