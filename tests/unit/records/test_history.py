"""The history database: real SQLite files, migrations, WAL, two writers and a hard crash."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.plan import ErrorCode, Plan, PlannerName, Risk, Step
from app.core.results import StepResult, StepStatus
from app.policy.risk import Decision, StepDecision
from app.records.database import run_migration
from app.records.history import _MIGRATIONS, SCHEMA_VERSION, History, HistoryError

ROOT = Path(__file__).resolve().parents[3]

DESK = Step(
    action="light.turn_on",
    targets=["light.desk"],
    params={"brightness_pct": 30},
    summary="Set Desk Light to 30%",
    expect={"light.desk": {"state": "on", "attributes": {"brightness": 76}}},
)
DOOR = Step(action="lock.unlock", targets=["lock.front_door"], risk=Risk.HIGH, summary="Unlock")


def plan(text: str, *steps: Step) -> Plan:
    return Plan(text=text, planner=PlannerName.LOCAL, steps=list(steps), elapsed_ms=1.5)


@contextlib.contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection (not Hearth's), closed afterwards."""
    db = sqlite3.connect(path)
    try:
        yield db
    finally:
        db.close()


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    h = History(tmp_path / "history.sqlite3")
    yield h
    h.close()


# -- schema ----------------------------------------------------------------------------------


