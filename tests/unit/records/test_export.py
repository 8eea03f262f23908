"""History export to CSV and JSON, read back; records from a real history database."""

from __future__ import annotations

import csv
import json
import os
import stat
from pathlib import Path

import pytest

from app.core.plan import ErrorCode, Plan, PlannerName, Step
from app.core.results import StepResult, StepStatus
from app.records.export import ExportError, format_for, to_csv, write_records
from app.records.history import History, RequestRecord

LAMP = Step(action="light.turn_on", targets=["light.desk_lamp"], summary="Turn on Desk Lamp")
BLINDS = Step(
    action="cover.close_cover",
    targets=["cover.a", "cover.b"],
    summary="Close A and B",
)


@pytest.fixture
def records(tmp_path: Path) -> list[RequestRecord]:
    history = History(tmp_path / "history.sqlite3")
    try:
        ran = history.record_plan(
            Plan("turn on the desk lamp", PlannerName.LOCAL, [LAMP]), source="gui"
        )
        history.record_step(ran, StepResult(0, LAMP, StepStatus.VERIFIED, attempts=1))
        history.finish(ran, "succeeded", 12.0)
        two = history.record_plan(
            Plan('close "both", blinds\nnow', PlannerName.LOCAL, [BLINDS, LAMP]), source="voice"
        )
        history.record_step(two, StepResult(0, BLINDS, StepStatus.FAILED, "timed out", 3))
        history.record_step(two, StepResult(1, LAMP, StepStatus.SKIPPED, attempts=0))
        history.finish(two, "failed", 30.0)
        history.record_plan(
            Plan.failed("make me a sandwich", ErrorCode.NOT_UNDERSTOOD, "Sorry?"), source="gui"
        )
        return history.recent()
    finally:
        history.close()


def test_csv_reads_back_one_row_per_request(records: list[RequestRecord], tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    assert write_records(records, path) == 3
    with path.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [r["text"] for r in rows] == [r.text for r in records]
    assert [r["outcome"] for r in rows] == ["not_understood", "failed", "succeeded"]
    assert rows[0]["steps"] == "" and rows[0]["error_code"] == "not_understood"
    assert rows[1]["text"] == 'close "both", blinds\nnow'  # quotes, commas, newlines survive
    assert rows[1]["steps"] == (
        "cover.close_cover cover.a cover.b: failed; light.turn_on light.desk_lamp: skipped"
    )
    assert rows[2]["steps"] == "light.turn_on light.desk_lamp: verified"
    assert rows[2]["id"] == str(records[2].id) and rows[2]["source"] == "gui"


def test_json_keeps_every_field_and_step(records: list[RequestRecord], tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    write_records(records, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [d["id"] for d in data] == [r.id for r in records]
    failed = data[1]
    assert failed["outcome"] == "failed" and failed["source"] == "voice"
    assert failed["steps"][0] == {
        "index": 0,
        "action": "cover.close_cover",
        "targets": ["cover.a", "cover.b"],
        "status": "failed",
        "reason": "timed out",
        "attempts": 3,
        "elapsed_ms": 0.0,
    }
    assert data[0]["reply"] == "Sorry?" and data[0]["steps"] == []


def test_format_by_argument_or_suffix(records: list[RequestRecord], tmp_path: Path) -> None:
    assert format_for(Path("a.JSON")) == "json"
    assert format_for(Path("a.csv")) == format_for(Path("a")) == "csv"
    path = tmp_path / "export.txt"
    write_records(records, path, "json")
    assert len(json.loads(path.read_text(encoding="utf-8"))) == 3
    assert to_csv([]).strip() == "id,created_at,text,source,planner,outcome,reply,error_code,steps"


def test_a_failed_write_leaves_nothing(records: list[RequestRecord], tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="cannot write"):
        write_records(records, tmp_path / "missing" / "out.csv")
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(ExportError, match="unknown export format"):
        write_records(records, target, "xml")  # type: ignore[arg-type]
    assert target.read_text(encoding="utf-8") == "old"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_pipe_or_a_link_is_never_replaced_by_the_export(
    records: list[RequestRecord], tmp_path: Path
) -> None:
    # History › Export to /dev/null as root, or to a pipe, must not put a file in its place;
    # a symbolic link is written through and stays a link. A FIFO stands in for the device.
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(ExportError, match="not a regular file"):
        write_records(records, fifo)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    real = tmp_path / "exports" / "latest.json"
    real.parent.mkdir()
    real.write_text("[]", encoding="utf-8")
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    assert write_records(records, link) == 3
    assert link.is_symlink() and len(json.loads(real.read_text(encoding="utf-8"))) == 3
