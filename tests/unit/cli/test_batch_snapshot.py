"""The batch planner reads a home's snapshot file once per change: the bytes it hashes to
tell whether the file changed are the bytes the home is built from."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

import app.cli.batch
import app.core.files
import app.core.home
from app.cli.batch import BatchPlanner
from app.core.errors import SnapshotError
from app.core.home import Home


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    reads: list[Path] = []
    real: Callable[[Path, int], bytes] = app.core.files.read_regular_file

    def counted(path: Path, limit: int) -> bytes:
        reads.append(Path(path))
        return real(path, limit)

    monkeypatch.setattr(app.cli.batch, "read_regular_file", counted)
    monkeypatch.setattr(app.core.home, "read_regular_file", counted)
    return reads


def test_a_snapshot_is_read_from_its_file_once(
    tmp_path: Path, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home.json"
    home.write_text(json.dumps(Home.load(demo_path).to_dict()), encoding="utf-8")
    reads = _count_reads(monkeypatch)
    planner = BatchPlanner(base_dir=tmp_path)
    plan = planner.plan({"text": "turn on the desk lamp", "home": "home.json"})
    assert [s.targets for s in plan.steps] == [["light.desk_lamp"]]
    assert reads == [home]


def test_a_snapshot_that_is_not_utf8_is_refused_by_name(tmp_path: Path) -> None:
    home = tmp_path / "home.yaml"
    home.write_bytes(b"entities: [\xff]\n")
    with pytest.raises(SnapshotError, match=r"home\.yaml is not UTF-8 text"):
        BatchPlanner(base_dir=tmp_path).plan({"text": "lights on", "home": "home.yaml"})
    with pytest.raises(SnapshotError, match=r"home\.yaml is not UTF-8 text"):
        Home.load(home)
