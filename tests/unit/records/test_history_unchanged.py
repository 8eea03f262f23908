"""A request that would change nothing ("turn on" a lamp that is on) is recorded as its own
outcome, "unchanged", in history and on the audit trail, never as "cancelled"; requests
recorded before that outcome existed are left as they are and still verify."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path

from app.assistant import Assistant, Outcome
from app.bootstrap import demo_home_source
from app.core.home import Home
from app.core.plan import Plan, PlannerName, Step
from app.core.results import Approval
from app.policy.risk import Decision, StepDecision
from app.records.audit import Audit, RecordKind
from app.records.history import NOTHING_TO_CHANGE, UNCHANGED, History
from integrations.virtual_home import VirtualHome

DEMO = demo_home_source()


def handle(db_path: Path, text: str, *, approve: bool, language: str = "en") -> Outcome:
    """*text* through the real assistant on the demo home, approved or declined."""
    history = History(db_path)
    home = Home.load(DEMO)
    assistant = Assistant(home, VirtualHome(home.copy()), history=history, language=language)
    assistant.executor.verify_timeout = 0.5

    async def answer(plan: Plan, _decisions: object) -> Approval:
        return Approval.all_of(plan, by="test") if approve else Approval(set(), by="test")

    try:
        return asyncio.run(assistant.handle(text, answer, source="test"))
    finally:
        assistant.close()
        history.close()


def rows(db_path: Path) -> list[tuple[str, str, str]]:
    """(text, outcome, who decided) of every request, as SQLite holds them."""
    with sqlite3.connect(db_path) as db:
        return list(
            db.execute(
                "SELECT text, outcome, (SELECT approved_by FROM decisions WHERE request_id = id)"
                " FROM requests ORDER BY id"
            )
        )


def decision_payloads(db_path: Path) -> list[dict[str, object]]:
    with sqlite3.connect(db_path) as db:
        found = db.execute(
            "SELECT payload FROM audit_records WHERE kind = 'decision' ORDER BY seq"
        ).fetchall()
    return [json.loads(payload) for (payload,) in found]


def test_nothing_to_change_is_its_own_outcome_in_history_and_audit(tmp_path: Path) -> None:
    db_path = tmp_path / "history.sqlite3"
    handle(db_path, "turn on the sofa lamp", approve=True)  # the demo's sofa lamp is on
    handle(db_path, "turn off the sofa lamp", approve=False)  # a person declines it
    assert rows(db_path) == [
        ("turn on the sofa lamp", UNCHANGED, NOTHING_TO_CHANGE),
        ("turn off the sofa lamp", "cancelled", "test"),
    ]
    unchanged, declined = decision_payloads(db_path)
    assert (unchanged["by"], unchanged["approved_steps"]) == (NOTHING_TO_CHANGE, [])
    assert unchanged["outcome"] == UNCHANGED
    assert declined["outcome"] == "cancelled"
    history = History(db_path)
    try:
        assert [r.outcome for r in history.recent()] == ["cancelled", UNCHANGED]
        assert Audit(history).verify().ok
    finally:
        history.close()


def test_a_request_in_german_hears_it_in_german_and_is_recorded_the_same(
    tmp_path: Path,
) -> None:
    db_path = tmp_path / "history.sqlite3"
    outcome = handle(db_path, "schalte Sofa Lamp ein", approve=True, language="de")
    assert outcome.reply == "Nichts zu ändern: Sofa Lamp ist schon an."
    assert not outcome.approved and outcome.results == []
    assert rows(db_path) == [("schalte Sofa Lamp ein", UNCHANGED, NOTHING_TO_CHANGE)]


def test_history_changed_from_unchanged_to_cancelled_is_caught(tmp_path: Path) -> None:
    db_path = tmp_path / "history.sqlite3"
    handle(db_path, "turn on the sofa lamp", approve=True)
    with sqlite3.connect(db_path) as db:
        db.execute("UPDATE requests SET outcome = 'cancelled'")
    history = History(db_path)
    try:
        report = Audit(history).verify()
    finally:
        history.close()
    assert not report.ok
    assert "its outcome says 'cancelled', the audit trail 'unchanged'" in str(report.reason)


def test_requests_recorded_before_the_outcome_existed_are_untouched(tmp_path: Path) -> None:
    """Before, a request that would change nothing was written as "cancelled" with a decision
    record that names no outcome. Its rows stay as they are, the trail still verifies, and
    history shows it as what it was."""
    db_path = tmp_path / "history.sqlite3"
    history = History(db_path)
    audit = Audit(history)
    step = Step(action="light.turn_on", targets=["light.sofa_lamp"])
    plan = Plan(text="turn on the sofa lamp", planner=PlannerName.LOCAL, steps=[step])
    decisions = [StepDecision(Decision.RUN, "low risk")]
    with history.transaction():
        request_id = history.record_plan(plan, source="gui")
        audit.utterance(request_id, plan, source="gui")
        history.record_decisions(request_id, decisions, set(), "gui")  # sets "cancelled"
        history.connection.execute(
            "UPDATE decisions SET approved_by = ? WHERE request_id = ?",
            (NOTHING_TO_CHANGE, request_id),
        )
        old_payload = {
            "by": NOTHING_TO_CHANGE,
            "approved_steps": [],
            "high_risk_confirmed": [],
            "steps": [{"step": 0, "decision": "run", "reason": "low risk", "approved": False}],
        }
        audit.append(RecordKind.DECISION, old_payload, request_id=request_id)
    history.close()
    before = rows(db_path)
    assert before == [("turn on the sofa lamp", "cancelled", NOTHING_TO_CHANGE)]

    history = History(db_path)  # opened (and checked for upgrades) again
    try:
        assert Audit(history).verify().ok
        assert [r.outcome for r in history.recent()] == [UNCHANGED]
    finally:
        history.close()
    assert rows(db_path) == before
