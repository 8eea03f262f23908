"""Export history records to CSV or JSON (the history view's "Export…"), without Qt.

JSON keeps every field and each step as an object; CSV has one row per request with the
steps in one readable cell, for a spreadsheet. Files are written whole to a temporary file
next to the target and then moved over it, so a failed export never leaves half a file.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from app.core import filemodes
from app.core.errors import HearthError
from app.core.files import replaceable_target
from app.records.history import RequestRecord

Format = Literal["csv", "json"]

#: The CSV columns, in order (also the keys of each JSON object, plus the step list).
CSV_FIELDS = (
    "id",
    "created_at",
    "text",
    "source",
    "planner",
    "outcome",
    "reply",
    "error_code",
    "steps",
)


class ExportError(HearthError):
    """The export file cannot be written."""


def step_to_dict(step: dict[str, Any]) -> dict[str, Any]:
    """One step result as history reads it, with its targets as a list."""
    targets = step.get("targets")
    if targets is None:
        try:
            targets = json.loads(step.get("targets_json") or "[]")
        except ValueError:
            targets = []
    return {
        "index": step.get("step_index"),
        "action": step.get("action"),
        "targets": list(targets) if isinstance(targets, list) else [],
        "status": step.get("status"),
        "reason": step.get("reason"),
        "attempts": step.get("attempts"),
        "elapsed_ms": step.get("elapsed_ms"),
    }


def record_to_dict(record: RequestRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "created_at": record.created_at,
        "text": record.text,
        "source": record.source,
        "planner": record.planner,
        "outcome": record.outcome,
        "reply": record.reply,
        "error_code": record.error_code,
        "steps": [step_to_dict(s) for s in record.steps],
    }


def describe_steps(steps: Iterable[dict[str, Any]]) -> str:
    """The steps in one line: "light.turn_on light.desk_lamp: verified; lock.lock ..."."""
    parts = []
    for step in steps:
        info = step_to_dict(step)
        targets = " ".join(str(t) for t in info["targets"])
        head = f"{info['action']} {targets}".strip()
        parts.append(f"{head}: {info['status']}" if info["status"] else head)
    return "; ".join(parts)


def to_csv(records: Iterable[RequestRecord]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for record in records:
        row = record_to_dict(record)
        row["steps"] = describe_steps(record.steps)
        writer.writerow({k: "" if row[k] is None else row[k] for k in CSV_FIELDS})
    return out.getvalue()


def to_json(records: Iterable[RequestRecord]) -> str:
    data = [record_to_dict(r) for r in records]
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def format_for(path: Path) -> Format:
    """The format a file name asks for: JSON for ``.json``, CSV otherwise."""
    return "json" if path.suffix.lower() == ".json" else "csv"


def write_records(
    records: Iterable[RequestRecord], path: str | Path, fmt: Format | None = None
) -> int:
    """Write *records* to *path* as CSV or JSON (by *fmt*, else by the suffix); the number
    of records written. Raises :class:`ExportError`."""
    target = replaceable_target(Path(path))
    if target is None:
        raise ExportError(f"cannot write {path}: it is not a regular file")
    path = target
    rows = list(records)
    fmt = fmt or format_for(path)
    if fmt not in ("csv", "json"):
        raise ExportError(f"unknown export format {fmt!r}")
    text = to_json(rows) if fmt == "json" else to_csv(rows)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        # newline="": the csv module already wrote the line ends it wants.
        with filemodes.open_private(tmp, "w", encoding="utf-8", newline="") as file:
            file.write(text)
        tmp.replace(path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"cannot write {path}: {err.strerror or err}") from err
    return len(rows)
