"""Never act without a durable audit record: a real, nearly full tmpfs as the data folder.

Each test fills the disk at one point of a request (before the decision, between two steps,
while a step runs) and checks what ran, what the person is told, what history and the audit
trail say afterwards, and that ``hearth undo`` never reaches past a request whose outcome is
unknown. A scan over fill levels runs the real ``hearth`` CLI in a subprocess.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.assistant import Assistant, Outcome
from app.bootstrap import demo_home_source, demo_state_path, history_path
from app.cli import audit as cli_audit
from app.cli.common import EXIT_FAILED, EXIT_OK, EXIT_STORAGE
from app.cli.main import main
from app.core.home import Home, StateChange
from app.core.results import Approval, StepResult, StepStatus
from app.records.audit import Audit, OutcomeUnknownError
from app.records.history import History
from integrations.virtual_home import VirtualHome
from tests.helpers.small_disk import SmallDisk

DEMO = demo_home_source()


def assistant_on(path: Path, home_file: Path = DEMO) -> tuple[Assistant, VirtualHome]:
    home = Home.load(home_file)
    adapter = VirtualHome(home.copy())
    assistant = Assistant(home, adapter, history=History(path))
    assistant.executor.verify_timeout = 0.5
    return assistant, adapter


def state(adapter: VirtualHome, entity_id: str) -> tuple[str, object]:
    entity = adapter.home.get(entity_id)
    assert entity is not None
    return entity.state, entity.attributes.get("brightness")


def kinds(path: Path, request_id: int) -> list[str]:
    db = sqlite3.connect(path)
    try:
        return [
            kind
            for (kind,) in db.execute(
                "SELECT kind FROM audit_records WHERE request_id = ? ORDER BY seq", (request_id,)
            )
        ]
    finally:
        db.close()


def run(assistant: Assistant, text: str, on_update: object = None) -> Outcome:
    outcome = assistant.record(assistant.plan(text), source="test")
    assert outcome.plan.steps, outcome.plan.reply
    approval = Approval.all_of(outcome.plan, by="test")
    return asyncio.run(assistant.execute(outcome, approval, on_update=on_update))  # type: ignore[arg-type]


def test_nothing_runs_when_the_decision_cannot_be_written(small_disk: SmallDisk) -> None:
    path = small_disk.path / "history.sqlite3"
    assistant, adapter = assistant_on(path)
    before = state(adapter, "light.sofa_lamp")
    outcome = assistant.record(assistant.plan("dim the sofa lamp to 30 percent"), source="test")
    assert outcome.request_id is not None and outcome.record_error is None
    small_disk.fill(0)
    shown: list[StepResult] = []
    outcome = asyncio.run(
        assistant.execute(outcome, Approval.all_of(outcome.plan, by="test"), on_update=shown.append)
    )
    assert outcome.record_error == "could not write the audit trail: the disk is full"
    assert outcome.record_notice is not None and outcome.record_notice.endswith("Nothing was run.")
    assert [(r.status, r.attempts) for r in outcome.results] == [(StepStatus.SKIPPED, 0)]
    assert outcome.results[0].reason == f"not run: {outcome.record_error}"
    assert shown == outcome.results  # the window's card gets the same results
    assert state(adapter, "light.sofa_lamp") == before  # the device was never called
    assistant.close()
    assistant.history.close()  # type: ignore[union-attr]
    small_disk.unfill()
    assert outcome.request_id is not None
    assert kinds(path, outcome.request_id) == ["utterance", "plan"]
    history = History(path)
    try:
        (record,) = history.recent()
        assert (record.outcome, record.steps) == ("planned", [])
        assert Audit(history).verify().ok
    finally:
        history.close()


def test_a_step_whose_intent_cannot_be_written_is_not_run(small_disk: SmallDisk) -> None:
    path = small_disk.path / "history.sqlite3"
    assistant, adapter = assistant_on(path)
    plan = assistant.plan("turn on the desk lamp and turn off the kitchen lights")
    assert len(plan.steps) == 2
    kitchen = plan.steps[1].targets
    kitchen_before = [state(adapter, e) for e in kitchen]

    def fill_after_the_first_step(result: StepResult) -> None:
        if result.index == 0 and result.status is StepStatus.VERIFIED:
            small_disk.fill(0)  # its execution record is already on disk

    outcome = run(assistant, plan.text, fill_after_the_first_step)
    assert outcome.results[0].status is StepStatus.VERIFIED
    second = outcome.results[1]
    assert (second.status, second.attempts) == (StepStatus.SKIPPED, 0)
    assert second.reason == "not run: could not write the audit trail: the disk is full"
    assert outcome.record_notice is not None
    assert outcome.record_notice.endswith("The remaining steps were not run.")
    assert state(adapter, "light.desk_lamp")[0] == "on"
    assert [state(adapter, e) for e in kitchen] == kitchen_before
    assistant.close()
    assistant.history.close()  # type: ignore[union-attr]
    small_disk.unfill()
    assert outcome.request_id is not None
    assert kinds(path, outcome.request_id) == [
        "utterance",
        "plan",
        "decision",
        "intent",
        "execution",
    ]
    history = History(path)
    try:
        (record,) = history.recent()
        # No outcome record: the request is unknown; the step that ran is shown as it went.
        assert record.outcome == "unknown"
        assert [(s["step_index"], s["status"]) for s in record.steps] == [(0, "verified")]
        report = Audit(history).verify()
        assert report.ok and report.unknown == (outcome.request_id,)
    finally:
        history.close()


def test_an_outcome_that_cannot_be_written_is_unknown_and_undo_stops(
    small_disk: SmallDisk, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["do", "--demo", "--yes", "dim the sofa lamp to 30 percent"]) == EXIT_OK
    sofa_after_first = Home.load(demo_state_path()).get("light.sofa_lamp")
    assert sofa_after_first is not None
    assistant, adapter = assistant_on(history_path(), demo_state_path())

    def fill_while_it_runs(change: StateChange) -> None:
        if change.entity_id == "light.desk_lamp":
            small_disk.fill(0)  # the lamp is on; nothing more can be written

    adapter.subscribe(fill_while_it_runs)
    outcome = run(assistant, "turn on the desk lamp")
    assert outcome.results[0].status is StepStatus.VERIFIED
    assert outcome.ran_unrecorded and outcome.record_notice is not None
    assert "history shows it as unknown, so check the device" in outcome.record_notice
    assistant.close()
    assistant.history.close()  # type: ignore[union-attr]
    small_disk.unfill()
    adapter.home.save(demo_state_path())  # the desk lamp is on, as in a real home
    assert outcome.request_id == 2
    assert kinds(history_path(), 2) == ["utterance", "plan", "decision", "intent"]
    capsys.readouterr()

    assert main(["history"]) == EXIT_OK
    shown = capsys.readouterr().out
    assert "unknown        turn on the desk lamp" in shown
    assert "light.turn_on → unknown (it was about to run when Hearth stopped recording" in shown
    history = History(history_path())
    try:
        with pytest.raises(OutcomeUnknownError) as caught:
            Audit(history).last_undoable()
        assert caught.value.request_id == 2
    finally:
        history.close()
    assert cli_audit.main(["undo", "--demo", "--yes"]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "Not undoing: the outcome of “turn on the desk lamp” is unknown" in err
    # The request before it was not undone.
    sofa = Home.load(demo_state_path()).get("light.sofa_lamp")
    assert sofa is not None and sofa.attributes == sofa_after_first.attributes


def test_the_cli_says_nothing_ran_and_exits_1(
    small_disk: SmallDisk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home.yaml"  # outside the full disk: only the recording fails
    home.write_bytes(DEMO.read_bytes())
    assert main(["do", "--home", str(home), "--yes", "turn on the desk lamp"]) == EXIT_OK
    capsys.readouterr()
    small_disk.fill(0)
    code = main(["do", "--home", str(home), "--yes", "--json", "dim the sofa lamp to 30 percent"])
    out, err = capsys.readouterr()
    assert code == EXIT_STORAGE
    assert "Traceback" not in err
    # The history closed cleanly after the first command, so on the full disk it cannot even
    # be opened again (SQLite must create its write-ahead log): nothing is planned or run.
    assert "the disk is full. Nothing was run." in err
    if out:  # opened after all: the audit record is what failed, and the step was skipped
        result = json.loads(out)
        assert result["record_error"] == "could not write the audit trail: the disk is full"
        assert [r["status"] for r in result["results"]] == ["skipped"]


SCAN = range(64 * 1024, 200 * 1024 + 1, 8 * 1024)


def test_at_every_fill_level_what_ran_is_on_the_audit_trail(
    small_disk: SmallDisk, tmp_path: Path
) -> None:
    """The real `hearth` CLI, with the disk filled to leave 64 to 200 KB: whatever fails,
    a step reported as run has its execution record, or the person was told its outcome is
    unknown; a failure to record is exit 1 with the reason, never a traceback."""
    home = tmp_path / "home.yaml"
    home.write_bytes(DEMO.read_bytes())

    def hearth(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "app", *args],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    assert hearth("do", "--home", str(home), "--yes", "turn on the desk lamp").returncode == 0
    seen: set[str] = set()
    for leave in SCAN:
        small_disk.fill(leave)
        done = hearth("do", "--home", str(home), "--yes", "dim the sofa lamp to 30 percent")
        small_disk.unfill()
        ran = "Set Sofa Lamp to 30% — verified" in done.stdout
        assert "Traceback" not in done.stderr, (leave, done.stderr)
        if "could not write the audit trail" in done.stderr:
            assert done.returncode == EXIT_STORAGE, (leave, done.stderr)
        history = History(history_path())
        try:
            (last,) = history.recent(limit=1)
            verified = Audit(history).verify()
            request_kinds = kinds(history_path(), last.id)
        finally:
            history.close()
        assert verified.ok, (leave, verified.reason)
        if last.text != "dim the sofa lamp to 30 percent":  # not recorded at all
            assert not ran and done.returncode != EXIT_OK, (leave, done.stdout, done.stderr)
            seen.add("not recorded")
            continue
        if ran:
            assert "intent" in request_kinds, leave
            recorded = "execution" in request_kinds
            assert recorded or "history shows it as unknown" in done.stderr, (leave, done)
            if recorded and done.returncode != EXIT_OK:  # only the outcome record failed
                assert "Each step's result was recorded, but not" in done.stderr, done.stderr
            seen.add("ran, recorded" if recorded else "ran, unknown")
        else:
            assert "intent" not in request_kinds, leave
            seen.add("not run")
        if done.returncode == EXIT_OK:
            assert request_kinds[-1] == "outcome" and last.outcome == "succeeded", leave
        else:
            assert last.outcome in ("unknown", "planned"), (leave, last.outcome)
    assert {"not run", "ran, recorded"} <= seen, seen
