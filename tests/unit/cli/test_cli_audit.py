"""`hearth audit verify|export` and `hearth undo` on the demo home."""

from __future__ import annotations

import json
import sqlite3

import pytest

from app.bootstrap import demo_state_path, history_path
from app.cli import audit as cli_audit
from app.cli.common import EXIT_FAILED, EXIT_OK
from app.cli.main import main
from app.core.home import Home
from tests.helpers.keyring_session import KeyringSession


def entity_state(entity_id: str) -> tuple[str, dict[str, object]]:
    entity = Home.load(demo_state_path()).get(entity_id)
    assert entity is not None
    return entity.state, dict(entity.attributes)


def test_verify_ok_then_tampered(
    secret_service: KeyringSession, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["do", "--demo", "--yes", "dim the sofa lamp to 30 percent"]) == EXIT_OK
    assert cli_audit.main(["audit", "verify"]) == EXIT_OK
    assert "intact: 6 records" in capsys.readouterr().out
    db = sqlite3.connect(history_path(), isolation_level=None)
    try:
        db.execute("DROP TRIGGER audit_records_no_update")
        db.execute("UPDATE audit_records SET payload = '{}' WHERE seq = 3")
    finally:
        db.close()
    assert cli_audit.main(["audit", "verify"]) == EXIT_FAILED
    assert "record 3: the record was edited" in capsys.readouterr().err


def test_export(tmp_path: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["do", "--demo", "--yes", "turn on the desk lamp"]) == EXIT_OK
    out = f"{tmp_path}/audit.jsonl"
    assert cli_audit.main(["audit", "export", "-o", out, "--format", "jsonl"]) == EXIT_OK
    with open(out, encoding="utf-8") as stream:
        kinds = [json.loads(line)["kind"] for line in stream]
    assert kinds == ["utterance", "plan", "decision", "intent", "execution", "outcome"]
    assert cli_audit.main(["audit"]) == 2


def test_undo_restores_brightness(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["do", "--demo", "--yes", "dim the sofa lamp to 30 percent"]) == EXIT_OK
    before = entity_state("light.sofa_lamp")
    assert main(["do", "--demo", "--yes", "dim the sofa lamp to 10 percent"]) == EXIT_OK
    capsys.readouterr()
    assert cli_audit.main(["undo", "--demo", "--yes"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Undo “dim the sofa lamp to 10 percent”" in out and "verified" in out
    assert entity_state("light.sofa_lamp")[1]["brightness"] == before[1]["brightness"]
    # No keyring here: the chain holds, but it cannot be vouched for (never "intact").
    assert cli_audit.main(["audit", "verify"]) == cli_audit.EXIT_CANNOT_VERIFY
    assert "18 records hold together" in capsys.readouterr().err
    # the undo itself is on the audit trail
    db = sqlite3.connect(history_path())
    try:
        sources = [
            json.loads(p)["source"]
            for (p,) in db.execute("SELECT payload FROM audit_records WHERE kind = 'utterance'")
        ]
    finally:
        db.close()
    assert sources[-1] == "undo"


def test_undo_never_unlocks(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["do", "--demo", "--yes", "turn on the desk lamp"]) == EXIT_OK  # demo state
    home = Home.load(demo_state_path())
    door = home.get("lock.front_door")
    assert door is not None
    door.state = "unlocked"
    home.save(demo_state_path())
    assert main(["do", "--demo", "--yes", "lock the front door"]) == EXIT_OK
    assert entity_state("lock.front_door")[0] == "locked"
    capsys.readouterr()
    assert cli_audit.main(["undo", "--demo", "--yes"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "left out: Hearth never unlocks Front Door" in out
    assert entity_state("lock.front_door")[0] == "locked"


def test_nothing_to_undo(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_audit.main(["undo", "--demo", "--yes"]) == EXIT_OK
    assert "Nothing to undo." in capsys.readouterr().out


def test_undo_refuses_a_tampered_trail(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["do", "--demo", "--yes", "dim the sofa lamp to 30 percent"]) == EXIT_OK
    db = sqlite3.connect(history_path(), isolation_level=None)
    try:
        db.execute("DROP TRIGGER audit_records_no_delete")
        db.execute("DELETE FROM audit_records WHERE seq = 2")
    finally:
        db.close()
    assert cli_audit.main(["undo", "--demo", "--yes"]) == EXIT_FAILED
    assert "does not verify" in capsys.readouterr().err