def test_new_database_is_current_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "history.sqlite3"
    History(path).close()
    with raw(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_version_1_database_is_migrated_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with raw(path) as db:
        run_migration(db, _MIGRATIONS[0])
        db.execute("PRAGMA user_version = 1")
        db.execute(
            "INSERT INTO requests (created_at, text, source, language, area, planner, plan_json,"
            " outcome) VALUES ('2026-01-02T03:04:05.000+00:00', 'turn on the desk lamp', 'gui',"
            " 'en', 'office', 'local', '{}', 'succeeded')"
        )
        db.execute(
            "INSERT INTO step_results VALUES (1, 0, 'light.turn_on', '[\"light.desk\"]',"
            " 'verified', NULL, 1, 12.0, NULL, '{}', '{}')"
        )
        db.commit()
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"

    history = History(path)
    try:
        assert history.schema_version == SCHEMA_VERSION
        (old,) = history.recent()
        assert (old.id, old.text, old.source, old.outcome) == (
            1,
            "turn on the desk lamp",
            "gui",
            "succeeded",
        )
        assert old.created_at == "2026-01-02T03:04:05.000+00:00"
        assert [s["status"] for s in old.steps] == ["verified"]
        new_id = history.record_plan(
            plan("turn off the desk lamp", DESK), source="cli", adapter="x"
        )
        assert new_id == 2
    finally:
        history.close()
    with raw(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("SELECT id, adapter FROM requests ORDER BY id").fetchall() == [
            (1, None),
            (2, "x"),
        ]


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path, journal_mode: str) -> None:
    path = tmp_path / "history.sqlite3"
    with raw(path) as db:
        db.execute(f"PRAGMA journal_mode = {journal_mode}")
        db.execute("CREATE TABLE requests (id INTEGER PRIMARY KEY, future TEXT)")
        db.execute("INSERT INTO requests (future) VALUES ('from Hearth 9')")
        db.execute("PRAGMA user_version = 99")
        db.commit()
    before = path.read_bytes()
    with pytest.raises(
        HistoryError, match=r"newer Hearth \(schema 99; this Hearth knows up to 5\)"
    ):
        History(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.sqlite3"]
    with raw(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == journal_mode
        assert db.execute("SELECT future FROM requests").fetchall() == [("from Hearth 9",)]


def test_a_file_that_is_not_a_database_is_a_history_error(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"this is not SQLite " * 100)
    with pytest.raises(HistoryError, match="cannot open the history database"):
        History(path)


def test_a_closed_history_says_so(tmp_path: Path) -> None:
    history = History(tmp_path / "history.sqlite3")
    history.close()
    history.close()  # idempotent
    with pytest.raises(HistoryError, match=r"the history database .* is closed"):
        history.record_plan(plan("turn on the desk lamp", DESK), source="cli")
    with pytest.raises(HistoryError, match="closed"):
        assert history.schema_version


def test_a_write_that_fails_is_a_history_error_and_rolls_back(history: History) -> None:
    request_id = history.record_plan(plan("turn on the desk lamp", DESK), source="cli")
    failing = pytest.raises(HistoryError, match=r"cannot write the history database .*UNIQUE")
    with failing, history.transaction() as db:
        db.execute("UPDATE requests SET reply = 'half' WHERE id = ?", (request_id,))
        db.execute("INSERT INTO requests SELECT * FROM requests")
    (record,) = history.recent()
    assert record.reply is None
    assert history.record_plan(plan("again", DESK), source="cli") == request_id + 1


# -- writing and reading ---------------------------------------------------------------------


def test_plan_decisions_steps_and_outcome_round_trip(history: History, tmp_path: Path) -> None:
    request = plan("dim the desk light and unlock the door", DESK, DOOR)
    request_id = history.record_plan(request, source="cli", area="office", adapter="demo")
    decisions = [StepDecision(Decision.RUN, "low risk"), StepDecision(Decision.PIN, "lock")]
    history.record_decisions(request_id, decisions, approved={0}, approved_by="cli --yes")
    before = {"light.desk": {"state": "off", "attributes": {}}}
    after = {"light.desk": {"state": "on", "attributes": {"brightness": 76}}}
    history.record_step(
        request_id,
        StepResult(0, DESK, StepStatus.VERIFIED, attempts=1, elapsed_ms=12.5, context_id="c1",
                   before=before, after=after),
    )  # fmt: skip
    history.record_step(request_id, StepResult(1, DOOR, StepStatus.SKIPPED, reason="not confirmed"))
    history.finish(request_id, "partial", 40.0)

    (record,) = history.recent()
    assert record.id == request_id
    assert (record.text, record.source, record.planner, record.outcome) == (
        "dim the desk light and unlock the door",
        "cli",
        "local",
        "partial",
    )
    assert record.reply is None and record.error_code is None
    assert [(s["step_index"], s["action"], s["status"], s["reason"]) for s in record.steps] == [
        (0, "light.turn_on", "verified", None),
        (1, "lock.unlock", "skipped", "not confirmed"),
    ]
    assert json.loads(record.steps[0]["targets_json"]) == ["light.desk"]
    with raw(tmp_path / "history.sqlite3") as db:
        row = db.execute(
            "SELECT area, adapter, language, planning_ms, execution_ms, plan_json FROM requests"
        ).fetchone()
        assert row[:5] == ("office", "demo", "en", 1.5, 40.0)
        assert json.loads(row[5]) == request.to_json()
        assert db.execute("SELECT * FROM decisions ORDER BY step_index").fetchall() == [
            (request_id, 0, "run", 1, "cli --yes", "low risk"),
            (request_id, 1, "pin", 0, "cli --yes", "lock"),
        ]
        saved = db.execute("SELECT before_json, after_json FROM step_results WHERE step_index = 0")
        assert [json.loads(x) for x in saved.fetchone()] == [before, after]


def test_cancelled_and_not_understood_requests(history: History) -> None:
    cancelled = history.record_plan(plan("turn on the desk light", DESK), source="gui")
    history.record_decisions(
        cancelled, [StepDecision(Decision.RUN, "")], approved=set(), approved_by="gui"
    )
    failed = Plan.failed("fly me to the moon", ErrorCode.NOT_UNDERSTOOD, "no rule", "Sorry?")
    not_understood = history.record_plan(failed, source="voice")
    by_id = {r.id: r for r in history.recent()}
    assert by_id[cancelled].outcome == "cancelled"
    assert by_id[not_understood].outcome == "not_understood"
    assert by_id[not_understood].error_code == "not_understood"
    assert by_id[not_understood].reply == "Sorry?"


def test_recent_is_newest_first_and_limited(history: History) -> None:
    ids = [history.record_plan(plan(f"request {i}"), source="cli") for i in range(5)]
    assert [r.id for r in history.recent(limit=3)] == ids[::-1][:3]


def test_search_takes_percent_underscore_and_backslash_literally(history: History) -> None:
    texts = [
        "set the fan to 100% please",
        "set the fan to 100 percent",
        "turn on snake_case lamp",
        "turn on snakeXcase lamp",
        r"open C:\garage",
        "open C:/garage",
    ]
    for text in texts:
        history.record_plan(plan(text), source="cli")

    def found(search: str) -> list[str]:
        return sorted(r.text for r in history.recent(search=search))

    assert found("100%") == ["set the fan to 100% please"]
    assert found("%") == ["set the fan to 100% please"]
    assert found("e_c") == ["turn on snake_case lamp"]
    assert found("_") == ["turn on snake_case lamp"]
    assert found("\\") == [r"open C:\garage"]
    assert found("'; DROP TABLE requests; --") == []
    assert len(found("garage")) == 2 and len(history.recent()) == len(texts)


# -- several writers, crashes ----------------------------------------------------------------


def test_two_history_objects_on_one_file(tmp_path: Path) -> None:
    """The GUI and a `hearth do` in a terminal write the same file."""
    path = tmp_path / "history.sqlite3"
    gui, cli = History(path), History(path)
    try:
        a = gui.record_plan(plan("from the window", DESK), source="gui")
        b = cli.record_plan(plan("from the terminal", DESK), source="cli")
        cli.record_step(b, StepResult(0, DESK, StepStatus.VERIFIED, attempts=1))
        gui.finish(a, "succeeded", 1.0)
        cli.finish(b, "succeeded", 2.0)
        for reader in (gui, cli):
            assert [(r.id, r.text, r.outcome) for r in reader.recent()] == [
                (b, "from the terminal", "succeeded"),
                (a, "from the window", "succeeded"),
            ]
        # A reader in the middle of a read does not block the writer (WAL).
        with raw(path) as other:
            other.execute("BEGIN")
            assert other.execute("SELECT count(*) FROM requests").fetchone()[0] == 2
            gui.record_plan(plan("while someone reads"), source="gui")
            assert other.execute("SELECT count(*) FROM requests").fetchone()[0] == 2
            other.execute("COMMIT")
        assert len(cli.recent()) == 3
    finally:
        gui.close()
        cli.close()


def test_opening_a_new_file_from_two_places_at_once(tmp_path: Path) -> None:
    """First start: the GUI and the CLI both find no database and both migrate."""
    for trial in range(10):
        path = tmp_path / f"history-{trial}.sqlite3"
        barrier = threading.Barrier(4)
        errors: list[BaseException] = []

        def open_it(
            path: Path = path,
            barrier: threading.Barrier = barrier,
            errors: list[BaseException] = errors,
        ) -> None:
            barrier.wait()
            try:
                History(path).close()
            except BaseException as err:
                errors.append(err)

        threads = [threading.Thread(target=open_it) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        with raw(path) as db:
            assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


_WRITER = """
import sys
from pathlib import Path
from app.execution.executor import StepResult, StepStatus
from app.records.history import History
from app.core.plan import Plan, PlannerName, Step

history = History(Path(sys.argv[1]))
step = Step(action="light.turn_on", targets=["light.desk"])
number = 0
while True:
    number += 1
    plan = Plan(text=f"request {number}", planner=PlannerName.LOCAL, steps=[step])
    request_id = history.record_plan(plan, source="crash-test")
    print(request_id, flush=True)
    history.record_step(request_id, StepResult(0, step, StepStatus.VERIFIED, attempts=1))
"""


def test_kill_9_loses_no_recorded_request(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert writer.stdout is not None and writer.stderr is not None
    printed: list[bytes] = []
    deadline = time.monotonic() + 20
    try:
        while len(printed) < 300:  # kill it in full flight, not before it started
            line = writer.stdout.readline()
            assert line, f"the writer stopped: {writer.stderr.read().decode()}"
            printed.append(line)
            assert time.monotonic() < deadline, "the writer is too slow"
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=10)
    printed.extend(writer.stdout.readlines())
    writer.stdout.close()
    writer.stderr.close()
    assert writer.returncode == -signal.SIGKILL
    # Every id whose record_plan returned (a complete printed line) must be there.
    ids = [int(line) for line in printed if line.endswith(b"\n")]
    assert len(ids) >= 300, len(ids)

    with raw(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in db.execute("SELECT id FROM requests")}
        texts = dict(db.execute("SELECT id, text FROM requests").fetchall())
    missing = set(ids) - stored
    assert not missing, f"{len(missing)} committed requests lost, e.g. {sorted(missing)[:5]}"
    assert all(texts[i] == f"request {i}" for i in ids)
    # Hearth opens it again and goes on writing.
    history = History(path)
    try:
        assert history.recent(limit=1)[0].id >= ids[-1]
        new_id = history.record_plan(plan("after the crash"), source="cli")
        assert new_id > ids[-1]
    finally:
        history.close()
