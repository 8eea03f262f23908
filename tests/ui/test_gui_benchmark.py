"""benchmarks/gui.py on a loaded machine: a run that fails is named and the others still count.

Before, a run whose home did not load reported only its error, and summing up the runs ended
in a ``KeyError`` (no ``cold_start_s``), losing the figures of every run that worked; a run
that took too long ended the benchmark with a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import gui


def test_a_failed_run_is_named_and_the_others_are_reported(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("")
    spawned = 0
    real_env = gui.run_env

    def second_run_fails(scratch: Path, *, cached: bool) -> dict[str, str]:
        """The real child each time; the second one's data folder is a file, so its home
        really fails to load."""
        nonlocal spawned
        spawned += 1
        env = real_env(scratch, cached=cached)
        if spawned == 2:
            env["HEARTH_DATA_DIR"] = str(not_a_folder)
        return env

    monkeypatch.setattr(gui, "run_env", second_run_fails)
    status = gui.main(["--runs", "2", "--no-bytecode-cache"])
    out, err = capsys.readouterr()
    assert spawned == 2
    assert status == 1, err
    assert f"run 2 of 2 failed: the data folder {not_a_folder} is a file" in err
    assert "| window shown, typing taken (median of 1) |" in out
    assert "| idle memory, resident (median) |" in out
    assert "1 of 2 runs failed; the figures are over the other 1:" in out


def test_no_run_in_time_says_so_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    status = gui.main(["--runs", "1", "--no-bytecode-cache", "--timeout", "0.3"])
    out, err = capsys.readouterr()
    assert status == 2
    assert "run 1 of 1 failed: not finished within 0.3 s" in err
    assert "no figures: all 1 runs failed" in err
    assert "| figure |" not in out
